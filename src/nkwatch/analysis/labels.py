"""Insults in the noun phrase that describes a name: appositions and predicates.

After "Name," or "Name is", and after "his true colours as" or "she deserved to
be called", KCNA puts a label: "a mentally deranged dotard", "the worst party
of traitors", "a heinous anti-national, anti-democratic and anti-reunification
element", "a daughter of a dictator". :func:`label_phrase` reads such a phrase
and returns the insults in it: lexicon insults in a row (across commas and
"and"), or the whole phrase when a few plain words ("worst party of") lead to an
insult that heads it. A phrase whose insult only modifies a thing ("a victim of
the puppet regime") or that runs into a name is no label.

>>> from nkwatch.analysis.context import get_context
>>> from nkwatch.analysis.tokens import tokenize
>>> def label(text):
...     return label_phrase(text, get_context(), tokenize(text), 0)[0]
>>> label("a heinous anti-national, anti-democratic and anti-reunification element.")
['heinous', 'anti-national', 'anti-democratic', 'anti-reunification']
>>> label("the worst party of traitors in history")
['worst party of traitors']
>>> label("a victim of the puppet regime"), label("a member of the U.S. delegation")
([], [])
"""

import bisect
import re
from collections.abc import Callable

from nkwatch.analysis.context import Context, Segment
from nkwatch.analysis.document import Mention
from nkwatch.analysis.tokens import Token, tokenize

SKIP = frozenset(
    "a an the such really just nothing but no more than indeed truly only simply utterly "
    "none other".split()
)
# Where a describing phrase ends.
BOUNDARY = frozenset(",.;:()" + '"' + "“”").union(
    "who which that whose said says when while because after before".split())
JOINERS = frozenset((",", "and", "or"))
ARTICLES = frozenset(("a", "an", "the"))
# A phrase that leads to an insult through these is no label of the name.
PREPOSITIONS = frozenset(
    "to in for with by on at from into against toward towards about over under as than "
    "like upon within without between among".split()
)
# Nouns an insult may modify without describing a person ("the puppet regime").
THING_HEADS = frozenset(
    "forces force regime regimes policy policies remarks remark moves move scheme schemes "
    "plot plots acts act nature camp circles circle quarters army troops war wars aggression "
    "system state states country countries media press threat threats attempt attempts "
    "ambition ambitions logic propaganda rhetoric sanctions drills exercises offensive "
    "invasion hostility military authorities government party parties".split()
)
# Nouns for people that an insulting modifier may describe ("an anti-national element").
PERSON_HEADS = frozenset(
    "element elements man men woman women figure figures person persons people politician "
    "politicians ruler rulers official officials one ones guy fellow creature character "
    "individual wretch wretches thing group clique gang crew band lot bunch".split()
)
# What a country or an organisation is called ("a rogue state", "a puppet party").
STATE_HEADS = frozenset(
    "state states country countries regime regimes party parties power powers empire "
    "nation government organization organisation body".split()
)
MAX_LEAD = 4  # plain words allowed before the insult: "worst party of"
MAX_TOKENS = 12


def epithet_run(context: Context, tokens: list[Token], k: int) -> list[Segment]:
    """Insults from ``tokens[k]`` on, one after another or joined by commas, "and", "or".

    >>> from nkwatch.analysis.context import get_context
    >>> from nkwatch.analysis.tokens import tokenize
    >>> text = "lunatic, rabid dog and traitor who"
    >>> [text[s.start:s.end] for s in epithet_run(get_context(), tokenize(text), 0)]
    ['lunatic', 'rabid dog', 'traitor']
    """
    found: list[Segment] = []
    i = k
    while i < len(tokens):
        segs = context.walk_right(tokens, i)
        insults = []
        for seg in segs:
            if seg.category == "epithet":
                insults.append(seg)
            elif seg.category not in ("filler", "country") or insults:
                break  # "a U.S. war maniac": fillers and a country word may lead
        if not insults and found:
            insults = _after_plain_word(context, tokens, i)
        if not insults:
            break
        found.extend(insults)
        i = _past_complement(tokens, insults[-1].last)
        j = i
        while j < len(tokens) and tokens[j].key in JOINERS and j - i < 2:
            j += 1
        if j == i or j >= len(tokens):
            break
        i = j
    return found


def _after_plain_word(context: Context, tokens: list[Token], i: int) -> list[Segment]:
    """"... and ferocious dictator": one plain word, then an insult noun, as one insult."""
    if i + 1 >= len(tokens) or not tokens[i].key.isalpha() or tokens[i].key in BOUNDARY:
        return []
    segs = context.walk_right(tokens, i + 1)
    if not segs or segs[0].category != "epithet" or (
            context.epithet_kinds.get(segs[0].key) == "modifier"):
        return []
    first = segs[0]
    key = (tokens[i].key, *first.key)
    return [Segment("epithet", tokens[i].start, first.end, key, i, first.last)]


def _past_complement(tokens: list[Token], i: int) -> int:
    """After "a traitor to the nation", where a joined insult may follow: past a short
    "to/of/for the ..." phrase when a joiner comes right after it (else ``i``)."""
    if i >= len(tokens) or tokens[i].key not in ("to", "of", "for"):
        return i
    for j in range(i + 1, min(len(tokens), i + 5)):
        if tokens[j].key in JOINERS:
            return j
        if tokens[j].key in BOUNDARY:
            return i
    return i


def _modifies_other(context: Context, tokens: list[Token], run: list[Segment],
                    heads: frozenset[str] = frozenset()) -> bool:
    """Whether the run's last insult modifies a noun of its own that is no person
    ("treacherous sophism", "the puppet regime"; but "an anti-national element"),
    nor one of ``heads``."""
    index = run[-1].last
    if index >= len(tokens):
        return False
    word = tokens[index].key
    if word in heads:
        return False
    if word in THING_HEADS:
        return True
    if context.epithet_kinds.get(run[-1].key) != "modifier":
        return False
    return (word[:1].isalpha() and word not in JOINERS and word not in BOUNDARY
            and word not in PREPOSITIONS and word != "of" and word not in PERSON_HEADS)


def label_phrase(text: str, context: Context, tokens: list[Token], k: int,
                 need_article: bool = False, subject_kind: str = "person",
                 _tries: int = 0) -> tuple[list[str], int]:
    """The insults of the describing phrase starting at ``tokens[k]``, and where they end.

    ``need_article``: only a noun phrase with an article counts ("he is a traitor",
    not "he is steeped in ..."). More than one plain word before the insult
    ("the worst party of traitors") needs an article in any case. A country or
    an organisation is described by the nouns for what it is ("a rogue state",
    "a puppet party"), which otherwise mark an insult as no label of a person.
    """
    heads = STATE_HEADS if subject_kind in ("country", "organization") else frozenset()
    n = min(len(tokens), k + MAX_TOKENS)
    article = False
    while k < n and tokens[k].key in SKIP:
        article = article or tokens[k].key in ARTICLES
        k += 1
    if k >= n or (need_article and not article):
        return [], 0
    run = epithet_run(context, tokens[:n], k)
    if run and run[0].first == k:
        if _modifies_other(context, tokens, run, heads):
            return [], 0
        return [text[s.start:s.end].lower() for s in run], run[-1].end
    lead = 0
    j = k
    # without an article, one plain word at most: "typical hard-liners"
    most = MAX_LEAD if article else 1
    while j < n and lead <= most:
        token = tokens[j]
        if token.key in JOINERS and j > k and _tries < 2:
            # "a typical police state, a criminal state": the next phrase may tell
            nxt = j + 1 if j + 1 < n and tokens[j + 1].key == "and" else j
            return label_phrase(text, context, tokens, nxt + 1, need_article, subject_kind,
                                _tries + 1)
        if (token.key in BOUNDARY or token.key in PREPOSITIONS or not token.key[:1].isalpha()
                or text[token.start].isupper() or token.key.endswith(("ing", "ed"))):
            return [], 0
        if token.key in context.epithet_first_words:
            run = epithet_run(context, tokens[:n], j)
            if run and run[0].first == j and lead > 0:
                after = run[-1].last
                if _modifies_other(context, tokens, run, heads) or (
                        after < len(tokens) and text[tokens[after].start].isupper()):
                    return [], 0  # "a close confidant of traitor Lee": Lee's insult
                return [text[tokens[k].start:run[-1].end].lower()], run[-1].end
        if token.key not in SKIP and token.key != "of":
            lead += 1
        j += 1
    return [], 0


# -- labels predicated of someone named earlier in the sentence ---------------------------

_PREDICATION = re.compile(
    r"\b(?:(?:[Hh]e|[Ss]he|who) (?:is|was|remains|has become|became|is now)"
    r"|(?:[Hh]is|[Hh]er) true colou?rs? as"
    r"|(?:deserves?|deserved|deserving) to be (?:called|branded|dubbed|labell?ed|termed)"
    r"|(?:[Hh]e|[Ss]he|who) (?:is|was) (?:called|branded|dubbed|labell?ed|termed)"
    r"|(?:branded|called|dubbed|labell?ed|termed|denounced|described) (?:him|her) as"
    r"|(?:branded|called|dubbed|termed) (?:him|her))\b"
)
_TRUE_COLOURS_OF = re.compile(r"\btrue colou?rs? of\b")
_AS = re.compile(r"\s+as\b")
WINDOW = 110


def predications(text: str, sentences: list[tuple[int, int]], mentions: list[Mention],
                 context: Context, foreign: Callable[[str], bool]) -> None:
    """Insults predicated through a pronoun or "true colours" of the person named before.

    "Park Geun Hye's act showed she deserved to be called a daughter of a dictator",
    "Kim Dae Jung ... fully revealing his true colors as a heinous anti-national
    element", "the true colours of Lee as a traitor": the label goes to the
    nearest person or government named before it in the sentence (when that is
    no country or body, and not one of North Korea's own).

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("Bolton revealed his true colours as a war maniac.", date="2018-05-01")
    >>> [(m.actor, m.form, m.epithets) for m in doc.mentions]
    [('john-bolton', 'epithet', ['war maniac'])]
    """
    people = [m for m in mentions if m.kind in ("person", "government")]
    if not people:
        return
    starts = [s for s, _ in sentences] or [0]
    spans = sorted({_sentence(sentences, starts, m.start, len(text)) for m in people})
    for s_start, s_end in spans:  # only sentences that name someone
        for match in _PREDICATION.finditer(text, s_start, s_end):
            before = [m for m in mentions if s_start <= m.start < match.start()]
            if not before:
                continue
            owner = max(before, key=lambda m: m.start)
            if match.group().startswith("who") and text[
                    max(owner.end, owner.context_end):match.start()].strip() not in ("", ","):
                continue  # "who" describes the word right before it
            # "he is steeped in ...": after a bare "is", only a noun phrase with an article
            bare_be = match.group().split()[-1] in ("is", "was", "remains", "became", "become",
                                                    "now")
            _attach(text, context, foreign, owner, match.end(), s_end, bare_be)
        for match in _TRUE_COLOURS_OF.finditer(text, s_start, s_end):
            owner = next((m for m in mentions if match.end() < m.start <= match.end() + 3), None)
            if owner is None:
                continue
            as_ = _AS.match(text, max(owner.end, owner.context_end))
            if as_ is not None:
                _attach(text, context, foreign, owner, as_.end(), s_end)


def _sentence(sentences: list[tuple[int, int]], starts: list[int], pos: int,
              length: int) -> tuple[int, int]:
    if not sentences:
        return 0, length
    return sentences[max(bisect.bisect_right(starts, pos) - 1, 0)]


def _attach(text: str, context: Context, foreign: Callable[[str], bool], owner: Mention,
            pos: int, stop: int, need_article: bool = False) -> None:
    if owner.kind not in ("person", "government") or not foreign(owner.actor):
        return
    labels, _ = label_phrase(text, context, tokenize(text, pos, min(stop, pos + WINDOW)), 0,
                             need_article=need_article)
    if labels:
        owner.epithets = list(dict.fromkeys([*owner.epithets, *labels]))
        owner.form = "epithet"


def shared_prefixes(text: str, mentions: list[Mention]) -> None:
    """"traitors Lee Myung Bak and Park Geun Hye": a plural insult before coordinated
    names describes each of them.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("It denounced traitors Kim Young Sam and Kim Jong Pil.", date="1999-01-05")
    >>> [(m.actor, m.epithets) for m in doc.mentions]
    [('kim-young-sam', ['traitors']), ('kim-jong-pil', ['traitors'])]
    """
    people = sorted((m for m in mentions if m.kind in ("person", "government")),
                    key=lambda m: m.start)
    for first, second in zip(people, people[1:], strict=False):
        plural = [e for e in first.epithets if e.endswith("s") and text[
            first.start:first.end].lower().startswith(e)]
        if not plural or second.epithets:
            continue
        if text[first.end:second.start].strip() not in ("and", ","):
            continue
        second.epithets = plural
        second.form = "epithet"


def shared_appositions(text: str, mentions: list[Mention], appositive: dict[int, list[str]],
                       titles: dict[int, str] | None = None) -> None:
    """"Abe and Aso, typical hard-liners": an apposition in the plural after
    coordinated names describes each of them.

    ``appositive`` maps ``id(mention)`` to the insults of its apposition, ``titles``
    to the title an apposition gave it ("Kim Yong Il and Kim Yang Gon, department
    directors of the C.C.": both titled).
    """
    titles = titles or {}
    people = sorted((m for m in mentions if m.kind in ("person", "government")),
                    key=lambda m: m.start)
    for first, second in zip(people, people[1:], strict=False):
        if first.context_end > first.end or first.form == "epithet":
            continue
        if text[first.end:second.start].strip() not in ("and", ",", ", and"):
            continue
        labels = appositive.get(id(second))
        title = titles.get(id(second))
        if labels and labels[-1].endswith("s"):
            first.epithets = list(dict.fromkeys([*first.epithets, *labels]))
            first.form = "epithet"
        elif title and _head(title).endswith("s") and first.form == "name":
            first.title = title
            first.form = "title"


def _head(phrase: str) -> str:
    """The head noun of a title: its last word before "of" ("department directors")."""
    words = phrase.split(" of ")[0].split()
    return words[-1] if words else ""
