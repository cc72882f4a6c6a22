"""Labels predicated of someone named earlier in the sentence, through a pronoun,
a labelling verb or "true colours".

"Park Geun Hye's act showed she deserved to be called a daughter of a dictator",
"Kim Dae Jung ... fully revealing his true colors as a heinous anti-national
element", "the true colours of Lee as a traitor", "branded him as human scum":
the label (read by :func:`nkwatch.analysis.labels.label_phrase`) goes to the
nearest person or government named before it in the sentence (when that is no
country or body, and not one of North Korea's own). "The true colours of the U.S.
and Japan as ..." labels both; "he is a military gangster" in a sentence naming
nobody is a nameless mention of the person named just before (:func:`pronoun_labels`).

>>> from nkwatch.analysis.pipeline import annotate
>>> doc = annotate("Bolton revealed his true colours as a war maniac.", date="2018-05-01")
>>> [(m.actor, m.form, m.epithets) for m in doc.mentions]
[('john-bolton', 'epithet', ['war maniac'])]
"""

import re
from collections.abc import Callable

from nkwatch.analysis.context import Context
from nkwatch.analysis.document import Mention
from nkwatch.analysis.labels import PREDICATE_ASIDE, label_phrase
from nkwatch.analysis.needles import contains, contains_any, register
from nkwatch.analysis.tokens import tokenize

# "true colours", "ugly colours", "nature": what a label is predicated of after "as"
_COLOURS = r"(?:(?:true|ugly|dirty|despicable|treacherous|real) ){0,2}(?:colou?rs?|nature)"
# The patterns open with a letter class or a letter and look behind only after it, in
# place of a leading \b: then the regex engine skips ahead to those letters.
_PREDICATION = re.compile(
    r"(?=[HhSswdbclt])(?<!\w)"
    r"(?:(?:[Hh]e|[Ss]he|who) (?:is|was) (?:called|branded|dubbed|labell?ed|termed)"
    r"|(?:[Hh]e|[Ss]he|who|that|which) (?:is|was|remains|has become|became|is now)"
    r"|(?:[Hh]is|[Hh]er) " + _COLOURS + " as"
    r"|(?:deserves?|deserved|deserving) to be (?:called|branded|dubbed|labell?ed|termed)"
    r"|(?:branded|called|dubbed|labell?ed|termed|denounced|described) (?:him|her) as"
    r"|(?:branded|called|dubbed|termed) (?:him|her))\b"
    rf"(?:{PREDICATE_ASIDE})?"  # "who is, indeed, a ..."
)
# "the U.S. revealed its true colours as ...": a country's or a body's as well
_ITS_PREDICATION = re.compile(r"\b(?:[Ii]ts|[Tt]heir) " + _COLOURS + r" as\b")
_RELATIVE = ("who", "that", "which")
# (a literal first, "they" checked by hand: the regex engine then skips ahead to "hey ")
_THEY_PREDICATION = re.compile(
    rf"hey (?:are|were|remain|have become|became)\b(?:{PREDICATE_ASIDE})?")
# right after a name: "the Lee group's true colours as", "the U.S. true nature as"
_OWN_COLOURS = re.compile(r"(?:'s|’s)? " + _COLOURS + r" as\b")
# "the true colours of the U.S. as", "the bellicose and aggressive colours of ... as"
_COLOURS_OF = re.compile(r"(?:colou?rs?|nature) of\b")
# "... of the U.S. imperialists and the south Korean puppets as ...": both
_AND_NEXT = re.compile(r",? and (?:the )?")
_AS = re.compile(r"\s+as\b")
# "he is a", "she was the": "e is" first (fast), the pronoun checked by hand (_pronoun_at)
_HE_IS = re.compile(rf"e (?:is|was|remains)(?:{PREDICATE_ASIDE})? (?=(?:an?|the) )")
_AS_LABEL = re.compile(
    r"a(?<!\wa)s (?:an?|the) (?!(?:result|whole|matter|consequence|means|part|way|rule|first"
    r"|last|last-ditch|one|ones|same)\b)")
_LABELLED_BEFORE = re.compile(
    r"(?i)\b(?:brand|branded|branding|brands|denounce|denounced|denouncing|denounces|labell?ed"
    r"|termed|dubbed|describ(?:e|ed|es|ing)) (?:the )?$")
WINDOW = 110
# what the patterns need, tested before them (see needles.py)
register(" as", "olo", "nature")
_HE_IS_WORDS = register(*(f"{he} {verb}{after}" for he in ("he", "He")
                           for verb in ("is", "was", "remains") for after in " ,"))
register("hey ")


def _may_hold_colours(text: str) -> bool:
    """Whether ``text`` holds " as" and "olo" (colours) or "nature"."""
    return contains(text, " as") and (contains(text, "olo") or contains(text, "nature"))


def predications(text: str, sentence_span: Callable[[int], tuple[int, int]],
                 mentions: list[Mention], context: Context,
                 foreign: Callable[[str], bool]) -> None:
    """Give the persons and governments in ``mentions`` (and, through "its" and "their",
    the countries and bodies) the labels predicated of them.

    ``sentence_span``: the (start, end) of the sentence around an offset.
    """
    people = [m for m in mentions if m.kind in ("person", "government")]
    if _may_hold_colours(text):
        for mention in mentions:
            own = _OWN_COLOURS.match(text, mention.end)
            if own is not None:
                _attach(text, context, foreign, mention, own.end(),
                        sentence_span(mention.start)[1])
        for match in _ITS_PREDICATION.finditer(text):
            s_start, s_end = sentence_span(match.start())
            before = [m for m in mentions if s_start <= m.start < match.start()]
            if before:
                _attach(text, context, foreign, max(before, key=lambda m: m.start),
                        match.end(), s_end)
    spans = sorted({sentence_span(m.start) for m in people})
    owner: Mention | None
    for s_start, s_end in spans:  # only sentences that name someone
        for match in _PREDICATION.finditer(text, s_start, s_end):
            relative = match.group().startswith(_RELATIVE)
            before = [m for m in people if s_start <= m.start < match.start()]
            if not before:
                continue
            owner = max(before, key=lambda m: m.start)
            if relative and text[
                    max(owner.end, owner.context_end):match.start()].strip() not in ("", ","):
                continue  # "who" describes the word right before it
            # "he is steeped in ...": after a bare "is", only a noun phrase with an article
            verb = match.group().split(",")[0].split()[-1]  # (not an aside after it)
            bare_be = verb in ("is", "was", "remains", "became", "become", "now")
            _attach(text, context, foreign, owner, match.end(), s_end, bare_be)
        for match in _AS_LABEL.finditer(text, s_start, s_end):
            # "the crimes Kim Dae Jung committed as a dastardly flunkeyist-traitor"
            before = [m for m in mentions if s_start <= m.start and m.end <= match.start()]
            owner = max(before, key=lambda m: m.start) if before else None
            if owner is not None and owner.kind in ("person", "government"):
                # (not "branding the DPRK as the harasser": the DPRK is nearer)
                _attach(text, context, foreign, owner, match.start() + 3, s_end, True)
    # "the South Korean authorities prove that they are an anti-reunification group": a
    # plural pronoun's label goes to the actor named last before it in the sentence
    if contains(text, "hey "):
        for match in _THEY_PREDICATION.finditer(text):
            they = match.start() - 1
            if they < 0 or text[they] not in "Tt" or (they > 0 and text[they - 1].isalnum()):
                continue
            s_start, s_end = sentence_span(match.start())
            before = [m for m in mentions if s_start <= m.start and m.end <= match.start()]
            if before:
                _attach(text, context, foreign, max(before, key=lambda m: m.start),
                        match.end(), s_end, True)
    # "branded the U.S. as the arch criminal": a country or a body right before "as"
    ends = {m.end: m for m in mentions if m.kind not in ("person", "government")}
    for match in _AS_LABEL.finditer(text):
        owner = ends.get(match.start() - 1)
        if owner is not None and text[owner.end] == " " and _LABELLED_BEFORE.search(
                text, max(0, owner.start - 20), owner.start):
            _attach(text, context, foreign, owner, match.start() + 3,
                    sentence_span(match.start())[1], True)
    # "the true colours of the U.S. as ...": sentences that name only a country as well
    if not _may_hold_colours(text):
        return
    for match in _COLOURS_OF.finditer(text):
        owners = [_right_after(mentions, text, match.end())]
        while owners[-1] is not None:  # "... of the U.S. and Japan as ..."
            joined = _AND_NEXT.match(text, max(owners[-1].end, owners[-1].context_end))
            owners.append(None if joined is None else next(
                (m for m in mentions if m.start == joined.end()), None))
        named = [m for m in owners if m is not None]
        if not named:
            continue
        last = named[-1]
        as_ = _AS.match(text, max(last.end, last.context_end))
        if as_ is not None:
            for owner in named:
                _attach(text, context, foreign, owner, as_.end(),
                        sentence_span(match.start())[1])


def _right_after(mentions: list[Mention], text: str, pos: int) -> Mention | None:
    """The mention that starts right after ``pos`` (a space or " the " between)."""
    return next((m for m in mentions if pos < m.start <= pos + 3 or (
        m.start == pos + 5 and text.startswith(" the ", pos))), None)


def pronoun_labels(text: str, sentence_span: Callable[[int], tuple[int, int]],
                   mentions: list[Mention], context: Context,
                   foreign: Callable[[str], bool]) -> list[Mention]:
    """'This fact goes to prove that he is a military gangster': a label predicated of
    "he" or "she" in a sentence naming nobody before it is a nameless mention of the
    person named last before, in that sentence's two predecessors (inferred; its span
    the label phrase). The persons ``mentions`` name in the sentence itself are left
    to :func:`predications`.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> doc = annotate("Bolton went to Japan. It proves that he is a war maniac.",
    ...                date="2018-05-01")
    >>> [(m.actor, m.text, m.epithets, m.inferred) for m in doc.mentions][-1]
    ('john-bolton', 'a war maniac', ['war maniac'], True)
    """
    if not contains_any(text, _HE_IS_WORDS):
        return []  # (a cheap test of what _HE_IS looks for)
    people = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.start)
    out: list[Mention] = []
    for match in _HE_IS.finditer(text):
        start = _pronoun_at(text, match.start())
        if start is None:
            continue
        s_start, s_end = sentence_span(start)
        before = [m for m in people if m.start < start]
        if not before or before[-1].start >= s_start:
            continue  # nobody named yet, or somebody named in the sentence
        owner = before[-1]
        earliest = s_start
        for _ in range(2):  # the sentence before, and the one before it
            earliest = sentence_span(max(0, earliest - 1))[0]
        if owner.start < earliest or not foreign(owner.actor):
            continue
        labels, end = label_phrase(text, context, tokenize(
            text, match.end(), min(s_end, match.end() + WINDOW)), 0, need_article=True)
        if labels and end > match.end():
            out.append(Mention(owner.actor, "person", match.end(), end, text[match.end():end],
                               form="epithet", epithets=labels, inferred=True,
                               source="nameless", context_end=end))
    return out


def _pronoun_at(text: str, e: int) -> int | None:
    """Where "he" or "she" starts, as a whole word, whose "e" is at ``e``."""
    h = e - 1
    if h < 0 or text[h] not in "hH":
        return None
    start = h - 1 if h > 0 and text[h - 1] in "sS" else h
    return None if start > 0 and text[start - 1].isalnum() else start


def _attach(text: str, context: Context, foreign: Callable[[str], bool], owner: Mention,
            pos: int, stop: int, need_article: bool = False) -> None:
    if not foreign(owner.actor):
        return
    labels, _ = label_phrase(text, context, tokenize(text, pos, min(stop, pos + WINDOW)), 0,
                             need_article=need_article, subject_kind=owner.kind)
    if labels:
        owner.epithets = list(dict.fromkeys([*owner.epithets, *labels]))
        if owner.kind in ("person", "government"):
            owner.form = "epithet"  # a country or a body has no form
