"""'Police said they thought he had a gun': the force that fired tells the threat it believed it faced.
The shooting is admitted and its description challenged, so the claim disputes it (coding guide: 'Y said
it hit a military target' disputes), and it answers the shooting told just before it. A belief told in
the present ('police believe the suspect has a gun') is a manhunt's warning, and a witness's belief is no
justification of anyone's shooting. Every story here was written for these tests.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import attributions_of, record


def _record(text: str) -> Record:
    return record(text, "2024-05-06", language="en")


def test_claims_police_who_thought_he_had_a_gun_dispute_the_shooting():
    (a,) = attributions_of("Police said they thought he had a gun, but he was holding a phone.")
    assert a.stance == "disputes"
    (b,) = attributions_of("The officer said he feared for his life when the man lunged at him.")
    assert b.stance == "disputes"


def test_claims_a_belief_in_the_present_or_a_witness_belief_asserts():
    (a,) = attributions_of("Police said they believe the suspect has a gun.")
    assert a.stance == "asserts"
    (b,) = attributions_of("Witnesses said they thought the man had a gun.")
    assert b.stance == "asserts"


def test_claims_the_dispute_answers_the_police_shooting_told_just_before():
    rec = _record(
        "A gunman opened fire at a shopping mall in Mesa, Arizona, on Friday, killing two people and "
        "wounding a guard, police said.\n"
        "The gunman was later arrested.\n"
        "In a separate incident on Sunday, officers shot dead a man at a petrol station in the town of "
        "Chandler.\n"
        "Police said they thought he had a gun, but he was holding a phone."
    )
    mall, police_shooting = [e for e in rec.events if e.category == "ASSAULT"]
    assert [(c.by, c.stance) for c in police_shooting.claims] == [("Police", "disputes")]
    assert [(c.by, c.stance) for c in mall.claims] == [("police", "asserts")]
