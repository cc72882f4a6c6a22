"""South Korea's past rulers insulted without a name: "the past military fascist clan",
"the successive traitorous regimes", "the past fascist dictatorial regime".

KCNA blames the dictatorships before the government of the day on "the past",
"preceding" or "successive" regimes. No president of the day is meant, and the
labelling guide reads them as south Korea itself, inferred, with the insult words
(and a derogatory collective noun) as epithets. Only insulted ones count: "the
preceding regime" alone names nobody, as "the regime" alone does not.

>>> from nkwatch.analysis.pipeline import get_context, load_lexicon
>>> found = past_regimes("He was executed by the past military fascist clan.",
...                      get_context().table, load_lexicon().collectives)
>>> [(m.actor, m.text, m.epithets, m.inferred) for m in found]
[('south-korea', 'the past military fascist clan', ['fascist', 'clan'], True)]
>>> past_regimes("It was done by the preceding regime.", get_context().table,
...              load_lexicon().collectives)
[]
"""

import re

from nkwatch.analysis.document import Mention
from nkwatch.analysis.needles import contains_any, register

STATE = "south-korea"
_FIRST_WORDS = register("past", "previous", "preceding", "successive", "former")
# (a literal first: the regex engine skips ahead to it; the article is checked behind)
_PAST_REGIME = re.compile(
    r"he (?<=[Tt]he )(?<!\w[Tt]he )(?:" + "|".join(_FIRST_WORDS) + ") "
    r"((?:[a-z\"][\w\"-]* ){0,3}?)(regimes?|clans?|juntas?|cliques?|groups?)\b(?! of\b)")
# plain words that may stand among the insults: "the past military fascist clan"
_PLAIN = frozenset(("military", "conservative"))


def past_regimes(text: str, table: dict[tuple[str, ...], str],
                 collectives: dict[str, bool]) -> list[Mention]:
    """Mentions of south Korea for each insulted past regime in ``text``.

    ``table``: the context's phrase table (insult words are "epithet" there);
    ``collectives``: collective nouns, derogatory or not. The caller checks that the
    article is about south Korea.
    """
    if not contains_any(text, _FIRST_WORDS):
        return []
    out = []
    for match in _PAST_REGIME.finditer(text):
        words = [w.strip('"') for w in match.group(1).split()]
        if not all(table.get((w,)) == "epithet" or w in _PLAIN for w in words):
            continue
        insults = [w for w in words if w not in _PLAIN]
        noun = match.group(2)
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in collectives else noun
        if collectives.get(singular):
            insults.append(noun)
        if not insults:
            continue
        start = match.start() - 1
        out.append(Mention(STATE, "country", start, match.end(), text[start:match.end()],
                           epithets=insults, inferred=True, source="nameless",
                           context_end=match.end()))
    return out
