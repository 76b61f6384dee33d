"""The per-article finishing pass: from coalesced drafts to ``Event`` records.

After coalescing, each draft is finished against the whole article (the ``_Scene``): its place from the
sentence or the story's scene when the sentence names none, the country of its parties (a state force's,
a de facto authority's, an office holder's), the body that made an arrest, claims pruned of repeats, and
the mentions and dateline the scene is built from; drafts of no substance or told as future are dropped.

Why it is separate: it runs once per article after reading and coalescing, and needs the article's places
as the geocoder resolved them together, which exist only once every sentence has been read.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from frontwire.geo import ArticlePlaces, Geocoder, Mention, locative_candidates, mentions_from_ents
from frontwire.geo.countries import country_code, country_in
from frontwire.model import Article, Claim, Event, Evidence, Party, Place, stable_id
from frontwire.nlp import classify
from frontwire.nlp.claims import (
    armed_group_spans,
    lexicon_side,
)
from frontwire.nlp.coalesce import (
    _ends_siege,
    _same_claimant,
    _specific,
)
from frontwire.nlp.drafts import (
    _DATELINE,
    MATERIAL_THREATS,
    VERBAL,
    VERBAL_MODES,
    Sent,
    _dateline,
    _Draft,
    _own_part,
    _token_at,
)
from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.parties import (
    _bare_state,
    _is_state_forces,
    _name_words,
    _named_force,
    _non_state,
    _settled,
    _subject,
)


def _mentions(sents: list[Sent]) -> list[Mention]:
    """Toponym mentions of the parsed sentences, by the geo stage's own rule (one definition)."""
    out: list[Mention] = []
    for s in sents:
        if s.doc is not None:
            out.extend(mentions_from_ents(s.doc.ents, offset=s.start))
    return out


def _group_names(body: str, sents: list[Sent]) -> list[tuple[int, int]]:
    """Body spans of the armed groups the lexicons know by name, each widened to the entity the
    tagger found around it ("Boko Haram" tagged a person, "Islamic State West Africa Province" an
    organisation). Why: a group's name says who, never where; a word of it read as a toponym puts
    the act in Haram, Norway."""
    spans = armed_group_spans(body)
    out: list[tuple[int, int]] = []
    for s0, e0 in spans:
        start, end = s0, e0
        for s in sents:
            if s.doc is None or not (s.start <= s0 < s.end):
                continue
            for ent in s.doc.ents:
                es, ee = s.start + ent.start_char, s.start + ent.end_char
                if es < e0 and s0 < ee:
                    start, end = min(start, es), max(end, ee)
        out.append((start, end))
    return out


def _outside(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that lie in no span of ``spans``."""
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


def _locatives(sents: list[Sent]) -> list[Mention]:
    """Spans of other labels after 'in' or 'near', for the geo stage to keep when they are places."""
    out: list[Mention] = []
    for s in sents:
        if s.doc is not None:
            out.extend(locative_candidates(s.doc, offset=s.start))
    return out


# "a counter-offensive", "a counterattack": an act told as the answer to the other side's own
_COUNTER = re.compile(r"\bcounter[-\s]?(?:offensive|attack|assault|strike)", re.I)


def _counter_act(d: _Draft) -> bool:
    """The draft's own trigger is a counter-act ("launched a counter-offensive", "a counterattack")."""
    start = max(0, d.trigger.idx - 9)
    return bool(_COUNTER.search(d.sent.text[start : d.trigger.idx + len(d.trigger.text) + 8]))


def _pair_counter_acts(drafts: list[_Draft], events: list[Event]) -> None:
    """A counter-offensive is aimed at the side whose offensive it answers, and that offensive, when
    its sentence named no target, at the side countering it: "Haftar launched his offensive on
    Thursday ... Forces loyal to the Tripoli government launched a counter-offensive on Sunday".

    Why: 'counter' says whom the act answers; coders code the two sides as each other's target. The
    act answered is the latest attack told before it by another party. ``events`` are the finished
    ``drafts``, one for one.
    """
    order = sorted(
        (i for i, e in enumerate(events) if e.category == "ASSAULT" and e.evidence),
        key=lambda i: events[i].evidence[0].span[0],
    )
    for k, i in enumerate(order):
        counter = events[i]
        if not _counter_act(drafts[i]) or counter.actor is None or counter.target is not None:
            continue
        answered = next(
            (
                events[j]
                for j in reversed(order[:k])
                if events[j].actor is not None and events[j].actor.name != counter.actor.name
            ),
            None,
        )
        if answered is None or answered.actor is None:
            continue
        counter.target = Party(name=answered.actor.name, country=answered.actor.country, civilian=False)
        if answered.target is None:
            answered.target = Party(name=counter.actor.name, country=counter.actor.country, civilian=False)


def _aim_at_the_lead_attacker(events: list[Event]) -> None:
    """Words that answer the attack the story leads with are aimed at its doer.

    A threat whose sentence names no one threatened ("Azerbaijan would take revenge on the
    battlefield", "there would be a big price to pay") is aimed at the lead attack's doer when that
    doer is a state's (has a country) other than the threatener's. An agreement told with one named
    side only ("Jaish al-Islam had agreed to leave Douma", "the Karabakh forces had agreed to lay
    down their arms") is made with that doer, when it is another party.

    Why: coders code the side the story blames for its attack as the one threatened, and as the other
    party of a deal one side makes to end it. An armed group of no state as the doer, the threatener's
    own side, words told before the attack, both sides agreeing, or a side not told apart by a name
    ("the rebels agreed to surrender deals") are left as the sentence tells them (null).
    """
    attacks = sorted(
        (e for e in events if e.category == "ASSAULT" and e.evidence), key=lambda e: e.evidence[0].span[0]
    )
    if not attacks or attacks[0].actor is None or not attacks[0].actor.country:
        return
    lead, doer = attacks[0], attacks[0].actor
    for e in events:
        if e.category != "THREATEN" or e.target is not None or not e.evidence:
            continue
        if e.evidence[0].span[0] <= lead.evidence[0].span[0]:
            continue
        if e.actor is not None and e.actor.country == doer.country:
            continue
        e.target = Party(name=doer.name, country=doer.country, civilian=False)
    for e in events:
        if e.category != "AGREE" or e.target is not None or e.actor is None or not e.evidence:
            continue
        if e.evidence[0].span[0] <= lead.evidence[0].span[0] or e.actor.name == doer.name:
            continue
        if " and " in e.actor.name or not any(w[:1].isupper() for w in e.actor.name.split()):
            # "Armenia and Azerbaijan agreed", "the foreign ministries said they had agreed", "the
            # rebels agreed to surrender deals": both sides, or a side not told apart from others
            continue
        e.target = Party(name=doer.name, country=doer.country, civilian=False)


@dataclass(frozen=True, slots=True)
class _Scene:
    """What one article says about where: its resolved places, mentions, sentences and the country
    it is about (``home``), for finishing its events."""

    article: Article
    geocoder: Geocoder
    resolved: dict
    mentions: list[Mention]
    sents: list[Sent]
    home: str | None
    filed: frozenset[tuple[int, int]] = frozenset()  # the dateline's place mention
    scenes: tuple[tuple[int, Place], ...] = ()  # (sentence start, town) of the acts placed in their sentence
    violent: frozenset[int] = frozenset()  # sentence starts of the sentences that tell an attack
    talks: tuple[tuple[int, Place], ...] = ()  # (sentence start, place) of talks placed in their sentence
    groups: tuple[tuple[int, int], ...] = ()  # body spans of armed groups' names: no place

    @property
    def places(self) -> ArticlePlaces:
        """The article's places for the placer's per-event questions."""
        return self.geocoder.article_places(
            self.article.body, self.resolved, self.mentions, self.home, not_places=self.groups
        )

    def place_of(self, s: Sent, verbal: bool = False, anchor: int | None = None) -> Place | None:
        """Where the event told in ``s`` happened; ``verbal`` for words (appeals, talks, sanctions),
        ``anchor`` the body offset of its trigger when ``s`` holds it (``s`` may be the act's own part of
        its sentence, ``_own_part``)."""
        return self.places.event_place(s.start, s.end, verbal=verbal, anchor=anchor)


def _place_from_context(scene: _Scene, d: _Draft) -> Place | None:
    """No place in the event's own sentences: "the city", "there" point back to the last place told.

    Look at up to two sentences before the event in the same paragraph, then at the town of the last
    act placed in its own sentence before it, then at the place the article names most often below
    country level. The text is kept to the sentence the place came from.
    """
    first = min(d.sents, key=lambda s: s.start)
    sents = scene.sents
    idx = next((i for i, s in enumerate(sents) if s.start == first.start), None)
    if idx is not None:
        for s in reversed(sents[max(0, idx - 2) : idx]):
            if s.para != first.para:
                break
            p = scene.place_of(s)
            if p is not None and p.precision != "country":
                return p
    # the town of the last act told before it: "militants fought troops in the city of Marawi" ...
    # "Residents said the militants torched a cathedral" is in Marawi, not in Manila where the story
    # was filed and officials speak
    told = [(start, p) for start, p in scene.scenes if start < first.start]
    if told:
        return max(told, key=lambda sp: sp[0])[1]
    if idx is not None:
        # web copy sets each sentence apart: "... fire trucks congregating at the Faulkners' home in
        # Oxford." then, three short paragraphs on, "two men came in, set their house ablaze": the town
        # named last, a few sentences before, is the scene (not the state the story names most often)
        for s in reversed(sents[max(0, idx - 3) : idx]):
            p = scene.place_of(s)
            if p is not None and p.precision in ("point", "district"):
                return p
    counts: dict[str, tuple[int, Place]] = {}
    for key, place in scene.resolved.items():
        # the dateline counts: where a story is filed is usually where it happened, and a place
        # named in the dateline and once more is the story's scene (a bureau's city is named once).
        # Not a bureau abroad: a story filed from BANGKOK about Myanmar that names "its embassy in
        # Bangkok" again did not happen in Bangkok.
        if place.precision == "country":
            continue
        if key in scene.filed and place.country != scene.home:
            continue
        n, _ = counts.get(place.name, (0, place))
        counts[place.name] = (n + 1, place)
    if counts:
        n, best = max(counts.values(), key=lambda v: (v[0], -_rank_of(v[1])))
        if n >= 2:
            return best
    return _police_city(scene)


# "London police say", "Chicago Police said": a city's own force
_CITY_FORCE = re.compile(r"\s+(?:police|Police)\b(?!\s+(?:in|of)\b)")


def _police_city(scene: _Scene) -> Place | None:
    """The city whose own force tells the story ("a stabbing that killed a man ..., London police
    say"), when the story names no other scene: a city force works its city, and local copy often
    names nothing else. One city only; the dateline's bureau abroad does not count."""
    body = scene.article.body
    found = {
        place.name: place
        for (start, end), place in scene.resolved.items()
        if place.precision == "point" and _CITY_FORCE.match(body, end) and (start, end) not in scene.filed
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _shifted_scene(scene: _Scene, d: _Draft) -> Place | None:
    """The town a distance-led sentence moves the story to, when the act is told right after it.

    "The couple were found dead ... after two police officers were shot" (the shooting named ahead),
    then "More than 200 miles to the northwest, two police officers from the town of Lewisburg, West
    Virginia, pulled over a car" and "The driver then shot at both officers": the shooting is in
    Lewisburg, not in the town the story began in (modes.json ``scene_shift_units``).
    """
    units = "|".join(load("modes")["scene_shift_units"])
    shift = re.compile(
        rf"^\W*(?:(?:more than|about|some|nearly|almost|around)\s+)?[\d,]+\s+(?:{units})\b", re.IGNORECASE
    )
    reach = load("modes")["scene_shift_reach"]
    for told in sorted({s.index for s in d.sents}):
        shifts = [s for s in scene.sents if told - reach <= s.index < told and shift.match(s.text)]
        if not shifts:
            continue
        s = shifts[-1]
        p = scene.place_of(s)
        if p is None or p.precision not in ("point", "district"):
            continue
        # the story stays at the new scene until a sentence names another town: "The drivers of both
        # Chevrolets fled. The man ... was eventually taken into custody" two paragraphs on is still
        # at the traffic stop near Lewisburg
        between = (scene.place_of(x) for x in scene.sents if s.index < x.index < told)
        if any(q is not None and q.precision in ("point", "district") and q.name != p.name for q in between):
            continue
        return p
    return None


def _town_told_later(scene: _Scene, d: _Draft, place: Place) -> Place | None:
    """The town a later sentence names for the act placed only at its country or region.

    "killed by a buried bomb while battling ISIS in Syria" ... "had been embedded with US Special
    Forces in Manbij near the Turkish border when the booby-trap bomb exploded": a sentence that
    points back to the act by a definite noun of it ("the bomb", "the blast", modes.json
    ``act_pointer_nouns``) and names a town in the act's country (and region) tells where it was.
    Not a sentence of another attack of the story, whose "the blast" may be its own.
    """
    own = {s.start for s in d.sents}
    last = max(s.index for s in d.sents)
    first = min(s.index for s in d.sents)
    nouns = "|".join(map(re.escape, sorted(load("modes")["act_pointer_nouns"], key=len, reverse=True)))
    pointer = re.compile(rf"\bthe\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", re.IGNORECASE)
    for s in scene.sents:
        if s.index <= first or s.start in own or (s.start in scene.violent and s.index > last):
            continue
        if not pointer.search(s.text):
            continue
        p = scene.place_of(s)
        if p is None or p.precision not in ("point", "district") or p.country != place.country:
            continue
        if place.precision == "region" and p.admin1 != (place.admin1 or place.name):
            continue
        return p
    return None


def _told_elsewhere(scene: _Scene, d: _Draft) -> bool:
    """An arrest whose sentences name no place ("Police detained 46 people on Monday") was made
    apart from the scene, unless a sentence of it tells the attack it was part of ("killed four and
    detained two others after a gun battle") or points back to the scene ("at the scene")."""
    if any(s.start in scene.violent for s in d.sents):
        return False
    return scene.geocoder.told_elsewhere(d.mode, [s.text for s in d.sents])


def _object_target(p: Party) -> bool:
    """ "the second device", "explosives", "a drone": a thing, of no state (``object_targets``)."""
    words = p.name.lower().replace("-", " ").split()
    return bool(words) and words[-1].removesuffix("s") in {
        w.removesuffix("s") for w in word_set("parties", "object_targets")
    }


def _unnamed_detainees(d: _Draft) -> bool:
    """ "Police arrested 13 people", "detained 11 people, including all four gunmen", "killed 203
    militants and arrested 51 others": people arrested and told by no more than a count are suspects
    of whatever nationality, so the place gives them no country (coders leave it null). A group the
    words describe ("40 protesters", "a Sudanese poet", "opposition leaders") is still of its place.
    """
    if d.category != "COERCE" or d.target is None:
        return False
    counting = {"the", "a", "an", "some", "several", "about", "at", "least", "more", "than", "dozens", "of"}
    head = {w for w in _name_words(d.target.name.split(",")[0], singular=True) if not w.isdigit()} - counting
    if bool(head) and head <= word_set("parties", "unnamed_people"):
        return True
    if d.mode != "arrest":
        return False
    # "a 30-year-old man surnamed Jiang has been arrested", "police arrested two teenagers aged 15 and
    # 17", "Bassett was arrested": a suspect told as a private person, or by name alone, is of no state
    private = word_set("parties", "suspect_people") | word_set("parties", "unnamed_people")
    # "a Metcalfe County man", "a Chicago woman": the place a private person is from describes no
    # side (a nationality, "a Kenyan national", gave the party its country before this)
    home_town = {w.lower().removesuffix("s") for w in d.target.name.split() if w[:1].isupper()}
    if bool(head) and head - home_town and head - home_town <= private:
        return True
    return _private_name(d.target, d.sent)


def _private_name(p: Party, sent: Sent) -> bool:
    """A party told by a person's name alone ("Bassett", "William Goble"): the parser's PERSON entity
    covers the whole name, and no office or country word stands in it."""
    if p.span is None or sent.doc is None or not sent.start <= p.span[0] < sent.end:
        return False
    # the party's span is the body's (``_to_body``), the parser's entities are the sentence's own
    start, end = p.span[0] - sent.start, p.span[1] - sent.start
    for ent in sent.doc.ents:
        if ent.label_ == "PERSON" and ent.start_char <= start and end <= ent.end_char:
            return country_in(p.name) is None and not _name_words(p.name) & word_set(
                "parties", "state_offices"
            )
    return False


def _home_country(
    article: Article, geocoder: Geocoder, resolved: dict, mentions: list[Mention], filed: list[Mention]
) -> str | None:
    """The country a story is about: the one its places and its country words name most.

    Why: "Police have arrested 24 people" places nothing, yet a coder reading the whole story codes
    the police as Sri Lanka's. Votes: each country name or demonym (the resolver's own count), each
    resolved place below country level, and the dateline city twice (where the story was filed is
    usually where it happened). The leader needs two votes (one when it is the only country named,
    as in a short snippet) and a strict lead over the runner-up, else no guess.
    """
    votes = geocoder.resolver.article_countries(article.body, mentions)
    filed_at = {(m.start, m.end) for m in filed}
    for key, place in resolved.items():
        if place.country and place.precision != "country":
            votes[place.country] += 2 if key in filed_at else 1
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    code, n = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if n <= runner_up or (n < 2 and runner_up):
        return None
    return code


# A dateline opens the story: it is looked for in the first characters of the body only.
_DATELINE_ZONE = 600
_DATELINE_PLACE = re.compile(r"[A-Z][A-Z.'\- ]*[A-Z](?=\s*(?:,|\(|[-–—:]))")
# "LONDON, Ont. -", "COLUMBIA, Ky. (WBKO) -", "PARIS, Texas -", "YEVLAKH, Azerbaijan, Sept 21": the
# state, province or country the dateline puts its city in (a day, "May 24" or "Sunday", is no container)
_DATELINE_CONTAINER = re.compile(
    r",\s*(?P<name>[A-Z][A-Za-z.'’]*(?:[ -][A-Z][A-Za-z.'’]*){0,3})(?=\s*(?:,|\(|[-–—:]))"
)
_MONTH = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\.?$"
)


def _dateline_mentions(body: str) -> list[Mention]:
    """The filing place of a dateline ("MANILA, May 24 (Reuters) -"), as a toponym mention.

    The sentence splitter cuts datelines off (the parser would read the city as a subject), so NER
    never sees them; the resolver gets them here, and they count towards the story's country.
    """
    out: list[Mention] = []
    for m in re.finditer(r"[^\n]+", body[:_DATELINE_ZONE]):
        para = m.group(0).lstrip()
        head = _DATELINE.match(para)
        if head is None:
            continue
        city = _DATELINE_PLACE.match(para)
        if city is not None:
            start = m.start() + (len(m.group(0)) - len(para)) + city.start()
            # title case: in capitals a short name ("GOMA") reads as an acronym to the resolver
            name = city.group(0)
            out.append(Mention(name.title(), start, start + len(name), "GPE"))
            # the container is a mention of its own, right after the comma, so the resolver reads the
            # city in it ("X, Y") and the story's other mentions of the city take that reading: the
            # "London police" of a story datelined "LONDON, Ont." are Ontario's
            within = _DATELINE_CONTAINER.match(para, city.end())
            if within is not None and not _MONTH.match(within.group("name").split()[0]):
                c_start = start + within.start("name") - city.start()
                out.append(Mention(within.group("name"), c_start, c_start + len(within.group("name")), "GPE"))
        break
    return out


def _rank_of(place: Place) -> int:
    return {"point": 0, "district": 1, "region": 2, "country": 3}.get(place.precision, 4)


def _substantive(d: _Draft) -> bool:
    """A violent event needs something concrete: who, a number, a weapon or an explicit day.

    Why: background phrases ("shelling of civilian areas that have left hundreds dead") name the
    kind of violence of a whole war, not an event a coder would record.
    """
    if d.category != "ASSAULT":
        return True
    counts = (d.killed, d.wounded, d.missing)
    if d.result_only and len(d.sents) == 1 and 0 in counts and all(x in (None, 0) for x in counts):
        return False  # "and no-one was injured" after a bomb that failed to go off: no act, only a zero
    explicit_day = d.when is not None and d.when.text is not None
    figures = d.killed is not None or d.wounded is not None or d.missing is not None
    # an act of its own kind (looting, a hostage-taking) or one placed in a town is concrete too
    own_kind = d.mode in load("modes")["separate_acts"] or d.mode in ("chemical attack", "suicide bombing")
    placed = d.place is not None and d.place.precision in ("point", "district")
    return bool(
        d.actor
        or figures
        or d.weapons
        or explicit_day
        or (d.target and d.target.civilian)
        or own_kind
        or placed
    )


def _future(d: _Draft, anchor: dt.date | None) -> bool:
    """Planned talks and announced deadlines have not happened: no event yet."""
    if anchor is None or d.when is None or d.when.date is None or d.when.text is None:
        return False
    # planned (after the dateline), or political history years back ("began with protests in March
    # 2011", "seized power in a coup in 2021"); violent background (a war's start) the coding guide keeps
    long_ago = (anchor - dt.timedelta(days=730)).isoformat()
    old = (d.when.end or d.when.date) < long_ago
    # a coup dated to its month ("seized power in a coup in February 2021") is the start of the
    # conflict the story is about, kept as background like a war's start
    war_start = d.category == "ASSAULT" or d.mode == "coup"
    return d.when.date > anchor.isoformat() or (not war_start and old)


def _says_next(first: Claim, then: Claim) -> bool:
    """Is ``then`` told right after ``first`` (the next sentence or so, by character offsets)?"""
    if first.span is None or then.span is None:
        return False
    return 0 < then.span[0] - first.span[0] <= 300


def _prune_claims(claims: list[Claim]) -> list[Claim]:
    """Drop a state-level claimant ("Azerbaijan accused") when one of its officials is named, and the
    'asserts' of a claimant who denies or disputes the same event: "Peskov denied that Russia had struck
    the building ... 'Our forces do not strike residential buildings,' he said" is one denial."""
    out = []
    for c in claims:
        # a state named by itself or by its capital ("Kyiv denied any involvement")
        state = None
        if c.by:
            state = country_code(c.by) or (country_in(c.by) if len(c.by.split()) == 1 else None)
        is_state = state is not None and state == c.country
        if is_state and any(
            k is not c and k.country == c.country and k.stance == c.stance and k.role for k in claims
        ):
            continue
        if (
            is_state
            and c.stance in ("denies", "disputes")
            and any(
                k is not c and k.country is None and k.stance == c.stance and k.role and _says_next(c, k)
                for k in claims
            )
        ):
            # "Kyiv denied any involvement. '...,' presidential adviser Mykhailo Podolyak said": the
            # official who goes on with the state's denial speaks for it (his office names no country)
            continue
        if c.stance == "asserts" and any(
            k.stance in ("denies", "disputes") and _same_claimant(c, k) for k in claims
        ):
            continue
        out.append(c)
    return out


def _arresting_body(d: _Draft, sents: list[Sent] | None = None) -> Party | None:
    """The police an agentless arrest's own sentences name ("Bassett was arrested, police said",
    "remained in police custody", "Kentucky State Police say Goble was arrested"): they made it.
    The name keeps the capitalised words before the noun ("Kentucky State Police").

    Every sentence the arrest is told in counts, its own first: a local report's lead ("A Metcalfe
    County man is arrested after a shooting") names no one, the next sentence, told of the same
    arrest, names the force ("State Police say Goble was arrested"). The sentence right after the
    arrest counts too when it tells the suspect giving himself up to a force ("was taken into
    custody." then "He turned himself in to law enforcement"): the same custody, told by its taker
    (``parties.json`` ``surrender_to_body``)."""
    if d.actor is not None or d.mode != "arrest":
        return None
    for sent in sorted(d.sents, key=lambda s: (s.start != d.sent.start, s.start)) or [d.sent]:
        body = _arresting_body_in(sent)
        if body is not None:
            return body
    last = max((s.index for s in d.sents), default=d.sent.index)
    after = next((s for s in sents or [] if s.index == last + 1), None)
    if after is not None:
        bodies = "|".join(
            re.escape(b) for b in sorted(word_set("parties", "arresting_bodies"), key=len, reverse=True)
        )
        gave_up = "|".join(re.escape(w) for w in load("parties")["surrender_to_body"])
        m = re.search(r"\b(?:" + gave_up + r")\s+(?:the\s+)?(" + bodies + r")\b", after.text, re.I)
        if m is not None:
            return Party(name=m.group(1), span=(after.start + m.start(1), after.start + m.end(1)))
    return None


def _arresting_body_in(sent: Sent) -> Party | None:
    """The arresting body one sentence names as the source or keeper of an arrest."""
    bodies = "|".join(
        re.escape(b) for b in sorted(word_set("parties", "arresting_bodies"), key=len, reverse=True)
    )
    # the police as the source ("police said", "Kentucky State Police say") or the keeper ("in police
    # custody"), not as the doer of another clause ("police used water cannon ... whose staff have
    # been arrested")
    m = re.search(
        r"((?:[A-Z][\w'-]*\s+){0,3})(?:"
        + bodies
        + r")(?=\s+(?:"
        + "|".join(sorted(word_set("parties", "arresting_body_words")))
        + r")\b)",
        sent.text,
        re.I,
    )
    if m is None:
        return None
    lead = m.group(1).split()
    if sent.doc is not None:
        # only the words the parser ties to the noun ("Kentucky State Police"), not "On Friday police"
        head = next((t for t in sent.doc if t.idx == m.start() + len(m.group(1))), None)
        kept = (
            [t for t in head.lefts if t.dep_ in ("compound", "nmod", "amod") and t.idx >= m.start()]
            if head
            else []
        )
        first = min((t.left_edge.i for t in kept), default=head.i if head else 0)
        words = [t.text for t in sent.doc[first : head.i]] if head else []
        lead = words if kept and all(w[:1].isupper() for w in words) else []
    name = " ".join(lead + [m.group(0)[len(m.group(1)) :]])
    # (body offsets, as the record's spans are)
    return Party(name=name, span=(sent.start + m.end() - len(name), sent.start + m.end()))


# Words that put an act across a whole country rather than at one place.
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nation-wide|countrywide|country-wide|across the country|throughout the country"
    r"|across the nation|all over the country)\b",
    re.I,
)


# Acts told across several first-level divisions or cities: the country is their place.
_SEVERAL_DIVISIONS = re.compile(
    r"\b(?:in|across|throughout)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple"
    r"|various|a number of)\s+(?:provinces|regions|states|governorates|cities|districts|counties)\b",
    re.I,
)


def _speakers_seat(d: _Draft, span: tuple[int, int]) -> bool:
    """'The United Nations mission in Congo condemned the attack and called on ...': a place told in
    the speaker's own phrase, after a preposition, says where the speaker sits, not where its words
    were said (an act of words is placed only where its sentence says it happened)."""
    if d.trigger.pos_ != "VERB" or not d.sent.start <= span[0] < d.sent.end:
        return False
    subj = _subject(d.trigger)
    if subj is None:
        return False
    place = _token_at(d.trigger.doc, span[0] - d.sent.start)
    path = [a for a in place.ancestors if a.i != subj.i and subj.i in {x.i for x in a.ancestors}]
    return subj.i in {a.i for a in place.ancestors} and any(a.dep_ == "prep" for a in path)


def _verbal(d: _Draft) -> bool:
    """An act of words, placed only where its own sentence says (see VERBAL, VERBAL_MODES)."""
    if d.mode in load("triggers")["local_deals"].values():
        return False  # a surrender or evacuation deal is struck at the scene of the fighting
    # a pledge or praise is words too
    return (d.category in VERBAL | {"SUPPORT"} and d.mode not in MATERIAL_THREATS) or d.mode in VERBAL_MODES


# "with Moscow and Kyiv blaming each other for the attack": the sides dispute who did it.
_MUTUAL_BLAME = re.compile(
    r"\b(?:blam\w*|accus\w*)\s+(?:each other|one another)\b|\btrad\w*\s+(?:blame|accusations)\b", re.I
)


def _finish(scene: _Scene, d: _Draft) -> Event:
    article, home = scene.article, scene.home
    if (
        d.category == "ASSAULT"
        and d.actor is not None
        and d.actor.span is not None
        and not d.sent.start <= d.actor.span[0] < d.sent.end
        and _MUTUAL_BLAME.search(d.sent.text)
    ):
        # "A prison was hit overnight, with Moscow and Kyiv blaming each other": the act's own sentence
        # tells the doer is disputed, so one side's claim elsewhere does not name it (coding guide:
        # not stated, null)
        d.actor = None
    # the body usually says where more precisely than the lead: keep the most specific place told
    place = None
    if d.war_began:
        # "The war broke out in November 2020 between the government and the TPLF, which controls
        # Tigray": a war began across its land -- a region or country its sentence names, else the
        # story's country; not the town of the attack told before it
        named = [
            q
            for (s0, e0), q in sorted(scene.resolved.items())
            if d.sent.start <= s0 and e0 <= d.sent.end and q.precision in ("region", "country")
        ]
        place = named[0] if named else scene.geocoder.country_place(home) if home else None
    for s in d.sents if not d.war_began else ():
        anchor = d.sent.start + d.trigger.idx if s.start == d.sent.start else None
        p = scene.place_of(_own_part(d, s), verbal=_verbal(d), anchor=anchor)
        # ("killed in action ... in the Middle East" after "in Syria": a region across countries is no
        # finer than the country told)
        wider = p is not None and place is not None and p.country is None and place.country is not None
        if p is not None and (place is None or _rank_of(p) < _rank_of(place)) and not wider:
            place = p
    if place is not None and place.span is not None and _verbal(d) and _speakers_seat(d, place.span):
        place = None  # "The United Nations mission in Congo ... called on": where the speaker sits
    if place is not None and not _verbal(d):
        # "an air strike on a village in the central Sagaing region" ... "The attack hit a crowd outside
        # Pazigyi village": the village the story names later
        after = place.span[1] if place.span else d.sent.end
        place = scene.places.settlement_named_later(place, after) or place
    if place is not None and not _verbal(d) and d.category == "ASSAULT" and _rank_of(place) >= 2:
        place = _town_told_later(scene, d, place) or place
    if (
        place is not None
        and d.target is not None
        and d.target.country
        and d.target.country != (d.actor.country if d.actor is not None else None)
        and d.target.name.lower() not in {(place.text or "").lower(), place.name.lower()}
    ):
        # "a grenade attack on a CRPF camp in north Shemetovo": an Indian camp, not a Russian village
        # (the target's own side: not the attacker's, nor a side guessed for a town that was hit,
        # "Russian forces shelled Mykolaiv" is in Ukraine)
        place = scene.places.in_parties_country(place, d.target.country)
    # the cue must qualify this event's own words ("a nationwide curfew"), not another act of the sentence
    at = d.trigger.idx
    near = [m for m in _NATIONWIDE.finditer(d.sent.text) if min(abs(m.start() - at), abs(m.end() - at)) <= 40]
    nationwide = near[0] if near else None
    if nationwide is None:
        # "arrested 11 people in four provinces": acts across several divisions are placed in the country
        nationwide = _SEVERAL_DIVISIONS.search(d.sent.text)
    if place is None and nationwide is not None and home is not None:
        # "imposed a nationwide curfew", "protests across the country": the whole country is the place
        place = scene.geocoder.country_place(home, text=nationwide.group(0))
    if place is None and _verbal(d):
        # "Erdogan opened the session, urging both sides to agree a ceasefire": said at the talks
        # told before, where they were held
        first = min(s.start for s in d.sents)
        held = [sp for sp in scene.talks if sp[0] < first]
        if held and any(scene.geocoder.points_to_gathering(s.text) for s in d.sents):
            place = max(held, key=lambda sp: sp[0])[1]
    if place is None and home is not None and scene.geocoder.national(d.mode):
        # "Mali's military government, which took power in a coup in August 2020": the whole country
        place = scene.geocoder.country_place(home)
    if place is None and not _verbal(d):
        # "90 civilians have been killed since the fighting began": the war's land, not the last town
        place = scene.places.war_place(d.sent.start, d.sent.end)
    if not _verbal(d) and (place is None or _rank_of(place) >= 2):
        # (a town the story moved to is finer than the state or country its own sentences name)
        # (not an arrest told apart from any scene: "Police arrested two men on Monday")
        shifted = None if _told_elsewhere(scene, d) else _shifted_scene(scene, d)
        if shifted is not None and (place is None or shifted.country == place.country):
            place = shifted
    # (a sense placed only where it is told, 'own_place': "had redeployed its troops" says not where to)
    if place is None and not _verbal(d) and not _told_elsewhere(scene, d) and not d.sense.get("own_place"):
        # words (appeals, condemnations) are placed only where their own sentence says: a
        # statement from abroad about the war did not happen at the front
        place = _place_from_context(scene, d)
    if place is not None:
        # "a second bomb exploded in the Karrada district" of a Baghdad story: the city (read here, not
        # when placing drafts, so that two acts in two quarters stay two acts)
        place = scene.places.city_of_quarter(place)
    # a place with no country (the Red Sea, international waters) says so: the story's country is no
    # fallback for it ("Houthi drones struck a tanker in the Red Sea, the U.S. military said")
    where_country = place.country if place is not None else home
    d.actor = d.actor or _arresting_body(d, scene.sents)
    if (
        d.actor is not None
        and d.actor.country is None
        and where_country
        and not _settled(d.actor)
        and not _named_force(d.actor.name)
    ):
        # "police", "the army", "protesters": state forces and crowds act for the country they are in
        # (not "the White Army", a group named like an army)
        words = _name_words(d.actor.name)
        crowd = _name_words(d.actor.name, singular=True) & word_set("parties", "protester_nouns")
        if d.category != "PROTEST" and crowd & (
            _name_words(d.actor.name) - word_set("parties", "crowd_collectives")
        ):
            # "The driver of the truck shot at both officers": one person, not a crowd of the place
            crowd = set()
        # (people leaving in an evacuation are no crowd acting for the land they leave)
        evacuees = bool(crowd) and d.category == "RETREAT"
        if not evacuees and (_is_state_forces(d.actor) or crowd or _bare_state(d.actor)):
            named = any(w[:1].isupper() for w in d.actor.name.split()[1:])
            # "President Ivan Duque" in Havana is still Colombia's president: a named office-holder
            # serves the country the story is about, not the one he is visiting
            d.actor.country = (home or where_country) if named and not crowd else where_country
    for p in (d.actor, d.target):
        if p is not None and p.country is None and not _settled(p):
            # "met Zelenskiy in Kyiv": the story calls him "President Volodymyr Zelenskiy" elsewhere
            p.country = _office_holder_country(article.body, p.name, home)
    # the event's own day, else the story's: "the day before the Taliban seized the capital" is theirs
    # as insurgents even in a story told after
    when_told = _dateline(article)
    if d.when is not None and d.when.date:
        when_told = dt.date.fromisoformat(d.when.date[:10])
    for p in (d.actor, d.target):
        if p is not None and p.country is None:
            p.country = _de_facto_country(p.name, when_told)
    if d.actor is not None and d.actor.country is None and _bare_state(d.actor):
        # "A Mali official says the government has released 30 rebels": with no country for the
        # story, the state an official speaks of is the official's own
        # ("French and German officials said": two states speaking give no one state)
        said = {c.country for c in d.claims if c.country and not (c.by and _settled(Party(name=c.by)))}
        if len(said) == 1:
            d.actor.country = said.pop()
    if d.mode == "coup" and d.target is None and d.actor is not None and d.actor.country:
        # a coup is made against the country's own government, whoever the sentence names as ousted
        d.target = Party(name="government", country=d.actor.country, civilian=False)
    if (
        d.category == "ASSAULT"
        and where_country
        and d.target is None
        and d.victims
        and d.victims != {"military"}
    ):
        d.target = Party(name="civilians", civilian=True)
    # a target named without a side (civilians, insurgents, a checkpoint) is of the place it was hit in
    if (
        d.target is not None
        and d.target.country is None
        and where_country
        and d.category not in VERBAL
        and not _non_state(d.target)
        and not _settled(d.target)
        and not _unnamed_detainees(d)
        and not _object_target(d.target)
    ):
        d.target.country = where_country
    elif (
        d.target is not None
        and d.target.country is None
        and not where_country
        and d.target.civilian
        and d.category in ("ASSAULT", "COERCE")
        and d.actor is not None
        and d.actor.country
        and _is_state_forces(d.actor)
        and not _settled(d.target)
    ):
        # "sexual violence against Rohingya women by Myanmar's military", with no place and a story
        # naming two countries: a state's forces acting on civilians, where nothing says they crossed
        # a border, act in their own country (an attack abroad is told with its place)
        d.target.country = d.actor.country
    elif (
        d.target is not None
        and d.target.country is None
        and home
        and d.category in VERBAL
        and not _settled(d.target)
    ):
        # "urged residents to stay calm", "urged the federal government": words addressed to the
        # story's own people and state; a named outsider keeps no guessed country
        # both forms: "authorities" is listed whole, "residents" by its singular
        words = _name_words(d.target.name, singular=True) | _name_words(d.target.name)
        public = word_set("parties", "public_nouns")
        # ... and civilians threatened ("threatened to stab them", the women who told police)
        if d.target.civilian or words & (
            word_set("modes", "state_actor_words") | word_set("parties", "protester_nouns") | public
        ):
            d.target.country = home
    # The CASE/ACLED type from the trained-on-odd-ids classifier; a weapon the text names wins for
    # ASSAULT, because the engine sees it across every sentence of the event, the classifier only one.
    # (of a sentence that tells an act and the act it answered, each act's own words)
    own = _own_part(d, d.sent)
    words = None
    if d.sent.doc is not None:
        words = d.sent.doc.char_span(
            own.start - d.sent.start, own.end - d.sent.start, alignment_mode="expand"
        )
    decision = classify.classify(own.text, words, assume_event=True)
    # Territory taken stays a transfer of territory: "the operation in the enclave was nearly complete"
    # is no disrupted weapons use, whatever the classifier makes of 'operation' alone.
    territory = d.mode == "seize" and d.acled is not None and "territory" in d.acled[1]
    if (
        decision.plover == d.category
        and decision.acled_sub_event_type
        and not (d.category == "ASSAULT" and d.weapons and _specific(d.mode))
        and not (territory and "territory" not in decision.acled_sub_event_type)
    ):
        d.acled = (decision.acled_event_type, decision.acled_sub_event_type)
    if _ends_siege(d):
        # "raided the hotel and freed dozens of hostages": the hostages' words are the siege's; the raid
        # is security forces fighting the hostage-takers
        d.acled = tuple(load("modes")["siege_end"]["acled"])
    victims = None
    if d.victims:
        victims = "mixed" if len(d.victims) > 1 else next(iter(d.victims))
    ev = Event(
        id=stable_id(article.id, str(d.sent.start), d.category, length=12),
        category=d.category,
        mode=d.mode,
        acled_event_type=d.acled[0] if d.acled else None,
        acled_sub_event_type=d.acled[1] if d.acled else None,
        actor=d.actor,
        target=d.target,
        when=d.when,
        where=place,
        killed=d.killed,
        wounded=d.wounded,
        missing=d.missing,
        casualty_text=d.casualty_text,
        victims=victims,
        weapons=d.weapons,
        status=d.status,
        claims=[] if d.war_start else _prune_claims(d.claims),
        evidence=[],
        case_label=decision.label if decision.label != classify.NONE_LABEL else None,
    )
    seen: set[int] = set()
    for s in sorted(d.sents, key=lambda s: s.start):
        if s.start not in seen:
            seen.add(s.start)
            ev.evidence.append(Evidence(span=(s.start, s.end), text=s.text))
    return ev


def _de_facto_country(name: str, told: dt.date | None) -> str | None:
    """The country of a movement that rules it de facto on the day of the story ("Taliban fighters"
    in 2022 -> AFG); None before that day, with no day, or for another group of a like name."""
    if told is None:
        return None
    low = name.lower()
    for entry in load("parties")["de_facto_since"]:
        if not re.search(r"\b" + re.escape(entry["name"]) + r"\b", low):
            continue
        if any(re.search(r"\b" + re.escape(n) + r"\b", low) for n in entry["not"]):
            continue
        if told.isoformat() >= entry["since"]:
            return entry["country"]
    return None


def _office_holder_country(body: str, name: str, home: str | None) -> str | None:
    """The state of a person named by surname ("Zelenskiy", "Pashinyan") whom the story elsewhere
    gives a state office: "Armenian Prime Minister Nikol Pashinyan" -> ARM, and an office with no
    country word ("President Volodymyr Zelenskiy") is the story's own country, as a coder reads it.
    An office of an international body ("U.N. envoy") or two different states named: no guess."""
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return None
    offices = word_set("parties", "state_offices")
    found: set[str | None] = set()
    # "(?!\w)", not "\b": a name may end in a full stop ("Ferdinand Marcos Jr.")
    for m in re.finditer(r"((?:\S+\s+){1,6})" + re.escape(words[-1]) + r"(?!\w)", body):
        before = m.group(1).split()
        # only the surname's own sentence: a word ending a sentence ("Kyiv.") cuts what came before,
        # an initialism ("U.S.") does not
        ends = [i for i, w in enumerate(before) if w[-1:] in ".!?" and not re.fullmatch(r"(?:[A-Z]\.)+", w)]
        before = before[ends[-1] + 1 :] if ends else before
        k = max((i for i, w in enumerate(before) if w.lower().strip(",.") in offices), default=None)
        if k is None or not all(w[:1].isupper() for w in before[k + 1 :]):
            continue
        lead = " ".join(before[max(0, k - 3) : k + 1])
        known, code = lexicon_side(lead)
        if known:
            found.add(code)
            continue
        found.add(country_in(" ".join(before[max(0, k - 2) : k])) or home)
    return found.pop() if len(found) == 1 else None
