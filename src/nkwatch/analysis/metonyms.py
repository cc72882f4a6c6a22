"""Pyongyang standing for the state, where the words around it say so.

In North Korea's own media "Pyongyang" is the city (a dateline, a venue, a visit), so
the registry gives the DPRK no capital metonym. Foreign speech KCNA quotes or retells
uses it for the state, and only a few frames say so: the object of dealings ("sanctions
on Pyongyang", "dialogue with Pyongyang") and the subject of a reported demand or claim
("the assertion that Pyongyang should dismantle ...").

>>> [(m.actor, m.text) for m in pyongyang_as_state("They lifted sanctions on Pyongyang.")]
[('north-korea', 'Pyongyang')]
>>> pyongyang_as_state("He said that Pyongyang should be rebuilt more grandly.")
[]
"""

import re

from nkwatch.analysis.document import Mention

_AS_STATE = re.compile(
    r"\b(?:(?:relations|ties|sanctions|pressure|talks|dialogue|negotiations|reward)"
    r" (?:with|on|upon|against|for) (?P<object>Pyongyang)"
    r"|that (?P<subject>Pyongyang)(?= (?:would|should|must|could) (?!be\b)))"
    r"(?!['’]?s? [A-Z])(?! [A-Z])"
)


def pyongyang_as_state(text: str) -> list[Mention]:
    """Mentions of the DPRK for each "Pyongyang" that stands for the state."""
    if "Pyongyang" not in text:
        return []
    out = []
    for match in _AS_STATE.finditer(text):
        group = "object" if match.group("object") else "subject"
        out.append(Mention("north-korea", "country", match.start(group), match.end(group),
                           match.group(group), source="metonym"))
    return out
