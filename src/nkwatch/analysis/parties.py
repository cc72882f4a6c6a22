"""'the Party' standing alone: the party the article last named, else the WPK.

North Korean media write "the Party" or "our Party" for the Workers' Party of Korea
("share their destiny with the Party and the leader"); in a report on a foreign
party's congress it is that party, unless the list it opens is the DPRK's ("the party,
government and people of the DPRK"). Not a modifier ("the Party members") and not
the start of a longer name ("the Party for Unity and Progress"). "the Party
Central Committee" is the party too (span "Party Central Committee"), as "the WPK
Central Committee" is read (the registry holds no entry for the committee).

>>> from nkwatch.analysis.pipeline import annotate
>>> [(m.actor, m.text) for m in annotate(
...     "They will share their destiny with the Party and the people.",
...     date="2012-01-01").mentions]
[('workers-party-of-korea', 'Party')]
>>> [(m.actor, m.text) for m in annotate(
...     "Our Party and the Party Central Committee trust them.", date="2022-01-01").mentions]
[('workers-party-of-korea', 'Party'), ('workers-party-of-korea', 'Party Central Committee')]
>>> [m.actor for m in annotate("The Communist Party of Cuba held its congress. "
...                            "The Party set new tasks.", date="2012-01-01").mentions]
['communist-party-of-cuba', 'communist-party-of-cuba']

In Korean, "당" written as a word of its own with only a particle after it ("당의
부름", "우리 당과 공화국정부", "우리당이") is the WPK, and so is "당중앙위원회"; inside a
word it is another word or party ("당원", "정당", "한나라당").

>>> [(m.actor, m.text) for m in annotate("우리 당과 인민은 당의 부름에 따라 당원들과 함께",
...                                      date="1985-01-01", lang="ko").mentions]
[('workers-party-of-korea', '당'), ('workers-party-of-korea', '당')]
"""

import re

from nkwatch.analysis.document import Mention
from nkwatch.analysis.korean import PARTICLES
from nkwatch.analysis.lexicon import Lexicon
from nkwatch.analysis.needles import contains, register
from nkwatch.analysis.registry import Registry

WPK = "workers-party-of-korea"
register("Party", "party", "orkers", "Party Central Committee")  # (tested before the patterns)
# "the" or "our" ("our" is the DPRK's own voice: always the WPK); a capital "Our"
# only opening a sentence ("the General Line of Our Party" is the title of a work)
_DETERMINER = r"(?:\b(?P<det>[Tt]he|our)|(?:^|(?<=[.!?] )|(?<=[.!?][\"”’] )|(?<=\n))(?P<our>Our))"
# "the Party", then what may follow a noun that stands alone; a capital after
# "of"/"for" makes it part of a name ("the Party of the Congress for Independence"). The
# word first, its determiner looked up before it (``_DETERMINER_BEFORE``): the regex
# engine then skips ahead to the word.
_BARE_PARTY = re.compile(
    r"(?<= )(?P<party>Party)\b(?!['’]s? [A-Z])(?! (?:of|for) (?:the )?[A-Z])"
    r"(?=(?:['’]s)?[ ,.;:)\"”'’]|$)"
    r"(?! [A-Z])(?: ?(?!['’])(?P<next>[a-z]+))?"
)
# KCNA's lower-case "the party" (about 12,000 in 1997-2018, "the party, the army and the
# people", "the whole party"): not before "of" ("the party of traitors"), a name or
# "concerned" (a side), nor in a list that another state's name ends ("the party and
# government of China"), and only in an article with no banquet ("Speeches were
# exchanged at the party")
_LOWER_PARTY = re.compile(
    r"(?<= )(?P<party>party)\b"
    r"(?!['’]?s? [A-Z])(?! of\b| concerned)(?![\w ,']{0,40}\bof (?:the )?(?!DPRK|Korea)[A-Z])"
    r"(?=(?:['’]s)?[ ,.;:)\"”'’]|$)(?! [A-Z])(?: ?(?!['’])(?P<next>[a-z]+))?"
)
# (and KCNA's praise between: "the great Party", "the motherly Party", about 150 in
# 1997-2018)
_DETERMINER_BEFORE = re.compile(
    _DETERMINER + r"(?: whole| great| glorious| motherly| revolutionary| invincible"
    r"| ever-victorious)? \Z")
# "the party, government and people of the DPRK": the WPK, whichever party was named before
# (the list after the party only: words, commas and "and")
_OF_THE_DPRK_AFTER = re.compile(
    r"(?:['’]s)?(?:,? (?:and )?(?:the )?[a-z]+){1,4} (?:of|in) (?:the DPRK|Korea)\b")
# "the Workers' Party and people of Korea" (about 170 in 1997-2018): the WPK's name split
# by the list before "of Korea" (the literal first, "the W" checked behind it)
_WORKERS_PARTY = re.compile(r"orkers(?<=[Tt]he [Ww]orkers)['’] [Pp]arty(?=,? and )")
# "Speeches were made at the party." (not "greetings at the party, army and people")
_AT_A_PARTY = re.compile(r"(?<!\w)at the party(?![,\w]| and)")
_BANQUET = re.compile(
    r"\b(?:banquet|reception|[Aa] party|party (?:was )?(?:given|arranged|hosted))\b")
# "the Party Central Committee", "our great Party Central Committee", "the 8th Party
# Central Committee": the party's leading body, not a name of its own ("the Party Central
# Committee Building" is)
_CENTRAL_COMMITTEE = re.compile(
    _DETERMINER + r"(?: great| \d{1,2}(?:st|nd|rd|th))? (?P<party>Party Central Committee)\b"
    r"(?!['’]?s? [A-Z])"
)


# "당" (or "당중앙위원회", as "the Party Central Committee") as a word of its own (or
# in "우리당"), then a particle and the word's end
_KOREAN_PARTY = re.compile(
    r"(?:(?<![\uac00-\ud7a3])|(?<=우리))(?P<party>당(?: ?중앙위원회)?)"
    # (longest particles first)
    rf"(?=(?:{'|'.join(sorted(PARTICLES - {''}, key=len, reverse=True))})(?![\uac00-\ud7a3]))"
)


def korean_party_mentions(text: str) -> list[Mention]:
    """Mentions for each bare "당" of a Korean text: the Workers' Party of Korea."""
    if "당" not in text:
        return []
    return [Mention(WPK, "organization", m.start(), m.end(), m.group(), source="nameless")
            for m in _KOREAN_PARTY.finditer(text)]


def bare_party_mentions(text: str, bodies: list[Mention], registry: Registry,
                        lexicon: Lexicon, people: list[Mention] | None = None) -> list[Mention]:
    """Mentions for each bare "the Party" in ``text`` (span: "Party"), resolved to the
    party among ``bodies`` (organisation mentions found so far) last named before it,
    or to the Workers' Party of Korea ("our Party": always the WPK). A lower-case "the
    party" is the WPK only in an article that names North Korea or one of its own
    (``bodies`` or ``people``): "the puppets' racket to dissolve the party" is another."""
    capital = contains(text, "Party")
    lower = contains(text, "party") and _BANQUET.search(text) is None
    if not capital and not lower:
        return []
    parties = sorted((m.start, _party_of(m.actor, registry)) for m in bodies)
    out: list[Mention] = []
    # (start, end, said by "our", in lower case) of each bare party
    found: list[tuple[int, int, bool, bool]] = []
    for pattern, wanted in ((_BARE_PARTY, capital), (_LOWER_PARTY, lower)):
        for m in pattern.finditer(text) if wanted else ():
            start = m.start()
            # (a modifier: "the Party members" names the Party whose members they are)
            if m.group("next") in lexicon.party_modifiers or (
                    pattern is _LOWER_PARTY and _AT_A_PARTY.match(text, start - 7)):
                continue
            det = _DETERMINER_BEFORE.search(text, max(0, start - 16), start)
            if det is not None:
                own = bool(det.group("our")) or det.group("det") == "our"
                found.append((start, m.end("party"), own, pattern is _LOWER_PARTY))
    if contains(text, "orkers"):
        found.extend((m.start() - 1, m.end(), True, False)  # (from the "W" before)
                     for m in _WORKERS_PARTY.finditer(text)
                     if _OF_THE_DPRK_AFTER.match(text, m.end()))
    if contains(text, "Party Central Committee"):
        found.extend((m.start("party"), m.end("party"),
                      bool(m.group("our")) or m.group("det") == "our", False)
                     for m in _CENTRAL_COMMITTEE.finditer(text))
    north_korean = lower and any(
        m.actor == "north-korea" or registry.country_of(m.actor) == "north-korea"
        for m in [*bodies, *(people or ())])
    for start, end, own, lowercase in sorted(found):
        named = [actor for at, actor in parties if at < start and actor is not None]
        if own or _OF_THE_DPRK_AFTER.match(text, end):
            named = [WPK]
        elif not named and not north_korean and lowercase:
            continue
        out.append(Mention(named[-1] if named else WPK, "organization", start, end,
                           text[start:end], source="nameless"))
    return out


def _party_of(actor_id: str, registry: Registry) -> str | None:
    """The party an organisation is or belongs to ("wpk-central-military-commission"
    is the WPK's), or None."""
    if actor_id.startswith("wpk-"):
        return WPK
    actor = registry.actors.get(actor_id)
    if actor is not None and actor.kind == "organization" and (
            "Party" in actor.name or actor.party):
        return actor_id
    return None
