"""Lexicons: epithets, titles, collectives and tone cues (reviewed TOML data).

>>> lex = load_lexicon()
>>> lex.epithets["dotard"].kind
'noun'
>>> lex.collectives["clique"]
True
>>> lex.collectives["administration"]
False
>>> lex.nameless_bodies["puppet army"]
'sk-armed-forces'
"""

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Epithet:
    """An insult or derisive label."""

    text: str
    kind: str  # noun | modifier | collective | predicate
    weight: float
    lang: str
    country: str | None = None  # whose bodies it names: "the puppet Supreme Court"


@dataclass(frozen=True)
class Cue:
    """A tone cue: a word or phrase and its weight, -1 (hostile) ... +1 (warm)."""

    text: str
    weight: float
    lang: str


@dataclass
class Lexicon:
    """Every lexicon nkwatch ships, keyed by lower-case text."""

    epithets: dict[str, Epithet]
    titles: dict[str, str]  # text -> kind (office | honorific | rank)
    collectives: dict[str, bool]  # text -> derogatory?
    cues: dict[str, Cue]
    negators: set[str]
    intensifiers: dict[str, float]
    version: str
    namesakes: set[str] = field(default_factory=set)
    pair_namesakes: set[str] = field(default_factory=set)  # after "Switzerland-Korea"
    namesakes_before_of: set[str] = field(default_factory=set)  # "Order" of "Order of X"
    nameless_bodies: dict[str, str] = field(default_factory=dict)  # text -> actor id
    korean_surnames: set[str] = field(default_factory=set)  # as written: "Ri", "Choe"
    party_modifiers: set[str] = field(default_factory=set)  # "the Party members"
    office_prefixes: list[str] = field(default_factory=list)  # "vice", "first vice"
    common_words: set[str] = field(default_factory=set)  # surnames never read in lower case
    # collectives that also stand before "of" and a name: "the regime of Lee Myung Bak"
    collectives_before_of: set[str] = field(default_factory=set)
    # Korean (references-ko.toml): honorifics alone -> (actor, from date); insults alone
    # that are south Korea's rulers; words after a name that make it a people or a style
    korean_leaders: dict[str, tuple[str, str]] = field(default_factory=dict)
    korean_leader_honorifics: list[str] = field(default_factory=list)
    korean_nameless_south: set[str] = field(default_factory=set)
    korean_not_the_actor_after: set[str] = field(default_factory=set)
    korean_words_not_names: set[str] = field(default_factory=set)  # "일본새": no Japan
    # names of bodies outside the registry (body-names-en.toml)
    body_heads: set[str] = field(default_factory=set)  # "Union", "Party", ...
    state_body_heads: set[str] = field(default_factory=set)  # "Ministry": with a country
    body_generic_words: set[str] = field(default_factory=set)  # "Central", "Democratic"
    outlet_heads: set[str] = field(default_factory=set)  # "News Agency": an outlet's
    # word lists the English reader uses, by name (words-en.toml): "servants", ...
    words: dict[str, frozenset[str]] = field(default_factory=dict)


def _files() -> list[tuple[str, str]]:
    root = resources.files("nkwatch") / "data" / "lexicons"
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in root.iterdir()
        if entry.name.endswith(".toml")
    )


def _lang_of(name: str) -> str:
    return "ko" if name.endswith("-ko.toml") else "en"


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """Load (once) every lexicon file shipped with nkwatch."""
    digest = hashlib.sha1()
    lex = Lexicon({}, {}, {}, {}, set(), {}, "")
    qualifiers: list[str] = []
    for name, text in _files():
        digest.update(name.encode())
        digest.update(text.encode())
        data = tomllib.loads(text)
        lang = _lang_of(name)
        for entry in data.get("epithet", []):
            key = entry["text"].lower()
            lex.epithets[key] = Epithet(key, entry["kind"], float(entry["weight"]), lang,
                                        entry.get("country"))
        qualifiers.extend(data.get("noun_qualifiers", []))
        for entry in data.get("title", []):
            lex.titles[entry["text"]] = entry.get("kind", "office")
        for entry in data.get("collective", []):
            lex.collectives[entry["text"].lower()] = bool(entry["derogatory"])
            if entry.get("before_of"):
                lex.collectives_before_of.add(entry["text"].lower())
        for entry in data.get("cue", []):
            key = entry["text"].lower()
            lex.cues[key] = Cue(key, float(entry["weight"]), lang)
        for entry in data.get("negator", []):
            lex.negators.add(entry["text"].lower())
        for entry in data.get("intensifier", []):
            lex.intensifiers[entry["text"].lower()] = float(entry.get("factor", 1.3))
        for entry in data.get("namesake", []):
            lex.namesakes.add(entry["text"])
        lex.pair_namesakes.update(data.get("pair_namesakes", []))
        lex.namesakes_before_of.update(data.get("namesakes_before_of", []))
        for entry in data.get("nameless_body", []):
            lex.nameless_bodies[entry["text"].lower()] = entry["actor"]
        lex.korean_surnames.update(data.get("korean_surnames", []))
        lex.party_modifiers.update(data.get("party_modifiers", []))
        lex.office_prefixes.extend(data.get("office_prefixes", []))
        lex.common_words.update(data.get("common_words", []))
        for entry in data.get("leader", []):
            lex.korean_leaders[entry["text"]] = (entry["actor"], entry["from"])
        lex.korean_leader_honorifics.extend(data.get("leader_honorifics", []))
        lex.korean_nameless_south.update(data.get("nameless_south", []))
        lex.korean_not_the_actor_after.update(data.get("not_the_actor_after", []))
        lex.korean_words_not_names.update(data.get("words_not_names", []))
        lex.body_heads.update(data.get("body_heads", []))
        lex.state_body_heads.update(data.get("state_body_heads", []))
        lex.body_generic_words.update(data.get("body_generic_words", []))
        lex.outlet_heads.update(data.get("outlet_heads", []))
        for name, words in data.get("words", {}).items():
            lex.words[name] = frozenset(words)
    _qualified_nouns(lex, qualifiers)
    lex.version = digest.hexdigest()[:12]
    return lex


def _qualified_nouns(lex: Lexicon, qualifiers: list[str]) -> None:
    """Add "political philistine" for each qualifier and one-word English noun insult,
    with the noun's weight, unless the lexicon lists the pair itself.

    >>> lex = load_lexicon()
    >>> lex.epithets["political philistine"].weight == lex.epithets["philistine"].weight
    True
    >>> lex.epithets["political charlatan"].weight  # (an entry of its own)
    -0.85
    """
    nouns = [e for e in lex.epithets.values()
             if e.kind == "noun" and e.lang == "en" and " " not in e.text]
    for qualifier in qualifiers:
        for noun in nouns:
            text = f"{qualifier} {noun.text}"
            lex.epithets.setdefault(text, Epithet(text, "noun", noun.weight, "en", noun.country))
