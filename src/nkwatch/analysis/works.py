"""Titles of works: the quoted name of a book, article, song or film.

A name inside a title ("the book \\"Kim Jong Il, Iron-Willed Commander\\"", an
article titled \\"Abe regime should account for ...\\"") names the work, not a
mention of the person or state (see docs/labelling-guide.md, "Hard
negatives"). A quoted span is such a title when a word for a work or
"titled" stands right before it, or ", a work" right after it.

>>> text = 'He read the book "Trump and the World" and met Trump.'
>>> [text[s:e] for s, e in work_title_spans(text)]
['Trump and the World']
>>> text = 'such works as "Kim Il Sung Is the Sun" and "Long Live Kim Jong Il"'
>>> [text[s:e] for s, e in work_title_spans(text)]
['Kim Il Sung Is the Sun', 'Long Live Kim Jong Il']
>>> work_title_spans('the so-called "president" Trump')
[]
>>> work_title_spans('He said, "no. Roh in his "memoirs" claimed the south, "allured" by')
[]
"""

import re

from nkwatch.analysis.needles import contains, contains_any, register
from nkwatch.analysis.tokens import word_before

_WORK_NOUNS = frozenset(
    "article articles book books work works treatise treatises song songs poem poems film "
    "films movie novel novels essay essays booklet pamphlet album documentary opera drama "
    "editorial column thesis memoir memoirs reminiscences anthology play dance dances music "
    "chorus choruses ballad ballads suite cantata symphony musical recitation paean paeans "
    "hymn hymns anthem anthems ode odes "
    # verbs of a performance: 'sang "Song of ..."', 'recited "..."'
    "sang sing sings performed recited played".split()
)
# a quoted title that says it is a work: '"Song of General Kim Il Sung" resounded'
_WORK_OPENINGS = ("Song of ", "Song to ", "Ode to ", "Hymn to ", "Story of ", "Legend of ",
                  "Ballad of ")
_TITLED = frozenset(("titled", "entitled", "headlined", "captioned"))
_UNDER_THE = frozenset(("title", "caption", "heading", "headline"))
# a quoted span: straight or curly quotes, on one line, up to 250 characters (the pairs
# are read left to right, so a closing quote never opens the next span); a quote right
# after a letter or a punctuation mark closes one, so a stray quote earlier in the
# article does not pair 'his "memoirs" claimed ... the south, "allured"' the wrong way
_QUOTED = re.compile(r"[\"“](?<![\w.,;:!?][\"“])([^\"“”\n]{2,250})[\"”]")
_WORK_AFTER = re.compile(r",?[ ](?:a|an|the)[ ]([a-z]+)\b")
_LIST_JOINT = re.compile(r",? and |, ")  # between two titles of a list


def work_title_spans(text: str) -> list[tuple[int, int]]:
    """Where the titles of works stand in ``text`` (inside their quotes), in order."""
    if '"' not in text and "“" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for match in _QUOTED.finditer(text):
        if _cue_before(text, match.start()) or (
                spans and _LIST_JOINT.fullmatch(text, spans[-1][1] + 1, match.start())):
            # (also the next of a list of titles: 'the works "..." and "..."')
            spans.append(match.span(1))
            continue
        after = _WORK_AFTER.match(text, match.end())
        if (after is not None and after.group(1) in _WORK_NOUNS) or (
                match.group(1).startswith(_WORK_OPENINGS)):
            spans.append(match.span(1))
    return spans


def _cue_before(text: str, quote: int) -> bool:
    """Whether "titled", "under the title" or a word for a work stands right before the
    quote at ``quote`` (a comma may come between: 'titled, "...'). A word lookup, not a
    pattern: this runs for every quoted span of every article."""
    pos = quote - 1 if text[quote - 1:quote] == " " else quote
    if text[pos - 1:pos] == ",":
        pos -= 1
    word = word_before(text, max(0, pos - 30), pos, gap=0, quotes=False)
    if word is None:
        return False
    word = word.lower()
    if word in _TITLED or word in _WORK_NOUNS:
        return True
    if word == "as":  # "such works as"
        pos -= 3
        word = (word_before(text, max(0, pos - 30), pos, gap=0, quotes=False) or "").lower()
        return word in _WORK_NOUNS
    if word == "of":  # "under the title of"
        pos -= 3  # to the end of the word before " of"
        word = (word_before(text, max(0, pos - 30), pos, gap=0, quotes=False) or "").lower()
    return word in _UNDER_THE and text.endswith("under the ", 0, pos - len(word))


# the name of an agreement between states: "the DPRK-U.S. Agreed Framework", "the
# DPRK-Japan Pyongyang Declaration", "the Korea-U.S. Free Trade Agreement", and as KCNA
# writes most of them, in lower case: "the DPRK-U.S. agreed framework" (about 280 in KCNA
# 1997-2018), "the DPRK-U.S. framework agreement", "the DPRK-China friendship treaty", "the
# DPRK-U.S. joint statement", "the Korea-Japan fisheries accord": hyphened states, up to
# three capitalised words or words of a treaty's kind ("joint", "mutual defence", "free
# trade"; not "secret": a secret deal between states is the states' act), then the noun.
# Read forwards from the hyphen, the first state checked behind it: a search back from
# each noun ("statement" is in most articles) cost a tenth of the mention stage.
_DOCUMENT_NAME = re.compile(
    r"-[A-Z][\w.]*(?:-[A-Z][\w.]*)*(?: (?:[A-Z][a-z]+|joint|mutual|defen[cs]e"
    r"|security|friendship|free|trade|fisher(?:y|ies)|fishing|peace|basic|assistance"
    r"|cooperation)){0,3} "
    r"(?:[Aa]greed [Ff]ramework|[Ff]ramework [Aa]greement|[Dd]eclaration|[Ss]tatement"
    r"|[Cc]ommunique|[Tt]reaty|[Aa]greement|[Aa]ccord|[Pp]act)s?\b")
_FIRST_STATE = re.compile(r"(?<![\w.-])[A-Z][\w.]*\Z")  # "DPRK" of "DPRK-U.S. ..."
# the quoted name of a law: '"North Korean Human Rights Act"', '"Law on Agrarian Reform in
# North Korea"'
_LAW_WORDS = register("Act", "Law", "Bill")
register("struggle")
_LAW_NAME = re.compile(
    r"[\"“](Law on [^\"“”\n]{2,100}|[A-Z][^\"“”\n]{2,100} (?:Act|Law|Bill))[\"”]")


# the name of a commemorative day or month of struggle against the U.S., each year since
# the 1950s ("June 25, the day of struggle against the U.S. imperialists", about 90 in KCNA
# 1997-2018; "the June 25-July 27 month of anti-U.S. joint struggle", about 220): a date's
# name, not a word on the U.S. of the day
_STRUGGLE_DAY = re.compile(
    r"\b(?:[Dd]ay|[Mm]onth) of (?:the )?(?:anti-U\.S\.(?: joint| imperialist)? struggle"
    r"|struggle against (?:the )?U\.S\. imperialis(?:ts|m))\b")


def document_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the names of documents stand in ``text``: of agreements between states
    (the states joined by hyphens name the document, as a country inside a body's
    name names the body: no mention of their own), of laws, quoted, and of the days
    and months of struggle against the U.S.

    >>> text = "It broke the DPRK-U.S. Agreed Framework, the U.S. said."
    >>> [text[s:e] for s, e in document_name_spans(text)]
    ['DPRK-U.S. Agreed Framework']
    >>> text = 'The U.S. enacted the "North Korean Human Rights Act" in 2004.'
    >>> [text[s:e] for s, e in document_name_spans(text)]
    ['North Korean Human Rights Act']
    >>> text = 'They marked "June 25, the day of struggle against the U.S. imperialists".'
    >>> [text[s:e] for s, e in document_name_spans(text)]
    ['day of struggle against the U.S. imperialists']
    >>> text = "It broke the DPRK-U.S. agreed framework and the Korea-U.S. free trade agreement."
    >>> [text[s:e] for s, e in document_name_spans(text)]
    ['DPRK-U.S. agreed framework', 'Korea-U.S. free trade agreement']
    >>> document_name_spans("DPRK-U.S. talks were held.")
    []
    >>> document_name_spans("A U.S.-Japan secret agreement was exposed.")
    []
    """
    spans: list[tuple[int, int]] = []
    if "-" in text:
        for name in _DOCUMENT_NAME.finditer(text):  # (from the hyphen: found fast)
            first = _FIRST_STATE.search(text, max(0, name.start() - 30), name.start())
            if first is not None:
                spans.append((first.start(), name.end()))
    if contains_any(text, _LAW_WORDS):
        spans.extend(m.span(1) for m in _LAW_NAME.finditer(text))
    if contains(text, "struggle"):
        spans.extend(m.span() for m in _STRUGGLE_DAY.finditer(text))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies within one of ``spans``.

    >>> inside([(5, 20)], 6, 10), inside([(5, 20)], 18, 25)
    (True, False)
    """
    return any(s <= start and end <= e for s, e in spans)
