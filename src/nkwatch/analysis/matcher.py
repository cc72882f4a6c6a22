"""Find every registry surface form in a text in one pass (Aho-Corasick).

Two automata are built once from the registry and lexicons:
- a case-sensitive one for names (aliases, short forms, demonyms, capitals);
- a lower-case one for nameless role phrases and epithet nouns.
Each hit is checked for word boundaries. Matching is linear in the text.
Both match leftmost-longest (see :mod:`nkwatch.analysis.automata`).

>>> m = get_matcher()
>>> [(h.surface, h.entries[0][0]) for h in m.find_names("Trump met Xi Jinping.")]
[('Trump', 'donald-trump'), ('Xi Jinping', 'xi-jinping')]
"""

import re
from functools import lru_cache
from typing import NamedTuple

from nkwatch.analysis.automata import Automaton
from nkwatch.analysis.lexicon import Lexicon, load_lexicon
from nkwatch.analysis.registry import Registry, load_registry
from nkwatch.analysis.tokens import is_hangul


class Hit(NamedTuple):
    """A surface form found at ``start:end``; ``entries`` say what it may refer to."""

    start: int
    end: int
    surface: str
    entries: tuple  # names: ((actor_id, source), ...); phrases: ((kind, value), ...)


ONE_WORD_OFFICES = frozenset(("premier", "marshal"))
# an alias with one of these is read with the other too ("U.S. Forces in South Korea")
_KOREA_CASES = (("south Korea", "South Korea"), ("north Korea", "North Korea"))
_WORD_START = re.compile(r"(?<!\w)\w")


def _is_hangul(ch: str) -> bool:
    """A hangul syllable or a compatibility jamo."""
    return is_hangul(ch) or "\u3131" <= ch <= "\u318e"


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _bounded(text: str, start: int, end: int) -> bool:
    """Whole words only; a hyphen is a boundary ("DPRK-U.S. talks", "anti-Bush")."""
    first, last = text[start], text[end - 1]
    if start > 0:
        before = text[start - 1]
        if _word_char(before) and (_word_char(first) or _is_hangul(first)):
            return False
    if _is_hangul(last):
        return True  # Korean particles attach to names: 트럼프는
    if end < len(text):
        after = text[end]
        if _word_char(after) and _word_char(last):
            return False
    return True


def _plain_surname(alias: str) -> bool:
    """A one-word Latin surname ("Bush") that old KCNA text sometimes writes lower-case."""
    return alias.isalpha() and alias.isascii() and alias[:1].isupper() and len(alias) >= 4


class Matcher:
    """The two automata and the lookups behind them."""

    def __init__(self, registry: Registry, lexicon: Lexicon) -> None:
        names: dict[str, list[tuple[str, str]]] = {}

        def add(surface: str, actor_id: str, source: str) -> None:
            surface = surface.strip()
            if surface.startswith(("the ", "The ")):
                surface = surface[4:]  # "the UN": the article is not part of the name
            if len(surface) < 2:
                return
            entries = names.setdefault(surface, [])
            if (actor_id, source) not in entries:
                entries.append((actor_id, source))
            for low, high in _KOREA_CASES:  # KCNA writes both, "South" mostly until 2002
                if low in surface or high in surface:
                    twin = surface.replace(low, high) if low in surface else (
                        surface.replace(high, low))
                    twins = names.setdefault(twin, [])
                    if (actor_id, source) not in twins:
                        twins.append((actor_id, source))

        for actor in registry.actors.values():
            if actor.media:
                continue  # the outlets speak; they are not what is spoken of
            for alias in [*actor.aliases, *actor.named_since]:
                # an ambiguous name counts only with context ("Jordan"); its longer forms
                # are no one else's ("Hashemite Kingdom of Jordan")
                add(alias, actor.id, "short" if actor.ambiguous and " " not in alias else "alias")
            for alias in actor.short:
                add(alias, actor.id, "short")
            if actor.kind == "person":
                for alias in [*actor.aliases, *actor.short]:
                    if _plain_surname(alias) and alias.lower() not in lexicon.common_words:
                        add(alias.lower(), actor.id, "lower")
            for demonym in actor.demonyms:
                add(demonym, actor.id, "demonym")
            for capital in actor.capitals:
                add(capital, actor.id, "capital")
        # an alias beats a short form of another actor for the same surface
        ranked = {surface: (surface, tuple(sorted(entries, key=lambda e: e[1] != "alias")))
                  for surface, entries in names.items()}
        # "south Korean army" -> sk-armed-forces: read again after an insult ("the south
        # Korean puppet army"), see mentions._Finder.plain
        self.body_aliases = {alias: actor.id for actor in registry.actors.values()
                             if actor.kind == "organization" for alias in actor.aliases}
        # surfaces that name bodies only ("UN", "WPK": part of a title after them)
        self.body_surfaces = frozenset(
            surface for surface, entries in names.items()
            if all(registry.actors[a].kind == "organization" for a, _ in entries))
        self.names = Automaton(ranked, longest=True)

        phrases: dict[str, list[tuple[str, str]]] = {}
        for role in registry.roles.values():
            for phrase in role.phrases:
                key = phrase.lower().strip()
                key = key[4:] if key.startswith("the ") else key
                phrases.setdefault(key, [])
                if ("role", role.id) not in phrases[key]:
                    phrases[key].append(("role", role.id))
        # "the foreign minister": an office named without its country, resolved by the
        # country the sentence is about (see mentions._Finder.office)
        places = {word for actor in registry.actors.values() if actor.kind == "country"
                  for name in (*actor.aliases, *actor.demonyms, *actor.capitals)
                  for word in name.lower().split()}
        for role in registry.roles.values():
            for title in role.titles:
                key = title.lower().strip()
                words = key.split()
                # one-word offices are too common to resolve this way ("the President"
                # of KCNA's reminiscences is Kim Il Sung; "the chairman" of a society)
                if (key.isascii() and not places.intersection(words)
                        and (len(words) > 1 or key in ONE_WORD_OFFICES)):
                    entries = phrases.setdefault(key, [])
                    if ("office", role.id) not in entries:
                        entries.append(("office", role.id))
        for text, epithet in lexicon.epithets.items():
            if epithet.kind == "noun" and epithet.lang == "en":
                phrases.setdefault(text, []).append(("epithet", text))
        kept = {key: (key, tuple(entries)) for key, entries in phrases.items() if len(key) >= 3}
        self.phrases = Automaton(kept, longest=True)

    def _scan(self, automaton: Automaton, haystack: str, text: str) -> list[Hit]:
        """Leftmost-longest matches (chosen by the automaton) that are whole words.

        A match that is no whole word must not hide the matches it overlaps: the
        longest whole-word match from the same start stands ("U.S." in "the U.S. air
        forces"); else, where a word starts inside it, the scan starts again there
        ("Korean People's Army" in "the heroic Korean People's Army")."""
        hits = []
        values = automaton.values
        pos = 0
        while pos >= 0:
            restart = -1
            for index, start, end in automaton.find(haystack, pos):
                if _bounded(text, start, end):
                    hits.append(Hit(start, end, text[start:end], values[index][1]))
                    continue
                shorter = _whole_word_prefix(automaton, haystack, text, start, end)
                if shorter is not None:
                    hits.append(shorter)
                    restart = shorter.end
                    break
                if (word := _WORD_START.search(text, start + 1, end)) is not None:
                    restart = word.start()
                    break
            pos = restart
        return hits

    def find_names(self, text: str) -> list[Hit]:
        """Names, demonyms and capitals (case-sensitive), leftmost-longest."""
        return self._scan(self.names, text, text)

    def find_phrases(self, text: str, lowered: str | None = None) -> list[Hit]:
        """Role phrases and epithet nouns (case-insensitive), leftmost-longest."""
        haystack = lowered if lowered is not None else text.lower()
        return self._scan(self.phrases, haystack, text)


def _whole_word_prefix(automaton: Automaton, haystack: str, text: str,
                      start: int, end: int) -> Hit | None:
    """The longest key of ``automaton`` that starts at ``start``, ends before ``end``
    and is a whole word in ``text``, if any."""
    if start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
        return None  # (it starts inside a word: so would any shorter key)
    for stop in range(end - 1, start, -1):
        found = automaton.get(haystack[start:stop])
        if found is not None and _bounded(text, start, stop):
            return Hit(start, stop, text[start:stop], found[1])
    return None


@lru_cache(maxsize=1)
def get_matcher() -> Matcher:
    """The matcher for the shipped registry and lexicons (built once)."""
    return Matcher(load_registry(), load_lexicon())
