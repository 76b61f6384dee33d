"""Appeals made by an office or a body the story names only by its title ('the state governor',
'the city's mayor', 'aid agencies'), often in a letter: in a story of violence they are appeals
(REQUEST) as much as a named minister's are. Outside one ('the mayor urged residents to use less
water') they stay no events, and a letter sent is never an aid delivery.

New wire-style and local-news sentences composed for these rules (not copied from gold).
"""

from __future__ import annotations

import pytest

from reading import record

PUBLISHED = "2024-03-12"
KANO = "KANO, Nigeria, March 12 (Wire) - Gunmen abducted 30 pupils from a school in the north on Sunday. "
ALEPPO = (
    "ALEPPO, March 12 (Wire) - Government forces bombarded the besieged east of the city on Monday, "
    "killing 30 people, a monitor said. "
)


def _categories(text: str) -> set[str]:
    return {e.category for e in record(text, PUBLISHED).events}


@pytest.mark.parametrize(
    "text",
    [
        KANO + "The state governor wrote to the president urging him to send more troops to the region.",
        KANO + "The mayor wrote to the president on Monday asking him to deploy soldiers to the town.",
        ALEPPO + "The city's mayor called on the international community to intervene.",
        ALEPPO + "Aid agencies called for an immediate halt to the bombardment.",
        ALEPPO + "A coalition of aid groups wrote to the U.N. Security Council urging it to demand a truce.",
        # the participle on a letter or a resolution is said by who signed or adopted it
        ALEPPO + "More than 50 lawmakers signed an open letter calling on the government to act.",
        ALEPPO + "The U.N. Security Council adopted a resolution calling for an immediate ceasefire.",
    ],
)
def test_an_appeal_by_a_titled_office_or_body_in_war_copy_is_a_request(text: str) -> None:
    assert "REQUEST" in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        ALEPPO + "The city council pleaded with the United Nations to open a humanitarian corridor.",
        ALEPPO + "Turkey asked Russia to stop the air strikes on the city.",
        ALEPPO + "France requested an emergency meeting of the Security Council on the fighting.",
        ALEPPO + "The local council of the besieged east appealed to the world to save its people.",
        ALEPPO + "The Free Syrian Army demanded a full ceasefire before any talks.",
    ],
)
def test_appeals_in_the_other_words_war_copy_uses_are_requests(text: str) -> None:
    assert "REQUEST" in _categories(text)


def test_what_is_requested_is_no_target() -> None:
    rec = record(
        ALEPPO + "France requested an emergency meeting of the Security Council on the fighting.", PUBLISHED
    )
    appeal = next(e for e in rec.events if e.category == "REQUEST")
    assert appeal.target is None


def test_an_offer_of_a_truce_refused_is_a_rejection() -> None:
    rec = record(ALEPPO + "The rebels rejected the Russian proposal for a truce.", PUBLISHED)
    assert "REJECT" in {e.category for e in rec.events}
    assert "AGREE" not in {e.category for e in rec.events}


def test_the_office_holder_is_the_doer_of_the_appeal() -> None:
    rec = record(
        KANO + "The state governor wrote to the president urging him to send more troops to the region.",
        PUBLISHED,
    )
    appeal = next(e for e in rec.events if e.category == "REQUEST")
    assert appeal.actor is not None and "governor" in appeal.actor.name


def test_a_letter_sent_is_no_aid_delivery() -> None:
    assert "AID" not in _categories(
        ALEPPO + "Local doctors sent a letter to the president asking him to act."
    )


@pytest.mark.parametrize(
    "text",
    [
        "CHICAGO - A man was shot dead outside a bar on Sunday. Police asked anyone with information to "
        "contact detectives.",
        "CHICAGO - A man was shot dead outside a bar on Sunday. His family urged witnesses to come forward.",
        "CHICAGO - A man was shot dead outside a bar on Sunday. His girlfriend said she begged him to stay "
        "home that night.",
    ],
)
def test_a_crime_story_s_appeals_for_information_and_its_narrative_are_no_requests(text: str) -> None:
    assert "REQUEST" not in _categories(text)


def test_a_police_appeal_for_information_is_no_request() -> None:
    text = (
        "CHICAGO - A man was shot dead outside a bar on Sunday. Police asked anyone with information to "
        "contact detectives."
    )
    assert "REQUEST" not in _categories(text)


@pytest.mark.parametrize(
    "text",
    [
        "MADRID - The mayor urged residents to use less water during the summer months.",
        "MADRID - The minister wrote to the company urging it to reconsider the job cuts.",
        "MADRID - The city's mayor called on shoppers to support local businesses over Christmas.",
        "MADRID - The company issued a statement calling on customers to stay calm.",
        "MADRID - The striker requested a transfer on Monday after losing his place in the side.",
        "MADRID - The source requested anonymity because he was not authorised to speak.",
        "MADRID - The council rejected the proposal for a new stadium on Tuesday.",
    ],
)
def test_appeals_in_ordinary_news_stay_no_events(text: str) -> None:
    assert not _categories(text) & {"REQUEST", "REJECT"}
