"""Korean references with no name in them.

North Korean texts name the leaders by an honorific alone ("수령님", "위대한
장군님"), the state as "the Republic" ("우리 공화국", "공화국정부"), the two states
as "북과 남" ("the north and the south" as the two sides), and south Korea's rulers
by an insult alone ("미제와 그 앞잡이들", "괴뢰들은"). Each is read only as a word
of its own with, at most, a particle after it. The words are data:
``references-ko.toml``.

>>> from nkwatch.analysis.pipeline import annotate
>>> [(m.actor, m.form, m.text) for m in annotate(
...     "위대한 장군님의 뜻대로 우리 공화국은 미제와 그 앞잡이들을 물리친다.",
...     date="2012-01-01", lang="ko").mentions]
[('kim-jong-il', 'role', '위대한 장군님'), ('north-korea', None, '공화국'), \
('united-states', None, '미제'), ('south-korea', None, '앞잡이들')]
"""

import re
from functools import lru_cache

from nkwatch.analysis.document import Mention, overlaps
from nkwatch.analysis.korean import PARTICLES, insults_only, korean_pieces, word_end
from nkwatch.analysis.lexicon import Lexicon

_HANGUL = r"\uac00-\ud7a3"
_WORD = re.compile(rf"(?<![{_HANGUL}])[{_HANGUL}]+")
# "the Republic", not its northern or southern half (a place): "공화국북반부"
_REPUBLIC = re.compile(rf"(?<![{_HANGUL}])공화국(?:정부)?(?!북반부|남반부)")
# what may follow "공화국" in its word beside a particle: its founding ("공화국창건")
_REPUBLIC_COMPOUNDS = frozenset(("창건",))
# "북과 남" as the two sides: "북과 남사이", "북과 남은 서로"; not "북과 남, 해외의 동포"
_NORTH_AND_SOUTH = re.compile(rf"(?<![{_HANGUL}])(북)과 (남)(?=사이|은 |이 |의 )")


def korean_references(text: str, date: str, mentions: list[Mention], lexicon: Lexicon
                      ) -> list[Mention]:
    """The references of a Korean ``text`` that no mention in ``mentions`` covers."""
    taken = [(m.start, m.end) for m in mentions]
    out: list[Mention] = []

    def add(mention: Mention) -> None:
        if not overlaps(taken, mention.start, mention.end):
            out.append(mention)
            taken.append((mention.start, mention.end))

    pattern = _leader_pattern(tuple(lexicon.korean_leaders),
                              tuple(lexicon.korean_leader_honorifics))
    for match in pattern.finditer(text):
        actor, since = lexicon.korean_leaders[match.group("leader")]
        if date >= since:
            add(Mention(actor, "person", match.start(), match.end(), match.group(),
                        form="role", source="role"))
    for match in _REPUBLIC.finditer(text):
        rest = text[match.end():word_end(text, match.end())]
        if rest in PARTICLES or rest in _REPUBLIC_COMPOUNDS:
            add(Mention("north-korea", "country", match.start(), match.end(), match.group(),
                        source="nameless"))
    for match in _NORTH_AND_SOUTH.finditer(text):
        for group, actor in ((1, "north-korea"), (2, "south-korea")):
            add(Mention(actor, "country", match.start(group), match.end(group),
                        match.group(group), source="nameless"))
    pieces = korean_pieces(lexicon)
    heads = lexicon.korean_nameless_south
    for match in _WORD.finditer(text):
        if any(head in match.group() for head in heads):
            # insults only, the last one standing for the rulers ("그 앞잡이들")
            found = insults_only(match.group(), pieces)
            if found is not None and found[0][-1][0] in heads:
                end = match.start() + found[1]
                add(Mention("south-korea", "country", match.start(), end, text[match.start():end],
                            epithets=[piece for piece, _, _ in found[0]], inferred=True,
                            source="nameless"))
    return out


@lru_cache(maxsize=4)
def _leader_pattern(leaders: tuple[str, ...], honorifics: tuple[str, ...]) -> re.Pattern:
    """'수령님', '위대한 장군님', '어버이수령님' as a word of its own."""
    names = "|".join(map(re.escape, leaders)) or "(?!)"
    before = "|".join(map(re.escape, honorifics)) or "(?!)"
    return re.compile(rf"(?<![{_HANGUL}])(?:(?:{before}) ?)*(?P<leader>{names})")
