"""Words happen where they are said: not at a place of origin or at the place of the act they ask for."""

from __future__ import annotations

from frontwire.model import Article

TIES = (
    "NAIROBI, June 4 (Wire) - Somalia cut diplomatic ties with Kenya on Thursday and recalled its "
    "ambassador from Nairobi, the foreign ministry said.\n\n"
    "Somalia's president also asked Qatar, which has mediated between the two neighbours, to host "
    "fresh talks in Doha next month."
)

TALKS = (
    "ADDIS ABABA, June 4 (Wire) - Ethiopian and Sudanese officials held talks in Khartoum on Tuesday "
    "on the border dispute, the foreign ministry said."
)


def test_origin_and_requested_act_are_not_the_scene_of_words(process) -> None:
    rec = process(Article.from_text(TIES, published="2024-06-04"))
    verbal = [e for e in rec.events if e.category != "ASSAULT"]
    assert verbal
    for e in verbal:
        assert e.where is None or e.where.name not in ("Nairobi", "Doha"), (e.category, e.where)


def test_talks_held_in_a_city_are_placed_there(process) -> None:
    rec = process(Article.from_text(TALKS, published="2024-06-04"))
    talks = next(e for e in rec.events if e.category == "CONSULT")
    assert talks.where is not None and talks.where.name == "Khartoum"


def test_placer_flag(geocoder) -> None:
    from frontwire.geo import Mention

    body = "The minister urged Qatar to host new talks in Doha, and later flew home from Doha."
    ms = [Mention("Qatar", 19, 24, "GPE"), Mention("Doha", 46, 50, "GPE"), Mention("Doha", 77, 81, "GPE")]
    assert [body[m.start : m.end] for m in ms] == ["Qatar", "Doha", "Doha"]
    res = geocoder.resolve_article(body, ms)
    assert geocoder.event_place(body, 0, len(body), res, ms, verbal=True) is None
    # an act (not words) is placed as before
    p = geocoder.event_place(body, 0, len(body), res, ms)
    assert p is not None and p.name == "Doha"


def test_each_clause_keeps_its_own_place(geocoder) -> None:
    from frontwire.geo import Mention

    body = "Israel said it would pull troops back from around Khan Younis after talks in Cairo on Monday."
    ms = [
        Mention(n, body.index(n), body.index(n) + len(n), "GPE") for n in ("Israel", "Khan Younis", "Cairo")
    ]
    res = geocoder.resolve_article(body, ms)
    pull = geocoder.event_place(body, 0, len(body), res, ms, anchor=body.index("pull"))
    talks = geocoder.event_place(body, 0, len(body), res, ms, verbal=True, anchor=body.index("talks"))
    assert pull is not None and pull.country == "PSE"
    assert talks is not None and talks.name == "Cairo"
    # without a trigger the main clause's place is the sentence's
    main = geocoder.event_place(body, 0, len(body), res, ms)
    assert main is not None and main.country == "PSE"


def test_a_more_precise_place_in_the_other_clause_is_the_same_event(geocoder) -> None:
    from frontwire.geo import Mention

    body = "Two civilians were killed in the Donetsk region when a shell hit a house in Kostiantynivka."
    ms = [Mention(n, body.index(n), body.index(n) + len(n), "GPE") for n in ("Donetsk", "Kostiantynivka")]
    res = geocoder.resolve_article(body, ms)
    p = geocoder.event_place(body, 0, len(body), res, ms, anchor=body.index("killed"))
    assert p is not None and p.precision == "point" and p.admin1 == "Donetsk"


def test_next_to_and_close_to_are_locative(geocoder) -> None:
    from frontwire.geo import Mention

    for prep in ("next to", "close to", "beside"):
        body = f"A bomb went off {prep} Kramatorsk railway station on Friday, officials said."
        ms = [Mention("Kramatorsk", body.index("Kramatorsk"), body.index("Kramatorsk") + 10, "GPE")]
        res = geocoder.resolve_article(body, ms)
        p = geocoder.event_place(body, 0, len(body), res, ms)
        assert p is not None and p.country == "UKR", prep


def test_places_an_act_in_its_main_clause_over_a_town_of_a_later_clause(process) -> None:
    # "after militants attacked the city of X": another act told in a clause of sequence; the
    # main clause's region is the act's place, however coarse
    from frontwire.model import Article

    text = (
        "Iraq's prime minister declared a curfew across Salahuddin province on Sunday after militants "
        "attacked the city of Samarra, officials said."
    )
    rec = process(Article.from_text(text, published="2024-05-02"))
    places = [(e.category, e.where.name if e.where else None) for e in rec.events]
    assert places[0] == ("COERCE", "Salahuddin")


def test_words_of_an_address_given_from_a_place_are_placed_there(process) -> None:
    # "from" after a speech noun names where it was given, not an origin (``spoken_from_nouns``)
    text = (
        "MOSCOW, March 23 (Wire) - President Vladimir Putin vowed on Saturday to punish those behind the "
        'concert hall attack. "They will not escape retribution," he said in a televised address from '
        "the Kremlin."
    )
    rec = process(Article.from_text(text, published="2024-03-23"))
    vows = [e for e in rec.events if e.category == "THREATEN"]
    assert vows and all(e.where is not None and e.where.name == "Kremlin" for e in vows), [
        (e.category, e.where) for e in rec.events
    ]


def test_words_said_at_the_session_told_before_are_placed_where_it_was_held(process) -> None:
    text = (
        "DOHA, May 6 (Wire) - Sudan's army and the Rapid Support Forces held indirect talks in Doha on "
        "Monday, the Qatari foreign ministry said.\n\n"
        "Qatar's prime minister opened the session, urging the two sides to agree a ceasefire before the Eid holiday."
    )
    rec = process(Article.from_text(text, published="2024-05-06"))
    appeals = [e for e in rec.events if e.category == "REQUEST"]
    assert appeals and all(e.where is not None and e.where.country == "QAT" for e in appeals), [
        (e.category, e.where) for e in rec.events
    ]


def test_words_with_no_gathering_to_point_back_to_stay_unplaced(process) -> None:
    text = (
        "DOHA, May 6 (Wire) - Sudan's army and the Rapid Support Forces held indirect talks in Doha on "
        "Monday, the Qatari foreign ministry said.\n\n"
        "The U.N. secretary-general urged the two sides to agree a ceasefire before the Eid holiday."
    )
    rec = process(Article.from_text(text, published="2024-05-06"))
    appeals = [e for e in rec.events if e.category == "REQUEST"]
    assert appeals and all(e.where is None for e in appeals), [(e.category, e.where) for e in rec.events]


def test_words_asking_a_return_to_the_talks_are_not_placed_at_the_talks(process) -> None:
    text = (
        "DOHA, May 6 (Wire) - Sudan's army and the Rapid Support Forces held indirect talks in Doha on "
        "Monday, the Qatari foreign ministry said.\n\n"
        "On Wednesday the U.N. secretary-general urged the two sides to return to the talks."
    )
    rec = process(Article.from_text(text, published="2024-05-06"))
    appeals = [e for e in rec.events if e.category == "REQUEST"]
    assert appeals and all(e.where is None for e in appeals), [(e.category, e.where) for e in rec.events]
