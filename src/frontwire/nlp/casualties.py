"""Casualty figures from a parsed sentence: who was killed, wounded, went missing or was abducted; how many.

The reading follows the dependency tree from a casualty word ("killing", "wounded", "dead", "deaths",
"the lives of", "death toll") to the noun phrase of its victims and counts the numerals there, the way
an ACLED coder reads a wire report:

- "killing four civilians, including a two-year-old girl, and wounding 13 others" gives killed 4 (the
  "including" phrase is a subset, not an addition; the age is never a count), wounded 13;
- conjoined victims add up: "six police officers and a civilian" is 7; a singular person is 1 ("a
  policeman was killed", "the driver was also killed", "Moise, 53, was shot dead" -- 53 is his age);
- running figures: "the death toll rose to 23", "the number of people killed rose to 358" carry
  ``update=True`` (they supersede what was said before); "two soldiers were among the dead" is a
  subset (``subset=True``, qualifier "at least");
- "killed or wounded at least 26", "killed and wounded 12 people" and "30 casualties" are exact for
  neither kind: kind
  ``killed or wounded``; its stated amount is also put in ``vague`` ("at least 100"), because for
  either kind alone it is not a number -- the record keeps it as casualty text, never as killed/wounded;
- an explicit zero is a number: "no one was hurt" gives wounded 0 and killed 0, "there were no
  casualties" the same; "no reports of casualties" is not a zero (nothing was stated);
- vague amounts ("dozens", "hundreds", "scores of people") are kept as text, never as numbers;
- attackers' own deaths ("three attackers were also killed") are counted like anyone's, as ACLED's
  fatality counts include perpetrators, and flagged ``perpetrators=True`` so a caller can tell them apart;
- ages ("a two-year-old girl", "aged 15", "Moise, 53,"), years, dates, clock times, measures and
  identifiers ("Section 144", "F-16") are never counts; a range ("20-30") gives its lower bound;
- a historical toll ("the 1990s war that killed 30,000") is still read as a figure: whether it is
  background is the engine's decision, not this reader's.

Everything word-like (casualty lemmas, qualifiers, update verbs, person nouns) lives in
``lexicons/casualties.json``; this module holds only the grammar.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Span, Token

from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.numbers import parse_number, parse_range

KINDS = ("killed", "wounded", "missing", "abducted")
COMBINED = "killed or wounded"  # reads naturally in casualty text: "at least 100 killed or wounded"
_RELATIVE = frozenset({"who", "that", "which", "whom"})
_NUMBER_GLUE = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_INFLECTIONS = ("s", "es", "ed", "d", "ing")


@dataclass(slots=True)
class Figure:
    """One stated figure. ``count`` None with ``vague`` set means an amount was given only in words."""

    kind: str  # killed | wounded | missing | abducted | killed or wounded
    count: int | None
    qualifier: str | None  # canonical: at least, more than, close to, about, up to, less than
    victims: set[str] = field(default_factory=set)  # civilians / military / unknown
    vague: str | None = None
    trigger: Token | None = None
    noun: Token | None = None
    update: bool = False  # "rose to", "has climbed to": supersedes an earlier figure for the same event
    subset: bool = False  # "among the dead", "the dead included": part of a larger, unstated total
    perpetrators: bool = False  # the counted people are the attackers themselves

    @property
    def supersedes(self) -> bool:
        """Alias of ``update``: an updated toll replaces, never adds to, the earlier figure."""
        return self.update


@cache
def _lex(key: str) -> frozenset[str]:
    return word_set("casualties", key)


def _kind_of(tok: Token) -> str | None:
    """The casualty kind a word carries, or None. 'lives' counts only after claim/take/cost/lose."""
    lemma = tok.lemma_.lower()
    text = tok.lower_
    if (lemma in _lex("life_nouns") or text in _lex("life_nouns")) and tok.head.lemma_.lower() in _lex(
        "life_verbs"
    ):
        return "killed"
    if lemma in _lex("combined") or text in _lex("combined"):
        return COMBINED
    if any(c.dep_ == "prt" and f"{lemma} {c.lower_}" in _lex("phrasal_killed") for c in tok.children):
        return "killed"  # "gunned down five villagers"
    if lemma in _lex("fatal_harm_verbs") and any(
        c.dep_ == "advmod" and c.lower_ in _lex("fatal_adverbs") for c in tok.children
    ):
        return "killed"  # "fatally shot a man": the victim died of it
    # headlines in capitals or title case defeat the lemmatizer ("BOMB KILLS 12"): strip the inflection
    forms = {lemma, text} | {
        text[: -len(end)] for end in _INFLECTIONS if text.endswith(end) and len(text) > len(end) + 2
    }
    for kind in KINDS:
        if forms & _lex(kind):
            return kind
    return None


def _held_then_killed(tok: Token) -> bool:
    """'Fourteen hostages were found dead', 'two of the hostages were killed': a hostage noun that is the
    subject of a killing ("found dead", "killed") names the dead, not people taken."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    told = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "oprd", "xcomp", "advcl", "ccomp"))]
    return any(_kind_of(t) == "killed" for t in told)


def _victim_class(noun: Token) -> str:
    """civilians / military / unknown, from the noun, its modifiers, or what it is a member of."""
    civ = _lex("civilian_nouns")
    mil = _lex("military_nouns")
    # "members of one family" are civilians, "members of the security forces" are not
    of = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for p in of:
        inner = _victim_class(p)
        if inner != "unknown":
            return inner
    words = {noun.lemma_.lower(), noun.lower_}
    words |= {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if words & civ:
        return "civilians"
    if words & mil:
        return "military"
    return "unknown"


def _is_perpetrator(noun: Token) -> bool:
    """'three attackers', 'the suicide bomber', 'four of the assailants'."""
    of = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if noun.like_num and of:
        return _is_perpetrator(of[0])
    words = {noun.lemma_.lower(), noun.lower_}
    words |= {f"{c.lower_} {noun.lemma_.lower()}" for c in noun.children if c.dep_ in ("compound", "amod")}
    return bool(words & _lex("perpetrator_nouns"))


def _number_span(num: Token) -> tuple[int, int]:
    """Token bounds [start, end) of the numeral around ``num``: 'two hundred and fifty', '1.2 million'."""
    doc = num.doc
    start, end = num.i, num.i + 1

    def numeric(t: Token) -> bool:
        return t.like_num or t.lower_ in _NUMBER_GLUE

    while start > 0:
        prev = doc[start - 1]
        if (numeric(prev) and not (prev.is_digit and doc[start].is_digit)) or (
            prev.lower_ in ("a", "an") and doc[start].lower_ in _NUMBER_GLUE
        ):
            start -= 1  # "one hundred", "twenty five", "a dozen", "1.2 million"
        elif prev.lower_ == "-" and start > 1 and numeric(doc[start - 2]) and not doc[start - 2].is_digit:
            start -= 2  # "twenty - one"
        elif prev.lower_ == "and" and start > 1 and doc[start - 2].lower_ in _NUMBER_GLUE:
            start -= 2  # "two hundred and fifty"; "20 and 30" stays two numbers
        else:
            break
    while end < len(doc):
        nxt = doc[end]
        if nxt.lower_ in _NUMBER_GLUE or (nxt.like_num and not doc[end - 1].is_digit and not nxt.is_digit):
            end += 1
        elif (
            end + 1 < len(doc)
            and doc[end + 1].like_num
            and not doc[end + 1].is_digit
            and (
                # "two hundred and fifty", "twenty - one"; "20 and 30" and "20-30" are not one number
                (nxt.lower_ == "and" and doc[end - 1].lower_ in _NUMBER_GLUE) or nxt.lower_ == "-"
            )
        ):
            end += 2
        else:
            break
    return start, end


def _canonical(q: str | None) -> str | None:
    if q is None:
        return None
    return load("casualties")["qualifier_canonical"].get(q, q)


def _qualifier_before(i: int, doc) -> str | None:
    """'at least 25', 'more than 1,000', 'close to 5,000': the words just before a numeral."""
    before = " ".join(t.lower_ for t in doc[max(i - 4, 0) : i])
    best = None
    for q in load("casualties")["qualifiers"]:
        if (before == q or before.endswith(" " + q)) and (best is None or len(q) > len(best)):
            best = q
    return _canonical(best)


def _date_or_time_part(num: Token) -> bool:
    """Is a number the tagger put in a DATE/TIME entity really part of a date or a clock time?

    The tagger's spans are wider than the date: "killed 50 overnight", "killed 3 this morning" and
    "between 20 and 30" come back as DATE/TIME. A number is a date part only when it looks like one:
    a year, a clock time, next to a month, or followed by a unit of time ("three days", "10 pm").
    """
    cas = load("casualties")
    text = num.text
    if num.is_digit and len(text) == 4 and 1800 <= int(text) <= 2099:
        return True
    if any(ch in text for ch in ":/"):
        return True
    doc = num.doc
    nxt = doc[num.i + 1].lower_.rstrip(".") if num.i + 1 < len(doc) else ""
    prev = doc[num.i - 1].lower_.rstrip(".") if num.i > 0 else ""
    return nxt in cas["date_units"] or nxt in cas["months"] or prev in cas["months"]


def _not_a_count(num: Token) -> bool:
    """Ages, dates, times, money, identifiers ('Section 144', 'Resolution 2254', 'F-16') are never counts."""
    doc = num.doc
    if num.ent_type_ in ("DATE", "TIME"):
        if _date_or_time_part(num):
            return True
    elif num.ent_type_ == "QUANTITY":
        # "80 kg of explosives" is a measure; "killed 50 overnight" (also tagged QUANTITY) is not
        if num.i + 1 < len(doc) and doc[num.i + 1].lower_.rstrip(".") in load("casualties")["measure_units"]:
            return True
    elif num.ent_type_ in load("casualties")["not_count_entities"]:
        return True
    nxt = " ".join(t.lower_ for t in doc[num.i + 1 : num.i + 4])
    if nxt.startswith(
        ("- year", "-year", "year - old", "years old", "year old", "- month", "-month", "months old")
    ):
        return True
    prev = doc[num.i - 1] if num.i > 0 else None
    if prev is not None:
        if prev.lower_ in _lex("age_words") or (
            prev.lower_ == "of" and num.i > 1 and doc[num.i - 2].lower_ == "age"
        ):
            return True
        # an appositive number set off by commas after a name is an age: "Moise, 53, was shot dead"
        if (
            prev.text == ","
            and num.i + 1 < len(doc)
            and doc[num.i + 1].text == ","
            and num.i > 1
            and doc[num.i - 2].pos_ in ("PROPN", "NOUN")
        ):
            return True
        # identifiers: a capitalised noun right before the number, or a letter-hyphen code
        if (
            prev.is_title
            and prev.pos_ in ("PROPN", "NOUN")
            and _kind_of(prev) is None
            and prev.lower_ not in _lex("vague")
            and not prev.is_sent_start
        ):
            return True
        if prev.text == "-" and num.i > 1 and doc[num.i - 2].is_alpha and len(doc[num.i - 2]) <= 3:
            return True
    # a number in apposition to a person is an age ("the president, 53"); after "12 dead," it is a count
    return (
        num.dep_ == "appos"
        and prev is not None
        and prev.text == ","
        and (num.head.pos_ == "PROPN" or _person_like(num.head))
    )


def _range_low(start: int, doc) -> int | None:
    """'20-30 people', '20 to 30 people': ACLED codes the lower bound of a stated range."""
    if start < 2 or doc[start - 1].text not in ("-", "\u2013", "to"):
        return None
    low = parse_number(doc[start - 2].text)
    high = parse_number(doc[start].text)
    return low if low is not None and high is not None and low < high else None


def _read_number(num: Token) -> tuple[int | None, str | None, str | None]:
    """(value, qualifier, vague text) of the numeral ``num`` belongs to."""
    doc = num.doc
    if _not_a_count(num):
        return None, None, None
    rng = parse_range(num.text)
    if rng is not None:
        # ACLED codes the lower bound of a range
        return rng[0], "at least", None
    start, end = _number_span(num)
    text = doc[start:end].text
    low = _range_low(start, doc)
    if low is not None:
        return low, "at least", None
    if end - start == 1 and num.lower_ in _lex("vague"):
        # "dozens", "several", a bare "hundred"; "a dozen" and "two hundred" are numbers
        return None, None, text
    value = parse_number(text)
    if value is None:
        return None, None, None
    return value, _qualifier_before(start, doc), None


def _zero(noun: Token) -> bool:
    """'no one', 'nobody', 'none of the passengers', 'no casualties', 'no civilians'."""
    if noun.lower_ in _lex("zero_words"):
        return True
    if noun.lower_ == "one" and any(c.lower_ == "no" for c in noun.children):
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _person_like(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return (
        lemma in _lex("person_nouns")
        or noun.lower_ in _lex("person_nouns")
        or lemma in _lex("civilian_nouns")
        or lemma in _lex("military_nouns")
        or noun.ent_type_ == "PERSON"
    )


def _count_np(noun: Token) -> tuple[int | None, str | None, str | None]:
    """Count of one victim noun phrase: (number, qualifier, vague text)."""
    vague = _lex("vague")
    if noun.ent_type_ in ("DATE", "TIME") and not noun.like_num:
        # "injures another Dec. 29" is misparsed as a date with 'another' before it
        return (1, None, None) if any(c.lower_ == "another" for c in noun.children) else (None, None, None)
    if _zero(noun):
        return 0, None, None
    if noun.lemma_.lower() in _lex("total_nouns"):
        # "a total of 10 sailors": the count is in the of-phrase
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return _count_np(p)
    if noun.pos_ == "PROPN":
        # "CHARSADDA: At least 14 persons ... were injured": a dateline read as subject, the count in appos
        for c in noun.children:
            if c.dep_ == "appos" and c.pos_ in ("NOUN", "NUM"):
                value, qual, vtext = _count_np(c)
                if value is not None or vtext:
                    return value, qual, vtext
    if noun.like_num or noun.lower_ in ("dozen", "hundred"):
        value, qual, vtext = _read_number(noun)
        if value is not None or vtext:
            return value, qual, vtext
    det = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
    if noun.lower_ in vague or noun.lemma_.lower() in vague or f"{det} {noun.lower_}" in vague:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        said = f"{det} {noun.text}" if f"{det} {noun.lower_}" in vague else noun.text
        return None, None, f"{said} of {pobj.text}" if pobj is not None else said
    # the noun's own numerals ("KILLS 12": a headline puts them after it); never a conjunct ("a commander
    # and two of his guards") or an apposition
    nums = [
        c
        for c in noun.children
        if c.dep_ not in ("conj", "appos", "pobj", "prep")
        and (c.dep_ in ("nummod", "quantmod") or c.like_num or c.lower_ in _NUMBER_GLUE or c.lower_ in vague)
    ]
    for n in nums:
        value, qual, vtext = _read_number(n)
        if value is not None:
            return value, qual, None
        if vtext:
            return None, None, f"{vtext} {noun.text}"
    # "dozens of people": the vague word heads the phrase with "of"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in vague:
        return None, None, f"{noun.head.head.text} of {noun.text}"
    if noun.tag_ in ("NNS", "NNPS") and any(
        c.lower_ == "both" for c in noun.children if c.dep_ in ("det", "predet")
    ):
        return 2, None, None  # "both drivers"
    of_num = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj" and p.like_num
    ]
    if of_num and noun.tag_ == "NN":
        value, qual, _ = _read_number(of_num[0])  # "a family of six"
        if value is not None:
            return value, qual, None
    if noun.lower_ in _lex("one_person_pronouns") and noun.dep_ == "nsubjpass":
        # "he was pronounced dead at the hospital", "she was shot"; not "until he dies", "after she died
        # three years ago" (a death told with no one doing it, which starts no event by a pronoun)
        return 1, None, None
    if noun.lower_ in _lex("reflexive_one"):
        return 1, None, None  # "the bomber killed himself and 14 others": ACLED counts the bomber too
    if noun.lower_ == "another" or any(c.lower_ == "another" for c in noun.children if c.dep_ == "det"):
        return 1, None, None
    singular = noun.tag_ in ("NN", "NNP")
    dets = [c for c in noun.children if c.dep_ in ("det", "poss")]
    # "a watchman was hurt": 'a' is itself a count for a person-like noun; "the driver" only for a known one
    # (the engine's metaphor objects -- "killed a bill" -- are never victims)
    if (
        singular
        and any(c.lower_ in ("a", "an") for c in dets)
        and noun.lemma_.lower() not in word_set("negatives", "metaphor_objects")
        and (_person_like(noun) or noun.lower_.endswith(tuple(load("casualties")["person_suffixes"])))
    ):
        return 1, None, None
    if (
        singular
        and _person_like(noun)
        and any(c.lower_ in ("one", "the", "this", "that") or c.dep_ == "poss" for c in dets)
    ):
        return 1, None, None
    if noun.tag_ == "NNP" and noun.ent_type_ in ("PERSON", "") and not noun.like_num and not noun.is_upper:
        return 1, None, None  # a named person: "Moise was shot dead"
    return None, None, None


def _subject(verb: Token) -> Token | None:
    """The subject nearest before the verb (a garbled parse may hang two on it: "the attack left 40
    injured"); a relative pronoun stands for its antecedent ("seven who died")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    before = [c for c in subjects if c.i < verb.i]
    subj = before[-1] if before else (subjects[0] if subjects else None)
    if subj is not None and subj.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return verb.head
    return subj


def _among(pobj: Token) -> Token | None:
    """Who is 'among the dead' / 'among those killed': the subject of the clause the phrase sits in."""
    owner = pobj.head.head
    return _subject(owner) if owner.pos_ in ("VERB", "AUX") else owner


def _victim_nouns(trigger: Token) -> tuple[list[Token], bool]:
    """The head nouns of the victims of one casualty word, and whether they are a subset of the dead."""
    out: list[Token] = []
    subset = False
    deps: dict[str, Token] = {}
    for c in trigger.children:
        deps.setdefault(c.dep_, c)  # the nearest: "killed four, the third such attack" has two objects
    head = trigger.head
    if trigger.pos_ in ("VERB", "AUX") and trigger.tag_ != "JJ":
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
        if passive and "nsubjpass" in deps:
            subj = _subject(trigger) or deps["nsubjpass"]
            if _count_np(subj)[0] is None:
                # "Sergeant Matt Tonroe from the 3rd Battalion the Parachute Regiment was killed", parsed
                # with the regiment as a second subject: the one that names the dead counts
                subj = next(
                    (c for c in trigger.children if c.dep_ == "nsubjpass" and _count_np(c)[0] is not None),
                    subj,
                )
            out.extend([*_torn_list(subj, trigger), subj])
        elif "dobj" in deps:
            out.append(deps["dobj"])
            # "killed 13 service members and at least 170 Afghans" is sometimes parsed as a verb conjunct
            out.extend(
                c
                for c in trigger.children
                if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "NUM") and _kind_of(c) is None
            )
        elif not passive and "nsubj" in deps and trigger.lemma_.lower() in _lex("intransitive_verbs"):
            out.append(_subject(trigger) or deps["nsubj"])
        elif (
            "nsubj" in deps
            and trigger.lower_ in _lex("missing")
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
        ):
            # "Two soldiers were missing after the attack, the army said": the adjective is tagged as a
            # progressive verb ("were missing" as if "were missing something"); its subject is the missing
            out.append(_subject(trigger) or deps["nsubj"])
        elif (
            trigger.tag_ == "VBN"
            and "nsubj" in deps
            and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
        ):
            # a bare participle with a subject reads as passive: "with about 300 others wounded"
            out.append(_subject(trigger) or deps["nsubj"])
        elif (
            trigger.dep_ in ("acl", "amod", "relcl")
            and head.lower_ in ("those", "them")
            and head.dep_ == "pobj"
            and head.head.lower_ in _lex("subset_preps")
        ):
            subj = _among(head)  # "a two-year-old girl was among those killed"
            if subj is not None:
                out.append(subj)
                subset = True
        elif trigger.dep_ in ("acl", "amod", "relcl") and head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
            out.append(head)  # "25 people killed in the blast"
        elif (
            trigger.dep_ in ("xcomp", "oprd", "advcl", "ccomp")
            and "nsubj" not in deps  # '"This has killed the talks," said one trader' has a subject of its own
            and (head.lemma_.lower() in _lex("result_verbs") or head.lemma_.lower() in _lex("hedge_verbs"))
        ):
            # "12 people were reported killed", "are believed to have been killed", "left five people wounded"
            obj = [c for c in head.children if c.dep_ == "dobj"]
            subj = _subject(head)
            out.extend(obj or ([subj] if subj is not None else []))
        elif trigger.dep_ == "acomp" and head.lemma_.lower() in _lex("linking_verbs"):
            subj = _subject(head)
            if subj is not None:
                out.append(subj)  # "about 10,000 were missing" (tagged as a verb)
        elif trigger.dep_ == "conj":
            # "were killed and dozens injured": the conjunct's own subject
            out.extend(c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass"))
    else:
        nums = [
            c
            for c in trigger.children
            if c.dep_ not in ("conj", "appos", "pobj")
            and (c.like_num or c.dep_ == "nummod" or c.lower_ in _lex("vague"))
        ]
        of = [
            p
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if (
            trigger.lemma_.lower() == "death"
            and trigger.dep_ == "pobj"
            and head.lower_ == "to"
            and head.head.pos_ == "VERB"
        ):
            # "stabbed to death", "beaten to death" -- but "sentenced to death" is a verdict, not a killing
            verb = head.head
            if verb.lemma_.lower() not in _lex("to_death_not_killed"):
                obj = [c for c in verb.children if c.dep_ == "dobj"]
                subj = _subject(verb)
                out.extend(obj or ([subj] if subj is not None else []))
        elif _zero(trigger):
            out.append(trigger)  # "there were no casualties"
        elif nums:
            out.append(trigger)  # "25 dead", "13 deaths", "30 lives"
        elif of and (trigger.lemma_.lower() in _lex("of_nouns") or trigger.lower_ in _lex("of_nouns")):
            out.extend(of)  # "the bodies of 29 children", "the lives of 40 people"
        elif trigger.dep_ == "pobj" and head.lower_ in _lex("subset_preps"):
            subj = _among(trigger)  # "two soldiers were among the dead"
            if subj is not None:
                out.append(subj)
                subset = True
        elif trigger.dep_ == "nsubj" and head.lemma_.lower() in _lex("subset_verbs"):
            out.extend(
                c for c in head.children if c.dep_ in ("dobj", "attr")
            )  # "the dead included four children"
            subset = True
        elif trigger.dep_ == "dobj" and head.lemma_.lower() in _lex("suffer_verbs"):
            subj = _subject(head)
            if subj is not None:
                out.append(subj)  # "a driver sustained injuries"
        elif (
            trigger.dep_ == "pobj"
            and head.lower_ in _lex("care_preps")
            and head.head.lemma_.lower() in _lex("care_verbs")
            and (cared := _subject(head.head)) is not None
            and cared.dep_ == "nsubjpass"
        ):
            out.append(cared)  # "four officers were treated for minor injuries"
        elif (trigger.lemma_.lower() in _lex("life_nouns")) and head.lemma_.lower() == "lose":
            subj = _subject(head)
            if subj is not None:
                out.append(subj)  # "four civilians lost their lives"
        elif trigger.dep_ in ("amod", "acomp", "oprd", "ccomp", "xcomp", "advcl", "dobj", "attr") and (
            head.lemma_.lower() in _lex("result_verbs")
        ):
            # "left 12 people dead", "took 20 people hostage", "were shot dead", "found three dead"
            obj = [c for c in head.children if c.dep_ == "dobj" and c.i != trigger.i]
            out.extend(obj or [c for c in head.children if c.dep_ in ("nsubjpass",)])
        elif trigger.dep_ == "amod" and head.pos_ in ("NOUN", "PROPN", "NUM"):
            out.append(head)  # "48 wounded people"
        elif trigger.i > 0 and trigger.doc[trigger.i - 1].like_num:
            out.append(trigger.doc[trigger.i - 1])
        elif trigger.dep_ in ("acomp", "oprd") and (
            head.lemma_.lower() in _lex("linking_verbs") or head.lemma_.lower() in _lex("hedge_verbs")
        ):
            subj = _subject(head)
            if subj is not None:
                out.append(subj)  # "12 people are missing", "went missing", "are feared dead"
    if not out:
        out.extend(_adjacent_number(trigger))
    # conjoined victims add up: "six police officers and a civilian" -- unless the conjunct has a
    # casualty word of its own ("25 dead and dozens injured")
    # "At least 56 people, many of them women and children, were killed" is sometimes parsed with
    # "women and children" as conjuncts of "people": a phrase describing the dead ("many of them"), not
    # more of them, so the conjuncts stop where one carries such a description
    extended: list[Token] = []
    for n in out:
        extended.append(n)
        for c in sorted(n.conjuncts, key=lambda t: t.i):
            if c.i <= n.i:
                continue
            if _describes_them(c):
                break
            if c.pos_ in ("NOUN", "PROPN", "NUM") and not _has_own_kind(c, trigger):
                extended.append(c)
    return extended, subset


def _torn_list(noun: Token, trigger: Token) -> list[Token]:
    """Victims listed before ``noun`` that the parser tore off the list.

    Why: a list of the dead is often parsed in pieces. "a captain, two sergeants and five soldiers were
    killed" gives the verb two subjects; "the army said Colonel X, the local commander, and nine soldiers
    were killed" hangs the colonel on 'said' as its object. Only the nearest subject was counted (9, not
    10). A person-like phrase that ends in the list's joiner (',' or 'and') right before ``noun``, and is
    itself a subject of the same verb or the object of the verb that reports the killing, is one more
    victim of the list.
    """
    doc = noun.doc
    out: list[Token] = []
    j = noun.left_edge.i - 1
    while j > 0 and doc[j].lower_ in (",", "and"):
        x = doc[j].head
        if x.dep_ == "cc" or x.i >= noun.i or x.right_edge.i != j or x.pos_ not in ("NOUN", "PROPN"):
            break
        sibling = x.dep_ in ("nsubj", "nsubjpass") and x.head == trigger
        reported = x.dep_ == "dobj" and trigger.dep_ == "ccomp" and x.head == trigger.head
        if not (sibling or reported) or not (_person_like(x) or x.tag_ == "NNP"):
            break
        out.insert(0, x)
        j = x.left_edge.i - 1
    return out


def _describes_them(noun: Token) -> bool:
    """'many of them women': a noun with an 'of them' quantifier of its own describes people already
    counted."""
    return any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in ("them", "whom") for o in p.children)
        for q in noun.children
        for p in q.children
    )


def _adjacent_number(trigger: Token) -> list[Token]:
    """Headline shapes the parser gets wrong: "12 dead, 30 hurt", "kill 5, abduct 20", "40 feared dead"."""
    doc = trigger.doc
    i = trigger.i - 1
    while i >= 0 and doc[i].lower_ in _lex("hedge_verbs"):
        i -= 1
    if i >= 0 and i < trigger.i and doc[i].like_num:
        return [doc[i]]
    nxt = trigger.i + 1
    if nxt < len(doc) and doc[nxt].like_num and trigger.pos_ != "NOUN":
        return [doc[nxt]]
    return []


def _has_own_kind(noun: Token, trigger: Token) -> bool:
    if _kind_of(noun) is not None and noun.i != trigger.i:
        return True
    return any(_kind_of(c) is not None for c in noun.children if c.dep_ in ("acl", "amod", "relcl"))


def _or_partner(trigger: Token) -> Token | None:
    """'killed or wounded', 'dead or injured': the other casualty word joined by 'or', if any."""
    kind = _kind_of(trigger)
    for c in list(trigger.conjuncts):
        other = _kind_of(c)
        if other is None or other == kind:
            continue
        lo, hi = sorted((trigger.i, c.i))
        if any(t.lower_ in ("or", "and/or") for t in trigger.doc[lo:hi]):
            return c
    return None


def _toll_phrase(tok: Token) -> tuple[str, Token] | None:
    """(kind, toll noun) when ``tok`` heads a running figure: 'the death toll', 'the number of people killed'.

    Only a casualty word makes 'number' a toll: 'the number of refugees rose to 2 million' is not one.
    """
    lemma = tok.lemma_.lower()
    if lemma not in _lex("toll_nouns") and tok.lower_ not in _lex("toll_nouns"):
        return None
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    # "the number of people killed": the participle may hang off 'number' itself
    for m in mods + [c for c in tok.children if c.dep_ in ("acl", "relcl")]:
        kind = _kind_of(m)
        if kind is not None:
            return (kind if kind != COMBINED else "killed"), tok
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                kind = _kind_of(p) or next(
                    (_kind_of(a) for a in p.children if a.dep_ in ("acl", "amod", "relcl") and _kind_of(a)),
                    None,
                )
                if kind is not None:
                    return kind, tok
    if lemma in ("toll", "tally") and not mods:
        return "killed", tok  # a bare "toll" in news is a death toll
    return None


def _toll_number(toll: Token) -> tuple[Token | None, bool]:
    """The number a toll is given ('rose to 21', 'stood at 40', 'a toll of 50'); is it an update?"""
    cas = load("casualties")
    verb = toll.head
    update = False

    def num_in(t: Token) -> Token | None:
        if t.like_num or t.pos_ == "NUM":
            return t
        return next((c for c in t.children if c.like_num), None)

    for c in toll.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj" and (p.like_num or p.pos_ == "NUM"):
                    return p, False
    if toll.dep_ in ("nsubj", "nsubjpass", "dobj"):
        lemma = verb.lemma_.lower()
        # "brought the toll to 45" (the toll is the object) or "the toll rose to 45" (the subject)
        update = lemma in cas["update_causatives" if toll.dep_ == "dobj" else "update_verbs"]
        # "brings the total killed in the province this week to 60": the parser may hang the "to" on
        # the participle that makes the noun a toll rather than on the verb
        # (or on the of-object: "bringing the number of people killed in drone strikes this month to 100")
        heads = [
            toll,
            *(p for c in toll.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children),
        ]
        told = [c for h in heads for c in h.children if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN"]
        # ("bringing the death toll from Sunday's attack to 14": or on the noun of the "from" phrase)
        deeper = [t for t in verb.subtree if t.i > toll.i and t.lower_ == "to" and t.dep_ == "prep"]
        later = deeper[:1] if toll.dep_ == "dobj" else []
        # ("put the number of soldiers killed at more than 30": the "at" of 'put' may hang there too)
        at = ("to", "at") if lemma == "put" else ("to",)
        for prep in [*verb.children, *(p for c in told for p in c.children if p.lower_ in at), *later]:
            if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "at"):
                for p in prep.children:
                    n = num_in(p) if p.dep_ == "pobj" else None
                    if n is not None:
                        return n, update
        for c in verb.children:
            if c.dep_ in ("attr", "dobj", "npadvmod") and c.i != toll.i and (c.like_num or c.pos_ == "NUM"):
                return c, update
    return None, False


def figures(sent: Span) -> list[Figure]:
    """All casualty figures stated in one sentence, in reading order."""
    found: list[Figure] = []
    seen_nouns: set[int] = set()
    used: set[int] = set()
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    # a title-case headline ("Suicide Bomber Kills 14 At Mosque") is no proper name
    headline = bool(words) and sum(t.is_title or t.is_upper for t in words) >= 0.8 * len(words)
    for tok in sent:
        if tok.i in used:
            continue
        toll = _toll_phrase(tok)
        if toll is not None:
            kind, noun = toll
            num, update = _toll_number(noun)
            used.update(t.i for t in noun.subtree)
            if num is not None and num.i not in seen_nouns:
                value, qual, vague = _read_number(num)
                if value is not None:
                    found.append(Figure(kind, value, qual, {"unknown"}, None, noun, num, update=update))
                    seen_nouns.add(num.i)
            continue
        kind = _kind_of(tok)
        if kind is None:
            continue
        if kind == "abducted" and _held_then_killed(tok):
            continue  # "Fourteen hostages were found dead": the killing word counts them, as dead
        if tok.pos_ == "PROPN" and tok.dep_ in ("compound", "nmod", "appos", "poss") and not headline:
            continue  # a word inside a name: the 'Kill the Bill' protests
        if tok.dep_ == "neg" or any(c.dep_ == "neg" for c in tok.children):
            continue  # "were not hurt" states no figure of its own
        partner = _or_partner(tok)
        if partner is not None:
            used.add(partner.i)
            kind = COMBINED
        nouns, subset = _victim_nouns(tok)
        if partner is not None:
            # "killed or wounded at least 26 civilians": the victims may hang off either word
            more, _ = _victim_nouns(partner)
            nouns += [n for n in more if n not in nouns]
        if not nouns and partner is None:
            # "killed and wounded 12 people": one shared figure, exact for neither kind
            other = next((c for c in tok.conjuncts if c.i > tok.i and _kind_of(c) not in (None, kind)), None)
            if other is not None:
                nouns = _victim_nouns(other)[0]
                if nouns:
                    used.add(other.i)
                    kind = COMBINED
        fig = Figure(kind, None, None, set(), None, tok, None, subset=subset)
        total = 0
        counted = False
        unsure = False  # one vague part ("dozens of soldiers and a general") leaves the total unstated
        perps = []
        for noun in nouns:
            if noun.i in seen_nouns or noun.lemma_.lower() in word_set("negatives", "metaphor_objects"):
                continue  # "kill off several deals": the engine's metaphor objects are never victims
            seen_nouns.add(noun.i)
            count, qual, vague = _count_np(noun)
            fig.victims.add(_victim_class(noun))
            if count is not None:
                total += count
                counted = True
                fig.qualifier = fig.qualifier or qual
                fig.noun = fig.noun or noun
                perps.append(_is_perpetrator(noun))
            elif vague:
                unsure = True
                fig.vague = fig.vague or vague
        if counted and not unsure:
            fig.count = total
            fig.perpetrators = bool(perps) and all(perps)
            if subset and fig.qualifier is None:
                fig.qualifier = "at least"
            if kind == COMBINED and total:
                fig.vague = f"{fig.qualifier} {total}" if fig.qualifier else str(total)
        if fig.count is None and not fig.vague:
            continue
        if fig.count == 0:
            found.extend(_zeros(fig, found))
            continue
        found.append(fig)
    return found + _elided(sent, found, seen_nouns)


def _elided(sent: Span, found: list[Figure], seen: set[int]) -> list[Figure]:
    """A second source's count told without its casualty word, after a count that has one.

    "At least 25 people were killed ..., according to the health ministry; the army said 19.",
    "..., while police put the figure at 24", "police gave a figure of 32": the number is a count of
    the same kind as the one before it in the sentence (which of the two stands is the engine's call).
    """
    out: list[Figure] = []
    verbs = _lex("elided_count_verbs")
    for tok in sent:
        before = [f for f in found if f.count is not None and f.trigger is not None and f.trigger.i < tok.i]
        if not before or before[-1].kind not in ("killed", "wounded") or tok.i in seen:
            continue
        num: Token | None = None
        if tok.like_num and tok.dep_ == "dobj" and tok.head.lemma_.lower() in verbs:
            if all(c.dep_ in ("advmod", "quantmod", "punct") for c in tok.children):
                num = tok  # "the army said 19"
        elif tok.lemma_.lower() in _lex("figure_nouns") and tok.dep_ == "dobj":
            num, _update = _toll_number(tok)  # "put the figure at 24", "gave a figure of 32"
        if num is None or num.i in seen:
            continue
        value, qual, _vague = _read_number(num)
        if value is None:
            continue
        seen.add(num.i)
        out.append(Figure(before[-1].kind, value, qual, {"unknown"}, None, num, num))
    return out


def _besides_told(fig: Figure) -> bool:
    """'No one else was injured': nobody beyond the victims told, who may well be dead."""
    noun = fig.noun
    return noun is not None and any(c.lower_ == "else" for c in noun.children)


def _zeros(fig: Figure, found: list[Figure]) -> list[Figure]:
    """An explicit zero: nobody hurt means nobody killed either; no casualties means neither."""
    kinds = [fig.kind]
    if fig.kind == COMBINED:
        kinds = ["killed", "wounded"]
    elif fig.kind == "wounded" and not _besides_told(fig):
        kinds = ["wounded", "killed"]
    out = []
    for k in kinds:
        if any(f.kind == k for f in found):
            continue
        out.append(Figure(k, 0, None, set(fig.victims), None, fig.trigger, fig.noun))
    return out
