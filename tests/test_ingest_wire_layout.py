"""Text/Markdown wire copy in layouts other than the seed's: headers, datelines, furniture, no header."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwire.ingest import Skipped, read_bytes, read_paths
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _one(data: str, hint: str = ".txt") -> Article:
    results = list(read_bytes(data.encode("utf-8"), source="test", hint=hint))
    assert len(results) == 1
    assert isinstance(results[0], Article), results[0]
    return results[0]


def test_markdown_wire_with_heading_byline_and_dateline() -> None:
    article = next(read_paths([FIXTURES / "wire_kramatorsk.md"]))
    assert isinstance(article, Article)
    assert article.title == "Missile Strike on Kramatorsk Rail Station Kills Dozens Waiting to Flee"
    assert article.agency == "Reuters"  # "By Olena Marchenko, Reuters"
    assert article.metadata["byline"] == "Olena Marchenko, Reuters"
    assert article.published == "2022-04-08"  # "Published: 8 April 2022, 14:05 GMT"
    assert article.url == "https://www.example-wire.com/world/europe/kramatorsk-station-strike-2022-04-08/"
    assert article.outlet == "example-wire.com"  # unknown domain: the host is the fallback
    assert article.body.startswith("KRAMATORSK, Ukraine (Reuters) - A missile hit")
    # The hard-wrapped last line of a paragraph is joined into it.
    assert "left in a yard next to the station building." in article.body
    assert "Calls for an investigation" not in article.body
    assert article.metadata["subheadings"][0]["text"] == "Calls for an investigation"
    assert article.metadata["related"] == [
        {
            "title": "Evacuation trains suspended across the Donbas",
            "href": "https://example.org/donbas-trains",
        }
    ]
    assert article.metadata["images"][0]["src"].endswith("kramatorsk.jpg")
    assert "example.org" not in article.body and "Original url" not in article.body


def test_plain_text_with_no_header_is_still_an_article() -> None:
    article = next(read_paths([FIXTURES / "plain_kabul.txt"]))
    assert isinstance(article, Article)
    assert article.title is None  # the first line is a sentence, not a headline
    assert article.body.startswith("Two suicide bombings and gunfire outside Kabul airport")
    assert len(article.body.split("\n\n")) == 3
    assert article.published is None and article.url is None and article.agency is None
    assert article.language == "en"


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("October 27, 2020", "2020-10-27"),
        ("Oct. 27, 2020", "2020-10-27"),
        ("27 October 2020", "2020-10-27"),
        ("Tuesday, October 27, 2020 | 5:43 p.m. MSK", "2020-10-27"),
        ("Updated: 2020-10-27 18:02 UTC", "2020-10-27"),
        ("2020-10-27T18:02:00Z", "2020-10-27"),
        ("27.10.2020", "2020-10-27"),
        ("10/27/2020", "2020-10-27"),
        ("Published 3rd March 2021, 09:00 GMT", "2021-03-03"),
    ],
)
def test_common_date_line_formats(dateline: str, iso: str) -> None:
    text = (
        f"Shelling Hits Border Village\n\nBy AFP\n\n{dateline}\n\n"
        "Artillery fire struck a border village overnight, wounding two residents, officials said.\n"
    )
    article = _one(text)
    assert article.published == iso
    assert article.title == "Shelling Hits Border Village"
    assert article.body.startswith("Artillery fire struck a border village overnight, wounding two")
    assert "\n" not in article.body


def test_date_inside_a_sentence_is_not_a_dateline() -> None:
    text = (
        "Truce Talks Stall\n\nThe fighting broke out on September 27, 2020 and has killed hundreds.\n\n"
        "Mediators met again on Friday.\n"
    )
    article = _one(text)
    assert article.published is None
    assert article.body.startswith("The fighting broke out on September 27, 2020")


def test_published_falls_back_to_the_date_in_the_url() -> None:
    text = (
        "Ceasefire Collapses Within Minutes\n\nBy Reuters\n\n"
        "A ceasefire collapsed within minutes of taking effect on Monday, both sides said.\n\n"
        "Original url:\n\n<https://www.themoscowtimes.com/2020/10/26/ceasefire-collapses-a71860>\n"
    )
    article = _one(text)
    assert article.published == "2020-10-26"
    assert article.outlet == "The Moscow Times"
    assert article.agency == "Reuters"


def test_agency_from_a_wire_dateline_when_there_is_no_byline() -> None:
    article = _one("BAKU (Reuters) - Azerbaijan said on Tuesday that shelling had killed four civilians.\n")
    assert article.agency == "Reuters"
    assert article.title is None


def test_a_personal_byline_is_not_an_agency() -> None:
    article = _one("Strike on Depot\n\nBy Jane Roe\n\nA fuel depot burned for hours after a drone strike.\n")
    assert article.agency is None
    assert article.metadata["byline"] == "Jane Roe"


def test_caption_with_photo_prefix_and_bold_credit_stay_out_of_the_body() -> None:
    text = (
        "Port Struck Again\n\n"
        "Photo: Firefighters at the grain terminal after the attack.\n\n"
        "Emergency crews inspect the damage. **Ivan Petrenko / Reuters**\n\n"
        "Drones hit the grain terminal in Izmail overnight, damaging silos, the regional governor said.\n"
    )
    article = _one(text)
    assert article.body == (
        "Drones hit the grain terminal in Izmail overnight, damaging silos, the regional governor said."
    )
    credits = [c["credit"] for c in article.metadata["captions"]]
    assert credits == ["", "Ivan Petrenko / Reuters"]


def test_bold_emphasis_that_is_not_a_credit_stays_in_the_body() -> None:
    article = _one("Officials said the strike hit a **hospital** in the city centre.\n")
    assert article.body == "Officials said the strike hit a hospital in the city centre."
    assert "captions" not in article.metadata
    italic = _one("The cruiser *Moskva* sank after a blast, and [the navy](https://x.org) confirmed it.\n")
    assert italic.body == "The cruiser Moskva sank after a blast, and the navy confirmed it."


def test_short_line_before_a_lowercase_paragraph_is_a_broken_sentence_not_a_subheading() -> None:
    text = (
        "Talks Resume\n\nNegotiators from both sides\n\n"
        "met in Geneva on Thursday for a third round of talks.\n"
    )
    article = _one(text)
    assert article.body == "Negotiators from both sides met in Geneva on Thursday for a third round of talks."
    assert "subheadings" not in article.metadata


def test_first_line_ending_in_a_full_stop_is_body_not_title() -> None:
    article = _one("Rebels seized the town on Sunday.\n\nThe army said it would retake it.\n")
    assert article.title is None
    assert article.body.startswith("Rebels seized the town on Sunday.")


def test_only_furniture_and_no_prose_is_skipped() -> None:
    results = list(read_bytes(b"Related: [Other story](https://example.org/x)\n", source="t", hint=".md"))
    assert results == [Skipped("t", "no body text (only headings, captions or links)")]


def test_non_english_wire_gets_its_language_and_localised_header() -> None:
    article = next(read_paths([FIXTURES / "wire_fr.txt"]))
    assert isinstance(article, Article)
    assert article.language == "fr"
    assert article.agency == "AFP"  # "Par AFP"
    assert article.published == "2022-06-27"  # "27 juin 2022"
    assert article.title == "Frappe meurtrière sur un centre commercial à Krementchouk"


def test_one_paragraph_per_line_without_blank_lines() -> None:
    text = (
        "Dam Breach Floods Villages Downstream\n"
        "A dam on the Dnipro river was breached early on Tuesday, flooding villages downstream.\n"
        "Ukraine accused Russian forces of blowing up the dam; Moscow blamed Ukrainian shelling.\n"
        "Thousands of residents were evacuated as the water rose.\n"
    )
    article = _one(text)
    assert article.title == "Dam Breach Floods Villages Downstream"
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[1].startswith("Ukraine accused Russian forces")


def test_hard_wrapped_paragraphs_are_rejoined() -> None:
    text = (
        "Gunmen stormed a hotel in the capital on Saturday and held guests hostage for\n"
        "several hours before security forces ended the siege, killing all four\n"
        "attackers, the interior ministry said.\n"
        "\n"
        "At least nine people were killed inside the building, according to police.\n"
    )
    article = _one(text)
    assert article.body == (
        "Gunmen stormed a hotel in the capital on Saturday and held guests hostage for several hours before "
        "security forces ended the siege, killing all four attackers, the interior ministry said.\n\n"
        "At least nine people were killed inside the building, according to police."
    )


@pytest.mark.parametrize(
    ("url", "iso"),
    [
        ("https://www.themoscowtimes.com/2020/10/27/azerbaijan-accuses-armenia-a71875", "2020-10-27"),
        ("https://www.example-wire.com/world/europe/kramatorsk-station-strike-2022-04-08/", "2022-04-08"),
        ("https://www.france24.com/en/africa/20230726-niger-coup", "2023-07-26"),
        ("https://example.org/news/2021-06-24_tigray-market.html", "2021-06-24"),
        ("https://www.themoscowtimes.com/news/a71875", None),
        ("https://example.org/2021/13/45/not-a-date", None),
        ("https://example.org/story?id=20201027", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, iso: str | None) -> None:
    from frontwire.ingest._meta import date_from_url

    assert date_from_url(url) == iso


def test_byline_and_date_on_one_line_and_an_unlisted_agency_in_the_dateline() -> None:
    text = (
        "Shelling Resumes Along the Front\n\n"
        "By Atlas \u00b7 March 17, 2022\n\n"
        "Artillery fire resumed along the front line on Thursday, local officials said.\n"
    )
    article = _one(text)
    assert article.published == "2022-03-17"
    assert article.agency == "Atlas"  # a one-word byline is an organisation, not a person
    assert article.body == "Artillery fire resumed along the front line on Thursday, local officials said."
    plain = _one("GAZA CITY (Northgate) - Air strikes hit a residential tower on Saturday, witnesses said.\n")
    assert plain.agency == "Northgate"  # the parenthesis of a wire dateline is the agency by convention
    dated = _one("KYIV, July 15 (Atlas) - Missiles struck the city centre on Thursday, police said.\n")
    assert dated.agency == "Atlas"
    not_agency = _one("KYIV (updated 3 times) - Missiles struck the city centre on Thursday.\n")
    assert not_agency.agency is None
