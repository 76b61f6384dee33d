"""War words borrowed by business copy are no attacks.

New sentences composed for this rule (not copied from gold). An act word whose participants are firms,
prices, fares or products, with no person, force or weapon, is a metaphor ("supermarkets opened a new
front in their price war", "a rival hit back with deeper discounts", "a move one trader called carpet
bombing the market"). The same words with a weapon or an armed side stay attacks.
"""

from __future__ import annotations

from frontwire.model import Article, Record
from frontwire.pipeline import process


def _record(text: str, published: str = "2024-09-04") -> Record:
    return process(Article.from_text(text, published=published))


def test_a_price_war_between_supermarkets_has_no_events() -> None:
    rec = _record(
        "LONDON, Sept 4 (Wire) - Britain's big supermarkets opened a new front in their price war on "
        "Tuesday, cutting the cost of bread and milk in a battle for cash-strapped shoppers. One chain "
        "fired the first shot with a promise to match discount rivals, and a competitor hit back within "
        'hours with deeper discounts, a move one trader called "carpet bombing the market".'
    )
    assert rec.events == []


def test_a_carmaker_hitting_back_with_price_cuts_is_no_strike() -> None:
    rec = _record(
        "DETROIT, Sept 4 (Wire) - Two electric carmakers clashed over prices again on Wednesday, and the "
        "smaller firm hit back with cuts of up to 9% on its saloon models, analysts said."
    )
    assert [e for e in rec.events if e.category == "ASSAULT"] == []


def test_a_weapon_keeps_an_attack_on_a_firm() -> None:
    rec = _record(
        "LAGOS, Sept 4 (Wire) - Gunmen attacked the offices of an oil company in the Niger Delta on "
        "Tuesday with rocket-propelled grenades, killing two guards, police said."
    )
    assert [e.category for e in rec.events] == ["ASSAULT"]


def test_a_bomb_outside_a_supermarket_is_an_attack() -> None:
    rec = _record(
        "KANO, Nigeria, Sept 4 (Wire) - A bomb exploded outside a supermarket in Kano on Tuesday, "
        "wounding five people, police said."
    )
    assert [e.category for e in rec.events] == ["ASSAULT"]


def test_a_film_exploding_past_forecasts_is_no_explosion() -> None:
    rec = _record(
        'LOS ANGELES, Sept 4 (Wire) - "Quiet Harbour" exploded past forecasts with $61 million in its first '
        "weekend, the studio said on Sunday. The drama follows the engineers who raced to build the first "
        "hydrogen bomb."
    )
    assert rec.events == []
