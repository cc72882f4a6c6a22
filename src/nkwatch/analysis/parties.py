"""'the Party' standing alone: the party the article last named, else the WPK.

North Korean media write "the Party" for the Workers' Party of Korea ("share their
destiny with the Party and the leader"); in a report on a foreign party's congress
it is that party. Not a modifier ("the Party members", "the Party Central
Committee") and not the start of a longer name ("the Party for Unity and Progress").

>>> from nkwatch.analysis.pipeline import annotate
>>> [(m.actor, m.text) for m in annotate(
...     "They will share their destiny with the Party and the people.",
...     date="2012-01-01").mentions]
[('workers-party-of-korea', 'Party')]
>>> [m.actor for m in annotate("The Communist Party of Cuba held its congress. "
...                            "The Party set new tasks.", date="2012-01-01").mentions]
['communist-party-of-cuba', 'communist-party-of-cuba']
"""

import re

from nkwatch.analysis.document import Mention
from nkwatch.analysis.lexicon import Lexicon
from nkwatch.analysis.registry import Registry

WPK = "workers-party-of-korea"
# "the Party", then what may follow a noun that stands alone; a capital after
# "of"/"for" makes it part of a name ("the Party of the Congress for Independence")
_BARE_PARTY = re.compile(
    r"\b[Tt]he (Party)\b(?!['’]s? [A-Z])(?! (?:of|for) (?:the )?[A-Z])(?=(?:['’]s)?[ ,.;:)\"”'’]|$)"
    r"(?! [A-Z])(?: ?(?!['’])(?P<next>[a-z]+))?"
)


def bare_party_mentions(text: str, bodies: list[Mention], registry: Registry,
                        lexicon: Lexicon) -> list[Mention]:
    """Mentions for each bare "the Party" in ``text`` (span: "Party"), resolved to the
    party among ``bodies`` (organisation mentions found so far) last named before it,
    or to the Workers' Party of Korea."""
    if "he Party" not in text:
        return []
    parties = sorted((m.start, _party_of(m.actor, registry)) for m in bodies)
    out: list[Mention] = []
    for match in _BARE_PARTY.finditer(text):
        if match.group("next") in lexicon.party_modifiers:
            continue  # "the Party members": the Party names whose members they are
        start, end = match.span(1)
        named = [actor for at, actor in parties if at < start and actor is not None]
        out.append(Mention(named[-1] if named else WPK, "organization", start, end,
                           "Party", source="nameless"))
    return out


def _party_of(actor_id: str, registry: Registry) -> str | None:
    """The party an organisation is or belongs to ("wpk-central-military-commission"
    is the WPK's), or None."""
    if actor_id.startswith("wpk-"):
        return WPK
    actor = registry.actors.get(actor_id)
    if actor is not None and actor.kind == "organization" and "Party" in actor.name:
        return actor_id
    return None
