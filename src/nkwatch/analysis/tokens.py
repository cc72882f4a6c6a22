"""Word tokens for looking around a mention, and lexicon keys made from them.

>>> [t.key for t in tokenize("the U. S. President Trump's \\"ally\\"")]
['the', 'u.s.', 'president', 'trump', "'s", '"', 'ally', '"']
"""

import re
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.[ ]?){2,}|[A-Za-z]\.(?=[ ]?[A-Z][a-z])|'s\b|’s\b|[\w\-]+|[^\w\s]"
)
_QUOTES = {"“": '"', "”": '"', "‘": "'", "’": "'"}


class Token(NamedTuple):
    """A word or punctuation mark with its offsets and lexicon key."""

    start: int
    end: int
    key: str


def token_key(text: str) -> str:
    """Lower-case, initials without spaces, curly quotes straight."""
    key = text.lower()
    if " " in key:
        key = key.replace(" ", "")
    if "’" in key:
        key = key.replace("’", "'")
    return _QUOTES.get(key, key)


def tokenize(text: str, offset: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[offset:end]`` with absolute offsets."""
    out = []
    append = out.append
    for match in _TOKEN.finditer(text, offset, len(text) if end is None else end):
        raw = match.group()
        start, stop = match.span()
        if raw[-1] == " ":
            raw = raw.rstrip()
            stop = start + len(raw)
        key = raw.lower()
        if len(key) > 1 and not key.isalnum():
            key = token_key(raw)
        elif key in _QUOTES:
            key = _QUOTES[key]
        append(Token(start, stop, key))
    return out


def phrase_key(text: str) -> tuple[str, ...]:
    """The token keys of a lexicon phrase, e.g. ("u.s.", "president")."""
    return tuple(t.key for t in tokenize(text))
