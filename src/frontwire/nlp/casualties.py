"""Casualty figures from a parsed sentence: who was killed, wounded or went missing, and how many.

The reading follows the dependency tree from a casualty word ("killing", "wounded", "dead",
"deaths", "death toll") to the noun phrase of its victims and counts the numerals there:
"killing four civilians, including a two-year-old girl, and wounding 13 others" gives killed 4
(the "including" phrase is a subset, not an addition), wounded 13; "six police officers and a
civilian" gives 7 (conjoined victims add up). Vague amounts ("dozens") are kept as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.numbers import parse_number

_KINDS = ("killed", "wounded", "missing")


@dataclass(slots=True)
class Figure:
    kind: str  # killed | wounded | missing
    count: int | None
    qualifier: str | None
    victims: set[str] = field(default_factory=set)  # civilians / military / unknown
    vague: str | None = None
    trigger: Token | None = None
    noun: Token | None = None


def _kind_of(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    text = tok.lower_
    for kind in _KINDS:
        words = word_set("casualties", kind)
        if lemma in words or text in words:
            return kind
    return None


def _victim_class(noun: Token) -> str:
    lemma = noun.lemma_.lower()
    text = noun.lower_
    civ = word_set("casualties", "civilian_nouns")
    mil = word_set("casualties", "military_nouns")
    words = {lemma, text} | {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if words & civ or "civilian" in words:
        return "civilians"
    if words & mil:
        return "military"
    return "unknown"


def _qualifier(num: Token) -> str | None:
    """'at least 25', 'more than 1,000', 'close to 5,000' — read the words just before the number."""
    doc = num.doc
    start = max(num.i - 3, 0)
    before = " ".join(t.lower_ for t in doc[start : num.i])
    best = None
    for q in load("casualties")["qualifiers"]:
        if before.endswith(q) and (best is None or len(q) > len(best)):
            best = q
    return best


def _is_age(num: Token) -> bool:
    """'a two-year-old girl' is an age, not a count."""
    doc = num.doc
    nxt = " ".join(t.lower_ for t in doc[num.i + 1 : num.i + 4])
    return nxt.startswith(("- year", "-year", "year - old", "years old", "year old", "- month", "-month"))


def _count_np(noun: Token) -> tuple[int | None, str | None, str | None]:
    """Count of one victim noun phrase: (number, qualifier, vague text)."""
    vague = word_set("casualties", "vague")
    nums = [c for c in noun.children if c.dep_ in ("nummod", "quantmod") or (c.like_num and c.dep_ != "pobj")]
    nums = [n for n in nums if not _is_age(n)]
    if noun.lower_ in vague or noun.lemma_.lower() in vague:
        return None, None, noun.text
    if noun.like_num and not _is_age(noun):
        return parse_number(noun.text), _qualifier(noun), None
    for n in nums:
        if n.lower_ in vague:
            return None, None, f"{n.text} {noun.text}"
        # compound numerals ("1.2 million", "twenty one") hang off the last number token
        words = [c.text for c in n.children if c.dep_ == "compound" and c.like_num] + [n.text]
        value = parse_number(" ".join(words))
        if value is not None:
            return value, _qualifier(n), None
    for c in noun.children:
        if c.dep_ == "det" and c.lower_ in ("a", "an", "one") and noun.tag_ in ("NN", "NNP"):
            return 1, None, None
    # "dozens of people": the vague word heads the phrase with "of"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in vague:
        return None, None, f"{noun.head.head.text} of {noun.text}"
    if noun.ent_type_ == "PERSON" and noun.tag_ == "NNP":
        return 1, None, None
    return None, None, None


def _victim_nouns(trigger: Token) -> list[Token]:
    """The head nouns of the victims of one casualty word, following the usual constructions."""
    out: list[Token] = []
    deps = {c.dep_: c for c in trigger.children}
    if trigger.pos_ in ("VERB", "AUX") and trigger.tag_ != "JJ":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
        if passive and "nsubjpass" in deps:
            out.append(deps["nsubjpass"])
        elif "dobj" in deps:
            out.append(deps["dobj"])
        elif trigger.lemma_ in ("die", "perish") and "nsubj" in deps:
            out.append(deps["nsubj"])
        elif passive and trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append(trigger.head)  # "25 people killed in the blast"
        elif trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
            # "were killed and dozens injured" -> the nsubj of the conjunct itself
            for c in trigger.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    out.append(c)
        elif trigger.dep_ in ("acl", "relcl") and trigger.head.pos_ in ("NOUN", "PROPN"):
            out.append(trigger.head)
    else:
        # adjectives and nouns: "25 dead", "13 deaths", "four people dead", "left three dead"
        nums = [c for c in trigger.children if c.like_num or c.dep_ == "nummod"]
        if nums:
            out.append(trigger)
        elif trigger.dep_ in ("amod", "acomp", "oprd", "ccomp", "xcomp") and trigger.head.lemma_ == "leave":
            out.extend(c for c in trigger.head.children if c.dep_ == "dobj")
        elif trigger.dep_ == "amod" and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append(trigger.head)
        elif trigger.i > 0 and trigger.doc[trigger.i - 1].like_num:
            out.append(trigger.doc[trigger.i - 1])
        elif trigger.dep_ in ("acomp", "oprd") and trigger.head.pos_ in ("AUX", "VERB"):
            out.extend(c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        elif trigger.lemma_ in ("toll", "death") or trigger.lower_ in ("toll",):
            pass
    # conjoined victims add up: "six police officers and a civilian"
    extended: list[Token] = []
    for n in out:
        extended.append(n)
        extended.extend(c for c in n.conjuncts if c.i > n.i and c.pos_ in ("NOUN", "PROPN", "NUM"))
    return extended


def _toll_number(trigger: Token) -> Token | None:
    """'the death toll rose to 21' / 'the toll stood at 40': the number after to/at."""
    if trigger.lower_ != "toll" and not (trigger.lemma_ == "death" and trigger.head.lower_ == "toll"):
        return None
    toll = trigger if trigger.lower_ == "toll" else trigger.head
    verb = toll.head
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "at"):
            for p in prep.children:
                if p.like_num or p.pos_ == "NUM":
                    return p
                nums = [c for c in p.children if c.like_num]
                if nums:
                    return nums[0]
    for c in verb.children:
        if c.dep_ in ("attr", "dobj") and (c.like_num or c.pos_ == "NUM"):
            return c
    return None


def figures(sent: Span) -> list[Figure]:
    """All casualty figures stated in one sentence, in reading order."""
    found: list[Figure] = []
    seen_nouns: set[int] = set()
    for tok in sent:
        if tok.lower_ == "toll":
            num = _toll_number(tok)
            if num is not None and not _is_age(num):
                value = parse_number(num.text)
                kind = "wounded" if any(w.lower_ in ("injury", "injured") for w in tok.children) else "killed"
                found.append(Figure(kind, value, _qualifier(num), {"unknown"}, None, tok, num))
                seen_nouns.add(num.i)
            continue
        kind = _kind_of(tok)
        if kind is None:
            continue
        if tok.dep_ == "neg" or any(c.dep_ == "neg" for c in tok.children):
            continue
        fig = Figure(kind, None, None, set(), None, tok, None)
        total = 0
        counted = False
        for noun in _victim_nouns(tok):
            if noun.i in seen_nouns:
                continue
            seen_nouns.add(noun.i)
            count, qual, vague = _count_np(noun)
            fig.victims.add(_victim_class(noun))
            if count is not None:
                total += count
                counted = True
                fig.qualifier = fig.qualifier or qual
                fig.noun = fig.noun or noun
            elif vague and not fig.vague:
                fig.vague = vague
        if counted:
            fig.count = total
        if fig.count is not None or fig.vague:
            found.append(fig)
    return found
