"""Attribution: who says so, and whether they assert, deny or dispute.

Wire news is claims, not facts. Each reporting construction becomes an ``Attribution``:
"X said (that) ...", "X accused Y of ...", "X claimed ...", "according to X", "X denied ...".
The claimant is the subject noun phrase; its name is the PERSON (else ORG/GPE) inside it, its role
what is left ("Azerbaijani presidential aide"), its country the nationality the phrase states.
Pronouns and bare heads ("the ministry") are resolved later, across sentences, by the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from frontwire.geo.countries import country_code
from frontwire.nlp.lexicon import load, word_set

_DROP_ROLE = {"the", "a", "an", "'s", "’s", ",", "-", "—", '"', "'", "(", ")"}


@dataclass(slots=True)
class Attribution:
    name: str | None  # the claimant's name as written, None when only a pronoun
    role: str | None
    country: str | None
    stance: str  # asserts | denies | disputes
    verb: Token | None  # the reporting verb (None for "according to")
    span: tuple[int, int]  # character offsets of the claimant phrase within the doc
    pronoun: bool = False
    accused: Token | None = None  # "accused Y of..." -> Y
    person: bool = False


def _stance(lemma: str) -> str | None:
    if lemma in word_set("attribution", "denies"):
        return "denies"
    if lemma in word_set("attribution", "disputes"):
        return "disputes"
    if lemma in word_set("attribution", "asserts"):
        return "asserts"
    return None


def _np_tokens(head: Token) -> list[Token]:
    """The subject phrase without relative clauses or trailing punctuation."""
    toks = [
        t
        for t in head.subtree
        if not any(a.dep_ in ("relcl", "acl") and a.i != head.i and a in head.subtree for a in t.ancestors)
        or t.i == head.i
    ]
    toks = [t for t in toks if t.dep_ not in ("relcl", "acl")]
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].lower_ in ("the", "a", "an")):
        toks.pop(0)
    return toks


def describe_party(toks: list[Token]) -> tuple[str | None, str | None, str | None, bool]:
    """Split a noun phrase into (name, role, country, is_person).

    Why both name and role: the record keeps "Hikmet Hajiyev" as the claimant and "presidential aide"
    as the role, so the same person is recognised when later called "the aide" or "he".
    """
    if not toks:
        return None, None, None, False
    doc = toks[0].doc
    lo, hi = toks[0].i, toks[-1].i + 1
    person = [e for e in doc.ents if e.label_ == "PERSON" and e.start >= lo and e.end <= hi]
    orgs = [e for e in doc.ents if e.label_ in ("ORG", "NORP", "GPE") and e.start >= lo and e.end <= hi]
    name_span = person[0] if person else None
    name = name_span.text if name_span is not None else None
    name_idx = set(range(name_span.start, name_span.end)) if name_span is not None else set()
    role_words = [t.text for t in toks if t.i not in name_idx and t.lower_ not in _DROP_ROLE]
    role = " ".join(role_words).strip() or None
    country = None
    for t in toks:
        if t.i in name_idx:
            continue
        code = country_code(t.text) if t.pos_ in ("PROPN", "ADJ", "NOUN") and t.text[:1].isupper() else None
        if code:
            country = code
            break
    if country is None:
        for e in orgs:
            code = country_code(e.text)
            if code:
                country = code
                break
    if name is None:
        name = doc[lo:hi].text
    if role:
        # the nationality is a field of its own; keep the role to the office ("presidential aide")
        parts = [w for w in role.split() if not (w[:1].isupper() and country_code(w) == country and country)]
        role = " ".join(parts) or None
    return name, role, country, bool(person)


def attributions(sent: Span) -> list[Attribution]:
    """Every reporting construction in a sentence."""
    out: list[Attribution] = []
    denial_nouns = word_set("attribution", "denial_nouns")
    pronouns = word_set("attribution", "pronouns")
    has_denial_noun = any(t.lemma_.lower() in denial_nouns for t in sent)
    for tok in sent:
        if tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.lemma_ == "say"):
            stance = _stance(tok.lemma_.lower())
            if stance is None:
                continue
            if any(c.dep_ == "neg" for c in tok.children):
                continue
            subj = next((c for c in tok.children if c.dep_ in ("nsubj",)), None)
            if subj is None and tok.dep_ == "conj":
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            if (
                stance == "asserts"
                and has_denial_noun
                and any(t.lemma_ in ("claim", "report", "accusation", "allegation") for t in sent)
            ):
                stance = "denies"
            accused = None
            if tok.lemma_ in ("accuse", "blame", "charge"):
                accused = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if subj.lower_ in pronouns:
                out.append(
                    Attribution(
                        None, None, None, stance, tok, (subj.idx, subj.idx + len(subj)), True, accused
                    )
                )
                continue
            toks = _np_tokens(subj)
            name, role, country, person = describe_party(toks)
            if name is None:
                continue
            span = (toks[0].idx, toks[-1].idx + len(toks[-1]))
            out.append(Attribution(name, role, country, stance, tok, span, False, accused, person))
        elif tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            toks = _np_tokens(pobj)
            name, role, country, person = describe_party(toks)
            if name:
                span = (toks[0].idx, toks[-1].idx + len(toks[-1]))
                out.append(Attribution(name, role, country, "asserts", None, span, False, None, person))
    return out


def is_source_head(word: str) -> bool:
    """'the ministry', 'officials', 'police': a head noun that names a source, not an actor."""
    return word.lower() in word_set("attribution", "source_nouns")


def reporting_lemmas() -> frozenset[str]:
    data = load("attribution")
    return frozenset(data["asserts"]) | frozenset(data["denies"]) | frozenset(data["disputes"])
