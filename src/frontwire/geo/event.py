"""Where did the event told in a sentence happen?

A sentence names many places; the event happened at the one the text puts it *in*: "Armenian forces
fired on X, the Azerbaijani defence ministry said in Baku" happened in X, not in Baku. Each resolved
toponym of the sentence is scored by:

- the preposition that governs it ("in", "near", "outside" strongly; "from" weakly), allowing
  "a village in the country's Barda region" and direction words ("in northern Syria");
- attribution: a place right after "said in", "told reporters in", "a statement ... in" is where the
  words were spoken, not where the event happened;
- a dateline ("BEIRUT (AP) -") at the start of the sentence is penalised, and so is a bare name
  used as an actor ("Washington urged", "Azerbaijan accused Armenia"); a bare name is the place
  only as the object of an attack or capture verb ("shelling hit Stepanakert");
- specificity: a village beats its district, a district its country, other things equal.

If no place clears ``min_score``, an anaphor governed like a place ("an attack on the city", "in the
same district") takes the last place of that kind named before the sentence; failing that, no place
is stated for the event and ``None`` is returned rather than a guess. Capitalised words after a
locative preposition that NER did not tag are tried against the gazetteer too ("met Zelenskiy in
Kyiv"), guarded against weekdays and buildings.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from frontwire.geo.countries import is_demonym
from frontwire.geo.resolve import Resolver, name_skeleton, rules, to_place
from frontwire.geo.text import fold
from frontwire.model import Place

if TYPE_CHECKING:
    from frontwire.geo import Mention


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first (so "border area" is tried before "border")."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _the_noun_after(
    words: Iterable[str], nouns: Iterable[str], between: str = "", plural: bool = False
) -> re.Pattern[str]:
    """'<word> the [between] <noun>' ("at the talks", "during the raid", "near the same base"), any case."""
    tail = "s?" if plural else ""
    return re.compile(
        r"\b(?:"
        + _alternation(words)
        + r")\s+the\s+"
        + between
        + "(?:"
        + _alternation(nouns)
        + ")"
        + tail
        + r"\b",
        re.I,
    )


_POSSESSIVE = re.compile(r"['’]s$")
_PRECISION_RANK = {"point": 0, "district": 1, "region": 2, "country": 3}


class EventPlacer:
    """Scores the toponyms of a sentence as the event's location."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        ev = rules()["event"]
        self.ev = ev
        dirs = _alternation(rules()["direction_words"])
        preps = _alternation(ev["locative_preps"])
        heads = _alternation(ev["phrase_heads"])
        admin = _alternation(rules()["admin_words"])
        # The words between a governing preposition and the name: articles, a possessive container
        # ("the country's", "Azerbaijan's"), direction words ("northern").
        # Also a head noun with up to two modifiers: "in Yemen's western port city of X", "in the
        # Russian cities of X", "of Venezuela's capital X".
        places = _alternation(ev["place_nouns"])
        self._gov = re.compile(
            r"\b(?P<prep>" + preps + r")\s+(?:the\s+|a\s+|an\s+)?"
            r"(?:(?:[A-Z][\w.-]*|the\s+\w+|\w+)['’]s\s+)?"
            r"(?:(?:" + dirs + r")(?:\s+|-))?(?:" + admin + r"\s+of\s+(?:the\s+)?)?"
            r"(?:(?:[\w-]+\s+){0,2}?(?:" + places + r")\s+(?:of\s+)?(?:the\s+)?)?$",
            re.I,
        )
        # The head noun phrase a locative phrase may hang from: "a village in ...", "the outskirts of ...".
        self._head = re.compile(
            r"(?:\b(?:a|an|the|one|two|three|four|five|several|some|\d+)\s+)?(?:[\w-]+\s+)?"
            r"\b(?:" + heads + r")s?\s+$",
            re.I,
        )
        # "Barda region", and a site known by its noun: "the Walid crossing", "the Al-Aqsa mosque compound"
        tails = rules()["stated_settlements"]["site_nouns"] + ev["site_phrase_tails"]
        site_after = _alternation(tails)
        self._admin_after = re.compile(r"^\s+(?:" + admin + "|" + site_after + r")\b", re.I)
        self._attrib = re.compile(
            r"\b(?:" + _alternation(ev["attribution_words"]) + r")\b(?:\s+[\w-]+)?\s*$", re.I
        )
        verbs = _alternation(ev["object_verbs"])
        self._object_verb = re.compile(
            r"\b(?:"
            + verbs
            + r")\s+(?:the\s+|a\s+)?(?:(?:"
            + dirs
            + r")\s+)?(?:(?:town|city|village)\s+of\s+)?$",
            re.I,
        )
        # "BEIRUT (AP) -", "RIMBO, Sweden, Dec 13 (Atlas) -": where the story was filed.
        self._dateline = re.compile(r"^\s*[A-Z][A-Z .'’-]{2,}(?:,[^-—–()\n]{1,40})?\s*(?:\([^)]*\))?\s*[-—–]")
        nouns = _alternation(ev["anaphora"])
        vb = ev["verbal"]
        self._verbal_not_preps = {w.lower() for w in vb["not_scene_preps"]}
        self._spoken_from = re.compile(r"\b(?:" + _alternation(vb["spoken_from_nouns"]) + r")\s+$", re.I)
        # "held talks in Geneva", "met in Doha": the gathering's own place (``gathering_place_words``)
        self._gathering_place = re.compile(
            r"\b(?:" + _alternation(vb["gathering_place_words"]) + r")\s+(?:in|at)\s+(?:the\s+)?$", re.I
        )
        # "asked Cuba, which hosted the talks, to arrest the negotiators in ...": a request verb, then
        # its "to" + verb complement, with no sentence break between
        self._requested = re.compile(
            r"\b(?:" + _alternation(vb["request_verbs"]) + r")\b[^.;]*?\bto\s+"
            r"(?!(?:the|a|an|its|their|his|her)\b)[a-z]+\b[^.;]*$",
            re.I,
        )
        self._subordinator = re.compile(r"\b(?:" + _alternation(ev["subordinators"]) + r")\b", re.I)
        self._sequence_words = {w.lower() for w in ev["sequence_subordinators"]}
        self._counts = _alternation(ev["count_words"])
        self._demonym_place = re.compile(
            r"\s+(?:border\s+)?(?:" + _alternation(ev["demonym_place_nouns"]) + r")\b"
        )
        self._container_link = re.compile(r"^\s*(?:,|(?:in|near|outside)\b)", re.I)
        # "the Walid crossing in Iraq's far west": a site known by its noun, in a wider container
        site_words = _alternation(rules()["stated_settlements"]["site_nouns"])
        self._site_container_link = re.compile(r"^\s+(?:" + site_words + r")\s+(?:in|near|outside)\b", re.I)
        # "the town", "the southern suburbs": not "the town of Boulkessi" (a name the gazetteer lacks
        # is no pointer back)
        self._anaphor_rx = re.compile(
            r"\b(?:the|this|that)\s+(?:same\s+)?(?:(?:" + dirs + r")\s+)?(?P<noun>" + nouns + r")\b"
            r"(?!\s+of\s+(?:the\s+)?[A-Z])",
            re.I,
        )
        self._said_after = re.compile(r"\s+(?:" + _alternation(ev["said_after_words"]) + r")\b", re.I)
        self._hometown = [re.compile(rx) for rx in ev["hometown_patterns"]]
        self._residents = re.compile(r"\s+(?:" + _alternation(ev["resident_nouns"]) + r")\b", re.I)
        # "an Adair County shooting", "a deadly Hamilton stabbing": the town or county of the act
        self._act_after = re.compile(r"\s+(?:" + _alternation(ev["act_nouns"]) + r")\b", re.I)
        self._treated_at = re.compile(ev["treated_at_pattern"], re.I)
        self._war_wide = [re.compile(rx, re.I) for rx in ev["war_wide_cues"]]
        self._war_land = re.compile(ev["war_land_phrase"])
        # "the al-Aqsa mosque compound", "in al-Bab": an Arabic article may open a name in lower case
        self._cap = re.compile(
            r"(?<![\w’'-])(?:(?:al|el|ad|an|ar|as|ash|at|az)-)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
        )
        self._skip_words = (
            {w.lower() for w in ev["not_place_words"]} | set(ev["locative_preps"]) | {"the", "a", "an"}
        )
        # "a village in the central Sagaing region": a settlement the lead does not name
        self._indefinite_settlement = re.compile(
            r"^(?:a|an|one)\s+(?:[\w-]+\s+)?(?P<noun>village|town|hamlet)\s+in\b", re.I
        )
        # "the Moos-Olea border area", "30km south of the Syria-Turkey border": a border between two
        # named places (``_border_place``)
        name = r"[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?"
        self._border_pair = re.compile(
            r"(?:\b(?P<dir>north|south|east|west)(?:ern)?\s+of\s+)?\bthe\s+(?P<a>" + name + r")\s*[-–]\s*"
            r"(?P<b>" + name + r")\s+(?P<noun>border(?:\s+(?:area|region|zone))?)\b"
        )
        # "opened the session", "at the talks": a gathering told before
        self._gathering = _the_noun_after(ev["gathering_words"], ev["gathering_nouns"])
        self._follow_up_modes = set(ev["follow_up_modes"])
        # "detained dozens during the raid": made in the told act, at its scene
        self._scene_act = _the_noun_after(
            ev["scene_act_preps"], ev["scene_act_nouns"], between=r"(?:[\w-]+\s+)?"
        )
        self._national_modes = set(ev["national_modes"])
        # "arrested at the scene", "near the base": a definite place noun pointing back to the scene
        self._scene_pointer = _the_noun_after(
            ev["scene_pointer_preps"], ev["scene_pointer_nouns"], between=r"(?:same\s+)?", plural=True
        )

    def place(
        self,
        body: str,
        sent_start: int,
        sent_end: int,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
        verbal: bool = False,
        anchor: int | None = None,
        not_places: Iterable[tuple[int, int]] = (),
    ) -> Place | None:
        # A demonym ("Azerbaijani forces") names who, not where, unless a place noun follows it:
        # "a ceasefire in three Syrian towns", "drone attacks on Russian territory" are in the country.
        cands: list[tuple[int, int, Place]] = [
            (s, e, p)
            for (s, e), p in resolved.items()
            if sent_start <= s and e <= sent_end and (not is_demonym(body[s:e]) or self._land_of(body, e, p))
        ]
        # NER misses place names often enough ("met Zelenskiy in Kyiv") that the governed
        # capitalised words it left untagged are always tried too.
        cands.extend(self._unrecognised(body, sent_start, sent_end, resolved, mentions, not_places))
        border = self._border_place(body, sent_start, sent_end, resolved, mentions)
        if border is not None:
            # the border phrase stands for its two names: they are no scene of their own
            bs, be = border[0], border[1]
            cands = [c for c in cands if not (bs <= c[0] and c[1] <= be)] + [border]
        foreign = self._foreign(body, resolved, mentions)
        scored = []
        for s, e, p in cands:
            score = self._score(body, sent_start, s, e, p)
            told = self._border_pair.match(body, s) if border is not None and (s, e) == border[:2] else None
            if told is not None and told.group("dir"):
                # "30km south of the Syria-Turkey border": a stated position, as plain as "near"
                score = max(
                    score,
                    self.ev["precision_bonus"].get(p.precision, 0.0) + self.ev["locative_preps"]["near"],
                )
            if verbal and (self._not_verbal_scene(body, sent_start, s) or self._other_act(body, anchor, s)):
                score -= self.ev["verbal"]["penalty"]
            if foreign(s, p) and not (
                verbal and self._gathering_place.search(body[max(sent_start, s - 40) : s])
            ):
                # (talks are held abroad as a matter of course: "talks in Geneva" is their scene)
                score -= self.ev["foreign_penalty"]
                if self._little_known_alias(body[s:e], p):
                    score -= self.ev["foreign_alias_penalty"]  # "Gulshan" read as Tabas, Iran
            scored.append((score, s, e, p))
        best: tuple[float, int, int, Place] | None = None
        for score, s, e, p in scored:
            if self._contains_earlier(body, s, p, scored) or self._fronted_container(
                body, sent_start, s, e, p, scored
            ):
                # "the village of X in the southern parts of Y city in Hasaka": Y and Hasaka say where
                # X is; the event is at X, however precise their own reading.
                score -= self.ev["container_penalty"]
            if self._in_other_clause(body, s, p, scored, anchor):
                score -= self.ev["subordinate_penalty"]
            if best is None or score > best[0] or (score == best[0] and s < best[1]):
                best = (score, s, e, p)
        if best is None or best[0] < self.ev["min_score"]:
            return self._anaphor(body, sent_start, sent_end, resolved)
        _, s, e, p = best
        ps, pe = self._phrase(body, sent_start, s, e)
        return replace(p, text=body[ps:pe], span=(ps, pe))

    def points_to_gathering(self, text: str) -> bool:
        """Does ``text`` point back to a gathering told before ("opened the session")?"""
        return self._gathering.search(text) is not None

    def national(self, mode: str | None) -> bool:
        """Is an act of ``mode`` one done to a whole state (``national_modes``: a coup)?"""
        return mode in self._national_modes

    def told_elsewhere(self, mode: str | None, texts: list[str]) -> bool:
        """Is an act of ``mode`` told in ``texts`` (its own sentences, which name no place) one made
        apart from the story's scene (``follow_up_modes``: an arrest)? Not when a sentence points
        back to the scene ("arrested at the scene", "near the base") or to the told act ("during the
        raid"). See ``_why_follow_up``."""
        if mode not in self._follow_up_modes:
            return False
        return not any(self._scene_pointer.search(t) or self._scene_act.search(t) for t in texts)

    def settlement_named_later(
        self, body: str, p: Place, after: int, resolved: dict[tuple[int, int], Place]
    ) -> Place | None:
        """The settlement a story names later for "a village in the central Sagaing region".

        A lead often hides the village in its region ("an air strike on a village in the central
        Sagaing region") and the next paragraph names it ("The attack hit a crowd outside Pazigyi
        village in Kanbalu township"). When ``p`` is a region or district told through an indefinite
        settlement noun, the first place after ``after`` that the text introduces with that same noun
        and that lies in ``p``'s division is the event's village. ``None`` otherwise."""
        m = self._indefinite_settlement.match(p.text or "")
        if m is None or p.precision not in ("region", "district"):
            return None
        noun = m.group("noun").lower()
        division = fold(p.admin1 or p.name)
        from frontwire.geo import Mention as _Mention

        for (s, e), q in sorted(resolved.items()):
            if s < after or q.precision != "point" or q.country != p.country:
                continue
            if fold(q.admin1 or "") != division:
                continue
            cue = self.resolver._settlement_cue(body, _Mention(body[s:e], s, e, "GPE"))
            if cue is not None and cue.rstrip("s") == noun:
                return q
        return None

    def war_place(
        self,
        body: str,
        sent_start: int,
        sent_end: int,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
        home: str | None,
    ) -> Place | None:
        """Where a toll or act told for a whole war happened (``war_wide_cues``: "90 civilians have
        been killed since the fighting began"): the land the story names the war over ("fighting over
        Nagorno-Karabakh", ``war_land_phrase``), else a place the sentence names as owner or speaker
        ("Gaza's health ministry says"), else the region the story names most (twice at
        least, ahead of any other), else the story's country. ``None`` when the sentence
        tells no war-wide figure, points back to a place ("killed in the enclave": the anaphor
        decides) or the story has no country."""
        sentence = body[sent_start:sent_end]
        if home is None or not any(rx.search(sentence) for rx in self._war_wide):
            return None
        if any(
            self._governing(body, sent_start, m.start())
            for m in self._anaphor_rx.finditer(body, sent_start, sent_end)
        ):
            return None
        for m in self._war_land.finditer(body):
            # NER often leaves the war's land untagged ("fighting over Nagorno-Karabakh")
            got = self._place_at(body, *m.span("name"), resolved, mentions)
            if got is not None and got.precision in ("region", "country"):
                return replace(got, text=None, span=None)
        # a place the sentence itself names, as an owner or a speaker: "Gaza's health ministry says 139
        # people have been killed since the fighting began"
        own = sorted(
            (k, q)
            for k, q in resolved.items()
            if sent_start <= k[0] and k[1] <= sent_end and not is_demonym(body[k[0] : k[1]])
        )
        if own:
            return replace(own[0][1], text=None, span=None)
        # the region the story names most ("Gaza" told again and again in a story of the Gaza war)
        counts: dict[str, int] = {}
        reading: dict[str, Place] = {}
        for q in resolved.values():
            if q.precision == "region":
                counts[q.name] = counts.get(q.name, 0) + 1
                reading.setdefault(q.name, q)
        ranked = sorted(counts.values(), reverse=True)[:2]
        if ranked and ranked[0] >= 2 and (len(ranked) == 1 or ranked[1] < ranked[0]):
            top = max(counts, key=lambda k: counts[k])
            return replace(reading[top], text=None, span=None)
        country = self.resolver.gaz.country(home)
        return to_place(country, None, None) if country is not None else None

    def city_of_quarter(
        self, p: Place, resolved: dict[tuple[int, int], Place], home: str | None
    ) -> Place | None:
        """The story's city, when ``p`` is a quarter of it the text names without a container.

        "A second car bomb exploded in the Karrada district" of a Baghdad story is in Baghdad: a quarter
        (``city_quarter_nouns``) kept only by name (no coordinates, no stated division) in a story
        about one city is a part of that city, and a coder codes the city. The city is the place the
        story names most below country level (at least twice, strictly ahead of any other), a town in
        the story's country. ``None`` when ``p`` is no such quarter or the story has no such city.
        """
        ss = self.resolver.r["stated_settlements"]
        last = (p.text or "").split()[-1:]
        if p.lat is not None or p.admin1 or p.precision != "district" or not last:
            return None
        if last[0].lower() not in ss["city_quarter_nouns"] or home is None or p.country != home:
            return None
        counts: dict[str, int] = {}
        reading: dict[str, Place] = {}
        for q in resolved.values():
            if q.precision == "country":
                continue
            counts[q.name] = counts.get(q.name, 0) + 1
            reading.setdefault(q.name, q)
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
        if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        city = reading[ranked[0][0]]
        if city.precision != "point" or city.country != home or city.lat is None:
            return None
        return replace(city, text=p.text, span=p.span)

    def _place_at(
        self, body: str, s: int, e: int, resolved: dict[tuple[int, int], Place], mentions: list[Mention]
    ) -> Place | None:
        """The place a span names: as resolved, or, when NER left it untagged, resolved now in the
        article's context (the other mentions keep their own results)."""
        from frontwire.geo import Mention as _Mention

        got = resolved.get((s, e))
        if got is None:
            got = self.resolver.resolve(body, [*mentions, _Mention(body[s:e], s, e, "GPE")]).get((s, e))
        return got

    def _border_place(
        self,
        body: str,
        sent_start: int,
        sent_end: int,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
    ) -> tuple[int, int, Place] | None:
        """The place of "the A-B border (area)" in the sentence: with a direction ("30km south of
        the Syria-Turkey border") the one of A and B that lies that way; without one the border area
        itself, of the country both share or of none (it lies in two). ``None`` when either name is
        no place the gazetteer holds."""
        m = self._border_pair.search(body, sent_start, sent_end)
        if m is None:
            return None
        sides = []
        for g in ("a", "b"):
            got = self._place_at(body, *m.span(g), resolved, mentions)
            if got is None or got.lat is None or got.lon is None:
                return None
            sides.append(got)
        a, b = sides
        way = (m.group("dir") or "").lower()
        if way:
            key = {"north": lambda q: q.lat, "south": lambda q: -q.lat, "east": lambda q: q.lon}
            side = max((a, b), key=key.get(way, lambda q: -q.lon))
            span = (m.start(), m.end())
            return span[0], span[1], replace(side, text=body[span[0] : span[1]], span=span)
        s, e = m.start("a"), m.end()
        country = a.country if a.country == b.country else None
        place = Place(
            name=f"{body[m.start('a') : m.end('b')]} {m.group('noun')}",
            country=country,
            admin1=a.admin1 if country and a.admin1 == b.admin1 else None,
            lat=round((a.lat + b.lat) / 2, 4),
            lon=round((a.lon + b.lon) / 2, 4),
            precision="region",
            text=body[s:e],
            span=(s, e),
        )
        return s, e, place

    def in_parties_country(
        self,
        body: str,
        p: Place,
        side: str,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
    ) -> Place | None:
        """``p`` kept by name in ``side``, the country of the event's target, when the only
        reading of a little-known town is abroad in a country nothing in the story names or holds
        ("a grenade attack on a CRPF camp in north Shemetovo": an Indian force's camp, not the
        Russian village of 4,200 the gazetteer has), in a story that names no country but ``side``.
        Coordinates go with the foreign reading; the
        name stays with no coordinates, as for a stated village. ``None`` when ``p`` stays."""
        if p.precision != "point" or not p.country or p.country == side or p.geonameid is None:
            return None
        if set(self.resolver.article_countries(body, mentions)) - {side}:
            return None  # the story names the foreign country, or another: it may well be abroad
        if any(q.country == p.country and q.name != p.name for q in resolved.values()):
            return None
        entry = self.resolver.gaz.by_id(p.geonameid)
        if entry is None or entry.altnames >= self.ev["foreign_alias_max_altnames"]:
            return None
        return replace(p, country=side, admin1=None, lat=None, lon=None, geonameid=None)

    def _little_known_alias(self, text: str, p: Place) -> bool:
        """Is ``p`` read from another of its names (not its own, nor a spelling of it) and known in
        few languages (``foreign_alias_max_altnames``)? "Gulshan" is an old name of Tabas (15 GeoNames names);
        "Stepanakert" is Khankendi's other name, known everywhere (31)."""
        said = fold(_POSSESSIVE.sub("", text))
        if said in fold(p.name) or name_skeleton(said) == name_skeleton(p.name) or p.geonameid is None:
            return False  # its own name, or a spelling of it ("Khan Younis" for Khan Yunis)
        entry = self.resolver.gaz.by_id(p.geonameid)
        return entry is not None and entry.altnames < self.ev["foreign_alias_max_altnames"]

    def _foreign(
        self, body: str, resolved: dict[tuple[int, int], Place], mentions: list[Mention]
    ) -> Callable[[int, Place], bool]:
        """``foreign(start, place)``: the place lies in a country that nothing else in the article
        names or holds ("the Defence of the Homeland" read as Homeland, California, in a Burkina
        Faso story). Such a reading is more likely a misread name than the scene of the event."""
        named = self.resolver.article_countries(body, mentions)

        def foreign(start: int, p: Place) -> bool:
            if not p.country or p.precision == "country":
                return False
            others = {q.country for (qs, _), q in resolved.items() if qs != start and q.country}
            return bool(named or others) and p.country not in named and p.country not in others

        return foreign

    def _in_other_clause(
        self,
        body: str,
        start: int,
        p: Place,
        scored: list[tuple[float, int, int, Place]],
        anchor: int | None,
    ) -> bool:
        """Is the place told in another clause than the event, with a place at least as precise in
        the event's own? Clauses are cut at "after", "before", "following", "when" ...; the event's
        clause is the one of its trigger (``anchor``, a body offset) or, without one, the main clause
        (the first). "Russia said it would scale back around Kyiv after talks in Istanbul": the
        scaling back is at Kyiv, the talks in Istanbul. A more precise place in the other clause is
        the same event told closer ("killed in Donetsk region when a shell hit the village of X")."""
        rank = _PRECISION_RANK.get(p.precision, 4)
        home = anchor if anchor is not None else min(s for _, s, _, _ in scored)

        def apart(a: int, b: int) -> bool:
            lo, hi = sorted((a, b))
            return self._subordinator.search(body, lo, hi) is not None

        if not apart(home, start):
            return False
        lo, hi = sorted((home, start))
        cut = self._subordinator.search(body, lo, hi)
        # "declared martial law across Mindanao after militants attacked the city of Marawi": a clause
        # of sequence tells another act, whatever the precision of the main clause's place
        sequence = cut is not None and cut.group(0).lower() in self._sequence_words
        return any(
            s != start
            and score >= self.ev["min_score"]
            and (sequence or _PRECISION_RANK.get(q.precision, 4) <= rank)
            and not apart(home, s)
            for score, s, _, q in scored
        )

    def _other_act(self, body: str, anchor: int | None, start: int) -> bool:
        """Is the place told in a clause of sequence apart from the words' trigger? "Petro suspended
        peace talks hours after a truck bomb attack on a base in Arauca": the bombing was in Arauca,
        the suspending was not (words are placed only where their own clause says)."""
        if anchor is None:
            return False
        lo, hi = sorted((anchor, start))
        cut = self._subordinator.search(body, lo, hi)
        if cut is None or cut.group(0).lower() not in self._sequence_words:
            return False
        # "took hold after 11 days of fighting, with crowds pouring into the streets of Gaza": a comma
        # after the clause of sequence goes back to the words' own clause
        return start < anchor or "," not in body[cut.end() : start]

    def _land_of(self, body: str, end: int, p: Place) -> bool:
        """A demonym that names the land: "Syrian towns", "Ukrainian territory" (a country place)."""
        return p.precision == "country" and self._demonym_place.match(body, end) is not None

    def _not_verbal_scene(self, body: str, sent_start: int, start: int) -> bool:
        """Where words were not spoken: "recalled its diplomats from Kigali" (an origin) and "asked
        Cuba to arrest the negotiators in Havana" (the place of the act asked for, not of the asking)."""
        gov = self._governing(body, sent_start, start)
        if gov is not None and gov.group("prep").lower() in self._verbal_not_preps:
            # "in a televised address from the White House": spoken there (``spoken_from_nouns``)
            prep_at = max(sent_start, start - 60) + gov.start()
            return not self._spoken_from.search(body[max(sent_start, prep_at - 40) : prep_at])
        return bool(self._requested.search(body[sent_start:start]))

    def _fronted_container(
        self,
        body: str,
        sent_start: int,
        start: int,
        end: int,
        p: Place,
        scored: list[tuple[float, int, int, Place]],
    ) -> bool:
        """Is the place at ``start`` the country or region a sentence opens with ("In Iraq, the strikes hit
        positions near the border town of al-Qaim"), when the sentence goes on to name a finer place in
        it? The opening sets the frame; the town named after it is where the act was."""
        if p.precision not in ("country", "region") or body[sent_start:start].strip().lower() not in (
            "in",
            "in the",
        ):
            return False
        if not body[end : end + 2].startswith(","):
            return False
        return any(
            s > end
            and q.country == p.country
            and q.precision in ("point", "district")
            and score >= self.ev["min_score"]
            for score, s, _e, q in scored
        )

    def _contains_earlier(
        self, body: str, start: int, p: Place, scored: list[tuple[float, int, int, Place]]
    ) -> bool:
        """Is the place at ``start`` named as the container of an earlier place of the sentence?

        "X in (northern) Y", "X, Y", "X, a village in Y": Y follows X in the same phrase, linked by
        "in", "near", "outside" or a comma, with no clause between them (see ``stated_settlements``
        clause words). The earlier place must itself read as a scene (score at least ``min_score``).
        A site told by its noun ("the X crossing in Y", ``site_nouns``) has a region or country
        as its container, not a town: a coder codes a base in a named town at the town.
        """
        window = self.resolver.r["stated_settlements"]["container_window"]
        for score, _, e, _ in scored:
            if e > start or start - e > window or score < self.ev["min_score"]:
                continue
            gap = body[e:start]
            if self._container_link.match(gap) and not self.resolver.clause_rx.search(gap):
                return True
            if p.precision != "point" and self._site_container_link.match(gap):
                # "the Walid crossing in Iraq's far west" is at the crossing; "the King Khalid air
                # base in Khamis Mushait" is coded at the town, a place a map holds
                return True
        return False

    # -- scoring ------------------------------------------------------------------------------
    def _governing(self, body: str, sent_start: int, start: int) -> re.Match | None:
        return self._gov.search(body[max(sent_start, start - 60) : start])

    def _score(self, body: str, sent_start: int, s: int, e: int, p: Place) -> float:
        ev = self.ev
        score = ev["precision_bonus"].get(p.precision, 0.0)
        w0 = max(sent_start, s - 60)
        if is_demonym(body[s:e]):
            # "in three Syrian towns", "struck several Russian border towns": a count before the demonym
            counted = re.search(r"\b(?:\d+|" + self._counts + r")\s+$", body[w0:s], re.I)
            if counted is not None:
                s = w0 + counted.start()
        gov = self._gov.search(body[w0:s])
        # "took control of Goma", "the shelling of Donetsk": the verb, not the weak "of", says it is the place
        object_verb = self._object_verb.search(body[max(sent_start, s - 40) : s])
        if gov:
            prep_score = ev["locative_preps"].get(gov.group("prep").lower(), 0.0)
            score += max(prep_score, ev["object_verb_score"]) if object_verb else prep_score
            # "said in Baku", "told reporters in Yerevan": where it was said, not where it happened.
            prep_at = w0 + gov.start()
            if self._attrib.search(body[max(sent_start, prep_at - 60) : prep_at]) or self._said_after.match(
                body, e
            ):
                # "officials in Kabul said": the speakers' place, told right before their verb
                score -= ev["attribution_penalty"]
        elif object_verb:
            score += ev["object_verb_score"]
        elif self._residents.match(body, e) or (
            p.precision in ("point", "district") and self._act_after.match(body, e)
        ):
            # "Basra demonstrators", "Mosul residents": the people of the place, there; "an Adair
            # County shooting": the act of the place, there
            score += ev["locative_preps"]["in"]
        else:
            score -= ev["bare_penalty"]
        if any(rx.search(body[w0:s]) for rx in self._hometown):
            # "Dana Holt, 34, of Salem, Oregon": where the person lives, not where it happened
            score -= ev["hometown_penalty"]
        elif self._treated_at.search(body[w0:s]):
            # "flown to a hospital in Nashville": where the hurt were treated
            score -= ev["treated_at_penalty"]
        dl = self._dateline.match(body[sent_start : sent_start + 80])
        if dl and s < sent_start + dl.end():
            score -= ev["dateline_penalty"]
        return score

    def _phrase(self, body: str, sent_start: int, s: int, e: int) -> tuple[int, int]:
        """Span of the place phrase: "a village in the country's Barda region" around "Barda"."""
        start, end = s, e
        am = self._admin_after.match(body[e : e + 30])
        if am:
            end = e + am.end()
        win0 = max(sent_start, s - 60)
        gov = self._gov.search(body[win0:s])
        if gov:
            # Keep what follows the preposition ("the country's"), and the head noun before it.
            prep_end = win0 + gov.start("prep") + len(gov.group("prep"))
            obj_start = prep_end + (len(body[prep_end:s]) - len(body[prep_end:s].lstrip()))
            start = obj_start
            head = self._head.search(body[max(sent_start, win0 + gov.start() - 40) : win0 + gov.start()])
            if head:
                start = max(sent_start, win0 + gov.start() - 40) + head.start()
        return start, end

    def _anaphor(
        self, body: str, sent_start: int, sent_end: int, resolved: dict[tuple[int, int], Place]
    ) -> Place | None:
        """ "A missile attack on the city", "fighting in and around the town", "in the same district":
        the place is the last one of that kind named before the sentence."""
        for m in self._anaphor_rx.finditer(body, sent_start, sent_end):
            if not (
                self._governing(body, sent_start, m.start())
                or self._object_verb.search(body[max(sent_start, m.start() - 40) : m.start()])
            ):
                continue
            want = self.ev["anaphora"][m.group("noun").lower()]
            # not where speakers were ("officials in Kabul said"): "the city" is the one the act was in
            before = [
                (k, p)
                for k, p in resolved.items()
                if k[1] <= sent_start and p.precision in want and not self._said_after.match(body, k[1])
            ]
            if before:
                _, p = max(before, key=lambda kp: kp[0][0])
                return replace(p, text=m.group(0), span=(m.start(), m.end()))
        return None

    def _unrecognised(
        self,
        body: str,
        sent_start: int,
        sent_end: int,
        resolved: dict[tuple[int, int], Place],
        mentions: list[Mention],
        not_places: Iterable[tuple[int, int]] = (),
    ) -> list[tuple[int, int, Place]]:
        """Capitalised words right after a locative preposition (or before "residents", "protesters")
        that NER did not tag, outside the spans ``not_places`` (an armed group's name).

        Guarded three ways, because a capitalised word after "on" is usually a weekday and one
        after "near" may be a building: calendar and generic words are skipped, a sentence-initial
        preposition is not part of the name ("In Stepanakert"), and the place found must lie in a
        country the article is about (when it names any).
        """
        from frontwire.geo import Mention as _Mention

        taken = [(s, e) for s, e in resolved] + [(m.start, m.end) for m in mentions] + list(not_places)
        ctx = self.resolver.article_countries(body, mentions)
        out = []
        for m in self._cap.finditer(body, sent_start, sent_end):
            s, e = m.start(), m.end()
            words = m.group(0).split()
            while words and words[0].lower() in self._skip_words:
                s += len(words[0]) + len(body[s + len(words[0]) :]) - len(body[s + len(words[0]) :].lstrip())
                words = words[1:]
            if not words or any(w.lower() in self._skip_words for w in words):
                continue
            if words[0].endswith(("'s", "’s")):
                # "in Bamako's Radisson Hotel": the possessor is the place, the rest a building in it
                words = [words[0][:-2]]
                e = s + len(words[0])
            if any(s < te and ts < e for ts, te in taken):
                continue
            if not (
                self._governing(body, sent_start, s)
                or self._object_verb.search(body[max(sent_start, s - 40) : s])
                or self._residents.match(body, e)
            ):
                continue
            extra = [_Mention(body[s:e], s, e, "GPE")]
            # Resolve it in the article's context (other mentions keep their own results).
            res = self.resolver.resolve(body, [*mentions, *extra])
            p = res.get((s, e))
            if p is not None and (not ctx or p.country in ctx):
                out.append((s, e, p))
        return out
