"""Coordinated names share what is said of them together.

"traitors Lee Myung Bak and Park Geun Hye" (a plural insult before them),
"Abe and Aso, typical hard-liners" (a plural apposition after them), "Kim Yong
Il and Kim Yang Gon, department directors of the C.C." (a plural title),
"Hyon In Thaek, Won Se Hun, Kim Kwan Jin and other confrontation maniacs", "KPA
Generals Ri Myong Su, Hyon Chol Hae and Pak Jae Gyong" (a plural title before them),
"the U.S. and Japanese reactionaries" (a plural insult after coordinated states).
"""

import re
from collections.abc import Callable

from nkwatch.analysis.context import Context
from nkwatch.analysis.document import Mention
from nkwatch.analysis.labels import epithet_run
from nkwatch.analysis.tokens import phrase_key, tokenize

_AND = re.compile(r"\s+and\s+")
_AND_OTHER = re.compile(r"\s+and (?:other|all other|the other)\s")


def and_others(text: str, mentions: list[Mention], context: Context) -> None:
    """"X, Y and other warmongers", "Prime Minister Abe and other reactionaries": the
    names listed before "and other" are of the kind the insult names.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("Prime Minister Abe and other reactionaries of Japan spoke.",
    ...                date="2007-03-04")
    >>> [(m.actor, m.form, m.epithets) for m in doc.mentions if m.kind == "person"]
    [('shinzo-abe', 'epithet', ['reactionaries'])]
    """
    people = _people(mentions)
    for index, last in enumerate(people):
        match = _AND_OTHER.match(text, last.end)
        if match is None:
            continue
        tokens = tokenize(text, match.end(), match.end() + 80)
        k = 1 if tokens and tokens[0].key.startswith(("anti-", "pro-")) else 0
        run = epithet_run(context, tokens, k)
        if not run or run[0].first != k or not text[run[-1].start:run[-1].end].endswith("s"):
            continue
        labels = [text[s.start:s.end].lower() for s in run]
        if k:  # "other anti-DPRK confrontation maniacs"
            labels[0] = text[tokens[0].start:run[0].end].lower()
        listed = [last]
        for earlier in reversed(people[:index]):
            if text[earlier.end:listed[-1].start].strip() != ",":
                break
            listed.append(earlier)
        for m in listed:
            m.epithets = list(dict.fromkeys([*m.epithets, *labels]))
            m.form = "epithet"


def shared_prefixes(text: str, mentions: list[Mention]) -> None:
    """"traitors Lee Myung Bak and Park Geun Hye": a plural insult before coordinated
    names describes each of them.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("It denounced traitors Kim Young Sam and Kim Jong Pil.", date="1999-01-05")
    >>> [(m.actor, m.epithets) for m in doc.mentions]
    [('kim-young-sam', ['traitors']), ('kim-jong-pil', ['traitors'])]
    """
    people = _people(mentions)
    for first, second in zip(people, people[1:], strict=False):
        plural = [e for e in first.epithets if e.endswith("s") and text[
            first.start:first.end].lower().startswith(e)]
        if not plural or second.epithets:
            continue
        if text[first.end:second.start].strip() not in ("and", ","):
            continue
        second.epithets = plural
        second.form = "epithet"


def shared_titles(text: str, mentions: list[Mention]) -> None:
    """"KPA Generals Ri Myong Su, Hyon Chol Hae and Pak Jae Gyong": a title in the plural
    before coordinated names is the title of each of them.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("He met Foreign Ministers Ri Yong Ho and Wang Yi.", date="2017-01-05")
    >>> [(m.actor, m.form, m.title) for m in doc.mentions]
    [('ri-yong-ho', 'title', 'Foreign Ministers'), ('wang-yi', 'title', 'Foreign Ministers')]
    """
    people = _people(mentions)
    title: str | None = None
    for first, second in zip(people, people[1:], strict=False):
        if first.title and first.form == "title" and text.startswith(first.title, first.start):
            title = first.title if plural_title(first.title) else None
        between = text[max(first.end, first.context_end):second.start].strip()
        if title is None or between not in ("", ",", "and", ", and") or (
                second.form != "name" and second.title != title):
            title = None
            continue
        second.form, second.title = "title", title


def shared_appositions(text: str, mentions: list[Mention], appositive: dict[int, list[str]],
                       titles: dict[int, str] | None = None) -> None:
    """"Abe and Aso, typical hard-liners": an apposition in the plural after
    coordinated names describes each of them.

    ``appositive`` maps ``id(mention)`` to the insults of its apposition, ``titles``
    to the title an apposition gave it ("Kim Yong Il and Kim Yang Gon, department
    directors of the C.C.": both titled).
    """
    titles = titles or {}
    people = _people(mentions)
    # from the end of the list back: "A, B and C, members of the Presidium" gives C's
    # title to B, then B's to A
    for first, second in reversed(list(zip(people, people[1:], strict=False))):
        comma = text.startswith(",", first.end)
        if first.context_end > first.end + comma or first.form == "epithet":
            continue  # something of its own follows the name
        if text[first.end:second.start].strip() not in ("and", ",", ", and"):
            continue
        labels = appositive.get(id(second))
        title = titles.get(id(second))
        if labels and labels[-1].endswith("s"):
            first.epithets = list(dict.fromkeys([*first.epithets, *labels]))
            first.form = "epithet"
            appositive[id(first)] = labels
        elif title and _head(title).endswith("s") and first.form == "name":
            first.title = title
            first.form = "title"
            titles[id(first)] = title


# Plural insults that say whose tool a state is: "the U.S. and south Korean puppets"
# are not both puppets.
SERVILE = frozenset(
    "puppets stooges lackeys flunkeys henchmen minions servants traitors quislings "
    "sycophants followers".split())


def shared_plural_heads(text: str, countries: list[Mention], context: Context,
                        foreign: Callable[[str], bool],
                        followers: list[Mention] | None = None) -> None:
    """"the U.S. and Japanese reactionaries", "the U.S. and other imperialists": a
    country named bare before "and" and a demonym (or "other") with a plural insult
    is of the kind the insult names (not "the U.S. and south Korean puppets", nor
    "the U.S. and the Japanese reactionaries": there the U.S. stands alone; but a
    demonym before "and the" cannot: "the south Korean and the U.S. warmongers").

    The name after "and" may be any actor's ("the U.S. and puppet warmongers", a
    government; "the U.S. and south Korean military warmongers", an army), and the
    shared head a plain noun after an insulting adjective ("the U.S. and south Korean
    bellicose forces": both are bellicose); ``followers`` are those other mentions.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("The U.S. and Japanese reactionaries and the U.S. and other "
    ...                "imperialists threatened it.", date="2006-03-04")
    >>> [(m.text, m.epithets) for m in doc.mentions]
    [('U.S.', ['reactionaries']), ('Japanese reactionaries', ['reactionaries']), \
('U.S.', ['imperialists'])]
    """
    states = sorted((m for m in countries if m.kind == "country"), key=lambda m: m.start)
    starts = {m.start: m for m in [*(followers or ()), *countries]}
    for first in states:
        if not text[first.end:first.end + 1].isspace():
            continue  # (a plain test first: this runs for every country named)
        joint = _AND.match(text, first.end)
        if first.epithets or joint is None or not foreign(first.actor):
            continue
        second = starts.get(joint.end())
        if second is None and first.source == "demonym" and text.startswith(
                "the ", joint.end()):
            # "the south Korean and the U.S. warmongers": an adjective cannot stand alone
            second = starts.get(joint.end() + 4)
        if second is not None:
            head = _shared_head(text, second, context)
            if head is not None:
                first.epithets = [head]
            continue
        match = _AND_OTHER.match(text, first.end)
        if match is None:
            continue
        tokens = tokenize(text, match.end(), match.end() + 80)
        run = epithet_run(context, tokens, 0)
        if run and run[0].first == 0 and len(run) == 1:
            head = text[run[0].start:run[0].end].lower()
            if head not in SERVILE and context.epithet_kinds.get(run[0].key) == "plural":
                first.epithets = [head]


# plain plural nouns an insulting adjective may stand before: "bellicose forces"
_PLAIN_PLURAL = re.compile(r" (?:forces|elements|circles|quarters|authorities)\b")


def _shared_head(text: str, second: Mention, context: Context) -> str | None:
    """The insult at the end of ``second`` that the name before "and" shares: a plural
    insult ("reactionaries"), or an insulting adjective before a plain plural noun
    ("bellicose forces"); none that says whose tool ``second`` is ("puppets")."""
    head = next((e for e in reversed(second.epithets)
                 if second.text.lower().endswith(" " + e)), None)
    if head is None or head in SERVILE or head + "s" in SERVILE:
        return None
    kind = context.epithet_kinds.get(phrase_key(head))
    if kind == "plural" or (kind == "modifier" and _PLAIN_PLURAL.match(text, second.end)):
        return head
    return None


def _people(mentions: list[Mention]) -> list[Mention]:
    """The persons and governments among ``mentions``, in text order."""
    return sorted((m for m in mentions if m.kind in ("person", "government")),
                  key=lambda m: m.start)


def plural_title(title: str) -> bool:
    """Whether a title names several holders: its head noun is plural.

    >>> plural_title("secretaries of the C.C."), plural_title("Minister of Foreign Affairs")
    (True, False)
    """
    head = _head(title)
    return head.endswith("s") and not head.endswith("ss")


def _head(phrase: str) -> str:
    """The head noun of a title: its last word before "of" ("department directors")."""
    words = phrase.split(" of ")[0].split()
    return words[-1] if words else ""
