"""Who did it to whom: the doer and the target of a trigger, read as parties with their ISO3 country.

This stage turns tokens of a parse into ``Party`` records: the noun phrase that names a side, its country
from a demonym, a country word, an office ("the Kenyan president") or a leader's name, the subject or
agent of an act, the speaker of a sentence, the sides of a clash, hostages and their takers.

Why it is separate: the sentence reader (``engine``), the sense tests (``senses``) and the finishing pass
(``finish``) all ask the same questions about parties; the answers depend only on the parse and the
lexicons, never on the reader's state, so they can be read (and tested) on their own.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from frontwire.geo.countries import country_code, country_in
from frontwire.model import Party
from frontwire.nlp.claims import (
    is_reporting_verb,
    lexicon_side,
    place_country,
)
from frontwire.nlp.drafts import (
    _child,
    _Draft,
    _is_weapon,
    _prep_obj,
    _triggers,
    _weapon_words,
)
from frontwire.nlp.lexicon import load, word_set

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
# Places people live in: where an attack happened, never whom it hit (a base or a camp can be).
_SETTLEMENT_NOUNS = frozenset(
    {"village", "town", "city", "area", "territory", "district", "region", "province", "settlement"}
    | {"neighbourhood", "neighborhood", "border", "height", "heights", "hill", "road", "country"}
    # "fired two missiles into the sea": open water is where they fell, not whom they hit
    | {"sea", "ocean", "waters"}
)
# places an attack may be named by ("the Westgate mall attack"), besides the place and civilian nouns
_VENUE_NOUNS = frozenset(
    {
        "station",
        "arena",
        "mall",
        "hall",
        "festival",
        "airport",
        "stadium",
        "concert",
        "club",
        "hotel",
        "bridge",
    }
)
_SPEAKER_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "its", "their", "our"})
_QUANTITY_NOUNS = frozenset({"hundred", "thousand", "dozen", "score", "number", "group", "handful"})


# "members of X", "employees of the World Food Programme": whose people they are names their side
_OWNED_GROUP_NOUNS = frozenset(
    {"member", "unit", "group", "fighter", "supporter", "employee", "staff", "worker", "personnel"}
)


# buildings people use: attacked, they are the target ("a bombing in a market"), of their place
_CIVIL_BUILDINGS = frozenset({"hospital", "school", "market", "mosque", "church", "home", "house"})
_CIVIL_TARGETS = word_set("casualties", "civilian_nouns") | _CIVIL_BUILDINGS | {"residential"}


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
                    and tok.lemma_ in _OWNED_GROUP_NOUNS
                )
                or (c.dep_ == "pobj" and cur.dep_ == "prep")
                # "forces loyal to the Tripoli government": whom they are loyal to is their side
                or (c.dep_ == "prep" and c.lower_ == "to" and cur.lower_ == "loyal" and cur.head.i == tok.i)
                or (c.dep_ == "punct" and c.text == "-")
                # "a densely populated neighbourhood": the adverb of a modifier stays with it
                or (c.dep_ == "advmod" and cur.dep_ == "amod" and c.pos_ == "ADV")
            ):
                toks.append(c)
                stack.append(c)
    toks.sort(key=lambda t: t.i)
    while toks and (
        toks[0].lower_ in ("the", "a", "an", "its", "their", "his", "her")
        or toks[0].like_num
        or toks[0].dep_ in ("nummod", "quantmod")
        or toks[0].lower_ in ("at", "least", "more", "than")
        # "a 12-storey tower", "a 48-hour ceasefire": the hyphen of a dropped number goes with it
        or (toks[0].text == "-" and len(toks) > 1)
    ):
        toks.pop(0)
    # "told police Bassett threatened to stab them": the listener of "told" is no part of the name
    # the parser hangs it on
    if (
        len(toks) > 1
        and tok.pos_ == "PROPN"
        and toks[0].is_lower
        and toks[0].dep_ == "compound"
        and toks[0].i > 0
        and tok.doc[toks[0].i - 1].lemma_ == "tell"
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
        and not _is_weapon(tok.doc[nxt])  # "a Houthi drone attack": the doer, not its drone
    ):
        toks.append(tok.doc[nxt])
    return toks


def _country_word(t: Token) -> str | None:
    """The state a capitalised word names, read with the capitalised words just before it: "Korea"
    in "North Korea" is PRK, "Sudanese" in "South Sudanese" SSD, "Congo" in "Democratic Republic of
    Congo" COD. Why: word by word, the last word names another state."""
    doc = t.doc
    for back in (3, 2, 1):
        start = t.i - back
        if start < 0:
            continue
        words = doc[start : t.i + 1]
        if words[0].text[:1].isupper() and all(w.text[:1].isupper() or w.lower_ == "of" for w in words):
            code = country_code(words.text)
            if code:
                return code
    return country_code(t.text) or _misspelt_demonym(t.text)


def _misspelt_demonym(word: str) -> str | None:
    """ "A Sudnaese poet", "a Russain drone": a long capitalised word that is a demonym with two
    neighbouring letters swapped, the commonest slip of quick copy. Why: the side is plain to a
    reader, and a demonym of seven letters or more is one swap away from no other English word."""
    if len(word) < 7 or not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return None
    for i in range(1, len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if (
            swapped != word
            and swapped.endswith(("an", "ese", "ish", "i"))
            and (code := country_code(swapped))
        ):
            return code
    return None


def _demonym_countries(span) -> set[str]:
    """The states named by the capitalised modifiers of a phrase ("Armenian and Azerbaijani")."""
    return {
        code
        for t in span
        if t.text[:1].isupper()
        and t.dep_ in ("amod", "compound", "conj", "poss", "nmod")
        and (code := _country_word(t))
    }


def _side_key(tok: Token) -> tuple[str, str | None] | None:
    """What makes one member of "X and Y" a side of its own: a state or a named body or person.

    "Hamas and other militant groups", "a poet and three activists": a generic addition joins
    the first side rather than naming another one (None).
    """
    toks = _np(tok)
    text = " ".join(t.text for t in toks)
    if tok.ent_type_ in ("GPE", "LOC", "FAC") and not country_code(tok.text):
        return None  # "Tel Aviv and southern Israel": a town is where, not a side
    known, code = lexicon_side(text)
    if known:
        return ("movement" if code else "named", code)
    code = country_in(text)
    if code:
        return ("state", code)
    if any(t.pos_ == "PROPN" for t in toks):
        return ("named", None)
    return None


def _joint_sides(tok: Token) -> list[Token]:
    """The members of a coordinated party that are sides of their own, when there are two or more
    and they differ: two states, a state and a movement, two named leaders."""
    members = [tok]
    cur = tok
    while (nxt := _child(cur, "conj")) is not None and len(members) < 4:
        members.append(nxt)
        cur = nxt
    if len(members) < 2:
        return []
    keys = [(m, _side_key(m)) for m in members]
    sides = [(m, k) for m, k in keys if k is not None]
    if len(sides) < 2 or (len({k for _m, k in sides}) < 2 and sides[0][1][1] is not None):
        # "Israeli police and Israeli troops": one state's bodies are still one side
        return []
    return [m for m, _k in sides]


def _settled(p: Party) -> bool:
    """A party whose country the text or the lexicons settle, so that no place or story country may
    be guessed for it: a body the lexicons know ("U.N. envoy", "Islamic State") or two sides told
    as one ("Israel and Hamas", "Yemen's government and the Houthi movement")."""
    if lexicon_side(p.name)[0]:
        return True
    parts = re.split(r",? and |, ", p.name)
    if len(parts) < 2:
        return False
    first = p.name.split()[0] if p.name.split() else ""

    def named(part: str) -> bool:
        words = [w for w in part.split() if w != first or part is not parts[0]]
        return bool(country_in(part) or any(w[:1].isupper() for w in words))

    return sum(1 for part in parts if named(part)) >= 2


def _office_country(toks: list[Token]) -> str | None:
    """The state of an office or body named by its place or by a national office without a country
    word: "Borno state governor Babagana Zulum" -> NGA, "Kharkiv city council" -> UKR,
    "Secretary of State Mike Pompeo" -> USA (``parties.json`` ``office_countries``).

    The place must be a capitalised word right before the office word (with only "state", "city",
    "regional"... between), not a word of the lexicons, and a town of some size in the gazetteer.
    """
    text = " ".join(t.text for t in toks).lower()
    for office, code in load("parties")["office_countries"].items():
        if re.search(r"\b" + re.escape(office) + r"\b(?! for\b)", text):
            return code
    # "Sulaymaniyah demonstrators", "Kherson residents": a crowd named by its town is of that town too
    offices = (
        word_set("attribution", "person_offices")
        | word_set("attribution", "state_bodies")
        | {w + "s" for w in word_set("parties", "protester_nouns")}
        | word_set("parties", "place_named_forces")
    )
    between = word_set("parties", "office_place_words")
    for k, t in enumerate(toks):
        if t.lower_ not in offices:
            continue
        j = k - 1
        while j >= 0 and toks[j].lower_ in between:
            j -= 1
        run: list[Token] = []
        # a proper noun, or a capitalised word NER puts in a name (the small model tags "Borno" a noun)
        while j >= 0 and toks[j].text[:1].isupper() and (toks[j].pos_ == "PROPN" or toks[j].ent_type_):
            run.insert(0, toks[j])
            j -= 1
        words = {w.lower_ for w in run}
        lexicon_words = (
            offices
            | word_set("parties", "state_qualifiers")
            | word_set("attribution", "titles")
            | word_set("parties", "portfolio_words")
        )
        if not run or words & lexicon_words or words <= word_set("parties", "colour_names"):
            continue  # ("the White Army": a colour names the force, not a town called White)
        if any(w.ent_type_ == "PERSON" for w in run) and len(run) > 1:
            continue
        # a force named by its place is a region's or a city's ("Karabakh forces", "Tigray forces"), not
        # a small town's that shares a word with a group ("Wagner forces", "Arab forces")
        least = 100_000 if t.lower_ in word_set("parties", "place_named_forces") else 5000
        code = place_country(" ".join(w.text for w in run), min_population=least, own_name=True)
        if code:
            return code
    return None


@cache
def _leader_rx() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple(
        (re.compile(r"(?<![\w-])" + re.escape(k) + r"(?![\w-])", re.I), v)
        for k, v in sorted(load("parties")["leader_countries"].items(), key=lambda kv: -len(kv[0]))
    )


def _leader_country(name: str) -> str | None:
    """The state of a leader news names without a country word: "Assad" -> SYR, "President Joe Biden"
    said in a Kabul story -> USA, "Khalifa Haftar's forces" -> LBY (``parties.json`` ``leader_countries``).

    Why: a coder knows whose president a named head of state is; the story's or the scene's country
    is a wrong guess for a visiting or foreign leader. Not "anti-Assad rebels": a leader's name inside
    a rebel or militant phrase, or in a hyphenated word, says whom they fight, not their side.
    """
    if _non_state(Party(name=name)):
        return None
    for rx, code in _leader_rx():
        m = rx.search(name)
        if m is not None and m.group(0)[:1].isupper():
            return code
    return None


def _framed_act_doer(tok: Token) -> Token | None:
    """'In a separate attack, militants fired rockets at a base': the act noun frames the clause whose
    active verb of attack tells the act, so that verb's subject is the doer. A passive or a verb of
    dying ('five people were killed in an attack', 'two died in the attack') names victims instead."""
    if not (tok.dep_ == "pobj" and tok.head.lower_ in ("in", "during") and tok.head.head.pos_ == "VERB"):
        return None
    verb = tok.head.head
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    senses = _triggers()[0].get(verb.lemma_.lower(), [])
    if not any(
        t["category"] == "ASSAULT" and (t["kind"] == "event" or verb.lemma_ == "kill") for t in senses
    ):
        return None
    subj = _child(verb, "nsubj")
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head  # "the junta, which took power in a coup": the noun the clause is said of
    return subj


def _blamed_side(tok: Token) -> Party | None:
    """Who a blame names as the doer: the party blamed, or, when a weapon is blamed ("They blamed a
    chlorine bomb dropped by government helicopters"), the side that used it; a weapon is no party."""
    if not (_is_weapon(tok) or tok.lemma_.lower() in _triggers()[0]):
        return _party(tok)
    side = _side_of(tok)
    if side is not None:
        return side
    for c in tok.children:
        user = (
            next((_child(a, "pobj") for a in c.children if a.dep_ == "agent"), None)
            if c.dep_ == "acl"
            else None
        )
        if user is not None:
            return (_side_of(user) or _premodifier_doer(user)) if _is_weapon(user) else _party(user)
    return None


def _power_taker(tok: Token) -> Token | None:
    """ "Mali's military government, which took power in a coup in 2020", "the junta that seized power
    in a coup": a coup told as the means of taking power was made by whoever took it."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "through", "via"):
        return None
    verb = tok.head.head
    if verb.lower_ == "power" and verb.dep_ == "dobj":
        verb = verb.head  # "seized power in a coup" with the phrase hung on 'power'
    if verb.pos_ != "VERB" or not any(c.dep_ == "dobj" and c.lower_ == "power" for c in verb.children):
        return None
    subj = _child(verb, "nsubj")
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        return verb.head  # the relative pronoun is the noun the clause is said of
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _party(tok: Token | None, joint: bool = True) -> Party | None:
    if tok is None:
        return None
    if tok.like_num or tok.lemma_.lower() in _QUANTITY_NOUNS:
        # "Thousands of Colombians marched", "hundreds of demonstrators": the people, not the number
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        people = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if people is not None:
            tok = people
    if tok.pos_ == "PRON" or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"):
        return None  # "agreed on Thursday": a day is not a party
    toks = _np(tok)
    while len(toks) > 1 and toks[-1].dep_ == "case":
        toks.pop()  # "North Korea's" named as the owner of something: the party is "North Korea"
    if not toks:
        return None
    name = tok.doc[toks[0].i : toks[-1].i + 1].text if len(toks) > 1 else toks[0].text
    country = None
    for t in toks:
        if t.text[:1].isupper() or t.pos_ in ("PROPN",):
            country = _country_word(t)
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
    known, code = lexicon_side(name)
    if known:
        # "Houthi fighters" (YEM), "U.N. envoy", "Islamic State militants" (no country): the party
        # lexicons know the side whatever place or demonym the phrase also carries
        country = code
    elif len(_demonym_countries(tok.doc[toks[0].i : toks[-1].i + 1])) > 1:
        # "Armenian and Azerbaijani foreign ministers": one party of two states has no one country
        country = None
    if country is None and not known:
        country = _office_country(list(tok.doc[toks[0].i : toks[-1].i + 1]))
    if country is None and not known:
        country = _leader_country(name)
    sides = _joint_sides(tok) if joint else []
    if len(sides) > 1:
        # "Yemen's government and the Houthi movement agreed", "calls with Armenia's Pashinyan and
        # Azerbaijan's Aliyev": two sides told as one party. The contract codes such a party as the
        # text presents it, both sides in one name and no single country (coding guide).
        last = _np(sides[-1])
        name = tok.doc[toks[0].i : last[-1].i + 1].text
        toks = toks + last
        country = None
    civilian = None
    heads = {t.lemma_.lower() for t in toks} | {t.lower_ for t in toks}
    if heads & (_CIVIL_TARGETS | word_set("parties", "civilian_area_modifiers")):
        civilian = True
    elif heads & word_set("casualties", "military_nouns"):
        civilian = False
    return Party(
        name=name, country=country, civilian=civilian, span=(toks[0].idx, toks[-1].idx + len(toks[-1]))
    )


def _name_words(name: str, singular: bool = False) -> set[str]:
    """The lower-cased words of a party's name ("Pro-government forces" -> pro, government, forces),
    with a plural 's' dropped when ``singular`` (to meet singular lexicon entries)."""
    words = name.lower().replace("-", " ").split()
    return {w.removesuffix("s") for w in words} if singular else set(words)


def _bare_state(p: Party) -> bool:
    """ "the government", "the forces", "security forces", "the cabinet": a state institution named
    by institution words alone, with no name, demonym or group word that could make it someone else's.
    Why: such a body is the state of the story (or of the official who speaks of it)."""
    words = _name_words(p.name) - {"the", "a"}
    state = word_set("modes", "state_actor_words") | word_set("parties", "state_body_words")
    return bool(words) and words <= state | word_set("parties", "state_qualifiers") and bool(words & state)


def _is_state_forces(p: Party) -> bool:
    """ "police", "security forces", "the army", "law enforcement": named by a state-force word or an
    arresting body of several words (``parties.json`` ``arresting_bodies``)."""
    words = _name_words(p.name)
    low = " ".join(p.name.lower().split())
    force = bool(words & word_set("modes", "state_actor_words")) or any(
        re.search(r"\b" + re.escape(b) + r"\b", low) for b in word_set("parties", "arresting_bodies")
    )
    # "the White Army" (a militia) is a name, not a state's army
    return force and not words & (
        word_set("parties", "protester_nouns") | word_set("parties", "colour_names")
    )


def _crowd(tok: Token) -> Token | None:
    """The first protester noun of the trigger's sentence ("demonstrators", "crowds of students")."""
    for t in tok.sent:
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in word_set("parties", "protester_nouns"):
            if t.lemma_.lower() in ("crowd", "people") and t.dep_ != "nsubj":
                # "crowds of protesters": the noun inside says who they are; a bare "people" only as doer
                inner = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
                pobj = _child(inner, "pobj") if inner is not None else None
                if pobj is not None:
                    return pobj
                if t.lemma_.lower() == "people":
                    continue
            return t
    return None


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with ("condemned ... and called for")."""
    subj = _child(tok, "nsubj")
    if subj is None and tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.dep_ == "ROOT":
        # "Mohamud, visiting the site, called on ...": the parser hangs the finite verb on the name
        # it follows (a past tense, not the participle of "a group called Hamas")
        return tok.head
    if (
        subj is None
        and tok.dep_ == "acl"
        and tok.tag_ == "VBG"
        and tok.head.lemma_.lower() in word_set("parties", "message_nouns")
        and tok.head.dep_ in ("dobj", "nsubjpass")
        and tok.head.head.pos_ == "VERB"
    ):
        # "50 lawmakers signed an open letter calling on the government to ...", "issued a statement
        # urging restraint": who wrote or issued the message is who calls in it
        return _subject(tok.head.head)
    cur = tok
    # "Erdogan opened the session, urging both sides ...": a participle's doer is its head's subject
    while (
        subj is None
        and (cur.dep_ in ("conj", "xcomp") or (cur.dep_ == "advcl" and cur.tag_ == "VBG"))
        and cur.head.i != cur.i
    ):
        cur = cur.head
        # "said he was appalled and called for": the coordinated verb shares even a passive subject
        subj = _child(cur, "nsubj", "nsubjpass")
    if (
        subj is not None
        and subj.lower_ in ("he", "she", "it", "they")
        and subj.head.dep_ == "ccomp"
        # its own pronoun under a verb of saying; one it shares with the clause it is coordinated to
        and (is_reporting_verb(subj.head.head) or subj.head.i != tok.i)
    ):
        # "Guterres said he was disturbed ... and urged", "the government condemned what it called a
        # massacre and called on ...": the pronoun is the subject of the clause above
        speaker = _child(subj.head.head, "nsubj")
        if speaker is not None and speaker.pos_ in ("PROPN", "NOUN"):
            return speaker
    return subj


def _speaker_of_joined(tok: Token, subj: Token | None) -> Token | None:
    """The doer of a verbal act the parser joined to the clause its speaker reports: in "Biden said
    the ceasefire offered an opportunity and promised to help" 'promised' hangs on 'offered', whose
    subject (the ceasefire) promises nothing -- the one who speaks does."""
    if (
        subj is not None
        and subj.pos_ == "NOUN"
        and tok.dep_ == "conj"
        and tok.head.i == subj.head.i
        and subj.head.dep_ == "ccomp"
        and is_reporting_verb(subj.head.head)
    ):
        return _child(subj.head.head, "nsubj") or subj
    return subj


def _speaker_of(tok: Token) -> Token | None:
    """The speaker a pronoun (or a possessive's noun) in a reported clause points back to: "Russia
    said it would ...", "police said they had killed ...", "the RSF said its fighters had ...".

    Only the subject of the clause a verb of saying governs, and only a pronoun that can refer to
    the speaker ('he' a person, 'it' not a person); None otherwise.
    """
    pron = tok if tok.pos_ == "PRON" else _child(tok, "poss")
    if pron is None or pron.lower_ not in _SPEAKER_PRONOUNS or tok.dep_ != "nsubj":
        return None
    clause = tok.head
    if clause.dep_ != "ccomp" or not is_reporting_verb(clause.head):
        return None
    speaker = _child(clause.head, "nsubj")
    if speaker is None or speaker.pos_ not in ("PROPN", "NOUN"):
        return None
    person = speaker.ent_type_ == "PERSON"
    if pron.lower_ in ("he", "she", "his", "her") and not person:
        return None
    if pron.lower_ in ("it", "its") and person:
        return None
    return speaker


def _names_side(tok: Token) -> bool:
    """A named group or a noun for fighters or crowds ('the insurgents', 'the army'), not a scene."""
    lemma = tok.lemma_.lower()
    return tok.ent_type_ in ("PERSON", "ORG", "NORP") or bool(
        {lemma, lemma + "s"}
        & (
            word_set("casualties", "military_nouns")
            | word_set("attribution", "non_state_heads")
            | word_set("parties", "protester_nouns")
        )
    )


def _is_people(tok: Token) -> bool:
    """A named group or person, or a noun for people (soldiers, rebels, civilians, hostages)."""
    if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
        return True
    lemma = tok.lemma_.lower()
    return bool(
        {lemma, lemma + "s"}
        & (
            word_set("casualties", "military_nouns")
            | word_set("attribution", "non_state_heads")
            | word_set("parties", "protester_nouns")
            | _CIVIL_TARGETS
        )
    )


def _hit_by(trigger: Token) -> Token | None:
    """ "Residents of Taugon hit by an air raid", "a school was struck by a missile": the act is the
    agent of a passive, and whom it hit is what that passive is said of."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "agent":
        return None
    verb = prep.head
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    return _child(verb, "nsubjpass")


def _clash_sides(trigger: Token, actor_tok: Token | None) -> tuple[Token | None, Token | None]:
    """The two sides of a clash, as (first, other) tokens; either may be None.

    Read from "between X and Y" on the trigger, from a coordinated doer ("Sudan's army and the RSF
    fought"), or from "with Y" ("clashed with police"). Why: a battle has no victim, so the coder's
    target is the side the text names second.
    """
    between = _prep_obj(trigger, ("between",))
    if between is not None:
        conj = _child(between, "conj")
        return between, conj
    doer = actor_tok
    if doer is None and trigger.pos_ == "VERB":
        doer = _child(trigger, "nsubj")
    if doer is not None:
        conj = _child(doer, "conj")
        if conj is not None:
            return doer, conj
    other = _prep_obj(trigger, ("with", "against"))
    # "exchanged fire with automatic weapons": what they fought with, not whom
    generic = word_set("parties", "generic_arms")
    armed = other is not None and (_is_weapon(other) or other.lemma_.lower() in generic)
    return None, (None if armed else other)


def _building(tok: Token) -> bool:
    """ "the Radisson Hotel", "a market", "the army's headquarters": a building or an installation
    (``parties.json`` ``installation_nouns``, the venue and civil building nouns, or a facility the
    parser names), not a settlement or ground. Why: an act told "in" a building hit the building ("a
    hostage-taking in Bamako's Radisson Hotel"), while an act "in Kabul" only happened there."""
    lemma = tok.lemma_.lower()
    if tok.ent_type_ in ("GPE", "LOC") or lemma in _SETTLEMENT_NOUNS:
        return False
    return (
        tok.ent_type_ == "FAC"
        or lemma in _VENUE_NOUNS | _CIVIL_BUILDINGS
        or lemma in word_set("parties", "installation_nouns")
    )


def _named_building(p: Party) -> bool:
    """ "Camp Simba", "the Radisson Hotel": a building told by its proper name (every word
    capitalised, one of them a building noun). Why: the place attackers stormed is what the attack
    hit; a later count of the dead, often the attackers' own claim ("said it had killed 17 Americans
    in the raid"), tells its toll, not another target."""
    words = [w for w in p.name.split() if w.lower() != "the"]
    building = _VENUE_NOUNS | _CIVIL_BUILDINGS | word_set("parties", "installation_nouns")
    return bool(words) and all(w[:1].isupper() for w in words) and any(w.lower() in building for w in words)


def _participants(tok: Token) -> list[Token]:
    """Who and what an act word is told of: its subject and objects (not what it is 'for': 'a battle for
    summer travellers' names the prize), the words that modify it ('a price war'), the noun it
    qualifies ('a rival hit back'), and the subjects of the clauses above it up to a verb of saying."""
    out = [
        c
        for c in tok.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "compound", "amod", "poss")
        and c.pos_ in ("NOUN", "PROPN")
    ]
    for c in tok.children:
        if (c.dep_ == "prep" and c.lower_ != "for") or c.dep_ == "agent":
            out += [g for g in c.children if g.dep_ == "pobj"]
    if tok.dep_ in ("acl", "relcl", "compound"):
        out.append(tok.head)
    for a in tok.ancestors:
        if is_reporting_verb(a):
            break
        if a.pos_ in ("VERB", "AUX"):
            out += [c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "a move one trader called 'carpet bombing'": whoever labels the act speaks of it, whatever the parse
    labels = word_set("attribution", "labelling_verbs")
    return [p for p in out if not any(c.dep_ in ("acl", "relcl") and c.lemma_ in labels for c in p.children)]


def _fired(tok: Token) -> bool:
    """Is an object what was fired, not whom: a weapon, or one named by its modifier and head
    together ("fired tear gas at protesters", "used rubber bullets")."""
    if _is_weapon(tok):
        return True
    if tok.lemma_.lower() in _QUANTITY_NOUNS | {"dozen", "barrage", "salvo", "volley", "round", "wave"}:
        # "fired dozens of rockets at northern Israel", "a barrage of missiles": the count of what was fired
        of = _prep_obj(tok, ("of",))
        return of is not None and _fired(of)
    table = _weapon_words()
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i == tok.i - 1]
    return any(f"{m.lower_} {w}" in table for m in mods for w in (tok.lemma_.lower(), tok.lower_))


def _premodifier_doer(tok: Token) -> Party | None:
    """The doer named before an attack noun: "a Houthi drone attack", "a Hamas rocket attack", "a
    Saudi-led coalition air strike", "an Islamic State car bombing".

    Why: news English puts the doer before the act as often as it makes it the subject. The name runs
    from the first word that names a side (a proper noun, a group or a demonym) to the last word before
    the weapon or the kind of attack ("drone", "air", "suicide": ``parties.json`` ``attack_kind_words``).
    Not a place ("a Gaza air strike" says where) nor a day.
    """
    left = sorted(
        (t for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod", "npadvmod") for t in c.subtree),
        key=lambda t: t.i,
    )
    if not left or left[-1].i != tok.i - 1:
        return None
    # "the Easter Sunday suicide bombings": a day's name is when, and what stands before it too
    dated = [k for k, t in enumerate(left) if t.ent_type_ in ("DATE", "TIME", "EVENT")]
    left = left[dated[-1] + 1 :] if dated else left
    kinds = word_set("parties", "attack_kind_words")

    def names(t: Token) -> bool:
        if t.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") and not country_code(t.text):
            return False
        # "U.S.-led" is one token: its state is read from inside it
        led = t.text[:1].isupper() and country_in(t.text) is not None
        return (
            t.pos_ == "PROPN" or t.ent_type_ in ("ORG", "NORP", "PERSON") or bool(country_code(t.text)) or led
        )

    start = next((k for k, t in enumerate(left) if names(t)), None)
    if start is None:
        return None
    run = left[start:]
    while run and (
        _is_weapon(run[-1]) or run[-1].lemma_.lower() in _triggers()[0] or run[-1].lower_ in kinds
    ):
        run.pop()
    if not run or not any(names(t) for t in run):
        return None
    # "the Manchester Arena bombing", "the Kramatorsk station strike": an attack named by its place
    venue = {run[-1].lemma_.lower(), run[-1].lower_} & (_PLACE_NOUNS | _CIVIL_TARGETS | _VENUE_NOUNS)
    if venue or any(t.ent_type_ == "FAC" or _town_name(t) for t in run):
        return None
    name = tok.doc[run[0].i : run[-1].i + 1].text
    known, code = lexicon_side(name)
    if not known:
        demonyms = {c for t in run if (c := _country_word(t))}
        if not demonyms and country_in(name) is None:
            # "the Charlie Hebdo attack", "an RSF drone strike": a name the lexicons do not know as a
            # side and that names no state may be the target or the place; no doer is read from it
            return None
        code = demonyms.pop() if len(demonyms) == 1 else None if demonyms else country_in(name)
    return Party(name=name, country=code, civilian=False, span=(run[0].idx, run[-1].idx + len(run[-1])))


def _town_name(tok: Token) -> bool:
    """A proper noun the parser did not tag as a place that is a town of some size in the
    gazetteer ("Russian missiles hit Kharkiv", "strikes pounded Rafah": the small model often tags
    such names PERSON). Not a name the party lexicons or the demonyms know ("Hamas", "Israel")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON", "GPE", "LOC", "ORG"):
        return False
    if any(c.dep_ in ("compound", "flat") for c in tok.children) or tok.dep_ == "compound":
        return False  # a full name ("Tarek Bitar") is a person, not a town
    if country_code(tok.text) or lexicon_side(tok.text)[0] or _leader_country(tok.text):
        return False
    # "Stepanakert, the region's main city", "Kidal, a desert town": the apposition says it is a town
    towns = _SETTLEMENT_NOUNS | {"capital", "stronghold", "hub", "port"}
    if any(c.dep_ == "appos" and c.lemma_.lower() in towns for c in tok.children):
        return True
    # an organisation's name may be a town's too: only the apposition tells an ORG-tagged town
    return tok.ent_type_ != "ORG" and place_country(tok.text, min_population=5000) is not None


def _damaged(tok: Token) -> Token | None:
    """ "shelling hit Stepanakert, damaging a maternity hospital", "strikes pounded Rafah, destroying a
    school": when the act hit a town (its place), what the participle after it says was damaged is
    whom it hit. The participle hangs off the trigger or off the verb of impact the trigger is
    subject of (``parties.json`` ``impact_verbs``)."""
    verbs = [tok] + [x.head for x in (tok, tok.head) if x.dep_ == "nsubj"]
    impact = word_set("parties", "impact_verbs")
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("advcl", "conj", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in impact:
                hit = _child(c, "dobj")
                if hit is not None and not _fired(hit) and hit.lemma_.lower() not in _SETTLEMENT_NOUNS:
                    return hit
    return None


def _credited_to(tok: Token) -> Token | None:
    """Who claims an attack noun as their own: "X claimed responsibility for the bombing", "X
    claimed the attack", "X took credit for the raid" (attribution.json ``credit_verbs`` and
    ``credit_nouns``). A pronoun or a claim of another kind ("claimed the dead were fighters") gives
    no one."""
    if tok.pos_ != "NOUN":
        return None
    verb = None
    if tok.dep_ == "pobj" and tok.head.lower_ == "for":
        noun = tok.head.head
        credit = word_set("attribution", "credit_nouns")
        if noun.lemma_.lower() in credit and noun.dep_ == "dobj":
            verb = noun.head
        elif noun.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in credit for c in noun.children
        ):
            verb = noun  # "claimed responsibility on Monday for the bombing": 'for' hangs off the verb
    elif tok.dep_ == "dobj" and tok.head.lemma_.lower() == "claim":
        verb = tok.head
    if verb is None or verb.lemma_.lower() not in word_set("attribution", "credit_verbs"):
        return None
    subj = _subject(verb)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _means_of(tok: Token) -> Token | None:
    """The verb an attack noun is the means of: "killed three Palestinians during a raid", "killed 12
    militants in an air strike" (``parties.json`` ``means_preps`` and ``means_verbs``); None for a
    passive ("were killed in a strike": the subject is the dead) or another verb."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in word_set("parties", "means_preps"):
        return None
    verb = prep.head
    lemma = verb.lemma_.lower()
    # "the government used sarin in an attack": a verb of using names the doer with a weapon only
    armed = lemma in word_set("parties", "means_weapon_verbs") and any(
        c.dep_ == "dobj" and (_fired(c) or _is_weapon(c)) for c in verb.children
    )
    if verb.pos_ != "VERB" or (lemma not in word_set("parties", "means_verbs") and not armed):
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    return verb


def _ordered_by(tok: Token) -> Token | None:
    """The verb of ordering an act hangs under: "ordered port officials to be placed under house
    arrest" (trigger 'arrest' -> 'placed' -> 'ordered'), "ordered three journalists (to be) detained"
    (``parties.json`` ``order_verbs``). Only through a passive clause of the order or its phrase: the
    one ordered is acted on, and the one ordering acts."""
    orders = word_set("parties", "order_verbs")
    cur = tok
    for _ in range(5):
        if (
            cur.pos_ == "VERB"
            and cur.dep_ in ("relcl", "acl", "xcomp")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
            and any(c.dep_ == "auxpass" for c in cur.children)
        ):
            # "ordered port officials involved in storing the material to be placed under house
            # arrest": the parser hangs the passive infinitive on the nearest noun or verb
            # ('material', 'storing'); the order it completes is the verb of ordering above it
            return next((a for a in cur.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in orders), None)
        if cur.dep_ in ("pobj", "prep", "xcomp", "ccomp", "oprd") and cur.head.i != cur.i:
            cur = cur.head
        elif cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.dep_ == "dobj":
            cur = cur.head.head  # "ordered five officers placed under house arrest"
        else:
            return None
        if cur.pos_ == "VERB" and cur.lemma_.lower() in orders:
            return cur
    return None


def _group_named_before(tok: Token) -> Token | None:
    """ "the rocket was launched by Hezbollah, and Netanyahu vowed that the group would pay": "the
    group" is the armed group or movement the sentence named just before (``parties.json``
    ``group_anaphors``); the nearest name the party lexicons know or the parser tags an organisation."""
    if tok.lemma_.lower() not in word_set("parties", "group_anaphors") or _child(tok, "det") is None:
        return None
    if _child(tok, "det").lower_ != "the" or any(
        c.dep_ in ("compound", "amod", "prep") for c in tok.children
    ):
        return None
    for t in reversed(list(tok.sent)[: tok.i - tok.sent.start]):
        if t.pos_ == "PROPN" and (lexicon_side(t.text)[0] or t.ent_type_ == "ORG"):
            return t
    return None


def _intended_target(tok: Token) -> Token | None:
    """Whom a threat or a sanction is aimed at, told in the clause of its purpose: "threatened to
    retaliate against South Korea", "vowed to crush the PKK", "sanctions aimed at halting North
    Korea's weapons programmes" (the owner of what is to be halted). Only a party: a name or a
    state body, not "the leaflets" or "a response"."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    clause = None
    if verb is not None:
        clause = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        paid = next(
            (
                c
                for c in verb.children
                if c.dep_ == "ccomp" and c.lemma_.lower() in word_set("triggers", "threatened_subject_verbs")
            ),
            None,
        )
        if clause is None and paid is not None:
            # "vowed that the group would pay a heavy price": who is to pay is the one threatened
            who = _child(paid, "nsubj")
            if who is None or who.pos_ == "PRON":
                return None
            return _group_named_before(who) or who
    else:
        # "sanctions aimed at halting ...": the purpose hangs off the noun
        aimed = next((c for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() == "aim"), None)
        at = _child(aimed, "prep") if aimed is not None else None
        clause = _child(at, "pcomp") if at is not None else None
    if clause is None:
        return None
    obj = _prep_obj(clause, ("against", "on", "at")) or _child(clause, "dobj")
    if obj is not None and obj.pos_ == "NOUN" and (owner := _child(obj, "poss")) is not None:
        obj = owner  # "halting North Korea's weapons programmes": whose programmes
    if obj is None:
        return None
    if obj.lower_ in ("them", "him", "her") and verb is not None and verb.dep_ == "ccomp":
        # "The women told police Bassett threatened to stab them": the pronoun of a threat told by
        # those it was made against is the tellers (of the same number)
        teller = _child(verb.head, "nsubj")
        if (
            teller is not None
            and teller.pos_ in ("NOUN", "PROPN")
            and (teller.tag_ in ("NNS", "NNPS")) == (obj.lower_ == "them")
        ):
            return teller
    state = word_set("modes", "state_actor_words") | word_set("parties", "state_body_words")
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return obj if named or obj.lower_ in state else None


def _protest_addressee(tok: Token) -> Token | None:
    """Whom a protest makes its demand of: "gathered to urge the United States to avoid war",
    "marched to demand the resignation of Prime Minister X", "rallied to press the government".

    Why: coders code the party a crowd addresses as the protest's target. Only a purpose clause with
    a verb of demanding (``parties.json`` ``protest_demand_verbs``), and only a party (a name, a
    state body): "to denounce the invasion" addresses no one. A demand noun ("the removal of the
    judge") points to its 'of' phrase.
    """
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("nsubj", "nsubjpass") else None
    if tok.pos_ in ("NOUN", "PROPN") and (said := _child(tok, "relcl")) is not None:
        verb = said  # "demonstrators who had gathered ... to demand the removal of the judge"
    if verb is None:
        return None
    demand = word_set("parties", "protest_demand_verbs")
    purpose = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in demand and _child(c, "aux") is not None
        ),
        None,
    )
    if purpose is None:
        return None
    obj = _child(purpose, "dobj") or _prep_obj(purpose, ("on", "from"))
    if obj is not None and obj.lemma_.lower() in word_set("parties", "demand_nouns"):
        obj = _prep_obj(obj, ("of",))
    if obj is None:
        return None
    state = word_set("modes", "state_actor_words") | word_set("parties", "state_body_words")
    named = obj.pos_ == "PROPN" or obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
    return obj if named or obj.lower_ in state else None


def _protest_seat(tok: Token) -> Token | None:
    """The seat of authority a crowd gathered at: "gathered outside a Turkish visa office", "rallied
    in front of the parliament building", "a protest at the U.S. embassy" (``parties.json``
    ``authority_seats``, ``seat_preps``).

    Why: a crowd at an embassy or a parliament, or marching to one, faces whoever the building
    belongs to, and coders code it (of its state: "a Turkish visa office" is Turkey's) as the
    protest's target. "Near the parliament square" says only the area.
    """
    seats = word_set("parties", "authority_seats")
    at = word_set("parties", "seat_preps")
    # a crowd noun as the trigger ("hundreds of demonstrators gathered outside ..."): the verb it is
    # the subject of tells where it gathered
    verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    heads = [tok] if verb is None or verb is tok else [tok, verb]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in at | {"in"}:
            continue
        place = _child(prep, "pobj")
        if place is not None and prep.lower_ == "in":
            # "in front of the parliament": the building is the object of 'of' under 'front'
            place = _prep_obj(place, ("of",)) if place.lower_ in at else None
        if place is None:
            continue
        named = [place] + [c for c in place.children if c.dep_ == "compound"]
        if any(t.lemma_.lower() in seats for t in named):
            return place
    # "police fired tear gas to block them from marching to the office of an opposition newspaper":
    # where the crowd marched to, told anywhere in its sentence
    for verb in (t for t in tok.sent if t.lemma_.lower() in word_set("parties", "march_verbs")):
        place = _prep_obj(verb, ("to", "towards", "toward", "on"))
        if place is not None and place.lemma_.lower() in seats:
            return place
    return None


def _privilege_holder(verb: Token) -> Token | None:
    """Who held a privilege withdrawn: its owner ("withdrew Uganda's trade status"), or the party
    its own phrase or relative clause names with 'to', 'of', 'for' or 'from' ("the trade status it
    had granted to Pakistan"; ``parties.json`` ``held_by_preps``), or 'from' on the verb ("withdrew
    the status from Moldova"). Only a party: a name, a state body or people.

    Why: the object of such a sanction is a thing, no party; the party it befalls is told around it,
    and coders code that party as the target."""
    thing = _child(verb, "dobj", "nsubjpass")
    if thing is None:
        return None
    state = word_set("modes", "state_actor_words") | word_set("parties", "state_body_words")

    def party(t: Token | None) -> Token | None:
        if t is None:
            return None
        named = t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        return t if named or t.lower_ in state or _is_people(t) else None

    if (owner := party(_child(thing, "poss"))) is not None:
        return owner
    preps = tuple(sorted(word_set("parties", "held_by_preps")))
    for t in [thing, *(c for c in thing.children if c.dep_ in ("relcl", "acl"))]:
        if (found := party(_prep_obj(t, preps))) is not None:
            return found
    return party(_prep_obj(verb, ("from",)))


def _held_hostage(tok: Token) -> tuple[Token, list[Token]] | None:
    """ "took a priest and several worshippers hostage", "are holding 12 aid workers hostage": the
    verb of taking or holding and the words of the people held, between it and the 'hostage' noun.

    Why: the parser splits this frame many ways (the people as object, conjunct or compound of
    'hostage'); its words in order are steady. Only a run of nouns, adjectives, numbers and "and".
    """
    if tok.lemma_.lower() not in word_set("parties", "hostage_nouns"):
        return None
    verb = next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
    if verb is None or verb.lemma_.lower() not in word_set("parties", "hostage_verbs") or verb.i > tok.i:
        return None
    held = list(tok.doc[verb.i + 1 : tok.i])
    # "more than 240 people", "at least 12 workers": the count is no part of who they are
    counting = {
        "more",
        "than",
        "at",
        "least",
        "about",
        "around",
        "nearly",
        "some",
        "over",
        "almost",
        "up",
        "to",
    }
    while held and (held[0].pos_ == "DET" or held[0].like_num or held[0].lower_ in counting):
        held.pop(0)
    if not held or any(t.pos_ in ("VERB", "AUX", "ADP", "PRON") or t.text in ",;" for t in held):
        return None
    return verb, held


def _hostages(held: list[Token]) -> Party:
    """The people held as a party: their country from a demonym in their words ("a Thai
    farmworker"), civilian when their words say so."""
    name = held[0].doc[held[0].i : held[-1].i + 1].text
    codes = {c for t in held if t.text[:1].isupper() and (c := _country_word(t))}
    words = {t.lemma_.lower() for t in held} | {t.lower_ for t in held}
    civilian = (
        True
        if words & _CIVIL_TARGETS
        else False
        if words & word_set("casualties", "military_nouns")
        else None
    )
    return Party(
        name=name,
        country=codes.pop() if len(codes) == 1 else None,
        civilian=civilian,
        span=(held[0].idx, held[-1].idx + len(held[-1])),
    )


def _crowd_protested(d: _Draft) -> None:
    """A riot read from the force that met it ("Israeli police fired stun grenades at Palestinians who
    threw stones"): the crowd is who protested, the police whom they rioted against.

    Why: the coding guide makes stone-throwing met by police force a PROTEST (riot), and a protest's
    actor is the crowd; read as an attack, the parse made the police the doer and the crowd the aim.
    """
    if d.actor is None or not _is_state_forces(d.actor):
        return
    crowd_tok = _crowd(d.trigger)
    crowd = _party(crowd_tok) if crowd_tok is not None else None
    if crowd is not None:
        _to_body(crowd, d.sent.start)
    elif d.target is not None and not _is_state_forces(d.target):
        words = _name_words(d.target.name, singular=True)
        if d.target.country or words & word_set("parties", "protester_nouns"):
            crowd = d.target
    if crowd is not None:
        d.actor, d.target = crowd, d.actor


def _side_of(tok: Token) -> Party | None:
    """'Russian shells', 'Israeli air strikes': the side a weapon or attack noun is attributed to.

    Also a weapon told with its owner or user in a clause on it ("a warplane belonging to Haftar's
    forces", "a jet operated by the Myanmar military", "a drone launched by the RSF": ``parties.json``
    ``owner_verbs``): that owner is the side.
    """
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in word_set("parties", "owner_verbs"):
            owner = _prep_obj(c, ("to",)) or next(
                (_child(a, "pobj") for a in c.children if a.dep_ == "agent"), None
            )
            if owner is not None:
                return _party(owner)
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in word_set("modes", "state_actor_words"):
            return Party(name=f"{c.text} forces", civilian=False)
        if c.dep_ in ("amod", "compound", "poss", "nmod"):
            code = _country_word(c)
            if code:
                name = c.text if c.dep_ != "poss" else c.text
                return Party(name=f"{name} forces" if c.dep_ != "poss" else name, country=code)
    return None


def _non_state(p: Party) -> bool:
    """Rebels, militants, smugglers, suspects: an armed or criminal group the text gives no state.

    Why: the place's country is a fair guess for unnamed civilians or police, not for the side that
    fights the state ("a 'gunman', 'ISIS' or 'PKK' has no country").
    """
    words = _name_words(p.name, singular=True)
    heads = word_set("attribution", "non_state_heads") | word_set("parties", "non_state_targets")
    if words & {h.removesuffix("s") for h in heads} or _named_force(p.name):
        return True
    # "members of the pro-Islamic State group": a group for a known armed group is one of its kind
    # (the lexicons read no name inside a hyphenated word, so that "anti-ISIS" is no side)
    allied = re.sub(r"(?<![\w-])pro-(?=[A-Z])", "", p.name)
    return allied != p.name and lexicon_side(allied) == (True, None)


def _carried(tok: Token) -> tuple[Party, int] | None:
    """Whom a vehicle carried ("a car carrying Russian peacekeepers", "a bus transporting soldiers"):
    the object of its participle of carrying (``parties.json`` ``carry_verbs``) as a party, and the
    index of that object's last token."""
    if tok.lemma_.lower() not in word_set("negatives", "vehicle_nouns"):
        return None
    for c in tok.children:
        if c.dep_ == "acl" and c.lemma_.lower() in word_set("parties", "carry_verbs"):
            load_ = _child(c, "dobj")
            party = _party(load_) if load_ is not None else None
            if load_ is not None and party is not None:
                return party, load_.i
    return None


def _town(name: str) -> bool:
    """ "Kherson", "Mykolaiv": a party named as a town of some size (an attack's target). Why: a town is
    of the state it lies in, which the place gives; a side another party or a demonym before it names
    ("Russian forces in Kherson", "Russian forces shelled Kherson") is not its own."""
    words = name.split()
    return (
        1 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and country_code(name) is None
        and place_country(name, min_population=5000, own_name=True) is not None
    )


def _named_force(name: str) -> bool:
    """ "the White Army", "the New People's Army": a force noun ("Army") under a proper name that is
    no country, demonym, place or state word names an armed group, not the army of the state it is in
    (``named_force_heads``). Why: the place's country is then a wrong guess for it."""
    words = name.replace("'s", "").replace("’s", "").split()
    heads = word_set("parties", "named_force_heads")
    k = next((i for i, w in enumerate(words) if w.lower() in heads and w[:1].isupper()), None)
    if k is None:
        return False
    names = [w for w in words[:k] if w[:1].isupper() and w.lower() != "the"]
    state = (
        word_set("modes", "state_actor_words")
        | word_set("parties", "state_qualifiers")
        | word_set("attribution", "titles")
    )
    run = " ".join(names)
    return (
        bool(names)
        and not any(w.lower() in state for w in names)
        and country_in(run) is None
        and place_country(run, min_population=5000, own_name=True) is None
    )


def _to_body(p: Party | None, base: int) -> None:
    """Party spans are sentence-relative while reading; the record wants body offsets."""
    if p is not None and p.span is not None:
        p.span = (p.span[0] + base, p.span[1] + base)
