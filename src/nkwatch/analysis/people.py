"""People outside the registry, named with a title or an office.

"Canadian Prime Minister Jean Chretien", "Tom Thabane, prime minister of
Lesotho": the name gets the slug the registry would give it, form ``title``.

>>> from nkwatch.analysis.pipeline import annotate
>>> [(m.actor, m.form, m.title) for m in annotate(
...     "Tom Thabane, prime minister of Lesotho, arrived.", date="2018-01-01").mentions]
[('tom-thabane', 'title', 'prime minister of Lesotho')]
>>> [(m.text, m.actor) for m in annotate(
...     "Present was O Kuk Ryol, vice-chairman of the NDC.", date="2010-01-01").mentions
...  if m.kind == "person"]
[('O Kuk Ryol', 'o-kuk-ryol')]
"""

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache

from nkwatch.analysis.context import Context
from nkwatch.analysis.document import Mention, overlaps
from nkwatch.analysis.tokens import tokenize, word_before

# a name part: "Jong", "Al-Assad", "A.", and with an apostrophe "N'hamadjo", "O'Neill"
_PART = r"(?:[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?|[A-Z]\.|[A-Z][a-z]?['’][A-Z]?[a-z]{2,})"
# the first part opens with its capital, and only then looks behind it: a pattern
# that starts with a letter class lets the regex engine skip ahead to capitals (not
# within a hyphened word: "Editor-in-Chief Ri Kyong Sop"); the Korean surname "O" is a
# part of one letter ("O Ryong Bang", "O Jin U")
_FIRST_PART = (r"[A-Z](?<![\w.'’][A-Z])(?<![A-Za-z]-[A-Z])"
               r"(?:[a-z]+(?:-[A-Za-z][a-z]+)?|\.|[a-z]?['’][A-Z]?[a-z]{2,}"
               r"|(?<=O)(?=[ ][A-Z][a-z]+[ ][A-Z]))")
_PARTICLES = r"(?:al|el)-[A-Z][a-z]+|bin|de|van|von|al|el|di|da|du|ibn|dos|del"
_NAME = re.compile(
    # (a Korean name may have a syllable of one letter: "Nam Sung U", "Kwon O Gyu")
    rf"{_FIRST_PART}(?:[ ](?:{_PART}|{_PARTICLES}|[UO](?![\w.'’])))+"
    rf"(?![\w'’])"
)
_OFFICES = (
    "president|vice-president|vice president|prime minister|premier|minister|chairman|"
    "deputy minister|deputy prime minister|deputy chairman|deputy director|deputy head|"
    "councilor|senior councilor|editor-in-chief|vice editor-in-chief|"
    "chairwoman|chairperson|secretary|secretary-general|general secretary|ambassador|director|"
    "director-general|spokesman|spokeswoman|spokesperson|king|queen|emperor|sultan|emir|prince|"
    "chancellor|governor|speaker|envoy|representative|commander|senator|mayor|chief|"
    "leader|first secretary|foreign minister|defense minister|defence minister|"
    "vice-minister|vice minister|vice-chairman|vice chairman|vice-premier|vice premier|"
    "attache|counsellor|councillor|consul general|charge d'affaires|"
    "member of the presidium|member of the political bureau|member|marshal|vice-marshal|"
    "vice marshal|general adviser|adviser|advisor"
)
# offices read only in an apposition after a name ("Ri Kwang Ho, head of the delegation"):
# before a name they run into the body's capitals ("co-representative of the ...
# Hiroshima Prefectural Citizens' ..."); a workshop's or a work team's head is a worker
_APPOSITION_OFFICES = (
    # (an embassy's "military, naval and air attache", the one office with a comma; 108
    # articles in KCNA)
    f"military, naval and air attache|{_OFFICES}|co-representative|co-chairman|"
    "co-chairperson|vice-chairwoman|"
    "vice-chairperson|vice-director|delegate|rector|lawmaker|legislator|deputy(?= to )|"
    "assemblyman|assemblywoman|"
    "(?<!workshop )(?<!work-team )(?<!sub-workteam )(?<!team )head"
    "(?! of (?:a |the )?(?:[\\w-]+ )?(?:sub-workteam|workteam|work-team|workshop|farm|family))"
)
_OFFICE_WORDS = frozenset(o for o in _OFFICES.split("|") if " " not in o)
_OFFICE_AFTER = re.compile(
    # (words on one line; a word ends with a stop only in an abbreviation: "U.S.", not
    # "... war hero. The chief of ...")
    rf",\s+(?!who\b|which\b|and\b)(?:the\s+|a\s+|an\s+)?"
    # (not past a relative word: "Moran Hill, a historic place where President ...", nor
    # the next person's: "..., Jagjit Singh Sapra, and the new Laotian Ambassador, ...",
    # nor a verb: "Zhang Jinlu, daughter of ..., said she missed the President")
    rf"(?:(?!(?:where|when|whose|whom|which|who|that|said|says|saying|told|tells|noted|"
    rf"added|stressed|expressed|recalled|missed|wrote|writes|called|urged)\b)"
    rf"(?:[\w'’-]+(?:\.[\w'’-]+)+\.?|[\w'’-]+)[ ]+){{0,4}}?(?i:{_APPOSITION_OFFICES})\b"
    # "..., Ugandan president and Girma ...": a title ends before "and" and a name, and
    # before the purpose of a trip ("..., chairwoman of its Central Committee to visit Laos")
    rf"(?:(?! and [A-Z]| to (?:visit|attend|take part|participate|tour)\b)"
    rf"(?:C\.C\.|U\.S\.(?! [A-Z])|[^,.;])){{0,80}}"
    # "... of the C.C., CPC,", "... of the C.C., (the) Nepal Communist Party (Marxist-
    # Leninist) and ..."
    rf"(?:,\s*[A-Z]{{2,6}}(?=[,.;])|(?<=C\.C\.),\s*(?:the\s+)?[A-Z][\w'’-]*"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?(?:[A-Z][\w'’-]*|\([\w'’ -]+\))){{0,6}}(?=[,.;]|\s+and\b))?"
)
# "Ambassador to the DPRK ", "ambassador e. p. to Denmark "
_TO_COUNTRY = re.compile(
    r"(?:[Aa]mbassador|[Ee]nvoy|[Cc]onsul|[Rr]epresentative|p\.) to (?:the )?(\S+) \Z")
# words of _NOT_NAMES that are also syllables of Korean given names ("Jo In Chol")
_KOREAN_SYLLABLES = frozenset(("In", "On"))
_NOT_NAMES = frozenset(
    "The This That These Those It He She They We Our His Her Its Us Me Him Them "
    "In On At For From With By "
    "As But And Or If When While After Before During Under Over Pyongyang Korea Korean "
    "Party Committee Council Assembly Army People People's Republic Democratic Association "
    "Friendship Society Union Study Group Federation Institute Front Movement League "
    "National University Foundation Center Centre Idea Star Shining Songun Juche Kimilsungism "
    "Kimjongilism Socialist Socialism Workers Youth Women Children Solidarity Peace Day "
    "Month Week Year Festival Prize Order Medal Hall Palace Street Square Film Art "
    "Red Flag Victory Liberation Independence Revolution Revolutionary Great Leader "
    "International Organization Federation Company Corporation Holdings Limited Co Ltd Inc "
    "Corp Embassy Administration Team House Publishing "
    "Ministry Department Office Agency News Radio Television Times Post Daily Journal "
    "Magazine Press Council Staff Personnel Your Excellency Excellencies "
    "North South East West Central Supreme State Cabinet Assembly Conference Congress "
    "Meeting Session Plenary Delegation Mission Commission Command Forces Force Navy Bureau "
    "Will Always Be Service Services Welfare Health Affairs Justice Trade Industry Culture "
    "Education Defense Defence Unification Security Finance Labor Labour Agriculture Forestry "
    "Fisheries Construction Transport Transportation Science Technology Environment "
    "Information Communications Interior Energy Economy Planning Sports Tourism Is Are "
    "Itself Himself Herself Themselves Ourselves Nation Provincial Administrative Economic "
    "Municipal Regional City County District Province "
    "Was Were Has Have Had Shall Should Must Can Could May Might Does Did Not Never "
    "Forever Joint Venture Investment Arts Relations Contact Province County City District "
    "Region Prefecture Island Islands Sea River Mountain Mountains Farm Factory Mine Works "
    "School College Museum Theatre Theater Zoo Foreign Countries Policy Studies "
    "Asia Africa Europe America Pacific Atlantic Headquarters Plant Academy Development "
    "Programme Program Bank Complex Machinery Machine Station Enterprise Social Sciences "
    "Societies Associations Committees Unions Federations Parties Organizations "
    "Councils".split()
)


_CAPITAL = re.compile(r"\b[A-Z]")
_INITIAL = re.compile(r"[A-Z]\.")
# a body named by a common noun after an office ("chairman of the committee")
_BODY_WORD_SET = frozenset((
    "committee", "society", "association", "party", "organization", "organisation",
    "institute", "company", "union", "federation", "council", "centre", "center", "group",
    "league", "movement", "front", "foundation", "club"))
_BODY_WORDS = "(?:" + "|".join(sorted(_BODY_WORD_SET)) + ")"
# an office and the body it belongs to, in capitals (or a common noun), ending right
# before a name
_OFFICE_BEFORE = re.compile(
    # (at a sentence's start too: ". General secretary of the ... Party Branko Kitanovic")
    rf"(?:^|[,;:]\s*|\b[a-z]+\s+|[.!?][\"”’]?\s+(?:The\s+)?)"
    rf"((?i:{_OFFICES})\b(?:\s+(?:of|and|for|the|its|[A-Z][\w'’-]*))*"
    # "Chairman of the committee Jong Un Ryong", "President of the association Hu Feng Wei"
    rf"(?:\s+(?:the|its)\s+{_BODY_WORDS})?)[ \t]+$"
)
# an embassy's office in Pyongyang: "Minister-Councilor of the Chinese embassy here",
# "charge d'affaires ad interim of the Indian embassy here" (before the name)
_EMBASSY_OFFICE = re.compile(
    rf"(?<![\w'’-])((?:(?:[A-Z][\w'’]*|military|defen[cs]e|naval|air|commercial|economic"
    rf"|cultural|press|first|second|third)[ -])*(?i:{_OFFICES}|minister-counsell?or)"
    rf"(?: ad interim)? "
    rf"of the [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? [Ee]mbassy here)[ \t]+$")
_NAME_AT = re.compile(rf"{_PART}(?:[ ]{_PART}){{1,3}}(?=\s*(?:[,.;:)]|and\b|who\b|$))")


def name_at(text: str, pos: int) -> str | None:
    """A person's name (two to four capitalised words, then a comma, "and", "who" or
    the end) starting at ``pos``: "Manmohan Singh," but not "Central Committee".

    >>> name_at("Indian Prime Minister Manmohan Singh, and", 22), name_at("Central Committee,", 0)
    ('Manmohan Singh', None)
    """
    match = _NAME_AT.match(text, pos)
    if match is None or any(w in _NOT_NAMES for w in match.group().split()):
        return None
    return match.group()


# a department's head at a university or a hospital is no official: ", head of a
# department of Kim Il Sung University" (about 100 in KCNA, most in lists of degrees)
_ACADEMIC = re.compile(
    r",\s+(?:a |the )?(?:[\w-]+ )?(?:head|chief|director) of (?:a |an |the )?"
    r"(?:department|chair|faculty|section|laboratory|lab|ward|institute) (?:of|at) (?:the )?"
    r"[\w' -]*?(?:University|College|Institute|Hospital|School|Academy)\b")
# after a name: the office its bearer was just given ("... on his appointment as ...")
_APPOINTED_AS = re.compile(
    r" (?:up)?on (?:his|her) (?:appointment|reappointment|re-appointment|election|"
    r"re-election|reelection|inauguration|(?:assumption|reassumption|re-assumption|"
    r"resumption) of office) as "
    # "Yun Su Ryong was appointed as the Korean Ambassador ...", "Sok Myong Son was
    # elected chairman of the committee", "Choe Jae Hyon was relieved of the post of
    # Minister of Culture"
    rf"| (?:was|has been|had been) (?:appointed|re-appointed|elected|re-elected|reelected|"
    rf"named|relieved of (?:the |his |her )?posts? (?:of|as))(?: as)? "
    rf"(?:(?:the|its|a|an|new|first|honorary|[A-Z][\w'’-]*) ){{0,3}}"
    rf"(?i:{_APPOSITION_OFFICES})\b")


def office_before(text: str, start: int) -> tuple[int, str] | None:
    """An office written right before a name in a list, as it stands: "Minister of
    Health and Welfare Pyon Jae Jin", "Vice-Premier of the Administration Council Jang
    Chol", "Military Attache of the Russian embassy here Igor Petrov" (where and what).

    >>> office_before("were Minister of Health and Welfare Pyon Jae Jin", 36)
    (5, 'Minister of Health and Welfare')
    >>> office_before("and Minister-Councilor of the Chinese embassy here Li Bin", 51)
    (4, 'Minister-Councilor of the Chinese embassy here')
    """
    if text.endswith(" here ", 0, start):  # (a cheap test first)
        envoy = _EMBASSY_OFFICE.search(text, max(0, start - 120), start)
        if envoy is not None:  # a diplomat "here", in Pyongyang (about 80 in KCNA)
            return envoy.start(1), envoy.group(1)
    word = word_before(text, max(0, start - 30), start, quotes=False)
    if word is None or not (word[0].isupper() or word.lower() in _OFFICE_WORDS
                            or word in _BODY_WORD_SET):
        return None  # (a cheap test first: the pattern searches back 90 characters)
    match = _OFFICE_BEFORE.search(text, max(0, start - 90), start)
    if match is None or match.group(1).split()[-1] in ("of", "and", "for", "the"):
        return None  # "vice-chairman of the Commission for Joint Venture": no name after
    return match.start(1), match.group(1)


def _name_inside(text: str, start: int, end: int) -> bool:
    """Whether a person's name stands within ``text[start:end]`` right after a word in
    capitals ("... Administration Council Jang Chol", not "... for Joint Venture")."""
    for match in _CAPITAL.finditer(text, start, end):
        before = word_before(text, max(start, match.start() - 30), match.start(), gap=1,
                             quotes=False)
        if before is not None and before[:1].isupper() and name_at(text, match.start()) is not None:
            return True
    return False


def slug(name: str) -> str:
    """The registry-style id of a name.

    >>> slug("Jacek Czaputowicz"), slug("Nursultan A. Nazarbayev"), slug("Paul O'Neill")
    ('jacek-czaputowicz', 'nursultan-a-nazarbayev', 'paul-oneill')
    """
    plain = unicodedata.normalize("NFKD", name.replace("’", "'")).encode(
        "ascii", "ignore").decode().replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def office_after(text: str, end: int) -> tuple[str, int] | None:
    """The office in an apposition right after a name that ends at ``end`` ("...,
    member of the NDC,"), without its article, and where the apposition ends; None
    when there is none or it names another person ("..., Vice-Premier of the
    Administration Council Jang Chol").

    >>> office_after("Yon Hyong Muk, member of the NDC, spoke.", 13)
    ('member of the NDC', 32)
    """
    after = _OFFICE_AFTER.match(text, end)
    if after is None or _name_inside(text, after.start() + 2, after.end()) or (
            _ACADEMIC.match(text, after.start())):
        return None
    apposition = after.group().lstrip(", ").strip()
    return re.sub(r"^(?:the|a|an)\s+", "", apposition), end + len(apposition) + 2


def _first_name_after_envoy(text: str, start: int, words: list[str], i: int,
                            context: Context) -> bool:
    """Whether the title word ``words[i]`` opens the name of an envoy "to" a country
    named right before it: "Qatari Ambassador to the DPRK Sultan Salmeen Saeed Al
    Mansouri" (not "the Omani Sultan Qaboos")."""
    at = start + len(" ".join(words[:i])) + (1 if i else 0)  # where words[i] begins
    if " to " not in text[max(0, at - 30):at]:
        return False  # (a cheap test first: this runs for every title word before a name)
    envoy = _TO_COUNTRY.search(text, max(0, at - 40), at)
    return envoy is not None and context.table.get((envoy.group(1).lower(),)) == "country"


def _korean_syllable(words: list[str], i: int, context: Context) -> bool:
    """Whether ``words[i]`` ("In", "On") is the middle syllable of a Korean name: after a
    Korean surname and before the last syllable ("Jo In Chol", "Ri In Mo").

    >>> from nkwatch.analysis.context import get_context
    >>> _korean_syllable(["Jo", "In", "Chol"], 1, get_context())
    True
    """
    return (words[i] in _KOREAN_SYLLABLES and 0 < i == len(words) - 2
            and words[i - 1] in context.korean_surnames)


def find_unregistered(text: str, sentences: list[tuple[int, int]], taken: list[tuple[int, int]],
                      context: Context, known: Callable[[str], bool]) -> list[Mention]:
    """Titled people whose names are not in the registry (``known`` tells registry
    names: "in New Zealand, the ambassador of ..." names a place, not a person)."""
    out: list[Mention] = []
    single_titles = context.single_titles
    pos = 0
    while (match := _NAME.search(text, pos)) is not None:
        start, end = match.span()
        pos = end
        words = match.group().split()
        # a run of capitals is read once, from its end: the name follows the last word of
        # a body ("Central Committee Kim Jung Rin") and of a leading title ("Mongolian
        # Prime Minister Renchinnyamiin Amarjargal"), and has four words at most
        last_not_name = max((i for i, w in enumerate(words)
                             if w in _NOT_NAMES and not _korean_syllable(words, i, context)),
                            default=-1)
        if last_not_name >= 0:
            start += len(" ".join(words[:last_not_name + 1])) + 1
            words = words[last_not_name + 1:]
        if len(words) >= 2 and not _first_name_after_envoy(text, start, words, 0, context):
            lead = _leading_title(text, start, end, words[0], context)
            if lead is not None:
                words = text[lead:end].split()
                start = end - len(" ".join(words))
        titled = max((i for i, w in enumerate(words[:-2]) if w.lower() in single_titles
                      and not _first_name_after_envoy(text, start, words, i, context)),
                     default=-1)
        if titled >= 0:  # "Cyprian President Glafcos Clerides": after the title
            words = words[titled + 1:]
            start = end - len(" ".join(words))
        if len(words) > 4 and not (len(words) == 5 and _first_name_after_envoy(
                text, start, words, 0, context)):  # (five: "... to the DPRK Sultan Salmeen
            start = end - len(" ".join(words[-4:]))  # Saeed Al Mansouri")
            words = words[-4:]
        if len(words) == 4 and all(len(w) <= 5 for w in words[1:]) and len(words[0]) > 5 and (
                words[1] in context.korean_surnames):
            start += len(words[0]) + 1  # "Relations Ri Kwang Gun": a Korean name of three
            words = words[1:]
        while len(words) > 2 and (words[0].lower() in single_titles or context.table.get(
                (words[0].lower(),)) == "epithet") and not _first_name_after_envoy(
                    text, start, words, 0, context):  # "Traitor Ri Sun Jin" opening a sentence
            start += len(words[0]) + 1
            words = words[1:]
        if len(words) < 2 or all(_INITIAL.fullmatch(w) for w in words):
            continue  # (initials alone: "Ambassador E. P. to Romania", extraordinary and
            # plenipotentiary)
        name = " ".join(words)
        if overlaps(taken, start, end):
            continue
        if context.table.get(tuple(w.lower() for w in words)) == "title" or (
                words[-1].lower() in _OFFICE_WORDS):
            continue  # "the respected General Secretary", "General Director": a title
        raw = None
        before = _word_before_name(text, start)
        titled_before = before is not None and (before in context.title_last_words
                                                or before in context.country_last_words)
        title_at = start
        if (not titled_before and text.endswith(", ", 0, start) and text[end:end + 1] == ","
                and office_after(text, end) is None):
            # "the new Laotian Ambassador, Soukthavone Keola, presented ...": a title in
            # apposition before the name (not in a list of names and their offices: "...,
            # senior advisor to the Ugandan President, Takao Kamakura, director of ...")
            before = (word_before(text, max(0, start - 32), start - 2, quotes=False)
                      or "").lower()
            titled_before = (before in context.title_last_words
                             or before in context.country_last_words)
            title_at = start - 2 if titled_before else start
        if not titled_before and _APPOINTED_AS.match(text, end) and not known(name):
            # "a message to Mahmoud Hammoud on his appointment as minister of ...", "Sok
            # Myong Son was elected chairman": a public figure named without a title (the
            # office is what he became)
            out.append(Mention(slug(name), "person", start, end, name, form="name",
                               source="unregistered"))
            taken.append((start, end))
            continue
        if text[end:end + 1] != "," and not titled_before:
            raw = office_before(text, start)
            if raw is None:
                continue
        # a title ends with a title word, the country it reaches or an abbreviation
        # ("Dr."): else there is no title to walk back over
        title, title_start = (_title_before(text, title_at, context)
                              if titled_before or (before or "").endswith(".")
                              else (None, None))
        if title_start is not None and title_at != start and not _opens_phrase(
                text, title_start):
            if title_start - (title_at - _TITLE_WINDOW) < _WINDOW_EDGE:
                # a title running into the window's edge, read again in a wider one:
                # "the new Indian Ambassador to the Democratic People's Republic of
                # Korea, Jagjit Singh Sapra"
                title, title_start = _title_before(text, title_at, context, _WIDE_TITLE_WINDOW)
            if title_start is not None and not _opens_phrase(text, title_start):
                # "Kung Sok Ung, vice-minister of Foreign Affairs, So Kil Bok, ...": a
                # list, whose offices follow the names
                title, title_start = None, None
        apposition = None
        if title is None:
            apposition = office_after(text, end)
            # an office right before the name is its title ("Marshal of the Korean
            # People's Army Hyon Chol Hae, general adviser to ..."); else the one after
            # it, unless that is the next person's ("..., Vice-Premier of the
            # Administration Council Jang Chol")
            raw = raw or office_before(text, start)
            if raw is not None:
                title_start, title = raw
            elif apposition is not None:
                title = apposition[0]
            else:
                continue
        if known(name):
            continue  # (tested last: it runs the matcher)
        begin = title_start if title_start is not None else start
        insults, begin = _insults_before(text, begin, context)
        mention = Mention(slug(name), "person", begin, end, text[begin:end],
                          form="epithet" if insults else "title", title=title,
                          epithets=insults, source="unregistered",
                          context_end=apposition[1] if apposition else end)
        out.append(mention)
        taken.append((begin, mention.context_end))
    return out


# a Korean name of two or three syllables ("Ri Ul Sol", "Jon Pyong Ho")
_KOREAN_NAME = r"[A-Z][a-z]{0,5}(?: [A-Z][a-z]{0,5}){1,2}"
# names in a list: "Kim Yong Nam, Ri Ul Sol, Jon Pyong Ho and Han Song Ryong"
_NAME_LIST = re.compile(rf"{_KOREAN_NAME}(?:, {_KOREAN_NAME}){{2,}}(?:,? and {_KOREAN_NAME})?")
_LIST_ITEM = re.compile(_KOREAN_NAME)
# what stands between two people of one list: commas, "and", other names
_NAMES_BETWEEN = re.compile(rf"(?:, (?:and )?| and )(?:{_KOREAN_NAME}(?:, (?:and )?| and ))*")


def names_in_lists(text: str, found: list[Mention], context: Context,
                   known: Callable[[str], bool], registered: Callable[[str], bool]
                   ) -> list[Mention]:
    """Korean names listed with people the registry knows ("Present were Kim Yong Nam,
    Ri Ul Sol, Jon Pyong Ho and Han Song Ryong"): officials too, named bare. At least
    two of the list must be registered people already found; each name must open
    with a Korean surname; ``registered`` tells ids the registry holds (a name whose
    slug is one, "Kim Yong Il", is another man's or ambiguous: left out).

    >>> from nkwatch.analysis.pipeline import annotate
    >>> [(m.actor, m.source) for m in annotate("He was accompanied by Choe Ryong Hae, Hong "
    ...  "Yong Chil, Yun Tong Hyon and Han Song Ho.", date="2015-01-01").mentions][2:]
    [('yun-tong-hyon', 'alias'), ('han-song-ho', 'unregistered')]
    """
    persons = sorted((m.start, m.end) for m in found if m.kind == "person")
    # where two people stand in one list, with names at most between them ("..., Hong Yong
    # Chil, Yun ..."): only there is a list looked for (the pattern would scan every capital)
    pairs = [(a[0], b[1]) for a, b in zip(persons, persons[1:], strict=False)
             if b[0] - a[1] < 80 and _NAMES_BETWEEN.fullmatch(text, a[1], b[0])]
    if not pairs:
        return []
    out: list[Mention] = []
    surnames = context.korean_surnames
    spans = [(m.start, m.end) for m in found]
    matches: dict[tuple[int, int], re.Match] = {}
    for start, end in pairs:
        # a list holding the pair begins at most 120 characters before it
        for match in _NAME_LIST.finditer(text, max(0, start - 120)):
            if match.start() > start:
                break
            if match.end() >= end:
                matches[match.span()] = match
    for match in matches.values():
        items = [m.span() for m in _LIST_ITEM.finditer(text, match.start(), match.end())]
        if any(text[a:b].split()[0] not in surnames for a, b in items):
            continue
        named = [(a, b) for a, b in items if overlaps(persons, a, b)]
        if len(named) < 2:
            continue
        for a, b in items:
            name = text[a:b]
            if (a, b) in named or overlaps(spans, a, b) or (
                    registered(slug(name)) or known(name)):
                continue
            out.append(Mention(slug(name), "person", a, b, name, form="name",
                               source="unregistered"))
    return out


# a comma, then a lower-case word and an office within four words (KCNA's appositions:
# "the then U.S. ambassador"): where a one-word name may end ("Ristiyanto, acting
# general secretary of ..."); a faster scan than one for the capitalised word before it
_COMMA_OFFICE = re.compile(
    rf", (?<=[a-z], )(?=[a-z])(?=(?:[\w.'’]+[ -]){{0,3}}?(?:{_APPOSITION_OFFICES})\b)")
# sentence adverbs that may stand before such a comma ("However, chairman ...")
_NOT_MONONYMS = frozenset(
    "However Indeed Later Then First Meanwhile Moreover Furthermore Besides Today Yesterday "
    "Now Also Finally Therefore Thus Hence Still Nevertheless Instead Afterwards Recently "
    "Earlier Similarly Likewise Accordingly Consequently Otherwise Again Secondly Thirdly "
    "Lastly Namely Notably Especially Particularly Above Below Here There Next Second Third "
    "Fourth Fifth Last Worse Worst Anyhow Anyway Thereafter Subsequently Monday Tuesday "
    "Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)


def find_mononyms(text: str, taken: list[tuple[int, int]], context: Context,
                  known: Callable[[str], bool]) -> list[Mention]:
    """People outside the registry named by one word, then an office: "Ristiyanto,
    acting general secretary of the Vanguard Party of Indonesia", "Zelenov, first
    secretary of the city committee". The word must follow a lower-case word, a
    punctuation mark or the start of the text, and be no known name, place, title
    or common word; ``known`` tells registry names.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> [(m.actor, m.form, m.title) for m in annotate(
    ...     "Present there were Ristiyanto, acting general secretary of the party, and "
    ...     "others. However, chairman of the society spoke.", date="2015-01-01").mentions]
    [('ristiyanto', 'title', 'acting general secretary of the party')]
    """
    out: list[Mention] = []
    for match in _COMMA_OFFICE.finditer(text):
        comma = match.start()
        start = max(text.rfind(" ", max(0, comma - 30), comma),
                    text.rfind("\n", max(0, comma - 30), comma)) + 1
        word = text[start:comma]
        if (len(word) < 4 or not word[0].isupper() or not word[1:].islower()
                or not word.replace("-", "").isalpha() or word in _NOT_NAMES
                or word in _NOT_MONONYMS or (word.lower(),) in context.table
                or word.endswith("ans") or not _may_open_mononym(text, start)):
            continue  # ("overseas Koreans, compatriots and the chief of ...")
        found = office_after(text, comma)
        if (found is None or overlaps(taken, start, comma) or known(word)
                or (word.endswith("s") and known(word[:-1]))):
            continue
        title, stop = found
        out.append(Mention(slug(word), "person", start, comma, word, form="title",
                           title=title, source="unregistered", context_end=stop))
        taken.append((start, out[-1].context_end))
    return out


def _may_open_mononym(text: str, start: int) -> bool:
    """Whether a one-word name may start at ``start``: after the start of the text, a
    punctuation mark or a lower-case word, but not after a capitalised word (a
    longer name), "of", "the" and the like (a body's name: "the Committee for the
    Peaceful Reunification of the Fatherland, chairwoman ..."), a possessive, a title
    ("Mr. Lyimo", "Mt. Paektu") or a noun naming a body ("the newspaper Merdeka")."""
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    if j == 0 or text[j - 1] in ",;:\n\"“(-":
        return True
    if text[j - 1] == ".":  # a sentence's end, not "Mr." or "Mt."
        previous = word_before(text, max(0, j - 30), j, quotes=False)
        return previous is None or (previous.islower() and len(previous) > 3)
    if not text[j - 1].isalpha():
        return False
    previous = word_before(text, max(0, j - 30), j, quotes=False)
    return (previous is not None and previous.islower() and previous not in _NOT_BEFORE_MONONYMS
            and text[j - len(previous) - 1:j - len(previous)] not in ("'", "’"))


_NOT_BEFORE_MONONYMS = frozenset(
    "the of for a an and newspaper paper magazine daily weekly journal agency group party "
    "company firm on in at from king queen emperor".split()  # "king Tangun": of old
)


_TITLE_WINDOW = 60
_WIDE_TITLE_WINDOW = 110
_WINDOW_EDGE = 12  # (characters: a title starting this near the window's start may go on)


def _leading_title(text: str, start: int, end: int, first: str, context: Context) -> int | None:
    """Where a run of country words and titles at the start of a would-be name ends
    ("Mongolian Prime Minister ...", "Equatorial Guinea Obiang ..."), when something
    is left after it."""
    if first.lower() not in context.title_or_country_first_words:
        return None
    length = _lead_length(text[start:end], context)
    return None if length is None else start + length


@lru_cache(maxsize=8192)
def _lead_length(name: str, context: Context) -> int | None:
    """:func:`_leading_title` within ``name`` alone (the same would-be names recur
    in article after article: "Supreme Leader Kim Jong", "Premier Pak Pong")."""
    tokens = tokenize(name)
    lead = None
    for seg in context.walk_right(tokens):
        if seg.category not in ("country", "title"):
            break
        lead = seg
    if lead is None or lead.last >= len(tokens):
        return None
    return lead.end


def _insults_before(text: str, start: int, context: Context) -> tuple[list[str], int]:
    """Insults written right before a name and its title ("traitor Ri Sun Jin"), and
    where they begin."""
    word = word_before(text, max(0, start - 30), start)
    if word is None or word.lower() not in context.epithet_last_words:
        return [], start
    segs = context.walk_left(tokenize(text, max(0, start - _TITLE_WINDOW), start))
    insults = [seg for seg in segs if seg.category == "epithet"]
    if not segs or segs[-1].category != "epithet":
        return [], start
    return [text[seg.start:seg.end].lower() for seg in insults], insults[0].start


def _word_before_name(text: str, start: int) -> str | None:
    """The word before a name, lower-cased: a title's last word ("president"), the
    country a title reaches ("Ambassador to the DPRK Liu Hongcai") or neither."""
    word = word_before(text, max(0, start - 30), start, gap=30, quotes=False, need_gap=True)
    return None if word is None else word.lower()


def _opens_phrase(text: str, pos: int) -> bool:
    """Whether a noun phrase opens at ``pos``: an article or the start of a sentence
    stands before it, "new" between ("The new Laotian Ambassador, ...").

    >>> _opens_phrase("The new Laotian Ambassador", 8), _opens_phrase("Ri, vice-minister", 4)
    (True, False)
    """
    word = word_before(text, max(0, pos - 30), pos, quotes=False)
    if word is not None and word.lower() in ("new", "newly-appointed"):
        pos = text.rfind(word, 0, pos)
        word = word_before(text, max(0, pos - 30), pos, quotes=False)
    if word is not None:
        return word.lower() in ("the", "a", "an")
    stop = text[:pos].rstrip()
    return not stop or stop[-1] in ".!?\n"


def _title_before(text: str, start: int, context: Context, window: int = _TITLE_WINDOW
                  ) -> tuple[str | None, int | None]:
    tokens = tokenize(text, max(0, start - window), start)
    segs = context.walk_left(tokens)
    first = context.title_run_start(segs)
    if first is None:
        return None, None
    return text[first.start:segs[-1].end], first.start


def names_again(text: str, found: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """A person outside the registry, found by a title, named again later by the whole
    name ("Tom Thabane, prime minister of Lesotho, arrived. ... Tom Thabane left"):
    the same person, form `name` (the surname alone: :func:`surnames_again`).

    >>> from nkwatch.analysis.pipeline import annotate
    >>> [(m.actor, m.form) for m in annotate("Tom Thabane, prime minister of Lesotho, "
    ...     "arrived. Later Tom Thabane left.", date="2010-05-01").mentions]
    [('tom-thabane', 'title'), ('tom-thabane', 'name')]
    """
    names: dict[str, str] = {}  # the name as written -> the person
    for m in found:
        words = _written_name(m)
        if words:
            names.setdefault(" ".join(words), m.actor)
    out: list[Mention] = []
    taken = [*taken, *((m.start, m.end) for m in found)]
    for name, actor in names.items():
        for start, end in _standing_alone(text, name, 0, taken):
            out.append(Mention(actor, "person", start, end, name, form="name",
                               source="unregistered"))
            taken.append((start, end))
    return out


def surnames_again(text: str, found: list[Mention], people: list[Mention],
                   taken: list[tuple[int, int]], korean_surnames: frozenset[str]
                   ) -> list[Mention]:
    """A person outside the registry named later by the surname alone ("Ro Su Hui ...
    the group threw Ro behind bars", "Jorge Arreaza ... Arreaza said"): the same
    person, form `name`, when no other person in the article (``people``) bears that
    surname. A Korean name's surname comes first, another's last.

    >>> from nkwatch.analysis.pipeline import annotate
    >>> [(m.actor, m.text) for m in annotate("Tom Thabane, prime minister of Lesotho, "
    ...     "arrived. Thabane said so.", date="2010-05-01").mentions]
    [('tom-thabane', 'Tom Thabane'), ('tom-thabane', 'Thabane')]
    """
    surnames: dict[str, tuple[str, int]] = {}  # surname -> (person, where first named)
    shared: set[str] = set()
    for m in people:
        name = _written_name(m)
        if not name:
            continue
        surname = name[0] if len(name) == 3 and name[0] in korean_surnames else name[-1]
        if surnames.get(surname, (m.actor, 0))[0] != m.actor:
            shared.add(surname)
        elif surname not in surnames:
            surnames[surname] = (m.actor, m.end)
    for m in people:  # a surname another person bears is nobody's alone
        if m.kind == "person":
            for word in m.text.split():
                if word in surnames and surnames[word][0] != m.actor:
                    shared.add(word)
    out: list[Mention] = []
    taken = [*taken, *((m.start, m.end) for m in found)]
    for surname, (actor, after) in surnames.items():
        if surname in shared or surname in _FUNCTION_WORDS or _lower_word(text, surname.lower()):
            continue  # (a word of the article too: "the hospital"; "An agreement")
        for start, end in _standing_alone(text, surname, after, taken, possessive=True):
            if not _NAME_WORD_BEFORE.search(text, max(0, start - 20), start):
                out.append(Mention(actor, "person", start, end, surname, form="name",
                                   source="unregistered"))
                taken.append((start, end))
    return out


def _standing_alone(text: str, name: str, start: int, taken: list[tuple[int, int]],
                    possessive: bool = False) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands from ``start`` on as a name of its own: not inside a word,
    not opening a longer name ("... Tom Thabane Foundation"), not where a span of
    ``taken`` lies (read as the caller adds to it); with ``possessive``, "'s" may
    follow. A plain search, not a pattern compiled for each name: this runs per article.

    >>> list(_standing_alone("Ro met Rob; Ro Jong spoke; Ro's aide.", "Ro", 0, [],
    ...                      possessive=True))
    [(0, 2), (27, 29)]
    """
    at = text.find(name, start)
    while at != -1:
        end = at + len(name)
        after = text[end:end + 1]
        if not (_in_word(text[at - 1:at]) or (
                _in_word(after) and not (possessive and text.startswith(("'s", "’s"), end)))
                or (after == " " and text[end + 1:end + 2].isupper())
                or overlaps(taken, at, end)):
            yield at, end
        at = text.find(name, end)


def _lower_word(text: str, word: str) -> bool:
    """Whether ``word`` (lower-case) stands in ``text`` as a word of its own."""
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if not _in_word(text[start - 1:start]) and not _in_word(text[end:end + 1]):
            return True
        start = text.find(word, end)
    return False


def _written_name(mention: Mention) -> list[str] | None:
    """The words of the name a person outside the registry was found by: the end of
    the mention's text whose slug is its id (a title may open the text)."""
    if mention.kind != "person" or mention.source != "unregistered":
        return None
    words = mention.text.split()
    for size in (4, 3, 2):
        if len(words) >= size and slug(" ".join(words[-size:])) == mention.actor:
            return words[-size:]
    return None


# surnames that open sentences as English words do ("An agreement", "So far", "No one")
_FUNCTION_WORDS = frozenset(("An", "No", "So", "O", "U", "Ok", "Do", "In", "On"))
# a capitalised word right before a surname makes it part of another name ("Su Ro")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][a-z]+ \Z")


def _in_word(char: str) -> bool:
    """Whether ``char`` (one character or none) continues a word or a name."""
    return char != "" and (char.isalnum() or char in "_'’-")
