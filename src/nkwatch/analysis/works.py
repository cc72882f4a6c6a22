"""Titles of works: the quoted name of a book, article, song or film.

A name inside a title ("the book \\"Kim Jong Il, Iron-Willed Commander\\"", an
article titled \\"Abe regime should account for ...\\"") names the work, not a
mention of the person or state (see docs/labelling-guide.md, "Hard
negatives"). A quoted span is such a title when a word for a work or
"titled" stands right before it, or ", a work" right after it.

>>> text = 'He read the book "Trump and the World" and met Trump.'
>>> [text[s:e] for s, e in work_title_spans(text)]
['Trump and the World']
>>> work_title_spans('the so-called "president" Trump')
[]
"""

import re

_WORK_NOUNS = (
    "article|articles|book|books|work|works|treatise|treatises|song|songs|poem|poems|film|"
    "films|movie|novel|novels|essay|essays|booklet|pamphlet|album|documentary|opera|drama|"
    "editorial|column|thesis|memoir|memoirs|reminiscences|anthology|play|photo album"
)
# the quotes of a title: straight or curly, on one line, up to 250 characters
_QUOTED = r"[\"“]([^\"“”\n]{2,250})[\"”]"
_TITLE_BEFORE = re.compile(
    rf"(?<![\w-])(?:titled|entitled|headlined|captioned|under the (?:title|caption|heading|"
    rf"headline) of|under the (?:title|caption|heading|headline)|{_WORK_NOUNS})"
    rf",?[ ]{_QUOTED}"
)
_TITLE_AFTER = re.compile(rf"{_QUOTED},?[ ](?:a|an|the)[ ](?:{_WORK_NOUNS})\b")


def work_title_spans(text: str) -> list[tuple[int, int]]:
    """Where the titles of works stand in ``text`` (inside their quotes), in order."""
    if '"' not in text and "“" not in text:
        return []
    spans = {m.span(1) for m in _TITLE_BEFORE.finditer(text)}
    if ", a" in text or " a " in text:
        spans.update(m.span(1) for m in _TITLE_AFTER.finditer(text))
    return sorted(spans)


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``spans``.

    >>> inside([(5, 20)], 6, 10), inside([(5, 20)], 18, 25)
    (True, False)
    """
    return any(s <= start and end <= e for s, e in spans)
