"""Attribution: who says so, and whether they assert, deny or dispute.

Wire news is claims, not facts. Each reporting construction becomes an ``Attribution``:
"X said (that) ...", "..., X said", "said X, the ministry's spokesman", "X told state television",
"X accused Y of ...", "X claimed responsibility", "according to X", "..., citing X",
"X was quoted as saying", "it was reported by X", "X denied ...", "X rejected the accusation",
"X called the claims a lie", "X disputed the toll".

The claimant is the subject noun phrase without its relative clauses and without a dateline
("BAKU, Oct 27 (Atlas) - "). Its name is the PERSON in it (else the organisation phrase), its role the
office words ("presidential aide"), its country the state the phrase names ("Azerbaijani",
"Russia's", "Houthi-run"), unless the demonym names a people ("ethnic Armenian officials") or the body
is international ("U.N. coordinator in Nigeria"). Pronouns and bare heads ("the ministry") are
resolved later, across sentences, by the engine.

Every word list lives in ``lexicons/attribution.json``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from frontwire.geo.countries import country_code, country_in
from frontwire.nlp.casualties import figures
from frontwire.nlp.lexicon import load, word_set

log = logging.getLogger(__name__)

# A wire dateline opens the first sentence ("BAKU, Oct 27 (Atlas) - ", "SANAA (Meridian) - ",
# "KABUL, Aug 27 — "): it names where the report was filed, never who says so.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+)*(?:,[^()\n]{0,60}?)?\s*(?:\([^)\n]{1,40}\))?"
    r"\s*[-—–\ufffd]{1,2}\s+"  # a dash, or the replacement character a bad encoding left of it
)
_DROP_ROLE = {"the", "a", "an", "'s", "’s", ",", '"', "'", "“", "”", "(", ")", "his", "her", "its", "their"}


@dataclass(slots=True)
class Attribution:
    name: str | None  # the claimant's name as written, None when only a pronoun
    role: str | None
    country: str | None
    stance: str  # asserts | denies | disputes
    verb: Token | None  # the reporting verb (None for "according to", "citing")
    span: tuple[int, int]  # character offsets of the claimant phrase within the doc
    pronoun: bool = False
    accused: Token | None = None  # "accused Y of..." -> Y
    person: bool = False
    quote: str | None = None  # what the claimant says (the reported clause), when there is one
    hedged: bool = False  # "reportedly", "allegedly": the writer keeps their distance
    # "said the fallen corporal was a loyal friend": who someone was, no claim on an act (the speaker
    # is still the one a later 'he said' points back to)
    testimony: bool = False
    # "said he had been away from his office when the missile hit": where the speaker was, no claim on
    # the act (unlike a character witness, what the speaker says next may well be one)
    whereabouts: bool = False


def _w(key: str) -> frozenset[str]:
    return word_set("attribution", key)


@cache
def _stance_of() -> dict[str, str]:
    """Lemma -> stance; a lemma listed twice keeps the stronger reading (denies > disputes > asserts)."""
    out: dict[str, str] = {}
    for stance in ("asserts", "disputes", "denies"):
        for w in load("attribution")[stance]:
            out[w.lower()] = stance
    return out


@cache
def _dispute_cues() -> tuple[str, ...]:
    return tuple(f" {c.lower()} " for c in load("attribution")["dispute_cues"])


@cache
def _party_countries() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"\b" + re.escape(k.lower()) + r"\b"), v)
        # parties.json state_force_names: "the Tatmadaw", "FARDC" (state forces named without a country)
        for k, v in {**load("attribution")["party_countries"], **load("parties")["state_force_names"]}.items()
    )


@cache
def _non_state_names() -> re.Pattern[str]:
    # parties.json armed_group_names: "Arakan Army", "Baloch Liberation Army" (a state word inside a name)
    names = [*load("attribution")["non_state_names"], *load("parties")["armed_group_names"]]
    words = sorted(names, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(w.lower()) for w in words) + r")(?![\w-])")


def armed_group_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names an armed group the lexicons know ("Boko Haram", "the Arakan Army"), as
    character spans. Why: a word of such a name is no toponym ("positions of Boko Haram" are not in
    Haram, Norway; the Arakan Army is no place in Rakhine)."""
    return [m.span() for m in _non_state_names_any_case().finditer(text)]


@cache
def _non_state_names_any_case() -> re.Pattern[str]:
    # (matched on the text itself, not on its lower case, so that offsets stay the text's own)
    return re.compile(_non_state_names().pattern, re.I)


def armed_group_in(text: str) -> str | None:
    """The armed group a party's name names, as written ('al Shabaab' in 'al Shabaab fighters')."""
    m = _non_state_names().search(text.lower())
    return text[m.start() : m.end()] if m else None


@cache
def _party_names() -> frozenset[str]:
    return frozenset(k.lower() for k in load("attribution")["party_countries"])


@cache
def _international() -> re.Pattern[str]:
    words = sorted(load("attribution")["international_markers"], key=len, reverse=True)
    return re.compile(r"(?<![\w.])(" + "|".join(re.escape(w.lower()) for w in words) + r")(?![\w])")


@cache
def _patron_rx() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_w("no_country_suffixes")))
    return re.compile(r"\S+-(?:" + words + r")\b")


def lexicon_side(text: str) -> tuple[bool, str | None]:
    """What the party lexicons settle about a name: ``(True, None)`` for an international body or an
    armed group known by name, ``(True, code)`` for a de facto authority or a state institution named
    without its country ("Houthi fighters" -> YEM, "the Kremlin" -> RUS), ``(False, None)`` when they
    say nothing and the name's own words must decide."""
    # "U.N.-backed government", "Iran-backed militia": a patron or a base is not who the party is
    low = _patron_rx().sub(" ", text.lower())
    if _international().search(low):
        return True, None
    for rx, code in _party_countries():
        if rx.search(low):
            return True, code
    if _non_state_names().search(low):
        return True, None
    return False, None


# -- the claimant phrase ----------------------------------------------------------------------------


def _dateline_end(sent: Span) -> int:
    """Index of the first token after a wire dateline (the sentence start when there is none)."""
    if sent.start != 0 and sent.start_char != 0:
        return sent.start
    m = _DATELINE.match(sent.text)
    if m is None:
        return sent.start
    cut = sent.start_char + m.end()
    for t in sent:
        if t.idx >= cut:
            return t.i
    return sent.start


def _np_tokens(head: Token, cut: int = 0, drop_conj: bool = False) -> list[Token]:
    """The noun phrase under ``head`` without relative clauses, the dateline or trailing punctuation.

    ``drop_conj``: leave out coordinated conjuncts (each becomes a claimant of its own).
    """
    skip: set[int] = set()
    for t in head.subtree:
        if t.i == head.i:
            continue
        if t.dep_ in ("relcl", "acl") or (drop_conj and t.head.i == head.i and t.dep_ in ("conj", "cc")):
            skip.update(x.i for x in t.subtree)
        elif t.dep_ == "prep" and _temporal(t):
            skip.update(x.i for x in t.subtree)  # "the minister on Saturday said": when, not who
        elif t.dep_ == "poss" and t.head.i == head.i and _collective(t):
            skip.update(x.i for x in t.subtree)  # "the two countries' defence ministries": no one's name
    toks = [t for t in head.subtree if t.i not in skip and t.i >= cut]
    # a relative clause leaves its comma behind ("Kolo, the leader of a militia, ...")
    while toks and (toks[-1].is_punct and toks[-1].text not in (")",)):
        toks.pop()
    while toks and (toks[0].is_punct or toks[0].lower_ in ("the", "a", "an")):
        toks.pop(0)
    # keep parentheses balanced: "Libyan National Army (LNA)" keeps its closing bracket
    opened = sum(t.text == "(" for t in toks) - sum(t.text == ")" for t in toks)
    if opened > 0 and toks and toks[-1].i + 1 < len(head.doc) and head.doc[toks[-1].i + 1].text == ")":
        toks.append(head.doc[toks[-1].i + 1])
    elif opened > 0:
        toks = [t for t in toks if t.text != "("]
    # a phrase cut by a relative clause can end on a dangling comma-separated remnant
    while toks and toks[-1].text in (",", "-", "—"):
        toks.pop()
    return toks


def _collective(t: Token) -> bool:
    """'the two countries'', 'both sides'': owners that name no party of their own."""
    return t.lemma_.lower() in _w("collective_owners") and any(
        c.lower_ in ("two", "both", "all", "three") for c in t.children
    )


def _temporal(prep: Token) -> bool:
    return any(x.dep_ == "pobj" and x.ent_type_ in ("DATE", "TIME") for x in prep.children)


def _is_title(t: Token) -> bool:
    return t.lower_ in _w("titles")


def _is_office(t: Token) -> bool:
    return t.lower_ in _w("offices") or t.lemma_.lower() in _w("offices")


def _valid_person(ent: Span) -> bool:
    """spaCy's small model calls some demonyms and datelines PERSON ("Azerbaijani officials")."""
    words = [t for t in ent if not t.is_punct]
    if not words:
        return False
    if country_code(ent.text) or all(country_code(t.text) for t in words):
        return False
    return not all(_is_office(t) or _is_title(t) for t in words)


def _person_span(toks: list[Token]) -> tuple[int, int] | None:
    """Token range [start, end) of the person named in the phrase, titles and offices stripped."""
    if not toks:
        return None
    doc = toks[0].doc
    ids = {t.i for t in toks}
    # names inside "of"/"for" after a plural that is no office ("Opponents of President X", "relatives
    # of X", "lawyers for X"): the group is the speaker, not the person it is named after
    groups_of = {
        x.i
        for t in toks
        if t.dep_ == "prep" and t.lower_ in ("of", "for") and t.head.tag_ == "NNS" and not _is_office(t.head)
        for x in t.subtree
    }
    for ent in doc.ents:
        if ent.root.dep_ == "poss" and any(t.i > ent.end for t in toks):
            continue  # "Putin's spokesman", "Tigray's interim administration": the owner, not the speaker
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ in ("of", "for") and _is_office(prep.head):
            continue  # "the governor of Khoda Afrin": the office's domain, not its holder
        if ent.root.dep_ == "pobj" and prep.lower_ in ("in", "at", "near", "from") and prep.head.i in ids:
            continue  # "a local official in Gao", "a police officer in Marawi": where the speaker is
        if ent.root.i in groups_of:
            continue  # "Opponents of President Nicolas Maduro", "relatives of X": the group speaks
        if (
            ent.root.dep_ == "compound"
            and ent.root.head.i in ids
            and ent.root.head.pos_ != "PROPN"
            and not (_is_office(ent.root.head) or _is_title(ent.root.head))
        ):
            continue  # "the Trump administration": a body named after a person
        if ent.label_ == "PERSON" and all(i in ids for i in range(ent.start, ent.end)) and _valid_person(ent):
            start, end = ent.start, ent.end
            while start < end - 1 and (_is_title(doc[start]) or _is_office(doc[start])):
                start += 1
            if end - start >= 3 and doc[start - 1].lower_ == "of" and _is_office(doc[start - 2]):
                start += 1  # "Chicago Police Chief of Patrol Brian McDermott": the office's domain goes
            # "Oleksandr" + "Prokudin": the small model sometimes splits one name into two PERSON spans
            while (
                end in ids
                and doc[end].ent_type_ == "PERSON"
                and doc[end].ent_iob_ == "B"
                and _name_word(doc[end])
            ):
                end = next(e.end for e in doc.ents if e.start == end)
            return start, end
    # The small model often tags "Spokeswoman Shushan Stepanyan" as ORG or nothing: a run of
    # capitalised proper nouns right after an office or rank word is the person.
    best: tuple[int, int] | None = None
    i = 0
    while i < len(toks):
        t = toks[i]
        prev = toks[i - 1] if i > 0 else None
        person_word = prev is not None and (prev.lower_ in _w("person_offices") or _is_title(prev))
        ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
        # "Spokeswoman Shushan Stepanyan" tagged ORG as a whole: office words before the name do not
        # make the name part of an organisation's
        in_org = (
            ent is not None
            and ent.label_ in ("ORG", "FAC", "GPE", "LOC")
            and ent.start < t.i
            and not all(_is_office(x) or _is_title(x) for x in doc[ent.start : t.i])
        )
        if in_org and person_word and ent is not None and ent.label_ in ("FAC", "ORG"):
            # "Granville County Fire Marshal Doug Logan" tagged FAC as a whole: an office word and then
            # a first and last name that end the entity are a person, not part of a place's name
            run = i
            while run < len(toks) and _name_word(toks[run]) and toks[run].i == t.i + (run - i):
                run += 1
            in_org = not (run - i >= 2 and toks[run - 1].i + 1 == ent.end)
        if person_word and _name_word(t) and not in_org and t.i not in groups_of:
            j = i
            while j < len(toks) and _name_word(toks[j]) and toks[j].i == toks[i].i + (j - i):
                j += 1
            best = (toks[i].i, toks[j - 1].i + 1)
            i = j
            continue
        i += 1
    if best is None and len(toks) >= 3:
        # "NYPD Chief of Department Terence Monahan": the office's own domain sits between the office
        # and the name, so no office word comes right before it; a first and last name ending the
        # phrase after an office word are the person
        end = len(toks)
        start = end
        while start > 0 and _name_word(toks[start - 1]) and toks[start - 1].i == toks[-1].i - (end - start):
            start -= 1
        names = toks[start:end]
        if len(names) >= 3 and names[0].i > 0 and names[0].doc[names[0].i - 1].lower_ == "of":
            names = names[1:]  # "Chief of Patrol Brian McDermott": the office's domain is no name
        offices = [t for t in toks[:start] if t.lower_ in _w("person_offices") or _is_title(t)]
        in_org = any(t.ent_type_ in ("ORG", "FAC", "GPE", "LOC", "NORP") for t in names)
        # ("the governor of Khoda Afrin": a name right after 'of' is the office's domain)
        domain = names and names[0].i > 0 and names[0].doc[names[0].i - 1].lower_ in ("of", "for", "in")
        if len(names) >= 2 and offices and not in_org and not domain and names[-1].i not in groups_of:
            best = (names[0].i, names[-1].i + 1)
    return best


def _name_word(t: Token) -> bool:
    return (
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and not _is_office(t)
        and not _is_title(t)
        and t.ent_type_ not in ("GPE", "NORP", "DATE", "LOC")
        and country_code(t.text) is None
    )


def _ethnic_ids(toks: list[Token]) -> set[int]:
    """Demonyms that name a people, not a state ("ethnic Armenian officials")."""
    ethnic = _w("ethnic_words")
    return {t.i for t in toks if t.i > 0 and t.doc[t.i - 1].lower_ in ethnic}


@cache
def _gazetteer():  # noqa: ANN202  (the Gazetteer type lives in geo; imported lazily)
    from frontwire.geo.gazetteer import Gazetteer, GazetteerMissingError

    try:
        return Gazetteer()
    except GazetteerMissingError as exc:
        # Claimants still get names, roles and stated countries; only places-as-countries are lost.
        log.warning("claimant countries from place names disabled: %s", exc)
        return None


def place_country(name: str, min_population: int = 0, own_name: bool = False) -> str | None:
    """The country of a place name ("Mariupol" -> UKR, "Nagorno-Karabakh" -> AZE) from the gazetteer.

    Why: a body named by its place ("Mariupol city council", "officials in Karabakh") belongs to the
    state the place is in. The most populous match wins, so "Kabul" is Afghanistan's.
    ``own_name``: a district counts only under its own full name, since the gazetteer also finds
    "Petroleum County" for "Petroleum" and "White County" for "White" (a capitalised word of a
    title, "Petroleum Minister", or of a group's name, "the White Army", is then no place).
    """
    from frontwire.geo.resolve import rules
    from frontwire.geo.text import fold

    gaz = _gazetteer()
    if gaz is None or not name.strip():
        return None
    if all(fold(w) in rules()["direction_words"] for w in name.split()):
        # "Eastern forces loyal to Haftar", "Northern troops": a compass word alone is a direction; the
        # division named by it alone (Eastern Region, Ghana; Eastern Province, Sri Lanka, Saudi
        # Arabia, Kenya ...) exists in too many countries to make the body any one state's
        return None
    entries = [e for e in gaz.lookup(fold(name)) if e.country and e.kind not in ("continent", "water")]
    entries = [e for e in entries if e.population >= min_population or e.kind != "city"]
    if own_name:
        entries = [e for e in entries if e.kind != "admin2" or fold(e.name) == fold(name)]
    if not entries:
        return None
    best = max(entries, key=lambda e: (e.primary, e.population))
    return best.country


def describe_party(toks: list[Token]) -> tuple[str | None, str | None, str | None, bool]:
    """Split a noun phrase into (name, role, country, is_person).

    Why both name and role: the record keeps "Hikmet Hajiyev" as the claimant and "presidential aide"
    as the role, so the same person is recognised when later called "the aide" or "he". An
    organisation keeps its whole phrase as the name ("Azerbaijan's prosecutor general's office") and
    its office words as the role ("prosecutor general's office").
    """
    if not toks:
        return None, None, None, False
    doc = toks[0].doc
    ids = {t.i for t in toks}
    appos_ids: set[int] = set()
    for t in toks:
        if t.dep_ == "appos" and t.head.i in ids and t.i not in appos_ids and doc[t.i - 1].text != "(":
            appos_ids.update(x.i for x in t.subtree if x.i in ids)
    main = [t for t in toks if t.i not in appos_ids]
    appos = [t for t in toks if t.i in appos_ids]
    root = next((t for t in main if t.head.i not in ids or t.head.i == t.i), None)
    coordinated = root is not None and any(c.dep_ == "conj" and c.i in ids for c in root.children)
    # "Hezbollah and Amal said": a joint source is named as a whole, even if one name looks personal
    pspan = None if coordinated else (_person_span(main) or _person_span(appos))
    name_ids = set(range(*pspan)) if pspan else set()
    ethnic = _ethnic_ids(toks)
    country = _country_of(toks, name_ids, ethnic)
    if pspan:
        name = doc[pspan[0] : pspan[1]].text
        # the office is in the main phrase ("Defence Minister X") or, failing that, the appositive
        role_src = [t for t in main if t.i not in name_ids]
        if not any(not t.is_punct and t.lower_ not in _DROP_ROLE and not _is_title(t) for t in role_src):
            # "Sgt. Mary Jones, a police spokeswoman": a rank alone is no office; the appositive says it
            role_src = [t for t in appos if t.i not in name_ids]
        elif appos and pspan[0] in {t.i for t in appos}:
            role_src = [t for t in main if t.i not in name_ids]
        role = _role_text(role_src, country, ethnic)
        return name, role, country, True
    name_toks = _trim(main) or _trim(toks)
    if (
        appos
        and root is not None
        and root.pos_ == "NOUN"
        and any(t.pos_ == "PROPN" for t in appos)
        and not any(t.pos_ == "PROPN" for t in main if t.i != root.i and t.dep_ not in ("npadvmod", "poss"))
    ):
        # "the Pakistan-based militant group Jaish-e-Mohammed": the proper name names the body,
        # the common noun phrase says what it is
        return _text(_trim(appos)) or None, _role_text(main, country, ethnic), country, False
    org = _descriptor_and_org(name_toks)
    if org is not None:
        # "aid group Medecins Sans Frontieres", "charity Save the Children": the organisation is the
        # name, the common nouns before it say what it is
        descriptor, body = org
        return _text(body), _text(descriptor) or None, country, False
    name = _text(name_toks)
    role = _role_text(name_toks, country, ethnic)
    if appos:
        role = _role_text(appos, country, ethnic) or role
    if role and role.lower() == name.lower():
        role = None  # "Islamic State", "Hezbollah and Amal": a name with no office words
    return name or None, role, country, False


def _descriptor_and_org(toks: list[Token]) -> tuple[list[Token], list[Token]] | None:
    """Split 'rights group Amnesty International' into the descriptor and the organisation it names,
    when an ORG entity ends the phrase and only lower-case common nouns come before it."""
    if len(toks) < 2:
        return None
    last = toks[-1]
    ent = next((e for e in last.doc.ents if e.label_ == "ORG" and e.start <= last.i < e.end), None)
    if ent is None or ent.end != last.i + 1 or ent.start <= toks[0].i:
        return None
    before = [t for t in toks if t.i < ent.start]
    if not before or not all(t.pos_ in ("NOUN", "ADJ", "DET") and t.text.islower() for t in before):
        return None
    return [t for t in before if t.pos_ != "DET"], [t for t in toks if t.i >= ent.start]


def _trim(toks: list[Token]) -> list[Token]:
    out = list(toks)
    while out and (out[0].is_punct or out[0].lower_ in ("the", "a", "an")):
        out.pop(0)
    while out and out[-1].is_punct and out[-1].text != ")":
        out.pop()
    return out


def _text(toks: list[Token]) -> str:
    if not toks:
        return ""
    parts = []
    for k, t in enumerate(toks):
        nxt_adjacent = k + 1 < len(toks) and toks[k + 1].i == t.i + 1
        parts.append(t.text_with_ws if nxt_adjacent else t.text + " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def _role_text(toks: list[Token], country: str | None, ethnic: set[int]) -> str | None:
    """Office words of a phrase: no determiners, ranks, state names or "X-run" prefixes."""
    keep: list[Token] = []
    suffixes = _w("run_by_suffixes")
    drop: set[int] = set()
    for t in toks:
        # "Houthi-run", "Saudi-led": the part that says who runs the body is not the office
        if t.lower_ in suffixes and t.i >= 2 and t.doc[t.i - 1].text == "-":
            drop.update({t.i, t.i - 1, t.i - 2})
        if "-" in t.text and t.text.split("-")[-1].lower() in suffixes:
            drop.add(t.i)
    if country:
        for ent in toks[0].doc.ents if toks else ():
            # "Saudi Arabia's minister": the whole state name goes, not only the word that looks national
            if ent.label_ in ("GPE", "NORP") and len(ent) > 1 and country_code(ent.text) == country:
                drop.update(range(ent.start, ent.end))
    for t in toks:
        if t.dep_ == "case" and t.i not in drop:
            # "prosecutor general's office" keeps the possessive of an office holder; "the ministry's
            # spokesman" is the ministry spokesman, and a dropped state name takes its "'s" with it
            if keep and keep[-1].i == t.i - 1 and keep[-1].lower_ in _w("person_offices"):
                keep.append(t)
            continue
        if t.i in drop or t.is_punct and t.text not in ("-",) or t.lower_ in _DROP_ROLE:
            continue
        nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        prv = t.doc[t.i - 1] if t.i > 0 else None
        if (
            _is_title(t)
            and nxt is not None
            and (nxt.pos_ == "PROPN" or _is_title(nxt))
            and (prv is None or prv.text != "-")
        ):
            continue  # a rank before a name ("Colonel Turki al-Maliki"), not "prosecutor general"
        if t.lower_ in _w("ethnic_words"):
            continue
        code = country_code(t.text) if t.text[:1].isupper() else None
        # "Somali-Kenya border": a word glued to a hyphen belongs to a compound name
        hyphened = (t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_) or (
            t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-" and not t.whitespace_
        )
        if code and (code == country or t.i in ethnic) and t.pos_ != "NOUN" and not hyphened:
            continue
        keep.append(t)
    while keep and (keep[-1].dep_ == "case" or keep[-1].text in ("-", "of", "for", "in")):
        keep.pop()
    while keep and keep[0].text == "-":
        keep.pop(0)
    text = _text(keep)
    if not text:
        return None
    first = keep[0]
    initial = first.i == first.sent.start or (first.i > 0 and first.doc[first.i - 1].lower_ in ("the", "a"))
    if (
        initial
        # "Army spokesman" at a sentence start, but "Pentagon spokesman" keeps its name
        and (first.pos_ != "PROPN" or (first.lower_ in _w("offices") and first.lower_ not in _party_names()))
        and not text[:2].isupper()
        and len(keep) > 1
        and keep[1].text[:1].islower()
    ):
        text = text[0].lower() + text[1:]  # "Presidential aide" capitalised only by the sentence start
    return text


def _country_of(toks: list[Token], name_ids: set[int], ethnic: set[int]) -> str | None:
    """The state a claimant phrase names, or None (international bodies, peoples, armed groups)."""
    nocountry = _w("no_country_suffixes")
    located: set[int] = set()
    for t in toks:
        # "Pakistan-based", "Iran-backed": a place or a patron, not the body's state
        if t.lower_ in nocountry and t.i >= 2 and t.doc[t.i - 1].text == "-":
            located.add(t.i - 2)
        if "-" in t.text and t.text.rsplit("-", 1)[-1].lower() in nocountry:
            located.add(t.i)
    words = [t for t in toks if t.i not in name_ids and t.i not in ethnic and t.i not in located]
    text = _text(words)
    low = text.lower()
    if _international().search(low):
        return None
    for rx, code in _party_countries():
        if rx.search(low):
            return code
    if _non_state_names().search(low):
        return None
    ids_all = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in ids_all or t.head.i == t.i), None)
    heads = _w("non_state_heads")
    if root is not None and (root.lower_ in heads or root.lemma_.lower() in heads):
        return None
    code = country_in(text)
    if code:
        return code
    # a body named by its place: "Mariupol city council", "officials in Karabakh", "Donetsk governor"
    doc = toks[0].doc if toks else None
    if doc is None:
        return None
    ids = {t.i for t in words}
    for ent in doc.ents:
        if ent.label_ in ("GPE", "LOC") and all(i in ids for i in range(ent.start, ent.end)):
            code = place_country(ent.text)
            if code:
                return code
    bodies = _w("state_bodies") | _w("source_nouns") | _w("offices")
    for t in words:
        ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
        if ent is not None and ent.label_ == "ORG" and len(ent) > 1:
            # a word of an organisation's name ("Rapid Support Forces") is not a place, though the
            # small model also calls some places ORG ("Nagorno-Karabakh")
            if t.i == ent.start and all(i in ids for i in range(ent.start, ent.end)):
                code = place_country(ent.text, min_population=5000)
                if code:
                    return code
            continue
        if (
            t.pos_ == "PROPN"
            and (t.ent_type_ in ("GPE", "LOC", "FAC", "ORG") or t.head.lemma_.lower() in bodies)
            and len(t.text) > 3
            and not _is_office(t)
            and not _is_title(t)
            and t.dep_ in ("compound", "poss", "pobj", "nmod", "amod")
            # an organisation's acronym ("told CNN", "MENA reported") is no place, though a gazetteer
            # may hold a village of those letters
            and not (t.ent_type_ == "ORG" and t.text.isupper())
        ):
            code = place_country(t.text, min_population=5000)
            if code:
                return code
    return None


# -- what the claimant says -------------------------------------------------------------------------


def _complements(verb: Token) -> list[Token]:
    """Heads of the reported content: 'said (that) X', 'told reporters X', 'said X, and that Y'."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "parataxis")]
    for c in list(out):
        out.extend(x for x in c.children if x.dep_ == "conj" and x.pos_ in ("VERB", "AUX"))
    return out


def _content_tokens(verb: Token) -> list[Token]:
    toks: list[Token] = []
    for c in _complements(verb):
        toks.extend(c.subtree)
    for c in verb.children:
        if c.dep_ == "dobj" and verb.lemma_.lower() == "tell":
            continue  # "told state television": who was told, not what
        if c.dep_ in ("dobj", "oprd", "attr", "acomp") or (c.dep_ == "prep" and c.lower_ == "as"):
            toks.extend(c.subtree)
        if c.dep_ == "prep" and c.lower_ in ("in", "on", "during"):
            # "said in a statement that his movement had nothing to do with the attack": the small model
            # hangs the reported clause on the statement noun
            for noun in (x for x in c.children if x.dep_ == "pobj"):
                for x in noun.children:
                    if x.dep_ in ("acl", "relcl") and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in x.children
                    ):
                        toks.extend(x.subtree)
    return sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)


def _lemma_string(toks: list[Token]) -> str:
    words = [t.lemma_.lower() for t in toks if t.pos_ not in ("DET", "PUNCT") or t.text == "-"]
    return " " + " ".join(words) + " "


def _has_denial_word(toks: list[Token]) -> bool:
    denial = _w("denial_nouns")
    if any(
        (t.lower_ in denial or t.lemma_.lower() in denial)
        and not (t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children))  # "staged an incursion"
        for t in toks
    ):
        return True
    return _denial_phrase(toks)


def _denial_phrase(toks: list[Token]) -> bool:
    """'said they were not involved', 'had no part in the attack', 'nothing to do with it'."""
    kept = [t for t in toks if not t.is_punct]
    lemmas = " " + " ".join("not" if t.dep_ == "neg" else t.lemma_.lower() for t in kept) + " "
    words = " " + " ".join(t.lower_ for t in toks if not t.is_punct) + " "
    return any(f" {p} " in lemmas or f" {p} " in words for p in _w("denial_phrases"))


def _is_claim_noun(t: Token, pronouns: bool = True) -> bool:
    """'the accusation', 'the reports' (and, as the object of a denial verb, 'it', 'them')."""
    if t.pos_ == "PRON" and not pronouns:
        return False
    return t.lemma_.lower() in _w("claim_nouns") or t.lower_ in _w("claim_nouns")


def _own_side_negated(content_heads: list[Token]) -> bool:
    """'said its forces had not fired', 'said it did not carry out': the claimant denies its own act."""
    modals = _w("future_aux") | {"must", "should", "can", "ca", "shall"}
    for c in content_heads:
        if not any(x.dep_ == "neg" for x in c.children):
            continue
        if c.pos_ != "VERB" or any(x.dep_ == "auxpass" or x.lower_ in modals for x in c.children):
            continue  # "it was not known", "we must not allow": not a denial of an act
        if c.lemma_.lower() in _w("cognition_verbs"):
            continue  # "we do not believe these attacks were carried out by a local group": a view
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        if subj.lower_ in ("it", "we", "they") or any(
            x.dep_ == "poss" and x.lower_ in ("its", "our", "their") for x in subj.children
        ):
            return True
        if subj.lower_ in _w("bare_bodies") and any(x.lower_ == "the" for x in subj.children):
            return True  # "the Taliban spokesman said the group had not carried out the bombing"
    return False


def _reaction_only(verb: Token) -> bool:
    """'said he was outraged by the killings': the claimant's feelings, not a claim about events."""
    heads = _complements(verb)
    if not heads:
        return False
    react = _w("reaction_words")
    appeal = _w("appeal_words")
    reacted = False
    for c in heads:
        words = (
            {c.lemma_.lower(), c.lower_}
            | {x.lemma_.lower() for x in c.children if x.dep_ in ("acomp", "attr", "xcomp", "advmod")}
            | {x.lower_ for x in c.children if x.dep_ in ("acomp", "attr", "xcomp")}
        )
        if words & react:
            reacted = True
        elif not words & appeal:
            return False
    return reacted


def _belief_justified(verb: Token) -> bool:
    """'Police said they thought he had a gun', 'the officer said he feared for his life': the force
    that fired tells the threat it believed it faced. The shooting is admitted and its description
    challenged (a justification), so its word disputes the act (coding guide: 'Y said it hit a military
    target' disputes). Only of the speaker's own belief ('they', 'we', 'he') told in the past, not
    negated, and only from the force itself (the caller checks the speaker)."""
    own = {"they", "we", "he", "she", "i"} | _w("force_speakers")
    for c in _complements(verb):
        if c.lemma_.lower() not in _w("belief_verbs") or any(x.dep_ == "neg" for x in c.children):
            continue
        if c.tag_ != "VBD":
            continue  # "police believe the suspect has a gun": a warning in a manhunt, not why they fired
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if subj is None or (subj.lower_ not in own and subj.lemma_.lower() not in own):
            continue
        threats = _w("believed_threats")
        if any(t.lemma_.lower() in threats or t.lower_ in threats for t in c.subtree if t.i != subj.i):
            return True
    return False


def _testimony_only(verb: Token) -> bool:
    """'said: "Corporal Hale was a fearless soldier and a loyal friend"', 'told the paper she had known
    the victim for years': a tribute or a character reference says who someone was or what the speaker
    knew of them, not what happened (coding guide: a claim gives a figure or blames someone). Only a
    person ('Hale', 'he', 'she') said to be something or known, loved, missed; not what became of them
    ('he was dead'), not which side they were ('a member of the group', 'a militant'), not who did it."""
    heads = [c for c in _complements(verb) if c.pos_ in ("VERB", "AUX")]
    if not heads:
        return False
    excluded = _w("testimony_exclusions") | _w("civilian_words")
    for c in heads:
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if subj is None:
            return False
        named = subj.pos_ == "PROPN" and subj.ent_type_ not in ("ORG", "NORP", "GPE", "LOC", "FAC")
        if not (named or subj.ent_type_ == "PERSON" or subj.lower_ in _w("personal_pronouns")):
            return False
        if any(
            x.dep_ in ("neg", "ccomp", "xcomp") or (x.dep_ == "advcl" and x.tag_ != "VBG") for x in c.children
        ):
            return False  # "had been at home when two men came in": the act told around the person
        if c.lemma_ == "be":
            said = [x for x in c.children if x.dep_ in ("attr", "acomp")]
        elif c.lemma_.lower() in _w("testimony_verbs"):
            said = [x for x in c.children if x.dep_ in ("dobj", "prep", "npadvmod")]
        else:
            return False
        if not said and c.lemma_ == "be":
            return False
        words = [t for x in said for t in x.subtree]
        if any(t.lemma_.lower() in excluded or t.lower_ in excluded for t in words):
            return False
        if any(t.ent_type_ in ("ORG", "NORP", "GPE") for t in words):
            return False
        if c.lemma_ == "be" and any(t.dep_ == "nummod" or t.text[:1].isdigit() for t in words):
            return False  # "they were 12 men from the village": a count
        if armed_group_in(" ".join(t.text for t in words)):
            return False
    return True


def _own_whereabouts(verb: Token) -> bool:
    """'said he had been away from his office when the missile hit', 'said she was asleep in her room
    when the shooting started': where the speaker (or those with them) was when the act told happened
    says nothing of the act (coding guide: a claim gives a figure or blames someone). The 'when' clause
    may only point back to the act ('the missile hit', 'the blast shattered the windows'); one that
    tells who did it ('when two men came in and set the house ablaze') makes a claim."""
    heads = [c for c in _complements(verb) if c.pos_ in ("VERB", "AUX")]
    if not heads:
        return False
    for c in heads:
        subj = next((x for x in c.children if x.dep_ == "nsubj"), None)
        if c.lemma_ != "be" or subj is None or subj.lower_ not in _w("personal_pronouns"):
            return False
        if any(x.dep_ in ("attr", "neg", "ccomp", "xcomp") for x in c.children):
            return False
        if not any(x.dep_ in ("prep", "advmod", "acomp") and x.lower_ != "when" for x in c.children):
            return False
        for clause in (x for x in c.children if x.dep_ == "advcl"):
            told = next((x for x in clause.children if x.dep_ in ("nsubj", "nsubjpass")), None)
            pointed = (
                told is not None
                and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in told.children)
                and (told.lemma_.lower() in _event_nouns() or told.lemma_.lower() in _weapon_words())
            )
            if not pointed or any(t.like_num for t in clause.subtree):
                return False
    return True


@cache
def _weapon_words() -> frozenset[str]:
    return frozenset(w.lower().split()[-1] for w in load("weapons")["weapons"])


def _inquiry_only(verb: Token) -> bool:
    """'said it was looking into the incident', 'said it was investigating the reports', 'said
    detectives were trying to determine a motive', 'said the investigation is ongoing', 'said officers
    were searching for the gunman': the speaker only checks what happened or looks for those who did
    it, and tells nothing of it."""
    heads = [c for c in _complements(verb) if c.pos_ in ("VERB", "AUX")]
    if not heads:
        return False
    inquiry = _w("inquiry_verbs")
    for c in heads:
        lemma = c.lemma_.lower()
        looked = lemma == "look" and any(x.dep_ in ("prep", "prt") and x.lower_ == "into" for x in c.children)
        # "the department was working to identify the gunman", "detectives were trying to determine a
        # motive": an effort whose aim is to find out
        aimed = lemma in _w("effort_verbs") and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in inquiry for x in c.children
        )
        # "the investigation is ongoing": the inquiry itself, still going
        subj = next((x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        going = (
            lemma == "be"
            and subj is not None
            and subj.lemma_.lower() in _w("inquiry_nouns")
            and any(
                x.dep_ in ("acomp", "advmod", "prep") and x.lower_ in _w("ongoing_words") for x in c.children
            )
        )
        doers = word_set("parties", "anaphoric_doers")
        doer = subj is not None and (subj.lemma_.lower() in doers or subj.lower_ in doers)
        sought = (
            lemma in _w("search_verbs")
            and any(x.dep_ == "prep" and x.lower_ == "for" for x in c.children)
            and not doer
            and not any(x.dep_ == "advcl" for x in c.children)
        )
        if not (lemma in inquiry or looked or aimed or going or sought):
            return False
    return True


def _habitual_only(verb: Token) -> bool:
    """'says the coalition has targeted its leaders for years', 'said militants often attack
    convoys': a habit or a long record, not a claim about one event."""
    heads = [c for c in _complements(verb) if c.pos_ in ("VERB", "AUX")]
    if not heads:
        return False
    habit = _w("habitual_adverbs")
    spans = _w("habitual_spans")
    for c in heads:
        if c.lemma_.lower() in _w("stative_verbs"):
            return False  # "the bomber had belonged to the group for years": a state, not a habit
        near = {x.lower_ for x in c.children if x.dep_ == "advmod"}
        text = " ".join(x.lower_ for x in c.subtree)
        if not (near & habit or any(f" {p} " in f" {text} " for p in spans)):
            return False
    return True


def _record_of_acts(verb: Token) -> bool:
    """'Islamic State has claimed many previous attacks on the Hazara minority', 'claimed several
    earlier bombings': a claim verb whose object is a plural of past acts speaks of a record."""
    if verb.lemma_.lower() not in _w("credit_verbs"):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NNS":
        return False
    past = {"previous", "past", "earlier", "prior", "many", "several", "numerous", "other", "dozens"}
    return any(c.lower_ in past for c in obj.children if c.dep_ in ("amod", "det", "nummod", "quantmod"))


def threat_blame(verb: Token) -> bool:
    """'said Israel would pay a heavy price for killing civilians', 'warned that Kyiv would pay for the
    killing of civilians': a threat that names what it punishes blames the one threatened for an act
    (coding guide: everyone who blames someone for the event gets a claim; the vow itself is THREATEN)."""
    harm = _w("harm_acts") | _event_nouns()
    for head in _complements(verb):
        for prep in head.subtree:
            if prep.lower_ != "for" or prep.dep_ != "prep":
                continue
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None and (obj.lemma_.lower() in harm or obj.lower_ in harm):
                return True
    return False


def _future_only(verb: Token) -> bool:
    """'said both sides will meet again', 'said it would cut its activity': plans, not events."""
    heads = [c for c in _complements(verb) if c.pos_ in ("VERB", "AUX")]
    if not heads or threat_blame(verb):
        return False
    fut = _w("future_aux")
    # "said the attack might have been revenge for ...": a modal perfect guesses about the past, a
    # claim about the event told (hedged), not a plan
    return all(
        any(x.dep_ == "aux" and x.lower_ in fut for x in c.children)
        and not any(x.dep_ == "aux" and x.lemma_.lower() == "have" for x in c.children)
        for c in heads
    )


def _civilians_denied(content: list[Token]) -> bool:
    """'said it had struck a commander ... and denied targeting civilians', 'said its jets did not target
    civilians': the speaker admits hitting something and rejects only that civilians were the aim."""
    aims = _w("aim_verbs")
    for t in content:
        if t.lemma_.lower() not in _w("civilian_words"):
            continue
        if t.dep_ == "amod":
            # "said it had struck RSF positions and denied hitting civilian areas": the civilian thing
            # is what was aimed at, a dispute only beside an admitted strike ("denied that its forces
            # had targeted civilian buildings" alone denies)
            admitted = any(
                x.pos_ == "VERB"
                and x.lemma_.lower() in aims
                and x is not t.head.head
                and not any(c.dep_ == "neg" for c in x.children)
                and x.head.lemma_.lower() not in _w("denies")
                for x in content
            )
            if not admitted:
                continue
            t = t.head
        if t.dep_ not in ("dobj", "nsubjpass", "pobj"):
            continue
        act = t.head if t.dep_ != "pobj" else t.head.head
        if act.lemma_.lower() not in _w("aim_verbs"):
            continue
        negated = any(c.dep_ == "neg" for c in act.children)
        denied = act.dep_ in ("xcomp", "ccomp", "dobj") and act.head.lemma_.lower() in _w("denies")
        if negated or denied:
            return True
    return False


def _disputes(verb: Token, content: list[Token]) -> bool:
    """Lexical cues that the claimant admits an act but challenges its description."""
    if not content:
        return False
    s = _lemma_string(content)
    if any(c in s for c in _dispute_cues()):
        return True
    # "the figures were exaggerated": the tagger keeps an adjectival participle as its own lemma, so a
    # one-word verb cue is also matched by its stem ("exaggerat-", "inflat-", "overstat-")
    words = {t.lower_ for t in content}
    stems = [c.strip().rstrip("e") for c in _dispute_cues() if " " not in c.strip()]
    if any(w.startswith(stem) for stem in stems if len(stem) >= 6 for w in words):
        return True
    # "its forces had struck Ukrainian military targets in the region": the speaker's own side owns
    # the act and names what it hit as military (the victims' side says a store)
    forces = _w("state_force_nouns")
    for t in content:
        if t.lemma_.lower() not in _w("military_aim_nouns"):
            continue
        if not any(c.lower_ in ("military", "army") for c in t.children):
            continue  # "military targets", "army camps"
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if (
            subj is not None
            and subj.lemma_.lower() in forces
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children)
        ):
            return True
    if _civilians_denied(content):
        return True
    # "some of the dead were fighters": the people hit recast as combatants
    victims, fighters = _w("victim_words"), _w("combatant_words")
    for t in content:
        if t.lemma_ != "be":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        attr = next((c for c in t.children if c.dep_ in ("attr", "acomp")), None)
        if subj is None or attr is None or attr.lemma_.lower() not in fighters:
            continue
        words = {x.lemma_.lower() for x in subj.subtree} | {x.lower_ for x in subj.subtree}
        if words & victims:
            return True
    return False


def _understated(content: list[Token]) -> bool:
    """'said the toll was far lower', 'said the casualty figures were wrong': the speaker contests the
    count another source gave, not that the act happened. A source revising its own count ('lower than
    first reported') disputes no one."""
    nouns, words = _w("description_nouns"), _w("understated_words")
    revised = {"first", "initially", "earlier", "previously", "originally"}
    for t in content:
        if t.lemma_ != "be":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        pred = [c for c in t.children if c.dep_ in ("acomp", "attr")]
        if subj is None or not pred or (subj.lemma_.lower() not in nouns and subj.lower_ not in nouns):
            continue
        if any(p.lemma_.lower() in words or p.lower_ in words for p in pred):
            return not any(x.lower_ in revised for p in pred for x in p.subtree)
    return False


def _description_contested(verb: Token) -> bool:
    """'Kenya's military denied that account, saying the attack had been repelled', 'dismissed the
    figures', 'rejected the group's claim that it had killed 30 soldiers', 'denied that the base had
    been overrun, saying the attack had been repelled': what is rejected is another source's telling of
    the act (its account, its count, its outcome), so the act is admitted and its description disputed.
    Unless the rejection goes on to deny the act itself ('denied the account, saying its troops had not
    fired') or is about who did it ('denied that its troops had carried out the massacre')."""
    went_on = [
        c for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in _stance_of()
    ]
    said = [t for c in went_on for t in _content_tokens(c)]
    if any(_own_side_negated(_complements(c)) for c in went_on) or _has_denial_word(said):
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    nouns = _w("description_nouns")
    # "denies two counts of assisting an offender": counts of a charge, not the count of the dead
    charge = (
        obj is not None
        and obj.lemma_.lower() == "count"
        and any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in obj.children)
    )
    if obj is not None and not charge and (obj.lemma_.lower() in nouns or obj.lower_ in nouns):
        return True
    reported = obj is not None and (
        obj.lemma_.lower() in _w("report_nouns") or obj.lower_ in _w("report_nouns")
    )
    if reported and obj is not None:
        inside = {t.i for t in obj.subtree}
        if any(
            f.count is not None and f.trigger is not None and f.trigger.i in inside
            for f in figures(verb.sent)
        ):
            return True  # "rejected the group's claim that it had killed 30 soldiers": the count
    denied = [c for c in verb.children if c.dep_ == "ccomp"]
    if not (reported or denied) or _own_side_negated(denied):
        return False
    own = {"it", "we", "they", "its", "our", "their"}
    if any(x.dep_ in ("nsubj", "nsubjpass", "poss") and x.lower_ in own for c in denied for x in c.subtree):
        return False  # "denied that its troops had carried out the massacre": who did it
    # "..., saying the attack had been repelled": the act told as having happened
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.lemma_.lower() in _event_nouns() or t.lower_ in _event_nouns())
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children)
        and not any(c.dep_ == "neg" for c in t.head.children)
        for t in said
    )


def recasts_aim(verb: Token) -> bool:
    """'said its missiles had struck the hotel, where foreign mercenaries and commanders were staying',
    'said its jets had targeted a Hezbollah commander in the building': the speaker's own side owns the
    strike and names a military aim in it. Whether that disputes the victims' account depends on the
    event (engine: only beside another source's account of civilians hit)."""
    if verb.lemma_.lower() in _w("credit_verbs") or any(
        t.lemma_.lower() in _w("credit_nouns") for t in verb.sent
    ):
        return False  # "claimed responsibility, saying it had targeted militia fighters": credit taken
    enemy = _w("military_aim_people")
    for t in _content_tokens(verb):
        if t.pos_ != "VERB" or t.lemma_.lower() not in _w("recast_aim_verbs"):
            continue
        if any(c.dep_ == "neg" for c in t.children):
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        own = subj is not None and (
            subj.lower_ in ("it", "we", "they")
            or any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in subj.children)
        )
        if own and any(x.lemma_.lower() in enemy or x.lower_ in enemy for x in t.subtree if x.i > t.i):
            return True
    return False


def _rebuked_remark(content: list[Token]) -> bool:
    """'said the remarks were unacceptable', 'said the accusation was insulting': a rebuke of what the
    other side said rejects it. Only said of remarks and accusations: 'the toll was unacceptable' is a
    reaction to the event, no denial."""
    for t in content:
        if t.lemma_ != "be":
            continue
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        pred = [c for c in t.children if c.dep_ in ("acomp", "attr")]
        pred += [x for c in pred for x in c.children if x.dep_ == "conj"]
        if subj is None or subj.lemma_.lower() not in _w("remark_nouns"):
            continue
        if any(p.lemma_.lower() in _w("rebuke_words") or p.lower_ in _w("rebuke_words") for p in pred):
            return True
    return False


def _refine(verb: Token, stance: str) -> str:
    """The stance a 'say'-type verb takes from what is said ('said the accusation was groundless')."""
    if stance == "denies":
        # "denied that civilians had been killed and said those killed were fighters": the killing is
        # admitted, who died is challenged (the parse may hang the 'said' inside the denied clause)
        if _disputes(verb, _content_tokens(verb)) or _description_contested(verb):
            return "disputes"
        return stance
    if stance != "asserts" or verb.lemma_.lower() in ("accuse", "blame", "allege", "charge", "claim"):
        return stance
    content = _content_tokens(verb)
    named = [t for t in content if _is_claim_noun(t, pronouns=False)]
    if _has_denial_word(content) and named:
        # "said the figures given by the rebels were false": the count is contested, not the act
        nouns = _w("description_nouns")
        return "disputes" if all(t.lemma_.lower() in nouns or t.lower_ in nouns for t in named) else "denies"
    if _rebuked_remark(content):
        return "denies"
    if _civilians_denied(content):
        return "disputes"  # before the own-side negation: "its jets did not target civilians"
    if _own_side_negated(_complements(verb)) or _denial_phrase(content):
        return "denies"
    if _disputes(verb, content) or _understated(content):
        return "disputes"
    return stance


def labels_told_act(verb: Token) -> bool:
    """'condemned what it called a massacre', 'denounced what it described as a deliberate attack on
    civilians': the speaker names an act told before (a free relative 'what' labelled as an attack)."""
    if verb.lemma_.lower() not in _w("labelling_verbs") or verb.dep_ != "ccomp":
        return False
    if not any(c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return False
    label = [
        c for c in verb.children if c.dep_ in ("oprd", "attr") or (c.dep_ == "prep" and c.lower_ == "as")
    ]
    words = [t for c in label for t in c.subtree]
    if _has_denial_word(words):
        return False
    return any(t.lemma_.lower() in _event_nouns() or t.lower_ in _event_nouns() for t in words)


def _label_stance(verb: Token) -> str | None:
    """'called the claims a lie' denies; 'called the strike an act of terrorism' asserts."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    complement = [c for c in verb.children if c.dep_ in ("oprd", "attr", "acomp", "ccomp", "xcomp")]
    complement += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
    complement += [c for c in obj.children if c.dep_ in ("appos", "amod") and c.i > obj.i + 1]
    if not complement:
        # 'called the strike "an open act of terrorism"': the small model often hangs the label on the object
        if verb.lemma_ == "call" and not any(c.dep_ == "prep" for c in verb.children) and obj.n_rights:
            complement = [c for c in obj.rights if c.pos_ in ("NOUN", "ADJ", "PROPN")]
        if not complement:
            return None
    words = [t for c in complement for t in c.subtree]
    if _has_denial_word(words) and _is_claim_noun(obj):
        return "denies"
    if labels_told_act(verb):
        return "asserts"
    if _contrasted(complement):
        # 'called it "a repositioning, not a real withdrawal"', 'described the pullback as a regrouping
        # rather than a retreat': the act is admitted and what it was is contested
        return "disputes"
    if obj.lemma_.lower() in _event_nouns() or obj.lower_ in _event_nouns():
        # "called the massacre staged" denies the event; "called the ambush a bloody provocation" condemns
        # it (a provocation by the other side): a condemnation label on an event denies only beside a
        # word that denies by itself ("a staged provocation", "a lie and a provocation")
        condemn = _w("condemnation_labels")
        plain = [t for t in words if t.lower_ not in condemn and t.lemma_.lower() not in condemn]
        if _has_denial_word(plain):
            return "denies"
        # "called the strike an act of terrorism" characterises an event; "called the agreements an
        # important first step" is an opinion about something else
        return "asserts"
    return None


def _contrasted(complement: list[Token]) -> bool:
    """A label set against another one: 'a repositioning, not a real withdrawal', 'a regrouping rather
    than a retreat' (the parser hangs the 'not' on the first label or the second on 'than')."""
    heads = [t for c in complement for t in ([c, *c.children] if c.dep_ == "prep" else [c])]
    for h in heads:
        if h.pos_ not in ("NOUN", "PROPN"):
            continue
        negated = any(x.dep_ == "neg" for x in h.children)
        other = any(x.dep_ in ("appos", "conj") and x.pos_ == "NOUN" for x in h.children)
        rather = any(x.lower_ == "than" and any(y.lower_ == "rather" for y in x.children) for x in h.children)
        if (negated and other) or rather:
            return True
    return False


@cache
def _event_nouns() -> frozenset[str]:
    """Nouns of violent events (the ASSAULT triggers): what a labelling verb can make a claim about."""
    out = {t["lemma"].split()[-1].lower() for t in load("triggers")["triggers"] if t["category"] == "ASSAULT"}
    return frozenset(out | {"killing", "killings", "death", "deaths", "massacre"})


def _claim_object(verb: Token) -> bool:
    """'rejected the accusation', 'dismissed the reports as bogus', 'denied that ...'."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and (_is_claim_noun(c) or _has_denial_word(list(c.subtree))):
            return True
        if c.dep_ in ("ccomp",):
            return True
        if c.dep_ == "prep" and c.lower_ == "as" and _has_denial_word(list(c.subtree)):
            return True
        if c.dep_ == "prt" and c.lower_ in ("aside", "off"):
            return any(x.dep_ == "dobj" and _is_claim_noun(x) for x in verb.children)
    return False


def _stance(verb: Token) -> str | None:
    """The stance of a reporting verb, or None when it reports nothing here."""
    lemma = verb.lemma_.lower()
    if lemma in _w("labelling_verbs"):
        return _label_stance(verb)
    if lemma in _w("credit_verbs") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _w("credit_nouns") for c in verb.children
    ):
        return "asserts"
    if lemma == "distance":
        if any(c.dep_ == "dobj" and c.lower_.endswith(("self", "selves")) for c in verb.children) or any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children
        ):
            return "denies"
        return None
    if lemma in _w("citing_verbs") and any(c.dep_ == "auxpass" for c in verb.children):
        return "asserts"  # "X was quoted as saying"
    stance = _stance_of().get(lemma)
    if stance is None:
        return None
    if lemma in _w("need_claim_object") and not _claim_object(verb):
        return None
    if lemma == "put" and not any(
        c.dep_ == "dobj" and c.lemma_.lower() in _w("put_objects") for c in verb.children
    ):
        return None  # "put the toll at 160" reports; "put pressure on" does not
    if lemma == "claim" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _w("claimed_life_objects") for c in verb.children
    ):
        return None  # "the fire claimed ten lives"
    if lemma in _w("need_that_clause") and not any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if lemma in _w("asserts_need_clause") and not any(
        c.dep_ in ("ccomp", "xcomp", "parataxis") or (c.dep_ == "dobj" and _is_claim_noun(c))
        for c in verb.children
    ):
        return None
    return _refine(verb, stance)


# -- who says it ----------------------------------------------------------------------------------


def _is_reporting(tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in _stance_of() or lemma in _w("labelling_verbs") or lemma in _w("citing_verbs")


def _closes_quote(verb: Token) -> bool:
    """Does the reporting verb come right after a closing quotation mark (',"  said X')?"""
    doc = verb.doc
    prev = [doc[i] for i in range(max(0, verb.i - 2), verb.i)]
    return any(t.text in ('"', "”", "''", "’") for t in prev) and bool(prev) and prev[-1].is_punct


def _subject(verb: Token, cut: int) -> Token | None:
    """The subject head of a reporting verb; the nearest one when the parse gives several."""
    own = next((c for c in verb.children if c.dep_ == "nsubj" and c.i >= cut), None)
    quoted = _quoted_as_saying(verb)
    if quoted is not None and quoted.i >= cut:
        return quoted
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "with" and own is not None:
        # "..., with Russian President Vladimir Putin saying that close to 5,000 had been killed":
        # an absolute clause names its own speaker
        return own
    if verb.tag_ == "VBG" and verb.dep_ != "ROOT":
        # "rejected the accusation, saying ... and calling the report a fabrication": a participle
        # speaks for the subject of the reporting clause it hangs from (the small model often gives it
        # a false subject of its own), else for the subject of the clause it modifies ("after accusing")
        verbs = [a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")]
        for anc in [a for a in verbs if _is_reporting(a)] + verbs:
            s = next((c for c in anc.children if c.dep_ == "nsubj" and c.i >= cut), None)
            if s is not None:
                if not _is_reporting(anc) and anc.lemma_.lower() in _w("reaction_words"):
                    return None  # "condemned the attack, saying ...": a reaction, not a claim
                return s
        return None
    subs = [c for c in verb.children if c.dep_ == "nsubj" and c.i >= cut]
    if not subs:
        # "BAKU, Oct 2 (Atlas) - Azerbaijan's prosecutor general's office said": the small model may
        # make the dateline the subject and the real source its appositive
        for c in verb.children:
            if c.dep_ == "nsubj" and c.i < cut:
                subs = [
                    x for x in c.subtree if x.i >= cut and x.head.i < cut and x.pos_ in ("NOUN", "PROPN")
                ][:1]
    after = [x for x in subs if x.i > verb.i]
    if len(subs) > 1 and after and _closes_quote(verb):
        # '"(Jerome Faulkner) and his wife were good, fine people," said Logan': after a closing quote
        # the inverted subject speaks; a name inside the quote is what is said
        return after[0]
    if len(subs) > 1:
        # "In Stepanakert, the main city of the region, officials said": the place is not the source
        subs = [s for s in subs if not _is_place(s)] or subs
        # "Al Mourabitoune group, a jihadist movement linked to al Qaeda has claimed": a missing comma
        # makes two subjects; the named one is the source
        named = ("ORG", "PERSON", "GPE")
        subs = [s for s in subs if any(t.ent_type_ in named for t in _np_tokens(s, cut))] or subs
        before = [s for s in subs if s.i < verb.i]
        subs = [max(before, key=lambda s: s.i)] if before else subs[:1]
    if subs:
        return subs[0]
    if (
        verb.dep_ == "acl"
        and any(c.dep_ == "ccomp" for c in verb.children)
        and verb.head.lemma_.lower() in (_w("document_nouns") | _w("source_nouns"))
    ):
        # "An investigation by the U.N. found last year that ...": the small model reads a reduced clause
        return verb.head
    if _speakers_own_denial(verb):
        return _subject(verb.head.head, cut)
    cur = verb
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
        subs = [c for c in cur.children if c.dep_ == "nsubj" and c.i >= cut]
        if subs:
            return subs[-1] if all(s.i < verb.i for s in subs) else subs[0]
    if any(c.dep_ == "auxpass" for c in verb.children):
        if verb.lemma_.lower() in _w("citing_verbs"):
            # "X was quoted as saying": X is the source
            return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    return _citing_speaker(verb, cut)


def _quoted_as_saying(verb: Token) -> Token | None:
    """'State television quoted the governor as saying ...', 'the weekly cited security sources as
    saying ...': the words are those of the one quoted (the citing verb's object); the outlet only
    relays them, so the one quoted is the claimant."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return None
    cite = verb.head.head
    if cite.lemma_.lower() not in _w("citing_verbs") or any(c.dep_ == "auxpass" for c in cite.children):
        return None  # "X was quoted as saying": X is the subject, read as before
    return next((c for c in cite.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def _citing_speaker(verb: Token, cut: int) -> Token | None:
    """'..., a local official, citing witnesses, said.', '..., a security source who asked not to be
    named said.': the small model hangs the speaker on the reported clause and leaves the reporting
    verb without a subject; the speaker is the noun phrase right before ', citing ...,' or the one
    whose relative clause ends just before the verb."""
    doc = verb.doc
    prev = verb.i - 1
    while prev >= 0 and doc[prev].is_punct:
        prev -= 1
    cite = next(
        (
            t
            for t in doc[max(cut, prev - 12) : prev + 1]
            if t.lemma_.lower() in _w("citing_verbs") and t.tag_ == "VBG" and t.right_edge.i == prev
        ),
        None,
    )
    if cite is None:
        # "..., a security source who asked not to be named said": the speaker's relative clause ends
        # right before the verb
        rel = next(
            (
                t
                for t in doc[max(cut, prev - 12) : prev + 1]
                if t.dep_ == "relcl"
                and t.right_edge.i == prev
                and t.head.pos_ in ("NOUN", "PROPN")
                and t.head.i < t.i
                and t.head.left_edge.i > cut
                and doc[t.head.left_edge.i - 1].is_punct
            ),
            None,
        )
        return rel.head if rel is not None else None
    if cite.i < cut + 2 or not doc[cite.i - 1].is_punct:
        return None
    end = doc[cite.i - 2]
    if end.pos_ not in ("NOUN", "PROPN") or end.i < cut:
        return None
    head = end
    while head.head.i < cite.i and head.head.pos_ in ("NOUN", "PROPN") and head.head.right_edge.i == end.i:
        head = head.head
    return head


def _is_place(t: Token) -> bool:
    if t.ent_type_ in ("GPE", "LOC", "FAC") and country_code(t.text) is None:
        return True
    return t.lemma_.lower() in _w("place_nouns")


def _tail_phrase(verb: Token, cut: int) -> list[Token]:
    """'..., police and witnesses said.': a sentence-final source the parse did not make the subject."""
    doc = verb.doc
    j = verb.i - 1
    toks: list[Token] = []
    ok = ("NOUN", "PROPN", "ADJ", "DET", "CCONJ", "PART", "NUM")
    while j >= cut:
        t = doc[j]
        if t.text == ")":
            # "the International Organization for Migration (IOM) said": the acronym is part of the name
            k = next((k for k in range(j - 1, max(cut, j - 6) - 1, -1) if doc[k].text == "("), None)
            if k is None or not all(doc[x].pos_ == "PROPN" for x in range(k + 1, j)):
                break
            toks[:0] = list(doc[k : j + 1])
            j = k - 1
            continue
        # "the U.N. High Commissioner for Refugees said": 'for' and 'of' inside a name
        inside_name = (
            t.pos_ == "ADP"
            and t.lower_ in ("for", "of")
            and j > cut
            and doc[j - 1].pos_ == "PROPN"
            and doc[j + 1].pos_ == "PROPN"
        )
        if not (t.pos_ in ok or t.text in ("'s", "’s", "-") or inside_name):
            break
        toks.insert(0, t)
        j -= 1
    if j < cut or doc[j].text != "," or not any(t.pos_ in ("NOUN", "PROPN") for t in toks):
        return []
    return _trim(toks)


def _owner(head: Token) -> Token:
    """'a statement from the ministry' -> the ministry; 'an investigation by the U.N.' -> the U.N."""
    if head.lemma_.lower() not in _w("document_nouns") and head.lower_ not in _w("document_nouns"):
        return head
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in _w("document_owner_preps"):
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and _can_own(pobj):
                return pobj
        if c.dep_ == "poss" and c.pos_ != "PRON":
            return c
        if c.dep_ in ("compound", "amod") and c.i < head.i and _issuer(c):
            # "according to a police report", "the army statement said": the body whose document it is
            return c
        if c.dep_ == "acl":
            # "the statement issued by the General Staff"
            agent = next((x for x in c.children if x.dep_ == "agent"), None)
            pobj = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None and _can_own(pobj):
                return pobj
    return head


def _issuer(t: Token) -> bool:
    """A modifier that names who issued a document: 'police', 'army', 'Pentagon', 'U.N.' (not 'joint',
    'new', 'autopsy')."""
    if t.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return False
    if t.lower_ in _w("source_nouns") or t.lower_ in ("military", "pentagon", "kremlin", "coroner"):
        return True
    return t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "GPE", "NORP")


def _can_own(t: Token) -> bool:
    """A document's owner is a body or person ('figures from the health ministry'), not a place
    ('reports from villages near the border' stay the reports)."""
    if t.lemma_.lower() in _w("document_nouns") or _is_place(t):
        return False
    return (
        t.ent_type_ in ("PERSON", "ORG", "NORP")
        or t.pos_ == "PROPN"
        or (t.ent_type_ == "GPE" and country_code(t.text) is not None)
        or t.lemma_.lower() in _w("source_nouns")
        or t.lemma_.lower() in _w("state_bodies")
        or t.lower_ in _w("source_nouns")
    )


def _phrases(head: Token, cut: int) -> list[list[Token]]:
    """One claimant phrase, or one per conjunct when each conjunct is a person or a state
    ("Russia and Ukraine accused each other"; "police and witnesses said" stays one source)."""
    conjs = [head] + [t for t in head.conjuncts if t.i > head.i]
    # persons and states speak for themselves; organisations named together issue one statement
    named = all(t.ent_type_ == "PERSON" or (t.ent_type_ == "GPE" and country_code(t.text)) for t in conjs)
    if len(conjs) > 1 and named:
        return [_np_tokens(t, cut, drop_conj=True) for t in conjs]
    return [_np_tokens(head, cut)]


def _hedged(verb: Token | None, sent: Span) -> bool:
    hedges = _w("hedges")
    if verb is None:
        return any(t.lower_ in hedges for t in sent)
    near = list(verb.children) + [x for c in _complements(verb) for x in c.children]
    return any(t.lower_ in hedges for t in near)


def _make(
    toks: list[Token], stance: str, verb: Token | None, accused: Token | None, sent: Span
) -> Attribution | None:
    if not toks:
        return None
    doc = toks[0].doc
    nxt = toks[-1].i + 1
    if (
        nxt + 1 < len(doc)
        and _is_title(doc[nxt])
        and doc[nxt].text.endswith(".")
        and doc[nxt + 1].ent_iob_ == "B"
    ):
        # "said Winnipeg police Const. Rob Carver": the parser may end the phrase at the title's period
        ent = next((e for e in doc.ents if e.start == nxt + 1 and e.label_ == "PERSON"), None)
        if ent is not None:
            toks = [*toks, *doc[nxt : ent.end]]
    name, role, country, person = describe_party(toks)
    if not name:
        return None
    alias = _alias(toks)
    if alias and not person:
        role, name = (role or name), alias
    span = (toks[0].idx, toks[-1].idx + len(toks[-1]))
    quote = None
    if verb is not None:
        own = {t.i for t in toks}
        # ", police and residents said": the parse can put the source inside what it reports
        content = _content_tokens(verb)
        if any(t.i in own for t in content) and toks[0].i < verb.i:
            # "..., a local official, citing witnesses, said": what is said ends where its speaker begins
            content = [t for t in content if t.i < toks[0].i]
        content = [t for t in content if t.i not in own]
        while content and (content[-1].is_punct or content[-1].pos_ == "DET"):
            content.pop()
        if content:
            quote = _text(content)
    hedged = _hedged(verb, sent)
    return Attribution(name, role, country, stance, verb, span, False, accused, person, quote, hedged)


def _alias(toks: list[Token]) -> str | None:
    """'the group's Afghan affiliate, known as Islamic State Khorasan' -> 'Islamic State Khorasan'."""
    ids = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in ids or t.head.i == t.i), None)
    if root is None or root.pos_ != "NOUN":
        return None
    for c in root.children:
        if c.dep_ != "acl" or c.lemma_.lower() not in _w("alias_verbs"):
            continue
        for x in c.children:
            obj = None
            if x.dep_ == "prep" and x.lower_ == "as":
                obj = next((y for y in x.children if y.dep_ == "pobj"), None)
            elif x.dep_ in ("oprd", "attr"):
                obj = x
            if obj is not None and obj.pos_ == "PROPN":
                return _text(_trim(list(obj.subtree))) or None
    return None


def _fronted_place_country(verb: Token) -> str | None:
    """'In Stepanakert, ... officials said': the place the reporting clause is set in."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "in" and c.i < verb.i:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if pobj is not None and pobj.ent_type_ in ("GPE", "LOC", "PERSON", "ORG", ""):
                # the phrase's own name (the small model may tag a town ORG or PERSON), or a place
                # inside it ("In the Karabakh capital"); not an outlet in "In reply to questions from CNN"
                span = [
                    t
                    for t in pobj.subtree
                    if t.pos_ == "PROPN"
                    and (
                        t.i == pobj.i
                        or t.head.i == pobj.i
                        and t.dep_ == "compound"
                        or t.ent_type_ in ("GPE", "LOC")
                    )
                ]
                if span:
                    text = _text(span)
                    return country_in(text) or place_country(text)
    return None


def claimed_act_owner(verb: Token) -> Token | None:
    """'Moscow's claim to have captured the town': the owner of the claim noun an act hangs on."""
    head = verb.head
    if verb.dep_ not in ("acl", "xcomp") or head.pos_ != "NOUN":
        return None
    if head.lemma_.lower() not in _w("owned_claim_nouns"):
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")), None)


_GIVEN_BY = frozenset({"give", "provide", "report", "release", "publish", "issue", "announce", "cite"})
_FIGURE_NOUNS = frozenset({"figure", "toll", "count", "tally", "estimate", "number"})
_MULTIPLIERS = frozenset({"twice", "thrice", "times", "half", "double", "triple"})


def _figure_given_by(tok: Token, sent: Span) -> list[Attribution]:
    """'revising down an earlier figure of 103 dead given by state media': whoever gave a figure for
    the event claims it (coding guide: everyone who gives a figure gets a claim), unless the figure is
    only a measure the story's own count is compared with ('more than twice the figure given by the
    authorities')."""
    if tok.lemma_.lower() not in _FIGURE_NOUNS:
        return []
    # "an earlier figure of 40 dead given by local officials": the parser may hang 'given' on the count
    counted = [x for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for x in p.children]
    for c in [*tok.children, *(x for n in counted for x in n.children)]:
        if c.dep_ != "acl" or c.lemma_.lower() not in _GIVEN_BY:
            continue
        agent = next((x for x in c.children if x.dep_ == "agent"), None)
        src = next((x for x in agent.children if x.dep_ == "pobj"), None) if agent is not None else None
        if src is None or src.pos_ == "PRON":
            continue
        before = [t for t in tok.subtree if t.i < c.i]
        told = any(t.like_num and not any(x.lower_ == "times" for x in (*t.children, t.head)) for t in before)
        compared = tok.head.lower_ == "than" or any(t.lower_ in _MULTIPLIERS for t in before)
        if compared and not told:
            # "killed 53 people, more than twice the figure given by Taliban authorities", "three times
            # the figure given by officials": a figure only compared with, its count not told ('the
            # figures released by the insurgents were false' still names figures they gave)
            continue
        a = _make(_np_tokens(src, _dateline_end(sent)), "asserts", None, None, sent)
        if a is not None:
            a.quote = _text([t for t in tok.subtree if t.i < c.i]) or None
            return [a]
    return []


def _read_claim_noun(tok: Token, sent: Span) -> list[Attribution]:
    """'despite Moscow's claim to have captured the town': the owner asserts the act it claims."""
    given = _figure_given_by(tok, sent)
    if given:
        return given
    acts = [c for c in tok.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"]
    owner = claimed_act_owner(acts[0]) if acts else None
    if owner is None:
        return []
    a = _make([t for t in owner.subtree if t.dep_ != "case"], "asserts", tok, None, sent)
    return [a] if a is not None else []


def _read_verb(tok: Token, sent: Span, cut: int) -> list[Attribution]:
    if tok.pos_ not in ("VERB", "AUX") or (tok.pos_ == "AUX" and tok.lemma_ != "say"):
        return []
    if any(c.dep_ == "neg" or c.lower_ in _w("habitual_adverbs") for c in tok.children):
        return []
    if tok.dep_ in ("xcomp", "ccomp") and tok.head.lemma_.lower() in _w("blocked_by"):
        return []  # "refused to confirm", "declined to say"
    if _record_of_acts(tok):
        return []  # "has claimed many previous attacks on the Hazara minority": a record, not this act
    stance = _stance(tok)
    if stance is None:
        return []
    says = _stance_of().get(tok.lemma_.lower()) == "asserts"
    if (stance == "asserts" and _reaction_only(tok)) or (says and _future_only(tok)):
        return []
    if says and _inquiry_only(tok):
        return []  # "said it was looking into the incident": no account of what happened
    if stance == "denies" and tok.dep_ == "relcl" and tok.tag_ in ("VBZ", "VBP"):
        return []  # "Iran, which denies arming the group, did not comment": a standing denial, not this act's
    if says and _habitual_only(tok):
        return []
    lemma = tok.lemma_.lower()
    if lemma in _w("citing_verbs") and not any(c.dep_ == "auxpass" for c in tok.children):
        return []  # "citing X" is read as a source below; "the agency quoted X" is not X's claim
    accused = None
    if lemma in ("accuse", "blame", "charge"):
        # "accused Armenia of ...", and in the passive "Armenia was accused by Azerbaijan of ..."
        accused = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None)
        # "blamed the bombing on the BLA": the culprit is whom it is blamed on (the parser may hang
        # the "on" phrase on the verb or on its object)
        holders = [tok] + ([accused] if accused is not None else [])
        on = next((c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "on"), None)
        if lemma == "blame" and on is not None:
            accused = next((c for c in on.children if c.dep_ == "pobj"), accused)
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    if not own and tok.dep_ == "conj" and not _complements(tok) and tok.i > sent.start:
        # "..., police and residents said Monday": the parse hung the verb on the first clause; the
        # source is the phrase right before it, not that clause's subject
        tail = _tail_phrase(tok, cut)
        if tail:
            a = _make(tail, stance, tok, accused, sent)
            return [a] if a is not None else []
    subj = _subject(tok, cut)
    if subj is None:
        toks = _tail_phrase(tok, cut) if tok.i > sent.start else []
        a = _make(toks, stance, tok, accused, sent)
        return [a] if a is not None else []
    if subj.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
        subj = tok.head  # "Kolo, who said ...": the noun the clause is about
    if subj.lower_ in ("it", "they") and labels_told_act(tok):
        # "the ministry condemned what it called a massacre": 'it' is who condemned
        outer = _subject(tok.head, cut)
        if outer is not None and outer.pos_ != "PRON":
            subj = outer

    def pointing_back(role: str | None, word: Token) -> list[Attribution]:
        """A claimant the engine resolves to the party named before ('he said', 'its spokesman said')."""
        span = (word.idx, word.idx + len(word))
        quote = _text(_content_tokens(tok)) or None
        return [
            Attribution(
                None, role, None, stance, tok, span, True, accused, quote=quote, hedged=_hedged(tok, sent)
            )
        ]

    force = subj.lemma_.lower() in _w("force_speakers") or subj.lower_ in _w("force_speakers")
    if stance == "asserts" and force and _belief_justified(tok):
        stance = "disputes"  # "Police said they thought he had a gun": the shooting justified
    if subj.lower_ in _w("pronouns"):
        return pointing_back(None, subj)
    if subj.pos_ == "PRON" or any(c.lower_ in _w("no_claimant_determiners") for c in subj.children):
        return []
    owner = next(
        (c for c in subj.children if c.dep_ == "poss" and c.lower_ in ("his", "her", "its", "their")), None
    )
    if owner is not None and _is_office(subj) and not any(t.pos_ == "PROPN" for t in subj.subtree):
        # "its spokesman said", "his spokesman said": speaks for the party named before (the engine
        # resolves the possessive like a pronoun)
        return pointing_back(subj.text, owner)
    if subj.lower_ in _w("no_claimant_determiners"):
        return []
    subj = _owner(subj)
    if subj.lemma_.lower() in _w("not_claimants") or subj.lower_ in _w("not_claimants"):
        return []
    out = []
    for toks in _phrases(subj, cut):
        a = _make(toks, stance, tok, accused, sent)
        if a is None:
            continue
        if a.country is None and not a.person:
            ethnic = bool(_ethnic_ids(toks))
            if ethnic or subj.lemma_.lower() in _w("state_bodies") or subj.lower_ in _w("state_bodies"):
                a.country = _fronted_place_country(tok if tok.dep_ != "conj" else tok.head)
        out.append(a)
    return out


def _read_source(tok: Token, sent: Span, cut: int) -> list[Attribution]:
    """'according to X', '..., citing X', 'quoting X': a source without a reporting subject."""
    doc = tok.doc
    src = None
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        src = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
        if src is None:
            # the small model sometimes hangs the object on "according" itself
            src = next((c for c in tok.children if c.dep_ == "pobj"), None)
    elif tok.lemma_.lower() in _w("citing_verbs") and tok.tag_ == "VBG" and tok.dep_ != "ROOT":
        src = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if src is None or src.i < cut:
        return []
    if src.pos_ == "PRON":
        return []
    src = _owner(src)
    out = []
    for toks in _phrases(src, cut):
        a = _make(toks, "asserts", None, None, sent)
        if a is not None:
            a.hedged = _hedged(None, sent)
            out.append(a)
    return out


_RANK = {"disputes": 2, "denies": 1, "asserts": 0}


def _depth(tok: Token) -> int:
    return sum(1 for _ in tok.ancestors)


def _merge_same_claimant(atts: list[Attribution]) -> list[Attribution]:
    """One claimant, one stance per sentence: 'denied bombing the theatre and said fighters had blown it
    up' denies; 'confirmed an air strike but said it had targeted fighters' disputes.

    Accusations keep their own entry: the accused side matters to the engine.
    """
    out: list[Attribution] = []
    for a in atts:
        twin = next(
            (
                o
                for o in out
                if o.span == a.span
                and o.verb is not None
                and a.verb is not None
                and o.accused is None
                and a.accused is None
                and (o.stance != "asserts" or a.stance != "asserts" or o.verb.i != a.verb.i)
            ),
            None,
        )
        if twin is None:
            out.append(a)
            continue
        if _RANK[a.stance] > _RANK[twin.stance]:
            twin.stance = a.stance
            twin.quote = a.quote or twin.quote
        if twin.verb is not None and a.verb is not None and _depth(a.verb) < _depth(twin.verb):
            # the main clause's verb, not a relative clause's ("X, which says ..., said ...")
            twin.verb = a.verb
        twin.hedged = twin.hedged or a.hedged
    return out


def _speakers_own_denial(verb: Token) -> bool:
    """'Zaw Min Tun said troops had lost contact with two battalions but denied that the town had
    fallen': the small model joins the denial to the reported clause; with no subject of its own it
    is the speaker's denial, not the troops'."""
    if verb.dep_ != "conj" or _stance_of().get(verb.lemma_.lower()) != "denies":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    said = verb.head
    return said.dep_ == "ccomp" and _is_reporting(said.head) and said.head.lemma_.lower() in _stance_of()


def _reported_speech(verb: Token, outer: set[int]) -> bool:
    """Is this reporting verb inside what another claimant says ('The ministry said New Delhi had
    blamed Islamabad')? Then it is part of that claim, not a claim of its own."""
    if _speakers_own_denial(verb):
        return False
    cur = verb
    while cur.head.i != cur.i:
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.i in outer:
            return True
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "parataxis"):
            return False
        cur = cur.head
    return False


def attributions(sent: Span) -> list[Attribution]:
    """Every reporting construction in a sentence."""
    cut = _dateline_end(sent)
    out: list[Attribution] = []
    for tok in sent:
        if tok.i < cut:
            continue
        if tok.lower_ == "according" or (tok.lemma_.lower() in _w("citing_verbs") and tok.tag_ == "VBG"):
            out.extend(_read_source(tok, sent, cut))
            continue
        out.extend(_read_verb(tok, sent, cut))
        out.extend(_read_claim_noun(tok, sent))
    verbs = {a.verb.i for a in out if a.verb is not None}
    out = [a for a in out if a.verb is None or not _reported_speech(a.verb, verbs - {a.verb.i})]
    if not out:
        out.extend(_closing_source(sent, cut))
    for a in out:
        says = a.verb is not None and _stance_of().get(a.verb.lemma_.lower()) == "asserts"
        a.testimony = says and a.stance == "asserts" and a.verb is not None and _testimony_only(a.verb)
        a.whereabouts = says and a.stance == "asserts" and a.verb is not None and _own_whereabouts(a.verb)
    return _merge_same_claimant(out)


_CLOSING_FORMS = frozenset({"allege", "alleged", "say", "said", "claim", "claimed", "report", "reported"})


def _closing_source(sent: Span, cut: int) -> list[Attribution]:
    """'..., where he waved the knife at two women in the stairwell, police allege.': the small model
    can read a closing 'police allege' as a noun phrase; a comma, a short source phrase and a reporting
    word ending the sentence are a source all the same."""
    words = [t for t in sent if not (t.is_punct and t.i == sent.end - 1)]
    if len(words) < 6 or words[-1].lower_ not in _CLOSING_FORMS or words[-1].pos_ == "VERB":
        return []
    comma = next((t for t in reversed(words[:-1]) if t.text == ","), None)
    if comma is None:
        return []
    src = [t for t in words if comma.i < t.i < words[-1].i]
    if not 1 <= len(src) <= 6 or src[0].i < cut:
        return []
    heads = _w("source_nouns") | _w("non_state_heads")
    if not (src[-1].lower_ in heads or src[-1].ent_type_ in ("ORG", "PERSON", "GPE", "NORP")):
        return []
    a = _make(src, _stance_of().get(words[-1].lemma_.lower(), "asserts"), None, None, sent)
    if a is None:
        return []
    a.quote = _text([t for t in sent if sent.start <= t.i < comma.i]) or None
    return [a]


def subject_body(sent: Span) -> Attribution | None:
    """The body the sentence's main clause is about ('The Sunni militant group has repeatedly targeted
    ...', 'The Syrian army has repeatedly said ...'): what a following 'it' or 'they' points back to,
    though it is no claimant of its own. None for persons, pronouns and things ('The town')."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN") or subj.ent_type_ == "PERSON":
        return None
    heads = _w("source_nouns") | _w("body_nouns") | _w("armed_body_names") | _w("non_state_heads")
    body = subj.lower_ in heads or subj.lemma_.lower() in heads or subj.ent_type_ in ("ORG", "NORP", "GPE")
    if not body or _is_place(subj) and subj.ent_type_ != "GPE":
        return None
    toks = _np_tokens(subj, _dateline_end(sent), drop_conj=True)
    if not toks:
        return None
    a = _make(toks, "asserts", None, None, sent)
    if a is None or a.person:
        return None
    return a


def names_culprit(a: Attribution) -> bool:
    """'X claimed responsibility for', 'the government blamed terrorists': who did it, by someone."""
    if a.verb is None:
        return False
    lemma = a.verb.lemma_.lower()
    if lemma in _w("culprit_verbs"):
        # "accused Pakistan of giving militants free rein", not the habitual "accuse each other of ..."
        obj = next((c for c in a.verb.children if c.dep_ == "dobj"), None)
        reciprocal = (
            obj is not None
            and obj.lower_ in ("each", "one")
            and any(c.lower_ in ("other", "another") for c in obj.subtree)
        )
        return a.verb.tag_ in ("VBD", "VBN") and not reciprocal
    return takes_credit(a)


def takes_credit(a: Attribution) -> bool:
    """'X claimed responsibility for the attack': the claimant says it did it (the doer as its own
    claim presents it), unlike 'X blamed Y', where Y is."""
    return (
        a.verb is not None
        and a.verb.lemma_.lower() in _w("credit_verbs")
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _w("credit_nouns") for c in a.verb.children)
    )


def refers_to_event(sent: Span) -> bool:
    """Does a sentence without an event word speak of one already told: its toll, its victims, its
    wounded ('Dozens more were wounded, said the governor', 'said the toll was expected to rise')?"""
    words = _w("event_reference_words")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in sent)


def body_named_before(doc: Doc, char: int) -> str | None:
    """The last organisation named before ``char`` ('employees of the World Food Programme ...'),
    skipping places the small model tags ORG ('near the town of Malakal')."""
    for e in reversed(doc.ents):
        if e.label_ != "ORG" or e.end_char > char or e.root.lower_ in _w("source_nouns"):
            continue
        if len(e) == 1 and place_country(e.text):
            continue
        return re.sub(r"^the\s+", "", e.text, flags=re.IGNORECASE)
    return None


def is_reporting_verb(tok: Token) -> bool:
    """'said', 'denied', 'called the claim a lie': a verb that reports a claim here ('called on
    volunteers' does not)."""
    return _is_reporting(tok) and _stance(tok) is not None


def speaks_for_office(a: Attribution) -> bool:
    """Does the claimant speak in an office ('Defence Secretary John Marsh', 'police spokesman', 'the
    ministry'), not as a private person ('a neighbour', 'his aunt', 'Andre Wilson, 38')?"""
    words = {w.lower().strip("'’s") for w in f"{a.role or ''} {'' if a.person else a.name or ''}".split()}
    return bool(words & (_w("offices") | _w("person_offices") | _w("source_nouns") | _w("titles")))


def is_source_head(word: str) -> bool:
    """'the ministry', 'officials', 'police': a head noun that names a source, not an actor."""
    return word.lower() in _w("source_nouns")


def reporting_lemmas() -> frozenset[str]:
    data = load("attribution")
    return frozenset(data["asserts"]) | frozenset(data["denies"]) | frozenset(data["disputes"])
