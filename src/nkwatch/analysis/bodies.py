"""Bodies outside the registry that KCNA names by a fixed pattern or by their shape.

Hundreds of friendship and solidarity associations ("the Tunisia-Korea
Friendship Association") and groups for the study of the Juche idea ("the
Nigerian Group for the Study of the Juche Idea") appear, each a few dozen
times: too many for registry entries, and their names say what they are. Such
a name is an organisation mention with the slug of the name as its id
(:func:`nkwatch.analysis.people.slug`, as for people outside the registry; an
organ's name, "the Central Committee of ...", gives the body's: :func:`body_id`), as
the labelling guide asks for bodies the registry lacks. Other bodies are read by
the shape of their names (:func:`named_bodies`: capitalised words and a head noun,
"the Khmer Democratic Party").

>>> [m.actor for m in unregistered_bodies(
...     "The Tunisia-Korea Friendship Association and the Nigerian Group for the Study "
...     "of the Juche Idea met.", [])]
['tunisia-korea-friendship-association', 'nigerian-group-for-the-study-of-the-juche-idea']
"""

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from nkwatch.analysis.document import Mention, overlaps
from nkwatch.analysis.lexicon import Lexicon
from nkwatch.analysis.needles import contains, contains_any, register
from nkwatch.analysis.people import slug

_WORD = r"(?!The\b)[A-Z][a-z]+"  # a capitalised word, not a sentence's "The"
# the doctrines such groups study ("Juche Idea Study Group", "Group for the Study of ...")
_DOCTRINES = (r"Juche Idea|Juche Philosophy|Kimilsungism-Kimjongilism|Kimilsungism|Kimjongilism"
              r"|Songun Politics")
_STUDY = (rf"(?:{_DOCTRINES}) Study (?:Committee|Group|Society|Association|Circle|"
          r"Centre|Center|Organization)")
# what such a group studies: "the Juche Idea", "Works of Comrade Kim Il Sung"
_STUDIED = (rf"(?:the )?(?:{_DOCTRINES}|Songun Policy"
            r"|(?:Comrade )?Kim (?:Il Sung|Jong Il)['’]s Works"
            r"|Works of (?:Comrade )?Kim (?:Il Sung|Jong Il))")
_BODIES = re.compile(
    # "Tunisia-Korea Friendship Association", "Korea-Cuba Solidarity Committee"
    rf"(?<![\w-])(?:{_WORD}-)+(?:Korea|Korean|DPRK)(?:-{_WORD})*"
    r" (?:Friendship|Solidarity|Amicable|Cultural) (?:Association|Committee|Society|Federation)"
    rf"|(?<![\w-])(?:Korea|DPRK)-{_WORD}(?:-{_WORD})*"
    r" (?:Friendship|Solidarity) (?:Association|Committee|Society|Federation)"
    # "Nigerian Group for the Study of the Juche Idea (and Songun Politics)"
    rf"|(?<![\w-])(?:{_WORD} ){{1,3}}(?:Committee|Group|Association|Society|Institute|Centre|"
    r"Center|Circle|Organization|Organisation|Council|Forum|Club) for the Study of "
    rf"{_STUDIED}(?: and {_STUDIED})?"
)
# "Kathmandu Juche Idea Study Group", "Juche Philosophy Study Committee of India": with a
# place or a people before or after (alone, "a Juche idea study group" is any); a pattern
# of its own, looked for only where " Study " stands
_STUDY_BODIES = re.compile(
    rf"(?<![\w-])(?:(?:{_WORD} ){{1,3}}{_STUDY}(?: of {_WORD})?|{_STUDY} of {_WORD})")
# what a text must hold for the patterns to be worth running
_BODY_WORDS = register("Friendship", "Solidarity", "Study of", "Amicable", "Cultural")
register(" Study ")


# a body's organs, named before it: "the Central Committee of the Korean Union of ..."
_ORGAN_OF = re.compile(
    r"(?:[Tt]he )?(?:Central (?:Standing )?Committee|Executive Committee|Political Bureau"
    r"|Presidium|Secretariat|Central Council) of (?:the )?(?=[A-Z])")


def body_id(name: str) -> str:
    """The id of a body outside the registry: the slug of its name, an organ's name the
    body's (the labelling guide: organs count as their bodies).

    >>> body_id("Central Committee of the Korean Union of Educationists")
    'korean-union-of-educationists'
    >>> body_id("Uganda-DPRK Friendship Association")
    'uganda-dprk-friendship-association'
    """
    organ = _ORGAN_OF.match(name)
    return slug(name[organ.end():] if organ is not None else name)


def unregistered_bodies(text: str, found: list[Mention]) -> list[Mention]:
    """The bodies named by these patterns that no mention in ``found`` overlaps, save a
    country opening the name (a country or a leader inside such a name is part of it:
    "the Nepal Group for the Study of Kim Jong Il's Works")."""
    patterns = []
    if contains_any(text, _BODY_WORDS):
        patterns.append(_BODIES)
    if contains(text, " Study "):
        patterns.append(_STUDY_BODIES)
    out: list[Mention] = []
    for match in (m for pattern in patterns for m in pattern.finditer(text)):
        start, end = match.span()
        if overlaps([(m.start, m.end) for m in found if m.kind != "country" or (
                m.start != start)] + [(o.start, o.end) for o in out], start, end):
            continue  # a registered body, or a name inside it (or one the other pattern
            # read); a country may open the name ("the Nepal Group for the Study of ...")
        out.append(Mention(body_id(match.group()), "organization", start, end, match.group(),
                           source="unregistered"))
    return out


def cited_outlets(text: str, found: list[Mention], media_names: AbstractSet[str]
                  ) -> list[Mention]:
    """News outlets outside the registry named after a word for a paper: "The Indian
    paper Hindustan Times said", "the newspaper Zavtra". North Korea's own
    (``media_names``: "the paper Rodong Sinmun") speak and are no mentions; names
    ``found`` already (registered outlets) are left to them.

    >>> [(m.actor, m.text) for m in cited_outlets(
    ...     "The Indian paper Hindustan Times said so on Monday.", [], frozenset())]
    [('hindustan-times', 'Hindustan Times')]
    >>> cited_outlets("The paper Monday said so.", [], frozenset())
    []
    """
    if not contains_any(text, _PAPER_WORDS):
        return []
    taken = [(m.start, m.end) for m in found]
    out: list[Mention] = []
    for match in _CITED_OUTLET.finditer(text):
        group = "name" if match.group("name") else "quoted"
        name = match.group(group)
        start, end = match.span(group)
        if name.endswith(".") and len(name.rsplit(" ", 1)[-1]) > 3:
            name, end = name[:-1], end - 1  # the sentence's full stop, not "U.S."
        if (name in media_names or name.split()[0] in _NOT_OUTLET_NAMES
                or overlaps(taken, start, end)):
            continue
        out.append(Mention(body_id(name), "organization", start, end, name, source="unregistered"))
    return out


# a word for a paper, then its name: capitalised words ("Hindustan Times", "La Juventud",
# "Komsomolskaya Pravda", "Labor and World"; not an issue's "No. 21"), or a whole name
# in quotes (not 'the magazine "Banner of Songun"', a longer title, nor a "white paper",
# a document)
_OUTLET_NAME = (r"[A-Z][\w'’.-]*(?: (?:(?:de|del|la|el|al|and) )?(?!No\.)[A-Z][\w'’.-]*){0,3}")
_PAPER_WORDS = register("paper", "daily", "weekly", "magazine", "journal")
_CITED_OUTLET = re.compile(
    r"(?<!white )\b(?:paper|newspaper|daily|weekly|magazine|journal|monthly) "
    rf"(?:[\"“](?P<quoted>{_OUTLET_NAME})[\"”]|(?P<name>{_OUTLET_NAME})(?=[ ,.;:]|$)(?! of\b))")
_NOT_OUTLET_NAMES = frozenset((
    "The", "A", "On", "In", "Of", "No", "It", "He", "She", "They", "This", "Today", "Voice",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"))
_WEEKDAYS = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a capitalised word of a name, initials ("C.C.", "U.S.") or "Mt." among them
_CAPITALISED_WORD = r"(?:[A-Z]\.){2,}|(?:Mt|St)\.|[A-Z][\w'’-]*"
# a word of a name after its head: also a number ("June 15")
_NAME_WORD = rf"(?:{_CAPITALISED_WORD}|\d+(?![\w-]))"
# after a head noun: "of"/"for" and a capitalised name, its words joined by "and", "of
# (the)", "for (the)", "among" ("the Society for Cooperation among Koreans in Germany"),
# "in" ("the Federation of Koreans in Australia"), "the" after a verb's -ing; not "and the"
_TAIL = re.compile(
    rf" (?:of|for) (?:the |a |an )?{_NAME_WORD}"
    # ("the Pusan Solidarity for Implementing the Joint Declaration": "the" after a verb;
    # not a day after the name: "a spokesman for the Ministry of Education of the DPRK
    # Friday")
    rf"(?: (?:and (?!\d)|(?:of|for|among)(?: the)? |in |de |del |des |(?<=ing )the )?"
    rf"(?!{_WEEKDAYS}\b){_NAME_WORD})*")
# a ministry's name going on past commas: "the Ministry of Health, Labor and Welfare",
# "the Ministry of Culture, Sports and Tourism of Vietnam"
_COMMA_NAME = re.compile(r"(?:, (?!Ministry\b)[A-Z][a-z]+)+,? and (?!Ministry\b)[A-Z][a-z]+\b")
_LEFT_WORD = re.compile(_CAPITALISED_WORD)
# the words that link a name to what follows it, cut where a registered body starts
_CUT_LINKS = re.compile(r"(?:\s+(?:the|of|for|and|a|an))+\Z")
_FOR_VERB = re.compile(r" for [A-Z][a-z]+ing")  # "... Committee for Supporting"
_NAME_GOES_ON = re.compile(r" [A-Z][a-z]")  # "the ... Party School": the name goes on
_GOES_ON = re.compile(r" (?:with|in|to) (?:the )?[A-Z]")  # "... Solidarity with World People"
_NOT_IN_NAMES = frozenset(("The", "A", "An", "This", "That", "These", "Its", "Their", "His",
                           "Her", "Our", "In", "On", "At", "Of", "For", "And", "By", "From",
                           "To", "With"))  # (not the song "From Front to Front")
_MAX_LEFT = 6
_OPENERS = frozenset('"“(')


def named_bodies(text: str, found: list[Mention], lexicon: Lexicon, country_words: set[str],
                 not_bodies: AbstractSet[str] = frozenset(),
                 ministry: Callable[[int, str, str | None], str | None] | None = None
                 ) -> list[Mention]:
    """Bodies outside the registry named by their shape (``body-names-en.toml``):
    capitalised words ending in a head noun, with "of"/"for" and a name after it.

    A name is skipped when a mention in ``found`` holds its head noun ("the Union of
    Myanmar" is the state) or a registered body overlaps it ("the Central Committee of
    the Workers' Party of Korea"); when all its words are generic or country words with
    no country after "of" ("the Party Central Committee", "the Chinese Party"; a country
    and two such words or more are a name: "the Palestinian Youth Organization"); when a
    state organ's has no country word ("the Agency for Defense Development"), save a
    ministry to which ``ministry`` (its start, name and country, if "south Korean" opens
    it) gives an id ("the Ministry of Education" in a report from Pyongyang, "the
    Ministry of Education of Japan": see :mod:`nkwatch.analysis.ministries`); when it
    is one of
    ``not_bodies`` (news outlets' names) or a news agency's ("the Mongolian News
    Agency"), or goes on after the head ("the Kim Il Sung Higher Party School"). "Of"
    and a person after the head is no name ("the Party of President Kim Il Sung").

    >>> from nkwatch.analysis.lexicon import load_lexicon
    >>> [m.text for m in named_bodies(
    ...     "The Revolutionary Students Union of Nepal, the Khmer Democratic Party, the "
    ...     "Party Central Committee, the Ministry of Education and the Workers' Party of "
    ...     "Belgium met.", [], load_lexicon(), {"nepal", "belgium"})]
    ['Revolutionary Students Union of Nepal', 'Khmer Democratic Party', \
"Workers' Party of Belgium"]
    """
    heads = _head_pattern(lexicon).finditer(text)
    first = next(heads, None)
    if first is None:
        return []
    generic = lexicon.body_generic_words
    # where the mentions found lie, as masks (a lookup per head noun, not a scan)
    found_at, orgs_at = bytearray(len(text)), bytearray(len(text))
    for m in found:
        found_at[m.start:m.end] = b"\x01" * (m.end - m.start)
        if m.kind == "organization":
            orgs_at[m.start:m.end] = b"\x01" * (m.end - m.start)
    people = [(m.start, m.end) for m in found if m.kind in ("person", "government")]
    out: list[Mention] = []
    for match in (first, *heads):
        before = text[match.start() - 1:match.start()]
        if before.isalnum() or before in ("-", "_"):
            continue  # (inside a word: "Subcommittee", "Non-Party")
        if found_at.find(1, match.start(), match.end()) != -1:
            continue  # "the Russian Federation", "the Union of Myanmar": a state's name
        start = _left_edge(text, match.start())
        tail = _TAIL.match(text, match.end())
        if tail is not None and tail.group().startswith(" of ") and overlaps(
                people, tail.start(), tail.end()):
            tail = None  # "the Party of President Kim Il Sung": a person's, not a name
        end = tail.end() if tail is not None else match.end()
        if tail is not None and match.group() == "Ministry":
            more = _COMMA_NAME.match(text, end)
            if more is not None:
                tail = _TAIL.match(text, more.end()) or tail  # (and "of Vietnam")
                end = tail.end() if tail.start() == more.end() else more.end()
        if tail is not None:  # "... of South Korea Ji Un Hui": the name is not the body's
            end = max(match.end(), _before_korean_name(
                text, tail.start(), end, lexicon.korean_surnames, people))
            inside = orgs_at.find(1, match.end(), end)
            if inside != -1:
                cut = len(_CUT_LINKS.sub("", text[:inside].rstrip(), count=1))
                if _FOR_VERB.fullmatch(text, match.end(), cut):
                    # "... Committee for Supporting the National Democratic Front of South
                    # Korea": the name stops before the registered body it is for
                    end, tail = cut, _TAIL.match(text, match.end(), cut)
        if text.endswith(("'s", "’s"), match.end(), end):
            end -= 2  # "the Ministry of Education's announcement"
        if tail is None and _NAME_GOES_ON.match(text, end):
            continue
        name = text[start:end]
        words = [w for w in name.split() if w[:1].isupper() or w[:1].isdigit()]
        if len(words) < 2 or name in not_bodies or orgs_at.find(1, start, end) != -1 or any(
                text.endswith(outlet, start, match.end()) for outlet in lexicon.outlet_heads):
            continue
        countries = [w for w in words if _bare(w).lower() in country_words]
        actor_id = None
        if ministry is not None and match.group() == "Ministry":
            if words[0] == "Korean" and text.endswith(("south ", "South "), 0, start):
                # "the south Korean Ministry of Finance and Economy": south Korea's
                start -= len("south ")
                actor_id = ministry(start, text[start + len("south Korean "):end],
                                    "south-korea")
            elif start == match.start():  # (not "... Hospital and Ministry")
                actor_id = ministry(start, name, None)
        if match.group() in lexicon.state_body_heads and not countries and actor_id is None:
            continue
        content = [w for w in words if w not in generic and w not in countries
                   and not w.isdigit()]
        country_after = tail is not None and any(
            _bare(w).lower() in country_words for w in tail.group().split())
        if not content and not country_after and actor_id is None and not (
                countries and len(words) >= 3 and _GOES_ON.match(text, end) is None
                and text[start - 1:start] not in ("-", "－")):
            # (a country and two generic words or more is a name: "the Jordanian
            # Democratic Youth Union"; not when it goes on: "the Korean Committee for
            # Solidarity with World People")
            continue
        name = text[start:end]
        mention = Mention(actor_id or body_id(name), "organization", start, end, name,
                          source="unregistered")
        inner = [o for o in out if start <= o.start and o.end <= end]
        if inner:  # "... Party" read first, then "... Party Central Committee"
            out = [o for o in out if o not in inner]
        elif overlaps([(o.start, o.end) for o in out], start, end):
            continue
        out.append(mention)
    return out


def _before_korean_name(text: str, start: int, end: int, surnames: set[str],
                        people: list[tuple[int, int]]) -> int:
    """``end``, or where a Korean name (a surname and one or two short syllables) that
    ends ``text[start:end]`` right after a capitalised word begins, when no person found
    there holds it: "the Federation of Korean Industries Kim U Jung" is the body and its
    chairman; not "... Committee for Sin Hyo Sun and Sim Mi Son", "... of Hong Kong".

    >>> _before_korean_name("the Council of Reunification Ham Se Ung and", 4, 39,
    ...                     {"Ham"}, [])
    28
    """
    words = list(re.finditer(r"\S+", text[start:end]))
    for size in (3, 2):
        if len(words) <= size:
            continue
        run = words[-size:]
        before = words[-size - 1].group()
        if run[0].group() in surnames and before[0].isupper() and before not in surnames and all(
                len(w.group()) <= 5 and w.group().isalpha() and w.group()[0].isupper()
                for w in run[1:]) and not overlaps(people, start + run[0].start(), end):
            return start + words[-size - 1].end()
    return end


def _bare(word: str) -> str:
    """A word without a possessive ending."""
    return word.removesuffix("'s").removesuffix("’s")


def _left_edge(text: str, pos: int) -> int:
    """Where the capitalised words right before ``pos`` begin (single spaces between,
    "and" between two of them: "the National Democratic Youths and Students League"),
    a quote or a bracket opening the first of them left out.

    >>> text = 'the "National Teachers Union" and (Korean Alliance'
    >>> text[_left_edge(text, 23):23], text[_left_edge(text, 42):42]
    ('National Teachers ', 'Korean ')
    """
    for _ in range(_MAX_LEFT):
        if pos < 2 or text[pos - 1] != " ":
            break
        begin = text.rfind(" ", 0, pos - 1) + 1
        word = text[begin:pos - 1]
        if word == "and" and begin >= 2 and text[begin - 1] == " ":
            before = text[text.rfind(" ", 0, begin - 1) + 1:begin - 1]
            if _LEFT_WORD.fullmatch(before) is None or before in _NOT_IN_NAMES:
                break
            pos = begin
            continue
        if word[:1] in _OPENERS and _LEFT_WORD.fullmatch(word, 1) is not None and (
                word[1:] not in _NOT_IN_NAMES):
            return begin + 1  # 'the "National Teachers' Union"': the quote opens the name
        if not word or _LEFT_WORD.fullmatch(word) is None or word in _NOT_IN_NAMES:
            break
        pos = begin
    return pos


_HEAD_PATTERNS: dict[str, re.Pattern] = {}  # by lexicon version


def _head_pattern(lexicon: Lexicon) -> re.Pattern:
    """The head nouns of ``body-names-en.toml`` as one pattern, built once per version."""
    pattern = _HEAD_PATTERNS.get(lexicon.version)
    if pattern is None:
        alternatives = "|".join(re.escape(h) for h in sorted(lexicon.body_heads))
        # (no look-behind first: the pattern opens with the heads' capitals, so the
        # regex engine skips ahead to them; the word start is checked by the caller)
        pattern = re.compile(rf"(?:{alternatives})(?![\w-])")
        _HEAD_PATTERNS[lexicon.version] = pattern
    return pattern
