"""A town named like a famous namesake is the one the story's own signals point to -- the state or
province of its dateline ("LONDON, Ont.", "PARIS, Texas", "COLUMBIA, Ky."), a province named
anywhere ("Sindh"), the area code of a tip line ("519-661-5670"), the force named for its
jurisdiction ("Lincolnshire Police") -- not the biggest place of that name in the world. Stories are
composed for these tests."""

from __future__ import annotations

import pytest

from frontwire.geo import Geocoder
from frontwire.geo.resolve import phone_places
from frontwire.nlp.finish import _dateline_mentions
from reading import one_attack, record

ONTARIO = (
    "LONDON, Ont. - A 34-year-old man was stabbed to death outside a bar early Saturday, London police "
    "said.\n\n"
    "Officers were called to a parking lot on Dundas Street shortly after 2 a.m. and found the man with "
    "several stab wounds. He died in hospital.\n\n"
    "A 22-year-old man was arrested nearby and charged with second-degree murder, Const. Dana Reid said."
)

TEXAS = (
    "PARIS, Texas - A man was shot dead by a sheriff's deputy after a car chase on Tuesday, the Lamar "
    "County Sheriff's Office said.\n\n"
    "The chase ended in Paris after the man drove into a ditch and pointed a rifle at the deputy, "
    "officials said."
)

ALABAMA = (
    "BIRMINGHAM, Ala. (WVTM) - Two men were killed in a shooting at an apartment complex in Birmingham "
    "late Sunday, police said.\n\n"
    "Birmingham police said officers found both men with gunshot wounds in a stairwell. No one has been "
    "arrested."
)

KENTUCKY = (
    "COLUMBIA, Ky. (WKYT) - A man was shot and wounded in the parking lot of a restaurant in Columbia on "
    "Tuesday night, police said.\n\n"
    "The victim was taken to a hospital with wounds that were not life-threatening."
)


@pytest.mark.parametrize(
    ("text", "country", "admin1"),
    [
        (ONTARIO, "CAN", "Ontario"),
        (TEXAS, "USA", "Texas"),
        (ALABAMA, "USA", "Alabama"),
        (KENTUCKY, "USA", "Kentucky"),
    ],
)
def test_dateline_state_picks_the_namesake(text: str, country: str, admin1: str) -> None:
    place = one_attack(record(text, "2024-03-09")).where
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


SINDH = (
    "A shopkeeper was stabbed to death outside his shop in Hyderabad on Monday night, police said.\n\n"
    "Three men on motorcycles attacked him after an argument over a debt and fled, a police official in "
    "Sindh said."
)

TELANGANA = (
    "A shopkeeper was stabbed to death outside his shop in Hyderabad on Monday night, police said.\n\n"
    "Three men on motorcycles attacked him after an argument over a debt and fled, a police official in "
    "Telangana said."
)


@pytest.mark.parametrize(("text", "country"), [(SINDH, "PAK"), (TELANGANA, "IND")])
def test_province_named_anywhere_picks_the_namesake(text: str, country: str) -> None:
    """The name's own reading is no evidence for itself: 'Hyderabad' first read in India must not
    count India against the 'Sindh' the story names."""
    place = one_attack(record(text, "2024-03-12")).where
    assert place is not None and place.name == "Hyderabad"
    assert place.country == country


TIP_LINE_ONTARIO = (
    "A man was shot and killed outside a variety store late Friday, London police say.\n\n"
    "Officers found the victim in the parking lot on Adelaide Street just before midnight. He was "
    "pronounced dead at the scene.\n\n"
    "Anyone with information is asked to call London police at 519-661-5670 or Crime Stoppers at "
    "1-800-222-8477."
)

TIP_LINE_US = (
    "A man was shot and killed outside a convenience store in Birmingham late Friday, police said.\n\n"
    "Officers found the victim in the parking lot just before midnight. He died at the scene.\n\n"
    "Anyone with information is asked to call Crime Stoppers at (205) 254-7777."
)

TIP_LINE_KINGSTON = (
    "A man was stabbed outside a downtown bar early Saturday and died in hospital, Kingston police say.\n\n"
    "Anyone with information is asked to call police at 613-549-4660."
)

NO_TIP_LINE = (
    "A man was stabbed to death outside a pub in London late Friday, the Metropolitan Police said.\n\n"
    "Officers found the victim on the pavement just before midnight. He died at the scene."
)


@pytest.mark.parametrize(
    ("text", "country"),
    [(TIP_LINE_ONTARIO, "CAN"), (TIP_LINE_US, "USA"), (TIP_LINE_KINGSTON, "CAN"), (NO_TIP_LINE, "GBR")],
)
def test_tip_line_area_code_picks_the_namesake(text: str, country: str) -> None:
    """Local news that never names its state or province prints a tip line: a North American number
    puts the story on that side of the ocean (and its Canadian area code in that province)."""
    place = one_attack(record(text, "2024-03-09")).where
    assert place is not None
    assert place.country == country


def test_phone_places_reads_area_codes_not_toll_free_numbers() -> None:
    body = (
        "Call 519-661-5670, (859) 555-0123 or 1-800-222-8477; scores 2015-2016 and 555-1234 are no numbers."
    )
    assert phone_places(body) == {("CAN", "Ontario"), ("USA", "")}


LINCOLNSHIRE = (
    "A teenager has been stabbed to death in Boston, Lincolnshire Police said.\n\n"
    "The 17-year-old was found injured on a street in the town centre on Friday night and died at the "
    "scene."
)

ALABAMA_AGENCY = (
    "A man was shot dead outside a bar in Birmingham early Saturday, police said.\n\n"
    "The Alabama Bureau of Investigation is assisting with the case."
)


@pytest.mark.parametrize(
    ("text", "country", "admin1"), [(LINCOLNSHIRE, "GBR", "England"), (ALABAMA_AGENCY, "USA", "Alabama")]
)
def test_force_named_for_its_county_or_state_picks_the_namesake(text: str, country: str, admin1: str) -> None:
    """A police force or state agency is named for its jurisdiction: 'Lincolnshire Police' puts
    Boston in England, 'the Alabama Bureau of Investigation' Birmingham in Alabama."""
    place = one_attack(record(text, "2024-03-09")).where
    assert place is not None
    assert (place.country, place.admin1) == (country, admin1)


def test_agency_divisions_need_one_division_of_one_country() -> None:
    resolver = Geocoder.default().resolver
    body = (
        "Kentucky State Police said. The Alabama Bureau of Investigation said. Punjab Police said. "
        "London police said. Kingston police said. Adair County Sheriff's Office said."
    )
    assert resolver.agency_divisions(body) == {("USA", "Kentucky"), ("USA", "Alabama")}


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("HELENA, Mont. (AP) - A man", ["Helena", "Mont."]),
        ("HALIFAX, Nova Scotia - A man", ["Halifax", "Nova Scotia"]),
        ("YEVLAKH, Azerbaijan, Sept 21 (Wire) - A man", ["Yevlakh", "Azerbaijan"]),
        ("MANILA, May 24 (Wire) - A man", ["Manila"]),
        ("LONDON, Sunday (Wire) - A man", ["London"]),
    ],
)
def test_dateline_container_is_a_place_not_a_day(head: str, names: list[str]) -> None:
    """The word after a dateline city's comma is its state, province or country ("Mont.", "Nova
    Scotia"), unless it is a day ("May 24", "Sunday")."""
    assert [m.text for m in _dateline_mentions(head)] == names
