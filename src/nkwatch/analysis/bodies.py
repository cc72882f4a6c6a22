"""Bodies outside the registry that KCNA names by a fixed pattern.

Hundreds of friendship and solidarity associations ("the Tunisia-Korea
Friendship Association") and groups for the study of the Juche idea ("the
Nigerian Group for the Study of the Juche Idea") appear, each a few dozen
times: too many for registry entries, and their names say what they are. Such
a name is an organisation mention with the slug of the name as its id
(:func:`nkwatch.analysis.people.slug`, as for people outside the registry), as
the labelling guide asks for bodies the registry lacks.

>>> [m.actor for m in unregistered_bodies(
...     "The Tunisia-Korea Friendship Association and the Nigerian Group for the Study "
...     "of the Juche Idea met.", [])]
['tunisia-korea-friendship-association', 'nigerian-group-for-the-study-of-the-juche-idea']
"""

import re

from nkwatch.analysis.document import Mention, overlaps
from nkwatch.analysis.people import slug

_WORD = r"(?!The\b)[A-Z][a-z]+"  # a capitalised word, not a sentence's "The"
_STUDY = (r"(?:Juche Idea|Juche Philosophy|Kimilsungism-Kimjongilism|Kimilsungism|"
          r"Kimjongilism|Songun Politics) Study (?:Committee|Group|Society|Association|Circle|"
          r"Centre|Center|Organization)")
_BODIES = re.compile(
    # "Tunisia-Korea Friendship Association", "Korea-Cuba Solidarity Committee"
    rf"(?<![\w-])(?:{_WORD}-)+(?:Korea|Korean|DPRK)(?:-{_WORD})*"
    r" (?:Friendship|Solidarity|Amicable|Cultural) (?:Association|Committee|Society|Federation)"
    rf"|(?<![\w-])(?:Korea|DPRK)-{_WORD}(?:-{_WORD})*"
    r" (?:Friendship|Solidarity) (?:Association|Committee|Society|Federation)"
    # "Nigerian Group for the Study of the Juche Idea"
    rf"|(?<![\w-])(?:{_WORD} ){{1,3}}(?:Committee|Group|Association|Society|Institute|Centre|"
    r"Center|Circle|Organization|Organisation|Council|Forum|Club) for the Study of (?:the )?"
    r"(?:Juche Idea|Juche Philosophy|Kimilsungism-Kimjongilism|Kimilsungism|Kimjongilism|"
    r"Songun Politics|Songun Policy|Kim Jong Il's Works|Works of Kim Jong Il)"
)
# "Kathmandu Juche Idea Study Group", "Juche Philosophy Study Committee of India": with a
# place or a people before or after (alone, "a Juche idea study group" is any); a pattern
# of its own, looked for only where " Study " stands
_STUDY_BODIES = re.compile(
    rf"(?<![\w-])(?:(?:{_WORD} ){{1,3}}{_STUDY}(?: of {_WORD})?|{_STUDY} of {_WORD})")


def unregistered_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """The bodies named by these patterns that no mention in ``found`` overlaps."""
    patterns = []
    if "Friendship" in text or "Solidarity" in text or "Study of" in text \
            or "Amicable" in text or "Cultural" in text:
        patterns.append(_BODIES)
    if " Study " in text:
        patterns.append(_STUDY_BODIES)
    out = []
    for match in (m for pattern in patterns for m in pattern.finditer(text)):
        start, end = match.span()
        if overlaps([(m.start, m.end) for m in [*found, *out]], start, end):
            continue  # a registered body, or a name inside it (or one the other pattern read)
        out.append(Mention(slug(match.group()), "organization", start, end, match.group(),
                           source="unregistered"))
    return out
