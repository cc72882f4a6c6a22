"""What stands around a name: titles, epithets, country words, collectives.

Built once from the registry and lexicons as a dictionary from token-key
tuples to a category, and walked over the tokens left of a name (backwards)
or right of it (forwards), longest phrase first.

>>> from nkwatch.analysis.tokens import tokenize
>>> ctx = get_context()
>>> text = "the mentally deranged U.S. President"
>>> [(s.category, text[s.start:s.end]) for s in ctx.walk_left(tokenize(text))]
[('filler', 'the'), ('epithet', 'mentally deranged'), ('title', 'U.S. President')]
"""

from functools import lru_cache
from typing import NamedTuple

from nkwatch.analysis.lexicon import Lexicon, load_lexicon
from nkwatch.analysis.registry import Registry, load_registry
from nkwatch.analysis.tokens import Token, phrase_key

FILLERS = ("the", "a", "an", '"', "'", "then", "former", "late", "ex", "-", "new", "present",
           "incumbent", "outgoing", "current", "acting", "this", "that", "such", "very", "most")
RELATIVE = ("like", "as", "including")
TITLE_LINKS = ("to", "in", "of")  # "Ambassador to the DPRK", "President of Cyprus"
MAX_PHRASE = 6


class Segment(NamedTuple):
    """A run of tokens recognised as one lexicon phrase."""

    category: str  # title | epithet | country | filler
    start: int
    end: int
    key: tuple[str, ...]
    first: int  # index of its first token
    last: int  # index after its last token


# "their Chinese counterparts": the other side's bodies or people, not its officials
PLURALS_NOT_OFFICIALS = frozenset({("counterparts",)})


class Context:
    """Phrase tables for the walks around a name."""

    def __init__(self, registry: Registry, lexicon: Lexicon) -> None:
        table: dict[tuple[str, ...], str] = {}
        for filler in FILLERS:
            table[(filler,)] = "filler"
        # countries' names, not their demonyms: "to the" before one links a title to it
        self.country_names: set[tuple[str, ...]] = set()
        for actor in registry.actors.values():
            if actor.kind == "country":
                for surface in [*actor.aliases, *actor.demonyms]:
                    table[phrase_key(surface)] = "country"
                self.country_names.update(phrase_key(surface) for surface in actor.aliases)
        # "Korea", the land (no mention of its own), ends a title as a country does:
        # "Egyptian ambassador to Korea Mohamed Amin Gabr"
        table.setdefault(("korea",), "country")
        # the plurals of offices ("U.S. presidents", "Japanese dietmen"): officials of a
        # state, not one holder
        self.plural_offices: set[tuple[str, ...]] = set()
        for role in registry.roles.values():
            for title in role.titles:
                table[phrase_key(title)] = "title"
        for title, kind in lexicon.titles.items():
            key = phrase_key(title)
            table[key] = "title"
            if key and key[-1].isalpha():
                plural = key[:-1] + (plural_of(key[-1]),)
                table.setdefault(plural, "title")
                if kind == "office" and plural not in PLURALS_NOT_OFFICIALS:
                    self.plural_offices.add(plural)
            if "of" in key[1:] and key[0].isalpha():  # "members of the Presidium"
                table.setdefault((plural_of(key[0]),) + key[1:], "title")
        for key in _deputy_offices(lexicon):
            table.setdefault(key, "title")
        self.epithet_kinds: dict[tuple[str, ...], str] = {}
        for text, epithet in lexicon.epithets.items():
            if epithet.kind in ("noun", "modifier", "collective"):
                key = phrase_key(text)
                table[key] = "epithet"
                self.epithet_kinds[key] = epithet.kind
                if epithet.kind in ("noun", "modifier"):
                    plural = key[:-1] + (plural_of(key[-1]),)
                    table.setdefault(plural, "epithet")
                    self.epithet_kinds.setdefault(plural, "plural")
        self.table = table
        self.collectives = {phrase_key(t): d for t, d in lexicon.collectives.items()}
        self.max_len = min(MAX_PHRASE, max((len(k) for k in table), default=1))
        self._last_words = {k[-1] for k in table}
        self.epithet_last_words = {k[-1] for k, c in table.items() if c == "epithet"}
        # last words that end no one-word phrase ("of" ends only "tool of"): the words
        # that may come before them, for a cheap test before a walk
        one_word = {k[0] for k in table if len(k) == 1}
        self.words_before_last: dict[str, set[str]] = {}
        for key in table:
            if len(key) > 1 and key[-1] not in one_word:
                self.words_before_last.setdefault(key[-1], set()).add(key[-2])
        self.title_last_words = {k[-1] for k, c in table.items() if c == "title"}
        self.country_last_words = {k[-1] for k, c in table.items() if c == "country"}
        self.single_titles = {k[0] for k, c in table.items() if c == "title" and len(k) == 1}
        self.korean_surnames = frozenset(lexicon.korean_surnames)
        # first words of what may follow a name and belong to its mention
        self.right_openers = ({k[0] for k, c in table.items() if c == "epithet"}
                              | {k[0] for k in self.collectives})
        self.epithet_first_words = {k[0] for k, c in table.items() if c == "epithet"}
        self._first_words = {k[0] for k in table}
        self.title_or_country_first_words = {k[0] for k, c in table.items()
                                             if c in ("title", "country")}
        self.title_first_words = {k[0] for k, c in table.items() if c == "title"}

    def walk_left(self, tokens: list[Token]) -> list[Segment]:
        """Segments ending at the last token, walking backwards until no phrase fits.

        A title reaches over "to the", "in" or "of" to its country: "Ambassador to the
        DPRK", "Prime Minister of south Korea".
        """
        segments: list[Segment] = []
        i = len(tokens)
        while i > 0:
            found = None
            if segments and segments[-1].key in self.country_names:
                # "to the" before a country's name too long to hold its "the"
                # ("Ambassador to the Democratic People's Republic of Korea"): the link,
                # not a filler (not before a demonym: "the representative of the Nepali
                # King" is no title of a king's)
                found = self._title_link(tokens, i, segments)
            if found is None and tokens[i - 1].key in self._last_words:
                for n in range(min(self.max_len, i), 0, -1):
                    key = tuple(t.key for t in tokens[i - n : i])
                    category = self.table.get(key)
                    if category is not None:
                        found = Segment(category, tokens[i - n].start, tokens[i - 1].end,
                                        key, i - n, i)
                        break
            if found is None:
                found = self._title_link(tokens, i, segments)
                if found is None:
                    break
            segments.append(found)
            i = found.first
        segments.reverse()
        return segments

    def _title_link(self, tokens: list[Token], i: int, found: list[Segment]) -> Segment | None:
        """"to the", "in", "of" ... between a title and the country just walked."""
        if not found or found[-1].category != "country":
            return None
        j = i
        if j > 0 and tokens[j - 1].key == "the":
            j -= 1
        if j == 0 or tokens[j - 1].key not in TITLE_LINKS:
            return None
        j -= 1
        if j == 0 or tokens[j - 1].key not in self.title_last_words:
            return None
        key = tuple(t.key for t in tokens[j:i])
        return Segment("filler", tokens[j].start, tokens[i - 1].end, key, j, i)

    def walk_right(self, tokens: list[Token], begin: int = 0) -> list[Segment]:
        """Segments from ``tokens[begin]`` on, walking forwards until no phrase fits."""
        segments: list[Segment] = []
        i = begin
        while i < len(tokens) and tokens[i].key in self._first_words:
            for n in range(min(self.max_len, len(tokens) - i), 0, -1):
                key = tuple(t.key for t in tokens[i : i + n])
                category = self.table.get(key)
                if category is not None:
                    segments.append(Segment(category, tokens[i].start, tokens[i + n - 1].end,
                                            key, i, i + n))
                    i += n
                    break
            else:
                break
        return segments

    @staticmethod
    def title_run_start(segs: list[Segment]) -> Segment | None:
        """The first segment of the run of titles and country words that ends ``segs``
        with a title ("U.S. Secretary of State"), or with a title and the country it
        reaches ("Russian Ambassador to the DPRK"); None when ``segs`` ends otherwise."""
        last = len(segs) - 1
        if last >= 2 and segs[last].category == "country" and segs[last - 1].category == (
                "filler") and segs[last - 1].key[0] in TITLE_LINKS:
            last -= 2
        if last < 0 or segs[last].category != "title":
            return None
        first = segs[last]
        for seg in reversed(segs[:last]):
            if seg.category not in ("title", "country"):
                break
            first = seg
        return first

    def collective_at(self, tokens: list[Token], begin: int) -> tuple[int, bool] | None:
        """If a collective noun starts at ``tokens[begin]``: (tokens used, derogatory).

        A collective before "of" and plural insults is one, derogatory, as the lexicon's
        "group of traitors" is: "group of hooligans", "group of the worst traitors",
        "regime of traitors".

        >>> from nkwatch.analysis.tokens import tokenize
        >>> context = get_context()
        >>> [context.collective_at(tokenize(text), 0) for text in (
        ...     "group of traitors", "group of human dregs", "group of students",
        ...     "regime of traitors", "regime of Lee")]
        [(3, True), (4, True), (1, True), (3, True), (1, False)]
        """
        for n in range(min(4, len(tokens) - begin), 0, -1):
            key = tuple(t.key for t in tokens[begin : begin + n])
            if key in self.collectives:
                if n == 1:
                    return self._of_insults(tokens, begin) or (1, self.collectives[key])
                return n, self.collectives[key]
        return None

    def _of_insults(self, tokens: list[Token], begin: int) -> tuple[int, bool] | None:
        """'group of hooligans', 'regime of the worst traitors': a collective at
        ``tokens[begin]``, "of" (and "the") and insults in a row ending in a plural noun;
        (tokens used, True)."""
        if begin + 2 >= len(tokens) or tokens[begin + 1].key != "of":
            return None
        first = begin + 2 + (tokens[begin + 2].key == "the")
        run: list[Segment] = []
        for seg in self.walk_right(tokens, first):
            if seg.category != "epithet":
                break
            run.append(seg)
        while run and not self.plural_noun(run[-1].key):
            run.pop()
        return (run[-1].last - begin, True) if run else None

    def plural_noun(self, key: tuple[str, ...]) -> bool:
        """Whether a lexicon insult is a plural noun: the plural of a noun or of a
        modifier used as one ("hooligans", "bosses", "madmen", "puppets") or a noun
        ending in "s" ("human dregs"); not a modifier ending in "s" ("vicious").

        >>> context = get_context()
        >>> [context.plural_noun((w,)) for w in ("traitors", "bosses", "madmen", "vicious")]
        [True, True, True, False]
        """
        kind = self.epithet_kinds.get(key)
        return kind == "plural" or (kind == "noun" and key[-1].endswith("s")
                                    and not key[-1].endswith("ss"))


def _deputy_offices(lexicon: Lexicon) -> set[tuple[str, ...]]:
    """The offices of the titles lexicon with a deputy's prefix before them: "vice
    department director", "first vice-minister", "deputy director" (prefixes from
    ``office_prefixes`` in titles-en.toml).

    >>> from nkwatch.analysis.lexicon import load_lexicon
    >>> keys = _deputy_offices(load_lexicon())
    >>> [k in keys for k in [("vice", "department", "director"), ("first", "vice-director"),
    ...                      ("deputy", "director")]]
    [True, True, True]
    """
    prefixes = [phrase_key(p) for p in lexicon.office_prefixes]
    out: set[tuple[str, ...]] = set()
    for title, kind in lexicon.titles.items():
        key = phrase_key(title)
        if kind != "office" or not key or not key[0].isalpha():
            continue
        for prefix in prefixes:
            if len(key) + len(prefix) <= MAX_PHRASE:
                out.add(prefix + key)
                out.add(prefix[:-1] + (f"{prefix[-1]}-{key[0]}",) + key[1:])
    return out


def plural_of(word: str) -> str:
    """English plural of a lexicon word.

    >>> [plural_of(w) for w in ("puppet", "reactionary", "henchman", "lackey", "boss", "eunuch")]
    ['puppets', 'reactionaries', 'henchmen', 'lackeys', 'bosses', 'eunuchs']
    """
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")) and not word.endswith(_CH_AS_K):
        return word + "es"
    return word + "s"


_CH_AS_K = ("eunuch", "monarch", "patriarch")  # ("eunuchs", not "eunuches")


@lru_cache(maxsize=1)
def get_context() -> Context:
    """Context tables for the shipped registry and lexicons (built once)."""
    return Context(load_registry(), load_lexicon())
