"""Actor-targeted tone: how warm or hostile each sentence is toward each actor it names.

A lexicon method that ships offline. Cues come from three sources, the first
that has a word wins: nkwatch's reviewed state-media cues (``tone-LANG.toml``,
single words and phrases such as "merciless punishment"), its epithet lexicon
(insults found outside the mention they insult), and, for English, VADER's
general lexicon (``vader_lexicon.txt``, valences read directly and scaled to
-1 .. +1). Negators flip and dampen a cue, intensifiers multiply it, and a
positive cue in scare quotes ('the "ceasefire"') turns mildly negative.

Each cue then counts toward each mention of the sentence with a weight that
decays with distance and drops when the cue sits in another clause, above
all a clause about another actor; a mention's own epithets count strongly
against it. The evidence S becomes a tone with ``S / sqrt(S² + alpha)``.
Every number is a parameter in ``tone-params.toml``, with a note.

>>> from nkwatch.analysis.pipeline import annotate
>>> doc = annotate("Kim Jong Un warmly congratulated Xi Jinping.", date="2017-10-25")
>>> [(m.actor, m.tone > 0) for m in doc.mentions]
[('kim-jong-un', True), ('xi-jinping', True)]
"""

import bisect
import math
import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import Any

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

from nkwatch.analysis.automata import Automaton
from nkwatch.analysis.document import Document, Mention
from nkwatch.analysis.lexicon import Lexicon, load_lexicon
from nkwatch.analysis.registry import load_registry
from nkwatch.analysis.tokens import lower_same_length

# Cues are found by one Aho-Corasick automaton over a "words only" copy of the
# lower-cased text: the same length, punctuation turned into spaces, so every
# key " word " matches whole words only and offsets stay those of the text.
_PUNCTUATION = "!\"#$%&()*+,./:;<=>?@[\\]^_`{|}~\t\n\r“”‘—–…·«»"
_TO_WORDS = str.maketrans({**{c: " " for c in _PUNCTUATION}, "’": "'"})
_EDGE_APOSTROPHE = re.compile(r"'(?:(?!\w)|(?<!\w'))")
_BREAK = re.compile(r"[,;:\"“”—–()]|--")
_NEXT_WORD = re.compile(r"\W*(\w+)")
_OPEN_QUOTE = re.compile(r"(?<!\w)[\"“‘']((?:\w[\w'’\-]*\s)*)$")
_CLOSE_QUOTE = re.compile(r"((?:\s\w[\w'’\-]*)*)[\"”’'](?!\w)")
_PUNCT_BOUNDS = re.compile(r"[;:,—–]|--")
_QUOTE = re.compile(r"[\"“‘]")
_RELATIVE = (", who ", ", whose ", ", which ", " who ", " whose ", " which ")
_CLAUSE_END = re.compile(r"[,;:—–]|--")
_FILLERS = re.compile(r"(?:\s+|[\"“]|(?:the|a|an|its|their|his|her|and)\b)*")
CUE, NEGATOR, INTENSIFIER, IRREALIS, CLAUSE = 0, 1, 2, 3, 4


@dataclass(frozen=True)
class ToneParams:
    """The stage's parameters (``tone-params.toml``, one field per ``[tone.SECTION.NAME]``)."""

    vader_divisor: float
    vader_weight: float
    vader_min_valence: float
    vader_ignore_names: tuple[str, ...]
    vader_ignore_senses: tuple[str, ...]
    vader_ignore_topics: tuple[str, ...]
    vader_ignore_negators: tuple[str, ...]
    vader_booster: float
    vader_dampener: float
    inflection_min_length: int
    inflection_vader_kinds: tuple[str, ...]
    negation_window: int
    negation_window_after_ko: int
    negation_factor: float
    negation_not_before: tuple[str, ...]
    negation_ko_whole_words: tuple[str, ...]
    intensifier_window: int
    irrealis_words: tuple[str, ...]
    irrealis_window: int
    irrealis_positive_factor: float
    quotes_max_words: int
    quotes_positive_factor: float
    quotes_negative_factor: float
    attribution_half_life: float
    attribution_neighbour_clause: float
    attribution_other_actor_clause: float
    attribution_clause_words: tuple[str, ...]
    attribution_own_country: str
    attribution_own_side_hostile: float
    attribution_place_words: tuple[str, ...]
    attribution_place_suffixes_ko: tuple[str, ...]
    attribution_place_weight: float
    cues_anti_prefix: float
    epithets_strength: float
    epithets_default_weight: float
    epithets_quoted_title_weight: float
    epithets_cue_kinds: tuple[str, ...]
    score_alpha: float
    article_neutral_weight: float


def parse_params(text: str) -> ToneParams:
    """Read the parameters from TOML text; every field must be there, and nothing else.

    >>> text = (resources.files("nkwatch") / "data/lexicons/tone-params.toml").read_text()
    >>> parse_params(text).negation_window
    3
    """
    flat: dict[str, Any] = {}
    for section, table in tomllib.loads(text)["tone"].items():
        for name, entry in table.items():
            value = entry["value"]
            flat[f"{section}_{name}"] = tuple(value) if isinstance(value, list) else value
    expected = {f.name for f in fields(ToneParams)}
    if set(flat) != expected:
        raise ValueError(f"tone-params.toml: missing {sorted(expected - set(flat))},"
                         f" unknown {sorted(set(flat) - expected)}")
    return ToneParams(**flat)


@lru_cache(maxsize=1)
def load_params() -> ToneParams:
    """The parameters shipped with nkwatch (read once).

    >>> load_params().negation_factor
    -0.74
    """
    path = resources.files("nkwatch") / "data" / "lexicons" / "tone-params.toml"
    return parse_params(path.read_text(encoding="utf-8"))


# -- building the matcher --------------------------------------------------------------


def words_only(lowered: str) -> str:
    """Punctuation to spaces (offsets kept), curly apostrophes straight, quotes off words.

    >>> words_only('the "ceasefire", the u.s. and korea’s "peace"')
    "the  ceasefire   the u s  and korea's  peace "
    >>> words_only("their 'peace' and koreans' own")
    'their  peace  and koreans  own'
    """
    out = lowered.translate(_TO_WORDS)
    return _EDGE_APOSTROPHE.sub(" ", out) if "'" in out else out


def entry_key(text: str) -> str:
    """A lexicon entry as the matcher compares it (see :func:`words_only`).

    >>> entry_key("Merciless  Punishment"), entry_key("the U.S.")
    ('merciless  punishment', 'the u s')
    """
    return words_only(text.lower()).strip()


def word_forms(word: str, min_length: int = 4, kinds: tuple[str, ...] = ("s", "ed", "ing")
               ) -> list[str]:
    """Regular inflections of an English cue word: plural/-s, -ed, -ing (those asked for).

    >>> word_forms("denounce")
    ['denounces', 'denounced', 'denouncing']
    >>> word_forms("puppet", kinds=("ed", "ing"))
    ['puppeted', 'puppeting']
    >>> word_forms("ha"), word_forms("condemned"), word_forms("ally")
    ([], [], ['allies', 'allied', 'allying'])
    """
    if not word.isalpha() or len(word) < min_length or word.endswith(("ed", "ing", "s")):
        return []
    if word.endswith("y") and word[-2] not in "aeiou":
        forms = {"s": word[:-1] + "ies", "ed": word[:-1] + "ied", "ing": word + "ing"}
    elif word.endswith("e"):
        forms = {"s": word + "s", "ed": word + "d", "ing": word[:-1] + "ing"}
    else:
        plural = word + "es" if word.endswith(("x", "z", "ch", "sh")) else word + "s"
        forms = {"s": plural, "ed": word + "ed", "ing": word + "ing"}
    return [forms[k] for k in ("s", "ed", "ing") if k in kinds]


def with_forms(entries: dict[str, float], min_length: int,
               kinds: tuple[str, ...] = ("s", "ed", "ing")) -> dict[str, float]:
    """Add the inflections of each entry's last word, never replacing a listed entry.

    >>> with_forms({"warmly welcome": 0.7}, 4)["warmly welcomed"]
    0.7
    """
    out = dict(entries)
    for key, value in entries.items():
        head, _, last = key.rpartition(" ")
        for form in word_forms(last, min_length, kinds):
            out.setdefault(f"{head} {form}" if head else form, value)
    return out


def vader_entries(params: ToneParams) -> dict[str, float]:
    """VADER's word and phrase valences scaled to -1 .. +1, minus the ignored words.

    >>> entries = vader_entries(load_params())
    >>> entries["hostile"], "party" in entries
    (-0.3, False)
    """
    ignored = {*params.vader_ignore_names, *params.vader_ignore_senses,
               *params.vader_ignore_topics, *NEGATE, *BOOSTER_DICT}
    path = resources.files("vaderSentiment") / "vader_lexicon.txt"
    out: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, valence = line.split("\t")[:2]
        if not re.fullmatch(r"[a-z][a-z' \-]*[a-z]", word) or word in ignored:
            continue
        if abs(float(valence)) >= params.vader_min_valence:
            scaled = float(valence) / params.vader_divisor * params.vader_weight
            out[entry_key(word)] = round(scaled, 4)
    return out


def epithet_entries(lexicon: Lexicon, params: ToneParams, lang: str) -> dict[str, float]:
    """Epithets of the cue kinds (nouns, modifiers, predicates) as hostile cues.

    >>> from nkwatch.analysis.lexicon import Epithet
    >>> lex = Lexicon({"puppet": Epithet("puppet", "modifier", -0.6, "en")}, {}, {}, {},
    ...               set(), {}, "")
    >>> epithet_entries(lex, load_params(), "en")
    {'puppet': -0.6}
    """
    return {entry_key(e.text): e.weight for e in lexicon.epithets.values()
            if e.lang == lang and e.kind in params.epithets_cue_kinds}


def cue_entries(lexicon: Lexicon, lang: str) -> dict[str, float]:
    """nkwatch's own tone cues of one language.

    >>> from nkwatch.analysis.lexicon import Cue
    >>> lex = Lexicon({}, {}, {}, {"warmly congratulated": Cue("warmly congratulated", 0.8,
    ...               "en")}, set(), {}, "")
    >>> cue_entries(lex, "en")
    {'warmly congratulated': 0.8}
    """
    return {entry_key(c.text): c.weight for c in lexicon.cues.values() if c.lang == lang}


def cue_table(lexicon: Lexicon, params: ToneParams, lang: str) -> dict[str, tuple[float, str]]:
    """Every cue of a language: key -> (value, source); tone cues win, then epithets, VADER.

    >>> bare = Lexicon({}, {}, {}, {}, set(), {}, "")
    >>> table = cue_table(bare, load_params(), "en")
    >>> table["reckless"], table["denounced"]
    ((-0.3187, 'vader'), (-0.2625, 'vader'))
    """
    layers: list[tuple[str, dict[str, float]]] = []
    epithets = epithet_entries(lexicon, params, lang)
    cues = cue_entries(lexicon, lang)
    if lang == "en":
        vader = with_forms(vader_entries(params), params.inflection_min_length,
                           params.inflection_vader_kinds)
        layers.append(("vader", vader))
        epithets = with_forms(epithets, params.inflection_min_length)
        cues = with_forms(cues, params.inflection_min_length)
    layers += [("epithet", epithets), ("cue", cues)]
    return {key: (value, source) for source, entries in layers
            for key, value in entries.items() if key}


def build_automaton(cues: dict[str, tuple[float, str]], negators: set[str],
                    intensifiers: dict[str, float], lang: str,
                    whole_words: frozenset[str] = frozenset(), irrealis: tuple[str, ...] = (),
                    clause_words: tuple[str, ...] = ()) -> Automaton:
    """The one compiled matcher: cues, negators, intensifiers, irrealis and clause words.

    English keys are ``" key "``: whole words only. Korean glues particles and
    endings to words and writes compounds as one word, so Korean cues match
    anywhere in a word ("도발" in "전쟁도발을"), and negators and intensifiers
    at a word's beginning ("않" in "않았다"), except ``whole_words`` ("안", not
    "안보"). Values: (offset of the word from the match's last character,
    kind, value, key).

    >>> auto = build_automaton({"reckless": (-0.3, "vader")}, {"not"}, {}, "en")
    >>> [auto.values[i][1:] for i, _, _ in auto.find(" not reckless ")]
    [(1, 1.0, 'not'), (0, -0.3, 'reckless')]
    >>> auto = build_automaton({"도발": (-0.6, "cue")}, {"않"}, {}, "ko")
    >>> [(end - 1 - auto.values[i][0], auto.values[i][3])
    ...  for i, _, end in auto.find(" 전쟁도발을 않았다 ")]
    [(2, '도발'), (6, '않')]
    """
    words: dict[str, tuple[int, int, float, str]] = {}
    entries: list[tuple[str, int, float]] = []
    entries += [(entry_key(w), NEGATOR, 1.0) for w in negators]
    entries += [(entry_key(w), INTENSIFIER, f) for w, f in intensifiers.items()]
    entries += [(entry_key(w), IRREALIS, 1.0) for w in irrealis]
    entries += [(entry_key(w), CLAUSE, 0.0) for w in clause_words]
    entries += [(key, CUE, value) for key, (value, _) in cues.items()]
    for key, kind, value in entries:
        if not key:
            continue
        if lang != "ko" or key in whole_words:
            padded = f" {key} "
        else:
            padded = key if kind == CUE else f" {key}"
        back = len(key) + padded.endswith(" ")
        words[padded] = (back, kind, value, key)
    if not words:
        words["\0"] = (1, INTENSIFIER, 1.0, "\0")  # an automaton needs a key
    return Automaton(words)


# -- the model: everything the stage needs, built once per language ----------------------


@dataclass
class ToneModel:
    """The matcher and the weights of one language, with the stage's parameters."""

    lang: str
    params: ToneParams
    automaton: Automaton
    epithets: dict[str, float]
    negators: frozenset[str] = frozenset()
    own_side: dict[str, bool] = field(default_factory=dict)
    decays: list[float] = field(default_factory=list)
    not_before: frozenset[str] = frozenset()

    def decay(self, words: int) -> float:
        """0.5 ** (words / half_life), from a table for the usual distances."""
        if words < len(self.decays):
            return self.decays[words]
        return 0.5 ** (words / self.params.attribution_half_life)

    def is_own(self, actor: str) -> bool:
        """Whether the actor is on the speaker's side (the outlet's own country)."""
        own = self.own_side.get(actor)
        if own is None:
            own = load_registry().country_of(actor) == self.params.attribution_own_country
            self.own_side[actor] = own
        return own


def build_model(lang: str = "en", lexicon: Lexicon | None = None,
                params: ToneParams | None = None) -> ToneModel:
    """Build the tone model of ``lang`` from a lexicon (default: the shipped one).

    English adds VADER's lexicon, negators (NEGATE) and degree adverbs
    (BOOSTER_DICT) to nkwatch's own; nkwatch's entries win.

    >>> model = build_model("en", Lexicon({}, {}, {}, {}, set(), {}, ""))
    >>> [model.automaton.values[i][1:3] for i, _, _ in model.automaton.find(" very reckless ")]
    [(2, 1.3), (0, -0.3187)]
    """
    lexicon = lexicon or load_lexicon()
    params = params or load_params()
    negators = set(lexicon.negators)
    intensifiers: dict[str, float] = {}
    if lang == "en":
        negators |= set(NEGATE) - set(params.vader_ignore_negators)
        for word, step in BOOSTER_DICT.items():
            intensifiers[word] = params.vader_booster if step > 0 else params.vader_dampener
    intensifiers.update(lexicon.intensifiers)
    whole = frozenset(entry_key(w) for w in params.negation_ko_whole_words)
    english = lang == "en"
    automaton = build_automaton(
        cue_table(lexicon, params, lang), negators, intensifiers, lang, whole,
        params.irrealis_words if english else (),
        params.attribution_clause_words if english else ())
    epithets = {e.text: e.weight for e in lexicon.epithets.values()}
    decays = [0.5 ** (d / params.attribution_half_life) for d in range(64)]
    return ToneModel(lang, params, automaton, epithets, frozenset(negators), decays=decays,
                     not_before=frozenset(params.negation_not_before))


@lru_cache(maxsize=4)
def get_model(lang: str = "en") -> ToneModel:
    """The shipped model of ``lang`` (built once per process)."""
    return build_model(lang)


# -- matching ------------------------------------------------------------------------------


@dataclass(slots=True, init=False)
class Hit:
    """A match of the automaton (cue, negator, intensifier, irrealis or clause word).

    (Its own ``__init__``, as :class:`~nkwatch.analysis.document.Mention`'s.)
    """

    start: int
    end: int
    kind: int
    value: float
    key: str
    clause: int

    def __init__(self, start: int, end: int, kind: int, value: float, key: str,
                 clause: int = 0) -> None:
        self.start = start
        self.end = end
        self.kind = kind
        self.value = value
        self.key = key
        self.clause = clause


def find_hits(model: ToneModel, padded: str, start: int = 0, end: int | None = None
              ) -> list[Hit]:
    """Matches in ``text[start:end]``, leftmost-longest, not overlapping.

    ``padded`` is ``" " + words_only(text) + " "``; offsets returned are the text's.

    >>> model = build_model("en", Lexicon({}, {}, {}, {}, set(), {}, ""))  # VADER alone
    >>> [(h.start, h.end, h.key) for h in find_hits(model, " they did not welcome it ")]
    [(9, 12, 'not'), (13, 20, 'welcome')]
    """
    stop = len(padded) if end is None else end + 2
    found = []
    values = model.automaton.values
    for index, _, end in model.automaton.find(padded, start, stop):
        back, kind, value, key = values[index]
        found.append((end - 1 - back, -len(key), kind, value, key))  # offsets in the text
    found.sort()
    hits: list[Hit] = []
    after = 0
    for first, negative_length, kind, value, key in found:
        if first >= after:
            after = first - negative_length
            hits.append(Hit(first, after, kind, value, key))
    return hits


# -- negation, intensifiers, scare quotes ---------------------------------------------------


def tokens_between(text: str, start: int, end: int) -> int:
    """Words between two offsets of normalised text (single spaces).

    >>> text = "did not at all welcome"
    >>> tokens_between(text, 7, 15), tokens_between(text, 3, 4)
    (2, 0)
    """
    return max(text.count(" ", start, end) - 1, 0) if end > start else 0


def nearest_before(text: str, hit: Hit, candidates: list[Hit], window: int) -> Hit | None:
    """The nearest candidate ending before the hit, within ``window`` tokens, no punctuation.

    >>> text = "not, at all welcome"
    >>> nearest_before(text, Hit(12, 19, 0, .5, "welcome"), [Hit(0, 3, 1, 1, "not")], 3)
    """
    for other in reversed(candidates):
        if other.end > hit.start:
            continue
        if tokens_between(text, other.end, hit.start) >= window:
            return None
        return None if _BREAK.search(text, other.end, hit.start) else other
    return None


def negated(model: ToneModel, text: str, hit: Hit, negators: list[Hit],
            names: tuple[int, ...] = ()) -> bool:
    """Whether a negator stands in the window before the cue (or after it, in Korean).

    A negator does not reach across an actor's name (``names``: where mentions
    start): in 'do not regard Trump's reckless remarks as ...' 'not' scopes
    over 'regard'.

    >>> model = build_model("en")
    >>> text = "nothing but a dotard"
    >>> negated(model, text, Hit(14, 20, 0, -.5, "dotard"), [Hit(0, 7, 1, 1, "nothing")])
    False
    """
    params = model.params
    negator = nearest_before(text, hit, negators, params.negation_window)
    if negator is not None:
        if any(negator.end <= name < hit.start for name in names):
            return False
        following = _NEXT_WORD.match(text, negator.end)
        return not (following and following.group(1) in params.negation_not_before)
    if model.lang == "ko":
        return any(n.start >= hit.end and
                   tokens_between(text, hit.end, n.start) < params.negation_window_after_ko
                   for n in negators)
    return False


def scare_quoted(text: str, sentence: tuple[int, int], hit: Hit, max_words: int) -> bool:
    """Whether a cue stands in a short quotation of words only ('the "ceasefire"').

    >>> text = 'their "lasting peace" and "we will surely win it" said'
    >>> scare_quoted(text, (0, len(text)), Hit(15, 20, 0, .5, "peace"), 3)
    True
    >>> scare_quoted(text, (0, len(text)), Hit(39, 42, 0, .5, "win"), 3)
    False
    """
    opening = _OPEN_QUOTE.search(text, max(sentence[0], hit.start - 80), hit.start)
    if opening is None:
        return False
    closing = _CLOSE_QUOTE.match(text, hit.end, sentence[1])
    if closing is None:
        return False
    words = opening.group(1).count(" ") + hit.key.count(" ") + 1 + closing.group(1).count(" ")
    return words <= max_words


def modify(model: ToneModel, text: str, hit: Hit, negators: list[Hit],
           intensifiers: list[Hit], quoted: bool, irrealis: list[Hit] | None = None,
           names: tuple[int, ...] = ()) -> None:
    """Apply intensifiers, negation, scare quotes and irrealis to a cue's value, in place.

    >>> model = build_model("en")
    >>> text = 'they did not welcome the "dialogue"'
    >>> hit = Hit(13, 20, 0, 0.5, "welcome")
    >>> modify(model, text, hit, [Hit(9, 12, 1, 1, "not")], [], False)
    >>> hit.value
    -0.37
    >>> hit = Hit(26, 34, 0, 0.5, "dialogue")
    >>> modify(model, text, hit, [], [], True)
    >>> hit.value
    -0.25
    >>> text = "the u.s. should respect it"
    >>> hit = Hit(16, 23, 0, 0.5, "respect")
    >>> modify(model, text, hit, [], [], False, [Hit(9, 15, 3, 1, "should")])
    >>> hit.value
    0.15
    """
    params = model.params
    value = hit.value
    booster = intensifiers and nearest_before(text, hit, intensifiers, params.intensifier_window)
    if booster:
        value *= booster.value
    if negators and negated(model, text, hit, negators, names):
        value *= params.negation_factor
    if quoted:
        value *= params.quotes_positive_factor if value > 0 else params.quotes_negative_factor
    if value > 0 and irrealis and nearest_before(text, hit, irrealis, params.irrealis_window):
        value *= params.irrealis_positive_factor
    hit.value = value


# -- clauses and attribution ------------------------------------------------------------------


@dataclass(slots=True, init=False)
class Span:
    """A mention in its sentence.

    [start, end) is the name, [end, own) its apposition (not read for cues),
    [own, relative) a relative clause about it (', who ...,'), read as its own.
    """

    mention: Mention
    start: int
    end: int
    own: int
    clause: int
    place: bool
    relative: int
    own_side: bool

    def __init__(self, mention: Mention, start: int, end: int, own: int, clause: int = 0,
                 place: bool = False, relative: int = -1, own_side: bool = False) -> None:
        self.mention = mention
        self.start = start
        self.end = end
        self.own = own
        self.clause = clause
        self.place = place
        self.relative = relative
        self.own_side = own_side


def clause_bounds(text: str, sentence: tuple[int, int], spans: list[Span], cues: list[Hit],
                  words: list[Hit], negators: frozenset[str] = frozenset(),
                  not_before: frozenset[str] = frozenset()) -> list[int]:
    """Offsets where a new clause starts in a sentence (only between its first and last item).

    ';', ':', dashes and the clause ``words`` (matched with the cues) always
    split, except a word of ``not_before`` after a negator ('nothing but');
    ',' and 'and' split unless they join two actors or two cues; nothing
    splits inside a mention's own apposition or its relative clause.

    >>> text = "X praised it, while the U.S., Japan and Y attacked it"
    >>> spans = [Span(None, s, e, e) for s, e in ((0, 1), (24, 28), (30, 35), (40, 41))]
    >>> words = [Hit(14, 19, 4, 0, "while"), Hit(36, 39, 4, 0, "and")]
    >>> clause_bounds(text, (0, len(text)), spans, [], words)
    [12, 14]
    """
    starts = {s.start for s in spans}
    ends = {s.end for s in spans}
    for c in cues:
        starts.add(c.start)
        ends.add(c.end)
    low, high = min(starts), max(starts)
    found = [(m.start(), m.end(), m.group()) for m in _PUNCT_BOUNDS.finditer(text, low, high)]
    for w in words:
        if low <= w.start < high:
            found.append((w.start, w.end, w.key))
    if not found:
        return []
    appositions = [(s.start, max(s.own, s.relative)) for s in spans
                   if s.relative > s.own or text.find(",", s.start, s.own) >= 0]
    bounds = []
    for at, stop, mark in sorted(found):
        if appositions and any(start <= at < own for start, own in appositions):
            continue
        if mark in not_before:
            before = text[max(sentence[0], at - 16):at].split()
            if before and before[-1] in negators:
                continue
        if mark in (",", "and") and (at in ends or at - 1 in ends):
            if _FILLERS.match(text, stop).end() in starts:  # type: ignore[union-attr]
                continue
        bounds.append(at)
    return bounds


def evidence(model: ToneModel, text: str, span: Span, cues: list[Hit],
             clause_actors: dict[int, set[str]]) -> float:
    """The evidence of a sentence's cues about one mention: each cue's value times its
    weight, a decay with the words between cue and mention (none when adjacent or
    overlapping), times a clause weight.

    This runs for every mention-cue pair, so the distance and the decay are computed
    inline rather than by helper calls.

    >>> model = build_model("en")
    >>> text = "the U.S. is reckless"
    >>> cue = Hit(12, 20, 0, -.3, "reckless")  # one word from the mention
    >>> evidence(model, text, Span(None, 4, 8, 8), [cue], {}) == -.3 * model.decays[1]
    True
    >>> text = "reckless acts of the U.S. today"  # three words before the mention
    >>> evidence(model, text, Span(None, 21, 25, 25), [Hit(0, 8, 0, -.3, "reckless")], {}
    ...          ) == -.3 * model.decays[3]
    True
    >>> text = "Trump, who barks, is a dotard"  # two words from the relative clause's end
    >>> model.decays[2] * -0.9 == evidence(model, text, Span(None, 0, 5, 5, relative=17),
    ...                                    [Hit(23, 29, 0, -.9, "dotard")], {})
    True
    """
    params = model.params
    decays = model.decays
    far = len(decays)
    start, own, relative, clause = span.start, span.own, span.relative, span.clause
    place, own_side = span.place, span.own_side
    total = 0.0
    for hit in cues:
        if hit.end <= start:
            words = text.count(" ", hit.end, start) - 1
        elif hit.start >= relative > own:
            words = text.count(" ", relative, hit.start) - 1
        elif hit.start >= own:
            words = text.count(" ", own, hit.start) - 1
        else:
            words = 0
        if words < 0:  # (not max(): a builtin call per pair costs more)
            words = 0
        weight = decays[words] if words < far else model.decay(words)
        if hit.clause != clause:
            others = clause_actors.get(hit.clause)
            if others and span.mention.actor not in others:
                weight *= params.attribution_other_actor_clause
            else:
                weight *= params.attribution_neighbour_clause
        if place:
            weight *= params.attribution_place_weight
        if hit.value < 0 and own_side:
            weight *= params.attribution_own_side_hostile
        total += hit.value * weight
    return total


def epithet_weight(model: ToneModel, epithet: str) -> float:
    """Lexicon weight of one of a mention's epithets (as written, lower-case).

    >>> epithet_weight(build_model("en"), '"president"')
    -0.5
    """
    params = model.params
    if epithet.startswith('"'):
        return params.epithets_quoted_title_weight
    weight = model.epithets.get(epithet)
    if weight is not None:
        return weight
    words = [model.epithets[w] for w in epithet.split() if w in model.epithets]
    return min(words) if words else params.epithets_default_weight


def squash(evidence: float, alpha: float) -> float:
    """Evidence to a tone in -1 .. +1, rounded to 3 decimals (VADER's normalisation).

    >>> squash(-0.8, 1.0), squash(0.0, 1.0)
    (-0.625, 0.0)
    """
    return round(evidence / math.sqrt(evidence * evidence + alpha), 3)


# -- the stage ------------------------------------------------------------------------------


def free_cues(spans: list[Span], hits: list[Hit]) -> list[Hit]:
    """The cues of a sentence that are not part of a mention or one of its epithets.

    Words inside a mention (its name, title, apposition) are read as its form,
    and its epithets through the epithet channel, so neither counts again.

    >>> from nkwatch.analysis.document import Mention
    >>> m = Mention("donald-trump", "person", 0, 5, "Trump", epithets=["dotard"])
    >>> hits = [Hit(9, 15, CUE, -.9, "dotard"), Hit(20, 28, CUE, -.6, "reckless")]
    >>> [h.key for h in free_cues([Span(m, 0, 5, 5)], hits)]
    ['reckless']
    """
    owned = [(s.start, s.own) for s in spans]
    words = {w for s in spans for e in s.mention.epithets for w in e.strip('"').split()}
    out = []
    for hit in hits:
        if hit.kind != CUE:
            continue
        for start, own in owned:
            if hit.start < own and start < hit.end:
                break
        else:
            if not (words and words.issuperset(hit.key.split())):
                out.append(hit)
    return out


def mention_spans(model: ToneModel, text: str, sentence: tuple[int, int],
                  mentions: list[Mention]) -> list[Span]:
    """The mentions of a sentence as spans; a country after 'in', 'from', ... is a place.

    A relative clause right after a mention (', who ..., ') is about it: its
    cues count as in the mention's clause, and the clause goes on after it.

    >>> from nkwatch.analysis.document import Mention
    >>> model = build_model("en")
    >>> text = "talks in the u.s."
    >>> m = Mention("united-states", "country", 13, 17, "U.S.")
    >>> mention_spans(model, text, (0, 17), [m])[0].place
    True
    >>> text = "trump, who barks, is a dotard"
    >>> m = Mention("donald-trump", "person", 0, 5, "Trump")
    >>> mention_spans(model, text, (0, 29), [m])[0].relative
    17
    """
    spans = []
    places = model.params.attribution_place_words
    for m in mentions:
        span = Span(m, m.start, m.end, m.context_end if m.context_end > m.end else m.end)
        span.own_side = model.is_own(m.actor)
        if m.kind == "country" and model.lang == "ko":
            span.place = text.startswith(model.params.attribution_place_suffixes_ko, m.end)
        elif m.kind == "country":
            before = text[max(sentence[0], m.start - 24):m.start].split()
            if before and before[-1] == "the":
                before.pop()
            span.place = bool(before) and before[-1].strip('"“') in places
        if text.startswith(_RELATIVE, span.own - (text[span.own - 1] == ",")):
            close = _CLAUSE_END.search(text, span.own + 2, sentence[1])
            span.relative = close.end() if close else sentence[1]
        spans.append(span)
    return spans


def anti_hits(model: ToneModel, text: str, mentions: list[Mention]) -> list[Hit]:
    """'anti-U.S.', 'anti-Park Geun Hye': hostility toward the actor named, as a cue.

    >>> from nkwatch.analysis.document import Mention
    >>> us = Mention("united-states", "country", 9, 13, "U.S.")
    >>> [(h.start, h.value) for h in anti_hits(build_model("en"), "the anti-u.s. war", [us])]
    [(4, -0.5)]
    """
    return [Hit(m.start - 5, m.start, CUE, model.params.cues_anti_prefix, "anti-")
            for m in mentions if m.start >= 5 and text.startswith("anti-", m.start - 5)]


def score_sentence(model: ToneModel, text: str, sentence: tuple[int, int],
                   mentions: list[Mention], hits: list[Hit]) -> None:
    """Set the tone of every mention of one sentence, given the matches in it.

    ``text`` is the lower-cased document text; offsets are the document's.

    >>> from nkwatch.analysis.pipeline import annotate, segment, mentions
    >>> doc = annotate("The U.S. is reckless.", "2017-01-01", stages=(segment, mentions))
    >>> model = build_model("en", Lexicon({}, {}, {}, {}, set(), {}, ""))  # VADER alone
    >>> text = doc.text.lower()
    >>> hits = find_hits(model, f" {words_only(text)} ")
    >>> score_sentence(model, text, doc.sentences[0], doc.mentions, hits)
    >>> -0.4 < doc.mentions[0].tone < -0.2
    True
    """
    params = model.params
    spans = mention_spans(model, text, sentence, mentions)
    cues = free_cues(spans, hits)
    if text.find("anti-", *sentence) >= 0:
        cues += anti_hits(model, text, mentions)
    clause_actors: dict[int, set[str]] = {}
    if cues:
        _modify_all(model, text, sentence, hits, cues, spans)
        _assign_clauses(model, text, sentence, spans, cues, hits)
        for s in spans:
            clause_actors.setdefault(s.clause, set()).add(s.mention.actor)
    for s in spans:
        found = evidence(model, text, s, cues, clause_actors)
        for epithet in s.mention.epithets:
            found += params.epithets_strength * epithet_weight(model, epithet)
        s.mention.tone = squash(found, params.score_alpha) if found else 0.0


def _modify_all(model: ToneModel, text: str, sentence: tuple[int, int], hits: list[Hit],
                cues: list[Hit], spans: list[Span]) -> None:
    """Negation, intensifiers, scare quotes and irrealis on every cue of a sentence."""
    negators: list[Hit] = []
    intensifiers: list[Hit] = []
    irrealis: list[Hit] = []
    for h in hits:
        if h.kind == NEGATOR:
            negators.append(h)
        elif h.kind == INTENSIFIER:
            intensifiers.append(h)
        elif h.kind == IRREALIS:
            irrealis.append(h)
    quotes = _has_quote(text, *sentence)
    if not (negators or intensifiers or quotes or irrealis):
        return
    max_words = model.params.quotes_max_words
    names = tuple(s.start for s in spans)
    for cue in cues:
        quoted = quotes and scare_quoted(text, sentence, cue, max_words)
        modify(model, text, cue, negators, intensifiers, quoted, irrealis, names)


def _has_quote(text: str, start: int, end: int) -> bool:
    """A double or opening single quotation mark (not an apostrophe) in ``text[start:end]``."""
    return _QUOTE.search(text, start, end) is not None or text.find(" '", start, end) >= 0


def _assign_clauses(model: ToneModel, text: str, sentence: tuple[int, int],
                    spans: list[Span], cues: list[Hit], hits: list[Hit]) -> None:
    """Number the clauses of mentions and cues (only where there is something to tell)."""
    if len(spans) + len(cues) < 2:
        return
    words = [h for h in hits if h.kind == CLAUSE]
    bounds = clause_bounds(text, sentence, spans, cues, words, model.negators,
                           model.not_before)
    if not bounds:
        return
    for s in spans:
        s.clause = bisect.bisect_right(bounds, s.start)
    for cue in cues:
        cue.clause = bisect.bisect_right(bounds, cue.start)


def score_tone(doc: Document, model: ToneModel | None = None) -> None:
    """The tone stage: set ``mention.tone`` (-1 hostile … +1 warm) for every mention.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("Xi Jinping praised the talks, while Shinzo Abe denounced them.",
    ...                date="2018-05-01")
    >>> [(m.actor, m.tone > 0) for m in doc.mentions]
    [('xi-jinping', True), ('shinzo-abe', False)]
    """
    if not doc.mentions:
        return
    model = model or get_model(doc.lang)
    text = lower_same_length(doc.text)
    sentences = doc.sentences or [(0, len(text))]
    by_sentence: dict[int, list[Mention]] = {}
    last = len(sentences) - 1
    for m in doc.mentions:  # (conditionals, not min()/max(): cheaper per mention)
        by_sentence.setdefault(m.sentence if m.sentence < last else last, []).append(m)
    padded = f" {words_only(text)} "
    for index, mentions in by_sentence.items():
        hits = find_hits(model, padded, *sentences[index])
        score_sentence(model, text, sentences[index], mentions, hits)


def article_tone(doc: Document, model: ToneModel | None = None) -> dict[str, float]:
    """Tone of the whole article toward each actor: a weighted mean of its mentions.

    A mention without evidence (tone 0) weighs ``article.neutral_weight``, the others 1.

    >>> from nkwatch.analysis.pipeline import annotate, mentions, segment
    >>> doc = annotate("The U.S. is reckless. The U.S. held talks.", date="2017-01-01",
    ...                stages=(segment, mentions))
    >>> model = build_model("en", Lexicon({}, {}, {}, {}, set(), {}, ""))  # VADER alone
    >>> article_tone(doc, model)  # (-0.273 x 1 + 0.0 x 0.5) / 1.5
    {'united-states': -0.182}
    """
    if any(m.tone is None for m in doc.mentions):
        score_tone(doc, model)
    neutral = (model or get_model(doc.lang)).params.article_neutral_weight
    totals: dict[str, list[float]] = {}
    for m in doc.mentions:
        tone = m.tone or 0.0
        weight = 1.0 if tone else neutral
        total = totals.setdefault(m.actor, [0.0, 0.0])
        total[0] += weight * tone
        total[1] += weight
    return {actor: round(s / w, 3) for actor, (s, w) in totals.items()}
