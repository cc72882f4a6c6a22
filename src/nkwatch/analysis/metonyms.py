"""Place names standing for the DPRK, where the words around them say so.

In North Korea's own media "Pyongyang" is the city (a dateline, a venue, a visit), so
the registry gives the DPRK no capital metonym. Foreign speech KCNA quotes or retells
uses it for the state, and only a few frames say so: the object of dealings ("sanctions
on Pyongyang", "dialogue with Pyongyang") and the subject of a reported demand or claim
("the assertion that Pyongyang should dismantle ...").

"Korea" alone is mostly the land or the nation ("the reunification of Korea", "Korea
should be reunified"); it is the state where a visitor comes to it ("on a visit to
Korea") or where it stands beside another state ("friendship between Korea and China").

>>> [(m.actor, m.text) for m in pyongyang_as_state("They lifted sanctions on Pyongyang.")]
[('north-korea', 'Pyongyang')]
>>> pyongyang_as_state("He said that Pyongyang should be rebuilt more grandly.")
[]
>>> [(m.start, m.text) for m in korea_as_state("He is on a visit to Korea.", [])]
[(20, 'Korea')]
"""

import re

from nkwatch.analysis.document import Mention, overlaps
from nkwatch.analysis.needles import contains, register

DPRK = "north-korea"
register("Pyongyang", "Korea")  # (what the patterns need, tested before them)
# (each pattern opens with its literal, which the regex engine searches for fast; the
# words before it are checked behind it)
_PYONGYANG = re.compile(r"Pyongyang(?!['’]?s? [A-Z])(?! [A-Z])")
_DEALINGS_BEFORE = re.compile(
    r"(?:relations|ties|sanctions|pressure|talks|dialogue|negotiations|reward)"
    r" (?:with|on|upon|against|for) \Z")
_CLAIM_AROUND = re.compile(r" (?:would|should|must|could) (?!be\b)")
# "on a visit to Korea" (about 260 in KCNA 1997-2018), "the peoples of Korea and China"
# (another state named beside it: checked against the mentions found); not "Korea's
# reunification", "Korea Airlines", "south Korea"
_KOREA = re.compile(
    r"Korea(?![\w'’-])(?! [A-Z])"
    r"(?:(?<=\bvisit to Korea)|(?<=\btrip to Korea)|(?<=\btour to Korea)|(?<= and Korea)"
    r"|(?<![Ss]outh Korea)(?<![Nn]orth Korea)(?<!\wKorea)(?= and (?:the )?[A-Z]))"
)


def pyongyang_as_state(text: str) -> list[Mention]:
    """Mentions of the DPRK for each "Pyongyang" that stands for the state."""
    if not contains(text, "Pyongyang"):
        return []
    out = []
    for match in _PYONGYANG.finditer(text):
        start, end = match.span()
        if _DEALINGS_BEFORE.search(text, max(0, start - 30), start) or (
                text.endswith(" that ", 0, start) and _CLAIM_AROUND.match(text, end)):
            out.append(Mention(DPRK, "country", start, end, "Pyongyang", source="metonym"))
    return out


def korea_as_state(text: str, found: list[Mention]) -> list[Mention]:
    """Mentions of the DPRK for each "Korea" alone that stands for the state: after a
    visit, or joined by "and" to a country among ``found`` (not inside any of them)."""
    if not contains(text, "Korea"):
        return []
    countries = {(m.start, m.end) for m in found if m.kind == "country"}
    taken = [(m.start, m.end) for m in found]
    out = []
    for match in _KOREA.finditer(text):
        start, end = match.span()
        if overlaps(taken, start, end):
            continue
        if not text.startswith("to ", start - 3) and not _beside_a_country(
                text, start, end, countries):
            continue
        out.append(Mention(DPRK, "country", start, end, "Korea", source="metonym"))
    return out


def _beside_a_country(text: str, start: int, end: int, countries: set[tuple[int, int]]
                      ) -> bool:
    """Whether a country mention stands right after "Korea and (the)" or right before
    "and Korea"."""
    after = end + len(" and ")
    if text.startswith("the ", after):
        after += len("the ")
    if any(s == after for s, _ in countries):
        return True
    before = start - len(" and ")
    return text.startswith(" and ", before) and any(e == before for _, e in countries)
