"""Kim Young Sam's government named by its own word in scare quotes: 'the "civilian"
regime', 'the "civilian"-veiled fascist clique', 'the fascist "civilian government"'.

Kim Young Sam (president of south Korea 1993-1998) called his the first "civilian"
government after the generals; KCNA turned the word into his government's nickname
(about 170 times in 1997-1998, and looking back later). Such a phrase, ending in a
word for a government or its rulers, is a nameless mention of his government,
inferred, with the insults in it as epithets, whatever the article's date: the
nickname is his alone.

>>> found = civilian_regimes('It is the "civilian"-veiled fascist clique that lied.',
...                          "1997-06-11")
>>> [(m.actor, m.kind, m.text, m.epithets) for m in found]
[('kim-young-sam', 'government', 'the "civilian"-veiled fascist clique', \
['"civilian"-veiled', 'fascist', 'clique'])]
>>> civilian_regimes('They lifted the "civilian" veil.', "1997-06-11")
[]
"""

import re
from collections.abc import Callable

from nkwatch.analysis.document import Mention
from nkwatch.analysis.needles import contains, register

ACTOR = "kim-young-sam"
TOOK_OFFICE = "1993-02-25"
register("civilian")
# "the" and up to two words, "civilian" in quotes (the closing quote may come after the
# noun: "civilian government"), "-veiled", up to two words, a noun for the government
# or its rulers, not before "of" (then the name after it carries the phrase)
_CIVILIAN = re.compile(
    r'\b[Tt]he ((?:[a-z][\w-]* ){0,2})["“]civilian(["”](?:-veiled)?)?((?: [a-z][\w-]*){0,2}?) '
    r'(["“]?)(regime|government|dictatorship|dictators?|clique|group|junta|rulers)(["”]?)'
    r"(?![\w-])(?! of\b)")
# nouns that are insults by themselves (a "regime" or a "government" is not)
_DEROGATORY = frozenset(("dictatorship", "dictator", "dictators", "clique", "group", "junta"))


def civilian_regimes(text: str, date: str,
                     is_insult: Callable[[str], bool] = lambda word: True) -> list[Mention]:
    """Mentions of Kim Young Sam's government for each 'the "civilian" regime' in
    ``text`` (an article of ``date``, after he took office); ``is_insult`` tells which
    words around the nickname are insults ("fascist", not "dying")."""
    if date < TOOK_OFFICE or not contains(text, "civilian"):
        return []
    out = []
    for match in _CIVILIAN.finditer(text):
        before, quote, between, opening, noun, closing = match.groups()
        if quote is None:  # 'the fascist "civilian government"': one pair of quotes
            nickname = " ".join(["civilian", *between.split(), noun])
            epithets = [w for w in before.split() if is_insult(w)] + [f'"{nickname}"']
        else:
            epithets = [w for w in [*before.split(), '"civilian"' + quote[1:],
                                    *between.split()] if w.startswith('"') or is_insult(w)]
            if opening and closing:
                epithets.append(f'"{noun}"')  # 'the "civilian"-veiled "government"'
            elif noun in _DEROGATORY:
                epithets.append(noun)
        start, end = match.start(), match.end()
        out.append(Mention(ACTOR, "government", start, end, text[start:end], form="epithet",
                           epithets=epithets, inferred=True, source="nameless",
                           context_end=end))
    return out
