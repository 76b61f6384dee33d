"""RSS and Atom feeds: one article per entry, markup stripped, broken feeds skipped with a reason."""

from __future__ import annotations

from pathlib import Path

from frontwire.ingest import Skipped, read_bytes, read_paths
from frontwire.model import Article

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def test_rss_items_become_articles_with_content_preferred_over_summary() -> None:
    path = FIXTURES / "feed_rss.xml"
    drone, shelling, empty = list(read_paths([path]))
    assert isinstance(drone, Article)
    assert drone.source == f"{path}#1"
    assert drone.title == "Drone attack hits Kyiv residential building"
    assert drone.url == "https://www.aljazeera.com/news/2022/10/17/drone-attack-kyiv"
    assert drone.published == "2022-10-17"
    assert drone.outlet == "Al Jazeera"
    assert drone.agency == "Reuters"  # dc:creator
    assert drone.language == "en"
    # content:encoded, not the one-line description; tags gone, paragraphs kept.
    assert drone.body == (
        "Explosive-laden drones struck central Kyiv during the morning rush hour on Monday, killing four "
        "people including a pregnant woman, Ukrainian officials said.\n\n"
        "The mayor said the attack had used Iranian-made Shahed drones, which Tehran denies supplying "
        "to Russia."
    )
    assert drone.metadata["feed_title"] == "Frontline Wire"
    assert isinstance(shelling, Article)
    assert shelling.body.startswith("Shelling near the Zaporizhzhia nuclear power plant")  # escaped HTML
    assert "<p>" not in shelling.body
    assert empty == Skipped(f"{path}#3", "feed entry has no text")


def test_atom_entries_with_content_and_summary() -> None:
    path = FIXTURES / "feed_atom.xml"
    coup, ecowas = list(read_paths([path]))
    assert isinstance(coup, Article) and isinstance(ecowas, Article)
    assert coup.title == "Soldiers detain Niger's president in apparent coup"
    assert coup.published == "2023-07-26"  # <published>, not <updated>
    assert coup.agency == "AFP"
    assert coup.outlet == "France 24"
    assert coup.body.split("\n\n")[1] == (
        "The soldiers said the borders were closed and a curfew imposed until further notice."
    )
    assert ecowas.published == "2023-07-30"  # only <updated>
    assert ecowas.body.startswith("West African leaders gave the coup leaders in Niger one week")


def test_malformed_feed_without_entries_is_skipped_with_the_parser_reason() -> None:
    path = FIXTURES / "broken_feed.xml"
    [skipped] = list(read_paths([path]))
    assert isinstance(skipped, Skipped)
    assert skipped.source == str(path)
    assert skipped.reason.startswith("malformed feed:")


def test_feed_upload_by_content_type_and_feed_without_entries() -> None:
    data = (FIXTURES / "feed_atom.xml").read_bytes()
    results = list(read_bytes(data, source="upload", hint="application/atom+xml; charset=utf-8"))
    assert [r.source for r in results] == ["upload#1", "upload#2"]
    empty = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert list(read_bytes(empty, source="quiet.rss", hint=".rss")) == [
        Skipped("quiet.rss", "feed has no entries")
    ]


def test_feed_in_a_declared_legacy_encoding() -> None:
    xml = (
        '<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Dépêches</title>'
        "<item><title>Frappe à Kherson</title><link>https://www.lemonde.fr/international/article/2022/11/25/x</link>"
        "<description>Deux civils ont été tués vendredi par des frappes russes sur le centre de Kherson, "
        "selon les autorités régionales.</description></item></channel></rss>"
    ).encode("latin-1")
    [article] = list(read_bytes(xml, source="fr.xml", hint=None))
    assert isinstance(article, Article)
    assert article.title == "Frappe à Kherson"
    assert "ont été tués" in article.body
    assert article.language == "fr"
    assert article.outlet == "Le Monde"
    assert article.published == "2022-11-25"  # no pubDate: the date in the link


def test_feeds_that_trip_the_parser_are_skipped_not_raised() -> None:
    # Found by fuzzing: a non-UTF-8 byte inside the encoding declaration escapes feedparser as an error.
    bad_declaration = b'<?xml version="1.0" encoding="ut\xe3f-8"?><rss><channel><item><title>x</title></item>'
    [skipped] = list(read_bytes(bad_declaration, source="f.xml", hint=".xml"))
    assert isinstance(skipped, Skipped)
    assert skipped.reason.startswith("malformed feed (UnicodeDecodeError")


def test_control_characters_and_source_line_breaks_in_entry_markup() -> None:
    # Found by fuzzing: lxml refuses control characters in text nodes.
    xml = (
        b'<rss version="2.0"><channel><item><title>Ctrl</title><description>&lt;p&gt;Shelling \x01hit '
        b"the\ntown \x0bovernight.&lt;/p&gt;&lt;p&gt;Two were hurt.&lt;/p&gt;</description></item>"
        b"</channel></rss>"
    )
    [article] = list(read_bytes(xml, source="g.rss", hint=".rss"))
    assert isinstance(article, Article)
    # HTML source line breaks are spaces; only paragraph ends break the body.
    assert article.body == "Shelling hit the town overnight.\n\nTwo were hurt."
