"""Trigger sense tests: does a trigger word, in its sentence, tell a real act of conflict once?

"Fired" may be a shot or a dismissal, "strike" an air strike or a labour strike, "attack" one act or
a record of many. Each test here reads one such question from the parse and the lexicons: a mishap or a
hit by a vehicle, a criticism, a search of premises, a commercial rivalry, a plan not carried out, an act
said of the future, a count of many acts rather than one, a story about sport, a riot, an accident.

Why it is separate: the tests are functions of a token and its sentence (a few of a draft), consulted by
the sentence reader (``engine._Reader``, most of them in ``_keep`` before a draft is made); apart from the
reader they can be read and tuned without its bookkeeping.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Doc, Token

from frontwire import dates
from frontwire.nlp.casualties import Figure, figures
from frontwire.nlp.claims import (
    is_reporting_verb,
)
from frontwire.nlp.drafts import (
    _child,
    _Draft,
    _is_weapon,
    _object_words,
    _prep_obj,
    _token_at,
)
from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.parties import (
    _is_people,
    _name_words,
    _participants,
    _subject,
)

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
    "encourage",
    "incite",
}


def _commercial_rivalry(tok: Token, doc: Doc, has_weapon: bool) -> bool:
    """War words borrowed for business: 'airlines opened a fresh front in their price war', 'a rival
    hit back within hours with its own cuts'. The act's participants include a firm, a price, a fare or
    a product (``negatives.json`` commerce_words), none is a person, a force or a weapon, and the
    sentence names nothing armed beyond the war words such copy borrows (figurative_war_words)."""
    borrowed = word_set("negatives", "figurative_war_words")
    armed = word_set("negatives", "conflict_cues") | word_set("modes", "armed_actor_words")
    if has_weapon and any(_is_weapon(w) and not ({w.lower_, w.lemma_.lower()} & borrowed) for w in doc):
        return False
    if any(
        (w.lower_ in armed or w.lemma_.lower() in armed) and not ({w.lower_, w.lemma_.lower()} & borrowed)
        for w in doc
    ):
        return False
    parts = _participants(tok)
    if any(
        p.ent_type_ in ("PERSON", "NORP") or (_is_people(p) and p.ent_type_ != "ORG") or _is_weapon(p)
        for p in parts
    ):
        return False  # "a bomb exploded outside a supermarket": a weapon or people in the act
    commerce = word_set("negatives", "commerce_words")
    # a sum of money or a title ('"Oppenheimer" exploded past forecasts with $80.5 million') is a product
    return any(
        p.lemma_.lower() in commerce
        or p.lower_ in commerce
        or p.ent_type_ in ("MONEY", "PRODUCT", "WORK_OF_ART")
        for p in parts
    )


def _fired_in_the_air(tok: Token) -> bool:
    """'Police fired into the air to push them back', 'fired warning shots over the crowd's heads':
    shots aimed at no one are a warning, not an attack on people. Any other aim told with them
    ('into the air and then into the crowd') keeps the attack."""
    air = word_set("negatives", "warning_fire_objects")
    aims: list[Token] = []
    # "into the air and then into the crowd": the parser may hang the second aim on the verb or the first
    preps = [c for c in tok.children if c.dep_ == "prep" or (c.dep_ == "conj" and c.pos_ == "ADP")]
    preps += [g for p in preps for g in p.conjuncts if g.pos_ == "ADP" and g not in preps]
    for p in preps:
        aims += [g for g in p.children if g.dep_ == "pobj"]
    warning = any(
        c.dep_ in ("dobj", "nsubjpass")
        and any(m.dep_ in ("amod", "compound") and m.lower_ == "warning" for m in c.children)
        for c in tok.children
    )
    in_air = [a for a in aims if a.lemma_.lower() in air]
    targets = [a for a in aims if a.lemma_.lower() not in air and a.i > tok.i and a.dep_ == "pobj"]
    aimed = [a for a in targets if a.head.lower_ in ("into", "at", "on", "upon", "towards", "toward")]
    return bool(in_air or warning) and not aimed


def _downs_aircraft(verb: Token) -> bool:
    """ "shot down an army helicopter", "intercepted 20 Russian drones": what a downing verb acts on
    is the aircraft hit, a target, though the weapons lexicon lists it as something that fires
    (``parties.json`` ``downing_verbs``)."""
    prt = _child(verb, "prt")
    said = f"{verb.lemma_.lower()} {prt.lower_}" if prt is not None else verb.lemma_.lower()
    return said in word_set("parties", "downing_verbs")


def _objects(tok: Token) -> list[Token]:
    """What a trigger acts on: its object ("seized firearms"), its passive subject ("devices were
    found"), an "of" phrase for a noun ("the seizure of weapons"), and their conjuncts."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "oprd", "attr")]
    if tok.pos_ in ("NOUN", "PROPN"):
        objs += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    objs += [c for o in list(objs) for c in o.children if c.dep_ == "conj"]
    return objs


def _object_fits(tok: Token, name: str) -> bool:
    """Is the trigger's object of the class the sense needs (triggers.json ``object_classes``)?"""
    words = _object_words(name)
    for o in _objects(tok):
        lemma = o.lemma_.lower()
        if lemma in words or o.lower_ in words:
            return True
        # "troop numbers", "military activity": the class word may be the modifier
        mods = [c for c in o.children if c.dep_ in ("compound", "amod")]
        if any(m.lemma_.lower() in words or f"{m.lower_} {lemma}" in words for m in mods):
            return True
        if name == "weapon" and _is_weapon(o):
            return True
        held = _prep_obj(o, ("of",))
        if (
            held is not None
            and (o.like_num or o.lemma_.lower() in word_set("triggers", "quantity_nouns"))
            and (
                held.lemma_.lower() in words
                or held.lower_ in words
                # "hundreds of military advisers": the class names the pair
                or any(
                    f"{m.lower_} {held.lemma_.lower()}" in words
                    for m in held.children
                    if m.dep_ in ("compound", "amod")
                )
            )
        ):
            return True  # "hundreds of security forces were dispatched", "a large number of troops"
        if name == "person" and o.ent_type_ in ("PERSON", "NORP"):
            return True
        if name == "place" and o.ent_type_ in ("GPE", "LOC", "FAC"):
            return True
    return False


def _in_legal_frame(tok: Token) -> bool:
    """Is the act named inside a charge, a trial or a verdict (its head within two steps up)?"""
    legal = word_set("negatives", "legal_words")
    return any(a.lemma_.lower() in legal or a.lower_ in legal for a in list(tok.ancestors)[:3])


def _mediators_aside(tok: Token) -> bool:
    """'Egypt and Qatar, which are mediating ceasefire talks, condemned the strike', 'Oman, which
    mediates between the two sides': talks (or a truce) as the object of mediating in a present-tense
    relative clause with no day of its own describe the mediator's standing role, not talks told as
    news. Past talks ('envoy Martin Griffiths, who mediated the talks') and a dated clause ('which
    brokered a truce in March') still tell the talks or the truce."""
    obj = tok.head if tok.dep_ == "compound" else tok  # "ceasefire talks": the truce word modifies
    verb = obj.head
    if obj.dep_ != "dobj" or verb.lemma_.lower() not in word_set("negatives", "mediating_verbs"):
        return False
    if verb.dep_ not in ("relcl", "acl"):
        return False
    ongoing = verb.tag_ in ("VBZ", "VBP") or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    )
    return ongoing and not dates.find_dates(" ".join(t.text for t in verb.subtree))


def _taken_hostage(tok: Token) -> bool:
    """'took dozens of guests hostage', 'held guests hostage', 'were taken hostage', 'the hostage-taking':
    the word tells an abduction when the nearest verb above it (or the noun it makes) is a taking."""
    heads = word_set("negatives", "hostage_taking_heads")
    if tok.lemma_.lower() in heads or tok.head.lemma_.lower() in heads:
        return True  # the trigger is the taking itself ("hostage-taking" read on "taking")
    verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in heads


def _hit_by_vehicle(tok: Token, words: frozenset[str]) -> bool:
    """ "struck by a vehicle", "a car hit him": the doer is a vehicle (or a falling tree) and no
    bomb or ramming is named."""
    if tok.lemma_.lower() not in ("strike", "hit", "kill") or words & {"bomb", "bombs", "ramming", "rammed"}:
        return False
    doers = [_child(a, "pobj") for a in tok.children if a.dep_ == "agent"]
    doers += [c for c in tok.children if c.dep_ == "nsubj"]
    vehicles = word_set("negatives", "vehicle_nouns")
    # "struck by a Ford Crown Victoria, driven by a 59-year-old": a make is a vehicle when driven
    return any(
        d is not None
        and (d.lemma_.lower() in vehicles or any(c.dep_ == "acl" and c.lemma_ == "drive" for c in d.children))
        for d in doers
    )


def _mishap(words: frozenset[str]) -> bool:
    """A sentence that tells a crash, or an explosion with a cause of disaster (gas, a boiler, a
    factory), so its deaths are an accident unless a weapon or an armed doer is named."""
    if words & word_set("negatives", "mishap_words"):
        return True
    return bool(words & word_set("negatives", "explosion_words")) and bool(
        words & word_set("negatives", "disaster_cues")
    )


def _labour_strike(tok: Token) -> bool:
    """'Nurses are preparing to strike', 'dock workers will strike', 'went on strike': the doers are
    staff, or the strike is something one goes 'on', so it is a stoppage of work."""
    if tok.dep_ == "pobj" and tok.head.lower_ == "on":
        return True
    subj = _subject(tok)
    return subj is not None and bool(
        {w.lemma_.lower() for w in subj.subtree} & word_set("negatives", "labour_nouns")
    )


def _criticism(tok: Token) -> bool:
    """'Blasted the ruling as a disgrace', 'blasted the league for ignoring complaints', 'hit the
    government over raising taxes': a verb of violence with a judgment ('as ...') or a reproach ('for
    doing', 'over doing') is criticism. An attack 'as residents slept' is a clause, not this phrase."""
    for c in tok.children:
        if c.dep_ != "prep":
            continue
        if c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children):
            return True
        if c.lower_ in ("for", "over") and any(g.tag_ == "VBG" for g in c.children):
            return True
    return False


def _siege_ended(doc: Doc) -> bool:
    """Does the sentence tell a siege or hostage-taking ended ("ending the 19-hour siege", "freed all the
    hostages")? Words: modes.json ``siege_end``."""
    lex = load("modes")["siege_end"]
    for t in doc:
        lemma, head = t.lemma_.lower(), t.head.lemma_.lower()
        if t.dep_ not in ("dobj", "nsubjpass"):
            continue
        if (lemma in lex["nouns"] and head in lex["verbs"]) or (
            lemma in lex["captives"] and head in lex["rescue_verbs"]
        ):
            return True
    return False


def _search_of_premises(tok: Token, doc, has_weapon: bool) -> bool:
    """A raid on offices, homes or premises with no weapon, no casualty and no armed doer is a search
    ('investigators raided the offices of the club'); soldiers or militants raiding a house is not."""
    if has_weapon or any(_kind_fig(w) for w in doc) or _siege_ended(doc):
        return False  # ("raided the bank and freed the hostages": a rescue, no search)
    premises = word_set("negatives", "premises_nouns")
    targets = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lemma_.lower() in premises or o.lower_ in premises for o in targets):
        return False
    passive = any(c.dep_ == "nsubjpass" for c in tok.children)
    doer = (
        next((_child(c, "pobj") for c in tok.children if c.dep_ == "agent"), None)
        if passive
        else _subject(tok)
    )
    # "armed men", "masked men": the doer's modifier arms it
    armed = (
        set(load("modes")["armed_actor_words"]) | word_set("parties", "anaphoric_doers") | {"armed", "masked"}
    )
    return doer is None or not ({w.lemma_.lower() for w in doer.subtree} & armed)


def _off_topic(words: frozenset[str]) -> bool:
    """A sentence that reads as sport, markets, culture or weather and names nothing of conflict."""
    if words & word_set("negatives", "conflict_cues"):
        return False
    # weather words alone mark a disaster; sport, market and culture words need two to outweigh
    need = {"sport_cues": 2, "market_cues": 2, "weather_cues": 1, "culture_cues": 2}
    return any(len(words & word_set("negatives", cue)) >= n for cue, n in need.items())


@cache
def _conflict_context() -> frozenset[str]:
    return word_set("negatives", "conflict_cues") | word_set("negatives", "conflict_context")


def words_in(span) -> frozenset[str]:
    return frozenset({w.lower_ for w in span} | {w.lemma_.lower() for w in span})


def _said_of_future(tok: Token) -> bool:
    """Is the act only promised or threatened ("would take revenge", "will pay a heavy price",
    "vowed revenge")? Read from the auxiliaries of the trigger's clause and of the verbs above it."""
    promise = {"vow", "promise", "pledge", "threaten", "swear", "warn"}
    for v in [tok, *tok.ancestors]:
        if v.lemma_.lower() in promise and v.i != tok.i:
            return True
        if v.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll", "shall") for c in v.children
        ):
            return True
        if v.pos_ in ("VERB", "AUX") and v.dep_ not in ("xcomp", "auxpass", "aux") and v.i != tok.i:
            break
    return False


def _in_condition(tok: Token) -> bool:
    """'If the rebels attack the city, the army will respond', 'would strike government buildings if the
    shelling continued', 'unless the bombing stops': an act in a condition is only supposed. Only an
    adverbial clause counts: 'it was unclear if anyone was killed in the strike' asks about a real one."""
    # the clause the act is told in: its verb (which the parser may tag a noun: "unless the shelling stops")
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX") or a.dep_ == "advcl"), None)
    if verb is None or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children):
        return False
    # "it was not clear if anyone was killed", "asked if the strike hit the school": 'if' as 'whether'
    # (the parser hangs it like a condition)
    whether = word_set("negatives", "whether_heads")
    head = verb.head
    return not (
        head.lemma_.lower() in whether
        or any(c.dep_ in ("acomp", "attr") and c.lemma_.lower() in whether for c in head.children)
    )


def _not_happened(tok: Token) -> bool:
    """An act that was prevented, only asked for, or only possible: no event.

    "troops thwarted an attack", "asked Cuba to arrest the negotiators", "deaths may have been caused
    by mines": the governing verb says the act did not (or may not) take place.
    """
    neg = load("negatives")
    prevent = set(neg["prevented_verbs"])
    replies = set(load("triggers")["reply_words"])
    for a in tok.ancestors:
        if a.lemma_.lower() in prevent:
            return True
        if a.pos_ == "NOUN" and a.lemma_.lower() in replies and a.i < tok.i:
            # "the bombing might have been revenge for a military operation on Friday": what the revenge
            # answers took place, however hedged the claim that it was answered
            break
        # "the Ministry of Defence must confirm that Sergeant X was killed": a duty to report the act
        duty = a.lemma_.lower() in neg["duty_report_verbs"]
        if a.pos_ in ("VERB", "AUX") and any(
            (
                c.dep_ in ("aux", "auxpass")
                and c.lower_ in ("may", "might", "could", "should", "must", "would")
                and not (duty and c.lower_ == "must")
            )
            or (c.dep_ in ("acomp", "oprd") and c.lower_ in neg["possible_words"])
            for c in a.children
        ):
            return True  # "may have been caused by mines", "a major offensive remained possible"
        if (
            a.lemma_.lower() == "go"
            and a.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "be" for c in a.children)
            and any(c.dep_ == "xcomp" for c in a.children)
        ):
            return True  # "We are going to fight this line by line": only announced
        if a.pos_ in ("VERB", "AUX"):
            # "warned that a major offensive ...", "fears of an attack": feared or foreseen, not done
            if a.dep_ == "ccomp" and a.head.lemma_.lower() in neg["foreseeing_verbs"]:
                return True
            break  # only the clause the trigger sits in: "X, who may be..., attacked" is still an attack
    # "urged Cuba to arrest", "asked the army to withdraw"; "encouraged him to carry out an attack":
    # a noun's light verb ("carry out", "conduct") stands in its place
    clause = tok.head if tok.dep_ == "dobj" and tok.pos_ == "NOUN" else tok
    while clause.dep_ == "conj" and clause.head.pos_ in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "urged them to halt hostilities and resume talks": asked for, both
    if clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_.lower() in _PROPOSAL_VERBS:
        return True
    # "isn't afraid to fight one", "says it is ready to fight": a stance, not a fight
    if clause.dep_ == "xcomp" and clause.head.lemma_.lower() in neg["readiness_words"]:
        return True
    # "the number of buses and convoys to be deployed", "troops to send to the front": an infinitive
    # that modifies a noun, or any passive infinitive ("reservists to be mobilised", "were due to be
    # released"), names what is still to be done; a perfect one ("Moscow's claim to have captured the
    # town") tells an act as done
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and not any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in tok.children
    )
    if infinitive and (tok.dep_ in ("acl", "relcl") or any(c.dep_ == "auxpass" for c in tok.children)):
        return True
    # "planned to murder the official ... and then attack a police station": only intended
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
        if cur.lemma_.lower() in neg["intention_verbs"] and tok.tag_ == "VB":
            return True  # "planned to kill a soldier and then attack a station" (coordinated infinitive)
    # "planned to attack", "China vowed on Friday to fight the U.S.": the infinitive may hang as an advcl
    to_inf = any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
    if (cur.dep_ == "xcomp" or (cur.dep_ == "advcl" and to_inf)) and cur.head.lemma_.lower() in neg[
        "intention_verbs"
    ]:
        return True
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "fail":
        return True  # "explosives which failed to detonate", "the second bomb failed to go off"
    if (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in ("go", "explode", "detonate", "fail")
        and (tok.head.lemma_.lower() == "fail" or any(c.dep_ == "neg" for c in tok.head.children))
    ):
        return True  # "a second bomb did not go off", "the device failed to explode": a dud
    # "forces sent to retake the town", "troops were deployed to secure the border": the purpose of a
    # dispatch is not yet done
    if (
        cur.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in cur.children)
        and cur.head.lemma_.lower() in neg["purpose_verbs"]
    ):
        return True
    # "Iran sent 2,000 fighters to help the government retake the city": the purpose through 'help'
    helper = cur.head
    if (
        cur.dep_ in ("xcomp", "ccomp")
        and helper.lemma_.lower() in ("help", "assist")
        and helper.dep_ in ("xcomp", "advcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in helper.children)
        and helper.head.lemma_.lower() in neg["purpose_verbs"]
    ):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "using") and tok.head.head.pos_ == "VERB":
        return _not_happened(tok.head.head)  # "attack a station with petrol bombs": as the attack
    # "demanded the release of", "called for the arrest of", "pressing for the release of"
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and head.lemma_.lower() in neg["intention_verbs"]:
        return True  # "accused of plotting a terror attack", "planned an attack on the embassy"
    return tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _PROPOSAL_VERBS


@cache
def _many_acts_rx() -> re.Pattern[str]:
    lex = load("casualties")
    words = "|".join(re.escape(w) for w in lex["many_acts_modifiers"])
    groups = "|".join(re.escape(w) for w in lex["many_acts_groups"])
    acts = "|".join(re.escape(w) for w in lex["many_acts_plurals"])
    casualty = r"\b(?:killed|died|dead|deaths|injured|wounded|hurt)\b[^.;:]{0,40}?\b(?:in|during|by)\s+"
    return re.compile(
        casualty + rf"(?:(?:{words})\b[^.;:]{{0,60}}?\b(?:{acts})\b"
        rf"|(?:an?\s+|the\s+)?(?:{groups})\s+of\s+(?:[\w-]+\s+){{0,2}}(?:{acts})\b"
        rf"|(?:{acts})\s+between\b[^.;:]{{1,40}}?\band\b)",
        re.I,
    )


def _over_many_acts(text: str) -> bool:
    """Is a count told as that of several acts ("killed in separate gun, bomb and knife attacks", "in a
    series of attacks on churches", "in attacks between mid-August and mid-June")? A toll, never one
    event's count, whatever act words the sentence holds."""
    return bool(_many_acts_rx().search(text))


def _nature_count(fig: Figure) -> bool:
    """A count whose clause's doer is an earthquake, a storm or a flood ("a magnitude 7.6 earthquake
    struck off the coast, killing at least three"): no attack's count, whatever act the sentence tells."""
    if fig.trigger is None:
        return False
    for a in [fig.trigger, *fig.trigger.ancestors]:
        if a.pos_ in ("VERB", "AUX"):
            subj = next((c for c in a.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None:
                return subj.lemma_.lower() in word_set("negatives", "weather_cues")
    return False


def _generic_plural(tok: Token, doc: Doc) -> bool:
    """A bare plural that names a kind of violence, not one act ("Attacks by jihadists have killed
    thousands", "Suicide bombings had become rare", "has since stepped up attacks on police").

    Kept when the sentence gives what a coder needs for one event: an exact toll or a day.
    """
    if tok.tag_ != "NNS" or any(
        c.dep_ in ("det", "poss", "nummod")
        or (c.dep_ == "amod" and (c.like_num or c.lower_ in ("several", "multiple", "numerous", "twin")))
        for c in tok.children
    ):
        return False  # "Several explosions rocked the border area" counts the blasts of one event
    escalate = set(load("negatives")["generic_verbs"])
    head = tok.head
    verb_phrase = (
        head.lemma_.lower() + (" " + next((c.lower_ for c in head.children if c.dep_ == "prt"), "")).rstrip()
    )
    cause = tok.dep_ == "pobj" and (
        head.lower_ in load("negatives")["generic_preps"]
        or f"{head.head.lower_} {head.lower_}" in load("negatives")["generic_preps"]
    )
    role = tok.dep_ in ("nsubj", "nsubjpass") or (tok.dep_ == "dobj" and verb_phrase in escalate) or cause
    if not role:
        return False
    # "7,000 people have fled because of attacks, the IOM said today": only a toll or the act's own
    # day make the plural one event
    return not _one_occasion(tok, doc)


def _record_of_acts(tok: Token, doc: Doc) -> bool:
    """A side's record, not one act: "Al Shabaab has staged many raids in Kenya since its troops crossed
    the border", "the militia has carried out repeated attacks over the years". A plural act noun under a
    perfect verb (has/have/had done) that a span of time ('since ...', 'for months', 'over the years')
    or a vague many ('many', 'countless') spreads over many occasions. Kept, like a generic plural,
    when the sentence gives an exact toll or a day: then a coder has one occasion to record."""
    if tok.pos_ == "VERB":
        # "The Houthis have attacked more than 100 ships since November": the many are its objects
        verb, noun = tok, _child(tok, "dobj")
        if noun is None or noun.tag_ != "NNS":
            return False
    elif tok.tag_ == "NNS" and tok.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb, noun = tok.head, tok
    else:
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        return False
    # "many raids": a vague many on the act noun itself (a count of people taken or ships hit is not)
    many = noun is tok and any(
        c.dep_ == "amod" and c.lower_ in word_set("negatives", "vague_many") for c in noun.children
    )
    spans = word_set("negatives", "record_spans")
    spread = any(
        (
            c.dep_ == "prep"
            and c.lower_ in ("since", "over", "for")
            and any(g.dep_ == "pobj" and (g.lemma_.lower() in spans or g.like_num) for g in c.children)
        )
        or (c.dep_ in ("prep", "advcl") and c.lower_ == "since")
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children))
        for c in verb.children
    )
    return (many or spread) and not _one_occasion(tok, doc)


def _one_of_a_series(tok: Token, doc: Doc) -> bool:
    """Acts named as a series ("the siege was the worst in a series of attacks on secular writers since
    2013", "a string of bombings"): many occasions told as one group, none of them an event, unless the
    sentence gives a toll or a day of its own (a wave told with its day is one campaign to record)."""
    groups = set(load("casualties")["many_acts_groups"]) - {"wave"}
    of = tok.head if tok.dep_ == "pobj" else None
    return (
        tok.tag_ == "NNS"
        and of is not None
        and of.lower_ == "of"
        and of.head.lemma_.lower() in groups
        and not _one_occasion(tok, doc)
    )


def _day_told(tok: Token, doc: Doc) -> bool:
    """Does the sentence give a day (not only the day it was reported) an act can be dated to?"""
    found = [f for f in dates.find_dates(doc.text) if not _report_date(tok, f[0])]
    return any(
        w is not None and w.precision == "day"
        # only the precision is read, so any anchor does
        for w in (dates.resolve(surface, dt.date(2000, 1, 3)) for _s, _e, surface in found)
    )


def _one_occasion(tok: Token, doc: Doc) -> bool:
    """An exact toll or a day of its own: what makes acts told in the plural one occasion a coder records."""
    exact = any(f.count is not None and f.kind in ("killed", "wounded") for f in figures(doc[:]))
    return exact or _day_told(tok, doc)


def _many_times(tok: Token, doc: Doc) -> bool:
    """'deployed numerous times on operations', 'was attacked several times', 'on many occasions':
    an act told with how often it recurred is a record, unless the sentence gives a day."""
    many = word_set("negatives", "vague_many") | {"several", "three", "four", "five", "dozens"}
    recur = [
        c
        for c in tok.children
        if (c.dep_ in ("npadvmod", "advmod", "dobj") and c.lemma_.lower() == "time" and c.tag_ == "NNS")
        or (c.dep_ == "prep" and c.lower_ == "on" and any(g.lemma_.lower() == "occasion" for g in c.children))
    ]
    counted = [
        r
        for r in recur
        for m in [*r.children, *(g for c in r.children for g in c.children)]
        if m.lower_ in many or m.like_num
    ]
    return bool(counted) and not _day_told(tok, doc)


def _spread_only(tok: Token, doc: Doc) -> bool:
    """Violence told over many places or days, not one act: "Ecuador has been hit by a wave of gang
    violence in recent days, with car bombs and attacks on police in several cities". Kept, like a
    generic plural, when the sentence gives an exact toll or a day."""
    text = re.sub(r"[^a-z ]", " ", doc.text.lower())
    text = " " + re.sub(r"\s+", " ", text) + " "
    if not any(f" {c} " in text for c in load("negatives")["spread_cues"]):
        return False
    if any(f.count is not None and f.kind in ("killed", "wounded") for f in figures(doc[:])):
        return False
    found = [f for f in dates.find_dates(doc.text) if not _report_date(tok, f[0])]
    return not any(
        w is not None and w.precision == "day"
        for w in (dates.resolve(surface, dt.date(2000, 1, 3)) for _s, _e, surface in found)
    )


@cache
def _cue_rx(key: str) -> re.Pattern[str]:
    """Whole-word matcher for one cue list of negatives.json, longest cue first."""
    cues = sorted(word_set("negatives", key), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b")


def _story_cues(body: str) -> dict[str, set[str]]:
    """The distinct cue words of each story-level list, read from the lower-cased body once."""
    # "the busiest day since the Second World War": a yardstick from history names no conflict of the
    # story (a heatwave story that says it is still a weather story)
    text = _cue_rx("history_wars").sub(" ", body.lower())
    keys = ("violence_cues", "conflict_cues", "sport_cues", "weather_cues", "disaster_cues")
    return {key: {m.group(0) for m in _cue_rx(key).finditer(text)} for key in keys}


# distinct sport words that make a story a match report (see _Reader.__init__)
SPORT_STORY_CUES = 5


def _closing_report(verb: Token) -> bool:
    """'..., aid group X said on Saturday.': a bare reporting clause set off by a comma at the end,
    whatever clause the parser hung it on, reports what the sentence told before it."""
    subj = _child(verb, "nsubj")
    if subj is None or verb.dep_ not in ("relcl", "acl", "advcl", "conj"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in verb.children):
        return False
    left = subj.left_edge.i
    under = {x.i for x in verb.subtree}
    rest = [t for t in verb.doc[verb.i + 1 :] if not t.is_punct]
    return left > 0 and verb.doc[left - 1].text == "," and all(t.i in under for t in rest)


def _report_date(tok: Token, char: int) -> bool:
    """Is the date at ``char`` the day a report was made ("said on Friday"), not the act's own?

    The date must hang on a reporting verb (the claims lexicon's, one list for both uses) whose
    reported clause holds the trigger.
    """
    cur = _token_at(tok.doc, char)
    if cur.i > 0:
        # "said on Wednesday it had carried out": the day right after the verb of saying is the
        # saying's, however the parser hangs it (often on the reported verb)
        prev = tok.doc[cur.i - 1]
        # ("said Tuesday's attack killed five": a possessive date is the noun's, not the saying's)
        owner = next((t for t in tok.doc[cur.i : cur.i + 4] if t.tag_ == "POS"), None)
        if (
            owner is None
            and is_reporting_verb(prev)
            and tok.i in {x.i for x in prev.subtree}
            and tok.i != prev.i
        ):
            return True
    inside = ("pobj", "prep", "npadvmod", "compound", "amod", "nummod", "det")
    credit = word_set("attribution", "credit_nouns")
    while cur.head.i != cur.i and (
        cur.dep_ in inside
        # "claimed responsibility on Thursday for an attack": the day hangs on the credit taken, which is
        # the claim's, not the attack's
        or (cur.dep_ == "dobj" and cur.lemma_.lower() in credit)
    ):
        cur = cur.head
    if not is_reporting_verb(cur) or tok.i == cur.i:
        return False
    # "... killed 70 and wounded 138 others, aid group MSF said on Saturday": a closing report the
    # parser hung on a noun still reports all told before it
    return tok.i in {x.i for x in cur.subtree} or (_closing_report(cur) and tok.i < cur.i)


def _riot(d: _Draft, doc: Doc) -> bool:
    """A violent act by a crowd (rioters, protesters) or police force met with stone-throwing."""
    riot = load("modes")["riot"]
    actor = _name_words(d.actor.name) if d.actor else set()
    subj = _subject(d.trigger) if d.trigger.pos_ in ("VERB", "AUX") else None
    if subj is not None:
        actor.add(subj.lower_)
    if actor & set(riot["crowd_words"]):
        return True
    text = doc.text.lower()
    if any(re.search(r"\b" + re.escape(c) + r"\b", text) for c in riot["cues"]):
        return True
    # firebombs thrown by a crowd are a riot; by a lone attacker ("Molotov cocktails to attack a police
    # station") they are an attack
    crowd = {w.lower_ for w in doc} & set(riot["crowd_words"])
    return bool(crowd) and any(re.search(r"\b" + re.escape(c) + r"\b", text) for c in riot["weak_cues"])


def _kind_fig(tok: Token) -> bool:
    return tok.lemma_.lower() in word_set("casualties", "killed") | word_set("casualties", "wounded")


def _accident(d: _Draft) -> bool:
    if d.category != "ASSAULT" or d.weapons:
        return False
    armed = set(load("modes")["armed_actor_words"])
    if d.actor is not None and set(d.actor.name.lower().split()) & armed:
        return False
    words: set[str] = set()
    for s in d.sents:
        if s.doc is not None:
            words |= {w.lower_ for w in s.doc} | {w.lemma_.lower() for w in s.doc}
    if not words & {"explosion", "blast", "explode", "exploded", "explosions"}:
        return False  # told as an explosion, though the lead's trigger may be "killed"
    if words & word_set("negatives", "conflict_cues") - {"explosion", "civilians"}:
        return False
    return len(words & word_set("negatives", "disaster_cues")) >= 2


def _diplomatic_protest(tok: Token) -> bool:
    """Is the protest word a state's protest through diplomats, not a demonstration? 'Turkey summoned the
    Swedish charge d'affaires in protest', 'recalled its ambassador in protest', 'summoned the
    ambassador to protest the strikes', 'lodged a formal protest with Britain' (negatives.json
    diplomatic_protest). 'Hundreds protested outside the embassy' names an envoy's house, no envoy."""
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in word_set("negatives", "protest_lodging_verbs")
    ):
        return True
    envoys = word_set("negatives", "envoy_words")
    verbs = word_set("negatives", "diplomatic_protest_verbs")
    for verb in tok.sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(w.lower_ in envoys for o in objs for w in o.subtree):
            return True
    return False


def _told_not_done(tok: Token) -> bool:
    """Is the act told as not done? 'No arrests have been made', 'No one has been arrested', 'Police have
    not made any arrests' (negatives.json told_not_done): wire copy's routine line that nothing
    happened yet, no event."""
    dets = word_set("negatives", "none_determiners")
    if tok.pos_ == "NOUN":
        if any(c.dep_ == "det" and c.lower_ in dets for c in tok.children):
            return True  # "No arrests have been made", "no shots were fired"
        head = tok.head
        return (
            tok.dep_ in ("dobj", "nsubjpass")
            and head.lemma_.lower() in word_set("negatives", "act_light_verbs")
            and any(c.dep_ == "neg" for c in head.children)
        )  # "Police have not made any arrests"
    if tok.pos_ == "VERB":
        subj = _child(tok, "nsubjpass", "nsubj")
        if subj is None:
            return False
        return subj.lower_ in word_set("negatives", "none_subjects") or any(
            c.dep_ == "det" and c.lower_ in dets for c in subj.children
        )  # "No one has been arrested", "nobody was detained"
    return False
