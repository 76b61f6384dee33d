"""Sources named below the lead who speak of the attack it told: claimants on that attack.

Each story is invented in the shapes wire copy uses (not copied from any article or gold file): the
lead says '..., officials said' and later paragraphs name the officials, each with a figure of his
own ('also killed', 'later said', 'in what he called a ...', 'a local official in X put the number
at ...').
"""

from __future__ import annotations

from frontwire.model import Article, Claim, Event
from frontwire.pipeline import process


def _events(body: str, published: str = "2024-05-12") -> list[Event]:
    return process(Article.from_text(body, published=published, language="en")).events


def _lead(body: str) -> Event:
    return next(e for e in _events(body) if e.category == "ASSAULT")


def _by(ev: Event, word: str) -> list[Claim]:
    return [c for c in ev.claims if c.by and word.lower() in c.by.lower()]


def test_a_source_adding_also_killed_is_a_claimant_on_the_lead_attack():
    body = (
        "Gunmen opened fire on a convoy carrying aid workers near the town of Kapoeta on Saturday, "
        "killing two drivers, the aid group said.\n"
        "Police spokesman Daniel Justin said four guards were also killed as they tried to flee."
    )
    assert [c.stance for c in _by(_lead(body), "Daniel Justin")] == ["asserts"]


def test_a_figure_given_in_what_a_speaker_called_an_attack_is_a_claim_on_the_lead():
    body = (
        "A car bomb exploded outside a police station in the city of Diyarbakir on Tuesday, killing "
        "three officers, the authorities said.\n"
        "Governor Ali Ozkan said on Tuesday evening that 19 people had been wounded in what he called "
        "a cowardly attack."
    )
    assert [c.stance for c in _by(_lead(body), "Ali Ozkan")] == ["asserts"]


def test_later_on_the_reporting_verb_is_when_the_source_spoke_not_another_incident():
    body = (
        "A suicide bomber struck a wedding hall in the city of Kunduz on Friday, killing 14 people, "
        "provincial officials said.\n"
        "Deputy Governor Ahmad Rahimi later said 42 people had been hurt, five of them critically."
    )
    lead = _lead(body)
    assert [c.stance for c in _by(lead, "Ahmad Rahimi")] == ["asserts"]
    assert lead.wounded == 42


def test_a_source_described_by_its_town_is_no_new_place_for_its_figure():
    body = (
        "Gunmen opened fire on a convoy carrying aid workers near the town of Kapoeta on Saturday, "
        "killing two drivers, the aid group said.\n"
        "Police spokesman Daniel Justin said four guards were also killed as they tried to flee.\n"
        "A local official in Kapoeta put the number of guards killed at seven."
    )
    assert [c.stance for c in _by(_lead(body), "local official")] == ["asserts"]


def test_a_count_of_another_incident_is_not_a_claim_on_the_lead():
    body = (
        "Gunmen opened fire on a convoy carrying aid workers near the town of Kapoeta on Saturday, "
        "killing two drivers, the aid group said.\n"
        "In a separate incident, three herders were killed, police spokesman Daniel Justin said."
    )
    assert not _by(_lead(body), "Daniel Justin")


def test_a_group_counting_its_own_kills_in_the_raid_asserts_on_the_raid():
    body = (
        "Militants stormed an army base near the town of Diffa before dawn on Monday, killing five "
        "soldiers, Niger's defence ministry said.\n"
        "The jihadist group said it had killed 30 soldiers in the raid and captured the base."
    )
    lead = _lead(body)
    assert [c.stance for c in _by(lead, "jihadist group")] == ["asserts"]
    assert lead.killed == 5  # the group's higher count competes; the conservative one is coded


def test_an_arrest_in_connection_with_the_attack_is_no_claim_on_it():
    body = (
        "Militants stormed an army base near the town of Diffa before dawn on Monday, killing five "
        "soldiers, Niger's defence ministry said.\n"
        "Police said they had arrested 12 people in connection with the attack, in which 30 soldiers "
        "were killed."
    )
    assert not _by(_lead(body), "police")


def test_sources_putting_the_number_of_soldiers_killed_higher_claim_on_the_attack():
    body = (
        "Jihadist fighters overran an army post in the town of Djibo on Sunday, killing 14 soldiers, "
        "the defence ministry said in a statement read on state radio.\n"
        "The ministry put the toll at 14 dead and six wounded.\n"
        "Three local sources put the number of soldiers killed at close to 40, saying several were still "
        "missing."
    )
    lead = _lead(body)
    assert [c.stance for c in _by(lead, "local sources")] == ["asserts"]
    assert lead.killed == 14


_QUETTA = (
    "A suicide bomber blew himself up at a crowded market in the city of Quetta on Monday, killing 14 "
    "people, police said.\n"
    "The blast tore through stalls selling fruit and vegetables shortly after noon.\n"
    "Ambulances rushed the wounded to the city's main hospital, where doctors appealed for blood donations.\n"
    "The market had reopened only last month after repairs.\n"
    "Shopkeepers closed their stalls for the rest of the day.\n"
)


def test_an_official_named_paragraphs_later_on_the_bombing_is_a_claimant_on_it():
    body = (
        _QUETTA
        + "Provincial Home Minister Zia Langove said the bombing bore the hallmarks of the Pakistani Taliban."
    )
    assert [c.stance for c in _by(_lead(body), "Zia Langove")] == ["asserts"]


def test_an_official_paragraphs_later_on_something_else_is_no_claimant():
    body = _QUETTA + "Provincial Home Minister Zia Langove said the budget would be presented in June."
    assert not _by(_lead(body), "Zia Langove")


def test_a_count_with_part_of_it_in_another_act_is_a_claim_on_the_attack_told_too():
    body = (
        "Islamist fighters stormed the town of Mocimboa on Wednesday, torching homes and the police "
        "station, security sources said.\n"
        "Police spokesman Orlando Mudumane said on Saturday that at least 30 people had been killed, nine "
        "of them when a truck carrying fleeing families was ambushed on Thursday."
    )
    assert [c.stance for c in _by(_lead(body), "Orlando Mudumane")] == ["asserts"]


def test_an_ambush_told_with_its_own_count_is_no_claim_on_the_attack_before():
    body = (
        "Islamist fighters stormed the town of Mocimboa on Wednesday, torching homes and the police "
        "station, security sources said.\n"
        "Police spokesman Orlando Mudumane said gunmen had ambushed a truck carrying fleeing families on "
        "Thursday, killing nine people."
    )
    assert not _by(_lead(body), "Orlando Mudumane")


def test_an_earlier_figure_of_the_dead_given_by_a_source_is_its_claim():
    body = (
        "A suicide bomber killed 31 people at a wedding hall in Kunduz on Friday, the United Nations said on "
        "Monday, revising an earlier figure of 40 dead given by local officials."
    )
    assert [c.stance for c in _by(_lead(body), "local officials")] == ["asserts"]


def test_a_figure_only_compared_with_is_no_claim_of_its_giver():
    body = (
        "A suicide bomber killed 31 people at a wedding hall in Kunduz on Friday, the United Nations said on "
        "Monday, nearly three times the figure given by local officials."
    )
    assert _by(_lead(body), "local officials") == []
