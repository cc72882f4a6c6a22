"""'the king', 'the chancellor', 'the ambassador', 'the Indonesian president': an office
named alone (or after a demonym), standing for the person the article last gave that title.

"Thai King Bhumibol Adulyadej ... The King expressed thanks" and "German Chancellor
Gerhard Schroder ... the chancellor said" name no one, but their readers know who is
meant. The office must stand in a title given earlier in the article (after its name or
before it; not as part of "vice-chairman"), and not be followed by "of", "to" or a
name (then it is a new office: "the chairman of the committee").

>>> from nkwatch.analysis.pipeline import annotate
>>> doc = annotate("German Chancellor Gerhard Schroder met them. The chancellor said so.",
...                date="2003-01-01")
>>> [(m.actor, m.form, m.text) for m in doc.mentions if m.form == "role"]
[('gerhard-schroder', 'role', 'The chancellor')]

After a demonym the holder must act for that country: "Megawati Sukarnoputri,
president of Indonesia ... the Indonesian president" (where the registry has no
dated role for the office).
"""

import re
from collections.abc import Callable
from functools import lru_cache

from nkwatch.analysis.document import Mention

ETERNAL_PRESIDENT = "kim-il-sung"  # KCNA's "the President" (see mentions.eternal_president)
_OFFICES = (
    "king|queen|emperor|sultan|emir|chancellor|premier|prime minister|president|"
    "vice-president|secretary-general|secretary general|ambassador|"
    "chairman|chairwoman|chairperson"
)
# (the pattern opens with the literal "he ", which the regex engine finds fast, and
# only then looks behind it for "T" or "t" at a word's start)
_THE_OFFICE = re.compile(
    rf"he (?<=[Tt]he )(?<!\w[Tt]he )((?i:{_OFFICES}))\b(?!-)(?!['’]s? [A-Z])"
    rf"(?! (?:of|to|for|in|at|and)\b)"
    rf"(?! [A-Z])(?:(?!,? (?:the )?government\b))"  # "the president, government and people of"
)


@lru_cache(maxsize=64)
def _heading(office: str) -> re.Pattern:
    """A pattern for ``office`` heading a title ("Chinese ambassador to the DPRK", not
    "King Prince" or "vice-chairman"). KCNA's "the President" with a capital is Kim Il
    Sung, not the "president of the association" named before: a capital asks for a
    capital in the title.

    >>> bool(_heading("ambassador").search("Chinese Ambassador to the DPRK"))
    True
    """
    flags = 0 if office[0].isupper() else re.IGNORECASE
    return re.compile(rf"(?<![\w-]){re.escape(office)}(?![\w-])"
                      rf"(?=\s*$|\s+(?:of|to|in|for|at|and)\b|,)", flags)


# "the Indonesian president" after the demonym (not "the Russian president's Putin")
_OFFICE_AFTER_DEMONYM = re.compile(
    rf" ((?i:{_OFFICES}))\b(?!-)(?!['’]s? [A-Z])(?! (?:of|to|for|in|at|and)\b)(?! [A-Z])")
_THE_BEFORE = ("the ", "The ")
# "the message wished the president success": the addressee
_WISHED = re.compile(r"\bwish(?:es|ed|ing)? $")


def titled_anaphors(text: str, mentions: list[Mention], is_covered: Callable[[int, int], bool],
                    foreign: Callable[[str], bool]) -> list[Mention]:
    """Role mentions for each bare office in ``text`` whose holder ``mentions`` named
    before it with that title (the latest such person). After "wished" the office is
    the addressee of a North Korean message, so it is a foreign holder's (``foreign``
    tells them)."""
    titled = [m for m in mentions if m.kind == "person" and m.title]
    if not titled:
        return []
    # KCNA's "the President" is Kim Il Sung (see mentions.eternal_president), also
    # where the article calls somebody "president of" a society; not where it last
    # called somebody "President" before the name ("President Robert Mugabe")
    eternal = any(m.actor == ETERNAL_PRESIDENT for m in mentions)
    out: list[Mention] = []
    for match in _THE_OFFICE.finditer(text):
        start, end = match.start() - 1, match.end()  # from the "T" of "The"
        if is_covered(start, end):
            continue
        office = match.group(1)
        pattern = _heading(office)
        wished = _WISHED.search(text, max(0, start - 12), start) is not None
        holders = [m for m in titled if m.end <= start and pattern.search(m.title or "")
                   and (not wished or foreign(m.actor))]
        actor = max(holders, key=lambda m: m.start).actor if holders else None
        if eternal and office == "President" and (actor is None or not any(
                m.title == office for m in holders if m.actor == actor)):
            actor = ETERNAL_PRESIDENT  # not "President of the ... Association" named before
        if actor is not None:
            out.append(Mention(actor, "person", start, end, text[start:end], form="role",
                               source="role", context_end=end))
    return out


def demonym_office_anaphors(text: str, mentions: list[Mention], countries: list[Mention],
                            is_covered: Callable[[int, int], bool],
                            country_of: Callable[[str], str | None]) -> list[Mention]:
    """Role mentions for "the <demonym> <office>" ("the Indonesian president") whose
    holder ``mentions`` named before with that title and who acts for that country:
    by the registry (``country_of``) or by the country in the title ("..., president of
    Indonesia"; ``countries`` holds the country mentions, also those inside titles)."""
    titled = [m for m in mentions if m.kind == "person" and m.title]
    if not titled:
        return []
    out: list[Mention] = []
    for country in countries:
        if (country.kind != "country" or country.source != "demonym"
                or text[max(0, country.start - 4):country.start] not in _THE_BEFORE):
            continue
        office = _OFFICE_AFTER_DEMONYM.match(text, country.end)
        if office is None:
            continue
        start, end = country.start - 4, office.end()
        if is_covered(start, end):
            continue
        pattern = _heading(office.group(1).lower())  # any case: the country tells whose
        holders = [m for m in titled if m.end <= start and pattern.search(m.title or "") and (
            country_of(m.actor) == country.actor or any(
                c.actor == country.actor and m.start <= c.start < max(m.end, m.context_end)
                for c in countries))]
        if holders:
            actor = max(holders, key=lambda m: m.start).actor
            out.append(Mention(actor, "person", start, end, text[start:end], form="role",
                               source="role", context_end=end))
    return out
