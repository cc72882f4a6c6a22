"""Normalise an article body while keeping every offset explainable.

The normalised body is made of verbatim slices of the raw text joined by
rewritten whitespace. ``anchors`` records, for the start of every verbatim
slice, its position in the normalised text and in the raw text, so any
offset outside the rewritten whitespace maps back to the raw text exactly
(:func:`to_raw_offset`). A single space left as it was needs no anchor, so a
clean text has one anchor only.

Rules:
- a whitespace run with no line break becomes one space;
- a run with a line break becomes a paragraph break ``"\\n"`` when it holds a
  blank line or ends in indentation (KCNA's ``"\\n\\t\\t\\t\\t\\t "``), else one
  space (a hard-wrapped line, as in the 1997 archive);
- ``&nbsp;`` entities count as whitespace;
- leading and trailing whitespace goes;
- a first line that repeats the title (case and spacing aside) is dropped.

>>> n = normalize("Talks Held\\r\\nPyongyang, May 3 (KCNA) -- Talks\\r\\nwere held.\\n\\t\\t Good.",
...               title="Talks Held")
>>> n.text
'Pyongyang, May 3 (KCNA) -- Talks were held.\\nGood.'
>>> raw = "Talks Held\\r\\nPyongyang, May 3 (KCNA) -- Talks\\r\\nwere held.\\n\\t\\t Good."
>>> raw[to_raw_offset(n.anchors, n.text.index("Good"))]
'G'
"""

import bisect
import difflib
import re
from dataclasses import dataclass

# Whitespace that needs rewriting: a run of two or more, or one that is not a space.
_WHITESPACE = re.compile(r"(?:\s|&nbsp;){2,}|[^\S ]|&nbsp;")
_LEADING = re.compile(r"(?:\s|&nbsp;)+")


@dataclass(frozen=True)
class Normalized:
    """A normalised body with its anchors back into the raw text."""

    text: str
    anchors: list[tuple[int, int]]


def _replacement(run: str) -> str:
    if "\n" not in run and "\r" not in run:
        return " "
    lines = run.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    blank_line = len(lines) > 2
    indented = lines[-1] != ""
    return "\n" if (blank_line or indented) else " "


def _same_as_title(line: str, title: str) -> bool:
    a = " ".join(line.split()).casefold()
    b = " ".join(title.split()).casefold()
    if not a or not b:
        return False
    if a == b:
        return True
    if len(a) > 2 * len(b) + 20:
        return False
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.85


def _title_line_end(raw: str, title: str) -> int:
    """Return where the body starts when its first line repeats the title, else 0."""
    if not title:
        return 0
    stripped = len(raw) - len(raw.lstrip())
    newline = raw.find("\n", stripped)
    if newline < 0:
        return 0
    if _same_as_title(raw[stripped:newline], title):
        return newline + 1
    return 0


def _content_end(raw: str, begin: int) -> int:
    """Return the end of ``raw`` without trailing whitespace and ``&nbsp;``."""
    end = len(raw)
    while end > begin:
        if raw[end - 1].isspace():
            end -= 1
        elif raw.endswith("&nbsp;", begin, end):
            end -= 6
        else:
            break
    return end


def normalize(raw: str, title: str = "") -> Normalized:
    """Return the normalised body of ``raw`` (see module doc)."""
    pieces: list[str] = []
    anchors: list[tuple[int, int]] = []
    out_len = 0
    begin = _title_line_end(raw, title)
    lead = _LEADING.match(raw, begin)
    begin = lead.end() if lead else begin
    end = _content_end(raw, begin)
    verbatim_from = begin  # raw start of the slice being copied unchanged
    for match in _WHITESPACE.finditer(raw, begin, end):
        start, stop = match.span()
        run = match.group()
        rep = _replacement(run)
        if rep == run:
            continue
        if start > verbatim_from:
            anchors.append((out_len, verbatim_from))
            pieces.append(raw[verbatim_from:start])
            out_len += start - verbatim_from
        pieces.append(rep)
        out_len += len(rep)
        verbatim_from = stop
    if verbatim_from < end:
        anchors.append((out_len, verbatim_from))
        pieces.append(raw[verbatim_from:end])
    return Normalized("".join(pieces), anchors)


def to_raw_offset(anchors: list[tuple[int, int]], offset: int) -> int:
    """Map an offset in the normalised text to the raw text.

    >>> to_raw_offset([(0, 5), (4, 12)], 6)
    14
    """
    if not anchors:
        return offset
    keys = [a[0] for a in anchors]
    i = max(bisect.bisect_right(keys, offset) - 1, 0)
    norm, raw = anchors[i]
    return raw + (offset - norm)
