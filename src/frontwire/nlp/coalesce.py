"""Coalescing: merging drafts told across sentences into one event.

A wire story tells its main attack several times: the lead, the body with its figures, a witness's
account, a claim of responsibility. This stage decides when two drafts are one event (``_compatible``,
``_elaborated``, ``_may_elaborate``: same kind of act, no other day, town, side or figure) and merges
them (``_merge``), and holds the tests of words that point back to an act told before ("the attack",
"Monday's strike").

Why it is separate: whether two drafts tell one event is asked at two moments -- while a sentence is read
(does it retell the act told just before? ``engine._Reader._read_sentence``, ``_host``) and once every
sentence is read (``engine._Reader.coalesce``) -- with the same rules both times (dates that clash or
refine, places nearby, one claimant named twice, words that point back). The rules depend on the drafts
and their words only, not on the reader's state, so they are kept together here rather than in the reader.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Token

from frontwire.geo.resolve import haversine_km
from frontwire.model import Claim, Party, Place, When
from frontwire.nlp.drafts import (
    VERBAL,
    _child,
    _Draft,
    _is_weapon,
    _triggers,
)
from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.parties import (
    _names_side,
)


def _compatible_anaphor(prev: _Draft, d: _Draft, figures: bool = True) -> bool:
    """A definite 'the attack' refers back unless it states another day, other figures or another side.

    Only nouns for one act point back: "the current fighting" or "the war" name the whole conflict.
    ``figures=False``: a source's own count for the act pointed back to does not clash (sources differ).
    """
    if d.trigger.lemma_.lower() not in _ANAPHOR_NOUNS and not _definite_doer(d):
        return False
    if d.when is not None and d.when.text and "same" in d.when.text.lower():
        return True  # "The attack came on the same day that ...": the day of the attack told
    if (
        not d.update  # "the toll from the attack rose to 19 on Monday": Monday dates the count
        and d.when is not None
        and prev.when is not None
        and d.when.text
        and d.when.precision == "day"
        and prev.when.precision == "day"
        and d.when.date != prev.when.date
    ):
        return False
    for x, y in ((prev.killed, d.killed), (prev.wounded, d.wounded)):
        if figures and x is not None and y is not None and x != y and not d.update:
            return False
    return not (
        prev.actor
        and d.actor
        and prev.actor.country
        and d.actor.country
        and prev.actor.country != d.actor.country
    )


def _told_doer(tok: Token) -> bool:
    """'the attackers', 'the gunmen', 'those bombers': a doer named as already known."""
    return tok.lemma_.lower() in word_set("parties", "anaphoric_doers") and any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children
    )


def _names_told_doers(doc: Doc) -> bool:
    """A sentence about the doers of an attack already told ('the attackers had tried to escape')."""
    return any(_told_doer(t) for t in doc)


def _definite_doer(d: _Draft) -> bool:
    """ "The attackers struck late on Friday": a doer named as already known ("the attackers", "the
    gunmen"), with no act of its own kind and no figures, tells more of the
    attack just reported, as "the attack" does. A specific act ("the militants torched a cathedral")
    is an event of its own."""
    trigger = d.trigger
    subj = _child(trigger, "nsubj") if trigger.pos_ == "VERB" else None
    return (
        subj is not None
        and not _specific(d.mode)
        and d.killed is None
        and d.wounded is None
        and _told_doer(subj)
    )


# a suburb and its city (the scorer's own radius for one place)
NEARBY_KM = 50.0

_ANAPHOR_NOUNS = frozenset(
    {
        "attack",
        "strike",
        "airstrike",
        "bombing",
        "shelling",
        "blast",
        "explosion",
        "raid",
        "assault",
        "shooting",
        "stabbing",
        "massacre",
        "ambush",
        "bombardment",
        "killing",
        "incident",
    }
)


def _label_of(tok: Token) -> Token | None:
    """The thing a speaker's label names: 'what he called a vile attack' -> 'what', 'a move one analyst
    called "carpet bombing the market"' -> 'move', 'called the strike a massacre' -> 'strike'. None when
    ``tok`` is no label (the complement of a labelling verb: ``attribution.json`` labelling_verbs); the
    verb itself when the parse gives the labelled thing no place."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "as":
        verb = verb.head  # "what it described as a deliberate attack"
    elif tok.dep_ not in ("oprd", "attr", "xcomp"):
        return None
    if verb.lemma_.lower() not in word_set("attribution", "labelling_verbs") or verb.pos_ != "VERB":
        return None
    named = _child(verb, "dobj")
    if named is not None and named.i != tok.i:
        return named
    # "a move critics called 'an assault on the poor'" parsed with no object: the thing labelled lies
    # outside the clause, and the verb stands for it
    return verb.head if verb.dep_ in ("acl", "relcl") else verb


def _points_back(tok: Token) -> bool:
    """'the attack', or an act told as done in one: 'said it had killed 17 soldiers in the raid' (the
    raid told before, the killing its part in the source's account)."""
    return _anaphor_noun(tok) or any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and any(_anaphor_noun(g) for g in c.children)
        for c in tok.children
    )


def _act_followed(subj: Token, trig: list[tuple[Token, dict]]) -> tuple[Token, dict] | None:
    """The act a told act comes after ("The shooting comes after the police killing of ..."), with its
    sense: a trigger of the sentence, or an act noun no trigger reads alone ('the killing of a man',
    read as a killing: the noun is too common elsewhere to start an event by itself)."""
    found = next(((o, ot) for o, ot in trig if ot["category"] == "ASSAULT" and _follows_other(subj, o)), None)
    if found is not None:
        # "The bombing came a day after a magnitude 7.6 earthquake struck": nature's act is no attack
        subj_of = _child(found[0], "nsubj", "nsubjpass")
        nature = subj_of is not None and subj_of.lemma_.lower() in word_set("negatives", "weather_cues")
        return None if nature else found
    kill = next((x for x in _triggers()[0].get("kill", []) if x["category"] == "ASSAULT"), None)
    noun = next((o for o in subj.doc if o.lemma_.lower() in _ANAPHOR_NOUNS and _follows_other(subj, o)), None)
    return (noun, kill) if noun is not None and kill is not None else None


def _onset_of(prev: _Draft, d: _Draft) -> bool:
    """Is ``d`` the start of the fight told as ``prev``: 'the fighting' (pointing back) 'erupted' / 'broke
    out' (triggers.json war_start verbs) a few days before the day ``prev`` is told at, with no figures
    of its own?"""
    trig = d.trigger
    return bool(
        trig.dep_ == "nsubj"
        and _anaphoric(trig)
        and trig.head.lemma_.lower() in load("triggers")["war_start"]["verbs"]
        and prev.mode == d.mode
        and d.killed is None
        and d.wounded is None
        and d.when is not None
        and prev.when is not None
        and d.when.precision == prev.when.precision == "day"
        and d.when.date
        and prev.when.date
        and 0 < _days_between(d.when.date, prev.when.date) <= 7
    )


def _follows_other(subj: Token, tok: Token) -> bool:
    """Is ``subj`` a told act ('the shooting') that the sentence sets after the act ``tok`` ("comes
    after the police killing of ...", "followed the killing of two soldiers", "came two weeks after
    gunmen shot dead three policemen")? Verbs and markers: modes.json ``sequel_verbs``, ``sequel_markers``."""
    verb = subj.head
    modes = load("modes")
    if subj.dep_ != "nsubj" or not _anaphor_noun(subj) or verb.lemma_.lower() not in modes["sequel_verbs"]:
        return False
    if tok.dep_ == "dobj" and tok.head.i == verb.i:
        return verb.lemma_.lower() == "follow"
    chain = [tok, *tok.ancestors]
    link = next((x for x in chain if x.head.i == verb.i and x.i != verb.i), None)
    if link is None or subj.i in {t.i for t in link.subtree}:
        return False
    markers = set(modes["sequel_markers"])
    return link.lower_ in markers or any(
        c.dep_ in ("mark", "prep") and c.lower_ in markers for c in link.children
    )


def _anaphor_noun(tok: Token) -> bool:
    """'the attack', 'the strike' (an act noun pointing back), not 'took the imam hostage'."""
    return _anaphoric(tok) and tok.lemma_.lower() in _ANAPHOR_NOUNS


def _anaphoric(tok: Token) -> bool:
    """'the strike', 'this attack', 'its bombing', 'Sunday's attack': a noun that points back to a told
    event (a weekday's possessive names an act the story has dated: "bringing the death toll from
    Sunday's attack to 14")."""
    if tok.pos_ != "NOUN":
        return False
    named = _label_of(tok)
    if named is not None and named.lower_ == "what":
        return True  # "53 people were wounded in what he called a vile attack": the speaker's name for it
    return any(
        (c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their"))
        or (c.dep_ == "poss" and c.lower_ in _WEEKDAYS)
        for c in tok.children
    )


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _specific(mode: str | None) -> bool:
    return mode not in (None, "attack", "strike", "shooting", "clash")


def _same_claimant(a: Claim, b: Claim) -> bool:
    if not a.by or not b.by:
        return False
    x, y = a.by.lower(), b.by.lower()
    if x == y:
        return True
    if a.country and b.country and a.country != b.country:
        return False  # "Armenia's defence ministry" is not "Azerbaijan's defence ministry"
    if _acronym_of(a.by, b.by) or _acronym_of(b.by, a.by):
        return True
    last_a, last_b = a.by.split()[-1], b.by.split()[-1]
    if last_a.lower() != last_b.lower():
        return False
    # a shared surname ("Hajiyev" ~ "Hikmet Hajiyev") is one person; a shared head noun ("ministry")
    # is one body only when one name holds the other ("the defence ministry" ~ "Russia's defence ministry")
    return last_a[:1].isupper() or x in y or y in x


def _acronym_of(short: str, long: str) -> bool:
    """'ICRC' is the 'International Committee of the Red Cross' told again."""
    if not short.isupper() or " " in short or len(short) < 2:
        return False
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", long) if w[0].isupper())
    return short.replace(".", "") == initials


def _same_party(a: Party, b: Party) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if a.country and a.country == b.country:
        return True
    x, y = a.name.lower().split(), b.name.lower().split()
    return bool(x and y and (x[-1] == y[-1] or set(x) & set(y) - {"the", "of", "forces"}))


def _one_person_named(a: Party | None, b: Party | None) -> bool:
    """'a Springfield man' and 'John Hale': one unnamed person and one named person (either order).

    Why: crime copy leads with the person unnamed ("A Springfield man is arrested after a shooting")
    and names him in the next sentence ("Police say John Hale, 26, was arrested Thursday"); nothing
    in either says a second person was held.
    """
    if a is None or b is None or not a.name or not b.name:
        return False
    people = word_set("casualties", "person_nouns")

    def unnamed(p: Party) -> bool:
        words = p.name.split()
        return words[-1].lower() in people and words[0].lower() not in ("another", "second", "two", "both")

    def named(p: Party) -> bool:
        words = p.name.split()
        return len(words) >= 2 and all(w[:1].isupper() for w in words) and words[-1].lower() not in people

    return (unnamed(a) and named(b)) or (named(a) and unnamed(b))


def _compatible(a: _Draft, b: _Draft) -> bool:
    if a.category == b.category == "COERCE" and a.mode == b.mode == "arrest":
        # the lead's "a local man is arrested" and the body's "John Hale was arrested": one arrest
        return _one_person_named(a.target, b.target) and not _dates_clash(a.when, b.when)
    if a.category == b.category == "COERCE" and a.mode == b.mode and a.mode in load("modes")["dud_modes"]:
        # "explosives which failed to detonate in November" and, below, "the device did not go off": one
        # dud, unless told at another day or town
        apart = (
            a.place is not None
            and b.place is not None
            and a.place.precision in ("point", "district")
            and b.place.precision in ("point", "district")
            and a.place.name != b.place.name
        )
        return not apart and not _dates_clash(a.when, b.when)
    if a.category != b.category or a.category != "ASSAULT":
        # "agreed to a ceasefire late on Saturday" and "a first truce ... on Oct. 10": two truces
        # (a statement's day is its own even when it sits on the verb of saying)
        own_days = all(x.when is not None and x.when.text for x in (a, b))
        if own_days and (a.in_force or b.in_force) and a.when is not None and b.when is not None:
            # "took hold on Friday" and "voted on Thursday night to accept it": one truce, agreed the
            # day before (or the day) it took effect
            force, agreed = (a.when, b.when) if a.in_force else (b.when, a.when)
            own_days = not (agreed.date and force.date and 0 <= _days_between(agreed.date, force.date) <= 2)
        return (
            a.category == b.category
            and a.category in VERBAL | {"MOBILIZE"}
            and (a.mode == b.mode or a.category == "THREATEN")
            and (a.actor is None or b.actor is None or _same_party(a.actor, b.actor))
            and not (own_days and _dates_clash(a.when, b.when))
        )
    for x, y in ((a.killed, b.killed), (a.wounded, b.wounded)):
        if x is not None and y is not None and x != y:
            return False
    if a.actor and b.actor and a.actor.country and b.actor.country and a.actor.country != b.actor.country:
        return False
    if _dates_clash(a.when, b.when):
        return False
    if (
        a.place is not None
        and b.place is not None
        and a.place.precision in ("point", "district")
        and a.place.precision == b.place.precision
        and a.place.name == b.place.name
        and not _day_in_span(a.when, b.when)
    ):
        # the same village or town, the same day (or one undated), no clashing figures or sides:
        # "an air strike on a market in Togoga" and "a plane dropped a bomb on the market in Togoga"
        return True
    if _specific(a.mode) and _specific(b.mode) and a.mode != b.mode and not (set(a.weapons) & set(b.weapons)):
        return False
    same_figure = (a.killed is not None and a.killed == b.killed) or (
        a.wounded is not None and a.wounded == b.wounded
    )
    shared_weapon = bool(set(a.weapons) & set(b.weapons))
    return same_figure or (
        shared_weapon and (a.actor is None or b.actor is None or a.actor.country == b.actor.country)
    )


def _elaborated(out: list[_Draft], d: _Draft) -> _Draft | None:
    """The event an ASSAULT draft only tells more about, if it brings nothing that makes it another.

    A wire story tells its main attack over several sentences: "Eighteen U.S. service members were
    wounded, the Pentagon said" (casualties alone: the attack told just before), "Witnesses said a
    plane dropped a bomb on the market" (no day, no figure: the lead's strike). A draft with its own
    day, its own figures, another side or another town is kept apart.
    """
    told = [
        o for o in out if o.category == "ASSAULT" and (_same_family(o.mode, d.mode) or _campaign_part(o, d))
    ]
    if not told:
        return None
    if d.result_only:
        # casualties alone belong to the attack told last (by its latest sentence), unless they name
        # the attack they belong to: "also wounded in the strike on the pitch" is the pitch's strike
        o = _pointed_attack(told, d.sent.doc) or _last_told(told)
        # "No one else was injured in the incident": a zero count after the told attack is its own
        # (nothing clashes with a figure of none)
        zero = all(x in (None, 0) for x in (d.killed, d.wounded, d.missing))
        return o if _may_elaborate(o, d, figures=not zero) else None
    if d.killed is not None or d.wounded is not None or d.missing is not None:
        # "The death toll from a suicide bombing rose to 100 on Tuesday" then "The bomber blew himself
        # up on Monday ... More than 220 people were wounded": a lead that only updated the count
        # leaves the act to be told after it, with the figures the count did not give
        # "last week's car bombing ... killed 20" then "A vehicle ... blew up on Thursday morning ... 68
        # people were wounded": a day inside the told week, figures that do not clash, the same act
        updated = next(
            (o for o in told if (o.update or _refines(o.when, d.when)) and _may_elaborate(o, d)), None
        )
        if updated is not None:
            return updated
        if _points_back(d.trigger) and d.claims and (d.when is None or not d.when.text or d.report_dated):
            # "A community leader said on Wednesday that at least 60 villagers had been killed in the
            # attack": another source's figure for the attack pointed back to, not a second attack; the
            # first figure stands (the most conservative is coded) and the source keeps its claim
            o = _last_told(told)
            if _may_elaborate(o, d, figures=False):
                return o
        # "eight people were killed in the fighting": figures for the fighting told, if it had none of
        # that kind. "The missile struck the building on Saturday ... Seventy-five were wounded" after a
        # lead that gave the dead: a definite doer or weapon, or the detail sentence right after a lead
        # dated only by its report, tells the lead's attack with the figures the lead left out.
        lead = _lead_of(told, d) or _target_named_before(told, d)
        # the same sizeable count (not "one killed", which many acts share): the same act told again
        shared = next(
            (
                o
                for o in told
                if _agreeing(o, d)
                and (o.killed or 0) >= load("casualties")["shared_count_min"]
                and _may_elaborate(o, d)
            ),
            None,
        )
        if shared is not None:
            return shared
        parts = (o for o in reversed(told) if _part_of(o, d) and _may_elaborate(o, d, figures=False))
        part = next(parts, None)
        if part is not None:
            return part
        if not (_anaphoric(d.trigger) or _definite_subject(d.trigger)) and lead is None:
            return None
        told = [o for o in ([lead] if lead is not None else told) if _complementary(o, d)]
    return next((o for o in told if _may_elaborate(o, d)), None)


def _goes_on_about(o: _Draft, d: _Draft) -> bool:
    """'The shooting comes after the police killing of a man in Sacramento. Stephon Clark, 22, was shot by
    officers ...': the attack told in the sentence right after an act told as background goes on about
    that act (not the story's own attack, which it may share a weapon and a side with)."""
    return (
        o.followed
        and d.category == "ASSAULT"
        and _same_family(o.mode, d.mode)
        and d.sent.index - max(s.index for s in o.sents) == 1
        and _may_elaborate(o, d)
    )


def _agreeing(o: _Draft, d: _Draft) -> bool:
    """The same dead told twice ("an attack that killed 71 soldiers", then the ministry's "71 dead and 12
    wounded" for the storming told on Tuesday): no figure clashes, one at least is shared."""
    pairs = [(o.killed, d.killed), (o.wounded, d.wounded)]
    return all(x is None or y is None or x == y for x, y in pairs) and any(
        x is not None and x == y for x, y in pairs
    )


def _campaign_part(o: _Draft, d: _Draft) -> bool:
    """'Azerbaijan's lightning offensive' then 'Azerbaijan launched ... on Tuesday, pounding Armenian
    positions with artillery and drones': the same side's strikes, with no figures of their own, are
    how its offensive was waged, not another act."""
    modes = load("modes")
    return (
        o.mode in modes["campaign_modes"]
        and d.mode in modes["campaign_weapon_modes"]
        and d.killed is None
        and d.wounded is None
        and o.actor is not None
        and d.actor is not None
        and bool(o.actor.country)
        and o.actor.country == d.actor.country
    )


def _part_of(o: _Draft, d: _Draft) -> bool:
    """'the attacker shot dead a guard at the entrance before detonating his explosives': the told doer
    ('the attacker') doing part of the told attack, with figures within its own (a part, not a count)."""
    doc = d.sent.doc if d.sent is not None else None
    if doc is None or not _names_told_doers(doc):
        return False
    pairs = [(d.killed, o.killed), (d.wounded, o.wounded)]
    within = all(x is None or (y is not None and x < y) for x, y in pairs)
    return within and any(x is not None for x, _ in pairs)


def _named_scene(doc: Doc | None) -> set[str]:
    """The nouns an act noun of the sentence is tied to: 'in the strike on the pitch' -> {'pitch'}."""
    if doc is None:
        return set()
    out: set[str] = set()
    for t in doc:
        if _anaphor_noun(t):
            for p in t.children:
                if p.dep_ == "prep" and p.lower_ in ("on", "at", "in", "near"):
                    out |= {g.lemma_.lower() for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"}
    return out


def _pointed_attack(told: list[_Draft], doc: Doc | None) -> _Draft | None:
    """The told attack a sentence names by its scene ('the strike on the pitch'), latest first."""
    named = _named_scene(doc)
    pointed = [o for o in told if named and any(named & _content_words(s.text) for s in o.sents)]
    return _last_told(pointed) if pointed else None


def _content_words(text: str) -> set[str]:
    """Lower-cased words of a sentence, crudely singular, to find a named scene in it."""
    return {w.removesuffix("es").removesuffix("s") for w in re.findall(r"[a-z]+", text.lower())} | set(
        re.findall(r"[a-z]+", text.lower())
    )


def _target_named_before(told: list[_Draft], d: _Draft) -> _Draft | None:
    """The told attack whose target a detail points back to: "a prison in Olenivka was hit overnight"
    then "the ministry said Ukrainian forces had struck the prison with HIMARS rockets, killing 40" (the
    prison, the lead's). Latest such attack; the caller still checks that day, figures and sides fit."""
    trig = d.trigger
    obj = _child(trig, "dobj", "nsubjpass") if trig.pos_ in ("VERB", "AUX") else None
    if obj is None or not _anaphoric(obj) or _is_weapon(obj) or _names_side(obj):
        return None  # "fighting the insurgents" names a side, which many acts share; "the prison" a scene
    word = obj.lemma_.lower()
    named = [o for o in told if o.sent.index < d.sent.index and word in _content_words(o.sent.text)]
    return max(named, key=lambda o: o.sent.index) if named else None


def _complementary(o: _Draft, d: _Draft) -> bool:
    """No figure of one kind on both: the detail adds the wounded to a lead that gave the dead."""
    return (o.killed is None or d.killed is None) and (o.wounded is None or d.wounded is None)


def _definite_subject(trigger: Token) -> bool:
    """'The missile struck', 'The bomber blew himself up': a doer or weapon told as already known."""
    subj = _child(trigger, "nsubj") if trigger.pos_ in ("VERB", "AUX") else None
    return (
        subj is not None
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in subj.children)
        and (
            subj.lemma_.lower() in word_set("parties", "anaphoric_doers")
            or _is_weapon(subj)
            # "The explosives-packed truck blew up at the base": the vehicle of a told bombing
            or (
                subj.lemma_.lower() in word_set("negatives", "vehicle_nouns")
                and trigger.lemma_.lower() in ("explode", "blow", "detonate")
            )
        )
    )


def _own_day(d: _Draft) -> bool:
    """Does the draft state a day of its own (not none, not only the day it was reported)?"""
    return d.when is not None and bool(d.when.text) and not d.report_dated


def _last_told(told: list[_Draft]) -> _Draft:
    """The event told last, by its latest sentence."""
    return max(told, key=lambda o: max(s.start for s in o.sents))


def _lead_of(told: list[_Draft], d: _Draft) -> _Draft | None:
    """The story's lead attack when ``d`` is its detail: a wire lead gives the toll and the source's day
    ("killed at least 133 people, investigators said on Saturday"), the next sentence or two the act
    itself ("Attackers opened fire on concertgoers ... on Friday evening"). Only the first attack told,
    only when its own day is none or the report's, and only in the sentences right after it."""
    first = min(told, key=lambda o: o.sent.start, default=None)
    if first is None or _own_day(first):
        return None
    return first if 0 < d.sent.index - first.sent.index <= 2 else None


def _other_side(a: Party, b: Party) -> bool:
    """Two parties that cannot be one: different countries, or different proper names ("Hamas" vs
    "Israeli"); a common noun ("the army", "soldiers") may be either side of a told fight."""
    if a.country and b.country:
        return a.country != b.country
    # a capital that only starts the sentence ("Attackers on motorbikes", "Gunmen") names no one
    generic = word_set("modes", "state_actor_words") | word_set("parties", "anaphoric_doers")
    caps = [
        {
            w
            for w in (
                x.strip(".,").removesuffix("'s").removesuffix("’s").lower()
                for x in p.name.split()
                if x[:1].isupper()
            )
            if w not in generic and w.removesuffix("s") not in generic
        }
        for p in (a, b)
    ]
    return bool(caps[0] and caps[1] and not caps[0] & caps[1])


def _same_family(a: str | None, b: str | None) -> bool:
    """Can two modes be one act? "fighting" is not the missile strike told before it, a hostage-taking
    not the arson beside it; a bare "attack" or "strike" may be any (modes.json ``families``)."""
    fam = load("modes")["families"]
    generic = set(fam["generic"])
    if a in generic or b in generic or a is None or b is None or a == b:
        return True
    groups = [set(g) for k, g in fam.items() if k != "generic"]
    return any(a in g and b in g for g in groups)


def _may_elaborate(o: _Draft, d: _Draft, figures: bool = True) -> bool:
    own_day = _own_day(d)
    if own_day and o.update and o.when is not None and d.when.date <= (o.when.date or ""):
        own_day = False  # the told event's day was the day its toll rose, not the day it happened
    # "launched a coordinated attack" then "began on Wednesday"; a lead's day that is only its report's
    # ("said on Saturday") does not date the attack either
    undated = o.when is None or not o.when.text or o.report_dated
    if (
        own_day
        # an undated told act takes the day of a draft that brings no figures, or only the kind it lacks
        and not (
            undated and (d.killed is None and d.wounded is None or _complementary(o, d) or _agreeing(o, d))
        )
        and (undated or o.when.date != d.when.date)
        and not _refines(o.when, d.when)
    ):
        return False  # its own day, not the told event's
    if own_day and not o.report_dated and _dates_clash(o.when, d.when):
        return False  # (a report's day is no day of the act to clash with)
    if (
        d.report_dated
        and o.report_dated
        and o.when is not None
        and d.when is not None
        and o.when.date != d.when.date
    ):
        return False  # reported on different days: "A day earlier, Azerbaijan said ..." is another act
    for x, y in ((o.killed, d.killed), (o.wounded, d.wounded)):
        if figures and x is not None and y is not None and x != y:
            return False
    if o.actor and d.actor and _other_side(o.actor, d.actor):
        return False  # "Hamas fired rockets" after an Israeli strike: another side, another act
    if o.place is not None and d.place is not None:
        if o.place.country and d.place.country and o.place.country != d.place.country:
            return False
        if (
            o.place.precision in ("point", "district")
            and d.place.precision in ("point", "district")
            and o.place.name != d.place.name
            and not _nearby(o.place, d.place)
        ):
            return False
    return True


def _nearby(a: Place, b: Place) -> bool:
    """'a concert hall outside Moscow' and 'in Krasnogorsk': a suburb and its city are one scene."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= NEARBY_KM


def _refines(coarse: When | None, fine: When | None) -> bool:
    """'last week's car bombing' then 'blew up ... on Thursday morning': a day inside a told week."""
    if coarse is None or fine is None or coarse.precision not in ("week", "month") or fine.precision != "day":
        return False
    a, b = _span_of(coarse), _span_of(fine)
    return a is not None and b is not None and a[0] <= b[0] <= a[1]


def _span_of(w: When) -> tuple[dt.date, dt.date] | None:
    """The days an explicitly stated date covers, by its precision ("last year" is the whole year)."""
    if w.date is None or w.text is None:
        return None
    try:
        start = dt.date.fromisoformat(w.date)
        if w.end:
            return start, dt.date.fromisoformat(w.end)
    except ValueError:
        return None
    if w.precision == "week":
        return start, start + dt.timedelta(days=6)
    if w.precision == "month":
        nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return start, nxt - dt.timedelta(days=1)
    if w.precision == "year":
        return start, start.replace(month=12, day=31)
    return start, start


def _day_in_span(a: When | None, b: When | None) -> bool:
    """One act told on its own day, the other over a stated span: "a chemical attack on Douma on
    Saturday night" and "air strikes had pounded Douma since Friday" are an incident and a campaign,
    not one event told twice, though the town and the days agree."""
    if a is None or b is None or not (a.text and b.text):
        return False
    return bool(a.end) != bool(b.end)


def _days_between(a: str, b: str) -> int:
    """Days from ISO date ``a`` to ISO date ``b``."""
    return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days


def _dates_clash(a: When | None, b: When | None) -> bool:
    """Two stated dates that cannot be the same day: a strike 'last year' is not Saturday's."""
    if a is None or b is None:
        return False
    x, y = _span_of(a), _span_of(b)
    return x is not None and y is not None and (x[1] < y[0] or y[1] < x[0])


def _merge(into: _Draft, other: _Draft) -> None:
    """Keep the more informative value of each field; the body usually says more than the lead."""
    if other.actor and (into.actor is None or (not into.actor.country and other.actor.country)):
        into.actor = other.actor
    if other.target and (
        into.target is None or len(other.target.name) > len(into.target.name) and into.target.civilian is None
    ):
        into.target = other.target
    own_day = _own_day(other)
    # the day a lead was reported ("police said on Sunday") or its toll rose ("rose to 21 on Wednesday")
    # gives way to the act's own day ("on Saturday evening"), never to a day after it
    count_day = into.update or into.report_dated
    if (
        into.when is None
        or (other.when and into.when.precision != "day" and other.when.precision == "day")
        # (a year or a month, "since 2013", is no day a reported lead gives way to)
        or (
            count_day
            and own_day
            and other.when.precision in ("day", "week")
            and other.when.date <= (into.when.date or "")
        )
    ):
        into.when, into.report_dated = other.when, other.report_dated
    elif into.in_force and other.when is not None and other.when.text and not other.in_force:
        into.when, into.in_force = other.when, False  # the day agreed, not the day it took effect
    # "... were also killed in the ambush": dead on top of the count told ('also' says they are not
    # among it), as ACLED's fatalities count everyone killed in the event
    if "killed" in other.added and not other.update and other.killed and into.killed:
        into.killed += other.killed
    # "the toll rose to 23" replaces the first count; otherwise the first stated figure stands
    into.killed = (
        other.killed
        if other.update and other.killed is not None
        else (into.killed if into.killed is not None else other.killed)
    )
    if "wounded" in other.added and other.wounded and into.wounded:
        into.wounded += other.wounded
    into.wounded = into.wounded if into.wounded is not None else other.wounded
    into.missing = into.missing if into.missing is not None else other.missing
    into.casualty_text = into.casualty_text or other.casualty_text
    into.credited = into.credited or other.credited
    into.blamed = into.blamed or other.blamed
    into.victims |= other.victims
    for w in other.weapons:
        if w not in into.weapons:
            into.weapons.append(w)
    if _specific(other.mode) and not _specific(into.mode):
        into.mode, into.acled = other.mode, other.acled
    for c in other.claims:
        if not any(_same_claimant(c, k) and c.stance == k.stance for k in into.claims):
            into.claims.append(c)
    into.sents.extend(other.sents)
