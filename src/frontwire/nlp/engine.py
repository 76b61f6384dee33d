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

This module holds the cascade (``extract``, ``extract_many``) and the sentence reader (``_Reader``, steps
4-5 and the driving of step 6). The stages that need none of the reader's state live in modules of their
own: ``drafts`` (the pipeline, lexicon loaders, ``Sent``/``_Draft``, splitting: steps 1-3), ``parties``
(who did it to whom, and their countries), ``senses`` (does a trigger tell one real act), ``coalesce``
(when drafts are one event, and merging them), ``tolls`` (whose count is whose: an act's own, a running
total, a rival source's) and ``finish`` (the per-article pass from draft to event: places, party
countries, claim pruning).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from frontwire import dates
from frontwire.geo import Geocoder
from frontwire.geo.countries import country_code, country_in
from frontwire.model import Article, Claim, Event, Party, Toll, When
from frontwire.nlp.casualties import Figure, figures
from frontwire.nlp.claims import (
    Attribution,
    armed_group_in,
    attributions,
    body_named_before,
    claimed_act_owner,
    is_reporting_verb,
    is_source_head,
    labels_told_act,
    lexicon_side,
    names_culprit,
    recasts_aim,
    refers_to_event,
    speaks_for_office,
    subject_body,
    takes_credit,
    threat_blame,
)
from frontwire.nlp.coalesce import (
    _ANAPHOR_NOUNS,
    _acronym_of,
    _act_followed,
    _anaphor_noun,
    _anaphoric,
    _answered_named,
    _compatible,
    _compatible_anaphor,
    _counts_doers,
    _days_between,
    _definite_doer,
    _elaborated,
    _goes_on_about,
    _label_of,
    _last_drafted,
    _merge,
    _names_told_doers,
    _onset_of,
    _own_day,
    _pointed_attack,
    _points_to_raid,
    _same_claimant,
    _same_family,
    _siege_dead,
    _specific,
    _told_doer,
)
from frontwire.nlp.drafts import (
    VERBAL,
    VERBAL_MODES,
    Sent,
    _candidate_rx,
    _child,
    _clause,
    _dateline,
    _Draft,
    _is_weapon,
    _nlp,
    _object_words,
    _own_part,
    _phrase_matcher,
    _prep_obj,
    _tok_at,
    _token_at,
    _triggers,
    split_sentences,
)
from frontwire.nlp.finish import (
    _aim_at_the_lead_attacker,
    _dateline_mentions,
    _finish,
    _future,
    _group_names,
    _home_country,
    _locatives,
    _mentions,
    _outside,
    _pair_counter_acts,
    _Scene,
    _substantive,
    _verbal,
)
from frontwire.nlp.lexicon import load, word_set
from frontwire.nlp.numbers import ORDINAL_RX, parse_ordinal
from frontwire.nlp.parties import (
    _PLACE_NOUNS,
    _SETTLEMENT_NOUNS,
    _SPEAKER_PRONOUNS,
    _blamed_side,
    _building,
    _carried,
    _clash_sides,
    _country_word,
    _credited_to,
    _crowd,
    _crowd_protested,
    _damaged,
    _fired,
    _framed_act_doer,
    _group_named_before,
    _held_hostage,
    _hit_by,
    _hostages,
    _intended_target,
    _is_people,
    _is_state_forces,
    _joint_sides,
    _means_of,
    _non_state,
    _ordered_by,
    _party,
    _power_taker,
    _premodifier_doer,
    _privilege_holder,
    _protest_addressee,
    _protest_seat,
    _settled,
    _side_of,
    _speaker_of,
    _speaker_of_joined,
    _subject,
    _to_body,
    _town,
    _town_name,
)
from frontwire.nlp.senses import (
    _PROPOSAL_VERBS,
    SPORT_STORY_CUES,
    _accident,
    _closing_report,
    _commercial_rivalry,
    _conflict_context,
    _criticism,
    _day_told,
    _diplomatic_protest,
    _downs_aircraft,
    _fired_in_the_air,
    _generic_plural,
    _hit_by_vehicle,
    _in_condition,
    _in_legal_frame,
    _kind_fig,
    _labour_strike,
    _many_times,
    _mediators_aside,
    _mishap,
    _nature_count,
    _not_happened,
    _object_fits,
    _objects,
    _off_topic,
    _one_of_a_series,
    _over_many_acts,
    _record_of_acts,
    _report_date,
    _riot,
    _said_of_future,
    _search_of_premises,
    _spread_only,
    _story_cues,
    _taken_hostage,
    _told_not_done,
    words_in,
)
from frontwire.nlp.tolls import (
    _competing_count,
    _counts_since,
    _later_count,
    _nearest_source,
    _own_toll_clause,
    _part_of_count,
    _rival_counts,
    _running_totals,
    _sources_the_toll,
    _voicing,
)
from frontwire.nlp.weapons import weapons_in

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
_OFFICE_WORDS = frozenset(
    {"chief", "spokesman", "spokeswoman", "secretary", "leader", "envoy", "ambassador", "head"}
)


def _undated_sweep(verb: Token) -> bool:
    """'that has seized parts of Iraq and Syria', 'which has captured swathes of North Kivu', 'who have
    taken several towns': a perfect whose object is a portion of a land or an unnamed plural, with no
    date in its clause, sums up what a party has done (coding guide: background is coded only with a
    date or a specific place); 'who have seized the town of Bunia' names its place."""
    obj = _child(verb, "dobj")
    if obj is None or dates.find_dates(" ".join(w.text for w in verb.subtree)):
        return False
    portion = obj.lemma_.lower() in _PORTION_WORDS
    named = any(w.ent_type_ in ("GPE", "LOC", "FAC") for w in obj.subtree)
    return portion or (obj.tag_ == "NNS" and not named)


def _refusing_verbs() -> frozenset[str]:
    return frozenset(t["lemma"].split()[0] for t in load("triggers")["triggers"] if t["category"] == "REJECT")


def _refused_proposal(tok: Token) -> bool:
    """'Russia vetoed a resolution demanding an immediate ceasefire', 'rejected a plan calling for a
    truce': a demand made by a text that was refused is the text's wording, not an appeal anyone made."""
    refusing = _refusing_verbs()
    if tok.dep_ == "acl":
        held = tok.head
        return held.dep_ in ("dobj", "nsubjpass") and held.head.lemma_.lower() in refusing
    # the parser often hangs the participle on the verb: "vetoed a resolution on Friday demanding ..."
    refused = _child(tok.head, "dobj") if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
    return (
        refused is not None
        and tok.head.lemma_.lower() in refusing
        and refused.lemma_.lower() in _object_words("proposal")
    )


def _proposer(proposal: Token) -> Token | None:
    """Who made what was refused: 'Russia's demand' (possessor), 'an Israeli offer' (demonym), 'the
    proposal put forward by Egypt' (agent of its participle)."""
    for c in proposal.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "amod" and c.ent_type_ == "NORP":
            return c
    for c in proposal.children:
        if c.dep_ == "acl":
            by = next(
                (g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"), None
            )
            if by is not None:
                return by
    return None


def _topic_of_talks(tok: Token) -> bool:
    """'met to discuss the fight against militants', 'visited Baghdad for talks on the offensive': a
    war-wide act word that a meeting is about is its topic (negatives.json topic_* lists)."""
    if tok.lemma_.lower() not in word_set("negatives", "topic_war_words"):
        return False
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in word_set("negatives", "topic_verbs")
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("on", "about", "over")
        and tok.head.head.lemma_.lower() in word_set("negatives", "topic_nouns")
    )


def _warned_of_own_harm(tok: Token) -> bool:
    """'Moscow warned Kyiv that it would strike government buildings', 'warned they will target any
    ship': what is warned of is the warner's own future blow -- a threat, not a forecast ('warned
    that attacks on civilians could rise' foresees; 'warned that Hamas would attack' names another doer)."""
    harm = set(load("triggers")["harm_complement_verbs"])
    for c in tok.children:
        if c.dep_ != "ccomp" or c.lemma_.lower() not in harm:
            continue
        if not any(a.dep_ == "aux" and a.lower_ in ("will", "would", "'ll", "shall") for a in c.children):
            continue
        subj = _child(c, "nsubj")
        if subj is not None and subj.lower_ in ("it", "they", "we", "i", "he", "she"):
            return True
    return False


def _told_as_setting(tok: Token) -> bool:
    """'hit the House of Officers, where it said Ukrainian commanders were meeting arms suppliers': a
    meeting told in a 'where' clause describes the place something else happened at, not news of its
    own."""
    for v in [tok, *tok.ancestors]:
        if v.dep_ == "relcl":
            return any(c.dep_ == "advmod" and c.lower_ == "where" for c in v.children)
    return False


def _office_of_named_side(phrase: Token) -> bool:
    """'Iraq's national security adviser', 'The Iraqi foreign minister', 'a senior Turkish official':
    an office or body of a state that the phrase names (by name or demonym) stands for that state, as
    a name would; 'the students', 'fans' or 'the adviser' alone name no side."""
    offices = (
        word_set("parties", "state_offices")
        | word_set("parties", "state_body_words")
        | word_set("parties", "official_nouns")
    )
    return phrase.lemma_.lower() in offices and any(
        w.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for w in phrase.subtree if w.i != phrase.i
    )


# "occupied parts of the city", "regained control of the port": the place is in the of-phrase
_PORTION_WORDS = ("part", "much", "most", "swathe", "half", "rest", "control")
# forces sent "to support / reinforce / back" a side: that side is whom the deployment is for
_BACKING_VERBS = frozenset({"support", "reinforce", "back", "assist", "help", "bolster"})
# "staged a protest", "held a rally": verbs that hold a gathering (forms and lemmas)
_HOLDING_VERBS = frozenset(
    ("stage", "staged", "stages", "staging", "hold", "held", "holds", "holding", "organise", "organised")
    + ("organize", "organized", "join", "joined", "joins")
)
# PLOVER's verbal categories: said, not done -- in a story of no conflict they are no events
_VERBAL_CATEGORIES = frozenset({"REQUEST", "CONSULT", "SUPPORT", "ACCUSE", "REJECT", "THREATEN"})


@cache
def _appealing_titles() -> frozenset[str]:
    """Titles an appeal's subject may carry without a name in war copy: a state's offices ('the state
    governor', 'the city's mayor'), speaking bodies and the bodies that write and appeal ('aid agencies',
    'a coalition of aid groups')."""
    return (
        word_set("parties", "state_offices")
        | word_set("triggers", "speaking_bodies")
        | word_set("triggers", "appealing_bodies")
    )


def _purpose_to_end(verb: Token) -> bool:
    """'signed an agreement on Sunday to end the fighting', 'talks to stop the war': an infinitive of
    purpose that would end the fighting -- it breaks no truce, and the fighting it names is the war
    referred to, no act told."""
    return verb.lemma_.lower() in ("end", "stop", "halt", "cease") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _truce_left(tok: Token) -> bool:
    """Did a side leave the truce named at ``tok``? "pulled out of the ceasefire", "withdrew from the
    truce", "abandoned / quit / scrapped the ceasefire": the truce ended (not "pulled back under the
    ceasefire", where the truce is what the withdrawal keeps)."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in ("of", "from"):
        verb = head.head.head if head.head.lower_ == "out" else head.head
        return verb.lemma_.lower() in ("pull", "withdraw", "walk", "back")
    return tok.dep_ == "dobj" and head.lemma_.lower() in ("abandon", "quit", "scrap", "renounce", "ditch")


class _Reader:
    """Reads one article; holds the cross-sentence state (last claimant, last event)."""

    def __init__(self, article: Article, sents: list[Sent]):
        self.article = article
        cues = _story_cues(article.body)
        # a story that names violence anywhere: a bare death in it ("two died later in hospital") is
        # part of that violence; in a story about a crash or an illness it is not
        self.violent_story = len(cues["violence_cues"]) >= 2
        # a match report ("bombarded a shell-shocked defence", "went to war for them"): many distinct
        # sport words, at least twice as many as the conflict words its metaphors bring along
        sport, conflict = cues["sport_cues"], cues["conflict_cues"]
        self.sport_story = len(sport) >= SPORT_STORY_CUES and len(sport) >= 2 * len(conflict)
        # a storm, flood or quake story that names no armed conflict at all: its deaths ('a driver was
        # killed when a tree fell on his vehicle') are the weather's, not anyone's attack
        self.weather_story = len(cues["weather_cues"]) >= 2 and not conflict
        # a gas, boiler or factory explosion story that names nothing of war but the blast itself:
        # "The blast occurred at 12.45 a.m." after a lead that blamed a gas leak is the same mishap
        blast_words = word_set("negatives", "explosion_words") | {"civilians"}
        self.mishap_story = len(cues["disaster_cues"]) >= 2 and not (conflict - blast_words)
        self.sents = sents
        self.anchor = _dateline(article)
        self.drafts: list[_Draft] = []
        self.tolls: list[Toll] = []
        # token indices of the sentence's "bringing the toll of the month to N" clause, read as a toll
        self.running_clause: set[int] = set()
        self.last_person: Attribution | None = None
        self.last_org: Attribution | None = None
        self.named_bodies: list[Attribution] = []  # bodies quoted by a proper name, in story order
        self.recasting: set[int] = set()  # ids of claims whose own side names a military aim
        self.toll_sources: tuple[int, list[Claim]] = (-1, [])  # the last count's sentence and sources
        self.docs: list[Doc] = []  # sentences parsed so far, to spell out a later acronym
        self.sent_idx = -1  # the sentence being read
        self.person_idx = -1  # the sentence of the last person quoted (last_person)
        self.org_idx = -1  # the sentence of the last body quoted (last_org)
        # the body the last sentence's main clause was about, quoted or not (sentence, attribution)
        self.last_subject: tuple[int, Attribution] | None = None
        self.last_actor: tuple[int, str] | None = None  # the last person who acted (sentence, name)
        self.character_witnesses: set[str] = set()  # who spoke only of who someone was (see _read_sentence)
        self.war_start: When | None = None
        self.acronyms = _defined_acronyms(article.body)  # "Ministry of Defence (MoD)": MoD -> the name

    # -- triggers -----------------------------------------------------------------------------
    def _triggers(self, doc: Doc) -> list[tuple[Token, dict]]:
        single, multi = _triggers()
        cands: list[tuple[Token, list[dict]]] = []
        skip: set[int] = set()
        matcher, phrases = _phrase_matcher()
        for match_id, start, end in matcher(doc):
            ph = phrases[int(doc.vocab.strings[match_id][len("phrase") :])]
            head = doc[start + ph["head"]] if ph["head"] >= 0 else doc[end + ph["head"]]
            if head.i not in skip:
                cands.append((head, [ph]))
                skip.update(range(start, end))
        for tok in doc:
            if tok.i in skip:
                continue
            lemma = tok.lemma_.lower()
            if tok.i + 1 < len(doc):
                key = (lemma, doc[tok.i + 1].lemma_.lower())
                if key in multi:
                    # the phrase's syntactic head carries its arguments ("air strike" -> "strike")
                    nxt = doc[tok.i + 1]
                    cands.append((nxt if tok.head.i == nxt.i else tok, multi[key]))
                    skip.add(tok.i + 1)
                    continue
            senses = single.get(lemma) or single.get(tok.lower_)
            if senses:
                cands.append((tok, senses))
        if not cands:
            return []
        cands.sort(key=lambda c: c[0].i)
        # sentence-level facts every trigger check reads, computed once per sentence
        words = frozenset({w.lower_ for w in doc} | {w.lemma_.lower() for w in doc})
        has_weapon = any(_is_weapon(w) for w in doc)
        out: list[tuple[Token, dict]] = []
        for tok, senses in cands:
            t = next((t for t in senses if self._keep(tok, t, doc, words, has_weapon)), None)
            if t is not None:
                out.append((tok, t))
        return out

    def _keep(self, tok: Token, t: dict, doc: Doc, words: frozenset[str], has_weapon: bool) -> bool:
        neg = load("negatives")
        if any(c.dep_ == "neg" for c in tok.children):
            return False
        if _in_condition(tok):
            return False  # "If the militia attacks the camp", "would seize the airport if talks failed"
        if tok.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children):
            return False  # "vowed to retaliate against any Israeli attack": no particular act is told
        if t["category"] == "ASSAULT" and _topic_of_talks(tok):
            return False  # "met to discuss the fight against militants", "talks on the offensive"
        if _told_not_done(tok):
            return False  # "No arrests have been made", "No one has been arrested"
        if tok.pos_ in ("ADJ",) and t["kind"] == "event":
            return False
        if t.get("pos") and tok.pos_ not in t["pos"]:
            return False  # "200 million pounds of apples", "the photo shoot": the word's other sense
        if t["category"] == "ASSAULT" and tok.i > 0 and tok.text[:1].isupper() and not tok.is_sent_start:
            return False  # inside a title or a name: "Saturday Night's Alright for Fighting"
        if t["category"] == "ASSAULT" and (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG")):
            return False  # a name, even at the start: "Shell and Watson have been charged with escape"
        if t["category"] == "ASSAULT" and _in_legal_frame(tok):
            return False  # "charged with sex assault", "found not guilty of killing five people"
        if t["category"] == "ASSAULT" and _hit_by_vehicle(tok, words):
            return False  # "struck by a vehicle", "hit by a car and killed": a road accident
        violent = (
            words & word_set("negatives", "violence_cues")
            or has_weapon
            or self.violent_story
            or _armed_doer(tok)
        )
        if t["kind"] == "result" and (not violent or (self.weather_story and not has_weapon)):
            return False  # "The driver died at the scene" in a story that names no violence
        if (
            t["kind"] == "result"
            and not has_weapon
            and not _armed_doer(tok)
            and (_mishap(words) or any(_hit_by_vehicle(w, words) for w in doc))
        ):
            return False  # "killed when his motorbike collided with a lorry", "when a gas cylinder exploded"
        if (
            tok.dep_ in ("compound", "amod")
            and tok.head.pos_ in ("NOUN", "PROPN")
            and t["category"] in ("ASSAULT", "PROTEST", "COERCE")
        ):
            return (
                False  # "attack drones", "riot police", "the detained journalists": a modifier, not an event
            )
        if (
            t["category"] == "AGREE"
            and tok.dep_ == "compound"
            and tok.head.lemma_.lower() in word_set("negatives", "truce_talk_heads")
        ):
            return False  # "ceasefire talks", "a truce proposal": talks or a plan about a truce
        if t["category"] in ("AGREE", "CONSULT") and _mediators_aside(tok):
            return False  # "Egypt and Qatar, which are mediating ceasefire talks, condemned the strike"
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
            tok.dep_ == "relcl"
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children)
            and (any(c.dep_ == "prep" and c.lower_ == "since" for c in tok.children) or _undated_sweep(tok))
        ):
            # "the Houthis, who have attacked dozens of ships since November", "the militant group that
            # has seized parts of Iraq and Syria": a party's record, not an act told with its day or place
            return False
        if (
            t["category"] == "ASSAULT"
            and tok.pos_ == "VERB"
            # "... look like a tank, and launch shells": a base form sharing a present tense counts too
            and (
                tok.tag_ in ("VBP", "VBZ")
                or (tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.tag_ in ("VBP", "VBZ"))
            )
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
            and not dates.find_dates(doc.text)
            and not any(f.count for f in figures(doc[:]) if f.kind in ("killed", "wounded"))
            # a thing's doing, not a side's: "after gunmen attack on New Year Day" (a noun the parser
            # took for a verb) is the gunmen's attack
            and not ((subj := _subject(tok)) is not None and (_is_people(subj) or _armed_word(subj)))
        ):
            return False  # "The vehicles ... launch 155mm shells": what a thing does, no occasion told
        if _record_of_acts(tok, doc) or _many_times(tok, doc) or _one_of_a_series(tok, doc):
            # "has staged many raids in Kenya since its troops crossed the border", "deployed numerous
            # times on operations to Afghanistan", "the worst in a series of attacks on writers since
            # 2013": a record, not one occasion
            return False
        if (
            t["category"] == "PROTEST"
            and tok.tag_ == "NNS"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and not any(c.dep_ in ("det", "nummod") for c in tok.children)
            # "weeks of protests" whatever day the sentence names (as "weeks of fighting" above)
            and (
                tok.head.head.lemma_.lower() in word_set("negatives", "record_spans")
                or not _day_told(tok, doc)
            )
        ):
            return False  # "sparked two weeks of protests", "the main centre of street protests": a campaign
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
        # a verb's lemma is no topic word: gangs "stormed" a prison, rockets "rained" on a town
        verb_lemmas = {w.lemma_.lower() for w in doc if w.pos_ == "VERB" and w.lower_ != w.lemma_.lower()}
        # (a sense told in sport words, 'the club apologised after its fans chanted racist abuse', is
        # read there: topic_ok)
        if _off_topic(words - verb_lemmas) and not t.get("topic_ok"):
            return False  # "fans marched before the cup final", "the coach warned they would pay a price"
        if self.sport_story and cat == "ASSAULT" and not any(_kind_fig(w) for w in doc):
            return False  # in a match report "bombarded a shell-shocked defence" is football
        if t.get("object") and not _object_fits(tok, t["object"]):
            return False  # "seized seven firearms" is a seizure of arms, "seized the town" is not
        if (
            cat == "ASSAULT"
            and tok.pos_ == "NOUN"
            and tok.head.lemma_.lower()
            in word_set("negatives", "disarm_verbs") | word_set("negatives", "making_verbs")
        ):
            # "two roadside bombs were found and defused", "the race to build the atomic bomb": the bombs
            # never went off
            return False
        if cat in ("ASSAULT", "COERCE", "RETREAT", "CONCEDE", "AID", "MOBILIZE") and _not_happened(tok):
            return False  # "thwarted an attack", "urged Cuba to arrest", "may have been caused by mines"
        if (
            cat in ("COERCE", "CONCEDE", "AID", "MOBILIZE")
            and tok.pos_ == "VERB"
            and any(
                c.dep_ in ("aux", "auxpass")
                and c.lower_ in ("will", "'ll", "shall", "would", "could", "might")
                for c in tok.children
            )
        ):
            # "Government forces will recapture Bakhmut within weeks", "police will arrest anyone who",
            # "rebels would seize the airport": a plan or a threat, not an act (coding guide: future plans
            # are not coded), as an attack told in the future already was not
            return False
        if cat == "ASSAULT" and (named := _label_of(tok)) is not None and named.lower_ != "what":
            # "a move one analyst called 'carpet bombing the market'", "called the strike a massacre": a
            # label is no act of its own; the act, if any, is the thing labelled (a free relative, 'what
            # he called a vile attack', stands for the act and is read as pointing back)
            return False
        if cat == "ASSAULT" and _commercial_rivalry(tok, doc, has_weapon):
            return False  # "airlines opened a fresh front in their price war", "a rival hit back with cuts"
        if cat == "ASSAULT" and tok.lemma_.lower() in ("fire", "shoot") and _fired_in_the_air(tok):
            return False  # "Police fired into the air to push them back": a warning, no one shot at
        if cat == "ASSAULT":
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj")]
            # what the act is aimed at ("attacked the budget", "fired at the proposal"); not what a
            # framing phrase names ("were fighting Russian forces, despite Moscow's claim to have ...")
            framing = {"despite", "after", "before", "since", "during", "amid", "following", "until"}
            objs += [
                g
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ not in framing
                for g in c.children
                if g.dep_ == "pobj"
            ]
            own = set(t["lemma"].split())  # "opened fire", "exchanged fire": the fire is the trigger's own
            if any(
                o.lemma_.lower() in word_set("negatives", "metaphor_objects") and o.lemma_.lower() not in own
                for o in objs
            ):
                return False
            if _generic_plural(tok, doc):
                return False  # "Suicide bombings had become rare", "has since stepped up attacks on police"
            if _spread_only(tok, doc):
                return False  # "hit by a wave of violence in recent days, with attacks in several cities"
            if (
                t["mode"] == "explosion"
                and (words & set(neg["disaster_cues"]) or self.mishap_story)
                and not (any(_is_weapon(w) for w in doc) or words & set(load("modes")["armed_actor_words"]))
            ):
                return False
            if tok.lemma_ == "strike" and any(
                c.lower_ in ("hunger", "general", "labour", "labor", "worker", "workers", "nationwide")
                for c in tok.children
            ):
                return False
            if tok.lemma_ == "strike" and _labour_strike(tok):
                return False  # "nurses are preparing to strike", "went on strike over pay"
            if tok.lower_ in word_set("negatives", "adjectival_participles") and not any(
                c.dep_ in ("dobj", "prep", "agent", "nsubjpass") for c in tok.children
            ):
                return False  # "her likeness to the queen was striking": an adjective, no act
            if tok.pos_ == "VERB" and not has_weapon and _criticism(tok):
                return False  # "blasted the ruling as a disgrace", "blasted the league for ignoring"
            if tok.lemma_ == "raid" and _search_of_premises(tok, doc, has_weapon):
                return False  # "tax investigators raided the offices of the club": a search
            if any(
                c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "may", "will", "should")
                for c in tok.children
            ):
                return False
            if tok.dep_ == "xcomp" and tok.head.lemma_ in ("threaten", "vow", "plan", "want", "try", "warn"):
                return False
        if cat == "ASSAULT" and tok.pos_ == "NOUN" and tok.dep_ == "dobj" and _purpose_to_end(tok.head):
            return False  # "signed an agreement to end the fighting": the war referred to, no act told
        if cat == "PROTEST" and tok.dep_ == "pobj" and tok.head.lower_ in ("on", "at", "into"):
            return False  # "gunmen opened fire on a protest": the protest is whom the attack hit
        if (
            cat == "PROTEST"
            and tok.dep_ in ("dobj", "nsubjpass")
            and tok.head.lemma_.lower() in word_set("negatives", "harm_verbs")
        ):
            return False  # "deployed snipers to kill protesters": the protesters are the victims
        if self.weather_story and cat in _VERBAL_CATEGORIES:
            return False  # a storm story that names no conflict: "urged people to stay indoors" is advice
        if (
            cat == "MOBILIZE"
            and tok.pos_ == "VERB"
            and any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in word_set("negatives", "harm_verbs")
                for c in tok.children
            )
        ):
            # "said the party had deployed snipers to kill protesters": the dispatch is how the killing
            # is told (a claim on it), not a deployment of its own
            return False
        if (
            cat == "ASSAULT"
            and tok.dep_ in ("dobj", "nsubjpass", "xcomp")
            and tok.head.lemma_.lower() in word_set("negatives", "perception_verbs")
        ):
            return False  # "She said she heard shooting for an hour": what a witness heard of the act told
        if not self._sense_fits(tok, t):
            return False
        if t["lemma"] == "hostage" and not _taken_hostage(tok):
            return False  # "a deal to free the hostages", "until all hostages were freed": no one taken here
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
            objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            objs += [
                g
                for o in objs
                for p in o.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
            ]
            # a thing of both uses needs another war word: "launched the drones" to search the seabed
            # names nothing of war, though "drone" alone is a conflict cue ("fired by Hezbollah" with
            # a rocket still is)
            own = {w for o in objs for w in (o.lower_, o.lemma_.lower())} & word_set(
                "negatives", "dual_use_objects"
            )
            armed = bool((words - own) & word_set("negatives", "conflict_cues")) or any(
                _kind_fig(w) for w in doc
            )
            if armed and any(_is_weapon(c) for c in objs):  # "fired dozens of rockets"
                return True  # "fired missiles"; not "launched underwater drones to search the seabed"
            # fired on / at / into someone -- not "fired 300 workers on Friday", "fired back on Sunday
            # night" (a day is no one fired on)
            aimed = [
                o
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ in ("on", "at", "into", "upon")
                for o in p.children
                if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
            ]
            return lemma == "fire" and (
                bool(aimed)
                or any(c.lower_ == "open" for c in tok.children)
                or (tok.i > 0 and doc[tok.i - 1].lemma_ == "open")
            )
        if lemma in ("shell", "shelling", "pound", "pounding"):
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
        if (
            lemma in ("fight", "battle")
            and tok.tag_ == "VBG"
            and (
                tok.dep_ == "acl"
                or (
                    tok.dep_ == "relcl"
                    and any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in tok.children)
                )
            )
        ):
            # "Al Shabaab, which is fighting to topple Somalia's government": likewise who the side is
            return False  # "jihadists fighting in Iraq and Syria", "the coalition fighting in Yemen": who
            # a side is, not an act told with its day
        if lemma in ("fight", "fighting", "battle", "clash", "offensive"):
            # "fighting was continuing along the frontline on Tuesday", "launched an offensive on Sunday":
            # fighting with a when, a where or a toll is an event; "weeks of fighting" alone is not
            # "hours of gun battles" is one event; "weeks of fighting" is the war
            short = tok.head.head.lemma_.lower() in word_set("negatives", "short_spans")
            if (tok.dep_ == "pobj" and tok.head.lower_ == "of" and not short) or (
                tok.dep_ == "nsubj" and tok.head.lemma_ == "be"
            ):
                return False  # "weeks of fighting", "this year's fighting is the heaviest since 1994"
            if (
                tok.tag_ in ("VBG", "VBN")
                and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children)
                and _SINCE_YEAR.search(tok.sent.text)
            ):
                return False  # "has been fighting an insurgency since 2012", "has fought IS since 2014"
            venues = word_set("negatives", "legal_venues")
            if any(
                c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in venues for g in c.children)
                for c in tok.children
            ):
                return False  # "have fought the project in court"
            has_place = any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
            return (
                (has_fig and any(_kind_fig(w) for w in doc)) or bool(dates.find_dates(doc.text)) or has_place
            )
        if (
            cat == "AGREE"
            and (
                tok.tag_ == "NNS"
                or any(c.lower_ in ("earlier", "previous", "past", "prior") for c in tok.children)
            )
            and not dates.find_dates(doc.text)
        ):
            return False  # "Two earlier ceasefires also failed": undated history, not the truce told
        if cat == "AGREE":
            # "failed to agree a ceasefire", "failed to reach an agreement": no deal was made
            clause = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), tok)
            if clause.dep_ == "xcomp" and clause.head.lemma_.lower() == "fail":
                return False
            gov = {tok.head.lemma_.lower()} | {c.lemma_.lower() for c in tok.children}
            for a in tok.ancestors:
                gov.add(a.lemma_.lower())
                if a.dep_ == "relcl":
                    # "China, which brokered a truce in January, urged them to ...": the truce is told
                    # in its own clause; what the main clause asks for is not about it
                    break
            if tok.head.lemma_.lower() in ("call", "break") and any(
                c.dep_ == "prt" and c.lower_ == "off" for c in tok.head.children
            ):
                return True  # "the TTP called off a ceasefire": a truce that ended, not one asked for
            if _truce_left(tok):
                return True  # "the rebels pulled out of the ceasefire on Saturday": a truce that ended
            if gov & _PROPOSAL_VERBS:
                return False  # "urging both sides to agree a ceasefire", "a resolution demanding a truce"
            if lemma == "agree":
                subj = _child(tok, "nsubj")
                # "forced them to capitulate and agree to surrender deals": a deal agreed, whoever the
                # parse leaves as the subject
                deal = (
                    _prep_obj(tok, ("to",))
                    or _child(tok, "dobj")
                    # "agree to surrender deals" parsed as the verb 'surrender' taking 'deals'
                    or next(
                        (o for c in tok.children if c.dep_ == "xcomp" for o in [_child(c, "dobj")] if o), None
                    )
                )
                return tok.pos_ == "VERB" and (
                    (subj is not None and subj.pos_ in ("PROPN", "NOUN"))
                    or (deal is not None and deal.lemma_.lower() in _object_words("deal"))
                )
            # "demanding a ceasefire" names no agreement: a verb of agreeing or breaking must
            return bool(gov & (_AGREE_VERBS | _COLLAPSE))
        if cat == "COERCE":
            if lemma == "coup":
                # "the army seized power in a coup"; not "the boardroom coup against the chief executive"
                return bool(words & word_set("triggers", "coup_context"))
            if lemma.endswith(" control"):  # take, seize, gain, wrest control
                # "rebels took control of the town", "of Goma", "of the refinery after days of fighting";
                # not "the autopilot takes control of the vehicle"
                held = _prep_obj(tok, ("of",)) or next(
                    (p for c in tok.children for p in [_prep_obj(c, ("of",))] if p is not None), None
                )
                return (
                    bool(words & _conflict_context())
                    or held is not None
                    and (
                        held.ent_type_ in ("GPE", "LOC", "FAC")
                        or held.pos_ == "PROPN"
                        or held.lemma_.lower() in _PLACE_NOUNS
                        or held.lemma_.lower() in _object_words("territory")
                    )
                )
            if lemma in ("seize", "capture", "occupy", "regain", "overrun", "liberate"):
                # "had overrun the army garrison in Nasir"; not "tourists overran the beaches"
                obj = _child(tok, "dobj", "nsubjpass")
                if obj is not None and obj.lemma_.lower() in _PORTION_WORDS:
                    obj = _prep_obj(obj, ("of",)) or obj  # "occupied parts of the city"
                return obj is not None and (
                    obj.ent_type_ in ("GPE", "LOC", "FAC")
                    or obj.lemma_.lower() in _PLACE_NOUNS
                    or obj.lemma_.lower() in _object_words("territory")
                )
            if lemma == "sweep swept":
                # "swept into Aleppo", "swept into the town": the place after 'into' (not "into power")
                into = _prep_obj(tok, ("into",))
                return into is not None and (
                    into.ent_type_ in ("GPE", "LOC", "FAC")
                    or into.lemma_.lower() in _PLACE_NOUNS
                    or into.lemma_.lower() in _object_words("territory")
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
        if cat == "PROTEST" and _diplomatic_protest(tok):
            return False  # "summoned the Swedish charge d'affaires in protest": diplomacy, no demonstration
        if cat == "PROTEST" and tok.pos_ == "VERB":
            subj = _subject(tok)
            armed = set(load("modes")["armed_actor_words"]) | {"troop"}
            if subj is not None and subj.lemma_.lower() in armed:
                return False  # "troops marched into the city" is an advance, not a march
        if cat == "PROTEST" and tok.dep_ in ("dobj", "nsubjpass"):
            # "fighters broke up the rally by firing into the air": a protest someone dispersed took place
            prt = next((c.lower_ for c in tok.head.children if c.dep_ == "prt"), "")
            if f"{tok.head.lemma_.lower()} {prt}".strip() in word_set("negatives", "dispersal_verbs"):
                return True
        if cat == "PROTEST":
            # "Activists staged a protest outside parliament on Tuesday": a protest held on its day is
            # concrete too (not "lodged a protest", a diplomatic note)
            # "Peaceful protest took place in Batsari town": the protest told as having happened
            place = _child(tok.head, "dobj")
            took_place = tok.dep_ == "nsubj" and tok.head.lemma_ == "take" and place is not None
            took_place = took_place and place is not None and place.lower_ == "place"
            held = took_place or (
                tok.pos_ == "NOUN"
                and tok.dep_ == "dobj"
                # (by its form too: the lemmatizer reads 'staged' as 'stag')
                and {tok.head.lemma_.lower(), tok.head.lower_} & _HOLDING_VERBS
                and bool(dates.find_dates(doc.text))
            )
            return tok.pos_ in ("NOUN", "VERB") and (
                has_fig or held or any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
            )
        if cat == "MOBILIZE":
            return any(w.lemma_ in ("call", "join", "urge", "appeal", "mobilize", "mobilise") for w in doc)
        if cat == "RETREAT" and tok.pos_ == "NOUN":
            # "Evacuation flights resumed from Kabul airport", "the evacuation of civilians began": an
            # evacuation told as under way (its subject, or its compound's); not "called for the
            # evacuation", "the evacuation is due to start" (planned), "an evacuation plan"
            held = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
            if held is not tok and held.lemma_.lower() not in word_set("triggers", "evacuation_heads"):
                return False  # "the evacuation deal was mediated", "an evacuation plan": no evacuation yet
            verb = held.head
            plans = word_set("negatives", "planned_verbs")
            planned = verb.lemma_.lower() in plans or any(
                (c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would", "could", "may", "might"))
                or (c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in plans)
                for c in verb.children
            )
            return held.dep_ in ("nsubj", "nsubjpass") and verb.pos_ == "VERB" and not planned
        if cat == "RETREAT":
            # "troops withdrew from X", not "the area was evacuated" after a fire nor "withdrew the challenge"
            subj = _child(tok, "nsubj") or _subject(tok)
            if subj is None and tok.dep_ == "pcomp" and tok.head.lower_ in ("before", "after"):
                # "advanced to within 200 km of the capital before withdrawing to their region": the
                # gerund's doer is the subject of the clause it hangs on
                subj = _subject(tok.head.head) if tok.head.head.pos_ in ("VERB", "AUX") else None
            # "withdrew from Kherson", "from their positions"; not "withdrew from the deal" nor "from
            # public life" (a place, a site of war or the lexicon's place nouns)
            left = _prep_obj(tok, ("from", "out"))
            from_place = left is not None and (
                left.ent_type_ in ("GPE", "LOC", "FAC")
                or left.lemma_.lower()
                in word_set("attribution", "place_nouns") | word_set("triggers", "retreat_places")
            )
            armed_subj = subj is not None and bool(
                {w.lower_ for w in subj.subtree}
                & (word_set("modes", "state_actor_words") | set(load("modes")["armed_actor_words"]))
            )
            return tok.pos_ == "VERB" and subj is not None and (armed_subj or from_place)
        if cat == "SANCTION" and tok.pos_ == "NOUN":
            return tok.head.lemma_ in ("impose", "announce", "slap", "levy", "extend", "expand", "tighten")
        if cat == "REQUEST" and _refused_proposal(tok):
            return False  # "vetoed a resolution demanding a ceasefire": the refused text demanded nothing
        if cat == "REQUEST" and words & word_set("negatives", "inquiry_appeals"):
            return False  # "Police asked anyone with information to come forward": the inquiry's routine
        if cat in ("REQUEST", "THREATEN", "SANCTION", "SUPPORT"):
            # "Guterres condemned the attack and called for ...", "he urged": a named or referred-to party
            subj = _subject(tok)
            subj = _speaker_of_joined(tok, subj)
            return (
                tok.pos_ == "VERB"
                and subj is not None
                and (
                    subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or subj.pos_ in ("PROPN", "PRON")
                    # "Ukraine's president", "the Iraqi foreign ministry": a named side's office
                    or (
                        subj.lemma_.lower() in word_set("modes", "state_actor_words") | _OFFICE_WORDS
                        and any(w.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for w in subj.subtree)
                    )
                    # "The United Nations mission in Congo", "the EU delegation": a body named by the
                    # organisation or state it belongs to
                    or (
                        subj.lemma_.lower() in word_set("triggers", "speaking_bodies")
                        and any(
                            c.dep_ in ("compound", "poss") and c.ent_type_ in ("ORG", "GPE", "NORP")
                            for c in subj.children
                        )
                    )
                    # "The state governor wrote to the president urging him to send troops", "Aid agencies
                    # called for a halt to the bombardment": an office or body named by its title appeals
                    # in a story of violence or a sentence of war ("the mayor urged residents to use less
                    # water" asks nothing of a conflict)
                    or (
                        cat == "REQUEST"
                        and subj.lemma_.lower() in _appealing_titles()
                        and (bool(words & _conflict_context()) or self._war_told())
                    )
                )
                # "It urged all parties to spare civilians": 'it' is the body just named (an agency, a
                # ministry) -- only a demonstrative or a relative is no party
                and subj.lower_ not in ("this", "that", "which", "who")
            )
        if cat == "CONSULT":
            if lemma == "talk":
                # "held talks", "talks resumed"; not "after 11 hours of talks", nor "called off talks"
                ended = tok.head.lemma_.lower() in word_set("negatives", "talks_ended_verbs") or any(
                    c.dep_ == "prt" and c.lower_ == "off" for c in tok.head.children
                )
                # "after face-to-face peace talks with Ukraine in Istanbul": talks with a named side
                with_side = any(
                    c.dep_ == "prep" and c.lower_ == "with" and any(g.pos_ == "PROPN" for g in c.subtree)
                    for c in tok.children
                )
                # "Talks are set to resume next week", "talks will resume", "are due to begin": planned
                # talks have not happened (coding guide: future plans are not coded)
                plans = word_set("negatives", "planned_verbs")
                planned = tok.dep_ in ("nsubj", "nsubjpass") and (
                    tok.head.lemma_.lower() in plans
                    or any(
                        (c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll"))
                        or (c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in plans)
                        for c in tok.head.children
                    )
                )
                # "said it would hold talks with the rebels", "will hold talks next week": talks to come
                planned = planned or (
                    tok.dep_ == "dobj"
                    and any(
                        c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would")
                        for c in tok.head.children
                    )
                )
                # "urged them to halt hostilities and resume talks": talks asked for, not held
                clause = tok.head if tok.dep_ == "dobj" else tok
                while (
                    clause.dep_ == "conj"
                    and clause.head.pos_ in ("VERB", "AUX")
                    and clause.head.i != clause.i
                ):
                    clause = clause.head
                asked = clause.dep_ in ("xcomp", "ccomp") and clause.head.lemma_.lower() in _PROPOSAL_VERBS
                return (
                    tok.pos_ == "NOUN"
                    and tok.tag_ == "NNS"
                    and (tok.dep_ in ("nsubj", "dobj", "nsubjpass") or with_side)
                    and not ended
                    and not planned
                    and not asked
                )
            subj = _subject(tok)
            # "Obama and Putin will meet in Zurich", "is due to meet": a meeting to come is a plan (coding
            # guide: future plans are not coded), as talks to come are
            plans = word_set("negatives", "planned_verbs")
            planned = any(
                (c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll", "would"))
                or (c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in plans)
                for c in tok.children
            ) or (tok.dep_ == "xcomp" and tok.head.lemma_.lower() in plans)
            if lemma == "visit":
                # "Blinken visited Kyiv", "Turkey's foreign minister visited Baghdad": a visit by a state's
                # side (or an organisation's office) consults its host; "Taylor Swift visited Tokyo", "the
                # Pope visited a hospital" are no diplomacy
                party = _party(subj) if subj is not None else None
                side = (party is not None and party.country is not None) or (
                    subj is not None and any(w.ent_type_ == "ORG" for w in subj.subtree)
                )
                # the host is a state, named by the country or a city of it ("visited Kyiv"); a visit to
                # a site ("visited the Rafah crossing", "visited troops at the front") consults no one
                host = _child(tok, "dobj")
                return (
                    side
                    and tok.pos_ == "VERB"
                    and host is not None
                    and (
                        host.ent_type_ == "GPE"
                        # a capital the tagger took for a name: "visited Colombo"
                        or country_in(" ".join(w.text for w in host.subtree)) is not None
                    )
                    and not _told_as_setting(tok)
                    and not planned
                )
            return (
                subj is not None
                and (subj.ent_type_ in ("PERSON", "ORG", "GPE") or _office_of_named_side(subj))
                and not _told_as_setting(tok)
                and not planned
            )
        return True

    def _sense_parties(self, d: _Draft) -> None:
        """Parties a sense implies: the object of "seized firearms" or "set up a base" is a thing, not a
        target; "cut ties with Rwanda", "called off talks with the group": the other side is the
        "with" phrase."""
        if d.category in VERBAL:
            d.when = self._when(d.sent, d.trigger, material=False, own_only=True)
        if d.category == "AGREE":
            self._agreement_day(d)
        tok = d.trigger
        if (
            d.actor is None
            and tok.pos_ == "NOUN"
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in word_set("parties", "perform_verbs")
        ):
            # "Myanmar's military said it had carried out an air strike": when the reading of the
            # parties set the speaker aside as a mere source, the light verb's doer is still the doer
            subj = _subject(tok.head)
            if subj is not None and subj.pos_ != "PRON":
                d.actor = _party(subj)
                _to_body(d.actor, d.sent.start)
        obj_class = d.sense.get("object")
        if obj_class in load("triggers")["thing_classes"]:
            d.target = None
            if d.category == "SANCTION" and (holder := _privilege_holder(tok)) is not None:
                # "withdrawing the trade status it had granted to Pakistan": whoever held it
                d.target = _party(holder)
                _to_body(d.target, d.sent.start)
        if obj_class == "proposal" and (refused := _child(tok, "dobj")) is not None:
            # "rejected Russia's demand", "an Israeli offer", "backed Kyiv's peace plan": the side whose
            # proposal was refused or backed
            proposer = _proposer(refused)
            if proposer is not None:
                d.target = _party(proposer)
                _to_body(d.target, d.sent.start)
        if d.target is None and d.sense.get("target_prep"):
            # "150 fighters have surrendered to government forces": the side given up to is named after
            # the sense's preposition (target_prep), not as an object
            given_to = _prep_obj(d.trigger, tuple(d.sense["target_prep"]))
            if given_to is not None:
                d.target = _party(given_to)
                _to_body(d.target, d.sent.start)
        if d.category not in ("ASSAULT", "COERCE") and (d.target is None or d.target.country is None):
            other = _prep_obj(d.trigger, ("with", "against"))
            if other is None:
                other = next(
                    (
                        _prep_obj(c, ("with", "against"))
                        for c in d.trigger.children
                        if c.dep_ in ("dobj", "prep")
                    ),
                    None,
                )
            party = _party(other) if other is not None else None
            if party is not None and party.country:
                _to_body(party, d.sent.start)
                d.target = party

    def _agreement_day(self, d: _Draft) -> None:
        """The day an agreement was made (tests/gold/README.md, Ceasefires), not the day it took effect.

        A truce that "took effect at 2 a.m. after the cabinet voted on Thursday night to accept it" was
        agreed on Thursday, one that "collapsed on Sunday, a week after it was agreed" a week before.
        One that only "took hold on Friday" keeps Friday, marked as the day it began to apply
        (``in_force``), which a day it was agreed, told elsewhere, replaces (``_merge``).
        """
        lex = load("triggers")["agreement_days"]
        agreeing = set(lex["agreeing_verbs"])
        doc = d.trigger.doc
        for found in dates.find_dates(d.sent.text):
            # "collapsed on Sunday, a week after it was agreed": counted back from the collapse
            last = _token_at(doc, found[0] + len(found[2].rstrip()) - 1)
            if last.lower_ in ("after", "before") and last.dep_ == "mark" and last.head.lemma_ in agreeing:
                w = self._counted_back(d.sent, last.head, found)
                if w is not None:
                    d.when = w
                    return
        verb = _clause(d.trigger)
        parts = lex["in_force"].get(verb.lemma_.lower())
        if parts is None or (parts and not any(c.lower_ in parts for c in verb.children)):
            return
        for start, end, surface in dates.find_dates(d.sent.text):
            v = _clause(_token_at(doc, start))
            if v.i != verb.i and v.lemma_.lower() in agreeing and verb.i in {a.i for a in v.ancestors}:
                w = dates.resolve(surface, self.anchor)
                if w is not None and w.date and w.precision == "day":
                    w.span = (d.sent.start + start, d.sent.start + end)
                    d.when = w
                    return
        d.in_force = d.when is not None and bool(d.when.text)

    def _narrow_agreed_day(self, d: _Draft) -> None:
        """An agreement first dated to a span ("a ceasefire agreed at the weekend") and named again with
        a day inside it ("the ceasefire agreed on Sunday"): that day is the day agreed."""
        w = d.when
        if w is None or not w.end or not w.date or w.precision != "day":
            return
        agreeing = load("triggers")["agreement_days"]["agreeing_verbs"]
        noun = d.trigger.lemma_.lower()
        before = re.compile(
            r"\b" + re.escape(noun) + r"s?,?\s+(?:" + "|".join(agreeing) + r")[a-z]*\s*$", re.I
        )
        for sent in self.sents:
            for start, end, surface in dates.find_dates(sent.text):
                if not before.search(sent.text[max(0, start - 60) : start]):
                    continue
                day = dates.resolve(surface, self.anchor)
                if day is not None and day.precision == "day" and not day.end and w.date <= day.date <= w.end:
                    day.span = (sent.start + start, sent.start + end)
                    d.when = day
                    return

    def _war_told(self) -> bool:
        """Is this a story of violence (its words, or an attack already read from it) and no storm
        story? An act told in passing there ('the city's mayor called on the world to intervene', 'told
        residents to stay calm') takes its war from the story."""
        violent = self.violent_story or any(d.category == "ASSAULT" for d in self.drafts)
        return violent and not self.weather_story

    def _sense_fits(self, tok: Token, t: dict) -> bool:
        """The data-driven checks of a trigger sense (see triggers.json ``_doc``)."""
        # "took five people, including a child, from different areas": the "from" may hang lower
        near = {c.lower_ for c in tok.children if c.dep_ in ("prep", "prt", "advmod", "dobj", "oprd")}
        near |= {c.lower_ for o in _objects(tok) for c in o.subtree if c.dep_ in ("prep", "prt")}
        if t.get("requires_child") and not near & set(t["requires_child"]):
            return False  # "took five people from their homes", not "took the wounded to hospital"
        if t.get("forbids_child") and near & set(t["forbids_child"]):
            return False
        if t.get("context_any"):
            # (the word right before a noun too: "a crushing response" is parsed as 'crushing' taking
            # 'response' as its object)
            prior = [tok.doc[tok.i - 1]] if tok.i > 0 and tok.pos_ == "NOUN" else []
            span = list(tok.sent) if t.get("context_scope") == "sentence" else [*tok.subtree, *prior]
            scope = {w.lemma_.lower() for w in span} | {w.lower_ for w in span}
            if not scope & set(t["context_any"]):
                return False  # "warned that those behind it would pay a heavy price", not any warning
        if t.get("context_none"):
            # "took to the streets to celebrate the title", "the rescue operation was almost complete",
            # "gunmen stormed a hotel and took guests hostage": a word that makes the act another kind (a
            # festivity, a rescue, a hostage-taking) rules the sense out
            span = list(tok.sent) if t.get("context_none_scope") == "sentence" else list(tok.subtree)
            if words_in(span) & set(t["context_none"]):
                return False
        entered = any(c.dep_ == "prep" and c.lower_ in ("into", "onto", "through") for c in tok.children)
        if t.get("aimed") and not (_objects(tok) or entered):
            return False  # "the Taliban stormed to power": no place stormed
        if t.get("subject_any"):
            # "was charged by the FA with failing to control its players": a passive's agent is its doer
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children), None)
            subj = agent if agent is not None else _subject(tok)
            named_group = (
                subj is not None
                and t.get("subject_groups")
                and armed_group_in(" ".join(w.text for w in subj.subtree)) is not None
            )
            if subj is None or not ({w.lower_ for w in subj.subtree} & set(t["subject_any"]) or named_group):
                return False  # "jets and helicopters flew to the area to support troops", not a band's tour
        if t.get("future") and not _said_of_future(tok):
            return False  # "would take revenge" threatens; "drawing strikes in retaliation" reports
        if (
            t.get("conflict")
            and not words_in(tok.sent) & _conflict_context()
            # "told residents to stay calm and remain in their homes" after the lead told the fall of a
            # city: a sense that names its own addressees may take its war from the story
            and not (t.get("conflict_scope") == "story" and self._war_told())
        ):
            return False  # "asking donors to stay away", "let me go", "finds the jet": no conflict told
        if t.get("armed_subject"):
            # "classes were suspended, and police and soldiers were sent to guard churches": a passive
            # verb's subject is its own, not the subject of the verb it is coordinated with
            subj = None if _child(tok, "nsubjpass") is not None else _subject(tok)
            sides = set(load("modes")["armed_actor_words"]) | word_set("modes", "state_actor_words")
            # "Troops were sent to the border", "police and soldiers were sent to guard churches": the
            # passive names what is moved, not who moves it -- armed people moved by an unnamed sender
            # are a deployment; "by" names the sender when it is said
            agent = next((g for c in tok.children if c.dep_ == "agent" for g in c.children), None)
            moved = [o for o in _objects(tok) if o.dep_ in ("nsubjpass", "conj")]
            # ("hundreds of security forces were dispatched": the count's of-noun is who is moved)
            moved += [h for o in moved if (h := _prep_obj(o, ("of",))) is not None]
            armed_moved = subj is None and agent is None and any(o.lower_ in sides for o in moved)
            subj = subj if subj is not None else agent
            named = subj is not None and subj.ent_type_ in ("NORP", "GPE", "ORG")
            if not armed_moved and (subj is None or not (named or {w.lower_ for w in subj.subtree} & sides)):
                return False  # "Russian forces set up a base"; not "the band set up a base in Berlin"
        if t.get("requires_complement"):
            comp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")]
            # "asked the U.S. Congress in a video address for more weapons": the "for" may hang lower
            asks_for = any(
                w.dep_ == "prep"
                and w.lower_ == "for"
                and not any(
                    a.pos_ == "VERB"
                    for a in w.ancestors
                    if a.i != tok.i and tok.i in {x.i for x in a.ancestors}
                )
                for w in tok.subtree
            )
            anonymous = any(c.lemma_ in word_set("negatives", "anonymity_verbs") for c in comp)
            # "asked Cuba to arrest", "asked Congress for weapons"; not "asked not to be named"
            infinitive = any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in comp
            )
            if anonymous or not (asks_for or infinitive):
                return False
        if t.get("forbids_complement") and any(
            c.dep_ in ("xcomp", "ccomp")
            and c.lemma_.lower() in word_set("negatives", t["forbids_complement"])
            for c in tok.children
        ):
            return False  # "refused to comment": a formula of the press, not a side refusing a side
        # "warned Kyiv that it would strike government buildings": the warner's own blow to come
        return not t.get("harm_complement") or _warned_of_own_harm(tok)

    # -- sentence reading ---------------------------------------------------------------------
    def read(self) -> None:
        for idx, sent in enumerate(self.sents):
            if sent.doc is None:
                continue
            self._read_sentence(idx, sent)

    def recast_disputes(self, drafts: list[_Draft]) -> None:
        """'Ukrainian officials said four civilians were killed ... Russia's defence ministry said its
        missiles had struck the hotel, where commanders were staying': the doer's side admits the strike
        and recasts what it hit as military, a dispute of the account of civilians hit (coding guide:
        'Y said it hit a military target' disputes). Told alone, the same words only assert the strike.
        Run on the story's events once told apart acts are merged (the strike on 'a Hezbollah commander'
        is the strike that killed five in the house)."""
        for d in drafts:
            if d.category != "ASSAULT" or d.victims == {"military"}:
                continue
            if d.target is not None and d.target.civilian is False:
                continue  # "struck an army base": nothing civilian to dispute
            civilian = "civilians" in d.victims or (d.target is not None and d.target.civilian is True)
            for n, c in enumerate(d.claims):
                if id(c) not in self.recasting or c.stance != "asserts":
                    continue
                # the victims' account: civilians hit, or the other side's sources telling the strike
                # ("Ukraine's national police said more than 100 people were wounded")
                other = [
                    k for k in d.claims if k is not c and k.stance == "asserts" and not _same_claimant(c, k)
                ]
                # when the speaker is the doer's side ("Russia's defence ministry" for a Russian strike),
                # any source not of that side tells the strike the speaker recasts
                doers = c.country is not None and d.actor is not None and d.actor.country == c.country
                if any(
                    civilian or (c.country and k.country != c.country and (k.country or doers)) for k in other
                ):
                    d.claims[n] = replace(c, stance="disputes")

    def _resolve_claimant(self, a: Attribution) -> Claim:
        """A claim with its claimant named: 'he', 'his spokesman', 'the ministry' point back.

        'he'/'she'/'his'/'her' are the last person who spoke, 'it'/'they'/'its' the last body; a bare
        'the ministry' is the last named body whose name ends the same way.
        """
        span = (a.span[0], a.span[1])
        quote = a.quote
        # "The statement said ...", "according to a news release": a document that names no issuer
        document = a.name is not None and a.name.lower() in word_set("attribution", "issuerless_documents")
        if not a.pronoun and not a.person and document:
            # "The army said in a statement that ... The statement said 12 attackers were killed": the
            # statement speaks for whoever issued it, the source quoted last
            last = self.last_org if self.org_idx >= self.person_idx else self.last_person
            if last is not None and last.name:
                return Claim(last.name, a.stance, last.role, last.country, span=span, quote=quote)
        if not a.pronoun and not a.person and a.name and self._known_surname(a.name):
            # "according to Baylous" after "State Police Lt. Michael Baylous said": a surname alone is
            # the person the story named in full (the small model often leaves it untagged), so a later
            # 'he' points back to him
            a.person = True
        if not a.pronoun and a.name and a.role is None and self._known_surname(a.name):
            # ... and he keeps the office he was named with ("Baylous said" is still the State Police)
            a.role, a.country = self._surname_office(a.name, a.country)
        if a.pronoun:
            word = a.verb.doc[_tok_at(a.verb.doc, a.span[0])].lower_ if a.verb is not None else ""
            person = word in ("he", "she", "his", "her")
            ref = self.last_person if person else (self.last_org or self.last_person)
            if not person and self.last_subject is not None:
                # "The Syrian army has repeatedly said ... They deny that many civilians were killed": the
                # body the sentence before was about, when it came after the last body quoted
                at, subj = self.last_subject
                if at == self.sent_idx - 1 and at > self.org_idx:
                    ref = subj
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
        if not a.person and described:
            self._describe_group(a)
        monitors = word_set("attribution", "monitor_nouns")
        if not a.person and a.name and a.name.islower() and a.name.split()[-1] in monitors:
            # "..., the Syrian Observatory for Human Rights said" and below "..., the monitor said": a
            # watchdog described by its kind is the one the story quoted by name
            ref = next(
                (
                    b
                    for b in reversed(self.named_bodies)
                    if monitors & {w.lower() for w in f"{b.name} {b.role or ''}".replace("-", " ").split()}
                ),
                None,
            )
            if ref is not None:
                a.role, a.name, a.country = a.name, ref.name, ref.country
        bare = re.sub(r"^(?:the|an?)\s+", "", a.name or "", flags=re.IGNORECASE)
        first, _, rest = bare.partition(" ")
        if not a.person and rest and first in self.acronyms and rest.lower() in _SPEAKER_ROLES:
            # "An MoD spokesman said" after "The Ministry of Defence (MoD)": the ministry speaking
            a.role, bare = rest, first
        spelled = self.acronyms.get(bare)
        if spelled and not a.person:
            # "The Ministry of Defence (MoD) has named ... The MoD said": the name the story spelled out
            a.name = spelled
        elif a.name and not a.person and a.name.isupper() and 2 <= len(a.name) <= 6:
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
            self.org_idx = self.sent_idx
            if a.name and a.name[:1].isupper():
                self.named_bodies.append(a)
            # (a body named by its kind alone, "The Madani Resistance Committee", has no role words)
            kind = a.name and any(
                w.lower()
                in word_set("attribution", "body_nouns") | word_set("attribution", "armed_body_names")
                for w in re.sub(r"\s*\([^)]*\)$", "", a.name).split()
            )
            if (a.role or kind) and a.name and a.name[:1].isupper():
                self._name_the_descriptor(a)
        return Claim(by=a.name, stance=a.stance, role=a.role, country=a.country, span=span, quote=quote)

    def _describe_group(self, a: Attribution, doc: Doc | None = None) -> None:
        """ "Somali forces said they had killed 30 al Shabaab fighters ... The group said it had repelled
        the attack": a lower-case group is the armed group the story's events name, last told. With the
        sentence given, a people's or a faith's name may qualify it ("The Sunni militant group")."""
        if not a.name or _state_words(a.name):
            return
        described = a.name.islower()
        if not described and doc is not None:
            toks = [t for t in doc if a.span[0] <= t.idx < a.span[1]]
            described = all(t.ent_type_ == "NORP" for t in toks if t.text[:1].isupper())
        if not described:
            return
        if a.name.split()[-1] not in word_set("attribution", "bare_bodies"):
            return
        group = next(
            (
                g
                for d in reversed(self.drafts)
                for p in (d.actor, d.target)
                if p is not None and p.country is None and (g := armed_group_in(p.name))
            ),
            None,
        )
        if group is None:
            # "Islamic State said in a statement ... The Sunni militant group has repeatedly targeted":
            # the armed group that claimed an act, or was quoted by name, last
            named = [d.credited.name for d in self.drafts if d.credited is not None and d.credited.name]
            named += [b.name for b in self.named_bodies if b.name]
            group = next((g for n in reversed(named) if (g := armed_group_in(n))), None)
        if group is not None:
            a.role, a.name = a.name, group

    def _known_surname(self, name: str) -> bool:
        """Is ``name`` one capitalised word that ends the name of a person quoted before?"""
        if " " in name or not name[:1].isupper() or name.isupper():
            return False
        persons = [k.by for d in self.drafts for k in d.claims if k.by and " " in k.by]
        if self.last_person is not None and self.last_person.name:
            persons.append(self.last_person.name)
        return any(p.split()[-1] == name for p in persons)

    def _surname_office(self, name: str, country: str | None) -> tuple[str | None, str | None]:
        """The role and country of the person quoted before whose name ends in ``name``."""
        known = [(k.by, k.role, k.country) for d in self.drafts for k in d.claims if k.by and " " in k.by]
        if self.last_person is not None and self.last_person.name:
            p = self.last_person
            known.append((p.name, p.role, p.country))
        for by, role, ctry in reversed(known):
            if by.split()[-1] == name and role:
                return role, country or ctry
        return None, country

    def _name_the_descriptor(self, a: Attribution) -> None:
        """'..., a war monitor said' in the lead, 'The Syrian Observatory for Human Rights, a
        Britain-based monitoring group, said' below: the body described first is the one named later
        when the description and the named body's role share their head word."""
        role_words = [w.lower() for w in (a.role or "").replace("-", " ").split()]
        bodies = word_set("attribution", "body_nouns")
        # "The Madani Resistance Committee said": a named body of a kind, with no role words
        # ("The Madani Resistance Committee", "the Syrian Observatory for Human Rights")
        named_kind = bool(a.name) and a.name[:1].isupper()
        capitalised = named_kind
        named_kind = named_kind and any(w.lower() in bodies for w in a.name.split())
        # "an ethnic armed group said" in the lead, "The Arakan Army said" below: an armed body's name
        # ends in its own kind of word, which only an armed description ("rebel group") can be
        last = re.sub(r"\s*\([^)]*\)$", "", a.name or "").split()[-1:]
        armed_name = (
            capitalised and bool(last) and last[0].lower() in word_set("attribution", "armed_body_names")
        )
        armed_words = word_set("attribution", "non_state_heads") | {"armed"}
        # "the Britain-based war monitor": where a body sits or who backs it is still a description
        placed = tuple("-" + w for w in word_set("attribution", "no_country_suffixes"))
        for d in self.drafts:
            for k in d.claims:
                # "an ethnic minority rebel group in Myanmar": the place it is in is no name of its own
                desc = re.split(r"\s+(?:in|from)\s+", k.by or "")[0]
                words = [w for w in desc.split() if not w.lower().endswith(placed)]
                if not words or any(w[:1].isupper() for w in words):
                    continue  # only a bare description ("war monitor"), no name of its own
                if k.role and not set(k.role.lower().split()) <= {w.lower() for w in words}:
                    continue  # the role is the description's own words ("minority rebel group")
                head = desc.lower().split()[-1]
                stem = head[: max(5, len(head) - 2)]
                armed_desc = armed_name and bool({w.lower() for w in words} & armed_words)
                same_kind = (named_kind or armed_desc) and head in bodies
                if len(desc.split()) < 2 or not (same_kind or any(w.startswith(stem) for w in role_words)):
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
        # "Andre Wilson told the paper he had known the victim for 20 years": a character witness is
        # resolved (a later 'he said' is his) but speaks of no act, then or when quoted again; "Kim said
        # he had been away from his office when the missile hit": no act then, though maybe later
        self.character_witnesses |= {
            c.by
            for a, c in zip(atts, claims, strict=True)
            if a.testimony and c.by and not speaks_for_office(a)  # an official's tribute, then his figures
        }
        kept = [
            (a, c)
            for a, c in zip(atts, claims, strict=True)
            if not a.testimony and not a.whereabouts and c.by not in self.character_witnesses
        ]
        atts, claims = [a for a, _c in kept], [c for _a, c in kept]
        subj = subject_body(doc[:])
        if subj is not None:
            self._describe_group(subj, doc)
            self.last_subject = (idx, subj)
        self.recasting |= {
            id(c)
            for a, c in zip(atts, claims, strict=True)
            if c.stance == "asserts" and a.verb is not None and recasts_aim(a.verb)
        }
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
                # "'Ukraine has nothing to do with this,' an adviser said": a denial still finds its event
                denial = [c for c in claims if c.stance in ("denies", "disputes")]
                self._attach_elsewhere(idx, sent, doc, atts, claims, denial, [])
            return
        self._ordinal_toll(sent)
        trig = self._triggers(doc)
        # "the bombing came a day after an earthquake struck, killing at least three": nature's dead
        figs = [f for f in figures(doc[:]) if not _nature_count(f)]
        weps = weapons_in(doc[:])
        running, self.running_clause = _running_totals(doc, figs)
        if running:
            # "The strike killed 12 people, bringing the death toll from a week of air strikes on the city
            # to 95": the running total is a toll; the sentence's own act keeps its count
            self._add_tolls(sent, doc, running, claims)
            figs = [f for f in figs if f not in running]
        self._note_war_start(sent, doc)
        self._war_told_start(sent, doc)
        if self._is_aggregate(doc, figs, trig):
            if not self._count_of_told(idx, sent, doc, figs, claims):
                self._add_tolls(sent, doc, figs, claims)
            self._toll_claims(idx, doc, claims)
            self._war_start_event(sent, doc)
            return
        events = [t for t in trig if t[1]["kind"] == "event"]
        # "The group said it had killed 17 soldiers in the raid and seized the base": the attacker's
        # version of the raid told, not a seizure of its own
        events = [t for t in events if not self._told_again(t[0], t[1], doc, atts)]
        if not events and self._source_figures(idx, sent, doc, figs, claims):
            return
        if not events and figs and any(f.count is not None for f in figs):
            events = [t for t in trig if t[1]["kind"] == "result"][:1]
        if not events:
            # "Jihadist fighters killed scores of villagers": a killing done by an armed doer is an
            # attack even when the count is vague (no number to start it from)
            events = [t for t in trig if t[1]["kind"] == "result" and _armed_doer(t[0])][:1]
        # "Nigerien troops killed 40 militants ... in revenge for an ambush that killed 12 soldiers": the
        # killing answering the act told is the sentence's own act, however its verb is read alone
        answering = [
            r
            for r in trig
            if r[1]["kind"] == "result"
            and r[1]["category"] == "ASSAULT"
            and any(_answered_act(tok, r[0]) is not None for tok, _t in events)
        ][:1]
        events = answering + events
        result_only = bool(events) and all(t["kind"] == "result" for _tok, t in events)
        # an accusation of "attacks" in general is not an event ("trading accusations of new attacks");
        # one with new figures, a place or a day is ("accused Y of firing rockets ... wounding three")
        numeric = any(f.count is not None for f in figs)
        drafts: list[_Draft] = []
        # acts told apart inside the sentence, by trigger index: the clause whose weapons and figures are
        # theirs ("..., drawing artillery strikes in retaliation"; "..., and three officers were killed
        # when suspects blew themselves up")
        replies: dict[int, Token] = {}
        answered: set[int] = set()  # triggers of the acts the sentence's act came some time after
        asides: list[tuple[int, int]] = []  # the words of acts it answered, which are no event of their own
        aside_toks: set[int] = set()  # (their tokens)
        for tok, t in events:
            if t["category"] == "ASSAULT" and self._told_attack():
                # "The shooting comes after the police killing of a man on March 18 in Sacramento": the
                # subject points back to the act told; the act it comes after is another, whose day,
                # place and dead the sentence gives
                before = tok.i
                tok, t = _act_followed(tok, trig) or (tok, t)
                if any(d.trigger.i == tok.i for d in drafts):
                    continue
                followed = tok.i != before
            else:
                followed = False
            if self._under_accusation(tok) and not (numeric or _concrete(tok)):
                continue
            if t["category"] in VERBAL | {"MOBILIZE", "RETREAT", "COERCE", "PROTEST"} and any(
                d.category == t["category"]
                # "arrested 24 people ... and imposed a curfew": two material acts of one category
                and (d.mode == t["mode"] or t["category"] not in ("COERCE", "MOBILIZE", "RETREAT"))
                for d in drafts
            ):
                continue
            if t["category"] == "ASSAULT" and any(d.category == "ASSAULT" for d in drafts):
                d = next(d for d in drafts if d.category == "ASSAULT")
                # a trigger inside an act already told apart belongs to it ("blew themselves up during
                # a raid": the raid is how the second act happened)
                told = next(
                    (
                        x
                        for x in drafts
                        if x.trigger.i in replies and tok.i in _reply_words(replies, answered, x.trigger.i)
                    ),
                    None,
                )
                if told is not None:
                    if _specific(t["mode"]) and not _specific(told.mode):
                        told.mode, told.trigger = t["mode"], tok
                    continue
                separate = set(load("modes")["separate_acts"])
                if any(c.dep_ == "nsubj" and c.i == d.trigger.i for c in tok.children):
                    continue  # "A drone attack set fire to an oil refinery": what the attack did, one act
                if _time_mark(d.trigger, tok, figs):
                    # "Hours after the strike, a drone hit a fuel depot", "A day after the attack, militants
                    # fired rockets": the act named in the time phrase is the one counted from, told
                    # before; the sentence's act is the new one, dated from it (so its words are not set
                    # aside from the sentence's: the time phrase before them dates the act)
                    drafts.remove(d)
                    aside_toks |= {t.i for t in _answered_phrase(d.trigger)}
                elif (
                    t["mode"] in _PROPERTY_MODES
                    and d.mode in ("attack", "raid")
                    and tok.dep_ == "advcl"
                    and tok.tag_ == "VBG"
                    and tok.head.i == d.trigger.i
                ):
                    # "Fighters stormed the town, torching homes and the police station": the burning is
                    # how the assault went, one act (as "attacked Palma ..., looting banks")
                    continue
                elif (t["mode"] in separate or d.mode in separate) and t["mode"] != d.mode:
                    pass  # "torched a cathedral and took a priest hostage": two acts a coder records apart
                elif (group := _wave_during(tok, d.trigger)) is not None:
                    replies[tok.i] = group  # "struck the building during a wave of strikes on the grid"
                elif _answering(tok) and not _answering(d.trigger):
                    replies[tok.i] = _clause(tok)  # "fired rockets, drawing artillery strikes in retaliation"
                elif (cause := _answered_act(tok, d.trigger)) is not None:
                    # "struck 85 targets in retaliation for a drone attack that killed three U.S. soldiers
                    # in Jordan last Sunday", "in response to weeks of attacks on shipping in the Red Sea":
                    # the act answered is another; its day, scene, dead and weapons are none of the answer's
                    asides.append(_phrase_span(cause, sent))
                    aside_toks |= {t.i for t in _answered_phrase(cause)}
                    continue
                elif (before := _act_before(tok, d.trigger, figs)) is not None:
                    # "struck targets in southern Lebanon on Sunday, a day after a rocket attack on a football
                    # pitch in the Golan Heights killed 12 children": the act counted from is another, with
                    # its own day, place and dead (told, like an answered act, inside the sentence)
                    replies[tok.i] = before
                    answered.add(tok.i)
                elif (cause := _answered_act(d.trigger, tok)) is not None:
                    # "In retaliation for a suicide bombing that killed 11 policemen on Sunday, jets struck
                    # ...": the answered act told first; the sentence's act is the answer after it
                    drafts.remove(d)
                    asides.append(_phrase_span(cause, sent))
                    aside_toks |= {t.i for t in _answered_phrase(cause)}
                elif (root := _own_toll_clause(d.trigger, tok, figs)) is not None:
                    replies[tok.i] = root  # two attacks, each with its toll, joined by "and"
                else:
                    # "fired rockets, killing four" is one act; "the shooting began when snipers fired ...
                    # into last year's port explosion": a trigger in another clause is only referred to
                    if _specific(t["mode"]) and not _specific(d.mode) and _same_clause(d.trigger, tok):
                        d.mode, d.trigger = t["mode"], tok
                    continue
            acled = tuple(t["acled"]) if t.get("acled") else None
            d = _Draft(
                t["category"], t["mode"], acled, tok, sent, sents=[sent], result_only=result_only, sense=t
            )
            d.followed = followed
            d.wave = _wave_during(tok, drafts[0].trigger) is not None if drafts else False
            lex = load("triggers")["war_start"]
            d.war_start = (
                t["category"] == "ASSAULT"
                and tok.lemma_.lower() in set(lex["nouns"]) | set(lex["war_nouns"])
                and tok.dep_ == "nsubj"
                and tok.head.lemma_.lower() in lex["verbs"]
                and self._long_before(tok.head)
            )  # "The current fighting broke out on Sept. 27." in a late-October story: the war's start
            drafts.append(d)
        for d in drafts:
            if d.trigger.i in answered:
                d.answered, d.words = True, _phrase_span(replies[d.trigger.i], sent)
        for d in drafts:
            if not d.answered:
                d.asides = [x.words for x in drafts if x.answered and x.words] + asides
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
                if not (
                    d.category == "ASSAULT"
                    # "took the imam hostage" is a new act; "the attack", "the strike" point back
                    and (_anaphor_noun(d.trigger) or _is_weapon(d.trigger))
                )
            ]
        coerce = [d for d in drafts if d.category == "COERCE" and d.mode in _MEASURE_MODES]
        if len(coerce) > 1:
            # "declared a 72-hour state of emergency and a night-time curfew": one declaration of two
            # measures is one act (the first named); measures declared by verbs of their own stay apart
            first = coerce[0]
            above = [first.trigger, *first.trigger.ancestors]
            drafts = [
                d
                for d in drafts
                if d is first or d not in coerce or not (d.trigger.dep_ == "conj" and d.trigger.head in above)
            ]
        if any(d.category == "MOBILIZE" for d in drafts):
            # "called on volunteers to join the fighting" is a call-up, not an appeal besides it
            drafts = [d for d in drafts if d.category != "REQUEST"]
        if len(drafts) > 1:
            # "the missiles hit homes ..., a day after a U.S.-brokered truce failed": the truce is only
            # the time the strike is counted from; the article tells it (if at all) where it dates it
            found = dates.find_dates(sent.text)
            drafts = [
                d
                for d in drafts
                if d.category == "ASSAULT"
                or not any(_counted_from(d.trigger, f, through_reports=False) for f in found)
            ] or drafts
        coerce = [d for d in drafts if d.category == "COERCE"]
        if coerce and not numeric:
            # "police seized 40 rifles in a raid on a farm": the raid is how the seizure was made
            drafts = [
                d
                for d in drafts
                if not (
                    d.category == "ASSAULT"
                    and d.mode == "raid"
                    and any(a.i == c.trigger.i for c in coerce for a in d.trigger.ancestors)
                )
            ]
        duds = set(load("modes")["dud_modes"])
        if any(d.category == "COERCE" and d.mode in duds for d in drafts) and not numeric:
            # "left a backpack containing a home-made nail bomb ..., but the device did not go off": the
            # bomb named is the dud itself, no bombing beside it
            drafts = [d for d in drafts if d.category != "ASSAULT"]
        if any(d.category == "REQUEST" for d in drafts):
            # "called for those responsible to be held to account" asks; it threatens no one
            drafts = [d for d in drafts if d.category != "THREATEN"]
        if any(d.category != "ASSAULT" for d in drafts):
            # "warned that those behind the bombing would pay", "arrested 24 people in connection with
            # the attacks", "marched to reject the attack": the attack is what the new act is about
            drafts = [
                d
                for d in drafts
                if not (
                    d.category == "ASSAULT"
                    and _anaphor_noun(d.trigger)
                    and d.trigger.dep_ not in ("nsubj", "nsubjpass", "ROOT")
                )
            ]
        for d in drafts:
            # a material act told beside another in a clause of its own is placed in that clause only
            own = {t.i for t in _clause(d.trigger).subtree}
            apart = [o for o in drafts if o is not d and not own & {t.i for t in _clause(o.trigger).subtree}]
            if d.category != "ASSAULT" and not _verbal(d) and apart and d.words is None:
                first, last = doc[min(own)], doc[max(own)]
                d.words = (d.sent.start + first.idx, d.sent.start + last.idx + len(last))
        denial = [c for c in claims if c.stance in ("denies", "disputes")]
        # a place the denier names as itself ("Moscow denied ...") is no new place for the act
        spans = [a.span for a in atts]
        new_place = any(
            not any(s <= e.start_char < t for s, t in spans)
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC") and not country_code(e.text)
        )
        # a dispute brings its own version's figures and names ("hit a Hamas command centre inside the
        # school and killed 19 militants; the figures were exaggerated"): still the told strike
        disputed = any(c.stance == "disputes" for c in denial)
        retold = bool(drafts and denial) and (disputed or not (numeric or new_place))
        retold = retold and self._disputed_account(sent, drafts, atts)
        if retold:
            # "denied bombing the theatre": what is denied names the event's target as the charge has it
            told = self._denied_event(denial[0], doc, -1)
            for d in drafts:
                self._fill(d, doc, figs, weps, atts, [])
                if told is not None and told.target is None and d.target is not None:
                    told.target = d.target
                admitted = denial[0].stance == "disputes"
                if told is not None and admitted and d.killed is not None:
                    # sources differ: the most conservative count is coded (coding guide, as ACLED)
                    told.killed = d.killed if told.killed is None else min(told.killed, d.killed)
                if told is not None and told.actor is None and d.actor is not None and admitted:
                    # "The RSF said its forces had attacked army camps near the village, and denied
                    # targeting civilians": a dispute admits the act, so its own account names the doer
                    told.actor = d.actor
            drafts = []
        if not drafts:
            self._attach_elsewhere(idx, sent, doc, atts, claims, denial, weps, retold)
            return
        # "said the strike was a legitimate military action against those behind a missile attack on
        # Jizan": a dispute of "the strike" told before, not of the attack this sentence adds
        back = [
            c
            for a, c in zip(atts, claims, strict=True)
            if c.stance in ("denies", "disputes") and self.drafts and _about_told_event(a)
        ]
        # "said Israel would pay a heavy price for killing civilians": the vow is THREATEN, the blame in
        # it is a claim on the attack already told
        blames = [
            c
            for a, c in zip(atts, claims, strict=True)
            if c.stance == "asserts"
            and a.verb is not None
            and threat_blame(a.verb)
            and any(d.category == "THREATEN" for d in drafts)
            and not any(d.category == "ASSAULT" for d in drafts)
        ]
        # "Police chief Akhtar Hayat blamed the Pakistani Taliban and said two suspects had been
        # detained": the blame is about the attack told before, not the arrest the sentence adds
        blames += [
            c
            for a, c in zip(atts, claims, strict=True)
            if names_culprit(a)
            and a.verb is not None
            and a.accused is not None
            and not any(d.category == "ASSAULT" for d in drafts)
            and not any(d.trigger.i in _accusation_words(a.verb) for d in drafts)
        ]
        # "condemned what it called a massacre and urged the U.N. to act": the label names the attack
        blames += [
            c
            for a, c in zip(atts, claims, strict=True)
            if c.stance == "asserts"
            and a.verb is not None
            and labels_told_act(a.verb)
            and not any(d.category == "ASSAULT" for d in drafts)
        ]
        for c in blames:
            target = self._referred_event(doc)
            if target is not None and target.category == "ASSAULT":
                self._add_claims(target, [c], sent)
        for c in back:
            target = self._denied_event(c, doc, -1)
            if target is not None:
                self._add_claims(target, [c], sent)
        back += blames
        paired: set[int] = set()
        for d in drafts:
            pairs = [
                (a, c)
                for a, c in zip(atts, claims, strict=True)
                if _governs(a, d.trigger)
                and c not in back
                and not _own_words(d, a)
                and not _sources_the_toll(d, a, drafts, figs)
            ]
            paired |= {id(c) for _a, c in pairs}
            reply_span = {i for k in replies for i in _reply_words(replies, answered, k)}
            if d.trigger.i in replies:
                own = _reply_words(replies, answered, d.trigger.i)
            else:  # the first act keeps the weapons and figures told outside the other acts' clauses
                own = {t.i for t in doc} - reply_span - aside_toks
            own_weps = [(w, i) for w, i in weps if i in own] if replies or aside_toks else weps
            self._fill(d, doc, figs, own_weps, atts, pairs)
            # "Kurdish militants claimed responsibility for the bombings that killed 44": the doer as
            # its own claim presents it, as for a claim about an act told before (_attach_elsewhere)
            credit = next((c for a, c in pairs if c.by and takes_credit(a)), None)
            if credit is not None and d.credited is None:
                d.credited = Party(name=credit.by, country=credit.country, civilian=False)
            if replies or aside_toks:
                mine = [
                    f for f in figs if f.trigger is not None and f.trigger.i in own and f.count is not None
                ]
                d.killed = max((f.count for f in mine if f.kind == "killed"), default=None)
                d.wounded = max((f.count for f in mine if f.kind == "wounded"), default=None)
            self._sense_parties(d)
            lead = not self.drafts and d is drafts[0]
            if lead or (d.category == "COERCE" and d.mode == "arrest"):
                # "A man was fatally stabbed outside a bar early Sunday, police said", "Smith was arrested
                # on Wednesday, police said": routine sourcing of a plain fact is narration, no claim
                routine = [c for a, c in pairs if _routine_source(d, a, c, figs, lead)]
                d.claims = [c for c in d.claims if c not in routine]
                charged = word_set("attribution", "charge_words")
                if routine and not lead and any(t.lemma_.lower() in charged for t in doc):
                    # "Her husband had been arrested and charged with murder, the sheriff said": the one
                    # arrested is blamed for the attack told, a claim on that attack
                    told = self._referred_event(doc)
                    if told is not None and told.category == "ASSAULT":
                        self._add_claims(told, routine, None)
            if d.when is not None and d.when.span is not None:
                d.report_dated = _report_date(d.trigger, d.when.span[0] - sent.start)
            if d.category == "ASSAULT" and _riot(d, doc):
                # stone-throwing met by police force, rioters setting fires: a riot (PROTEST), not an attack
                protest = next((x for x in drafts if x is not d and x.category == "PROTEST"), None)
                riot = load("modes")["riot"]
                if protest is not None:
                    protest.mode, protest.acled = "riot", tuple(riot["acled"])
                    continue
                d.category, d.mode, d.acled = "PROTEST", "riot", tuple(riot["acled"])
                _crowd_protested(d)
            # "the strike on the pitch" is the strike told with the pitch, not the last one told
            attacks = [p for p in self.drafts if p.category == "ASSAULT" and not p.wave]
            prev = _pointed_attack(attacks, doc) or (self._host(_last_drafted(attacks)) if attacks else None)
            if prev is not None and (d.result_only or _anaphor_noun(d.trigger)) and not _points_to_raid(doc):
                # ("At least 21 people were killed in the attack", after the raid that ended the siege)
                prev = _siege_dead(attacks, prev, _counts_doers(d))
            # "The group said it had killed 17 soldiers in the raid": a source's own count for the raid
            # told differs from the first; the first stands and the source keeps its claim
            claimed = bool(d.claims) and _anaphor_noun(d.trigger) and not _own_day(d)
            if d.category == "ASSAULT" and prev is not None and prev.when is not None and _onset_of(prev, d):
                # "fought for a second day on Sunday" then "The fighting erupted on Saturday morning":
                # the day the told fight began, which runs to the day it was told at
                told_day = prev.when.date
                start = d.when
                _merge(prev, d)
                prev.when = replace(start, end=told_day)
                continue
            if (
                d.category == "ASSAULT"
                and not d.followed
                and prev is not None
                and (_anaphoric(d.trigger) or _definite_doer(d))
                and _compatible_anaphor(prev, d, figures=not claimed)
            ):
                # "The attack hit a crowd outside Pazigyi village": more about the event already told
                doer = prev.actor
                _merge(prev, d)
                if claimed and doer is not None:
                    prev.actor = doer  # a source's name for itself is its claim, not a better doer
                continue
            if (
                prev is not None
                and d.category == "ASSAULT"
                and self._may_retell(idx, doc, prev, d, new_place)
            ):
                # "Army spokesman X said 27 soldiers were also killed": whether or not the act is read as
                # one of its own, its sources speak of the attack told (coding guide: everyone who gives
                # a figure for the event gets a claim on it)
                d.retells = prev
                self._add_claims(prev, [c for c in d.claims if c.stance == "asserts"], None)
            elif prev is not None and d.category == "ASSAULT" and _part_of_count(d.trigger, figs, prev):
                # "said dozens of people had been killed, seven of them when a convoy was ambushed on
                # Friday": the whole count is the attack told, and its giver a claimant on it too
                self._add_claims(prev, [c for c in d.claims if c.stance == "asserts"], None)
            self.drafts.append(d)
        self._claims_on_told(doc, sent, drafts, atts, claims, paired | {id(c) for c in back})

    def _host(self, d: _Draft) -> _Draft:
        """The told attack a detail draft belongs to, as coalesce will find it ('The militants fired
        mortars at the airstrip' after the lead's raid), else the draft itself: 'the raid' said next
        points to the raid, not to its detail."""
        earlier = [o for o in self.drafts if o.category == "ASSAULT" and o.sent.start < d.sent.start]
        return next((o for o in earlier if _compatible(o, d)), None) or _elaborated(earlier, d) or d

    def _told_again(self, tok: Token, t: dict, doc: Doc, atts: list[Attribution]) -> bool:
        """A taking of ground told inside a source's account of the attack already told: 'The group said
        it had killed 17 soldiers in the raid and seized the base', 'IS said its fighters had overrun
        the base and seized weapons'. The account points back (an act or a place named with 'the': 'the
        raid', 'the base'), tells the source's own side's deed and brings no day and no place of its own:
        what it says was taken is that side's version of the told attack (its claim), not a new event. A
        retaking by the other side ('the army said it had recaptured the town') answers the attack and
        stays an event."""
        if t["category"] != "COERCE" or t["mode"] not in _TAKING_MODES:
            return False
        if tuple(t.get("acled") or ())[-1:] == ("Government regains territory",):
            return False
        if not any(d.category == "ASSAULT" for d in self.drafts) or dates.find_dates(doc.text):
            return False
        spans = [a.span for a in atts]
        if any(
            e.label_ in ("GPE", "LOC", "FAC")
            and not country_code(e.text)
            and not any(s <= e.start_char < x for s, x in spans)
            for e in doc.ents
        ):
            return False
        # the source tells its own side's deed ('it had seized', 'its fighters had overrun'); a taking
        # by others it reports ('gunmen came to his aid and occupied parts of the city, he said') is news
        subj = _subject(tok)
        if subj is None:
            return False
        own = subj.lower_ in ("it", "they", "we") or any(
            c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subj.children
        )
        pointers = _ANAPHOR_NOUNS | _PLACE_NOUNS | _object_words("territory")
        for a in atts:
            if a.verb is None or not _governs(a, tok) or tok.i not in {w.i for w in a.verb.subtree}:
                continue
            if not own and subj.i != getattr(_child(a.verb, "nsubj"), "i", -1):
                continue  # ("said it had seized": the pronoun resolves to the speaker)
            if any(_anaphoric(w) and w.lemma_.lower() in pointers for w in a.verb.subtree if w.i != tok.i):
                return True
        return False

    def _claims_on_told(
        self,
        doc: Doc,
        sent: Sent,
        drafts: list[_Draft],
        atts: list[Attribution],
        claims: list[Claim],
        paired: set[int],
    ) -> None:
        """'The Israeli military said the rocket was launched by Hezbollah, and Netanyahu vowed ...': a
        claim beside this sentence's own act that speaks of a told attack ('the rocket', 'the attack')
        is a claim on that attack; a doer it names ('launched by Hezbollah') is the doer as the claim
        presents it, when the text names none."""
        told = [d for d in self.drafts if d.category == "ASSAULT" and d not in drafts]
        if not told:
            return
        no_attack = not any(d.category == "ASSAULT" for d in drafts)
        for a, c in zip(atts, claims, strict=True):
            if a.verb is None:
                continue
            content = [t for t in a.verb.subtree if t.i > a.verb.i]
            # "Security forces arrested 11 people ..., the intelligence ministry said, adding that one of
            # the two suicide bombers was a national of Tajikistan": what it adds about the doers of the
            # attack told is a claim on that attack too
            doers = no_attack and any(_told_doer(t) for t in content)
            # "The group said it had killed 17 soldiers in the raid and seized the base": a count given
            # for the raid told is a claim on it, whatever else the sentence adds (its own figures compete)
            counted = no_attack and any(
                f.count is not None
                and f.trigger is not None
                and any(_anaphoric(t) and _anaphor_noun(t) and f.trigger in t.ancestors for t in content)
                for f in figures(doc[:])
            )
            if id(c) in paired and not (doers or counted):
                continue
            back = [t for t in content if _anaphoric(t) and (_anaphor_noun(t) or _is_weapon(t))]
            if doers and not back:
                back = [t for t in content if _told_doer(t)][:1]
            # "condemned the bombing and denied any role in it": a denial in a sentence that names the
            # told attack is a denial of that attack
            denial = c.stance in ("denies", "disputes") and any(_anaphor_noun(t) for t in doc)
            if not back and not denial:
                continue
            event = _pointed_attack(told, doc) or told[-1]
            self._add_claims(event, [c], sent)
            agent = (
                next((g for g in back[0].head.subtree if g.dep_ == "pobj" and g.head.dep_ == "agent"), None)
                if back
                else None
            )
            if agent is not None and event.credited is None:
                event.credited = _party(agent)

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
        this_toll = _competing_count(doc) and not _counts_since(doc)
        if claims and (this_toll or any(_anaphoric(t) and t.lemma_.lower() in _ANAPHOR_NOUNS for t in doc)):
            target = self._referred_event(doc)
            counts = [t.killed for t in self.tolls if t.text == doc.text and t.killed is not None]
            if target is not None and target.killed and counts and max(counts) > 10 * target.killed:
                # "the death toll is believed to be higher, with Putin saying close to 5,000": a count
                # hundreds of times the attack's own is the war's, and so is its source
                target = None
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
        # "The driver was also killed": a figure added to a count told elsewhere is not the event's count
        stated = [
            f
            for f in figs
            if f.count is not None
            and not f.subset
            and not f.perpetrators
            and not (f.trigger is not None and any(c.lower_ == "also" for c in f.trigger.children))
        ]
        # where it happened ("in", "at", "near" a place), not where the wounded were taken ("to Miami",
        # "a hospital in Saada had received 48 wounded")
        care = word_set("casualties", "care_places")
        # "A local official in Nasir put the number ... at more than 30": the place in the source's own
        # description says where the source is, not where a new act happened
        voiced = [(c.span[0] - sent.start, c.span[1] - sent.start) for c in claims if c.span]
        located = [
            e
            for e in doc.ents
            if e.label_ in ("GPE", "LOC", "FAC")
            and not country_code(e.text)
            and e.root.head.lower_ in _AT
            and _cared_at(e.root.head.head).lemma_.lower() not in care
            and not any(s <= e.start_char < t for s, t in voiced)
        ]
        # "Dozens of people were wounded.": an amount in words only, kept as the attack's casualty text
        # ("It said dozens of members of the security forces had also died": more of a toll's count;
        # "Attacks by groups linked to al Qaeda have killed thousands": many acts, a war's count)
        acts = set(load("casualties")["running_total_acts"])
        vague = [
            f
            for f in figs
            if f.count is None
            and f.vague
            and f.kind in ("killed", "wounded")
            and f.trigger is not None
            and not any(c.lower_ == "also" for c in f.trigger.children)
            and not any(
                c.dep_ == "nsubj" and c.tag_ == "NNS" and c.lemma_ in acts for c in f.trigger.children
            )
        ]
        # "Four of the attackers were also killed, police said": ACLED's fatalities include the attackers,
        # whose deaths add to the count told
        attackers = [f for f in figs if f.count and f.kind == "killed" and f.perpetrators and not f.subset]
        # "General X, the local commander, and 27 soldiers were also killed": more dead of the attack,
        # on top of the count told ('also' says they are not among it)
        added = [
            f
            for f in figs
            if f.count
            and f.kind in ("killed", "wounded")
            and not f.subset
            and not f.perpetrators
            and f.trigger is not None
            and any(c.lower_ == "also" for c in f.trigger.children)
        ]
        if not (stated or vague or attackers or added) or located:
            return False
        # "More than 180 people were wounded, the emergency ministry said on Sunday": the day the figure
        # was given is no day of another incident
        first = (stated or vague or attackers or added)[0].trigger
        if any(first is None or not _report_date(first, f[0]) for f in dates.find_dates(sent.text)):
            return False
        cues = word_set("attribution", "new_incident_cues")
        counted = {t.i for f in stated for t in (f.noun, f.trigger) if t is not None}
        # "Another 300 people were wounded" counts more people of the attack, not another attack;
        # "Vice President X later said 81 people had been hurt": 'later' tells when the source spoke
        if any(
            t.lower_ in cues and not {t.head.i, t.head.head.i} & counted and not is_reporting_verb(t.head)
            for t in doc
        ):
            return False
        told = [d for d in self.drafts if d.category == "ASSAULT" and not d.wave]
        prev = _last_drafted(told) if told else None
        if prev is not None:
            prev = _siege_dead(told, prev, bool(attackers) and not stated)
        # "No one else was injured in the incident, said London police Const. Kim Flett", four sentences
        # after the stabbing: 'the incident' names the attack told, however far back
        pointed = any(_anaphor_noun(t) for t in doc)
        if prev is None or not (self._recent(prev, idx) or pointed):
            return False
        for f in stated:
            if f.count == 0 and (prev.killed if f.kind == "killed" else prev.wounded):
                continue  # "No one else was injured": none besides the count told, which stands
            if _own_nationals(f, claims) and (prev.killed if f.kind == "killed" else prev.wounded):
                continue  # "Two Britons had been killed, London said": its own among the count told
            if f.kind == "killed" and (claims or prev.killed is None):
                prev.killed = f.count if prev.killed is None or f.update else min(prev.killed, f.count)
            elif f.kind == "wounded" and (claims or prev.wounded is None):
                prev.wounded = f.count if prev.wounded is None or f.update else min(prev.wounded, f.count)
            elif f.kind in ("missing", "abducted") and prev.missing is None:
                prev.missing = f.count  # "Nineteen people remain missing."
        if attackers and prev.killed is not None:
            # (to a count told: with none, the attackers' deaths are no count of the attack's victims)
            prev.killed += sum(f.count or 0 for f in attackers)
        if prev.target is None:
            # "Police say Marcus Hill, 29, had a gunshot wound to the arm", after "a shooting outside a bar":
            # the one the figure counts is who was hit
            hit = next(
                (f.noun for f in stated if f.noun is not None and f.noun.lemma_ not in ("other", "people")),
                None,
            )
            if hit is not None:
                prev.target = _party(hit)
                _to_body(prev.target, sent.start)
        for f in added:
            # (to a count told: with none, 'also' adds to a number the text never gave)
            if f.kind == "killed" and prev.killed is not None:
                prev.killed += f.count or 0
            elif f.kind == "wounded" and prev.wounded is not None:
                prev.wounded += f.count or 0
        for f in vague:
            words = f"{f.vague} {f.kind}"
            if not prev.casualty_text:
                prev.casualty_text = words
            elif words.lower() not in prev.casualty_text.lower():
                prev.casualty_text = f"{prev.casualty_text}; {words}"
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
        # "It happened just before 5 p.m. after three 911 callers said a man was pointing a gun at
        # people": the act happened after the saying, so the saying tells something else (what prompted
        # it). ("Officers were called after neighbours reported gunshots": the calling, not the act, came
        # after; the neighbours may well tell the act.)
        prompted = {
            id(c)
            for a, c in zip(atts, claims, strict=True)
            if a.verb is not None
            and a.verb.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "after" for m in a.verb.children)
            and a.verb.head.lemma_.lower() in ("happen", "occur", "come")
            and any(
                x.dep_ == "nsubj" and (x.lower_ == "it" or _anaphor_noun(x)) for x in a.verb.head.children
            )
        }
        if denial:
            for c in denial:
                target = self._denied_event(c, doc, -1 if retold else idx)
                if target is not None:
                    self._add_claims(target, [c], sent)
                    # "They deny that many civilians were killed in bombardments that rescuers and
                    # residents say reduced whole neighbourhoods to rubble": a source quoted inside what
                    # is denied speaks of the same event
                    denier = next((a for a, k in zip(atts, claims, strict=True) if k is c), None)
                    verb = denier.verb if denier is not None else None
                    inside = {t.i for t in verb.subtree} if verb is not None else set()
                    quoted = [
                        k
                        for a, k in zip(atts, claims, strict=True)
                        if k.stance == "asserts"
                        and a.verb is not None
                        and a.verb.i in inside
                        and a.verb.dep_ == "relcl"
                    ]
                    if quoted:
                        self._add_claims(target, quoted, sent)
            return
        # "X claimed responsibility", "the government blamed terrorists": a culprit named for an act
        # told before, however many paragraphs back; it is about the event the sentence points to
        culprit = [c for a, c in zip(atts, claims, strict=True) if names_culprit(a)]
        if culprit and weps:
            # "blamed the federal government for what he called a callous drone attack": the weapon is
            # the told attack's (it goes to that event with the claims below); the one blamed is its
            # doer as the claim presents it, when the text names none
            target = self._referred_event(doc)
            blame = [
                a
                for a, c in zip(atts, claims, strict=True)
                if c in culprit and a.accused is not None and not takes_credit(a)
            ]
            if target is not None and target.category == "ASSAULT" and blame and target.blamed is None:
                target.blamed = _blamed_side(blame[0].accused)
        if culprit and not weps:
            target = self._referred_event(doc)
            if target is not None:
                # who did it is a claim of its own, even from a source already quoted on the figures
                target.claims.extend(c for c in culprit if not any(k.span == c.span for k in target.claims))
                target.sents.append(sent)
                credit = [c for a, c in zip(atts, claims, strict=True) if c in culprit and takes_credit(a)]
                if credit and credit[0].by and target.credited is None:
                    # "Al Shabaab claimed responsibility": the doer as its own claim presents it (set
                    # after merging, so a named group does not keep 'the attackers' told apart)
                    target.credited = Party(name=credit[0].by, country=credit[0].country, civilian=False)
                # "Officials blamed the Baloch Liberation Army for the bombing": the doer as the claim
                # presents it (coding guide, Parties), when no one claimed it and the text names none
                blame = [
                    a
                    for a, c in zip(atts, claims, strict=True)
                    if c in culprit and a.accused is not None and not takes_credit(a)
                ]
                if blame and target.blamed is None:
                    target.blamed = _party(blame[0].accused)
            claims = [c for c in claims if c not in culprit]
            if not claims:
                return
        claims = [c for c in claims if id(c) not in prompted]
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
        if prev.category == "ASSAULT" and not _points_to_raid(doc):
            # "Japan said seven of its citizens were among the dead", after the raid that ended the siege:
            # the hostage-takers' act, unless the sentence names the doers or points to the raid
            attacks = [d for d in self.drafts if d.category == "ASSAULT" and not d.wave]
            prev = _siege_dead(attacks, prev, _names_told_doers(doc))
        recent = self._recent(prev, idx)
        # "Putin said the attackers had tried to escape to Ukraine" after "the FSB detained 11 people":
        # 'the attackers' names the doers of the attack told, not of the arrest told last
        attack = next((d for d in reversed(self.drafts) if d.category == "ASSAULT"), None)
        if attack is not None and attack is not prev and _names_told_doers(doc):
            prev, recent = attack, True
        # 'Marcos blamed "foreign terrorists" for the act. "We will bring these perpetrators to justice,"
        # he said.': a speaker going on right after his claim on an event speaks of that event, not of
        # a background act told since ("revenge for a military operation on Friday")
        said = self.sents[idx - 1] if idx > 0 else None
        went_on = next(
            (
                d
                for d in reversed(self.drafts)
                if any(k.span and said is not None and said.start <= k.span[0] < said.end for k in d.claims)
                and any(_same_claimant(c, k) for c in claims for k in d.claims)
            ),
            None,
        )
        if went_on is not None and went_on is not prev and went_on.category not in VERBAL:
            prev, recent = went_on, True
        # "Russia's defence ministry said its forces had hit a Ukrainian army command post in the city":
        # the doer's side telling what its strike hit speaks of the attack told
        recast = any(a.verb is not None and recasts_aim(a.verb) for a in atts)
        if recast and attack is not None:
            prev, recent = attack, self._recent(attack, idx)
        # more about the last event: a weapon, or the same speaker going on ("He claimed ...")
        # the same speaker going on ("he claimed", or Hajiyev quoted again), or "the attack" told again,
        # or a source giving its victims ("Dozens more were wounded, said the governor")
        same_speaker = any(_same_claimant(c, k) for c in claims for k in prev.claims)
        # "The United Nations said last month that civilian casualties had risen": a time of its own
        # makes it about something else, whatever words it shares with the event
        elsewhen = self._other_time(sent, prev)
        # "Turkish troops have for months pursued PKK fighters with drones ..., and villagers say their
        # orchards have been burned in the fighting": the reporter tells the long run, and its weapons
        # and voices are the war's, not more about the act told last
        said = {t.i for a in atts if a.verb is not None for t in a.verb.subtree}
        narrated = " " + " ".join(t.lower_ for t in doc if t.i not in said) + " "
        long_run = any(f" {p} " in narrated for p in word_set("attribution", "habitual_spans"))
        continues = (
            same_speaker
            or recast
            or any(a.pronoun for a in atts)
            # ("President X condemned the killings and said the government had given the army what it
            # needed": the act condemned is no sign that what he says is about it)
            or any(
                _anaphoric(t)
                and t.lemma_.lower() in _ANAPHOR_NOUNS
                and t.head.lemma_.lower() not in word_set("attribution", "reaction_words")
                for t in doc
            )
            # "The device went off at around 7 a.m. ..., regional police chief Allan Nobleza said": the
            # bomb told, told again
            or (prev.category == "ASSAULT" and any(_anaphoric(t) and _is_weapon(t) for t in doc))
            # "Deputy Defence Minister X said the decision was meant to build trust": 'the decision', 'the
            # move', 'the arrests' point back to the act told that is no attack
            or (
                prev.category != "ASSAULT"
                and any(
                    _anaphoric(t) and t.lemma_.lower() in word_set("attribution", "act_reference_nouns")
                    for t in doc
                )
            )
            or (
                not elsewhen
                and not long_run
                and (refers_to_event(doc) or any(_side_in(c, prev) for c in claims))
            )
        )
        # ("The group has fired drones and missiles at merchant vessels since November": a run of acts
        # since a past time, whose weapons are not the told act's)
        since = any(f[2].lower().startswith("since ") for f in dates.find_dates(sent.text))
        weps = weps if prev.category == "ASSAULT" and not long_run and not since else []
        if recent and claims and (weps or continues):
            for w, _ in weps:
                if w not in prev.weapons:
                    prev.weapons.append(w)
            self._add_claims(prev, claims, sent)
        elif claims and not recent and not elsewhen and not long_run:
            # "Provincial Home Minister X said the bombing bore the hallmarks of the Pakistani Taliban",
            # paragraphs after the lead: 'the bombing' names the attack told, however far back (long copy
            # names its officials late)
            reaction = word_set("attribution", "reaction_words")
            if any(_anaphor_noun(t) and t.head.lemma_.lower() not in reaction for t in doc):
                attacks = [d for d in self.drafts if d.category == "ASSAULT"]
                target = _pointed_attack(attacks, doc) or self._referred_event(doc)
                if target is not None and target.category == "ASSAULT":
                    self._add_claims(target, claims, sent)

    def _other_time(self, sent: Sent, d: _Draft) -> bool:
        """Does the sentence state a time that is not the event's day?"""
        for _s, _e, surface in dates.find_dates(sent.text):
            w = dates.resolve(surface, self.anchor)
            if w is None or d.when is None or w.date != d.when.date or w.precision != "day":
                return True
        return False

    def _told_attack(self) -> bool:
        """Has the story told an attack before this sentence (one a 'the shooting' may point back to)?"""
        return any(d.category == "ASSAULT" for d in self.drafts)

    def _recent(self, d: _Draft, idx: int) -> bool:
        """Was the event told in one of the three sentences before sentence ``idx``?"""
        return any(s is d.sent or s in d.sents for s in self.sents[max(0, idx - 3) : idx])

    @staticmethod
    def _add_claims(d: _Draft, claims: list[Claim], sent: Sent | None) -> None:
        for c in claims:
            told = any(_same_claimant(c, k) and c.stance in (k.stance, "asserts") for k in d.claims)
            if not told:
                d.claims.append(c)
        if sent is not None:
            d.sents.append(sent)
        if d.retells is not None:
            # a source on an act that may only retell the attack told speaks of that attack too
            _Reader._add_claims(d.retells, [c for c in claims if c.stance == "asserts"], None)

    def _may_retell(self, idx: int, doc: Doc, told: _Draft, d: _Draft, new_place: bool) -> bool:
        """'Army spokesman X said 27 soldiers were also killed', 'said 53 people had been wounded in
        what he called a vile attack': an act read from a casualty count alone, or from a label a
        speaker puts on what happened, with no place, day or cue of another incident of its own,
        right after an attack was told, is that attack as one more source tells it."""
        if told.category != "ASSAULT" or not self._recent(told, idx) or new_place:
            return False
        if d.when is not None and d.when.span is not None and not d.report_dated:
            return False  # a day of its own (a day carried over from the story is none)
        cues = word_set("attribution", "new_incident_cues")
        if any(t.lower_ in cues and not is_reporting_verb(t.head) for t in doc):
            return False
        return d.result_only or _labelled_act(d.trigger)

    def _referred_event(self, doc: Doc) -> _Draft | None:
        """The violent event a sentence without one of its own is about: the one whose sentences name a
        place it names ("denied firing on Barda"), else the story's first (the lead's) attack."""
        attacks = [d for d in self.drafts if d.category == "ASSAULT"] or self.drafts
        answered = _answered_named(attacks, doc)
        if answered is not None:
            return answered
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
        accusations = [d for d in self.drafts if d.category == "ACCUSE"]
        remarks = word_set("attribution", "remark_nouns")
        latest = accusations and all(
            d.sent.start <= accusations[-1].sent.start for d in self.drafts if d.category == "ASSAULT"
        )
        if latest and any(t.lemma_.lower() in remarks for t in doc if _anaphoric(t)):
            # "Biden called Putin a war criminal. ... The Kremlin said the remark was unacceptable": a
            # rejection of 'the remark' answers the accusation told (coding guide: a claim on the ACCUSE)
            return accusations[-1]
        claimed = [d for d in self.drafts if any(k.stance == "asserts" for k in d.claims)]
        # "X strongly rejects any responsibility" for an attack the reporter told without a source
        claimed = claimed or [d for d in self.drafts if d.category == "ASSAULT"]
        if not claimed:
            return None
        places = _places_named(doc)
        before = self.sents[idx - 1] if idx > 0 else None  # idx -1: no answer to the sentence before
        # "dismissed the accusation that Armenians had laid the mines": the weapon the denial names
        arms = {w for w, _i in weapons_in(doc[:])}
        # "They deny that many civilians were killed in bombardments": a denial of deaths answers an
        # attack, not the territory taken or the talks told beside it
        if any(_kind_fig(t) for t in doc):
            claimed = [d for d in claimed if d.category == "ASSAULT"] or claimed
        if c.stance == "disputes" and before is not None:
            # "Stephon Clark was shot by officers ... Police said they thought he had a gun": the act told
            # just before answers a dispute even when no one has claimed it yet
            claimed += [
                d
                for d in self.drafts
                if d.category == "ASSAULT"
                and d not in claimed
                and any(s is before for s in [d.sent, *d.sents])
            ]

        answered = _answered_named(claimed, doc)

        def score(d: _Draft) -> int:
            text = " ".join(s.text.lower() for s in [d.sent, *d.sents])
            points = 4 if any(p in text for p in places) or d is answered else 0
            if arms & set(d.weapons):
                points += 3
            if c.country and d.actor is not None and d.actor.country == c.country:
                points += 2
            if c.stance == "disputes" and before is not None and any(s is before for s in [d.sent, *d.sents]):
                # "said its forces were only targeting military positions": admitting the act while
                # recasting it answers the accusation told just before (over a weapon it shares with
                # an act told earlier)
                points += 4
            return points

        best = max(score(d) for d in claimed)
        return next(d for d in claimed if score(d) == best)

    def _named_in_full(self, head: str) -> Party | None:
        """The party last named with more words ending in ``head`` ("Saudi-led coalition" for
        "coalition"), when it has a country: the story's own earlier naming of a bare head noun."""
        if head in word_set("modes", "state_actor_words") or head in word_set("parties", "anaphoric_doers"):
            return None  # "army", "police", "gunmen": sides of their own, read by the place rules
        for d in reversed(self.drafts):
            for p in (d.actor, d.target):
                words = p.name.lower().split() if p is not None else []
                if len(words) > 1 and words[-1] == head and p.country:
                    return p
        return None

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
        modifier_doer: Party | None = None
        accuser = next((a for a in atts if a.accused is not None), None)
        if d.category in VERBAL:
            accuser = None
        actor_tok = None
        spoken_act = False  # the doer is the one who speaks (his own verbal act, not what he reports)
        if accuser is not None and accuser.verb is not None and tok.i in _accusation_words(accuser.verb):
            actor_tok = accuser.accused
        # "West Virginia police shot at during traffic stop", "Troops fired on near the border": a
        # headline's passive without 'were', told by the preposition left without its object; the
        # subject is whom it was aimed at
        stranded = (
            tok.pos_ == "VERB"
            and _child(tok, "dobj") is None
            and any(
                c.dep_ == "prep"
                and c.lower_ in ("at", "on", "upon")
                and not any(g.dep_ in ("pobj", "pcomp") for g in c.children)
                for c in tok.children
            )
        )
        if actor_tok is None and tok.pos_ == "VERB" and not stranded:
            passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
            if tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(c.dep_ == "aux" for c in tok.children):
                # "they would be tracked down and punished": a participle joined to a passive shares
                # its auxiliaries, and is passive too (its head's subject is the one acted on)
                passive = passive or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.head.children)
            if passive:
                agent = _child(tok, "agent")
                actor_tok = _child(agent, "pobj") if agent is not None else None
            else:
                # "Serious injuries among demonstrators as the authorities suppressed their protests":
                # a verbless headline parsed with two subjects on one verb; the one nearest the verb
                # is its own, the first heads the fragment
                subjects = [c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i]
                actor_tok = subjects[-1] if len(subjects) > 1 else _child(tok, "nsubj")
                if actor_tok is not None and actor_tok.tag_ in ("WP", "WDT") and tok.dep_ == "relcl":
                    # "the militants who attacked an army post", "the commando that killed the
                    # president": the relative pronoun is the noun the clause is said of
                    actor_tok = tok.head
                cur = tok
                # "has claimed to be making gains by retaking areas", "admitted losses and called on":
                # the doer is the subject of the governing verb
                while actor_tok is None and cur.dep_ in ("conj", "advcl", "xcomp", "pcomp", "prep", "pobj"):
                    cur = cur.head
                    if cur.pos_ in ("VERB", "AUX"):
                        actor_tok = _child(cur, "nsubj")
                        if actor_tok is not None and actor_tok.pos_ == "NOUN" and cur.dep_ == "advcl":
                            # "since the fighting began by retaking areas" (the parser's attachment):
                            # an act noun subject of a time clause is no doer, the clause above has it
                            lemma = actor_tok.lemma_.lower()
                            if lemma in _triggers()[0] or lemma in word_set("parties", "time_clause_acts"):
                                actor_tok = None
                if d.category in ("REQUEST", "THREATEN", "SANCTION", "SUPPORT"):
                    said_of = actor_tok or _subject(tok)
                    speaker = _speaker_of_joined(tok, said_of)
                    if speaker is not None and speaker is not said_of:
                        actor_tok = speaker  # "Biden said the ceasefire offered ... and promised to help"
                        spoken_act = True
        elif actor_tok is None:
            actor_tok = _child(tok, "poss") or _prep_obj(tok, ("by",))
            if actor_tok is None:
                mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and _country_word(c)]
                actor_tok = mods[0] if mods else None
                # an attack's doer only: a crowd noun ("Sulaymaniyah demonstrators") is read as a crowd
                if actor_tok is None and d.category == "ASSAULT":
                    modifier_doer = _premodifier_doer(tok)
                state = [
                    c
                    for c in tok.children
                    if c.dep_ in ("amod", "compound") and c.lower_ in word_set("modes", "state_actor_words")
                ]
                if actor_tok is None and state:
                    # "government air strikes", "army shelling": the state's forces, side read from the place
                    state_actor = Party(name=f"{state[0].text} forces", civilian=False)
        pronoun_actor = None
        held = _held_hostage(tok)
        if actor_tok is None and held is not None:
            # "Gunmen took 30 passengers hostage": the one who takes or holds them
            actor_tok = _subject(held[0])
        # "launched a series of air strikes", "fired a barrage of rockets": the object is the quantity noun
        obj = tok
        while obj.dep_ == "pobj" and obj.head.lower_ == "of" and obj.head.head.pos_ == "NOUN":
            obj = obj.head.head
        while obj.dep_ == "conj" and obj.head.pos_ == "NOUN" and obj.head.i != obj.i:
            # "the army used napalm, chlorine and incendiary bombs": a listed weapon is the object as
            # the first is
            obj = obj.head
        if actor_tok is None and tok.pos_ == "NOUN" and obj.dep_ == "dobj" and obj.head.pos_ == "VERB":
            # "the military said it had carried out an air strike": the pronoun doer is the speaker
            subj = _subject(obj.head)
            # only a verb of doing: "residents said they heard explosions" makes no one the attacker
            if subj is not None and obj.head.lemma_.lower() in word_set("parties", "perform_verbs"):
                # "Russian forces carried out an air strike", "Hamas fired rockets": the light verb's doer
                actor_tok = subj
        if actor_tok is None and tok.pos_ == "NOUN":
            actor_tok = _framed_act_doer(tok)
        if actor_tok is None and tok.pos_ == "NOUN" and d.mode == "coup":
            actor_tok = _power_taker(tok)
        means = (
            _means_of(tok) if actor_tok is None and tok.pos_ == "NOUN" and d.category == "ASSAULT" else None
        )
        if means is not None:
            # "Israeli forces killed three Palestinians during a raid", "killed 12 militants in an air
            # strike": the act is the means of the verb, whose subject did it
            # (its own pronoun first: "the army said it killed ..." is read as the speaker below)
            actor_tok = _child(means, "nsubj") or _subject(means)
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
            # "Russia said its missile strike ...": a possessive points back to the speaker too
            if speaker is not None and actor_tok.lower_ in _SPEAKER_PRONOUNS:
                pronoun_actor = Party(name=speaker.by, country=speaker.country)
                if _non_state(pronoun_actor) and not _settled(pronoun_actor):
                    # "A rebel group in Myanmar said it had captured ...": the country that places
                    # a speaking insurgent group is not its side (coding guide: insurgents are null)
                    pronoun_actor.country = None
            elif (said := _speaker_of(actor_tok)) is not None:
                # "Russia said it would reduce military activity": no claim was read (a statement
                # of intent), yet the pronoun is still the one speaking
                pronoun_actor = _party(said)
            elif actor_tok.lower_ in ("he", "she") and not atts:
                pronoun_actor = self._last_person_named()
            actor_tok = None
        if (
            actor_tok is not None
            and any(a.verb is not None and actor_tok.i == _subj_i(a) and _reported(tok, a.verb) for a in atts)
            and accuser is None
            and not spoken_act
        ):
            # "X said (that) ... struck": X reports, the struck clause has its own doer
            actor_tok = None
        weapon_doer = actor_tok is not None and (
            _is_weapon(actor_tok) or actor_tok.lemma_.lower() in _triggers()[0]
        )
        if weapon_doer:
            # "Armenian missiles had struck": the nationality of the weapon names the side that fired it
            actor = _side_of(actor_tok)
            if actor is None:
                # "Saudi-led coalition jets bombed Saada", "Houthi drones struck a tanker": the side named
                # before the weapon, read as before an attack noun
                actor = _premodifier_doer(actor_tok)
            if actor is None and (said := _speaker_of(actor_tok)) is not None:
                actor = _party(said)  # "Ukraine said its drones hit a refinery": the speaker's weapons
            actor_tok = None
        else:
            actor = None
        side = _country_word(tok.head) if tok.dep_ in ("acl", "amod") and tok.head.i != tok.i else None
        if actor_tok is None and actor is None and side:
            # "Azerbaijani shelling" parsed as a verb hanging off its demonym: the demonym is the side
            actor = Party(name=f"{tok.head.text} forces", country=side, civilian=False)
        gerund_side = next(
            (c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i and _country_word(c)),
            None,
        )
        if actor_tok is None and actor is None and tok.tag_ == "VBG" and gerund_side is not None:
            # "killed by Russian shelling" with the gerund parsed as a verb: its demonym is the side
            actor = Party(
                name=f"{gerund_side.text} forces", country=_country_word(gerund_side), civilian=False
            )
        if actor_tok is not None and actor_tok.lemma_.lower() in word_set("negatives", "vehicle_nouns"):
            actor_tok = None  # "The explosives-packed truck blew up": a vehicle is no party
        owner = claimed_act_owner(tok) if actor_tok is None else None
        if owner is not None:
            actor_tok = owner  # "Moscow's claim to have captured the town": Moscow's forces took it
        d.actor = _party(actor_tok) or actor or pronoun_actor or state_actor or modifier_doer
        if owner is not None and d.actor is not None:
            d.actor.name = d.actor.name.removesuffix("'s").removesuffix("’s")
        if d.actor is None and tok.pos_ == "NOUN":
            # "A separate coalition strike" after "an air strike by the Saudi-led coalition": a bare
            # head noun as modifier is the party the story named in full
            bare = next((c for c in tok.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
            d.actor = self._named_in_full(bare.lower_) if bare is not None else None
        elif d.actor is not None and d.actor.country is None and len(d.actor.name.split()) == 1:
            d.actor = self._named_in_full(d.actor.name.lower()) or d.actor  # "The coalition struck ..."
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
            said = _speaker_of(actor_tok)
            if owner is not None:
                d.actor.country = owner.country
            elif said is not None and (side := _party(said)) is not None:
                # "The RSF said its fighters had seized the palace": the speaker's own fighters are
                # the speaker as a party (its country, if any, is then read like any party's)
                side.span = d.actor.span
                d.actor = side
        seizing = next((a for a in obj.ancestors if a.pos_ == "VERB"), None) if obj.dep_ == "pobj" else None
        if d.actor is None and d.mode == "coup" and seizing is not None:
            # "The military seized power in a coup in February 2021": the doer of the seizing
            subj = _subject(seizing)
            d.actor = _party(subj) if subj is not None and subj.pos_ != "PRON" else None
        if d.actor is None and d.category in ("COERCE", "RETREAT", "PROTEST") and obj.dep_ == "dobj":
            # "Duterte declared martial law", "the government imposed a curfew", "students staged a
            # protest", "the cabinet declared a state of emergency" (the object is the 'state')
            subj = _subject(obj.head)
            d.actor = _party(subj) if subj is not None and subj.i != tok.i else None
            if subj is not None and subj.pos_ == "PRON":
                said = _speaker_of(subj)
                if said is not None:
                    d.actor = _party(said)
                elif subj.lower_ in ("he", "she") and not atts:
                    d.actor = self._last_person_named()
        if d.category == "PROTEST" and (d.actor is None or _is_state_forces(d.actor)):
            # "police fired tear gas at protesters": the crowd protested; the police broke it up
            crowd = _crowd(tok)
            if crowd is not None:
                d.actor = _party(crowd)
        moved = (
            _child(tok, "nsubjpass") if d.category == "MOBILIZE" and _child(tok, "agent") is None else None
        )
        if moved is not None and d.actor is None and _armed_word(moved):
            # "police and soldiers were sent to guard churches": forces sent by no named sender are the
            # side deployed, told as the doer (not what a coordinated clause is about)
            d.actor = _party(moved)
        if d.category in VERBAL | {"MOBILIZE"} and d.actor is None:
            # a noun trigger ("called on volunteers") acts through the verb that governs it
            verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
            subj = _subject(verb) if verb is not None else None
            if d.category == "THREATEN" and verb is tok and any(c.dep_ == "nsubjpass" for c in tok.children):
                # "they would be hunted down and punished": the subject of a passive threat is the one
                # threatened; the one who says so makes it (read below)
                subj = None
            # "two earlier ceasefires failed": the trigger itself is no actor
            d.actor = _party(subj) if subj is not None and subj.i != tok.i else None
        if d.actor is None and d.category == "ASSAULT" and (claimer := _credited_to(tok)) is not None:
            # "Islamic State claimed responsibility for the bombing", "the Pakistani Taliban claimed the
            # attack": a claimed event's doer is as the claim presents it (coding guide)
            d.actor = _party(claimer)
        # "said ... that the attackers were terrorists and that they would be tracked down and
        # punished": a threat joined to a reported clause is reported too ('that' marks it when the
        # parser hangs the clause elsewhere)
        chain = [tok]
        while chain[-1].dep_ == "conj" and chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        reported = chain[-1].dep_ == "ccomp" or any(
            c.dep_ == "mark" and c.lower_ == "that" for t in chain for c in t.children
        )
        if d.actor is None and d.category == "THREATEN" and (tok.dep_ == "ccomp" or reported):
            # "Diab said those responsible would be held to account", "Modi warned that those behind
            # the bombing would pay a heavy price": the threat is the content of what the speaker says
            # (its own subject is the threatened), so the nearest speaking verb's subject makes it
            # ("Mujahid condemned the bombing and said those behind it would be punished": the
            # active subject 'said' shares with the verb it is joined to)
            def said_by(verb: Token) -> Token | None:
                own = _child(verb, "nsubj")
                return own if own is not None or verb.dep_ != "conj" else _child(verb.head, "nsubj")

            said = next((a for a in tok.ancestors if is_reporting_verb(a) and said_by(a) is not None), None)
            speaker = said_by(said) if said is not None else None
            if speaker is not None and speaker.pos_ in ("PROPN", "NOUN"):
                d.actor = _party(speaker)
        _to_body(d.actor, base)
        target_tok = None
        if tok.pos_ == "VERB":
            obj = _child(tok, "dobj", "nsubjpass") or (_child(tok, "nsubj") if stranded else None)
            stormed = _child(tok.head, "dobj") if tok.dep_ == "advcl" and tok.tag_ == "VBG" else None
            if stormed is not None and tok.head.lemma_.lower() in word_set("parties", "entry_verbs"):
                # "Al Shabaab fighters stormed Camp Simba ..., killing a U.S. soldier": the attack hit
                # the place stormed; those killed are its toll
                obj = stormed
            if (
                obj is not None
                and (not _fired(obj) or _downs_aircraft(tok))
                and (moved is None or obj.i != moved.i)
            ):
                target_tok = obj
            if (
                target_tok is not None
                and target_tok.pos_ == "PRON"
                and target_tok.lower_.endswith(("self", "selves"))
            ):
                target_tok = None  # "blew themselves up": the bombers are no target
            if target_tok is None:
                target_tok = _prep_obj(tok, ("on", "at", "against", "into", "upon"))
            if (
                target_tok is None
                and tok.dep_ == "advcl"
                and tok.head.lemma_.lower() in ("kill", "wound", "injure")
            ):
                # "three police officers were killed when suspects blew themselves up": the dead of
                # the clause the act explains
                target_tok = _child(tok.head, "nsubjpass")
            # "Azerbaijani shelling had hit a hospital" with the gerund parsed as a verb (the subject,
            # or a clause on its demonym): what the verb of impact hit
            doer = tok if tok.dep_ == "nsubj" else tok.head if tok.dep_ in ("acl", "amod") else None
            if (
                target_tok is None
                and tok.tag_ == "VBG"
                and doer is not None
                and doer.dep_ == "nsubj"
                and doer.head.lemma_.lower() in word_set("parties", "impact_verbs")
            ):
                hit = _child(doer.head, "dobj")
                target_tok = hit if hit is not None and not _fired(hit) else None
        else:
            target_tok = _prep_obj(tok, ("on", "against", "at"))
            inside = _prep_obj(tok, ("in", "inside"))
            if (
                target_tok is None
                and d.category == "ASSAULT"
                and inside is not None
                and _building(inside)
                and not any(f.noun is not None for f in figs)
            ):
                # "Friday's hostage-taking in Bamako's Radisson Hotel": the building the act was told
                # in is what it hit, when the sentence counts no victims (they would be the target)
                target_tok = inside
            light = obj.head if obj.dep_ == "dobj" and obj.head.pos_ == "VERB" else None
            performs = light is not None and light.lemma_.lower() in word_set("parties", "perform_verbs")
            if target_tok is None and light is not None and performs:
                # "dropped bombs on a swimming pool", "fired rockets at a convoy": the aim hangs off the verb
                target_tok = _prep_obj(light, ("on", "at", "against", "upon"))
            # "Azerbaijani shelling had hit a maternity hospital", "a missile struck the station":
            # the act is the subject of a verb of impact, and what it hit is that verb's object
            doer = tok if tok.dep_ == "nsubj" else tok.head if tok.dep_ in ("amod", "compound") else None
            if (
                target_tok is None
                and doer is not None
                and doer.dep_ == "nsubj"
                and doer.head.lemma_.lower() in word_set("parties", "impact_verbs")
            ):
                hit = _child(doer.head, "dobj")
                target_tok = hit if hit is not None and not _is_weapon(hit) else None
        settlement = target_tok is not None and (
            target_tok.ent_type_ in ("GPE", "LOC") or target_tok.lemma_.lower() in _SETTLEMENT_NOUNS
        )
        if settlement and any(
            c.dep_ in ("amod", "compound") and c.lower_ in word_set("parties", "civilian_area_modifiers")
            for c in target_tok.children
        ):
            # "shelled residential areas", "struck a densely populated neighbourhood": not where but whom,
            # the civilians living there (coders code such areas as the civilian target)
            settlement = False
        facility = target_tok is not None and (
            target_tok.ent_type_ == "FAC"
            or target_tok.lemma_.lower() in _PLACE_NOUNS | {"control", "airfield", "facility", "part"}
            # what is seized is ground or a building unless it is people ("seized the palace")
            or (d.mode == "seize" and not _is_people(target_tok))
        )
        if (d.category == "ASSAULT" and settlement) or (d.mode == "seize" and (settlement or facility)):
            # a town is where, not whom; "took control of the base" seized ground, not a party. An
            # attack on a base, a camp or a hotel names what it hit: that stays the target
            holder = _holder(target_tok, tok) if d.mode == "seize" and target_tok is not None else None
            # "overran the army garrison", "seized a rebel stronghold": the side that held it lost it
            target_tok = holder
            if d.category == "ASSAULT":
                target_tok = _damaged(tok)
        elif target_tok is not None and d.category == "ASSAULT" and _town_name(target_tok):
            # a town the parser did not tag as a place: what the participle says was damaged in it,
            # when told, names whom the act hit more closely than the town
            target_tok = _damaged(tok) or target_tok
        if target_tok is not None and target_tok.ent_type_ in ("DATE", "TIME"):
            target_tok = None  # "clashed on Monday": a day is no target
        if target_tok is not None and target_tok.lower_ in word_set("parties", "aimless_objects"):
            target_tok = None  # "broke up the rally by firing into the air": warning shots hit no one
        if target_tok is not None and target_tok.lemma_.lower() == "fire":
            # "opened fire on demonstrators": whom the fire was aimed at
            target_tok = _prep_obj(target_tok, ("on", "at")) or _prep_obj(tok, ("on", "at"))
        if target_tok is None and tok.lemma_.lower() == "fire" and tok.dep_ == "dobj":
            target_tok = _prep_obj(tok.head, ("on", "at"))
        if d.mode == "clash" and target_tok is None:
            # "clashes between X and Y", "X and Y fought", "fighting with Y": the other side is the target
            first, other = _clash_sides(tok, actor_tok)
            if first is not None and (d.actor is None or other is not None):
                # the two sides of a battle are actor and target, never one joint party
                d.actor = _party(first, joint=False)
                _to_body(d.actor, base)
            target_tok = other
        if (
            target_tok is None
            and d.category == "ASSAULT"
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "under"
            and tok.head.head.lemma_.lower() == "come"
        ):
            # "A car carrying Russian peacekeepers came under small-arms fire": whoever came under it
            # was attacked
            target_tok = _subject(tok.head.head)
        if target_tok is None and d.category == "ASSAULT":
            target_tok = _hit_by(tok)
        if target_tok is not None and d.category in VERBAL and target_tok.lemma_.lower() in _triggers()[0]:
            # "agreed a 48-hour ceasefire", "announced a truce": the agreement is the act, not a party
            target_tok = None
        if d.mode in VERBAL_MODES and (owed := _prep_obj(tok, ("to",))) is not None:
            target_tok = owed  # "apologised to Putin for the deaths": whom the apology is owed
        if target_tok is None and d.category in ("CONSULT", "AGREE", "REJECT"):
            # "held talks with Pashinyan", "met with the envoy", "agreed a truce with the rebels",
            # "called off peace talks with the group": the other party of talks and deals is told with 'with'
            holder = tok.head if tok.pos_ != "VERB" and tok.dep_ == "dobj" else tok
            target_tok = _prep_obj(tok, ("with",)) or _prep_obj(holder, ("with",))
        if target_tok is None and d.category == "AGREE":
            # "Rebel groups and pro-government forces agreed a ceasefire": when the doers are not
            # told as one joint party, the second is the other party to the deal
            verb = tok if tok.pos_ == "VERB" else next((a for a in tok.ancestors if a.pos_ == "VERB"), None)
            subj = _subject(verb) if verb is not None else None
            other = _child(subj, "conj") if subj is not None and subj.pos_ != "PRON" else None
            if other is not None and not _joint_sides(subj):
                target_tok = other
        if (
            target_tok is not None
            and d.category == "PROTEST"
            and target_tok.head.lower_ == "against"
            and not _is_people(target_tok)
            and target_tok.lemma_.lower() not in word_set("modes", "state_actor_words")
        ):
            # "a protest against racism and police brutality": a cause, not a party
            target_tok = None
        if target_tok is None and d.category == "PROTEST":
            target_tok = _protest_addressee(tok) or _protest_seat(tok)
        if target_tok is None and d.category in ("THREATEN", "SANCTION"):
            target_tok = _intended_target(tok)
        ordering = _ordered_by(tok) if d.category in ("COERCE", "ASSAULT") else None
        if ordering is not None:
            # "the cabinet ordered port officials to be placed under house arrest", "the junta ordered
            # three journalists detained": who gave the order did it, to whom the order named
            if d.actor is None and (boss := _subject(ordering)) is not None and boss.pos_ != "PRON":
                d.actor = _party(boss)
                _to_body(d.actor, base)
            if target_tok is None:
                target_tok = _child(ordering, "dobj") or next(
                    (
                        _child(c, "nsubj", "nsubjpass")
                        for c in ordering.children
                        if c.dep_ in ("xcomp", "ccomp")
                    ),
                    None,
                )
        if target_tok is None and tok.pos_ == "NOUN" and d.category in ("COERCE", "ASSAULT"):
            # "the arrest of opposition leader X", "the abduction of 276 schoolgirls": whom the act befell
            of = _prep_obj(tok, ("of",))
            if of is not None and (_is_people(of) or of.pos_ == "PROPN") and not _fired(of):
                target_tok = of
        if target_tok is None and d.category == "COERCE" and tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            # "Bazoum was placed under house arrest", "two reporters were taken into custody"
            target_tok = _child(tok.head.head, "nsubjpass")
        if target_tok is None and d.category == "CONCEDE" and tok.pos_ == "VERB":
            # "the forces had let Guzman go", "let the prisoners walk free": whom a release lets go is
            # the subject of the clause it lets happen
            freed = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp")), None)
            target_tok = _child(freed, "nsubj") if freed is not None else None
            if target_tok is not None and target_tok.pos_ == "PRON":
                target_tok = None
        if target_tok is None and d.category == "COERCE" and tok.lemma_ == "be":
            # "the suspect is in police custody"; "The 12-year-old - who is now in custody - ...": the
            # relative's antecedent is who is held
            kept = _child(tok, "nsubj")
            relative = kept is not None and kept.tag_ in ("WP", "WDT") and tok.dep_ == "relcl"
            target_tok = tok.head if relative else kept
        if d.category == "COERCE" and target_tok is not None and target_tok.lower_ == "custody":
            # "The man behind the wheel went over the hillside and was eventually taken into custody":
            # custody is where he went, the one taken the subject (of the verb it is joined to)
            target_tok = _child(tok, "nsubjpass") or (
                _child(tok.head, "nsubj", "nsubjpass") if tok.dep_ == "conj" else None
            )
        threatened_verbs = word_set("triggers", "threatened_subject_verbs")
        # the verb whose subject is threatened: the trigger itself ('would pay the price') or the verb
        # the threat noun is the object of ('would face a harsh response')
        bearer = (
            tok
            if tok.lemma_.lower() in threatened_verbs
            else tok.head
            if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in threatened_verbs
            else None
        )
        if d.category == "THREATEN" and bearer is not None:
            # "Fadlallah said Israel would pay the price": the subject of 'pay' is the one threatened and
            # the speaker makes the threat; "price" is no target. "... this crime will receive a harsh
            # response, the leader said": the speaker threatens, and a crime is no one threatened
            threatened = _child(bearer, "nsubj", "nsubjpass")
            said = next(
                (a for a in bearer.ancestors if is_reporting_verb(a) and _child(a, "nsubj") is not None), None
            )
            speaker = _child(said, "nsubj") if said is not None else None
            if bearer is tok:
                fits = threatened is not None and threatened.pos_ in ("PROPN", "NOUN")
            else:
                fits = threatened is not None and (threatened.pos_ == "PROPN" or _is_people(threatened))
                target_tok = threatened if fits else None
            if fits:
                target_tok = threatened
            speaks = speaker is not None and speaker.pos_ in ("PROPN", "NOUN")
            if threatened is not None and speaks and (fits or bearer is not tok):
                d.actor = _party(speaker)
                _to_body(d.actor, base)
        if (
            (d.category == "MOBILIZE" or d.sense.get("object_not_target"))
            and target_tok is not None
            and target_tok.dep_ == "dobj"
            and target_tok.head == tok
        ):
            # "Abiy sent troops into the region", "deployed 2,000 police": what is mobilised is the
            # actor's own force, no party it acts on
            target_tok = None
        if target_tok is None and d.category == "MOBILIZE":
            # "flew to the area to support Nigerien troops": the side the forces are sent to back
            backing = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _BACKING_VERBS
                ),
                None,
            )
            target_tok = _child(backing, "dobj") if backing is not None else None
        if target_tok is not None and (named := _group_named_before(target_tok)) is not None:
            target_tok = named
        d.target = _party(target_tok)
        carried = _carried(target_tok) if target_tok is not None else None
        if d.target is not None and carried is not None and carried[0].country and not d.target.country:
            # "A car carrying Russian peacekeepers": the vehicle is hit for whom it carries
            start = target_tok.left_edge
            d.target.name = target_tok.doc[start.i : carried[1] + 1].text
            d.target.span = (start.idx, target_tok.doc[carried[1]].idx + len(target_tok.doc[carried[1]]))
            d.target.country = carried[0].country
        if held is not None:
            d.target = _hostages(held[1])
        _to_body(d.target, base)
        if d.category != "ASSAULT":
            d.when = self._when(d.sent, tok, material=d.category not in VERBAL)
            # "the foreign ministries said they had agreed to a truce": the speakers are the parties
            clause = _clause(tok)
            own = _subject(clause) if clause.pos_ in ("VERB", "AUX") else None
            own_act = own is not None and own.lower_ in ("it", "they", "we")
            told = next((x for x in reversed(self.drafts) if x.category == "ASSAULT" and x is not d), None)
            for a, c in pairs:
                if (
                    d.category == "THREATEN"
                    and told is not None
                    and _names_told_doers(doc)
                    and (names_culprit(a) or _doers_identified(doc))
                    and not any(_same_claimant(c, k) and c.stance == k.stance for k in told.claims)
                ):
                    # "the minister said the attackers were separatist terrorists and that they would be
                    # tracked down": who did the attack told is his claim on it, beside his vow
                    told.claims.append(c)
                reported = _child(a.verb, "dobj") if a.verb is not None else None
                if (
                    d.category in VERBAL
                    and tok.dep_ == "conj"
                    and a.verb is not None
                    and tok.head.i == a.verb.i
                    and reported is not None
                    and any(g.dep_ == "det" and g.lower_ == "the" for g in reported.children)
                    and (earlier := next((x for x in self.drafts if x is not d), None)) is not None
                ):
                    # "Kanyuka announced the fall of the city and told residents to stay calm": what the
                    # speaker announces, pointing back, is his claim on the act told before his appeal
                    taking = reported.lemma_.lower() in word_set("triggers", "taking_nouns")
                    seized = [x for x in self.drafts if x is not d and x.mode == "seize"]
                    # "announced the fall of the city": the taking told, not the fighting around it
                    target = seized[-1] if taking and seized else self._referred_event(doc) or earlier
                    if target is not d:
                        self._add_claims(target, [c], None)
            for c in claims:
                if d.category in VERBAL | {"SUPPORT"} and d.actor is not None and _speaks_as(c, d.actor):
                    # "Biden ... promised to help rebuild Gaza": a pledge too is the speaker's own act
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
            if f.count and f.trigger is not None and any(c.lower_ == "also" for c in f.trigger.children):
                d.added.add(f.kind)  # "11 other soldiers were also killed in the ambush"
            if f.vague and not d.casualty_text:
                d.casualty_text = f"{f.vague} {f.kind}"
            if not f.perpetrators:
                d.victims |= {v for v in f.victims if v != "unknown"}
        rival = _rival_counts([f for f in figs if f.kind == "killed"])
        if rival is not None:
            d.killed = rival
        if attackers_killed:
            d.killed = (d.killed or 0) + attackers_killed
        if d.target is None and figs:
            f = next((f for f in figs if f.noun is not None), None)
            if f is not None and f.noun is not None and f.noun.lemma_ not in ("other", "people", "person"):
                d.target = _party(f.noun)
                _to_body(d.target, base)
        if d.target is None and (
            d.victims == {"civilians"}
            or (
                not d.victims
                and d.mode != "clash"
                and any(_people_counted(f) for f in figs if f.kind == "killed" or f.kind == "wounded")
            )
        ):
            # "killed 10 people" in a strike or bombing: unnamed dead are civilians, as coders code them
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
        # date: the temporal expression nearest the trigger (of its own words, when the sentence tells
        # another act beside it)
        part = _own_part(d, d.sent)
        within = (part.start - base, part.end - base) if part is not d.sent else None
        d.when = self._when(d.sent, tok, within=within)
        # claims of this sentence
        for c in claims:
            if not any(_same_claimant(c, k) and c.stance == k.stance for k in d.claims):
                d.claims.append(c)

    def _last_person_named(self) -> Party | None:
        """ "Interim Prime Minister Claude Joseph said ... On Wednesday he declared a state of siege":
        a sentence's own 'he'/'she' is the person the sentence just before named as speaker or doer.
        Only the sentence just before: further back, news English names the person again."""
        cands: list[tuple[int, str, str | None]] = []
        if self.last_person is not None and self.last_person.name:
            cands.append((self.person_idx, self.last_person.name, self.last_person.country))
        if self.last_actor is not None:
            cands.append((self.last_actor[0], self.last_actor[1], None))
        cands = [c for c in cands if c[0] < self.sent_idx]
        if not cands:
            return None
        idx, name, country = max(cands, key=lambda c: c[0])
        return Party(name=name, country=country) if self.sent_idx - idx == 1 else None

    def _agreement(self, d: _Draft, tok: Token) -> None:
        """Ceasefires: whether they collapsed, and their parties rather than their broker.

        "A U.S.-brokered ceasefire", "a Qatar-mediated truce between Israel and Hamas": the broker is
        the mediator, not a party to the deal (coding guide: the actor is the sides, named as one with
        no country; the incident timeline reads brokers from the text itself).
        """
        heads = {tok.head.lemma_.lower()} | {a.lemma_.lower() for a in tok.ancestors}
        # ("an agreement to end the fighting": the purpose the deal names ends nothing yet)
        heads |= {c.lemma_.lower() for c in tok.children if not _purpose_to_end(c)}
        if (
            heads & _COLLAPSE
            or any(
                w.lemma_.lower() in _COLLAPSE and w.pos_ == "VERB" and not _purpose_to_end(w)
                for w in tok.sent
            )
            or _truce_left(tok)
        ):
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
                if code and d.actor is not None and d.actor.country == code and d.actor.name == left:
                    d.actor = None
        local = load("triggers")["local_deals"]
        if tok.pos_ == "VERB" and (deal := next((w for w in tok.subtree if w.lemma_.lower() in local), None)):
            d.mode = local[deal.lemma_.lower()]  # "forced them to capitulate and agree to surrender deals"
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("broker", "mediate"):
            d.actor = None  # "China, which brokered a ceasefire between the two sides": the mediator
        if d.actor is None:
            sides = _prep_obj(tok, ("between",))
            if sides is not None and _child(sides, "conj") is not None:
                d.actor = _party(sides)
                _to_body(d.actor, d.sent.start)

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

    def _when(
        self,
        sent: Sent,
        tok: Token,
        material: bool = True,
        own_only: bool = False,
        within: tuple[int, int] | None = None,
    ) -> When | None:
        """The date the sentence gives the event at ``tok``; undated, the story's or the report's day.

        ``material``: an act (not words). Undated statements are the day's news and take the dateline.
        ``own_only``: only a date of the event's own clause or phrase counts (statements).
        ``within``: the sentence's characters that tell this act, when it tells another beside it.
        """
        # "held a day of mourning on Friday after six people were killed": Friday is what came after
        found = [
            f
            for f in dates.find_dates(sent.text)
            if not _before_dated_act(sent.text, f, tok.idx)
            and not _after_other(tok, f)
            and (within is None or within[0] <= f[0] < within[1])
        ]
        if material and not found:
            related = [f for f in dates.find_dates(sent.text) if _after_other(tok, f)]
            counted = self._counted_on(sent, tok, related[0]) if len(related) == 1 else None
            if counted is not None:
                return counted
        if found and own_only:
            # a statement without a day of its own is the day's news: "urged them to stand by the
            # ceasefire agreed on Sunday" is not dated Sunday (tests/gold/README.md, Dates); the day it
            # was said on is its own ("said on Tuesday it was appalled and called for ...")
            chain = _clause_chain(_clause(tok))
            # a noun's own phrase dates it too: "a first truce, brokered by Russia on Oct. 10, collapsed"
            phrase = {t.i for t in tok.subtree} if tok.pos_ in ("NOUN", "PROPN") else set()
            found = [
                f
                for f in found
                if (_clause(_token_at(tok.doc, f[0])) in chain or _tok_at(tok.doc, f[0]) in phrase)
                and not _relates_other(tok, f)
                and not _reduced_relative(_clause(_token_at(tok.doc, f[0])), tok)
            ]
        inside: list[tuple[int, int, str]] = []
        deeper: list[tuple[int, int, str]] = []
        uncounted = False  # counted from another act whose day is not known
        if found:
            # "the deadliest attack since fighting erupted a month ago": that date is the war's
            found = [f for f in found if not _in_since_phrase(sent.text, f[0], tok.idx)] or found
            counted = next((f for f in found if _counted_from(tok, f)), None)
            if counted is not None:
                # "resumed on Friday, a day after a bombing killed 13", "The attack came less than a week
                # after the military said it had cut its troops": dated by counting back from the other
                # act; with nothing to count from, better undated than given the report's day
                back = self._counted_back(sent, tok, counted)
                if back is not None:
                    return back
                found, uncounted = [], True
        if found:
            pos = tok.idx
            clause = _clause(tok)
            chain = _clause_chain(clause)
            # within the saying that reports the act: "Police said Tuesday's attack killed five, and the
            # Taliban said on Wednesday they had arrested two suspects" (Tuesday is not the arrest's)
            saying = next((a for a in tok.ancestors if is_reporting_verb(a)), None)
            told = {t.i for t in saying.subtree} if saying is not None else None
            same = [
                f
                for f in found
                if _clause(_token_at(tok.doc, f[0])) in chain
                and (told is None or _tok_at(tok.doc, f[0]) in told)
            ]
            # "Russia said on Friday that its strike a day earlier ...": the saying has its own day
            own = [f for f in same if not _report_date(tok, f[0]) and not _relates_other(tok, f)]
            if material and tok.pos_ in ("NOUN", "PROPN"):
                # an act noun's own phrase dates it before any clause around it: "the number of people
                # killed by a truck bomb that tore through the junction on Saturday has risen to 276,
                # the minister said on Monday" (Saturday is the bomb's, Monday the count's); not through
                # an apposition, which may tell what became of it ("a truce - the third - collapsed on")
                sub = _own_phrase(tok)
                inside = [
                    f
                    for f in found
                    if _tok_at(tok.doc, f[0]) in sub
                    and not _report_date(tok, f[0])
                    and not _relates_other(tok, f)
                ]
            if not own and material:
                # "the military said on Wednesday it had carried out an air strike on a village where
                # 100 people were killed as they gathered on Tuesday": the statement's day only bounds
                # the act; a day told inside the act's own clause (its victims', its place's, "after a
                # shootout that lasted into Thursday night") is its own
                sub = {t.i for t in clause.subtree}
                deeper = [
                    f
                    for f in found
                    if f not in same
                    and _tok_at(tok.doc, f[0]) in sub
                    and not _report_date(tok, f[0])
                    and not _relates_other(tok, f)
                ]
            if own_only and not own:
                own = found  # the noun's own phrase ("brokered by Russia on Oct. 10")
        if found:
            pool = (
                inside
                or own
                or deeper
                or same
                or [f for f in found if not _in_relative(_token_at(tok.doc, f[0]))]
                or found
            )
            start, end, surface = min(pool, key=lambda f: abs(f[0] - pos))
            # "the day before", "hours later" count from the event in focus; "will meet on Tuesday" is ahead
            future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in tok.children)
            # '"We will hunt you down," he said on Thursday': the day is the saying's, which is past
            future = future and not _report_date(tok, start)
            anchor = self.anchor
            if surface.lower().strip() == "overnight":
                # "an overnight raid ..., the government said on Saturday": the night into that day
                days = [dates.resolve(f[2], self.anchor) for f in found if f[2] != surface]
                days = [w for w in days if w is not None and w.precision == "day" and not w.end]
                if days:
                    anchor = dt.date.fromisoformat(days[0].date)
            w = dates.resolve(surface, anchor, relative_to=self._focus_date(), future=future)
            if w is not None:
                w.span = (sent.start + start, sent.start + end)
                return w
        focus = self._focus_date()
        # ("Another missile struck Kharkiv": the verb "struck" is no noun "the strike" pointing back)
        pointing = tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() in _ANAPHOR_NOUNS | {
            "war",
            "conflict",
        }
        # ("five days after insurgents stormed it": an act counted from another, undated, is not put on
        # the day in focus either)
        if material and focus is not None and not pointing and not uncounted:
            # an undated act in the story's thread ("Residents said the militants torched a
            # cathedral") happened the day the story is telling, as a coder reads it
            return When(date=focus.isoformat(), precision="day", text=None)
        if not material:
            said = self._statement_went_on(sent, tok)
            if said is not None:
                return said
        if self.anchor is not None:
            # not stated: the report's date bounds it; precision week says how loosely
            return When(date=self.anchor.isoformat(), precision="week", text=None)
        return None

    def _statement_went_on(self, sent: Sent, tok: Token) -> When | None:
        """The day of the statement an undated one continues: "The U.N. agency said on Thursday that
        three refugees had been killed. It urged all parties to spare civilians." -- 'it' goes on
        speaking in the next sentence, on the day it spoke (not the dateline's)."""
        clause = _clause(tok)
        subj = _subject(clause) if clause.pos_ in ("VERB", "AUX") else None
        idx = next((i for i, s in enumerate(self.sents) if s is sent), 0)
        if subj is None or subj.lower_ not in ("it", "he", "she", "they") or idx == 0:
            return None
        prev = self.sents[idx - 1]
        if prev.doc is None:
            return None
        for start, end, surface in dates.find_dates(prev.text):
            if not is_reporting_verb(_clause(_token_at(prev.doc, start))):
                continue
            w = dates.resolve(surface, self.anchor)
            if w is not None and w.precision == "day" and not w.end:
                w.span = (prev.start + start, prev.start + end)
                return w
        return None

    def _counted_on(self, sent: Sent, tok: Token, found: tuple[int, int, str]) -> When | None:
        """The day of an act told as coming some time after (or before) another: 'A rocket attack hit a
        market hours after the truce took effect', 'a day after the strike'. Counted on from the other
        act's day: a day told in its own words ('after missiles struck Kharkiv on Monday'), else the day of
        the latest act of its kind the story told ('the truce' -> the truce told before). None when
        neither is known (the other act's day is no guess: 'came a day after an earthquake struck'), and
        an act pointed back to ('The attack came a day after a bombing in the capital': the story's own
        act, whose day is told elsewhere) takes no day of another act of the story's."""
        doc = sent.doc
        last = _token_at(doc, found[0] + len(found[2].rstrip()) - 1)
        if last.dep_ == "mark":
            other = last.head
            noun = _child(other, "nsubj", "nsubjpass")
        else:
            noun = _child(last, "pobj")
            other = noun
        if other is None or noun is None:
            return None
        inside = {t.i for t in other.subtree}
        base: dt.date | None = None
        for start, _end, surface in dates.find_dates(sent.text):
            if start != found[0] and _tok_at(doc, start) in inside:
                w = dates.resolve(surface, self.anchor)
                if w is not None and w.date and w.precision == "day" and not w.end:
                    base = dt.date.fromisoformat(w.date)
        if base is None and not _anaphoric(tok):
            kinds = {t["category"] for t in _triggers()[0].get(noun.lemma_.lower(), [])}
            told = [
                d
                for d in self.drafts
                if d.category in kinds
                and d.when is not None
                and d.when.date
                and d.when.text
                and d.when.precision == "day"
                and not d.when.end
            ]
            if told:
                base = dt.date.fromisoformat(told[-1].when.date)
        if base is None:
            return None
        w = dates.resolve(found[2], self.anchor, relative_to=base)
        if w is not None:
            w.span = (sent.start + found[0], sent.start + found[1])
        return w

    def _counted_back(self, sent: Sent, tok: Token, counted: tuple[int, int, str]) -> When | None:
        """The day of an act told only as what another is counted from ("X, a day after <act>").

        The other act's day is a date set right before the expression ("resumed on Friday, a day after
        a suicide bombing killed 13"; "since Aug. 14, the day before the Taliban seized the capital"),
        else, when that act is the story's event pointed back to ("The attack came less than a week
        after ..."), the day in focus. Counting back from it gives this act's day.
        """
        start = counted[0]
        ref: dt.date | None = None
        for _s0, e0, surface in dates.find_dates(sent.text):
            # right before it, or with only the saying between ("on Tuesday, residents said, two days after")
            between = _SAYING_BETWEEN.sub("", sent.text[e0:start]) if e0 <= start else "x"
            if e0 <= start and not between.strip(" ,\u2014-"):
                w = dates.resolve(surface, self.anchor)
                if w is not None and w.date and w.precision == "day":
                    ref = dt.date.fromisoformat(w.date)
        if ref is None:
            # the clause the "after"/"before" phrase hangs on: "The attack came ... after ..."
            last = _token_at(tok.doc, start + len(counted[2].rstrip()) - 1)
            head = _clause(last.head.head if last.dep_ == "mark" else last.head)
            subj = _child(head, "nsubj", "nsubjpass")
            if subj is not None and (_anaphor_noun(subj) or subj.lower_ == "it"):
                ref = self._focus_date()
        if ref is None:
            return None
        w = dates.resolve(counted[2], self.anchor, relative_to=ref, reverse=True)
        if w is not None:
            w.span = (sent.start + counted[0], sent.start + counted[1])
        return w

    def _focus_date(self) -> dt.date | None:
        """The day of the latest event told with a day-precise date, for relative expressions (the story's
        thread: an act told only as what another came after is not where the story stands)."""
        dated = [
            d
            for d in self.drafts
            if d.when is not None and d.when.date and d.when.precision == "day" and d.when.text
        ]
        thread = [d for d in dated if not d.answered] or dated
        return dt.date.fromisoformat(thread[-1].when.date) if thread else None

    def _war_start_event(self, sent: Sent, doc: Doc) -> None:
        """The start a running toll counts from, when the text dates it: "killed since the fighting
        began on Sept. 27", "since Haftar launched his offensive on Thursday". The toll is not an
        event's, but the start is a background event a coder records (once per article)."""
        lex = load("triggers")["war_start"]
        found = dates.find_dates(sent.text)
        if not found:
            return
        for tok in doc:
            if tok.lemma_.lower() not in lex["verbs"] or not any(c.lower_ == "since" for c in tok.children):
                continue
            war = next(
                (c for c in tok.children if c.dep_ in ("nsubj", "dobj") and c.lemma_.lower() in lex["nouns"]),
                None,
            )
            if war is None:
                continue
            start, end, surface = min(found, key=lambda f: abs(f[0] - tok.idx))
            if start < tok.idx:
                continue  # the date must belong to the start ("began on Sept. 27"), not to the count
            w = dates.resolve(surface, self.anchor)
            if w is None or w.precision not in ("day", "month"):
                continue
            w.span = (sent.start + start, sent.start + end)
            if any(
                d.category == "ASSAULT" and d.when is not None and d.when.date == w.date for d in self.drafts
            ):
                return
            offensive = war.lemma_.lower() in ("offensive", "counter-offensive", "assault")
            mode = "offensive" if offensive else "clash"
            d = _Draft("ASSAULT", mode, ("Battles", "Armed clash"), war, sent, sents=[sent], war_start=True)
            doer = _child(tok, "nsubj") if war.dep_ == "dobj" else None
            d.actor = _party(doer) if doer is not None else None
            _to_body(d.actor, sent.start)
            d.when = w
            self.drafts.append(d)
            return

    def _war_told_start(self, sent: Sent, doc: Doc) -> None:
        """'The war between the army and the RSF, which broke out in April 2023, has killed ...': the
        war's dated start told in a relative clause is a background event (coding guide rule 4), like
        the start a running toll counts from (``_war_start_event``)."""
        lex = load("triggers")["war_start"]
        for tok in doc:
            if tok.lemma_.lower() not in lex["verbs"]:
                continue
            if tok.dep_ == "relcl":
                # the parser may hang the clause on the last noun before it ("the war between the army
                # and the RSF, which broke out"): the war noun is the nearest one above
                war = next((a for a in list(tok.ancestors)[:4] if a.lemma_.lower() in lex["nouns"]), None)
            else:
                # "The war broke out in November 2020 between the government and the TPLF": told in its
                # own clause, only of a war (fighting that 'broke out on Monday' is the story's clash)
                # and only long before the dateline (a background event, not the news)
                war = next(
                    (c for c in tok.children if c.dep_ == "nsubj" and c.lemma_.lower() in lex["war_nouns"]),
                    None,
                )
                if war is not None and not self._long_before(tok):
                    war = None
                # "began in October 2017 with an attack on Mocimboa", "broke out when the army moved
                # in": the act told in the clause is the event, not the start it marks
                if war is not None and any(t.i not in (war.i, tok.i) for t, _sense in self._triggers(doc)):
                    war = None
            if war is None:
                continue
            own = [t for t in tok.subtree if t.i > tok.i]
            if not own:
                return
            text = doc[own[0].i : own[-1].i + 1].text
            found = dates.find_dates(text)
            if not found:
                return
            _s, _e, surface = found[0]
            w = dates.resolve(surface, self.anchor)
            if w is None or w.precision not in ("day", "month"):
                return
            start = sent.start + own[0].idx - doc[0].idx + _s
            w.span = (start, start + len(surface))
            if any(
                d.category == "ASSAULT" and d.when is not None and d.when.date == w.date for d in self.drafts
            ):
                return
            d = _Draft(
                "ASSAULT", "clash", ("Battles", "Armed clash"), war, sent, sents=[sent], war_start=True
            )
            d.war_began = tok.dep_ != "relcl"  # told in a clause of its own: placed across the war's land
            d.when = w
            between = next(
                (p for h in (war, tok) for p in h.children if p.dep_ == "prep" and p.lower_ == "between"),
                None,
            )
            first = None if between is None else next((g for g in between.children if g.dep_ == "pobj"), None)
            sides = [first, *(g for g in first.children if g.dep_ == "conj")] if first is not None else []
            if len(sides) == 2:
                d.actor, d.target = _party(sides[0]), _party(sides[1])
                _to_body(d.actor, sent.start)
                _to_body(d.target, sent.start)
            self.drafts.append(d)
            return

    def _long_before(self, verb: Token) -> bool:
        """Does the verb's own clause date it at least a month before the dateline ("broke out in
        November 2020" in a January 2022 story)? Without a dateline nothing is long before."""
        if self.anchor is None:
            return False
        own = [t for t in verb.subtree if t.i > verb.i]
        if not own:
            return False
        text = verb.doc[own[0].i : own[-1].i + 1].text
        for _s, _e, surface in dates.find_dates(text):
            w = dates.resolve(surface, self.anchor)
            if w is not None and w.date and _days_between(w.date, self.anchor.isoformat()) >= 30:
                return True
        return False

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

    def _long_running_count(self, doc: Doc) -> bool:
        """A count told with 'have killed ... since <a day weeks before the dateline>': a running tally
        over a campaign ('Israeli strikes have killed more than 200 people in Lebanon since Oct. 8'),
        however concrete its weapon. A bombardment counted 'since Sunday' (days, not weeks) stays an event
        the coder records with an end date (coding guide rule 1)."""
        # a war's own clause already read as a toll ("in a war that has killed 15,000 since April") is out
        own = [t for t in doc if t.i not in self.running_clause]
        if self.anchor is None or not any(t.lower_ == "since" for t in own):
            return False
        perfect = any(
            c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
            for t in own
            for c in t.children
        )
        if not perfect:
            return False
        limit = load("casualties")["running_count_min_days"]
        for _s, _e, surface in dates.find_dates(self._own_text(doc, lower=False)):
            if not surface.lower().startswith("since"):
                continue
            w = dates.resolve(surface, self.anchor)
            if w is not None and w.date and (self.anchor - dt.date.fromisoformat(w.date)).days >= limit:
                return True
        return False

    def _own_text(self, doc: Doc, lower: bool = True) -> str:
        """The sentence's words for its cues, without a running-total clause already read as a toll
        ("..., taking the total killed in attacks this year to 230": "this year" is that toll's)."""
        text = "".join(t.text_with_ws for t in doc if t.i not in self.running_clause)
        return text.lower() if lower else text

    def _is_aggregate(self, doc: Doc, figs: list[Figure], trig: list[tuple[Token, dict]]) -> bool:
        if not any(f.count is not None and f.kind == "killed" for f in figs):
            return False
        if _over_many_acts(doc.text):
            return True  # "Ten people were killed ... in separate gun, bomb and knife attacks"
        text = self._own_text(doc)
        cues = load("casualties")["aggregate_cues"]
        matched = {c for c in cues if re.search(r"\b" + re.escape(c) + r"\b", text)}
        # "the overall death toll from the shelling of the city has reached 250": counted over a period
        running = matched - set(load("casualties")["attack_toll_cues"])
        if (
            any(f.update for f in figs)
            and not running
            and any(
                t.lemma_.lower() in _ANAPHOR_NOUNS or t.lemma_.lower() in ("bombing", "attack", "strike")
                for t in doc
            )
        ):
            return False  # "the death toll from the attack rose to 23": the attack's own count
        if any(f.update for f in figs) and running:
            return True
        has_cue = bool(matched)
        if self._long_running_count(doc):
            return True  # "Israeli strikes have killed more than 200 people in Lebanon since Oct. 8"
        told_fight = any(
            d.category == "ASSAULT"
            and d.killed is None
            and _same_family(d.mode, "clash")
            and d.mode != "attack"
            for d in self.drafts
        )
        if (
            matched
            and matched <= {"in the fighting", "of the fighting"}
            and told_fight
            and not dates.find_dates(doc.text)
        ):
            return False  # "eight people were killed in the fighting" after the battle is told: its toll
        period = matched - {"in the fighting", "of the fighting"}
        if (
            period
            and period <= {"since", "in the past", "over the past"}
            and any(d["kind"] == "event" and d["category"] == "ASSAULT" for _t, d in trig)
            and self._since_recent_day(doc.text) is not None
            and self._started_that_day(doc.text) is None
        ):
            # "At least 54 people have been killed in ethnic clashes in Manipur since Wednesday", "killed in
            # fighting with the rebels over the past week": fighting told over days up to the dateline is an
            # event with an end date (coding guide rule 1, Dates)
            return False
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
        years = [dates.resolve(f[2], self.anchor) for f in dates.find_dates(self._own_text(doc, lower=False))]
        if big and years and all(w is not None and w.precision == "year" for w in years):
            # "some 400,000 people died in the civil war between 2013 and 2018": a count over years
            return True
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

    def _count_of_told(
        self, idx: int, sent: Sent, doc: Doc, figs: list[Figure], claims: list[Claim] | None = None
    ) -> bool:
        """Is a count that reads like a toll the count of the attack just told? Then it is no toll:
        the event keeps its first (most conservative) figure, fills one it lacks, and the source's
        claim goes to the event (``_toll_claims``).

        "at least 110 civilians had been killed in the attack" (the figure hangs on an act noun that
        points back); "Local sources put the death toll at about 160" ("the toll", no period counted);
        "More than 180 people have died." (a bare count, nothing else, right after the attack). A count
        over a period ("since", "in the war", "this year" for a bare count) or far above the attack's own
        (ten times: "close to 5,000" after an attack that killed four) stays a toll.
        """
        counted = [f for f in figs if f.count is not None and f.kind in ("killed", "wounded")]
        if not counted or _over_many_acts(doc.text):
            return False
        # "since Monday", "since the fighting began" start a period; "has not updated it since" does not
        period_since = _counts_since(doc)
        if period_since:
            started = self._started_that_day(sent.text)
            if started is None:
                return False
            # "launching an offensive ... [on Wednesday]. The monitor said more than 250 people had been
            # killed in the fighting since Wednesday": the count of the fighting told from that day on
            started.killed = _later_count(started.killed, [f for f in counted if f.kind == "killed"])
            started.wounded = _later_count(started.wounded, [f for f in counted if f.kind == "wounded"])
            self._add_claims(started, _voicing(claims or [], sent, counted), sent)
            return True
        # "also wounded in the strike on the pitch": the attack the count names, however far back
        pointed = _pointed_attack([d for d in self.drafts if d.category == "ASSAULT"], doc)
        prev = pointed or next((d for d in reversed(self.drafts) if d.category == "ASSAULT"), None)
        if prev is None or not (pointed or self._recent(prev, idx)):
            return False
        text = self._own_text(doc)
        if not period_since:
            text = re.sub(r"\bsince\b", " ", text)

        def cued(key: str) -> set[str]:
            return {c for c in load("casualties")[key] if re.search(r"\b" + re.escape(c) + r"\b", text)}

        def at_told_act(f: Figure) -> bool:
            t = f.trigger
            return t is not None and any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "during")
                and any(_anaphor_noun(g) and g.tag_ == "NN" for g in c.children if g.dep_ == "pobj")
                for c in t.children
            )

        # "put the death toll at about 160": a competing figure for the attack's own count (which it must
        # have), not "the overall death toll" or one "in the war"
        # ("gave a higher toll" competes with it just as well); an attack told without a count takes the
        # figure when it is an attack's size, not a war's
        competing = word_set("casualties", "competing_toll_words")
        small = load("casualties")["bare_count_max"]
        numbers = [t for t in doc if t.lemma_.lower() == "number" and _anaphoric(t)]
        in_number = {x.i for t in numbers for x in t.subtree}
        this_toll = (
            (
                # "later put the number of dead at 25", "gave a higher toll": another source's figure
                (prev.killed is not None and _competing_count(doc))
                or (
                    (prev.killed is not None or all((f.count or 0) < small for f in counted))
                    and any(
                        (
                            t.lemma_.lower() == "toll"
                            and (
                                _anaphoric(t)
                                or any(c.dep_ == "amod" and c.lower_ in competing for c in t.children)
                            )
                        )
                        # "put the number of soldiers killed at close to 100": the same figure, as a number
                        or (
                            t in numbers
                            and any(f.trigger is not None and f.trigger.i in in_number for f in counted)
                        )
                        for t in doc
                    )
                )
            )
            and not cued("war_cues")
            and not cued("aggregate_cues") - {"toll"} - ({"since"} if not period_since else set())
        )
        # a count told alone, as its own short sentence ("More than 180 people have died.")
        bare = (
            all(f.trigger is not None and f.trigger.dep_ == "ROOT" for f in counted)
            and sum(not t.is_punct for t in doc) <= 12
            and not cued("aggregate_cues")
            and not cued("war_cues")
            and not dates.find_dates(sent.text)
            and not any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
            and prev.killed is None
            and self.sents[idx - 1] in [prev.sent, *prev.sents]
            and all((f.count or 0) < load("casualties")["bare_count_max"] for f in counted)
        )
        # "Gunmen killed dozens of villagers ... A local official said at least 132 bodies had been
        # recovered": the number the attack's vague count lacked, not a count of a period
        # (or told with none: "Jihadists attacked the town on Saturday. A local official said at least 150
        # people had been killed." -- told in the past, unlike a running count's "have been killed")
        running_tense = any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ")
            for f in counted
            if f.trigger is not None
            for c in f.trigger.children
        )
        unnumbered = (
            prev.killed is None
            and (str(prev.casualty_text or "").endswith("killed") or not running_tense)
            and all(f.kind == "killed" for f in counted)
            and not cued("aggregate_cues")
            and not cued("war_cues")
            and not dates.find_dates(sent.text)
            and not any(e.label_ in ("GPE", "LOC", "FAC") for e in doc.ents)
            and all((f.count or 0) < load("casualties")["bare_count_max"] for f in counted)
        )
        if not (all(at_told_act(f) for f in counted) or this_toll or bare or unnumbered):
            return False
        killed = [f.count for f in counted if f.kind == "killed" and f.count is not None]
        if prev.killed and killed and max(killed) > 10 * prev.killed:
            return False
        prev.killed = _later_count(prev.killed, [f for f in counted if f.kind == "killed"])
        prev.wounded = _later_count(prev.wounded, [f for f in counted if f.kind == "wounded"])
        if unnumbered:
            self._add_claims(prev, _voicing(claims or [], sent, counted), sent)
        return True

    def _started_that_day(self, text: str) -> _Draft | None:
        """The fighting a count 'since <day>' runs from, when the story told it starting that day.

        "Rebels ... two days after launching an offensive" then "more than 250 people had been killed in
        the fighting since Wednesday": a count from a day days (not weeks) before the dateline on which a
        told offensive or battle began, or since which told strikes have run ("air strikes have pounded
        the camp since Saturday"), is that fighting's count, as a coder records it (coding guide rule 1).
        A count from the start of a war ("since the fighting began on Monday", "since Haftar launched his
        offensive") or from a day no told act began stays a toll.
        """
        w = self._since_recent_day(text)
        if w is None:
            return None
        return next(
            (
                d
                for d in reversed(self.drafts)
                if d.category == "ASSAULT"
                and d.killed is None
                and d.when is not None
                and d.when.date == w.date
                and d.when.precision == "day"
                # a battle or offensive begun that day, or strikes told as running since it
                and (d.mode == "offensive" or _same_family(d.mode, "clash") or d.when.end is not None)
            ),
            None,
        )

    def _since_recent_day(self, text: str) -> When | None:
        """The start of a "since Wednesday" or "over the past week" told in ``text`` when it is days, not
        weeks, before the dateline (``running_count_min_days``) and runs up to it; "since the fighting
        began on Monday" is no such phrase."""
        if self.anchor is None:
            return None
        limit = load("casualties")["running_count_min_days"]
        for _s, _e, surface in dates.find_dates(text):
            w = dates.resolve(surface, self.anchor)
            if w is None or not w.date:
                continue
            since = surface.lower().startswith("since") and w.precision == "day"
            past = w.precision == "week" and bool(w.end) and w.date < self.anchor.isoformat() <= (w.end or "")
            if (since or past) and (self.anchor - dt.date.fromisoformat(w.date)).days < limit:
                return w
        return None

    def _ordinal_toll(self, sent: Sent) -> None:
        """'This death marks the fourth homicide of 2016 in London': a killing's rank in a year is a toll
        of the year so far (killed 4 since 2016-01-01); 'this year' is the dateline's year."""
        nouns = "|".join(load("casualties")["ordinal_toll_nouns"])
        m = re.search(
            rf"\b({ORDINAL_RX})\s+(?:[a-z-]+\s+)?(?:{nouns})\b"
            r"(?:\s+(?:of|in|for)\s+((?:19|20)\d\d)\b|\s+(?:so\s+far\s+)?(this\s+year)\b)",
            sent.text,
            flags=re.IGNORECASE,
        )
        if m is None:
            return
        count = parse_ordinal(m.group(1))
        year = int(m.group(2)) if m.group(2) else self.anchor.year if self.anchor is not None else None
        if count is None or year is None:
            return
        if self.anchor is not None and year < self.anchor.year - 1:
            return  # "the fourth homicide of 1998": history, no running count
        self.tolls.append(
            Toll(killed=count, since=f"{year}-01-01", text=sent.text, span=(sent.start, sent.end))
        )

    def _add_tolls(self, sent: Sent, doc: Doc, figs: list[Figure], claims: list[Claim]) -> None:
        # "a 1990s war that left 30,000 dead" is history; "since 2009" starts a count still running, but
        # "the deadliest day since 2011, when 30 were killed in a helicopter crash" counts that year's act
        # ("since the full-scale invasion began in February 2022" starts one too)
        running = re.sub(
            r"\bsince\s+(?:[\w'-]+\s+){0,7}?(?:1[89]\d0s|(?:19|20)\d\d)(?!\s*,\s*when\b)", " ", sent.text
        )
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
        opening = re.search(r"\bsince\b", sent.text)
        if since is None and opening is not None:
            # "since the full-scale invasion began in February 2022": the day the clause after "since" gives
            for s0, _e, surface in dates.find_dates(sent.text):
                w = dates.resolve(surface, self.anchor) if s0 > opening.start() else None
                if w is not None and w.date:
                    since = w.date
                    break
        if since is None and self.anchor is not None:
            # "this year", "this month", "in the past week": a period running to the dateline starts it
            for _s, _e, surface in dates.find_dates(sent.text):
                w = dates.resolve(surface, self.anchor)
                if (
                    w is not None
                    and w.date
                    and w.end
                    and w.precision in ("week", "month", "year")
                    and w.date <= self.anchor.isoformat() <= w.end
                ):
                    since = w.date
                    break
        if since is None and self.war_start is not None:
            since = self.war_start.date
        words = {t.lower_ for t in doc} | {t.lemma_.lower() for t in doc}
        disaster = words & (word_set("negatives", "weather_cues") | word_set("negatives", "illness_cues"))
        if disaster and not words & word_set("negatives", "conflict_cues"):
            # "the death toll climbed to 66 after torrential rains", "four have died of the ailment in
            # the camp": a disaster's or a disease's count, not a war's
            return
        sources = [c for c in claims if c.by]
        counted = [f for f in figs if f.count is not None and f.kind in ("killed", "wounded")]
        killed = [f for f in counted if f.kind == "killed"]
        wounded = [f for f in counted if f.kind == "wounded"]
        if len(killed) == 1 and len(wounded) == 1:
            # "56 civilians killed and 595 wounded since the fighting began": one count, two figures
            groups = [(killed[0], wounded[0])]
        else:
            groups = [(f, None) if f.kind == "killed" else (None, f) for f in counted]
        for k, w in groups:
            lead = k or w
            self.tolls.append(
                Toll(
                    killed=k.count if k is not None else None,
                    wounded=w.count if w is not None else None,
                    qualifier=lead.qualifier,
                    since=since,
                    by=_nearest_source(sources, sent, lead),
                    text=sent.text,
                    span=(sent.start, sent.end),
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
                if _initials(name):
                    # "the Rapid Support Forces" ... "the RSF": the short form is the same side
                    known.setdefault(_initials(name), country)
        # "Ukrainian President Volodymyr Zelenskiy" anywhere in the parsed story names his side for a
        # later bare "Zelenskiy"
        for s in self.sents:
            for e in s.doc.ents if s.doc is not None else ():
                if e.label_ == "ORG" and _initials(e.text):
                    known_side, code = lexicon_side(e.text)
                    if known_side and code:
                        known.setdefault(_initials(e.text), code)
                if e.label_ != "PERSON" or e.start == 0:
                    continue
                # the title runs straight into the name ("Ukrainian President Volodymyr Zelenskiy",
                # "Israel's army spokesman X"): a demonym before a verb is the doer of a clause whose
                # object the tagger took for a person ("Russian forces shelled Kherson")
                k = e.start
                while k > max(0, e.start - 3) and s.doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ", "PART"):
                    k -= 1
                title = s.doc[k : e.start]
                code = next(
                    (country_code(t.text) for t in title if t.text[:1].isupper() and country_code(t.text)),
                    None,
                )
                if code:
                    known.setdefault(e[-1].text.lower(), code)
        for p in parties:
            # an insurgent group left without a side keeps none: "a rebel group in Myanmar" shares
            # its last word with no office-holder, and a claim's guess from its place is no side
            if p.country is None and p.name and not _settled(p) and not _non_state(p) and not _town(p.name):
                p.country = known.get(p.name.split()[-1].lower())

    def coalesce(self) -> list[_Draft]:
        """Merge events told twice (lead + body): same category, compatible figures, actor and date."""
        self._link_names()
        out: list[_Draft] = []
        for d in self.drafts:
            # two acts read from one sentence were told apart there ("fired rockets, drawing artillery
            # strikes in retaliation"); only drafts of other sentences may be the same act again
            # (a wave of strikes told as the told act's frame takes no detail: the detail is the act's)
            others = [o for o in out if o.sent.start != d.sent.start and not o.wave]
            if d.followed or d.wave:
                others = []  # the act the told one came after, or the wave it was part of: another act
            twin = next((o for o in others if _goes_on_about(o, d)), None)
            twin = twin or next((o for o in others if _compatible(o, d)), None)
            if twin is None and d.category == "ASSAULT":
                twin = _elaborated(others, d)
            if twin is None:
                out.append(d)
            else:
                _merge(twin, d)  # (a day a toll rose or a lead was reported gives way there)
        for d in out:
            if d.category == "AGREE":
                self._narrow_agreed_day(d)
            if d.actor is None:
                d.actor = d.credited or d.blamed
        # "Officials blamed the blast on 2,750 tonnes of ammonium nitrate stored at the port": an
        # explosion no weapon or armed side is named for, told with accident words, is no attack
        out = [d for d in out if not _accident(d)]
        history = [d for d in out if self._year_only_history(d)]
        # (a story that tells nothing else, "The Westgate mall attack killed 67 people in 2013", is
        # about that act)
        return [d for d in out if d not in history] if len(history) < len(out) else out

    def _year_only_history(self, d: _Draft) -> bool:
        """'Soleimani ... was killed in a U.S. drone strike in Baghdad in 2020', told in a 2024 story
        about a bombing: an act dated only by a past year is context, not an event the story reports
        (coding guide: year-only context is not coded; a background act needs its month or day)."""
        w = d.when
        if w is None or w.precision != "year" or not w.date or self.anchor is None:
            return False
        return int(w.date[:4]) < self.anchor.year


# "..., residents said, ..." / "..., police told Reuters, ...": an attribution set off between a day and
# the "two days after" counted from it
_SAYING_BETWEEN = re.compile(
    r"^[\s,\u2014-]*(?:[\w'.\-]+\s+){0,4}(?:said|say|says|told\s+[\w.]+|reported)[\s,\u2014-]*$",
    re.IGNORECASE,
)


def _initials(name: str) -> str | None:
    """ "Rapid Support Forces" -> "rsf": the acronym a story may use for a name of three or more
    capitalised words (shorter ones make acronyms too common to trust)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(words) < 3 or len(words) != len([w for w in name.split() if w.lower() not in ("the",)]):
        return None
    return "".join(w[0] for w in words).lower()


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
    cur, below = tok, None
    while cur.i != a.verb.i:
        if (
            below is not None
            and below.dep_ == "ccomp"
            and cur.dep_ == "ccomp"
            and is_reporting_verb(cur)
            and _child(cur, "nsubj") is not None
        ):
            # "Syria's army said that it had redeployed its troops ..., the monitor said": the act is what
            # the nearer report says; the outer one only relays that report (not "the bomber claimed to
            # feel ill before detonating ..., the ministry said", where no report is reported)
            return False
        below = cur
        # "accused Y of ..., as Washington urged": a clause beside the report is not reported by it; deeper
        # down, "claimed to be making gains since the fighting began by retaking areas" still is
        marks = [c for c in cur.children if c.dep_ == "mark" or c.lower_ in ("as", "while")]
        if (
            cur.dep_ == "advcl"
            and marks
            and (cur.head.i == a.verb.i or any(m.lower_ in ("as", "while", "whereas") for m in marks))
        ):
            return False
        if cur.dep_ == "advcl" and _dated_from(cur):
            # "said its fighters had seized the town, five days after insurgents launched an attack on
            # it": the act the reporter dates the reported one from is the reporter's timeline
            return False
        if (
            cur.dep_ == "conj"
            and cur.head.i == a.verb.i
            and (not is_reporting_verb(cur) or _child(cur, "nsubj") is not None)
            and not _goes_on_saying(cur, a.verb)
        ):
            # "admitted losses and called on volunteers": a second act, not what is admitted; "the
            # military said ..., and Netanyahu vowed ...": a clause with a subject of its own
            return False
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
            if _closing_report(a.verb) and tok.i < a.verb.i:
                return True  # "... and wounded 138 others, aid group MSF said": parsed as a relative clause
            return (
                a.verb.dep_ in ("ROOT", "parataxis", "ccomp")
                and tok.i not in {t.i for t in a.verb.subtree}
                and a.verb.head.i == a.verb.i
            )
        cur = cur.head
    return True


def _routine_source(d: _Draft, a: Attribution, c: Claim, figs: list[Figure], lead: bool) -> bool:
    """'A man was fatally stabbed outside a nightclub early Saturday, police said', 'Police officers
    ... shot and killed a man holding a pipe, police said', 'Smith was arrested on Wednesday, police
    said': the police telling a story's first act, or an arrest (their own act), with no count beyond
    one and no doer but themselves, is the reporter's routine sourcing of a plain fact (coding guide:
    a claim gives a figure or blames someone; narration is none). A lead that names a doer ('Gunmen
    shot dead a shopkeeper, police said') or gives a count ('Three people were shot dead', 'arrested
    13 people') keeps its source; so does a lead whose source opens it ('Police say X was arrested
    after a shooting': the shooting's claim), a claim of responsibility and any denial."""
    if c.stance != "asserts" or a.pronoun or names_culprit(a) or not c.by:
        return False
    if not set(f"{c.by} {c.role or ''}".lower().split()) & word_set("attribution", "routine_lead_sources"):
        return False  # "..., the Ministry of Defence said": a body of the state speaking on the record
    if lead and d.category != "COERCE" and a.span[0] < d.trigger.idx:
        return False
    if any(f.count is not None and f.count > 1 for f in figs):
        return False
    if any(t.dep_ == "nummod" and t.head.dep_ in ("dobj", "nsubjpass", "nsubj") for t in d.trigger.subtree):
        return False  # "arrested five suspects", "13 people were detained": a count of those held
    if d.actor is None or not d.actor.name:
        return True
    return bool(set(c.by.lower().split()) & set(d.actor.name.lower().split()))


def _dated_from(clause: Token) -> bool:
    """'five days after insurgents launched an attack', 'hours before the ceasefire took effect': a
    clause set a measured time from another act, which only dates the one it hangs on."""
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
    if not marks:
        return False
    # the measure hangs on the clause or on its 'after' ("five days after": days <- after)
    return any(
        c.dep_ == "npadvmod" and (c.ent_type_ in ("DATE", "TIME") or c.lemma_.lower() in _TIME_UNITS)
        for h in (clause, *marks)
        for c in h.children
    )


_TIME_UNITS = frozenset({"minute", "hour", "day", "week", "month", "year", "moment"})


def _goes_on_saying(clause: Token, verb: Token) -> bool:
    """'Prosecutor X said the boy had left a bomb at the market, but the device did not go off': the
    small model hangs the 'but' clause on 'said' as a clause of its own. When its subject is the weapon
    or the act told, or its dead or doers (none of them speaking here), it goes on with what X said;
    'but residents said ...' or 'but the president vowed ...' stay clauses of their own."""
    if is_reporting_verb(clause) or not any(c.dep_ == "ccomp" for c in verb.children):
        return False
    if not any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children):
        return False
    subj = _child(clause, "nsubj", "nsubjpass")
    told = word_set("attribution", "event_reference_words")
    return (
        subj is not None
        and subj.pos_ == "NOUN"
        and (_is_weapon(subj) or subj.lemma_.lower() in _ANAPHOR_NOUNS | told or subj.lower_ in told)
    )


def _own_words(d: _Draft, a: Attribution) -> bool:
    """'... said the rocket was launched by Hezbollah, and Netanyahu vowed revenge': a vow, appeal or
    threat by a named speaker of its own is that speaker's act, not something the first source reports
    (however deep the parser hangs it)."""
    if d.category == "AGREE" and a.verb is not None and d.trigger.pos_ == "VERB":
        # "The rebels say the bombing forced them to capitulate and agree to surrender deals", "the group
        # said it had agreed to a truce": a pronoun doer under the speaker's verb is the speaker's own
        # side telling its own agreement (what it claims is about the rest: the bombing)
        cur, doer = d.trigger, _child(d.trigger, "nsubj")
        while doer is None and cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
            if cur.dep_ == "xcomp":
                doer = _child(cur.head, "dobj") or _child(cur.head, "nsubj")
            cur = cur.head
            doer = doer or _child(cur, "nsubj")
        return doer is not None and doer.lower_ in ("it", "they", "them", "we", "us")
    if d.category not in ("THREATEN", "REQUEST") or a.verb is None or d.trigger.dep_ != "conj":
        return False  # ("state media said X had agreed to leave": the agreement is what is reported)
    subj = _child(d.trigger, "nsubj")
    return subj is not None and subj.pos_ == "PROPN"


def _concrete(tok: Token) -> bool:
    """Does an accused act come with a place, a named target or a time ("accused Azerbaijan of
    shelling Stepanakert and other towns overnight"), not only a kind ("of new attacks")?"""
    sub = list(tok.subtree)
    if any(w.ent_type_ in ("GPE", "LOC", "FAC") or w.lemma_.lower() in _PLACE_NOUNS for w in sub):
        return True
    if any(w.pos_ == "PROPN" and w.dep_ in ("dobj", "pobj", "conj") for w in sub):
        return True
    return bool(dates.find_dates(tok.doc[sub[0].i : sub[-1].i + 1].text))


def _counted_from(tok: Token, found: tuple[int, int, str], through_reports: bool = True) -> bool:
    """'The missiles hit homes, a day after a truce failed', 'resumed on Friday, a day after a suicide
    bombing killed 13': the trigger's act is what "a day after" counts from, so the expression dates
    the other clause; for this act it is no date of its own. ``through_reports``: also when the act is
    told in a clause the "after" clause reports ("after the military said it had cut its troops")."""
    surface = found[2].lower().rstrip()
    word = next((w for w in ("after", "before") if surface.endswith(w)), None)
    if word is None:
        return False
    if any(c.dep_ == "mark" and c.lower_ == word for c in _clause(tok).children):
        return True
    last = _token_at(tok.doc, found[0] + len(found[2].rstrip()) - 1)
    if last.lower_ != word:
        return False
    if last.head.dep_ == "npadvmod" and last.head.head.i == _clause(tok).i != tok.i:
        return True  # "a day after a rocket attack killed 12": 'after' parsed under the day, on the clause
    if tok.i in {t.i for t in last.subtree}:
        return True
    if not through_reports:
        return False
    # "came less than a week after the military said it had cut its troops": "after" marks a clause
    # the trigger's clause is reported in
    cur = _clause(tok)
    for _ in range(4):
        if any(c.i == last.i and c.dep_ == "mark" for c in cur.children):
            return True
        if cur.dep_ not in ("ccomp", "xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _after_other(tok: Token, found: tuple[int, int, str]) -> bool:
    """'The bombing came a day after an earthquake struck', 'The shooting came two days after a bomber
    killed 14': the trigger is the subject of the clause the "after"/"before" hangs on, so the phrase
    relates it to the other act (whose day it may not give) and is never counted from the dateline."""
    surface = found[2].lower().rstrip()
    if not surface.endswith(("after", "before")):
        return False
    last = _token_at(tok.doc, found[0] + len(found[2].rstrip()) - 1)
    clause = _clause(tok)
    hook = last.head if last.dep_ == "mark" else last
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i == clause.i and hook.head.i == clause.i != hook.i


def _relates_other(tok: Token, found: tuple[int, int, str]) -> bool:
    """Is the date not the trigger's own: counted from its act, or inside another after/before/until/
    since clause ("took effect at 2 a.m. after the cabinet voted on Thursday night")?"""
    if _counted_from(tok, found):
        return True
    verb = _clause(tok)
    other = _clause(_token_at(tok.doc, found[0]))
    return (
        other.i != verb.i
        and other.dep_ == "advcl"
        and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "until", "since") for c in other.children
        )
    )


def _before_dated_act(text: str, found: tuple[int, int, str], trigger_char: int) -> bool:
    """Is the date at ``found`` that of a later act the trigger's act came before ("held a day of
    mourning on Friday after six people were killed")? Read on the text, since the parser often hangs
    such clauses elsewhere: the date, then "after"/"following", then the trigger, in one clause."""
    start, end, _surface = found
    between = text[end:trigger_char]
    return (
        start < trigger_char
        and bool(re.search(r"\b(?:after|following)\b", between))
        and not re.search(r"[.;:]", between)
    )


def _answering(tok: Token) -> bool:
    """An attack told as the reply to another: "drawing artillery strikes in retaliation",
    "prompting air strikes in response"."""
    words = word_set("triggers", "reply_words")
    clause = _clause(tok)
    if clause.lemma_.lower() in word_set("triggers", "provoke_verbs"):
        return True
    preps = [c for c in [*clause.children, *tok.children] if c.dep_ == "prep" and c.lower_ == "in"]
    return any(g.lower_ in words for p in preps for g in p.children)


def _answered_act(tok: Token, act: Token) -> Token | None:
    """The phrase of the act ``act`` was told as the reply to, when ``tok`` is the act noun in it: 'struck
    targets in retaliation for a drone attack that killed three soldiers' -> 'attack'; 'in revenge for the
    killing of General X in a U.S. drone strike' (``tok`` 'strike') -> 'killing', the head of the whole
    phrase (triggers.json reply_words, the object of their 'for' / 'to'). None when ``tok`` is in no such
    phrase."""
    if tok.pos_ != "NOUN":
        return None
    words = word_set("triggers", "reply_words")
    for anc in tok.ancestors:
        if anc.dep_ == "prep" and anc.lower_ in ("for", "to", "against"):
            # (the parser may hang "for an ambush" on the verb beside "in revenge")
            reply = anc.head if anc.head.lower_ in words else anc.doc[anc.i - 1] if anc.i > 0 else anc
            frame = reply.head
            if (
                reply.lower_ in words
                and reply.dep_ == "pobj"
                and frame.lower_ == "in"
                and frame.head.i in (act.i, _clause(act).i)
            ):
                # the whole answered phrase: "the killing of General X in a U.S. drone strike in Baghdad"
                return next((g for g in anc.children if g.dep_ == "pobj"), tok)
            return None
        if anc.pos_ in ("VERB", "AUX"):
            return None
    return None


def _act_before(tok: Token, act: Token, figs: list[Figure]) -> Token | None:
    """The clause of an act told as what ``act`` came some time after, when ``tok`` tells it with its own
    dead: 'struck targets on Sunday, a day after a rocket attack on a football pitch killed 12 children',
    'hours after a drone strike on Belgorod killed two' -> the 'killed' clause. The time between
    (modes.json ``sequel_gap_units``: 'a day', 'hours') says they are two acts; None otherwise."""
    clause, own = _clause(tok), _clause(act)
    if clause.i == own.i or clause.dep_ != "advcl" or clause.head.i != own.i:
        return None
    markers = set(load("modes")["sequel_markers"])
    units = set(load("modes")["sequel_gap_units"])
    # ("two days after" is parsed with the days on the clause or on its "after")
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in markers]
    gaps = [
        t
        for t in [*clause.children, *(c for m in marks for c in m.children)]
        if t.dep_ == "npadvmod" and t.lemma_.lower() in units
    ]
    marked = bool(marks) or any(c.lower_ in markers for g in gaps for c in g.children)
    inside = {t.i for t in clause.subtree}
    counted = any(f.trigger is not None and f.trigger.i in inside and f.count is not None for f in figs)
    return clause if gaps and marked and counted else None


_PROPERTY_MODES = frozenset({"arson", "looting"})


def _time_mark(noun: Token, act: Token, figs: list[Figure]) -> bool:
    """Is ``noun`` an act named only as the time ``act`` is told from: 'Hours after the strike, a drone
    hit a fuel depot', 'A day after the attack, militants fired rockets' (the noun governed by an
    "after"/"before" on ``act``'s clause, with no dead, place or day of its own in its phrase -- an act
    told in full there, 'a day after a rocket attack killed 12', is told apart by ``_act_before``)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "before"):
        return False
    if act.i in {t.i for t in noun.subtree}:
        return False
    prep = noun.head
    # the phrase hangs on the act's clause, directly or through its measure ("Hours after ...")
    hooks = {prep.head.i, prep.head.head.i}
    if _clause(act).i not in hooks:
        return False
    phrase = {t.i for t in noun.subtree}
    if any(f.trigger is not None and f.trigger.i in phrase for f in figs):
        return False
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC", "DATE") for t in noun.subtree)


def _answered_phrase(noun: Token) -> list[Token]:
    """The words of an answered act: its noun's phrase and what follows it up to the clause's end ("a
    suspected Israeli strike on its embassy compound in Damascus on April 1 that killed seven officers",
    whose day and relative clause the parser may hang on the answering verb)."""
    words = list(noun.subtree)
    end = words[-1].i
    doc = noun.doc
    while end + 1 < len(doc) and doc[end + 1].text not in (",", ";", ".", ":", "—", "–", "(", ")", '"'):
        end += 1
    return words + list(doc[words[-1].i + 1 : end + 1])


def _phrase_span(head: Token, sent: Sent) -> tuple[int, int]:
    """The body offsets of an answered act's words (``_answered_phrase``)."""
    phrase = sorted(_answered_phrase(head), key=lambda t: t.i)
    return sent.start + phrase[0].idx, sent.start + phrase[-1].idx + len(phrase[-1])


def _reply_words(replies: dict[int, Token], answered: set[int], i: int) -> set[int]:
    """The token indices of the act told apart at trigger ``i``: an answering clause's subtree, or an
    answered act's phrase."""
    if i in answered:
        return {t.i for t in _answered_phrase(replies[i])}
    return {t.i for t in replies[i].subtree}


def _own_nationals(f: Figure, claims: list[Claim]) -> bool:
    """Is ``f`` a government's count of its own people ("Nine Italians had been killed, Rome said",
    "seven of its citizens were killed, Japan said")? Part of the dead of the act told, not a rival
    count of them all (casualties.json ``national_nouns``)."""
    noun = f.noun
    if noun is None or not claims:
        return False
    if noun.lemma_.lower() in word_set("casualties", "national_nouns"):
        return any(c.lower_ in ("its", "their") for c in noun.children)
    code = country_code(noun.text) if noun.text[:1].isupper() else None
    return code is not None and any(c.country == code for c in claims)


def _same_clause(a: Token, b: Token) -> bool:
    """Do two triggers sit in one clause chain (one act told with two words)?"""
    ca, cb = _clause(a), _clause(b)
    return cb in _clause_chain(ca) or ca in _clause_chain(cb) or ca.i == cb.i


def _tells_attack(trig: list[tuple[Token, dict]]) -> bool:
    """Does the sentence tell an attack of its own (not only that people died)?"""
    return any(t["kind"] == "event" and t["category"] == "ASSAULT" for _tok, t in trig)


def _labelled_act(tok: Token) -> bool:
    """'in what he called a vile attack', 'in what the governor described as a cowardly act': the act
    word is a speaker's label on something that happened, not a report of a new act."""
    for a in list(tok.ancestors)[:3]:
        if a.lemma_.lower() in word_set("attribution", "labelling_verbs") and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in a.children
        ):
            return True
    return False


def _doers_identified(doc: Doc) -> bool:
    """'the attackers were separatist terrorists': the told doers said to be someone."""
    return any(
        _told_doer(t) and t.dep_ == "nsubj" and t.head.lemma_ == "be" and _child(t.head, "attr") is not None
        for t in doc
    )


def _armed_word(tok: Token) -> bool:
    """'army', 'military', 'rebel', 'police': a word naming a state force or an armed side."""
    words = word_set("modes", "state_actor_words") | set(load("modes")["armed_actor_words"])
    return bool({tok.lower_, tok.lemma_.lower(), tok.lemma_.lower() + "s"} & words)


def _aim_duds(drafts: list[_Draft], sents: list[Sent]) -> None:
    """A device that failed to go off was aimed at what the story says someone tried to attack with
    it: "A 12-year-old boy tried to blow up a Christmas market in Ludwigshafen ... He left a rucksack
    with explosives which failed to detonate" -> the Christmas market (``parties.json``
    ``attempt_verbs``, ``attempted_attack_verbs``; only a building: "tried to kill him" names a
    person the dud's own sentence would tell).

    Why: the dud's own sentence tells only the device; coders code the place it was meant to hit as
    the target. Only sentences up to the dud's own are read (an attempt told after is another one).
    """
    duds = set(load("modes")["dud_modes"])
    tries = word_set("parties", "attempt_verbs")
    attacks = word_set("parties", "attempted_attack_verbs")
    for d in drafts:
        if d.mode not in duds or d.target is not None:
            continue
        last = max(s.start for s in d.sents)
        for s in (s for s in sents if s.start <= last and s.doc is not None):
            aim = next(
                (
                    o
                    for t in s.doc
                    if t.lemma_.lower() in tries
                    for x in t.children
                    if x.dep_ == "xcomp" and x.lemma_.lower() in attacks
                    for o in x.children
                    if o.dep_ == "dobj" and _building(o)
                ),
                None,
            )
            if aim is not None:
                d.target = _party(aim)
                _to_body(d.target, s.start)
                break


def _people_counted(f: Figure) -> bool:
    """ "killed 10 people", "wounded dozens of people": a count of people, by a number or by words
    alone (a vague count has no noun token of its own, its words say whom it counts)."""
    if f.noun is not None:
        return f.noun.lemma_ in ("people", "person")
    return (f.vague or "").lower().split()[-1:] in (["people"], ["persons"])


def _holder(place: Token, act: Token) -> Token | None:
    """The force a place seized belonged to: told in its own phrase ("the army garrison", "a rebel
    stronghold", "the army's base", "the headquarters of the military's Northeastern Command"), by
    a participle of holding with its agent ("retaking areas ... in a buffer zone seized by the
    Armenians", "villages held by Russian troops"; ``parties.json`` ``holding_verbs``), or as the
    state side an 'as' clause says gave way ("seized the capital as the government collapsed";
    ``giving_way_verbs``).

    Why: the side that held a place seized lost it, and is the seizure's target (a place taken is
    ground, not a party). A force named by its own name ("New People's Army camps") is left to the
    party rules, as before."""
    holding = word_set("parties", "holding_verbs")
    for clause in act.children:
        # "the Taliban seized the capital as the Western-backed government collapsed", "captured the
        # town as government troops fled": the state side that gave way held it
        giving_way = clause.dep_ == "advcl" and clause.lemma_.lower() in word_set(
            "parties", "giving_way_verbs"
        )
        if giving_way and any(m.dep_ == "mark" and m.lower_ == "as" for m in clause.children):
            subj = _child(clause, "nsubj")
            # a state body ("the government", "government troops"), not "as residents fled"
            if subj is not None and {subj.lower_, subj.lemma_.lower()} & word_set(
                "parties", "state_body_words"
            ):
                return subj
    # the place's own participle, or that of a place the act names with 'in' ("retaking areas ...
    # in a buffer zone seized by the Armenians")
    places = [place, *(_child(c, "pobj") for c in act.children if c.dep_ == "prep" and c.lower_ == "in")]
    for p in (p for p in places if p is not None):
        for c in p.children:
            agent = _child(c, "agent") if c.dep_ == "acl" and c.lemma_.lower() in holding else None
            by = _child(agent, "pobj") if agent is not None else None
            if by is not None and (by.pos_ == "PROPN" or by.pos_ == "NOUN" and _armed_word(by)):
                return by

    def armed(t: Token) -> Token | None:
        # ("the military's" as a possessive: a common noun, not "New People's" of a named group)
        kinds = [
            c for c in t.children if c.dep_ in ("amod", "compound") or c.dep_ == "poss" and c.pos_ == "NOUN"
        ]
        return next((c for c in kinds if _armed_word(c)), None)

    of = _prep_obj(place, ("of",))
    if of is not None and of.pos_ == "NOUN" and _armed_word(of):
        return of  # "the headquarters of the army"
    return armed(place) or (armed(of) if of is not None else None)


def _armed_doer(tok: Token) -> bool:
    """An active killing verb whose subject is an armed side ('fighters', 'gunmen', 'troops')."""
    if tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
        return False
    subj = _child(tok, "nsubj")
    if subj is None:
        return False
    armed = set(load("modes")["armed_actor_words"]) | word_set("parties", "anaphoric_doers")
    return subj.lemma_.lower() in armed or subj.lower_ in armed


# taking ground or arms, which a side's account of an attack may tell as part of it (_told_again)
_TAKING_MODES = frozenset({"seize", "weapons seized"})

# emergency measures a government declares (one declaration may name several)
_MEASURE_MODES = frozenset({"state of emergency", "curfew", "martial law", "state of siege"})

# "since 2012", "since the 1990s": a war's years, not the day of a fight
_SINCE_YEAR = re.compile(r"\bsince (?:the )?(?:1[89]|20)\d\ds?\b")


def _wave_during(tok: Token, act: Token) -> Token | None:
    """The group noun of a wave of acts ``act`` happened during: 'struck the building during a wave of
    Russian strikes on Ukraine's energy infrastructure' -> 'wave' (casualties.json many_acts_groups and
    many_acts_plurals; the wave is another event, the act one of its own). None for an act told as the
    frame of the same one ('killed during a raid')."""
    lex = load("casualties")
    if tok.lower_ not in lex["many_acts_plurals"] or tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return None
    group = tok.head.head
    if group.lemma_.lower() not in lex["many_acts_groups"] or group.dep_ != "pobj":
        return None
    frame = group.head
    if frame.lower_ not in ("during", "amid") or frame.head.i != act.i:
        return None
    return group


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


_SINCE_PHRASE = re.compile(r"\bsince\b[^,;:]*$", re.I)


def _in_since_phrase(text: str, date_start: int, trigger_char: int) -> bool:
    """True if a date sits in a "since ..." phrase after the trigger ("the deadliest attack since
    fighting erupted a month ago"): it dates the war, not the event. ``since Monday`` itself (the
    date's own words) does not count. Read on the text: the parser often cuts such a sentence in two.
    """
    m = _SINCE_PHRASE.search(text, 0, date_start)
    return m is not None and m.start() < date_start and trigger_char < m.start()


def _reduced_relative(verb: Token, tok: Token) -> bool:
    """'urged them to stand by the ceasefire agreed on Sunday': a bare past participle right after a
    noun tells of that noun (the ceasefire's day), however the parser attaches it; not of ``tok``."""
    doc = verb.doc
    return (
        verb.i != tok.i
        and verb.tag_ in ("VBN", "VBD")  # the parser often reads the participle as a past tense
        and verb.i > 0
        and doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
        and doc[verb.i - 1].i != tok.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _cared_at(head: Token) -> Token:
    """The noun a place phrase hangs on, through a relative clause ("a hospital it supports in Saada")."""
    return head.head if head.dep_ in ("relcl", "acl") else head


def _own_phrase(tok: Token) -> set[int]:
    """Token indices of a noun's own phrase: its subtree without appositions and without the relative
    clauses of other nouns in it ("the bomb that exploded on Sunday" is the bomb's; in "the strike on a
    convoy that had left Kabul on Monday" Monday is the convoy's)."""
    out: set[int] = set()
    todo = [tok]
    while todo:
        cur = todo.pop()
        out.add(cur.i)
        todo.extend(
            c
            for c in cur.children
            if c.dep_ != "appos" and (cur.i == tok.i or c.dep_ not in ("relcl", "acl"))
        )
    return out


def _in_relative(tok: Token) -> bool:
    return any(a.dep_ in ("relcl", "acl") for a in [tok, *tok.ancestors])


def _subj_i(a: Attribution) -> int:
    subj = _child(a.verb, "nsubj") if a.verb is not None else None
    return subj.i if subj is not None else -1


@cache
def _claim_only_rx() -> re.Pattern[str]:
    words = load("attribution").get("claim_only_stems", [])
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.IGNORECASE)


def _claims_only(text: str) -> bool:
    """Is a sentence a candidate only for a reporting word ('said', 'told')? Then it is read for its
    claimant alone: without an event word it can only say more about an event told before."""
    if not load("attribution").get("claim_only_stems"):
        return False
    claim = _claim_only_rx()
    for m in _candidate_rx().finditer(text):
        word = claim.match(text, m.start())
        # a stem of several words that starts with a reporting word ("told residents") is an event
        # word: "... and told residents to stay calm" is an appeal
        if word is None or word.end() < m.end():
            return False
    return True


def _person_subject(doc: Doc) -> str | None:
    """The person a sentence's main clause is about ('President Joe Biden vowed ...' -> 'Joe Biden')."""
    for e in doc.ents:
        if e.label_ == "PERSON" and e.root.dep_ == "nsubj" and e.root.head.dep_ == "ROOT":
            return e.text
    return None


def _accusation_words(verb: Token) -> set[int]:
    """What an accusation says ('accused Y of firing rockets', 'blamed Y for the bombing'): the verb's
    subtree without the clauses joined to it ('... and said two suspects had been detained')."""
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in verb.subtree} - joined


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


def _state_words(description: str) -> bool:
    """Does a description name a state body ('the government', 'the army')?"""
    return bool(set(description.lower().split()) & word_set("attribution", "state_bodies"))


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


_DEFINED_ACRONYM = re.compile(
    r"\b((?:[A-Z][\w'’.-]*\s+)(?:(?:of|for|the|and|on|de|al)\s+|[A-Z][\w'’.-]*\s+)*?[A-Z][\w'’.-]*)"
    r"\s*\(\s*([A-Z][A-Za-z.]{1,9})\s*\)"
)


# the unnamed voice of a body: "an MoD spokesman" speaks for the Ministry of Defence
_SPEAKER_ROLES = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"}
)


def _defined_acronyms(body: str) -> dict[str, str]:
    """Acronyms a story spells out in parentheses: 'The Ministry of Defence (MoD)' -> {'MoD': ...},
    'the Rapid Support Forces (RSF)'. The acronym's capitals must be the initials of the name's
    capitalised words, read from the end of the name (a name may be preceded by other capitals)."""
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(body):
        long, short = m.group(1), m.group(2)
        caps = [c for c in short if c.isupper()]
        if len(caps) < 2:
            continue
        words = long.split()
        # take the shortest tail of the name whose capitalised words' initials spell the capitals
        for k in range(len(words) - 1, -1, -1):
            tail = words[k:]
            if tail[0][:1].isupper() and [w[0] for w in tail if w[:1].isupper()] == caps:
                out.setdefault(short, " ".join(tail))
                break
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
        filed = _dateline_mentions(article.body)
        # no word of an armed group's name is a toponym ("positions of Boko Haram")
        groups = _group_names(article.body, sents)
        mentions = _outside(_mentions(sents), groups) + filed
        mentions += _outside(geocoder.settlement_mentions(article.body, mentions), groups)
        mentions += geocoder.known_place_mentions(_outside(_locatives(sents), groups), mentions)
        resolved = geocoder.resolve_article(article.body, mentions)
        # the towns the story names, counted in the sentences the parser never saw too
        # (one sense per discourse: each takes its name's reading, no second resolution)
        repeated = geocoder.repeated_mentions(article.body, mentions, resolved)
        if repeated:
            reading = {m.text: resolved[(m.start, m.end)] for m in mentions if (m.start, m.end) in resolved}
            for m in repeated:
                resolved[(m.start, m.end)] = replace(reading[m.text], text=m.text, span=(m.start, m.end))
            mentions += repeated
        places = geocoder.article_places(article.body, resolved, mentions, not_places=groups)
        for d in reader.drafts:
            own = _own_part(d, d.sent)
            d.place = places.event_place(
                own.start, own.end, verbal=_verbal(d), anchor=d.sent.start + d.trigger.idx
            )
        drafts = reader.coalesce()
        reader.recast_disputes(drafts)
        drafts = [d for d in drafts if _substantive(d) and not _future(d, reader.anchor)]
        _aim_duds(drafts, sents)
        scene = _Scene(
            article,
            geocoder,
            resolved,
            mentions,
            sents,
            home=_home_country(article, geocoder, resolved, mentions, filed),
            filed=frozenset((m.start, m.end) for m in filed),
            scenes=tuple(
                (d.sent.start, d.place)
                for d in drafts
                if d.category not in VERBAL
                and d.place is not None
                and d.place.precision in ("point", "district")
            ),
            violent=frozenset(x.start for d in drafts if d.category == "ASSAULT" for x in d.sents),
            talks=tuple(
                (d.sent.start, d.place) for d in drafts if d.category == "CONSULT" and d.place is not None
            ),
            groups=tuple(groups),
        )
        events = [_finish(scene, d) for d in drafts]
        _pair_counter_acts(drafts, events)
        _aim_at_the_lead_attacker(events)
        out.append((events, reader.tolls))
    return out
