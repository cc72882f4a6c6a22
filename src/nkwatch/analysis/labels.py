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

from nkwatch.analysis.context import Context, Segment
from nkwatch.analysis.tokens import Token

SKIP = frozenset(
    "a an the such really just nothing but no more than indeed truly only simply utterly "
    "none other former then late".split()
)
# Where a describing phrase ends.
BOUNDARY = frozenset(",.;:()" + '"' + "“”").union(
    "who which that whose said says when while because after before".split())
JOINERS = frozenset((",", "and", "or"))
QUOTES = frozenset('"“”')
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
    "politicians ruler rulers official officials guy fellow creature character "
    "individual wretch wretches thing group clique gang crew band lot bunch president "
    "presidents".split()
)
# What a country or an organisation is called ("a rogue state", "a puppet party").
STATE_HEADS = frozenset(
    "state states country countries regime regimes party parties power powers empire "
    "nation government organization organisation body".split()
)
# A joined phrase opening with these is about somebody else ("and his lackeys").
OTHER_PEOPLE = frozenset("his her its their other others".split())
# A joined phrase opening with a verb is a predicate of its own, not a label.
VERBS = frozenset(
    "is was are were be been being has have had will would shall should can could may might "
    "must do does did".split())
# an aside between a verb and what it predicates ("Lee is, in essence, a traitor": some
# 1,450 before "a" or "the" in KCNA), as a pattern
PREDICATE_ASIDE = (
    r", (?:indeed|in deed|in essence|in its essence|in fact|in reality|in actuality|therefore|"
    r"however|in a word|in short|in a nutshell|after all|at the same time|in other words|"
    r"as a matter of fact|of course|no doubt|undoubtedly|evidently|obviously|clearly|as ever|"
    r"as always|again|actually|truly|really|too|also|by nature|for sure|needless to say|"
    r"to all intents and purposes?|in the final analysis|so to speak|as it were|above all|"
    r"first of all|in the (?:true|real) sense of (?:the )?word|both in name and (?:in )?reality),")
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
        if found and _another_country(tokens, i, segs):
            break  # "fascist dictator, and the U.S. imperialists": the U.S.'s own insult
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
        quoted = i
        while quoted < len(tokens) and tokens[quoted].key in QUOTES:
            quoted += 1
        if quoted > i:  # 'a notorious "political heretic"': the quotes are no boundary
            i = quoted
            if i < len(tokens) and tokens[i].key not in JOINERS:
                continue
        j = i
        while j < len(tokens) and tokens[j].key in JOINERS and j - i < 2:
            j += 1
        if j == i or j >= len(tokens):
            break
        i = j
    return found


def _another_country(tokens: list[Token], i: int, segs: list[Segment]) -> bool:
    """After a joiner: "the" and a country word open a phrase about that country."""
    return tokens[i].key == "the" and any(seg.category == "country" for seg in segs[:2])


def _after_plain_word(context: Context, tokens: list[Token], i: int) -> list[Segment]:
    """"... and ferocious dictator": one plain word, then an insult noun, as one insult."""
    if (i + 1 >= len(tokens) or not tokens[i].key.isalpha() or tokens[i].key in BOUNDARY
            or tokens[i].key in OTHER_PEOPLE):
        return []  # "and his lackeys": somebody else's
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
    if word in THING_HEADS or word in ("one", "ones"):
        return True  # "the puppet regime", "a criminal one" (a trip, an act)
    if word == "enough":
        return False  # "Japan is impudent enough to insist": no noun after the insult
    if context.epithet_kinds.get(run[-1].key) != "modifier":
        return False
    if "-" in word and index + 1 < len(tokens) and (
            tokens[index + 1].key in heads or tokens[index + 1].key in PERSON_HEADS):
        return False  # "a fascist plot-breeding organization": a compound adjective between
    return (word[:1].isalpha() and word not in JOINERS and word not in BOUNDARY
            and word not in PREPOSITIONS and word != "of" and word not in PERSON_HEADS)


def label_phrase(text: str, context: Context, tokens: list[Token], k: int,
                 need_article: bool = False, subject_kind: str = "person"
                 ) -> tuple[list[str], int]:
    """The insults of the describing phrase starting at ``tokens[k]`` and of the phrases
    joined to it ("a typical police state, a criminal state, the ringleader of ..."),
    and where they end.
    """
    labels, end = _one_phrase(text, context, tokens, k, need_article, subject_kind)
    if not labels and k < len(tokens) and tokens[k].key in ARTICLES:
        # "the GNP, a south Korean branch of the U.S. Republican Party and a henchman of
        # Bush": a phrase that is no label may be joined to one that is
        joined = _joined_article(tokens, k, min(len(tokens), k + 2 * MAX_TOKENS))
        if joined is not None:
            labels, end = _one_phrase(text, context, tokens, joined, True, subject_kind)
            k = joined
    while labels:
        i = next((j for j in range(k, len(tokens)) if tokens[j].start >= end), len(tokens))
        head = i  # past the noun an insult modifies: "a criminal state, the ringleader"
        while head < min(len(tokens), i + 2) and tokens[head].key.isalpha() and (
                tokens[head].key not in PREPOSITIONS and tokens[head].key not in BOUNDARY
                and tokens[head].key not in JOINERS and not text[tokens[head].start].isupper()):
            head += 1
        i = _past_phrase_complement(text, tokens, head)
        if i >= len(tokens) or tokens[i].key not in JOINERS:
            break
        i += 1
        if i < len(tokens) and tokens[i].key == "and":
            i += 1
        if i >= len(tokens) or tokens[i].key in OTHER_PEOPLE or tokens[i].key in VERBS:
            break  # "a traitor, and his lackeys": somebody else; "its boss, is just a ..."
        more, more_end = _one_phrase(text, context, tokens, i, False, subject_kind)
        if not more:
            break
        labels, end, k = [*labels, *more], more_end, i
    return labels, end


def _joined_article(tokens: list[Token], k: int, stop: int) -> int | None:
    """Where "and a/an/the" opens a second phrase before the first one ends."""
    for i in range(k + 1, stop - 1):
        key = tokens[i].key
        if key in BOUNDARY:
            return None
        if key == "and" and tokens[i + 1].key in ARTICLES:
            return i + 1
    return None


def _one_phrase(text: str, context: Context, tokens: list[Token], k: int,
                need_article: bool = False, subject_kind: str = "person",
                _tries: int = 0) -> tuple[list[str], int]:
    """The insults of one describing phrase starting at ``tokens[k]``, and where they end.

    ``need_article``: only a noun phrase with an article counts ("he is a traitor",
    not "he is steeped in ..."). More than one plain word before the insult
    ("the worst party of traitors") needs an article in any case. A country or
    an organisation is described by the nouns for what it is ("a rogue state",
    "a puppet party"), which otherwise mark an insult as no label of a person.
    """
    heads = STATE_HEADS if subject_kind in ("country", "organization", "government") else (
        frozenset())
    n = min(len(tokens), k + MAX_TOKENS)
    article = False
    while k < n and (tokens[k].key in SKIP or tokens[k].key in QUOTES):
        article = article or tokens[k].key in ARTICLES
        k += 1
        if article and k + 1 < n and tokens[k].key == "world" and tokens[k + 1].key == "'s":
            k += 2  # "the world's worst human rights abuser"
    if k >= n or (need_article and not article) or tokens[k].key in JOINERS:
        return [], 0  # "Truman, and bosses of ...": somebody else
    run = epithet_run(context, tokens[:n], k)
    if run and run[0].first > k and k > 0 and tokens[k - 1].key in ("a", "an") and (
            _country_leads(context, tokens[:n], k, run[0].first)):
        k = run[0].first  # "he is a U.S. stooge" (not "the Japanese reactionaries")
    if run and run[0].first == k:
        if _modifies_other(context, tokens, run, heads):
            return [], 0
        return [text[s.start:s.end].lower() for s in run], run[-1].end
    lead = 0
    j = k
    # without an article, two plain words at most: "typical hard-liners", "anti-DPRK
    # confrontational fanatic"
    most = MAX_LEAD if article else 2
    while j < n and lead <= most:
        token = tokens[j]
        if token.key in JOINERS and j > k and _tries < 2:
            # "a typical police state, a criminal state": the next phrase may tell
            nxt = j + 1 if j + 1 < n and tokens[j + 1].key == "and" else j
            return _one_phrase(text, context, tokens, nxt + 1, need_article, subject_kind,
                               _tries + 1)
        if (token.key in BOUNDARY or token.key in PREPOSITIONS or not token.key[:1].isalpha()
                or text[token.start].isupper() or token.key in VERBS):
            return [], 0
        if token.key in context.epithet_first_words:
            run = epithet_run(context, tokens[:n], j)
            if run and run[0].first == j and lead > 0:
                after = run[-1].last
                if _modifies_other(context, tokens, run, heads) or (
                        after < len(tokens) and text[tokens[after].start].isupper()):
                    return [], 0  # "a close confidant of traitor Lee": Lee's insult
                # the plain words belong to the first insult and to those right after it
                # ("a group of shameless gangsters"); the joined ones stand alone
                first = 1
                while first < len(run) and run[first].first == run[first - 1].last and (
                        context.epithet_kinds.get(run[first - 1].key) == "modifier"):
                    first += 1
                return ([text[tokens[k].start:run[first - 1].end].lower()]
                        + [text[s.start:s.end].lower() for s in run[first:]]), run[-1].end
        if token.key.endswith(("ing", "ed")) and not article:
            return [], 0  # "Trump, speaking at ...": no noun phrase ("the cursed lackey" is)
        if token.key not in SKIP and token.key != "of":
            lead += 1
        j += 1
    return [], 0


def _country_leads(context: Context, tokens: list[Token], k: int, first: int) -> bool:
    """Whether ``tokens[k:first]`` are country words only ("a U.S. stooge", "a Japanese
    war maniac")."""
    lead = [seg for seg in context.walk_right(tokens, k) if seg.last <= first]
    return bool(lead) and lead[-1].last == first and all(
        seg.category == "country" for seg in lead)


def _past_phrase_complement(text: str, tokens: list[Token], i: int) -> int:
    """After a label's head, where a joined label may follow: past a short complement
    in lower case ("the worst group of traitors in history and the ...", "a rogue
    playing with fire and boss of gangsters") when a joiner comes right after it (else
    ``i``). A complement naming somebody ("keen on sycophancy toward the U.S.") is
    left alone: the name is a mention of its own."""
    if i >= len(tokens) or tokens[i].key in JOINERS:
        return i
    linked = i > 0 and tokens[i - 1].key == "of"  # the head loop may stop past "of"
    for j in range(i, min(len(tokens), i + 5)):
        key = tokens[j].key
        if key in JOINERS:
            return j if linked else i
        if key in BOUNDARY or key in VERBS or not key[:1].isalnum() or (
                text[tokens[j].start].isupper()):
            return i
        linked = linked or key in PREPOSITIONS or key == "of"
    return i
