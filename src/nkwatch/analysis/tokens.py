"""Word tokens for looking around a mention, and lexicon keys made from them.

>>> [t.key for t in tokenize("the U. S. President Trump's \\"ally\\"")]
['the', 'u.s.', 'president', 'trump', "'s", '"', 'ally', '"']
>>> [t.key for t in tokenize("he met HE Kim")]
['he', 'met', 'h.e.', 'kim']
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
    out: list[Token] = []
    append = out.append
    new = tuple.__new__  # a NamedTuple's own __new__ is a Python call: this runs per token
    for match in _TOKEN.finditer(text, offset, len(text) if end is None else end):
        raw = match.group()
        key = raw.lower()
        if key.isalnum():  # a plain word, nearly every token
            if key == "he" and raw == "HE":
                key = "h.e."  # "HE Kim Jong Un": His Excellency, not the pronoun
            append(new(Token, (match.start(), match.end(), key)))
            continue
        start, stop = match.span()
        if raw[-1] == " ":
            raw = raw.rstrip()
            stop = start + len(raw)
            key = raw.lower()
        if len(key) > 1 and not key.isalnum():
            key = token_key(raw)
        elif key in _QUOTES:
            key = _QUOTES[key]
        append(new(Token, (start, stop, key)))
    return out


def phrase_key(text: str) -> tuple[str, ...]:
    """The token keys of a lexicon phrase, e.g. ("u.s.", "president")."""
    return tuple(t.key for t in tokenize(text))


def word_before(text: str, lo: int, pos: int, gap: int = 3, quotes: bool = True,
                need_gap: bool = False) -> str | None:
    """The word ending right before ``pos``, not reaching back before ``lo``.

    A word starts with a Latin letter, then letters, digits, "_", "-" or ".". At
    most ``gap`` spaces (and, with ``quotes``, opening quotes) may stand between it
    and ``pos``; ``need_gap``: at least one. A hand-written scan: this runs for
    every name found, and a regex anchored at the end of a window costs five
    times more.

    >>> word_before('the "U.S. President  Trump', 0, 21), word_before("x" + " " * 4 + "T", 0, 5)
    ('President', None)
    """
    i = pos
    while i > lo and (text[i - 1].isspace() or (quotes and text[i - 1] in "\"'“‘")):
        i -= 1
        if pos - i > gap:
            return None
    if need_gap and i == pos:
        return None
    j = i
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "_-."):
        j -= 1
    while j < i and not ("A" <= text[j] <= "Z" or "a" <= text[j] <= "z"):
        j += 1
    return text[j:i] if j < i else None


def is_hangul(ch: str) -> bool:
    """Whether ``ch`` is a hangul syllable ("트", not "T" or the jamo "ㅌ")."""
    return "\uac00" <= ch <= "\ud7a3"


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` keeping its length, so offsets into it stay valid (the few
    characters that lower to two, such as "İ", are left as they are).

    >>> lower_same_length("U.S. İ Trump") == "u.s. İ trump"
    True
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
