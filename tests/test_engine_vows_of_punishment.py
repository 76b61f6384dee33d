"""Vows of punishment after an attack: "would be found and punished", "bring ... to justice".

New sentences composed for this rule (not copied from gold). A promise that the attackers will be
punished is a THREATEN (vow of punishment) of its own; punishment told as done ("were punished", "was
brought to justice in 2019") is no vow. A speaker who also says who the attackers were ("the attackers
were jihadists") makes that claim on the attack.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process

LEAD = "MOPTI, Mali, June 3 (Wire) - Gunmen killed 12 villagers in the village of Djiguibombo on Sunday, officials said. "


def _record(text: str) -> Record:
    return process(Article.from_text(LEAD + text, published="2024-06-03"))


def _threats(rec: Record):
    return [(e.category, e.mode) for e in rec.events if e.category == "THREATEN"]


def test_those_responsible_would_be_found_and_punished_is_a_vow() -> None:
    rec = _record(
        "The prime minister condemned the killings on Monday and said those responsible would be found "
        "and punished."
    )
    assert _threats(rec) == [("THREATEN", "vow of punishment")]


def test_we_will_bring_the_killers_to_justice_is_a_vow() -> None:
    rec = _record('"We will bring these cowardly killers to justice," the governor said on Monday.')
    assert _threats(rec) == [("THREATEN", "vow of punishment")]


def test_holding_its_backers_to_account_is_a_vow() -> None:
    rec = _record(
        "The interior minister said the government would hold the group and its financiers to account."
    )
    assert _threats(rec) == [("THREATEN", "vow of punishment")]


def test_being_held_to_account_in_the_past_is_no_vow() -> None:
    rec = _record("The mayor was held to account by the audit office over the contracts last year.")
    assert _threats(rec) == []


def test_punishment_told_as_done_is_no_vow() -> None:
    rec = _record("Two soldiers were punished last year for abuses in the region.")
    assert _threats(rec) == []


def test_who_the_attackers_were_is_the_speakers_claim_on_the_attack() -> None:
    rec = _record(
        "Defence Minister Sadio Camara said in a statement that the attackers were jihadists and that "
        "they would be tracked down and punished."
    )
    attack = next(e for e in rec.events if e.category == "ASSAULT")
    assert "Sadio Camara" in [c.by for c in attack.claims]
    assert _threats(rec) == [("THREATEN", "vow of punishment")]


def test_the_vow_after_a_reported_clause_is_the_speakers_not_the_attackers() -> None:
    # "punished" shares the passive of "would be tracked down": the attackers are the ones to be
    # punished, the minister who says so makes the vow (for the state of the story)
    rec = _record(
        "Security Minister Daouda Traore said in a statement that the gunmen were bandits and that "
        "they would be hunted down and punished."
    )
    vows = [e for e in rec.events if e.category == "THREATEN"]
    assert vows and vows[0].actor is not None
    assert vows[0].actor.name.endswith("Daouda Traore")
    assert vows[0].actor.country == "MLI"


def test_the_vow_of_a_speaker_who_first_condemned_is_his() -> None:
    # 'said' shares its subject with 'condemned'; the vow is the spokesman's, not a claim of his
    rec = _record(
        "Army spokesman Souleymane Dembele condemned the massacre as a crime against civilians and "
        "said those behind it would be found and punished."
    )
    vows = [e for e in rec.events if e.category == "THREATEN"]
    assert vows and vows[0].actor is not None
    assert vows[0].actor.name.endswith("Souleymane Dembele")
    assert "Souleymane Dembele" not in [c.by for c in vows[0].claims]


def test_a_vow_after_a_passive_clause_is_not_the_passive_subjects() -> None:
    # "had been given a free hand and warned": the forces given a free hand did not warn
    rec = _record(
        "President Assimi Goita said on Monday that the army had been given a free hand and warned that "
        "those behind the massacre would pay a heavy price."
    )
    vows = [e for e in rec.events if e.category == "THREATEN"]
    assert vows and vows[0].actor is not None
    assert vows[0].actor.name.endswith("Assimi Goita")
