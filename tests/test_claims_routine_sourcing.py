"""What is no claim in crime and local copy (coding guide: everyone who gives a figure or blames someone
for the event gets a claim; the reporter's own narration does not).

- A lead that tells a plain crime with no count beyond one victim and no doer but the police themselves,
  closed by ', police said', is the reporter's routine sourcing: no claim; so is the police telling of a
  single arrest. A lead that names a doer or gives a count keeps its source, and so do the police
  counting those they arrested.
- A tribute or a character reference ('X was a fearless soldier', 'she had known the victim since he was
  a boy') says who someone was, nothing about the act.
- Nor does where the speaker was when the act happened ('he had been away from his office when the
  missile hit').

Every story here was written for these tests.
"""

from __future__ import annotations

from frontwire.model import Record
from reading import attributions_of, first_assault, record, stances


def _record(text: str) -> Record:
    return record(text, "2024-05-06", language="en")


# -- the lead's routine ', police said' ------------------------------------------------------------


def test_claims_a_plain_lead_closed_by_police_said_is_no_claim():
    rec = _record(
        "A man was fatally stabbed outside a nightclub in downtown Halifax early Saturday, police said.\n"
        "Officers found the victim on the sidewalk shortly after 2 a.m.\n"
        "No one else was hurt in the attack, said Halifax Regional Police Const. John MacLeod."
    )
    assert stances(first_assault(rec)) == [("John MacLeod", "asserts")]


def test_claims_police_telling_their_own_officers_shooting_in_the_lead_is_no_claim():
    rec = _record(
        "Police officers answering a call about a break-in shot and killed a man holding a crowbar in north "
        "Tulsa on Monday night, police said.\n"
        "The man was pronounced dead at the scene, said Tulsa police Sgt. Mark Reyes."
    )
    shooting = first_assault(rec)
    assert ("police", "asserts") not in stances(shooting)
    assert ("Mark Reyes", "asserts") in stances(shooting)


def test_claims_a_lead_that_names_the_doer_keeps_its_source():
    rec = _record("Gunmen shot dead a shopkeeper in north Tulsa on Monday night, police said.")
    assert stances(first_assault(rec)) == [("police", "asserts")]


def test_claims_a_lead_that_gives_a_count_keeps_its_source():
    rec = _record("Three people were shot dead at a house party in Tulsa on Monday night, police said.")
    assert stances(first_assault(rec)) == [("police", "asserts")]


def test_claims_the_police_telling_a_single_arrest_is_no_claim():
    rec = _record(
        "Gunmen shot dead a shopkeeper in north Tulsa on Monday night, police said.\n"
        "Darnell Price, 31, was arrested on Wednesday morning at a motel in Broken Arrow, police said."
    )
    arrest = next(e for e in rec.events if e.category == "COERCE")
    assert arrest.claims == []
    assert stances(first_assault(rec)) == [("police", "asserts")]


def test_claims_the_sheriff_telling_an_arrest_for_murder_blames_the_one_held_for_the_shooting():
    rec = _record(
        "A woman was shot dead at her home in Oxford on Thursday.\n"
        "The coroner, Doug Logan, said she died of a single gunshot wound to the head.\n"
        "Sheriff Brian Wilkins said her husband had been arrested and charged with murder."
    )
    arrest = next(e for e in rec.events if e.category == "COERCE")
    assert arrest.claims == []
    assert ("Brian Wilkins", "asserts") in stances(first_assault(rec))


def test_claims_the_police_counting_the_people_they_arrested_keep_their_claim():
    rec = _record(
        "Gunmen shot dead a shopkeeper in north Tulsa on Monday night, police said.\n"
        "Police arrested four suspects at a motel in Broken Arrow on Wednesday, a police spokesman said."
    )
    arrest = next(e for e in rec.events if e.category == "COERCE")
    assert [c.stance for c in arrest.claims] == ["asserts"]


def test_claims_an_officer_quoted_by_surname_keeps_his_office_and_tells_an_arrest_routinely():
    rec = _record(
        "Two officers were shot and wounded during a traffic stop on Interstate 64 near Lewisburg on "
        "Thursday, State Police Lt. Dana Ruiz said.\n"
        "The gunman fled on foot and was taken into custody an hour later, Ruiz said."
    )
    assert stances(first_assault(rec)) == [("Dana Ruiz", "asserts")]
    arrest = next(e for e in rec.events if e.category == "COERCE")
    assert arrest.claims == []


# -- tributes and character references -------------------------------------------------------------


def test_claims_a_tribute_to_the_dead_soldier_is_no_claim():
    (a,) = attributions_of(
        'His platoon commander said: "Corporal Dean Hale was a fearless soldier and a loyal friend."'
    )
    assert a.testimony
    rec = _record(
        "A roadside bomb killed a British soldier near the town of Gao in Mali on Tuesday, the Ministry of "
        "Defence said.\n"
        'His platoon commander said: "Corporal Dean Hale was a fearless soldier and a loyal friend."'
    )
    assert stances(first_assault(rec)) == [("Ministry of Defence", "asserts")]


def test_claims_a_neighbour_who_knew_the_victim_is_no_claimant():
    (a,) = attributions_of(
        "A neighbour, Maria Lopez, 52, told the local newspaper that she had known the victim for years."
    )
    assert a.testimony
    rec = _record(
        "A man was shot dead in his car in the Bronx on Sunday, police said.\n"
        "Detectives said the gunman fired three shots through the window before fleeing on foot.\n"
        "A neighbour, Maria Lopez, 52, told the local newspaper that she had known the victim for 20 years.\n"
        '"He never had a problem with anyone," she said.'
    )
    # the character witness quoted again is no claimant either; the detectives' account of the act is
    assert [c.by for c in first_assault(rec).claims] == ["Detectives"]


def test_claims_an_officials_tribute_does_not_silence_his_figures():
    rec = _record(
        "A roadside bomb killed a British soldier near the town of Gao in Mali on Tuesday, the Ministry of "
        "Defence said.\n"
        'Defence Secretary John Marsh said: "Corporal Dean Hale was a fearless soldier and a loyal friend."\n'
        "Defence Secretary John Marsh said two other soldiers were wounded in the blast."
    )
    assert stances(first_assault(rec)) == [("Ministry of Defence", "asserts"), ("John Marsh", "asserts")]


def test_claims_what_the_doer_was_is_still_a_claim():
    (a,) = attributions_of(
        "The defence minister said the bomber was a 19-year-old member of the Islamic State group."
    )
    assert not a.testimony
    (b,) = attributions_of("Police said the gunman was a former soldier who had served in Iraq.")
    assert not b.testimony
    (c,) = attributions_of(
        "The sheriff said the couple had been at home when two men broke in and set the house on fire."
    )
    assert not c.testimony


# -- where the speaker was ----------------------------------------------------------------------------


def test_claims_where_the_speaker_was_when_the_missile_hit_is_no_claim():
    rec = _record(
        "A missile struck the regional administration building in the city of Mykolaiv on Tuesday, killing "
        "12 people, the emergency services said.\n"
        "Regional governor Oleh Petrenko said he had been away from his office when the missile hit."
    )
    assert [c.by for c in first_assault(rec).claims] == ["emergency services"]
    (a,) = attributions_of("One survivor said she was asleep in her room when the shooting started.")
    assert a.whereabouts


def test_claims_a_when_clause_that_tells_the_act_keeps_the_claim():
    (a,) = attributions_of("A witness said he was near the market when gunmen opened fire on the crowd.")
    assert not a.whereabouts
    (b,) = attributions_of("He said he was in the mosque when the bomb killed 12 people.")
    assert not b.whereabouts
