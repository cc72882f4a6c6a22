"""Titles, insults and collectives written solid with a Korean name, or in the word before it.

North Korean texts write what English puts around a name into the same word:
"트럼프대통령" (President Trump), "박근혜역도" (traitor Park Geun Hye),
"리명박역적패당" (the traitor Lee Myung Bak clique), "남조선괴뢰들" (the south
Korean puppets), or in the word just before: "괴뢰대통령 윤석열". Each such
word is split, longest piece first, into pieces of the Korean lexicons
(titles, insults, collectives); particles and anything unknown end it. Only a
word that splits completely counts when it stands before the name.

>>> from nkwatch.analysis.pipeline import annotate
>>> [(m.actor, m.kind, m.form, m.title, m.epithets) for m in annotate(
...     "리명박역도패당과 트럼프대통령", date="2010-01-01", lang="ko").mentions]
[('lee-myung-bak', 'government', 'epithet', None, ['역도', '패당']), \
('donald-trump', 'person', 'title', '대통령', [])]
"""

from collections.abc import Callable

from nkwatch.analysis.document import Mention
from nkwatch.analysis.lexicon import Lexicon
from nkwatch.analysis.tokens import is_hangul

TITLE, EPITHET, COLLECTIVE, GROUP = "title", "epithet", "collective", "group"
PLURAL = "들"
ISM = "주의"  # -ism
# what may end a word after a noun: case particles and postpositions
PARTICLES = frozenset((
    "", "의", "과", "와", "은", "는", "이", "가", "을", "를", "에", "에게", "에게서", "께",
    "께서", "께서는", "께서도", "으로", "로", "으로써", "도", "만", "만이", "이며", "이다",
    "에서", "에서는", "에서도", "에로", "에는", "에도", "과의", "와의", "이야말로", "까지",
    "부터", "처럼", "앞에", "속에", "속에서", "속으로",
))
MAX_PIECE = 12
# words of quantity between "의" and a people noun: "남조선의 모든 혁명가들"
_QUANTITY = frozenset(("모든", "전체", "온", "각계각층", "수많은", "광범한"))


_PIECES: dict[str, dict[str, tuple[str, bool]]] = {}  # by lexicon version


def korean_pieces(lexicon: Lexicon) -> dict[str, tuple[str, bool]]:
    """Korean lexicon entries: text -> (what it is, derogatory); built once per version."""
    if lexicon.version in _PIECES:
        return _PIECES[lexicon.version]
    pieces: dict[str, tuple[str, bool]] = _PIECES.setdefault(lexicon.version, {})
    for text in lexicon.titles:
        if any(is_hangul(c) for c in text) and " " not in text:
            pieces[text] = (TITLE, False)
    for text, derogatory in lexicon.collectives.items():
        if any(is_hangul(c) for c in text):
            pieces[text] = (GROUP if not derogatory else COLLECTIVE, derogatory)
    for text, epithet in lexicon.epithets.items():
        if epithet.lang == "ko" and epithet.kind != "predicate" and " " not in text:
            kind = COLLECTIVE if epithet.kind == "collective" else EPITHET
            pieces[text] = (kind, True)
    return pieces


def split_after(word: str, pieces: dict[str, tuple[str, bool]]
                ) -> tuple[list[tuple[str, str, bool]], int]:
    """Known pieces from the start of ``word``, longest first, until one is unknown
    (a plural mark between them is passed over); and how many characters they take.

    >>> from nkwatch.analysis.lexicon import load_lexicon
    >>> found, used = split_after("괴뢰역도패당은", korean_pieces(load_lexicon()))
    >>> [p[0] for p in found], used
    (['괴뢰역도', '패당'], 6)
    """
    out = []
    i = used = 0
    while i < len(word):
        for size in range(min(MAX_PIECE, len(word) - i), 0, -1):
            found = pieces.get(word[i:i + size])
            if found is not None:
                out.append((word[i:i + size], *found))
                i += size
                used = i
                break
        else:
            if word[i:i + 1] == PLURAL and out:
                i += 1
                continue
            break
    return out, used


def split_whole(word: str, pieces: dict[str, tuple[str, bool]]
                ) -> list[tuple[str, str, bool]] | None:
    """``word`` split completely into known pieces, else None."""
    found, used = split_after(word, pieces)
    return found if found and used == len(word) else None


def attach(text: str, mentions: list[Mention], lexicon: Lexicon, countries: set[str],
           country_of: Callable[[str], str | None] = lambda actor: None) -> list[Mention]:
    """Give Korean mentions the titles and insults written with them, or in the word
    after them ("남조선 호전광들"); return the mentions left (a country inside a person's
    title is part of that mention, and a name for a people or its soldiers is none:
    "남조선인민들", "남조선 청년학생들", "인민군장병들"). ``country_of`` tells a body's
    country, for a body's name that is a country and the start of an insult."""
    pieces = korean_pieces(lexicon)
    for m in mentions:
        _country_before_insult(text, m, pieces, countries, country_of)
    # before a name a country word may come too ("미국대통령 트럼프"); built once per text
    with_countries = {**dict.fromkeys(countries, ("country", False)), **pieces}
    absorbed: set[int] = set()
    for m in mentions:
        if m.end <= m.start or not is_hangul(text[m.end - 1]):
            continue
        end = word_end(text, m.end)
        if m.kind in ("country", "organization") and (_not_the_actor(
                text, m.end, end, lexicon.korean_not_the_actor_after) or _one_of(
                    text[m.start:end], lexicon.korean_words_not_names)):
            absorbed.add(id(m))
            continue
        after, used = split_after(text[m.end:end], pieces)
        spaced = None  # an insult word after the name ("남조선 호전광들")
        if m.end + used == end and text.startswith(" ", end):
            spaced = insults_only(text[end + 1:word_end(text, end + 1)], pieces)
        before, word_start = _word_before(text, m.start, with_countries)
        if not after and not before and not spaced:
            continue
        _apply(m, [*after, *(spaced[0] if spaced else [])], before)
        m.end = end + 1 + spaced[1] if spaced else m.end + used
        if before:
            m.start = word_start
            absorbed.update(id(o) for o in mentions
                            if o is not m and m.start <= o.start and o.end <= m.end)
        m.text = text[m.start:m.end]
        m.context_end = max(m.context_end, m.end)
    return [m for m in mentions if id(m) not in absorbed]


def _country_before_insult(text: str, m: Mention, pieces: dict[str, tuple[str, bool]],
                           countries: set[str], country_of: Callable[[str], str | None]
                           ) -> None:
    """A body's name that is its country's name and the start of an insult is the
    country: "일본군국주의자들" is "일본" (Japan) and "군국주의자" (militarists), not
    "일본군" (the Japanese army) and "국주의자들".

    >>> from nkwatch.analysis.lexicon import load_lexicon
    >>> m = Mention("imperial-japanese-army", "organization", 0, 3, "일본군")
    >>> _country_before_insult("일본군국주의자들", m, korean_pieces(load_lexicon()), {"일본"},
    ...                        lambda actor: "japan")
    >>> m.actor, m.kind, m.text
    ('japan', 'country', '일본')
    """
    if m.kind != "organization":
        return
    country = country_of(m.actor)
    name = text[m.start:m.end]
    cut = next((len(w) for w in countries if name.startswith(w) and len(w) < len(name)), 0)
    if not cut or country is None:
        return
    found, _ = split_after(text[m.start + cut:word_end(text, m.end)], pieces)
    insult = found and found[0][1] != TITLE and len(found[0][0]) > len(name) - cut
    # an -ism written on past the name ("일본군국주의", Japanese militarism) cuts it too
    if insult or ISM in text[m.end:m.end + 3]:
        m.actor, m.kind, m.end = country, "country", m.start + cut
        m.text = text[m.start:m.end]


def word_end(text: str, pos: int) -> int:
    """Where the hangul word going on at ``pos`` ends."""
    while pos < len(text) and is_hangul(text[pos]):
        pos += 1
    return pos


def _not_the_actor(text: str, pos: int, end: int, nouns: set[str]) -> bool:
    """Whether a noun that makes a name a people, soldiers or a style ("남조선인민들",
    "인민군장병들", "미국식") follows it, solid, after a space or after "의" and words
    of quantity ("남조선의 모든 혁명가들")."""
    genitive = text[pos:end] == "의"
    if (pos == end or genitive) and text.startswith(" ", end):
        pos = end + 1
        end = word_end(text, pos)
        while genitive and text[pos:end] in _QUANTITY and text.startswith(" ", end):
            pos = end + 1
            end = word_end(text, pos)
    return _one_of(text[pos:end], nouns)


def _one_of(word: str, words: set[str]) -> bool:
    """Whether ``word`` is one of ``words`` with a particle at most ("일본새를": a way
    of working, not Japan; "인민들이": a people)."""
    return any(word.startswith(w) and word[len(w):] in PARTICLES for w in words)


def insults_only(word: str, pieces: dict[str, tuple[str, bool]]
                 ) -> tuple[list[tuple[str, str, bool]], int] | None:
    """``word`` as insults and collectives only, then a plural mark and a particle at
    most: its pieces and how many characters they take with the plural mark.

    >>> from nkwatch.analysis.lexicon import load_lexicon
    >>> found, used = insults_only("앞잡이들을", korean_pieces(load_lexicon()))
    >>> [p[0] for p in found], used
    (['앞잡이'], 4)
    """
    found, used = split_after(word, pieces)
    if not found or any(kind == TITLE for _, kind, _ in found):
        return None
    rest = word[used:]
    plural = rest.startswith(PLURAL)
    if (rest[1:] if plural else rest) not in PARTICLES:
        return None
    return found, used + plural


def _word_before(text: str, start: int, pieces: dict[str, tuple[str, bool]]
                 ) -> tuple[list[tuple[str, str, bool]], int]:
    """The word right before the name, when it is all titles, insults and countries."""
    if start < 2 or text[start - 1] != " ":
        return [], start
    i = start - 1
    while i > 0 and is_hangul(text[i - 1]):
        i -= 1
    found = split_whole(text[i:start - 1], pieces)
    if not found or all(p[1] == "country" for p in found):
        return [], start
    return found, i


def _apply(m: Mention, after: list[tuple[str, str, bool]], before: list[tuple[str, str, bool]]
           ) -> None:
    for piece, kind, derogatory in [*before, *after]:
        if kind == EPITHET or (kind == COLLECTIVE and derogatory):
            m.epithets = list(dict.fromkeys([*m.epithets, piece]))
        if kind in (COLLECTIVE, GROUP) and m.kind == "person":
            m.kind = "government"
        if kind == TITLE and m.kind in ("person", "government") and m.title is None:
            m.title = piece
    if m.kind in ("person", "government"):
        m.form = "epithet" if m.epithets else ("title" if m.title else m.form)
