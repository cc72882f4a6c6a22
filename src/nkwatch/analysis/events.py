"""Event coding: who did what to whom, per sentence, in PLOVER 0.5 categories.

A dictionary coder tuned for state-media rhetoric. The triggers are data
(``data/lexicons/events-en.toml``: lemma, category, note; inflections are made
here), and so are the closed word classes it reads around them (its
``[grammar]`` table) and the scores (``data/events-scores.toml``: Goldstein-style
conflict-cooperation scores mapped to PLOVER, with sources).

How a document is coded (cheap first; per-sentence work only where needed):

1. one Aho-Corasick pass over the text (punctuation blanked, keys delimited by
   spaces) finds every trigger form and every name of a DPRK news outlet;
2. only sentences holding both a trigger and an actor are looked at;
3. in such a sentence the dateline ("Pyongyang, May 3 (KCNA) --") and a final
   attribution (", a senior official said.") are set aside, and the triggers
   are read left to right:

   - an entry is chosen by the words around it (``then``, ``not_then``, ...);
   - a trigger in the complement of a verbal one is absorbed ("denounced the
     U.S. sanctions" is one DISAPPROVE, "threatened to ban" one THREATEN),
     unless a coordinated verb starts a new act ("met X and denounced Y");
   - grammar changes the category, after the PLOVER manual: negated cooperation
     is REJECT ("will not accept"), negated conflict is dropped; cooperative
     acts in the future or intended are AGREE ("will visit", "ready to host");
     force in the future is THREATEN ("will annihilate"); "unless ..." makes a
     threat; an expression of intent ("vowed to") is AGREE, or THREATEN before
     an act of force;
   - the source is the subject: the actor before the trigger that opens its
     clause (not a prepositional complement: "Palestinians of the West Bank";
     not an apposition: "Kim Yong Nam, member of the ... WPK, sent"); "A and B
     held talks" gives source A, target B; passives swap ("was denounced by
     X"); "X said Y must ..." is a DEMAND by X on Y; "X will pay dearly" is a
     threat against X by the speaker; the DPRK's news agency and papers stand
     for the DPRK ("Rodong Sinmun says ..." -> ``north-korea``);
   - the target is the first other actor after the trigger in its clause;
   - a noun takes its actors inside its noun phrase ("the U.S. sanctions
     against the DPRK", "war drills of the U.S."), unless a light verb carries
     them ("X sent a congratulatory message to Y", "X held talks with Y");
   - acts in "if"/"unless"/"should ..." clauses are hypothetical and dropped;
     force in an infinitive or after "for" ("drills to attack", "a rehearsal
     for invading") is intended, hence a threat.

Events carry actor ids as mentioned (persons, organisations, countries); the
DPRK outlets become ``north-korea``; a person outside the registry stands for
the country named in their title ("Nigerian foreign minister X"). Events with
no actor at all are not emitted. Within a sentence, main-clause events with a
strong trigger come first, then weak ones ("talks", "sanctions" as topics),
then those in background clauses (introductory phrases, "after ...", "which").

PLOVER choices (notes in the trigger file): missile launches, weapons and
nuclear tests, drills and deployments are MOBILIZE (military moves short of
force; the manual's modes "weapons" and "troops"); joint exercises are
COOPERATE unless staged against someone; signing or ratifying an agreement is
SUPPORT (a promise to sign is AGREE); releasing prisoners is RETREAT;
kidnapping is COERCE (as in the PLOVER gold records); an announced sanction
stays SANCTION even in the future tense.

>>> from nkwatch.analysis.pipeline import annotate
>>> doc = annotate("The DPRK Foreign Ministry spokesman slammed the U.S. sanctions.",
...                date="2017-08-10")
>>> [(e.type, e.source, e.target) for e in doc.events]
[('DISAPPROVE', 'dprk-foreign-ministry', 'united-states')]
"""

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from nkwatch.analysis.automata import Automaton
from nkwatch.analysis.document import Document, Event, Mention
from nkwatch.analysis.matcher import get_matcher
from nkwatch.analysis.registry import Registry, load_registry
from nkwatch.analysis.tokens import lower_same_length

CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "INVESTIGATE", "SANCTION", "MOBILIZE",
    "COERCE", "FIGHT", "ASSAULT",
)
COOPERATIVE = frozenset(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                         "RETREAT"))
MATERIAL_CONFLICT = frozenset(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "FIGHT",
                               "ASSAULT"))
# Categories whose trigger takes the acts that follow in its clause as its complement.
GOVERNING = frozenset(("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "DEMAND", "DISAPPROVE",
                       "REJECT", "THREATEN", "INVESTIGATE"))
# Verbal categories: with no subject, the speaker of the sentence is the source.
VERBAL = frozenset(("AGREE", "SUPPORT", "CONCEDE", "DEMAND", "DISAPPROVE", "REJECT",
                    "THREATEN"))
# Nouns of these categories take their agent after "of" ("war drills of the U.S."); for
# the others "of" introduces the patient ("denunciation of Trump", "invasion of Iraq").
OF_AGENT = frozenset(("SANCTION", "MOBILIZE", "THREATEN", "PROTEST", "DEMAND", "CONSULT",
                      "AID", "COOPERATE", "AGREE"))

# Tokens: words (with inner hyphens and apostrophes), numbers ("1,000" is one token),
# and the punctuation the coder reads.
_WORD = re.compile(r"[a-z][a-z'’\-]*|\d+(?:[,.]\d+)*|[,;:()]")
_PUNCT = frozenset(",;:()")
_DATELINE = re.compile(r"\)\s*--?\s*")
_TAIL = re.compile(
    r",\s*(?:(?:according to|as reported by)\b[^,]*"
    r"|[^,]{0,80}?\b(?:said|says|reported|reports|told|announced|quoted|stated|added)\b"
    r"[^,]{0,60})[.\"'”’]*\s*$")
_BY = re.compile(r"\s+(?:[a-z]+ly\s+)?by\b")
_NEXT_WORD = re.compile(r" ([A-Za-z][\w\-]*)")
_PREV_WORD = re.compile(r"([A-Za-z][\w\-'’]*) $")
# Words that end a noun phrase, or show a verb, between an actor and a noun trigger.
_NP_BREAK = frozenset(""", ; : ( ) and or but to that which who is are was were be been
    has have had will would not than said says""".split())
_ADJECTIVE_ENDINGS = ("ful", "al", "ive", "ic", "ous", "ary", "ible", "able", "ent", "ant",
                      "ish", "less", "ile", "est", "scale")
_POSSESSIVE = ("'s", "’s", "s'", "s’")
_TRIGGER, _REPORTER, _ANAPHOR = 0, 1, 2
# Words that open a subordinate clause: a subject is looked for after them.
_BOUNDARIES = frozenset("""that which who whom whose when while whereas because although
    though if unless whether where whereby ; :""".split())
_RELATIVES = frozenset(("which", "who", "whom", "that"))
_PRONOUNS = frozenset(("it", "they", "he", "she"))
# Acts of force: in an infinitive ("moves to attack") they are intended, hence threats.
_FORCE = frozenset(("FIGHT", "ASSAULT", "COERCE"))
_CONDITIONAL_OPENERS = frozenset(("if", "should", "once", "unless", "whether"))


@dataclass(frozen=True)
class Trigger:
    """One dictionary entry: a word or phrase that signals an event category."""

    text: str
    category: str
    pos: str = "verb"
    note: str = ""
    then: tuple[str, ...] = ()
    within: int = 4
    not_then: tuple[str, ...] = ()
    not_within: frozenset[str] = frozenset()
    not_after: frozenset[str] = frozenset()
    context: re.Pattern | None = None
    weak: bool = False
    agentive: bool = False
    role: str = "agent"
    intent: bool = False
    speech: bool = False

    @property
    def conditional(self) -> bool:
        """Entries that apply only in some contexts are tried first."""
        return bool(self.then or self.context)


@dataclass(frozen=True)
class Grammar:
    """Closed word classes the coder reads around a trigger (from the ``[grammar]`` table)."""

    modals: frozenset[str]
    intents: frozenset[str]
    negations: frozenset[str]
    skip: frozenset[str]
    passive: frozenset[str]
    speech: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    clause_breaks: frozenset[str]
    conditionals: frozenset[str]
    subordinators: frozenset[str]
    intro: frozenset[str]
    hostile: re.Pattern
    past: frozenset[str]
    reporters: frozenset[str]
    anaphors: tuple[str, ...]
    light_verbs: frozenset[str]
    openers: frozenset[str]
    relational: frozenset[str]
    locative: frozenset[str]
    adjectives: frozenset[str]
    place_hint: re.Pattern  # a locative preposition before a capitalised word

    def adjective(self, word: str) -> bool:
        """A word that can stand between a determiner and a noun trigger.

        >>> g = load_coder().grammar
        >>> g.adjective("successful"), g.adjective("thursday"), g.adjective("second")
        (True, False, True)
        """
        return word in self.adjectives or word.endswith(_ADJECTIVE_ENDINGS) or \
            word[:1].isdigit()


@dataclass
class Coder:
    """The automaton, the grammar and the scores (built once).

    Besides the triggers, the automaton holds the names of the DPRK's news
    outlets (the mention stage leaves them out: they speak, they are not spoken
    of) and anaphors for them ("the paper"), valid in articles that name one.
    """

    automaton: Automaton
    grammar: Grammar
    scores: dict[str, float]
    triggers: list[Trigger] = field(default_factory=list)


# -- inflection -----------------------------------------------------------------------

_VOWELS = "aeiou"


def _doubled(word: str) -> bool:
    """Whether a verb may double its final consonant ("slam" -> "slammed"): short
    words and stressed endings ("commit", "patrol"); a spare form costs nothing.

    >>> _doubled("slam"), _doubled("commit"), _doubled("threaten"), _doubled("flay")
    (True, True, False, False)
    """
    return (len(word) >= 3 and word[-1] not in _VOWELS + "wxy" and word[-2] in _VOWELS
            and word[-3] not in _VOWELS
            and (len(word) <= 4 or word.endswith(("it", "et", "ol", "el", "ur"))))


def plural(word: str) -> str:
    """The plural (or third person singular) of ``word``.

    >>> plural("sanction"), plural("clash"), plural("ally"), plural("delay")
    ('sanctions', 'clashes', 'allies', 'delays')
    """
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def inflections(verb: str) -> set[str]:
    """Regular forms of ``verb``; doubled-consonant variants where plausible (an
    unused extra form costs nothing).

    >>> sorted(inflections("denounce"))
    ['denounce', 'denounced', 'denounces', 'denouncing']
    >>> {"slammed", "slamming", "slams"} <= inflections("slam")
    True
    """
    forms = {verb, plural(verb)}
    if verb.endswith("e"):
        forms |= {verb + "d", (verb[:-2] + "ying") if verb.endswith("ie") else verb[:-1] + "ing"}
        if verb.endswith(("ee", "ye", "oe")):
            forms.add(verb + "ing")
    elif verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        forms |= {verb[:-1] + "ied", verb + "ing"}
    else:
        forms |= {verb + "ed", verb + "ing"}
        if _doubled(verb):
            forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def surfaces(entry: dict) -> set[str]:
    """Every surface form of a trigger entry of the TOML file.

    >>> sorted(surfaces({"text": "threaten to", "pos": "verb", "forms": ["threat to"]}))
    ['threat to', 'threaten to', 'threatened to', 'threatening to', 'threatens to']
    >>> sorted(surfaces({"text": "missile launch", "pos": "noun"}))
    ['missile launch', 'missile launches']
    """
    text = entry["text"].lower()
    words = text.split()
    pos = entry.get("pos", "verb")
    out = {text}
    if pos == "verb":
        out |= {" ".join([form, *words[1:]]) for form in inflections(words[0])}
    elif pos == "noun":
        out.add(" ".join([*words[:-1], plural(words[-1])]))
    out |= {form.lower() for form in entry.get("forms", [])}
    return out


# Every byte that is not a lower-case letter or a digit becomes a space, so that keys
# written " word " match whole words only while offsets stay those of the text.
_SPACES = bytes(c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def words_only(lowered: str) -> str:
    """``lowered`` with every other character (punctuation, non-ASCII) as a space.

    >>> words_only("u.s.-led “talks”")
    'u s  led  talks '
    """
    return lowered.encode("ascii", "replace").translate(_SPACES).decode("ascii")


def automaton_key(surface: str) -> str:
    """The automaton key of a surface form: its words between single spaces.

    >>> automaton_key("test-fire"), automaton_key("readiness to")
    (' test fire ', ' readiness to ')
    """
    return " " + " ".join(words_only(surface.lower()).split()) + " "


# -- loading ------------------------------------------------------------------------------

def _words_pattern(words: list[str]) -> re.Pattern:
    """A regex matching any of ``words`` as whole words.

    >>> bool(_words_pattern(["aimed at"]).search("drills aimed at it"))
    True
    >>> bool(_words_pattern(["war"]).search("warm"))
    False
    """
    alternatives = sorted((re.escape(w) for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(alternatives) + r")(?![\w\-])")


def _grammar(table: dict) -> Grammar:
    """The ``[grammar]`` table as a :class:`Grammar`."""
    sets = {name: frozenset(table[name]) for name in (
        "modals", "intents", "negations", "skip", "passive", "speech", "prepositions",
        "determiners", "conditionals", "subordinators", "intro", "past", "reporters",
        "light_verbs", "openers", "relational", "locative", "adjectives")}
    place_hint = re.compile(r"\b(?:" + "|".join(sorted(sets["locative"])) + r") (?:the )?[A-Z]")
    return Grammar(**sets, clause_breaks=frozenset([";", ":", *table["clause_breaks"]]),
                   hostile=_words_pattern(table["hostile"]), anaphors=tuple(table["anaphors"]),
                   place_hint=place_hint)


def _trigger(entry: dict) -> Trigger:
    """One ``[[trigger]]`` table as a :class:`Trigger`."""
    if entry["category"] not in CATEGORIES:
        raise ValueError(f"unknown PLOVER category {entry['category']!r} for {entry['text']!r}")
    context = entry.get("context")
    return Trigger(
        text=entry["text"], category=entry["category"], pos=entry.get("pos", "verb"),
        note=entry.get("note", ""), then=tuple(entry.get("then", ())),
        within=int(entry.get("within", 4)), not_then=tuple(entry.get("not_then", ())),
        not_within=frozenset(entry.get("not_within", ())),
        not_after=frozenset(entry.get("not_after", ())),
        context=_words_pattern(context) if context else None,
        weak=bool(entry.get("weak", False)), agentive=bool(entry.get("agentive", False)),
        role=entry.get("role", "agent"), intent=bool(entry.get("intent", False)),
        speech=bool(entry.get("speech", False)),
    )


def _reporter_names(registry: Registry, grammar: Grammar) -> dict[str, str]:
    """Lower-case names of the DPRK news outlets -> the country they speak for."""
    names = {}
    for actor in registry.actors.values():
        if getattr(actor, "media", False) or actor.id in grammar.reporters:
            country = registry.country_of(actor.id) or actor.id
            for alias in actor.aliases:
                if alias.isascii() and len(alias) > 2:
                    names[alias.lower()] = country
    return names


def build_coder(lexicon_text: str, scores_text: str, registry: Registry) -> Coder:
    """Build the coder from the trigger TOML text, the scores TOML text and the registry."""
    data = tomllib.loads(lexicon_text)
    grammar = _grammar(data["grammar"])
    by_surface: dict[str, list[Trigger]] = {}
    triggers = []
    for entry in data["trigger"]:
        trigger = _trigger(entry)
        triggers.append(trigger)
        for surface in surfaces(entry):
            by_surface.setdefault(surface, []).append(trigger)
    keys: dict[str, tuple] = {}
    for name, country in _reporter_names(registry, grammar).items():
        keys[automaton_key(name)] = (_REPORTER, country)
    for anaphor in grammar.anaphors:
        keys.setdefault(automaton_key(anaphor), (_ANAPHOR, None))
    for surface, found in by_surface.items():
        ranked = tuple(sorted(found, key=lambda t: not t.conditional))
        keys[automaton_key(surface)] = (_TRIGGER, ranked)
    automaton = Automaton({key: (len(key), kind, payload)
                           for key, (kind, payload) in keys.items()})
    scores = {s["category"]: float(s["score"]) for s in tomllib.loads(scores_text)["score"]}
    missing = set(CATEGORIES) - set(scores)
    if missing:
        raise ValueError(f"events-scores.toml lacks {sorted(missing)}")
    return Coder(automaton, grammar, scores, triggers)


@lru_cache(maxsize=1)
def load_coder() -> Coder:
    """The coder for the shipped trigger lexicon, scores and registry (built once).

    >>> load_coder().scores["THREATEN"]
    -5.1
    """
    root = resources.files("nkwatch") / "data"
    lexicon = (root / "lexicons" / "events-en.toml").read_text(encoding="utf-8")
    scores = (root / "events-scores.toml").read_text(encoding="utf-8")
    return build_coder(lexicon, scores, load_registry())


# -- finding triggers ---------------------------------------------------------------------

class Hit(NamedTuple):
    """A trigger form (or outlet name) at ``start:end`` and what it may stand for."""

    start: int
    end: int
    entries: tuple


def find_triggers(coder: Coder, lowered: str) -> tuple[list[Hit], list[Hit]]:
    """Trigger forms and outlet names in ``lowered`` (whole words, leftmost-longest).

    One automaton pass; outlet hits carry the country id as their one entry;
    anaphors ("the paper") count only in a text that names an outlet.

    >>> hits, outlets = find_triggers(load_coder(), "he said; aid. rodong sinmun")
    >>> [(h.start, h.entries[0].category) for h in hits], [o.entries for o in outlets]
    ([(9, 'AID')], [('north-korea',)])
    """
    values = coder.automaton.values
    found = []
    for index, start, _ in coder.automaton.find(" " + words_only(lowered) + " "):
        length, kind, payload = values[index]
        found.append((start, 2 - length, kind, payload))  # (start, -word length, ...)
    found.sort()
    hits: list[Hit] = []
    outlets: list[Hit] = []
    anaphors: list[int] = []
    stop = -1
    for start, negative, kind, payload in found:
        if start < stop:
            continue
        stop = start - negative
        if kind == _TRIGGER:
            hits.append(Hit(start, stop, payload))
        elif kind == _REPORTER:
            outlets.append(Hit(start, stop, (payload,)))
        elif not lowered.startswith((" of ", " for ", " from ", " at "), stop):
            anaphors.append(start)  # "the spokesman for the U.S." is not the outlet
    if outlets and anaphors:
        country = outlets[0].entries
        outlets.extend(Hit(a, a + 3, country) for a in anaphors)
        outlets.sort(key=lambda h: h.start)
    return hits, outlets


# -- one sentence ---------------------------------------------------------------------------

def _offsets(lowered: str, words: list[str], pos: int) -> tuple[list[int], list[int]]:
    """Start and end offsets of ``words``, found in order in ``lowered`` from ``pos``
    (cheaper than match objects).

    >>> _offsets("a b, cd", ["a", "b", ",", "cd"], 0)
    ([0, 2, 3, 5], [1, 3, 4, 7])
    """
    starts = []
    ends = []
    find = lowered.find
    for word in words:
        pos = find(word, pos)
        starts.append(pos)
        pos += len(word)
        ends.append(pos)
    return starts, ends

@dataclass
class _Found:
    """An event being built, with what later triggers in the sentence need to know."""

    event: Event
    start: int
    background: bool
    weak: bool
    source_mention: Mention | None


class _Sentence:
    """The coding of one sentence: its tokens, actors and triggers (state for one call)."""

    def __init__(self, doc: Document, lowered: str, coder: Coder, registry: Registry,
                 index: int, mentions: list[Mention]) -> None:
        self.text = doc.text
        self.lowered = lowered
        self.coder = coder
        self.grammar = coder.grammar
        self.registry = registry
        self.index = index
        self.start, self.end = doc.sentences[index]
        self.core_start = self._after_dateline()
        self.core_end = self.end
        self.mentions = [m for m in mentions if m.start >= self.core_start]
        self.tail: list[Mention] = []
        self.attributed = False
        self._positions: dict[int, str] = {}
        self.words = _WORD.findall(lowered, self.core_start, self.end)
        self.starts, self.ends = _offsets(lowered, self.words, self.core_start)

    # -- spans and tokens ----------------------------------------------------------------

    def _after_dateline(self) -> int:
        """Skip "Pyongyang, May 3 (KCNA) --" at the start of the sentence."""
        if "--" not in self.text[self.start:self.start + 90]:
            return self.start
        match = _DATELINE.search(self.text, self.start, min(self.end, self.start + 90))
        if match and "(" in self.text[self.start:match.start()]:
            return match.end()
        return self.start

    def set_tail(self, first_trigger: int) -> None:
        """Set aside a final attribution (", officials said.") if triggers precede it."""
        match = _TAIL.search(self.text, self.core_start, self.end)
        if match and match.start() > first_trigger:
            self.core_end = match.start()
            self.attributed = True
            self.tail = [m for m in self.mentions if m.start >= self.core_end]
            self.mentions = [m for m in self.mentions if m.start < self.core_end]

    def words_before(self, pos: int, count: int = 8) -> list[str]:
        """The last ``count`` tokens of the sentence core that end by ``pos``."""
        i = bisect.bisect_right(self.ends, pos)
        return self.words[max(0, i - count):i]

    def words_after(self, pos: int, count: int) -> list[str]:
        """The next ``count`` tokens of the sentence from ``pos``."""
        i = bisect.bisect_left(self.starts, pos)
        return self.words[i:i + count]

    def words_between(self, start: int, end: int) -> list[str]:
        """The tokens between two offsets."""
        return self.words[bisect.bisect_left(self.starts, start):
                          bisect.bisect_right(self.ends, end)]

    def clause_end(self, pos: int) -> int:
        """Where the clause going on at ``pos`` ends (a break word, ``;`` or ``:``)."""
        breaks = self.grammar.clause_breaks
        for i in range(bisect.bisect_left(self.starts, pos), len(self.words)):
            if self.starts[i] >= self.core_end:
                break
            if self.words[i] in breaks:
                return self.starts[i]
        return self.core_end

    def background(self, pos: int) -> bool:
        """Whether ``pos`` lies in an introductory phrase or a subordinate clause."""
        words = self.words
        if words and words[0] in self.grammar.intro:
            for i, word in enumerate(words[:30]):
                if word == ",":
                    if self.starts[i] > pos:
                        return True
                    break
        for i in range(bisect.bisect_left(self.starts, pos) - 1, -1, -1):
            if words[i] == ",":
                return False
            if words[i] in self.grammar.subordinators:
                return True
        return False

    # -- entries and grammar -------------------------------------------------------------

    def choose(self, hit: Hit) -> Trigger | None:
        """The first entry of ``hit`` whose conditions hold here."""
        for entry in hit.entries:
            if entry.not_then and self._next_is(hit.end, entry.not_then):
                continue
            if entry.then and not self._then(hit.end, entry):
                continue
            if entry.not_within and not entry.not_within.isdisjoint(
                    self.words_after(hit.end, entry.within)):
                continue
            if entry.context and not entry.context.search(self.lowered, self.start, self.end):
                continue
            if entry.not_after and self.words_before(hit.start, 1) and \
                    self.words_before(hit.start, 1)[0] in entry.not_after:
                continue
            if entry.speech and not self._speech_before(hit.start):
                continue
            return entry
        return None

    def _next_is(self, pos: int, phrases: tuple[str, ...]) -> bool:
        """Whether the text after ``pos`` starts with one of ``phrases`` (whole words)."""
        following = self.words_after(pos, 1)
        if following and following[0] in phrases:
            return True
        after = self.lowered[pos:pos + 40].lstrip(" \"'“”")
        return any(" " in p and after.startswith(p + " ") for p in phrases)

    def _then(self, pos: int, entry: Trigger) -> bool:
        for word in self.words_after(pos, entry.within):
            for wanted in entry.then:
                if word == wanted or (len(wanted) >= 4 and word.startswith(wanted)):
                    return True
        return False

    def _speech_before(self, pos: int) -> bool:
        return self.attributed or any(
            w in self.grammar.speech for w in self.words_between(self.core_start, pos))

    def auxiliaries(self, hit: Hit, entry: Trigger) -> tuple[bool, bool, bool, bool]:
        """(negated, future, passive, coordinated) from the words before the trigger.

        Nouns look through up to three other words ("would send food aid"). Force
        in an infinitive or after "for" ("drills to attack", "a rehearsal for
        invading") is intended, not used: it counts as future (a threat).
        """
        g = self.grammar
        words = self.words_before(hit.start)
        negated = future = passive = coordinated = purpose = False
        free = 0 if entry.pos == "verb" else 3
        first = True
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            if word in g.negations or word.endswith("n't"):
                negated = True
            elif word in g.modals:
                future = True
                break
            elif word == "to":
                future = i > 0 and words[i - 1] in g.intents
                purpose = True  # "drills to attack the DPRK": force not (yet) used
                break
            elif word == "for" and first:
                purpose = True  # "a rehearsal for invading the DPRK"
                break
            elif word in g.passive:
                passive = passive or first or words[i + 1] in g.skip
            elif word == "and" and first:
                coordinated = True
                break
            elif word not in g.skip:
                if free == 0 or word in _PUNCT:
                    break
                free -= 1
            first = False
        surface = self.lowered[hit.start:hit.end].split(" ", 1)[0]
        participle = surface.endswith(("ed", "en", "wn")) or surface in g.past
        if purpose and entry.category in _FORCE and (
                surface == entry.text.split(" ", 1)[0] or surface.endswith("ing")
                or entry.pos == "noun"):
            future = True
        return negated, future, passive and participle, coordinated

    def in_name(self, hit: Hit) -> bool:
        """A capitalised trigger inside a name ("the Ceasefire Violations Committee")."""
        text = self.text
        if hit.start == self.core_start or not text[hit.start].isupper():
            return False
        nxt = _NEXT_WORD.match(text, hit.end)
        prev = _PREV_WORD.search(text, max(self.core_start, hit.start - 30), hit.start)
        return bool((nxt and nxt.group(1)[0].isupper())
                    or (prev and prev.group(1)[0].isupper() and prev.start() > self.core_start))

    def adjectival(self, hit: Hit) -> bool:
        """A participle used as an adjective: "the occupied", "Israeli-occupied"."""
        if hit.start > 0 and self.lowered[hit.start - 1] == "-":
            return True
        word = self.lowered[hit.start:hit.end]
        if " " in word or not word.endswith("ed"):
            return False
        return self.words_before(hit.start, 1) in (["the"], ["a"], ["an"], ["its"], ["their"])

    def hypothetical(self, pos: int) -> bool:
        """Whether ``pos`` is in an "if"/"unless" clause ("if the enemy dares attack",
        "Should the U.S. fire a shell, ..."): PLOVER's hypothetical context, no event."""
        for i in range(bisect.bisect_left(self.starts, pos) - 1, -1, -1):
            if self.words[i] in _PUNCT:
                break
            if self.words[i] in ("if", "unless", "whether"):
                return True
        if self.words and self.words[0] in _CONDITIONAL_OPENERS:
            return "," not in self.words_between(self.core_start, pos)
        return False

    def verb_form(self, hit: Hit) -> bool:
        """Whether the trigger is a finite past verb ("... and denounced")."""
        word = self.lowered[hit.start:hit.end].split(" ", 1)[0]
        return word.endswith("ed") or word in self.grammar.past

    def category(self, hit: Hit, entry: Trigger, hits: list[Hit], k: int,
                 negated: bool, future: bool) -> str | None:
        """The event category after grammar (negation, future, intent, conditions)."""
        category = entry.category
        if entry.intent:
            nxt = self._next_in_clause(hits, k)
            if nxt is not None and nxt.category in MATERIAL_CONFLICT | {"THREATEN"}:
                category = "THREATEN"
        elif category == "COOPERATE" and entry.text == "joint exercise":
            if self.grammar.hostile.search(self.lowered, self.start, self.end):
                category = "MOBILIZE"
        if negated:
            return "REJECT" if category in COOPERATIVE else None
        if future:
            if category in COOPERATIVE:
                category = "AGREE"
            elif category in MATERIAL_CONFLICT - {"SANCTION"}:
                category = "THREATEN"  # an announced sanction is a sanction
            if category != "THREATEN" and self._conditional(hit.end):
                category = "THREATEN"
        return category

    def _conditional(self, pos: int) -> bool:
        """"... unless ...", "... or face ...": a condition follows in the sentence core."""
        words = self.words_between(pos, self.core_end)
        conditionals = self.grammar.conditionals
        return any(w in conditionals or f"{w} {n}" in conditionals
                   for w, n in zip(words, [*words[1:], ""], strict=False))

    def _next_in_clause(self, hits: list[Hit], k: int) -> Trigger | None:
        """The entry of the trigger within five words after an expression of intent."""
        after = bisect.bisect_left(self.starts, hits[k].end)
        last = min(after + 4, len(self.ends) - 1)
        stop = min(self.clause_end(hits[k].end), self.ends[last] if last >= after else 0)
        for hit in hits[k + 1:]:
            if hit.start >= stop:
                break
            entry = self.choose(hit)
            if entry is not None:
                return entry
        return None

    # -- actors ------------------------------------------------------------------------

    def position(self, mention: Mention) -> str:
        """"subject" (opens a clause), "prep" (after a preposition) or "object"."""
        found = self._positions.get(mention.start)
        if found is None:
            found = self._positions[mention.start] = self._position(mention)
        return found

    def _position(self, mention: Mention) -> str:
        g = self.grammar
        for word in reversed(self.words_before(mention.start, 6)):
            if word in g.determiners:
                continue
            if word in g.prepositions:
                words = [w for w in self.words_before(mention.start, 3) if w != "the"]
                if words[-1:] == ["for"] and self.lowered.startswith(" to ", mention.end):
                    return "subject"  # "for the U.S. to take ..."
                return "prep"
            if word in g.openers or word in g.speech:
                return "subject"
            return "object"
        return "subject"

    def subject(self, pos: int) -> Mention | None:
        """The subject of the clause at ``pos``: the actor that opens the clause; else
        the nearest object; else the leftmost "of" complement ("A delegation of X");
        else the nearest. A subordinate clause ("that ...", "when ...", "who ...")
        bounds the search; its pronoun subject ("that it will ...") is the main
        clause's, a relative pronoun's is its antecedent ("Kim Jong Un, who ...")."""
        lower, found = self.clause_scope(pos)
        if found is not None:
            return found
        before = [m for m in self.mentions if lower <= m.start and m.end <= pos
                  and not self.text.startswith("-", m.end)]  # "NATO-member Norway"
        if not before:
            return None
        head = self.apposed_head(before, pos)
        if head is not None:
            return head
        fallback = of_complement = None
        for mention in reversed(before):
            kind = self.position(mention)
            if kind == "subject":
                return mention
            if kind == "object" and fallback is None:
                fallback = mention
            if kind == "prep":
                words = [w for w in self.words_before(mention.start, 4)
                         if w not in self.grammar.determiners]
                if words[-1:] == ["of"]:
                    of_complement = mention
        return fallback or of_complement or before[-1]

    def clause_scope(self, pos: int) -> tuple[int, Mention | None]:
        """Where the clause of ``pos`` starts, and its subject when a pronoun or a
        relative pronoun settles it."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.words[i] not in _BOUNDARIES:
            i -= 1
        if i < 0:
            return self.after_intro(pos), None
        start = self.ends[i]
        if any(start <= m.start < pos for m in self.mentions):
            return start, None
        if self.words[i] in _RELATIVES:
            for mention in self.mentions:
                if 0 <= self.starts[i] - mention.end <= 3:
                    return start, mention  # "the DPRK which ...", "Kim Jong Un, who ..."
        if self.words[i + 1:i + 2] and self.words[i + 1] in _PRONOUNS:
            return start, self.subject(self.starts[i])  # "announced that it will ..."
        return start, None

    def after_intro(self, pos: int) -> int:
        """Where the main clause starts when the sentence opens with a conditional or
        adverbial phrase ("If the enemy attacks, its army will ..."), else the core start."""
        words = self.words
        if words and words[0] in _CONDITIONAL_OPENERS | self.grammar.intro:
            for i, word in enumerate(words[:40]):
                if word == ",":
                    return self.ends[i] if self.ends[i] <= pos else self.core_start
        return self.core_start

    def apposed_head(self, before: list[Mention], pos: int) -> Mention | None:
        """"Kim Yong Nam, member of the ... of the WPK, sent ...": the person whose
        apposition ends at the last comma before ``pos``."""
        last_comma = self.lowered.rfind(",", self.core_start, pos)
        if last_comma < 0 or any(last_comma < m.start for m in before):
            return None
        for mention in before:
            if self.position(mention) != "subject":
                continue
            if mention.kind in ("person", "government") and mention.end < last_comma and \
                    self.text.startswith(",", mention.end):
                return mention
            return None  # another clause opener comes first
        return None

    def conjunct(self, mention: Mention) -> Mention | None:
        """The actor coordinated before ``mention`` ("Moon Jae In and Kim Jong Un")."""
        earlier = [m for m in self.mentions if m.end <= mention.start]
        if not earlier:
            return None
        between = self.lowered[earlier[-1].end:mention.start].strip()
        if between in ("and", "and the", ", and", "and its", "and their", ","):
            return earlier[-1]
        return None

    def object(self, pos: int, stop: int, source: Mention | None,
               skip_addressee: bool = False) -> Mention | None:
        """The first actor after ``pos`` in the clause, other than the source.

        The source's own actor counts only as a demonym ("Palestinian factions"
        after "Palestinian Islamic Jihad"). With ``skip_addressee``, an actor
        after "to" is passed over when another follows ("complained to the UN
        over Israeli raids").
        """
        found = [m for m in self.mentions if pos <= m.start < stop and m is not source
                 and (source is None or m.actor != source.actor or m.source == "demonym")]
        if skip_addressee and len(found) > 1:
            before = [w for w in self.words_before(found[0].start, 3)
                      if w not in self.grammar.determiners]
            if before[-1:] in (["to"], ["with"]):
                return found[1]
        return found[0] if found else None

    def place(self, pos: int, stop: int) -> Mention | None:
        """A country or capital named as a place after ``pos`` ("in Baku"), as a target."""
        if not self.grammar.place_hint.search(self.text, pos, stop):
            return None
        for hit in get_matcher().find_names(self.text[pos:stop]):
            before = [w for w in self.words_before(pos + hit.start, 3)
                      if w not in self.grammar.determiners]
            if before[-1:] and before[-1] in self.grammar.locative:
                for actor_id, _source in hit.entries:
                    actor = self.registry.actors.get(actor_id)
                    if actor is not None and actor.kind == "country":
                        return Mention(actor_id, "country", pos + hit.start, pos + hit.end,
                                       hit.surface, sentence=self.index, source="place")
        return None

    def speaker(self, pos: int) -> Mention | None:
        """Who says the sentence: the subject of a speech verb before ``pos``, or the tail."""
        first = bisect.bisect_left(self.starts, self.core_start)
        for i in range(first, bisect.bisect_left(self.starts, pos)):
            if self.words[i] in self.grammar.speech:
                found = self.subject(self.starts[i])
                if found is not None:
                    return found
        return self.tail[0] if self.tail else None

    def actor_id(self, mention: Mention | None) -> str | None:
        """The event actor of a mention; a person outside the registry stands for the
        country of their title, right before them, or in their apposition."""
        if mention is None:
            return None
        if mention.source != "unregistered":
            return mention.actor
        if mention.title:
            for hit in get_matcher().find_names(mention.title):
                for actor_id, _source in hit.entries:
                    actor = self.registry.actors.get(actor_id)
                    if actor is not None and actor.kind == "country":
                        return actor_id
        for other in self.mentions:
            if other.kind == "country" and 0 <= mention.start - other.end <= 12:
                return other.actor  # "Nigerian junior foreign minister X"
        if self.text.startswith(",", mention.end):  # "X, Algeria's leading activist,"
            close = self.lowered.find(",", mention.end + 1, mention.end + 80)
            for other in self.mentions:
                if other.kind == "country" and mention.end < other.start < close:
                    return other.actor
        return mention.actor

    # -- nouns -------------------------------------------------------------------------

    def nominal(self, hit: Hit, entry: Trigger) -> bool:
        """Whether the trigger is used as a noun ("the attack on", "U.S. sanctions")."""
        if entry.pos == "noun":
            return True
        if entry.pos == "fixed" or " " in entry.text:
            return False
        surface = self.lowered[hit.start:hit.end]
        if surface.endswith(("ed", "ing")) or surface in self.grammar.past:
            return False
        if any(0 <= hit.start - m.end <= 2 for m in self.mentions):
            following = self.words_after(hit.end, 1)
            return not (following and following[0] in self.grammar.determiners
                        or any(0 <= m.start - hit.end <= 2 for m in self.mentions))
            # "U.S. sanctions against ..." is a noun, "Rodong Sinmun denounces Japan" a verb
        g = self.grammar
        for word in reversed(self.words_before(hit.start, 3)):
            if word == "to":  # "to attack" is a verb, "to talks" a noun
                return self.lowered[hit.start:hit.end] != entry.text
            if word in g.determiners or word in g.prepositions or word.endswith(_POSSESSIVE):
                return True
            if not g.adjective(word):
                return False
        return False

    def light_verb(self, hit: Hit) -> bool:
        """Whether a light verb carries the noun ("sent a message of greeting")."""
        g = self.grammar
        for word in reversed(self.words_before(hit.start, 4)):
            if word in g.light_verbs:
                return True
            if word in _PUNCT or (word in g.prepositions and word != "of"):
                return False
        return False

    def opens_clause(self, hit: Hit) -> bool:
        """Whether the trigger is in the first noun phrase of its clause ("A roadside
        bombing near X killed ..."): its actors are then the clause's."""
        start = max(self.lowered.rfind(",", self.core_start, hit.start) + 1, self.core_start)
        if any(start <= m.start < hit.start for m in self.mentions):
            return False
        words = self.words_between(start, hit.start)
        return len(words) <= 3 and not any(w in _NP_BREAK for w in words)

    def noun_actors(self, hit: Hit, entry: Trigger, stop: int
                    ) -> tuple[Mention | None, Mention | None]:
        """Actors inside the noun phrase: a modifier or possessive before the noun
        ("the U.S. sanctions", "Japan's threat") or "by/from X" (and "of X" for
        some categories) after it; the target after a relational preposition
        ("sanctions against the DPRK") or, for the others, after "of"."""
        g = self.grammar
        source = target = None
        for mention in reversed(self.mentions):
            if mention.end <= hit.start:
                gap = self.words_between(mention.end, hit.start)
                if len(gap) <= 3 and not any(w in _NP_BREAK or w in g.prepositions for w in gap):
                    source = mention
                break
        agent, relation, word = self._after_noun(hit.end, stop)
        if agent is not None:
            found = self._mention_at(agent, stop)
            if word != "of" or entry.category in OF_AGENT:
                source = source or found  # "sanctions of the UN", "aid from China"
            elif found is not None and relation is None:
                relation = agent  # "denunciation of Trump": the patient
        if entry.agentive:  # "demonstrators in Baghdad ... the United States"
            i = bisect.bisect_left(self.starts, hit.end)
            if source is None and i < len(self.words) and \
                    self.words[i] in ("in", "from", "of", "at", "throughout"):
                source = self._mention_at(self.ends[i], stop) or self.place(hit.end, stop)
            target = self.object(hit.end, stop, source)
        elif relation is not None:
            target = self._mention_at(relation, stop)
        return source, (None if target is source else target)

    def _after_noun(self, end: int, stop: int) -> tuple[int | None, int | None, str]:
        """After a noun trigger: where "of/by/from" ends (and which it is), and where a
        relational preposition ("against", "on", ...) ends."""
        first_index = bisect.bisect_left(self.starts, end)
        words = [(self.words[i], self.ends[i])
                 for i in range(first_index, min(first_index + 9, len(self.words)))
                 if self.starts[i] < stop]
        agent = relation = None
        first = 0
        word = ""
        if words and words[0][0] in ("of", "by", "from"):
            word, agent = words[0]
            first = 1
        elif len(words) > 1 and (words[0][0].endswith("ed") or words[0][0] == "aimed"):
            first = 1  # "sanctions imposed on", "drills aimed at"
        for token, token_end in words[first:] if agent is not None else words[first:first + 1]:
            if token in self.grammar.relational:
                relation = token_end
                break
            if token in _PUNCT:
                break
        return agent, relation, word

    def _mention_at(self, pos: int, stop: int) -> Mention | None:
        """The actor starting within two words after ``pos``."""
        limit = min(stop, pos + 40)
        for mention in self.mentions:
            if pos <= mention.start < limit:
                return mention if len(self.words_between(pos, mention.start)) <= 2 else None
        return None

    # -- the coding ----------------------------------------------------------------------

    def actors(self, hit: Hit, entry: Trigger, category: str, passive: bool,
               previous: _Found | None, coordinated: bool, stop: int
               ) -> tuple[Mention | None, str | None, str | None]:
        """(source mention, source id, target id) of an event."""
        nominal = self.nominal(hit, entry)
        noun_roles = nominal and not self.light_verb(hit) and self.noun_actors(hit, entry, stop)
        if noun_roles and not (entry.speech or entry.role == "patient" or passive) and (
                noun_roles != (None, None) or not (
                    category in ("PROTEST", "THREATEN") and not entry.weak
                    or category in ("FIGHT", "ASSAULT") and self.opens_clause(hit))):
            source, target = noun_roles
        else:
            source, target = self.clause_actors(hit, entry, category, passive, previous,
                                                coordinated, stop, nominal)
        if target is None and category not in VERBAL and (
                source is not None or category in MATERIAL_CONFLICT | {"AID"}):
            target = self.place(hit.end, stop)
        if source is None and category in VERBAL and not entry.speech and not nominal:
            source = self.speaker(hit.start)
            if source is target:
                source = None
        source_id, target_id = self.actor_id(source), self.actor_id(target)
        if source is target or (source_id == target_id and target is not None
                                and target.source not in ("demonym", "place")):
            target_id = None
        return source, source_id, target_id

    def clause_actors(self, hit: Hit, entry: Trigger, category: str, passive: bool,
                      previous: _Found | None, coordinated: bool, stop: int, nominal: bool
                      ) -> tuple[Mention | None, Mention | None]:
        """Source and target from the clause: its subject and the object after the
        trigger (with passives, speech, patient threats, coordination)."""
        subject = self.subject(hit.start)
        if entry.speech or entry.role == "patient":
            return self.speaker(subject.start if subject else hit.start), subject
        if passive:
            by = _BY.match(self.lowered, hit.end)
            return (self.object(by.end(), stop, None) if by else None), subject
        source, target = subject, None
        if coordinated and previous is not None and previous.source_mention is not None and \
                (subject is None or subject.start > previous.start):
            source = previous.source_mention  # "met X and denounced Y"
        elif subject is not None:
            other = self.conjunct(subject)
            if other is not None:
                source, target = other, subject
        found = self.object(hit.end, stop, source, category == "DISAPPROVE")
        if found is not None:
            target = found
            between = self.words_between(hit.end, found.start)
            if nominal and "from" in between and "to" not in between:
                source, target = found, subject  # "received a message from X"
        return source, target

    def code(self, hits: list[Hit]) -> list[Event]:
        """Every event of the sentence, main-clause strong events first."""
        self.set_tail(hits[0].start)
        hits = [h for h in hits if self.core_start <= h.start and h.end <= self.core_end]
        found: list[_Found] = []
        absorb_until = -1
        previous: _Found | None = None
        sentence_text = self.text[self.start:self.end]
        for k, hit in enumerate(hits):
            entry = self.choose(hit)
            if entry is None or self.adjectival(hit) or self.in_name(hit):
                continue
            negated, future, passive, coordinated = self.auxiliaries(hit, entry)
            if hit.start < absorb_until and not (coordinated and self.verb_form(hit)):
                continue
            category = self.category(hit, entry, hits, k, negated, future)
            if category is None or self.hypothetical(hit.start):
                continue
            stop = self.clause_end(hit.end)
            if (category in GOVERNING and not entry.weak) or entry.intent or entry.speech:
                absorb_until = stop
            source, source_id, target_id = self.actors(
                hit, entry, category, passive, previous, coordinated, stop)
            if source_id is None and target_id is None:
                continue
            event = Event(category, source_id, target_id, self.index, sentence_text,
                          self.coder.scores[category], self.text[hit.start:hit.end])
            previous = _Found(event, hit.start, False, entry.weak, source)
            found.append(previous)
        if len(found) > 1:
            for item in found:
                item.background = self.background(item.start)
        return _ordered(found)


def _ordered(found: list[_Found]) -> list[Event]:
    """Main-clause strong events first (text order), then weak, then background ones;
    one event per (type, source, target)."""
    seen = set()
    out = []
    for item in sorted(found, key=lambda f: (f.background, f.weak, f.start)):
        key = (item.event.type, item.event.source, item.event.target)
        if key not in seen:
            seen.add(key)
            out.append(item.event)
    return out


# -- the stage ------------------------------------------------------------------------------

def code_events(doc: Document) -> None:
    """The event stage: fill ``doc.events`` from triggers and the mentions found.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("Kim Jong Un sent a congratulatory message to Xi Jinping.",
    ...                date="2017-10-25")
    >>> [(e.type, e.source, e.target, e.trigger) for e in doc.events]
    [('SUPPORT', 'kim-jong-un', 'xi-jinping', 'congratulatory')]
    """
    doc.events = []
    if not doc.sentences or doc.lang != "en":
        return
    coder = load_coder()
    lowered = lower_same_length(doc.text)
    hits, outlets = find_triggers(coder, lowered)
    if not hits or not (doc.mentions or outlets or doc.event_countries):
        return
    by_sentence: dict[int, list[Mention]] = {}
    for mention in doc.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    for mention in doc.event_countries:  # "expelled the DPRK ambassador"
        bisect.insort(by_sentence.setdefault(mention.sentence, []), mention,
                      key=lambda m: m.start)
    starts = [s for s, _ in doc.sentences]
    for outlet in outlets:
        index = bisect.bisect_right(starts, outlet.start) - 1
        pseudo = Mention(outlet.entries[0], "country", outlet.start, outlet.end,
                         doc.text[outlet.start:outlet.end], sentence=index, source="outlet")
        bisect.insort(by_sentence.setdefault(index, []), pseudo, key=lambda m: m.start)
    grouped: dict[int, list[Hit]] = {}
    for hit in hits:
        index = bisect.bisect_right(starts, hit.start) - 1
        if index in by_sentence:
            grouped.setdefault(index, []).append(hit)
    registry = load_registry()
    for index, sentence_hits in grouped.items():
        if any(_viable(hit, lowered) for hit in sentence_hits):
            sentence = _Sentence(doc, lowered, coder, registry, index, by_sentence[index])
            doc.events.extend(sentence.code(sentence_hits))


def _viable(hit: Hit, lowered: str) -> bool:
    """A cheap test before any per-sentence work: could one of the hit's entries
    apply? (Entries that need a following word are checked on the raw text.)

    >>> hits, _ = find_triggers(load_coder(), "they released a statement")
    >>> _viable(hits[0], "they released a statement")
    True
    >>> hits, _ = find_triggers(load_coder(), "the prices declined sharply")
    >>> _viable(hits[0], "the prices declined sharply")
    False
    """
    window = None
    for entry in hit.entries:
        if entry.speech:
            return True
        if not entry.then:
            return True
        window = window or lowered[hit.end:hit.end + 12 * entry.within + 20]
        if any(word in window for word in entry.then):
            return True
    return False
