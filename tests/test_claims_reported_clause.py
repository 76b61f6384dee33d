"""Whose words, and how far they run.

- 'X quoted Y as saying ...', 'X cited Y as saying ...': the words are Y's; X only relays them.
- 'X said A, but B': the small model hangs B on 'said' as a clause of its own; a B whose subject is a
  thing, not someone who could speak ('but the device did not go off'), goes on with what X said.
- 'X said its fighters had taken the town, five days after troops launched an assault on it': the act
  the reporter dates the reported one from is the reporter's timeline, not what X says.

Every story here was written for these tests.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import attributions_of, record


def _record(text: str) -> Record:
    return record(text, "2024-05-06", language="en")


# -- quoted / cited as saying ----------------------------------------------------------------------


def test_claims_the_one_quoted_as_saying_is_the_claimant():
    (a,) = attributions_of(
        "State television quoted the provincial governor as saying the attackers had fled toward the border."
    )
    assert "governor" in f"{a.name} {a.role}"
    assert a.quote is not None and a.quote.startswith("the attackers")


def test_claims_the_sources_cited_as_saying_are_the_claimant():
    (a,) = attributions_of(
        "The weekly Der Spiegel cited intelligence sources as saying the suspect had been in contact with an "
        "Islamic State recruiter."
    )
    assert a.name == "intelligence sources"


def test_claims_the_passive_quoted_as_saying_still_names_the_speaker():
    (a,) = attributions_of("The governor was quoted as saying that at least 12 people had been killed.")
    assert a.name == "governor"


# -- 'said A, but B' ---------------------------------------------------------------------------------


def test_claims_a_but_clause_about_a_thing_goes_on_with_what_was_said():
    rec = _record(
        "A teenager tried to bomb a railway station in the Austrian town of Wels, prosecutors say.\n"
        "District prosecutor Anna Berger said the boy had planted a pipe bomb outside the station on Friday, "
        "but the device did not explode because its fuse failed."
    )
    dud = next(e for e in rec.events if e.category == "COERCE")
    assert "Anna Berger" in [c.by for c in dud.claims]


# -- 'five days after ...' -------------------------------------------------------------------------------


def test_claims_the_act_a_report_is_dated_from_is_not_what_the_source_says():
    rec = _record(
        "The Arakan Army said on Sunday its fighters had captured the town of Paletwa in Chin state, five days "
        "after government troops launched an air and ground assault on the town."
    )
    seize = next(e for e in rec.events if e.category == "COERCE")
    assault = next(e for e in rec.events if e.category == "ASSAULT")
    assert [c.by for c in seize.claims] == ["Arakan Army"]
    assert assault.claims == []
