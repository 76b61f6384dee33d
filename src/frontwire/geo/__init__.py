"""Places: offline geocoding of news toponyms to village level, with honest precision.

Public interface (the extraction engine codes against it):

- :class:`Mention`: a toponym candidate found by NER (GPE/LOC/FAC), offsets into the article body.
- :class:`Geocoder`: ``default()`` (one per process), ``resolve_article`` (all mentions of an
  article, jointly), ``event_place`` (the place an event in one sentence happened), and
  ``article_places``: the :class:`ArticlePlaces` of one article, whose methods ask the placer's
  per-event questions with only what differs per event.
- :func:`geo_precision`: ACLED's 1-3 code for a :class:`frontwire.model.Place`.
- :func:`mentions_from_ents`: the toponym mentions of a spaCy Doc (the policy the eval measures).
- :func:`frontwire.geo.countries.country_code`: ISO3 for country names and demonyms;
  :func:`frontwire.geo.countries.country_in` for phrases ("Russian aircraft").

A place the text states that no gazetteer entry fits ("the village of Solhan in northern Burkina
Faso", where the gazetteer holds only a Solhan in Turkey) is kept by name with the country (and
first-level division) the text gives, ``geonameid`` None and ``lat``/``lon`` None: the contract's
null coordinates ("could not place it offline", as in gold), never a guessed point. Maps and GeoJSON
exports skip such places; the store, API and CSV carry them with empty coordinates.

Nothing here touches the network: the gazetteer is a local SQLite file built by ``make install``
(``frontwire build-gazetteer``); see ``frontwire.geo.build``.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from frontwire.geo.countries import country_code
from frontwire.geo.gazetteer import Gazetteer, GazetteerMissingError, gazetteer_path
from frontwire.model import Place

__all__ = [
    "ArticlePlaces",
    "Geocoder",
    "GazetteerMissingError",
    "Mention",
    "country_code",
    "gazetteer_path",
    "geo_precision",
    "locative_candidates",
    "mentions_from_ents",
]


@dataclass(frozen=True)
class Mention:
    """A toponym candidate in the article body.

    ``label`` is NER's (GPE/LOC/FAC, or NORP/ORG naming a country), or ``TOPONYM`` for a span a
    person annotated as a place (the gold-span evaluation): a name the gazetteer lacks then falls
    back to the town named around it, which for an NER GPE would more often place noise.
    """

    text: str
    start: int
    end: int
    label: str


PLACE_LABELS = ("GPE", "LOC", "FAC")
COUNTRY_LABELS = ("NORP", "ORG")


def mentions_from_ents(ents, offset: int = 0) -> list[Mention]:
    """Toponym mentions from spaCy entities: GPE/LOC/FAC, plus NORP/ORG that name a country.

    Why the second group: spaCy tags demonyms ("Syrian", "Azerbaijani") NORP and some country
    names ORG, and both corpora and the record treat them as references to the country. ``offset``
    is added to entity offsets when the Doc covers one sentence of a longer body.
    """
    out = []
    for e in ents:
        if not any(c.isupper() for c in e.text):
            # "outside a metro station" tagged FAC: a common noun in lower case names no place (read
            # as Metro, Indonesia); English writes every toponym with a capital
            continue
        if e.label_ in PLACE_LABELS or (e.label_ in COUNTRY_LABELS and country_code(e.text)):
            out.append(Mention(e.text, offset + e.start_char, offset + e.end_char, e.label_))
    return out


def locative_candidates(doc, offset: int = 0) -> list[Mention]:
    """Spans of a parsed sentence that may be places the tagger missed: entities of other labels after
    a locative preposition ('in Tigray' tagged PERSON) or acted on by a verb or noun of attack
    ('shelled Kherson', 'air strikes on Rafah'), and untagged proper nouns acted on ('struck
    Qamishli'). Not mentions yet: ``Geocoder.known_place_mentions`` keeps those the gazetteer knows."""
    from frontwire.geo.resolve import rules

    rule = rules()["mislabelled_places"]
    labels, preps, verbs = set(rule["labels"]), set(rule["prepositions"]), set(rule["object_of_verbs"])
    nouns, noun_preps = set(rule["object_of_nouns"]), set(rule["noun_prepositions"])

    def acted_on(root) -> bool:
        # "Russian forces shelled Kherson": what a verb of attack or capture acts on; "air strikes on
        # Rafah": what an attack noun is on
        if root.dep_ in ("dobj", "nsubjpass"):
            return root.head.lemma_.lower() in verbs
        return (
            root.dep_ == "pobj"
            and root.head.lower_ in noun_preps
            and root.head.head.lower_ in nouns | {n.rstrip("s") for n in nouns}
        )

    def placed(e) -> bool:
        return (e.start > 0 and e.doc[e.start - 1].lower_ in preps) or acted_on(e.root)  # "in Tigray"

    out = [
        Mention(e.text, offset + e.start_char, offset + e.end_char, e.label_)
        for e in doc.ents
        if e.label_ in labels and placed(e)
    ]
    # a proper noun the tagger left out altogether ("Turkish drones struck Qamishli")
    for t in doc:
        if t.pos_ == "PROPN" and not t.ent_type_ and acted_on(t):
            out.append(Mention(t.text, offset + t.idx, offset + t.idx + len(t.text), "UNTAGGED"))
    return out


# ACLED geo_precision: 1 = the town itself, 2 = a district or "near" a town, 3 = a region or larger.
_ACLED_PRECISION = {"point": 1, "district": 2, "region": 3, "country": 3}


def geo_precision(place: Place | None) -> int | None:
    """ACLED's geo_precision (1 exact town, 2 district, 3 region/country) for exports."""
    if place is None:
        return None
    return _ACLED_PRECISION.get(place.precision, 3)


class Geocoder:
    """Resolves an article's toponyms and picks event places. Cheap to create, lazy to open."""

    _default: Geocoder | None = None
    _default_lock = threading.Lock()

    def __init__(self, path: Path | str | None = None) -> None:
        # The file is checked now (clear error early) but nothing is read until the first lookup.
        self.gazetteer = Gazetteer(path)
        from frontwire.geo.event import EventPlacer
        from frontwire.geo.resolve import Resolver

        self.resolver = Resolver(self.gazetteer)
        self.placer = EventPlacer(self.resolver)

    @classmethod
    def default(cls) -> Geocoder:
        """The process-wide geocoder over the default gazetteer ($FRONTWIRE_GAZETTEER or package data)."""
        with cls._default_lock:
            if cls._default is None or cls._default.gazetteer.path != gazetteer_path():
                cls._default = cls()
            return cls._default

    def resolve_article(self, body: str, mentions: list[Mention]) -> dict[tuple[int, int], Place]:
        """Resolve all toponym mentions of one article jointly; key = (start, end).

        Unresolvable mentions are absent (they never empty the others' results).
        """
        return self.resolver.resolve(body, mentions)

    def settlement_mentions(self, body: str, mentions: list[Mention]) -> list[Mention]:
        """Names NER left untagged that the text introduces as settlements ("the city of Marawi")."""
        return self.resolver.settlement_mentions(body, mentions)

    def known_place_mentions(self, candidates: list[Mention], mentions: list[Mention]) -> list[Mention]:
        """Mislabelled spans after 'in'/'near' that the gazetteer knows as places (see the resolver)."""
        return self.resolver.known_place_mentions(candidates, mentions)

    def repeated_mentions(
        self, body: str, mentions: list[Mention], resolved: dict[tuple[int, int], Place]
    ) -> list[Mention]:
        """Other occurrences in the body of the place names already tagged and resolved in a country
        the story names (one sense per discourse); ``resolved`` is ``resolve_article``'s answer."""
        return self.resolver.repeated_mentions(body, mentions, resolved)

    def country_place(
        self, iso3: str, text: str | None = None, span: tuple[int, int] | None = None
    ) -> Place | None:
        """A country as a place (precision ``country``): for events the text says happened across it."""
        from frontwire.geo.resolve import to_place

        entry = self.gazetteer.country(iso3)
        return to_place(entry, text, span) if entry is not None else None

    def points_to_gathering(self, text: str) -> bool:
        """Does ``text`` point back to a gathering told before, "the session", "the talks"
        (``EventPlacer.points_to_gathering``)?"""
        return self.placer.points_to_gathering(text)

    def national(self, mode: str | None) -> bool:
        """Is an act of ``mode`` one done to a whole state, a coup (``EventPlacer.national``)?"""
        return self.placer.national(mode)

    def told_elsewhere(self, mode: str | None, texts: list[str]) -> bool:
        """Is an act of ``mode`` whose sentences name no place one made apart from the story's
        scene, an arrest told as a follow-up (``EventPlacer.told_elsewhere``)?"""
        return self.placer.told_elsewhere(mode, texts)

    def article_places(
        self,
        body: str,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
        home: str | None = None,
        not_places: Sequence[tuple[int, int]] = (),
    ) -> ArticlePlaces:
        """One article's places for the placer's per-event questions: ``resolved`` is
        ``resolve_article``'s answer, ``home`` the country the story is about (if known),
        ``not_places`` body spans that name no place (an armed group's name)."""
        return ArticlePlaces(self, body, resolved, mentions, home, tuple(not_places))

    def event_place(
        self,
        body: str,
        sent_start: int,
        sent_end: int,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
        verbal: bool = False,
        anchor: int | None = None,
        not_places: Sequence[tuple[int, int]] = (),
    ) -> Place | None:
        """The place where the event told in body[sent_start:sent_end] happened.

        The returned place's ``text`` is the place phrase ("a village in the country's Barda region")
        and ``span`` its offsets; ``None`` when the sentence states no place. ``verbal``: the event is
        words (an appeal, talks, a sanction), whose scene a place of origin or of the act asked for
        is not. ``anchor``: the body offset of the event's trigger, whose clause holds its place.
        ``not_places``: body spans that name no place whatever their words (an armed group's name).
        """
        return self.placer.place(
            body,
            sent_start,
            sent_end,
            resolved,
            mentions,
            verbal=verbal,
            anchor=anchor,
            not_places=not_places,
        )


@dataclass(frozen=True, eq=False)
class ArticlePlaces:
    """One article as the event placer reads it -- its body, resolved toponyms, mentions and home
    country -- so that each question about one of its events passes only what differs per event
    (the sentence, the place found so far), not the article's long parameter list again."""

    geocoder: Geocoder
    body: str
    resolved: dict[tuple[int, int], Place]
    mentions: list[Mention]
    home: str | None = None
    # body spans that name no place whatever their words (an armed group's name: "Boko Haram")
    not_places: tuple[tuple[int, int], ...] = ()

    def event_place(
        self, sent_start: int, sent_end: int, verbal: bool = False, anchor: int | None = None
    ) -> Place | None:
        """Where the event told in body[sent_start:sent_end] happened (``Geocoder.event_place``)."""
        return self.geocoder.event_place(
            self.body,
            sent_start,
            sent_end,
            self.resolved,
            self.mentions,
            verbal=verbal,
            anchor=anchor,
            not_places=self.not_places,
        )

    def war_place(self, sent_start: int, sent_end: int) -> Place | None:
        """The land of the war for a toll told for the whole war ("have been killed since the fighting
        began"), else ``None`` (``EventPlacer.war_place``)."""
        return self.geocoder.placer.war_place(
            self.body, sent_start, sent_end, self.resolved, self.mentions, self.home
        )

    def settlement_named_later(self, place: Place, after: int) -> Place | None:
        """The village a story names later for "a village in the X region"
        (``EventPlacer.settlement_named_later``)."""
        return self.geocoder.placer.settlement_named_later(self.body, place, after, self.resolved)

    def in_parties_country(self, place: Place, side: str) -> Place:
        """``place`` kept by name in the target's country ``side`` when its only reading is a
        little-known town abroad that the story never names (``EventPlacer.in_parties_country``),
        else ``place``."""
        return (
            self.geocoder.placer.in_parties_country(self.body, place, side, self.resolved, self.mentions)
            or place
        )

    def city_of_quarter(self, place: Place) -> Place:
        """The story's city for a quarter of it named without a container ("in the Karrada district"
        of a Baghdad story), else ``place`` itself (``EventPlacer.city_of_quarter``)."""
        return self.geocoder.placer.city_of_quarter(place, self.resolved, self.home) or place
