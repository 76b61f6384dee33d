"""Whose count is whose: the casualty figures of a sentence sorted between the act it tells and the
tolls and sources around it.

A wire sentence often holds more than one count: the act's own and a running total beside it
("killed 30, bringing the number killed this month to more than 100"), two sources' figures for the
same dead ("according to the health ministry; the army said 19 were killed"), a risen toll told later
("The toll rose to 14"), or a part of a count told before ("seven of them when a convoy was ambushed").
The helpers here tell these apart and find who gives a figure, so the sentence reader can give each
count to its act, to an aggregate toll or to a source's claim.

Why it is separate: they read only the parse, the figures (``casualties``) and the drafts told before,
never the reader's state, and the rules for counts (the most conservative stands, coding guide as
ACLED) are easier to check together than spread through the reader.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontwire.model import Claim
from frontwire.nlp.casualties import Figure
from frontwire.nlp.claims import (
    Attribution,
    is_reporting_verb,
)
from frontwire.nlp.coalesce import (
    _anaphoric,
)
from frontwire.nlp.drafts import (
    Sent,
    _child,
    _clause,
    _Draft,
)
from frontwire.nlp.lexicon import load


def _running_totals(doc: Doc, figs: list[Figure]) -> tuple[list[Figure], set[int]]:
    """Figures of a clause that counts a war or a period beside a count of the sentence's own act, and
    the tokens of such clauses (their words are no cues of the act's).

    "A drone strike killed 30 people ..., bringing the number of people killed in drone strikes in the
    region this month to more than 100": 30 is the strike's, 100 a toll; so is 15,000 in "killed 12
    people on Friday, the latest attack in a war that has killed more than 15,000 people", and "adding to
    a death toll of tens of thousands in a war" counts nothing of the act. "killed two more, bringing the
    death toll from Sunday's attack to 14" is the attack's own rising count, and a sentence that is only
    a running total ("The attacks bring the total killed in the past week to 60") is read whole as one.
    """
    cas = load("casualties")
    acts = set(cas["running_total_acts"])
    out: list[Figure] = []
    clause: set[int] = set()
    counted = [f for f in figs if f.count is not None and f.trigger is not None]
    wars = set(cas["war_nouns"])
    for tok in doc:
        if tok.dep_ == "relcl" and tok.head.lemma_.lower() in wars:
            own = {t.i for t in tok.subtree}  # "a war that has killed more than 15,000 people"
        elif tok.lemma_.lower() in cas["toll_adding_verbs"] and tok.dep_ in ("advcl", "xcomp", "conj"):
            to = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children]
            if not any(p.lemma_.lower() in _TOLL_WORDS for p in to):
                continue
            own = {t.i for t in tok.subtree}  # "adding to a death toll of tens of thousands in a war"
        else:
            continue
        inside = [f for f in counted if f.trigger is not None and f.trigger.i in own]
        if any(f.trigger is not None and f.trigger.i not in own for f in counted):
            out.extend(f for f in inside if f not in out)
            clause |= own
    for f in figs:
        toll = f.trigger
        if not f.update or toll is None or toll.dep_ != "dobj" or f.count is None:
            continue
        verb = toll.head
        if verb.dep_ == "ROOT" or verb.lemma_.lower() not in cas["update_causatives"]:
            continue
        own = {t.i for t in verb.subtree}
        if not any(
            g is not f and g.count is not None and g.trigger is not None and g.trigger.i not in own
            for g in figs
        ):
            continue
        words = [t for t in toll.doc if t.i in own]
        text = " " + " ".join(t.lower_ for t in words) + " "
        period = any(f" {c} " in text for c in cas["running_total_cues"])
        many = any(t.tag_ == "NNS" and t.lemma_.lower() in acts for t in words)
        if (period or many) and f not in out:
            out.append(f)
            clause |= own
    return out, clause


_TOLL_WORDS = frozenset({"toll", "tally", "total", "number", "count"})


def _rival_counts(figs: list[Figure]) -> int | None:
    """The most conservative of one sentence's counts that sources give apart, else None.

    "Gunmen killed at least 25 people ..., according to the health ministry; the army said 19 were
    killed": a later count of the dead told by a saying of its own ("the army said 19 were killed",
    "while doctors said 15 died") counts the same dead, so the lower stands (coding guide, as ACLED) and
    the other stays in its source's claim. A count with a doer of its own ("the army said it killed 19
    militants") is another act unless it names the same dead ("killed seven soldiers ..., while the
    Taliban said it had killed 30 soldiers"); counts of other people ("four soldiers ... 19 civilians")
    are not rivals.
    """
    figs = sorted(
        (
            f
            for f in figs
            if f.count is not None and f.trigger is not None and not (f.subset or f.perpetrators or f.update)
        ),
        key=lambda f: f.trigger.i if f.trigger is not None else 0,
    )
    if len(figs) < 2:
        return None
    for prev, f in zip(figs, figs[1:], strict=False):
        assert prev.trigger is not None and f.trigger is not None
        doc = f.trigger.doc
        start = min(t.i for t in (f.trigger, f.noun) if t is not None)
        voiced = any(
            is_reporting_verb(t) and _child(t, "nsubj") is not None for t in doc[prev.trigger.i + 1 : start]
        )
        # "the army said it killed 19 militants" is another act; "the Taliban said it had killed 30
        # soldiers" after "killed seven soldiers" claims the same dead
        same_dead = (
            prev.noun is not None
            and f.noun is not None
            and not f.noun.like_num
            and prev.noun.lemma_.lower() == f.noun.lemma_.lower()
        )
        if not voiced or (_child(f.trigger, "nsubj") is not None and not same_dead):
            return None
    named = [f.victims - {"unknown"} for f in figs]
    if any(n and m and n != m for n in named for m in named):
        return None
    return min(f.count for f in figs if f.count is not None)


def _voicing(claims: list[Claim], sent: Sent, figs: list[Figure]) -> list[Claim]:
    """The claims whose words give one of the figures: whoever gives a count claims about its event;
    "while the government said only that the attackers had been repelled" beside it gives none.

    A claim's span is its speaker's name; the speaker is the subject of the saying above the figure
    ("A local official said at least 150 bodies ...") or the object of its "according to".
    """
    voices: list[tuple[int, int]] = []
    for f in figs:
        if f.trigger is None:
            continue
        for t in [f.trigger, *f.trigger.ancestors]:
            said = _child(t, "nsubj") if t is not f.trigger and is_reporting_verb(t) else None
            source = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "according"), None)
            who = said if said is not None else source
            if who is not None:
                toks = list(who.subtree)
                voices.append((sent.start + toks[0].idx, sent.start + toks[-1].idx + len(toks[-1])))
                break
    if not voices:
        return claims
    return [c for c in claims if c.span is None or any(s <= c.span[0] < e for s, e in voices)]


def _counts_since(doc: Doc) -> bool:
    """'killed since Wednesday', 'since the war began': a count over a period ('has not updated it since'
    is no period)."""
    return any(t.lower_ == "since" and (t.dep_ != "advmod" or any(t.children)) for t in doc)


def _competing_count(doc: Doc) -> bool:
    """A source's own figure for the attack told: 'put the death toll at 160' ('the toll'), 'gave a
    higher toll', 'put the number of dead at 25'."""
    for t in doc:
        lemma = t.lemma_.lower()
        if lemma == "toll" and _anaphoric(t):
            return True
        if lemma in ("toll", "figure", "count", "tally") and any(
            c.dep_ == "amod" and c.tag_ == "JJR" for c in t.children
        ):
            return True
        if lemma == "number" and _anaphoric(t):
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            dead = {"dead", "killed", "deaths", "victims", "casualties", "wounded", "injured"}
            if of is not None and any(g.lower_ in dead for g in of.children):
                return True
            # "put the number of soldiers killed at close to 100": the participle hangs on 'soldiers'
            # (or on 'number')
            heads = [t, *(of.children if of is not None else [])]
            if of is not None and any(
                c.dep_ in ("acl", "relcl") and c.lower_ in dead for h in heads for c in h.children
            ):
                return True
    return False


def _later_count(told: int | None, figs: list[Figure]) -> int | None:
    """An attack's count once a later sentence gives its own figure for it.

    A risen toll ("The toll rose to 14 on Sunday", "brought the death toll to 22") is a later count of
    the same attack and replaces the first; what the same sentence adds beside it ("as three of the
    wounded died in hospital") is part of it. Otherwise a second source's figure competes with the first
    ("Police put the death toll at 27" after "at least 40"): the most conservative stands (coding guide,
    as ACLED), and the other stays in the source's claim.
    """
    # "two soldiers were among the dead", "three attackers were also killed": parts, not counts
    figs = [f for f in figs if f.count is not None and not f.subset and not f.perpetrators]
    updates = [f.count for f in figs if f.update and f.count is not None]
    if updates:
        return max(updates)
    counts = [f.count for f in figs if f.count is not None]
    if not counts:
        return told
    return min(counts) if told is None else min(told, *counts)


def _nearest_source(sources: list[Claim], sent: Sent, f: Figure) -> str | None:
    """Who gives a figure: of the sentence's sources, the one named nearest to it.

    Why: "Azerbaijan has not released figures ..., with Putin saying that close to 5,000 had been
    killed": the figure is Putin's, not the first source the sentence names.
    """
    anchor = f.noun if f.noun is not None else f.trigger
    if not sources:
        return None
    if anchor is None or any(c.span is None for c in sources):
        return sources[0].by
    at = sent.start + anchor.idx
    return min(sources, key=lambda c: min(abs(c.span[0] - at), abs(c.span[1] - at))).by


def _sources_the_toll(d: _Draft, a: Attribution, drafts: list[_Draft], figs: list[Figure]) -> bool:
    """'Evacuation flights resumed ..., a day after a suicide bombing killed 13 people, according to
    health officials': an 'according to' source of a sentence that tells an attack and its toll gives
    the toll (a claim on the attack), not the other act the sentence tells."""
    return (
        a.verb is None
        and d.category != "ASSAULT"
        and any(x.category == "ASSAULT" for x in drafts if x is not d)
        and any(f.count is not None and f.kind in ("killed", "wounded") for f in figs)
    )


def _act_root(tok: Token) -> Token:
    """The clause an act is told in, climbing out of its "when"/"as" clauses ("three officers were
    killed when suspects blew themselves up": the killing clause)."""
    cur = _clause(tok)
    while cur.dep_ == "advcl" and cur.head.i != cur.i:
        cur = cur.head
    return cur


def _own_toll_clause(first: Token, tok: Token, figs: list[Figure]) -> Token | None:
    """Two attacks joined by "and", each clause with its own toll ("an explosion at a guesthouse
    killed two people, and three police officers were killed when suspects blew themselves up"):
    the second act's clause, else None."""
    r1, r2 = _act_root(first), _act_root(tok)
    if r1.i == r2.i or r2.dep_ != "conj" or r2.head.i != r1.i:
        return None
    second = {t.i for t in r2.subtree}
    tolls = [f.trigger.i for f in figs if f.trigger is not None and f.count is not None]
    own_first = any(i not in second for i in tolls)
    own_second = any(i in second for i in tolls)
    return r2 if own_first and own_second else None


def _part_of_count(act: Token, figs: list[Figure], told: _Draft) -> bool:
    """'dozens of people had been killed, seven of them when a convoy was ambushed': the act told in a
    'when' clause that counts 'N of them' is a part of a count given outside it, which is the count of
    the attack told before."""
    if told.category != "ASSAULT":
        return False
    inside = {t.i for t in act.subtree}
    # (the parser hangs "seven of them" on either verb)
    part = any(
        t.lower_ == "them" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.like_num
        for t in act.sent
        if t.i < act.i
    ) and any(c.lower_ == "when" for c in act.children)
    whole = any(
        f.kind in ("killed", "wounded")
        and not f.subset
        and f.trigger is not None
        and f.trigger.i not in inside
        for f in figs
    )
    return part and whole
