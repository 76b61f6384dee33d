"""Language identification marks ISO 639-1 codes offline; "en" for English; unknown when too short."""

from __future__ import annotations

import pytest

from frontwire.ingest import read_bytes
from frontwire.ingest._meta import detect_language, language_code
from frontwire.model import Article


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian forces shelled the city overnight, killing two civilians, the governor said.", "en"),
        ("Les forces russes ont bombardé la ville pendant la nuit, tuant deux civils.", "fr"),
        ("Las fuerzas rusas bombardearon la ciudad durante la noche y mataron a dos civiles.", "es"),
        ("Російські війська вночі обстріляли місто, загинули двоє мирних жителів.", "uk"),
        ("Российские войска ночью обстреляли город, погибли двое мирных жителей.", "ru"),
        ("قصفت القوات الروسية المدينة ليلا مما أسفر عن مقتل مدنيين اثنين، بحسب ما أعلن الحاكم.", "ar"),
    ],
)
def test_language_of_news_sentences(text: str, code: str) -> None:
    assert detect_language(text) == code
    [article] = list(read_bytes(text.encode(), source="t", hint=".txt"))
    assert isinstance(article, Article)
    assert article.language == code


def test_too_short_to_tell_is_unknown() -> None:
    assert detect_language("Kyiv, 2022") is None
    [article] = list(read_bytes(b"Strike. 12 dead.", source="t", hint=".txt"))
    assert isinstance(article, Article)
    assert article.language is None


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en-US", "en"), ("EN", "en"), ("pt_BR", "pt"), ("english", None), ("", None), (None, None)],
)
def test_supplied_language_tags_are_reduced_to_iso_639_1(tag: str | None, code: str | None) -> None:
    assert language_code(tag) == code


def test_a_short_english_wire_sentence_full_of_foreign_names_is_english() -> None:
    # n-gram identification alone calls these Portuguese / Nigerian Pidgin
    for text in (
        "Islamist fighters killed 20 villagers in Mocimboa da Praia on Monday, residents said.",
        "Gunmen killed 15 farmers in Nigeria on Sunday.",
        # one sentence with only two grammar words ("to", "on")
        "Kenya deployed 400 police officers to Haiti on Tuesday.",
    ):
        assert detect_language(text) == "en", text
    assert (
        detect_language("Des hommes armés ont tué 11 personnes dans une mosquée à Barsalogho vendredi.")
        == "fr"
    )


def test_short_sentences_in_other_languages_keep_their_language() -> None:
    assert detect_language("Dem carry di matter go court for Monday morning, na so dem talk.") != "en"
    assert detect_language("Os militares chegaram a Maputo na terça-feira para a cerimônia.") == "pt"
