"""A long story tells several acts; which are one event and which are apart.

A retaliation told with the act it answered ("struck targets ... in retaliation for a drone attack that
killed three soldiers in Jordan last Sunday") keeps its own day, place and dead: the answered act's
words lend it none. An act told as what another came some time after ("a day after a rocket attack on
a football pitch killed 12 children") is an event of its own, on its own day. Security forces
storming the building that ended a siege are an armed clash apart from the hostage-taking, and the
dead counted after the raid who are not the hostage-takers ("Nine Italians had been killed, Rome
said") are the hostage-takers' act's, a claim on it and no event of their own. Stories written for
these tests.
"""

from __future__ import annotations

from frontwire.model import Event
from reading import record


def _attacks(text: str, published: str) -> list[Event]:
    return [e for e in record(text, published).events if e.category == "ASSAULT"]


def _on(events: list[Event], date: str) -> Event:
    found = [e for e in events if e.when is not None and e.when.date == date]
    assert len(found) == 1, [(e.mode, e.when, e.killed) for e in events]
    return found[0]


_RETALIATION = (
    "WASHINGTON, March 9 (Atlas) - U.S. warplanes struck more than 40 targets in eastern Syria on Friday "
    "in retaliation for a rocket attack that killed two American contractors at an airbase in Iraq last "
    "Monday, the Pentagon said.\n"
    "The strikes hit weapons stores and a training camp used by Iran-backed militias, officials said.\n"
    "The Syrian Observatory for Human Rights said 11 fighters were killed in the strikes and 14 others "
    "were wounded.\n"
    "The rocket attack on the airbase last Monday also wounded six service members.\n"
    "Tehran denied any part in the attack on the airbase."
)


def test_engine_keeps_the_answered_acts_day_and_place_off_the_retaliation():
    reply = _on(_attacks(_RETALIATION, "2024-03-09"), "2024-03-08")
    assert reply.where is not None and reply.where.country == "SYR"
    assert reply.actor is not None and reply.actor.country == "USA"


def test_engine_keeps_the_answered_acts_dead_off_the_retaliation():
    events = _attacks(_RETALIATION, "2024-03-09")
    assert (_on(events, "2024-03-08").killed, _on(events, "2024-03-08").wounded) == (11, 14)
    # the answered act, told again with its own day, is its own event
    assert _on(events, "2024-03-04").wounded == 6


def test_engine_keeps_an_answered_act_told_first_off_the_answer():
    events = _attacks(
        "In retaliation for a suicide bombing that killed 11 policemen in the town of Bannu on Sunday, "
        "Pakistani jets struck militant hideouts in the Afghan province of Paktika on Monday, killing 15 "
        "people, officials said.",
        "2023-07-18",
    )
    assert len(events) == 1
    reply = events[0]
    assert (reply.killed, reply.when.date if reply.when else None) == (15, "2023-07-17")
    assert reply.where is not None and reply.where.country == "AFG"


def test_engine_reads_a_run_of_attacks_answered_as_no_act_of_its_own():
    events = _attacks(
        "British jets bombed militia depots near the port of Hodeidah on Thursday in response to weeks of "
        "attacks by the group on merchant ships, the defence ministry said.",
        "2024-02-02",
    )
    assert len(events) == 1 and events[0].when is not None and events[0].when.date == "2024-02-01"


def test_engine_gives_a_reply_to_a_campaign_its_own_scene_and_its_counted_strikes_dead():
    events = _attacks(
        "ADEN, Feb 4 (Atlas) - American and British warships struck Houthi radar sites across Yemen on "
        "Saturday in response to months of attacks by the group on tankers in the Gulf of Aden.\n"
        "The Houthis said three of their fighters were killed and nine wounded in 36 strikes.\n"
        "The group has launched missiles at merchant ships since December, saying it acts for the people "
        "of Gaza.",
        "2024-02-04",
    )
    reply = _on(events, "2024-02-03")
    assert reply.where is not None and reply.where.name == "Yemen"
    assert (reply.killed, reply.wounded) == (3, 9)
    assert "missile" not in reply.weapons


def test_engine_reads_the_killing_that_answered_an_ambush_as_the_sentences_own_act():
    events = _attacks(
        "Chadian troops killed 35 insurgents in an operation near Lake Chad on Sunday in revenge for an ambush "
        "that killed nine soldiers near the town of Bol last week, the army said.",
        "2023-10-02",
    )
    assert [e.killed for e in events] == [35]
    own = events[0]
    assert own.actor is not None and own.actor.country == "TCD"
    assert own.when is not None and own.when.date == "2023-10-01"


def test_engine_leaves_an_answered_attack_told_before_as_that_attack():
    events = _attacks(
        "Militants fired mortar rounds at an army post in the Khyber district on Tuesday, wounding four "
        "soldiers, officials said.\n"
        "Pakistani jets struck militant hideouts across the border on Wednesday in retaliation for the "
        "attack, the military said.",
        "2024-03-14",
    )
    assert len(events) == 2
    assert _on(events, "2024-03-12").wounded == 4


def test_engine_tells_an_act_a_day_before_the_told_one_apart_with_its_own_dead():
    events = _attacks(
        "BEIRUT, Aug 5 (Atlas) - Israeli jets struck targets in southern Lebanon on Sunday, a day after a "
        "rocket attack on a wedding in the Golan Heights killed nine guests.",
        "2024-08-05",
    )
    strikes, rocket = _on(events, "2024-08-04"), _on(events, "2024-08-03")
    assert strikes.killed is None and rocket.killed == 9
    assert strikes.where is not None and strikes.where.name == "Lebanon"


def test_engine_tells_an_ambush_days_before_the_shelling_apart():
    events = _attacks(
        "GOMA, March 22 (Atlas) - Congolese troops shelled rebel positions near Rutshuru on Tuesday, two days "
        "after M23 rebels ambushed an army convoy near the town of Kiwanja, killing nine soldiers.",
        "2023-03-22",
    )
    shelling, ambush = _on(events, "2023-03-21"), _on(events, "2023-03-19")
    assert shelling.killed is None and ambush.killed == 9
    assert ambush.where is not None and ambush.where.name == "Kiwanja"


_SIEGE = (
    "NAIROBI, Jan 16 (Atlas) - Gunmen stormed a hotel and office complex in Nairobi on Tuesday afternoon "
    "and held guests and staff hostage, police said.\n"
    "Kenyan special forces stormed the complex at dawn on Wednesday, ending the 19-hour siege and killing "
    "four of the gunmen, the interior minister said.\n"
    "Fourteen hostages were found dead inside the hotel, police said.\n"
    "Two Britons had been killed, London said.\n"
    "Al Shabaab claimed responsibility for the attack."
)


def test_engine_tells_the_raid_that_ended_a_siege_apart_as_an_armed_clash():
    events = _attacks(_SIEGE, "2019-01-16")
    assert len(events) == 2
    raid = _on(events, "2019-01-16")
    assert (raid.acled_event_type, raid.acled_sub_event_type) == ("Battles", "Armed clash")
    assert raid.actor is not None and raid.actor.country == "KEN"
    assert raid.killed == 4


def test_engine_gives_the_hostages_dead_and_a_foreign_count_to_the_siege_not_the_raid():
    events = _attacks(_SIEGE, "2019-01-16")
    siege, raid = _on(events, "2019-01-15"), _on(events, "2019-01-16")
    assert siege.killed == 14
    claimants = {c.by for c in siege.claims}
    assert "London" in claimants and "Al Shabaab" in claimants
    assert not {"London", "Al Shabaab"} & {c.by for c in raid.claims}


def test_engine_reads_freed_hostages_as_the_raids_rescue_not_an_abduction():
    events = _attacks(
        "Gunmen seized a bank in the Peruvian city of Arequipa on Monday, taking 12 employees hostage, "
        "police said.\n"
        "Peruvian police commandos raided the bank on Monday night and freed all the hostages, ending the "
        "standoff after six hours.",
        "2022-05-10",
    )
    raid = next(e for e in events if e.actor is not None and e.actor.country == "PER")
    assert (raid.acled_event_type, raid.acled_sub_event_type) == ("Battles", "Armed clash")
    assert any(e.acled_sub_event_type == "Abduction/forced disappearance" for e in events if e is not raid)


def test_engine_reads_security_forces_storming_a_held_building_as_the_raid_apart():
    events = _attacks(
        "KABUL, June 3 (Meridian) - Taliban fighters stormed a guesthouse used by foreign aid workers in "
        "Kabul late on Saturday and held dozens of guests hostage, police said.\n"
        "Afghan commandos stormed the guesthouse on Monday and killed the last of the attackers, ending "
        "the 40-hour siege, an interior ministry spokesman said.\n"
        "At least nine people were killed and 20 wounded in the attack, the health ministry said.",
        "2023-06-05",
    )
    assert len(events) == 2
    raid = _on(events, "2023-06-05")
    assert (raid.acled_event_type, raid.acled_sub_event_type) == ("Battles", "Armed clash")
    assert raid.killed is None
    siege = _on(events, "2023-06-03")
    assert (siege.killed, siege.wounded) == (9, 20)


def test_engine_reads_hostage_takers_storming_a_hotel_as_one_act():
    events = _attacks(
        "Gunmen stormed a beach hotel in the resort town of Grand-Bassam on Sunday and took dozens of "
        "tourists hostage, police said.",
        "2016-03-14",
    )
    assert len(events) == 1 and events[0].mode == "abduction"
