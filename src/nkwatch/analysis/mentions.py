"""Find who is mentioned and how: the mention stage of the pipeline.

For every registry name found in the text it decides whether the name really
refers to the actor (short forms need support; namesakes such as "Kim Il
Sung Square" and capitals used as places are not actors), then looks around
it for titles, epithets, appositions, predicates and collectives. Role
phrases ("the U.S. president") resolve through the article's date; nameless
insults ("the dotard") resolve to the foreign person the article is about.

>>> from nkwatch.analysis.pipeline import annotate
>>> [(m.actor, m.kind, m.form, m.epithets) for m in annotate(
...     "Lunatic dotard Trump and his group.", date="2017-09-22").mentions]
[('donald-trump', 'person', 'epithet', ['lunatic', 'dotard']), \
('donald-trump', 'government', 'epithet', ['group'])]
"""

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from nkwatch.analysis import korean
from nkwatch.analysis.anaphors import (
    ETERNAL_PRESIDENT,
    demonym_office_anaphors,
    titled_anaphors,
)
from nkwatch.analysis.bodies import body_id, cited_outlets, named_bodies, unregistered_bodies
from nkwatch.analysis.civilian_regime import civilian_regimes
from nkwatch.analysis.context import Context, Segment
from nkwatch.analysis.coordination import (
    and_others,
    plural_title,
    shared_appositions,
    shared_plural_heads,
    shared_prefixes,
    shared_titles,
)
from nkwatch.analysis.document import Document, Mention, overlaps
from nkwatch.analysis.korean_references import korean_references
from nkwatch.analysis.labels import (
    ARTICLES,
    PERSON_HEADS,
    PREDICATE_ASIDE,
    PREPOSITIONS,
    VERBS,
    epithet_run,
    label_phrase,
)
from nkwatch.analysis.lexicon import Lexicon
from nkwatch.analysis.matcher import Hit, Matcher
from nkwatch.analysis.metonyms import korea_as_state, pyongyang_as_state
from nkwatch.analysis.ministries import ministry_ids
from nkwatch.analysis.needles import contains, contains_any, register
from nkwatch.analysis.parties import bare_party_mentions, korean_party_mentions
from nkwatch.analysis.past_rulers import past_regimes
from nkwatch.analysis.people import (
    find_mononyms,
    find_unregistered,
    name_at,
    names_again,
    names_in_lists,
    office_after,
    office_before,
    slug,
    surnames_again,
)
from nkwatch.analysis.predications import predications, pronoun_labels
from nkwatch.analysis.registry import Actor, Registry
from nkwatch.analysis.tokens import Token, lower_same_length, phrase_key, tokenize, word_before
from nkwatch.analysis.works import document_name_spans, inside, work_title_spans

# the words single steps test a text for before their patterns (see needles.py)
register("arty", "master", "counterpart", "hief executive", "he President")
_AND_THEIR_WORDS = register(" and their ", " and its ")
LOCATIVE = frozenset(
    "in at to from into near via around visit visited visiting visits arrived reached across "
    "toward towards outside inside left leave leaving through reach arrive stay stayed "
    "stationed based".split()
)
_AFTER_DATELINE = re.compile(r"\)\s*-{1,2}\s*$")  # "(KCNA) -- "
_DATELINE = re.compile(r",\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+de\s+[a-z]+)\s*\(")
ASIDES = frozenset(("too", "also", "however", "indeed", "therefore", "then"))
PREDICATE_VERBS = frozenset("is was remains became becomes are were".split())
# "the UNSC acted as a puppet of the U.S.", "Chosun Ilbo has served as a waiting maid of
# the south Korean rulers" (about 100 in KCNA 1997-2018): a label, as after "is"
ACTING_VERBS = frozenset(
    "act acts acted acting serve serves served serving behave behaves behaved behaving".split())
_AUXILIARIES = frozenset("has have had is are was were".split())
LABEL_VERBS = frozenset(
    "call calls called calling label labels labelled labeled labelling labeling brand brands "
    "branded branding dub dubs dubbed dubbing term terms termed terming".split()
)
DETERMINERS = frozenset(("the", "this", "that", "such"))
REGARD_VERBS = frozenset(
    "considered considers consider regarded regards regard described describes describe "
    "denounced denounces denounce branded brands brand labelled labeled labels of "
    "showed shows depicted depicts portrayed portrays treated treats".split()
)
NAMELESS_WEIGHT = -0.75
# milder nouns that stand for a person too when a demonstrative or another insult marks
# them: "this guy", "that mad guy", "the wicked guy"
MARKED_PERSONS = frozenset(("guy",))
# "his"/"her" as a word: the capital class first, the look behind after it, lets the
# regex engine skip ahead to h and H (a leading \b costs twice as much)
_POSSESSIVE_GROUP = re.compile(r"[Hh](?<!\w[Hh])(?:is|er)( )")
# words before a country whose name is also a person's or a river's ("Jordan", "Chad",
# "Georgia"): after them it is the country
COUNTRY_CUES = frozenset("of to in from and with visit visiting visited toward towards".split())
_CAPITALISED_AFTER = re.compile(r" [A-Z]")
NOT_CURRENT = frozenset(("former", "late", "then", "ex", "previous", "past", "next"))
_WINDOW = 110


class _Finder:
    """Finds the mentions of one document (state for one call)."""

    def __init__(self, doc: Document, registry: Registry, matcher: Matcher, context: Context,
                 lexicon: Lexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.registry = registry
        self.matcher = matcher
        self.context = context
        self.lexicon = lexicon
        self.words = word_lists(lexicon)
        self.starts = [s for s, _ in doc.sentences] or [0]
        self.mentions: list[Mention] = []
        self.covered: list[tuple[int, int]] = []
        self.pending_others: list[Mention] = []
        self.initial_short: list[Hit] = []  # surnames opening a sentence, read last
        self.body_ends: dict[int, int] = {}  # where a body's name ends -> where it starts
        self.body_starts: dict[int, int] = {}  # where a body's name starts -> where it ends
        self._headline_actors: set[str] | None = None  # (see headline_actors)
        self.appositive: dict[int, list[str]] = {}  # id(mention) -> insults of its apposition
        self.appositive_titles: dict[int, str] = {}  # id(mention) -> title in its apposition
        # "Kim" or "Myung Bak" alone -> [(where the full name was, actor), ...]
        self.name_parts: dict[str, list[tuple[int, str]]] = {}

    # -- helpers -----------------------------------------------------------------

    def sentence_of(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        if not self.doc.sentences:
            return 0, len(self.text)
        return self.doc.sentences[self.sentence_of(pos)]

    def left_tokens(self, pos: int) -> list[Token]:
        """Tokens of the sentence in the ``_WINDOW`` characters before ``pos``, without
        the initials of the name ("Russian President V. V. Putin")."""
        s_start, _ = self.sentence_span(pos)
        tokens = tokenize(self.text, max(s_start, pos - _WINDOW), pos)
        if tokens and _INITIALS.fullmatch(tokens[-1].key) and (
                (tokens[-1].key,) not in self.context.table):
            tokens.pop()
        return tokens

    def right_tokens(self, pos: int) -> list[Token]:
        """Tokens of the sentence in the ``_WINDOW`` characters from ``pos``."""
        _, s_end = self.sentence_span(max(pos - 1, 0))
        return tokenize(self.text, pos, min(max(s_end, pos), pos + _WINDOW))

    def known_name(self, name: str) -> bool:
        """Whether the registry knows ``name``, whole, as a place's or a body's name, a
        demonym or a capital: no person outside the registry is called so."""
        return any(hit.start == 0 and hit.end == len(name) and any(
            self.registry.actors[actor_id].kind != "person" for actor_id, _ in hit.entries)
            for hit in self.matcher.find_names(name))

    def may_name_forces_in_korea(self) -> bool:
        """Whether the text holds "Korea" and "forces" or "troops"."""
        return contains(self.text, "Korea") and (
            contains(self.text, "forces") or contains(self.text, "troops"))

    def foreign(self, actor_id: str) -> bool:
        """Whether an actor is not North Korea's own (its media do not insult those)."""
        return self.registry.country_of(actor_id) != "north-korea"

    def is_covered(self, start: int, end: int) -> bool:
        return overlaps(self.covered, start, end)

    def sentence_initial(self, start: int) -> bool:
        s_start, _ = self.sentence_span(start)
        prefix = self.text[s_start:start].strip(" \"'“‘(")
        return prefix == ""

    def opens_text(self, start: int) -> bool:
        """At a sentence's start, or right after a dateline ("Pyongyang, April 18 (KCNA)
        -- The Abe group"), which the sentence splitter leaves in the first sentence."""
        return self.sentence_initial(start) or _AFTER_DATELINE.search(
            self.text, max(0, start - 12), start) is not None

    # -- resolution of a name hit --------------------------------------------------

    def prev_word(self, pos: int) -> str | None:
        """The word right before ``pos`` in the same sentence, as written."""
        s_start, _ = self.sentence_span(pos)
        return word_before(self.text, max(s_start, pos - 40), pos)

    def resolve(self, hit: Hit, full_named: set[str], prev: str | None) -> tuple[str, str] | None:
        strong = [(a, s) for a, s in hit.entries if s not in ("short", "lower")]
        if len(strong) > 1:
            strong = self.named_on_date(hit.surface, strong)
        if strong:
            if len(strong) > 1:
                date = self.doc.date
                strong_in_office = [e for e in strong
                                    if self.registry.actors[e[0]].roles_on(date)]
                # not one who took office only later ("한덕수" in 1974 is Chongryon's Han
                # Tok Su, not the prime minister of 2007)
                not_yet = [e for e in strong if self.registry.actors[e[0]].roles and min(
                    span.start for span in self.registry.actors[e[0]].roles) > date]
                return (strong_in_office or [e for e in strong if e not in not_yet] or strong)[0]
            return strong[0]
        candidates = [a for a, _ in hit.entries]
        source = "lower" if hit.entries[0][1] == "lower" else "short"
        named = [a for a in candidates if a in full_named]
        if named:
            if prev in _LOCAL_UNITS and self.registry.actors[named[0]].kind == "organization":
                return None  # "the Kangwon Metropolitan Police Agency": a local body
            return named[0], source
        if (len(candidates) == 1 and self.registry.actors[candidates[0]].kind == "country"
                and prev in COUNTRY_CUES and not _CAPITALISED_AFTER.match(self.text, hit.end)):
            # "the foreign minister of Jordan", "a visit to Chad": the state (not "Eason
            # Jordan", "the Jordan River", "Jordan Valley")
            return candidates[0], source
        titled = prev is not None and self.context.table.get((prev.lower(),)) == "title"
        if (prev is not None and prev[:1].isupper() and not titled
                and not self.opens_text(self.text.rfind(prev, 0, hit.start))):
            segs = self.context.walk_left(self.left_tokens(hit.start))
            if not segs or segs[-1].category not in ("title", "country"):
                return None  # "Munsu Water Park", "People's Pleasure Park": a place name
            if hit.surface.lower() in self.lexicon.common_words and all(
                    seg.category != "title" for seg in segs):
                return None  # "the Thai King": an office, not Robert King
            titled = True  # "U.S. Secretary of State Albright", "Prime Minister of Japan Abe"
        if all(self.registry.actors[a].kind == "organization" for a in candidates):
            insult = self.lexicon.epithets.get(prev.lower()) if prev is not None else None
            body = self.org_by_country(hit, candidates, insult.country if insult else None)
            return (body, source) if body is not None else None
        in_office = [a for a in candidates if self.registry.actors[a].roles_on(self.doc.date)]
        if titled and len(candidates) == 1:
            return candidates[0], source
        if self.sentence_initial(hit.start) and not titled:
            self.initial_short.append(hit)  # (see sentence_initial_surnames)
            return None
        if in_office:
            return in_office[0], source
        return self.former_government(hit, candidates, source)

    def sentence_initial_surnames(self) -> None:
        """A surname alone opening a sentence ("Bush is the most bellicose president") is
        the person only when the article names that person elsewhere and a comma, a
        possessive or a verb follows (``_AFTER_INITIAL_SURNAME``): alone it may be a word
        ("Rice is the staple food", "Rice transplantation", "Hussein the first").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.text for m in annotate("U.S. President Bush spoke. Bush is a war maniac. "
        ...                           "Rice is a staple food.", date="2005-01-01").mentions]
        ['U.S. President Bush', 'Bush']
        """
        if not self.initial_short:
            return
        people = {m.actor for m in self.mentions if m.kind in ("person", "government")}
        for hit in self.initial_short:
            if _AFTER_INITIAL_SURNAME.match(self.text, hit.end) is None:
                continue
            actor_id = next((a for a, _ in hit.entries if a in people), None)
            if actor_id is None or self.is_namesake(hit) or self.is_covered(hit.start, hit.end):
                continue
            if self.longer_name(hit, "short") or self.ordinary_namesake(hit, None):
                continue
            self.person(hit, actor_id, "short", self.left_tokens(hit.start))

    def named_on_date(self, surface: str, entries: list[tuple[str, str]]
                      ) -> list[tuple[str, str]]:
        """Of the actors a name may be, the one that took the name on or before the
        article's date, if any; none that took it later ("Ministry of National Defence"
        is the DPRK's from 2020, south Korea's before)."""
        dates = {a: self.registry.actors[a].named_since.get(surface) for a, _ in entries}
        date = self.doc.date
        taken = [e for e in entries if (d := dates[e[0]]) is not None and d <= date]
        return taken or [e for e in entries if dates[e[0]] is None]

    def former_government(self, hit: Hit, candidates: list[str], source: str
                          ) -> tuple[str, str] | None:
        """'the former Bush administration', 'the Obama regime' after 2017: a short name
        before "administration" is the one who last held an office before the article."""
        after = _next_word(self.text, hit.end)
        if after not in _GOVERNMENT_WORDS:
            return None
        date = self.doc.date
        ended = [(last_end, a) for a in candidates
                 if (last_end := max((span.end for span in self.registry.actors[a].roles
                                      if span.end is not None and span.end <= date),
                                     default=None)) is not None]
        return (max(ended)[1], source) if ended else None

    def insulted(self, hit: Hit, prev: str | None) -> tuple[str, str] | None:
        """A surname alone that an insult introduces ("such an imbecile as Ishihara",
        "rabid dogs like Bolton"): the one person it may name."""
        if prev not in ("as", "like", "including") or len(hit.entries) != 1:
            return None
        actor_id, source = hit.entries[0]
        if source != "short" or self.registry.actors[actor_id].kind != "person":
            return None
        return (actor_id, source) if self.relative_epithets(self.left_tokens(hit.start)) else None

    def is_namesake(self, hit: Hit) -> bool:
        """'Kim Il Sung Square', 'Trump Tower', 'the DPRK-China Friendship Association',
        'the Order of Kim Il Sung', 'the Kim Jong Suk Pyongyang Textile Mill': the name is
        part of another name (also through a hyphened pair of names)."""
        end = hit.end
        pair = None
        if self.text.startswith("-", end):
            pair = _HYPHENED_NAME.match(self.text, end)
            if pair is not None:
                end = pair.end()
        elif hit.start > 0 and self.text[hit.start - 1] == "-":
            pair = _HYPHENED_BEFORE.search(self.text, max(0, hit.start - 40), hit.start)
        if self.text.endswith(" of ", 0, hit.start) and word_before(
                self.text, max(0, hit.start - 20), hit.start - 3, quotes=False) in (
                self.lexicon.namesakes_before_of):
            return True  # "the Order of Kim Il Sung": a decoration
        after = _next_word(self.text, end)
        if hit.surface in _MONTHS and (_DAY_AFTER.match(self.text, hit.end) or (
                _DATE_BEFORE.search(self.text, max(0, hit.start - 8), hit.start))):
            return True  # "on May 16", "17 May 2016", "in May": a month, not Theresa May
        if after is None:
            return False
        if pair is not None and after.islower() and after.capitalize() in _PAIR_ADJECTIVES:
            # "the Korea-Cuba solidarity committee", not "the DPRK-China cultural exchange"
            # nor "DPRK-Mongolia parliamentary talks"
            following = _next_word(self.text, end + 1 + len(after))
            return following is not None and (
                following.capitalize() in self.lexicon.pair_namesakes
                or following in _PAIR_BODIES)
        if after == "Pyongyang":  # "the Kim Jong Suk Pyongyang Textile Mill" (about 200)
            city = _NEXT.match(self.text, end)
            after = _next_word(self.text, city.end()) if city is not None else None
            if after is None:
                return False
        return after in self.lexicon.namesakes or (
            pair is not None and after.capitalize() in self.lexicon.pair_namesakes)

    def _extend_to(self, mention: Mention, end: int) -> None:
        """Let ``mention`` run on to ``end`` (a country ending a body's name)."""
        mention.end = end
        mention.context_end = max(mention.context_end, end)
        mention.text = self.text[mention.start:end]

    def media_after(self, pos: int) -> bool:
        """Whether a country's name right before ``pos`` gives the nationality of a
        news outlet or a university, as a demonym would ("the U.S. newspaper Washington
        Post", "the U.S. press", "U.S. Stanford University"), not the state.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.actor for m in annotate("The U.S. newspaper Washington Post said the U.S. "
        ...                            "press conference was held.", date="2005-10-04"
        ...                            ).mentions if m.kind == "country"]
        ['united-states']
        """
        if _COUNTRY_MEDIA_AFTER.match(self.text, pos) is not None:
            return True
        # (an outlet's name on the same line, and not after "U.S." ending a sentence:
        # "alliance with the U.S. Rodong Sinmun in a commentary said")
        named = _MEDIA_AFTER.match(self.text, pos) if self.text[pos - 1:pos] != "." else None
        return named is not None and "\n" not in named.group()

    def in_body_name(self, hit: Hit) -> bool:
        """'the Anti-Imperialist Forum of Germany', 'the General Workers' Union of Guyana':
        a country after "of" that ends the capitalised name of a body, part of that name
        (the labelling guide). A body the registry holds takes the country into its
        mention ("the Grand National Party of south Korea"). After "in" the country
        locates the body ("the Solidarity for ... in south Korea").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("The Grand National Party of south Korea "
        ...     "and the Anti-Imperialist Forum of Germany met.", date="2008-01-01").mentions]
        [('grand-national-party', 'Grand National Party of south Korea'), \
('anti-imperialist-forum-of-germany', 'Anti-Imperialist Forum of Germany')]
        """
        if self.text.startswith("of ", hit.start - 3):
            of_at = hit.start - 3
        elif self.text.startswith("of the ", hit.start - 7):
            of_at = hit.start - 7
        else:
            return False
        body = next((m for m in self.pending_others if m.kind == "organization"
                     and m.end == of_at - 1 and m.source != "unregistered"), None)
        if body is not None:  # a registered body's name right before: "Yonhap News of
            # south Korea", "the National Intelligence Service of south Korea"
            self._extend_to(body, hit.end)
            return True
        # back from "of" over capitalised and small words to a body's head noun (a word
        # walk: a pattern searched back from here costs five times more)
        pos = of_at - 1
        lo = max(0, of_at - 120)
        while pos > lo:
            begin = self.text.rfind(" ", lo, pos)
            word = self.text[begin + 1:pos]
            if word in self.words.body_heads:
                body = next((m for m in self.pending_others if m.kind == "organization"
                             and begin < m.end <= of_at), None)
                if body is not None:
                    self._extend_to(body, hit.end)
                return True
            if not (word in _NAME_SMALL_WORDS or (word[:1].isupper() and word.replace(
                    "-", "").replace("'", "").replace("’", "").isalnum())):
                return False
            if begin < 0:
                return False
            pos = begin
        return False

    def ordinary_namesake(self, hit: Hit, prev: str | None) -> bool:
        """'a worker Kim Kyong Hui', 'Ri Yong Ho, a student of ...': an ordinary person
        who bears an official's name."""
        if prev is not None and prev.lower() in self.words.ordinary_people and (
                prev.islower() or self.sentence_initial(hit.start - len(prev) - 1)):
            return True
        return self.text.startswith(", ", hit.end) and (
            _ORDINARY_AFTER.match(self.text, hit.end) is not None)

    def another_given_name(self, hit: Hit, prev: str | None) -> bool:
        """'Arkady Lavrov', 'Queen Norodom Monineath Sihanouk', 'dean Alba Chavez': a
        surname read alone after a capitalised word that is no title, no state and no
        word opening a sentence ("What Aso uttered", "However Trump made") is another
        person's name.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.actor for m in annotate("Consul-General Arkady Lavrov hosted a reception.",
        ...                            date="2004-06-14").mentions]
        []
        """
        if prev is None or not prev[:1].isupper() or not prev[1:].islower():
            return False
        if self.text[hit.start - 1:hit.start] != " " or not self.text.endswith(
                prev, 0, hit.start - 1):
            return False
        if prev in _NAME_PARTICLES:
            return True  # "Jaber Al Mubarak Al Sabah" is not Hosni Mubarak
        if len(prev) < 3:
            return False
        if prev in _NOT_GIVEN_NAMES or prev in TITLE_CASE_WORDS or prev.endswith(
                ("ing", "ly", "ed", "s")) or (
                (prev.lower(),) in self.context.table or prev in self.registry.demonym_of):
            return False
        segs = self.context.walk_left(self.left_tokens(hit.start))
        if segs and segs[-1].category in ("title", "country"):
            return False  # "U.S. Secretary of State Rice", "Premier of the Cabinet Kim"
        return not self.matcher.find_names(prev)  # (not a state's or a body's name)

    def other_initials(self, hit: Hit, actor: Actor) -> bool:
        """'T. B. Mukherjee' is not Pranab Mukherjee: initials before a surname whose
        first letter is not that of the registered person's first name ("V. V. Putin"
        and "D. A. Medvedev" are theirs).

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.actor for m in annotate("T. B. Mukherjee and V. Putin met.",
        ...                            date="2005-01-01").mentions]
        ['vladimir-putin']
        """
        initials = _INITIALS_BEFORE.search(self.text, max(0, hit.start - 12), hit.start)
        return initials is not None and initials.group(1)[0] != actor.name[:1] and (
            not self.matcher.find_names(initials.group(1).strip()))  # (not "U.S. Trump")

    def office_not_surname(self, hit: Hit, prev: str | None, actor_id: str,
                           full_named: set[str]) -> bool:
        """'the King of Jordan': an office, not Robert King; nor, where he is not named
        in full, 'wished the King good health', 'Bhumibol Adulyadej, King of Thailand'
        (a surname that is a word, after "the" or before "of"; not "the Park regime")."""
        the = prev in ("the", "The")
        of = self.text.startswith(" of ", hit.end)
        if the and of:
            return True
        if not (the or of) or hit.surface.lower() not in self.lexicon.common_words or (
                actor_id in full_named):
            return False
        after = _next_word(self.text, hit.end)
        return after is None or _without_possessive(after).lower() not in (
            self.lexicon.collectives)  # (nor "the Park group's efforts")

    def longer_name(self, hit: Hit, source: str) -> bool:
        """'Kim Song' in 'Kim Song Min', 'Park' in 'Park Chung-hee', 'Rice' in 'Rice-field'."""
        if source in ("short", "lower") and self.text[hit.end:hit.end + 1] == "-":
            return True
        after = _next_word(self.text, hit.end)
        if after is None or not after[:1].isupper() or after in _CALENDAR or (
                after in TITLE_CASE_WORDS):
            return False  # "Kim Il Sung Will Always Be With Us": a headline's capitals
        if after.lower() in self.lexicon.collectives:
            return False
        if source in ("short", "lower"):
            return True
        return " " in hit.surface and (len(after) <= 5 or "-" in after)

    # -- the stage -------------------------------------------------------------------

    def run(self) -> list[Mention]:
        hits = self.matcher.find_names(self.text)
        full_named = {a for h in hits for a, s in h.entries if s == "alias"}
        # where the name of a body ends ("UN" of "UN under-secretary general Egeland")
        body_surfaces = self.matcher.body_surfaces
        self.body_ends = {h.end: h.start for h in hits if h.surface in body_surfaces}
        self.body_starts = {h.start: h.end for h in hits if h.surface in body_surfaces}
        others: list[Mention] = []
        self.pending_others = others  # seen by org_by_country while the names are read
        for hit in hits:
            prev = self.prev_word(hit.start)
            resolved = self.resolve(hit, full_named, prev) or self.insulted(hit, prev)
            if resolved is None or self.is_namesake(hit):
                continue
            if hit.surface in _SHOUTED_WORDS and prev != "THE" and prev is not None and (
                    prev.isupper()):
                continue  # "LET US GO", "THE VICTORY IS INEVITABLE": all capitals
            actor_id, source = resolved
            actor = self.registry.actors[actor_id]
            if actor.kind == "person":
                if self.longer_name(hit, source) or self.ordinary_namesake(hit, prev):
                    continue
                if " " not in hit.surface and (self.another_given_name(hit, prev)
                                               or self.other_initials(hit, actor)):
                    continue
                if source == "short" and self.name_parts.get(hit.surface) and all(
                        a not in full_named for a, _ in hit.entries):
                    continue  # "Yun" after "Yun Byung Se": not Joseph Yun (see names_alone)
                if source == "short" and self.office_not_surname(hit, prev, actor_id,
                                                                  full_named):
                    continue
                self.person(hit, actor_id, source, self.left_tokens(hit.start))
                if self.mentions and self.mentions[-1].actor == actor_id and (
                        self.mentions[-1].form in ("title", "epithet")):
                    full_named.add(actor_id)  # "Chief Cabinet Secretary Abe ... Abe and Aso"
                if source == "alias" and actor.country == "south-korea":
                    self.remember_name_parts(hit, actor_id)
            elif source == "capital" and self.place_not_actor(hit, prev):
                continue
            elif (actor.place and self.building_as_place(hit, prev)) or (
                    actor.kind == "organization" and self.its_building(hit, prev)):
                continue
            elif (source == "demonym" and self.people_not_state(hit)) or (
                    actor.kind == "country" and (self.office_follows(hit.end) or (
                        self.text.startswith(_STYLES, hit.end)) or (
                        source == "alias" and (
                            prev in _COMPASS_REGIONS or self.in_body_name(hit)
                            or self.media_after(hit.end))))):
                # "south Koreans held a rally", "the Israeli prime minister", "American-
                # style democracy", "Northeast China", "the ... Forum of Germany", "the U.S.
                # newspaper Washington Post": a people, an office, a style, a region, a
                # body's name or its nationality, not the state; kept to tell who acts in
                # an event
                self.doc.event_countries.append(
                    Mention(actor_id, actor.kind, hit.start, hit.end, hit.surface,
                            source=source))
            else:
                others.append(self.plain(hit, actor_id, actor.kind, source))
        self.sentence_initial_surnames()
        self.names_alone()
        self.drop_names_inside_names()
        others.extend(self.north_and_south())
        others.extend(pyongyang_as_state(self.text))
        others.extend(self.defined_acronyms(others))
        self.nameless_bodies(others)
        self.ruling_parties(others)
        others.extend(bare_party_mentions(self.text, others, self.registry, self.lexicon,
                                          self.mentions))
        shaped = unregistered_bodies(self.text, others)
        self.countries_closing_bodies(shaped)
        shaped_spans = self.absorb_names_inside(shaped, others)
        others.extend(cited_outlets(self.text, [*others, *self.mentions],
                                    self.registry.media_names))
        known = {(m.start, m.end) for m in others}
        body_spans = self.named_bodies(others)
        # "the International Taekwon-do Federation (ITF) ... The ITF": the acronyms of the
        # bodies read by their names' shape
        shaped += [m for m in others if (m.start, m.end) not in known]
        others.extend(self.defined_acronyms(shaped, others))
        self.insulted_forces(others)
        self.forces_stationed_in_korea(others)
        others.extend(korea_as_state(self.text, [*others, *self.mentions]))
        if self.doc.lang == "ko":
            others.extend(korean_party_mentions(self.text))
        self.pending_others = others
        # (no names of people inside bodies' names)
        taken = [*self.covered, *shaped_spans, *body_spans]
        unregistered = find_unregistered(self.text, self.doc.sentences, taken, self.context,
                                         self.known_name)
        unregistered += find_mononyms(self.text, taken, self.context, self.known_name)
        unregistered += names_in_lists(self.text, [*self.mentions, *unregistered],
                                       self.context, self.known_name,
                                       self.registry.actors.__contains__)
        for mention in unregistered:
            self.holder_named(mention)
            self.mentions.append(mention)
            self.covered.append((mention.start, max(mention.end, mention.context_end)))
        for mention in names_again(self.text, unregistered, [*taken, *self.covered]):
            self.mentions.append(mention)
            self.covered.append((mention.start, mention.end))
        for mention in surnames_again(self.text, unregistered, self.mentions,
                                      [*taken, *self.covered], self.context.korean_surnames):
            self.mentions.append(mention)
            self.covered.append((mention.start, mention.end))
        self.bodies_before_titles()
        lowered = lower_same_length(self.text)
        phrase_hits = self.matcher.find_phrases(self.text, lowered)
        for hit in phrase_hits:
            if self.text.startswith("-", hit.end):
                continue  # "on the foreign minister-level": a rank, nobody
            roles = [v for k, v in hit.entries if k == "role"]
            if roles and not self.is_covered(hit.start, hit.end):
                self.role(hit, roles)
            offices = [v for k, v in hit.entries if k == "office"]
            if offices and not self.is_covered(hit.start, hit.end):
                self.office(hit, offices)
        self.chief_executive()
        self.counterparts()
        self.its_office_holders()
        for hit in phrase_hits:
            kinds = {k for k, _ in hit.entries}
            if "epithet" in kinds and not self.is_covered(hit.start, hit.end):
                self.nameless(hit)
        self.followers()
        self.military_gangs()
        self.nameless_collectives()
        self.past_regimes()
        self.civilian_regime()
        self.stooges_of_the_us()
        self.quoted_government()
        self.present_government()
        self.eternal_president()
        for mention in [*titled_anaphors(self.text, self.mentions, self.is_covered,
                                         self.foreign),
                        *demonym_office_anaphors(
                            self.text, self.mentions, [*others, *self.doc.event_countries],
                            self.is_covered, self.registry.country_of)]:
            self.mentions.append(mention)
            self.covered.append((mention.start, mention.end))
        predications(self.text, self.sentence_span, [*self.mentions, *others], self.context,
                     self.foreign)
        for mention in pronoun_labels(self.text, self.sentence_span, self.mentions,
                                      self.context, self.foreign):
            if not self.is_covered(mention.start, mention.end):
                self.mentions.append(mention)
                self.covered.append((mention.start, mention.end))
        shared_appositions(self.text, self.mentions, self.appositive, self.appositive_titles)
        shared_prefixes(self.text, self.mentions)
        shared_titles(self.text, self.mentions)
        and_others(self.text, self.mentions, self.context)
        shared_plural_heads(self.text, others, self.context, self.foreign, self.mentions)
        self.bodies_after_titled_names(others)
        self.forces_in_south_korea(others)
        for mention in self.demonyms_of_bodies(others):
            # "anti-DPRK", "pro-U.S." name the country even inside somebody's label
            if (not self.is_covered(mention.start, mention.end) or self.text.endswith(
                    _AGAINST_FOR, 0, mention.start) or _MASTERS_OF.search(
                        self.text, max(0, mention.start - 30), mention.start)
                ) and not self.acronym_of_covered(
                        mention, others):
                self.mentions.append(mention)
        titles_of_works = work_title_spans(self.text)
        if titles_of_works:  # 'the book "Kim Jong Il, Iron-Willed Commander"': no mention
            self.mentions = [m for m in self.mentions
                             if not inside(titles_of_works, m.start, m.end)]
        documents = document_name_spans(self.text)
        if documents:  # "the DPRK-U.S. Agreed Framework": no mention of the states
            self.mentions = [m for m in self.mentions if not inside(documents, m.start, m.end)]
        if self.doc.lang == "ko":
            self.mentions = korean.attach(self.text, self.mentions, self.lexicon,
                                          self.registry.hangul_countries(),
                                          self.registry.country_of)
            self.mentions += korean_references(self.text, self.doc.date, self.mentions,
                                               self.lexicon)
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self.countries_closing_names()
        for mention in self.mentions:
            mention.sentence = self.sentence_of(mention.start)
        # an office someone was found for is that person's, not the country's
        self.doc.event_countries = [m for m in self.doc.event_countries
                                     if not self.is_covered(m.start, m.end)]
        for mention in self.doc.event_countries:
            mention.sentence = self.sentence_of(mention.start)
        return self.mentions

    def countries_closing_bodies(self, bodies: list[Mention]) -> None:
        """'the National Committee for the Study of the Juche Idea of Thailand': a country
        after "of" ending the name of a body read by its pattern (kept as a country of
        events, :meth:`in_body_name`) is part of the name, and so of the body's id: each
        country's committee is a body of its own.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.actor for m in annotate("The National Committee for the Study of the Juche "
        ...  "Idea of Thailand met.", date="2010-01-01").mentions]
        ['national-committee-for-the-study-of-the-juche-idea-of-thailand']
        """
        if not bodies:
            return
        countries = {m.start: m for m in self.doc.event_countries if m.kind == "country"}
        for body in bodies:
            of = _OF_THE.match(self.text, body.end)
            country = countries.get(of.end()) if of is not None else None
            if country is not None:
                body.end = body.context_end = country.end
                body.text = self.text[body.start:body.end]
                body.actor = body_id(body.text)
                self.doc.actor_countries.setdefault(body.actor, country.actor)

    def countries_closing_names(self) -> None:
        """'the Lee Myung Bak group of south Korea', 'traitor Park Geun Hye of south
        Korea', 'Yonhap News of south Korea': a country after "of" closing a person's, a
        government's or a body's mention is part of that mention (as the labelling
        guide says), not a mention of its own; it still tells whose the actor is.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("The Lee Myung Bak group of south Korea "
        ...  "slandered it.", date="2011-04-21").mentions]
        [('lee-myung-bak', 'Lee Myung Bak group of south Korea')]
        """
        kept: list[Mention] = []
        for mention in self.mentions:
            before = kept[-1] if kept else None
            if (before is not None and mention.kind == "country" and before.kind != "country"
                    and _OF_THE.fullmatch(self.text, before.end, mention.start)):
                before.end = mention.end
                before.context_end = max(before.context_end, mention.end)
                before.text = self.text[before.start:before.end]
                if self.registry.country_of(before.actor) is None:
                    self.doc.actor_countries.setdefault(before.actor, mention.actor)
                self.doc.event_countries.append(mention)
                continue
            kept.append(mention)
        self.mentions = kept

    def demonyms_of_bodies(self, others: list[Mention]) -> list[Mention]:
        """'the south Korean puppet Ministry of Unification': a demonym and insults
        before a body of that country are the body's mention, not the state's."""
        bodies = {m.start: m for m in others if m.kind == "organization"}
        if not bodies:
            return others
        merged: list[Mention] = []
        for mention in others:
            if mention.kind == "country" and mention.source == "demonym":
                body = next((bodies[at] for at in range(mention.start + 1, mention.end + 2)
                             if at in bodies
                             and (self.registry.country_of(bodies[at].actor)
                                  or self.doc.actor_countries.get(bodies[at].actor))
                             == mention.actor),
                            None)
                if body is not None:
                    body.start, body.text = mention.start, self.text[mention.start:body.end]
                    body.epithets = _dedupe([*mention.epithets, *body.epithets])
                    continue
            merged.append(mention)
        return merged

    def holder_named(self, mention: Mention) -> None:
        """A person read outside the registry whose office is a role the registry knows,
        held on the article's date by a registered person of that surname, is that
        person: "Bell, commander of the U.S. forces in south Korea" (2006) is B. B. Bell,
        whose bare surname the registry does not read on its own.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.actor for m in annotate("Bell, commander of the U.S. forces in south Korea, "
        ...     "spoke.", date="2006-03-15").mentions]
        ['b-b-bell']
        """
        if mention.kind != "person" or not mention.title:
            return
        surname = mention.text.split()[-1]
        if surname not in _holder_surnames(self.registry):
            return  # (a set lookup first: the title is scanned for roles only then)
        title = mention.title
        for hit in self.matcher.find_phrases(title, lower_same_length(title)):
            for kind, role in hit.entries:
                if kind != "role":
                    continue
                for holder in self.registry.holders(role, self.doc.date):
                    if self.registry.actors[holder].name.split()[-1] == surname:
                        mention.actor = holder
                        mention.source = "alias"
                        return

    def bodies_before_titles(self) -> None:
        """'UN under-secretary general Jan Egeland', 'WPK General Secretary Kim Jong Un':
        the body named right before a title is part of the title, as a country is."""
        for mention in self.mentions:
            start = mention.start
            if (mention.kind == "person" and mention.title and start - 1 in self.body_ends
                    and self.text.startswith(mention.title, start)
                    and self.text[start - 1] == " "):
                body = self.body_ends[start - 1]
                mention.title = self.text[body:start] + mention.title
                mention.start, mention.text = body, self.text[body:mention.end]
                self.covered.append((body, start))

    def insulters_of(self, pos: int) -> list[str]:
        """The insults of "the warmongers of", "the bellicose forces of" right before a
        state named at ``pos``: its own people so named ("the right-wing reactionaries of
        Japan"; about 150 in KCNA), not those who serve it ("the stooges of the U.S.").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.text, m.epithets) for m in annotate("The warmongers of south Korea and the "
        ...  "stooges of the U.S. met.", date="2010-01-01").mentions]
        [('south Korea', ['warmongers']), ('U.S.', [])]
        >>> [(m.text, m.epithets) for m in annotate("The fascist clique of south Korea and "
        ...  "the new regime of Japan met.", date="2010-01-01").mentions]
        [('south Korea', ['fascist', 'clique']), ('Japan', [])]
        """
        match = _INSULTERS_OF.search(self.text, max(0, pos - 70), pos)
        if match is None:
            return []
        words, noun = match.group(1).split(), match.group(2)
        if noun.lower() in self.words.servants or noun.endswith("ss"):
            return []  # (nor a person: "the military boss of South Korea")
        if not noun.endswith("s"):
            # one body of the state's own, every word before it an insult: "the fascist
            # clique of south Korea" (not "a descendant of", "the new regime of")
            collective = self.lexicon.collectives.get(noun.lower())
            insults = [w.lower() for w in words if self.is_insult(w)]
            if collective is None or not insults or len(insults) < len(words):
                return []
            return [*insults, noun.lower()] if collective else insults
        if words and self.is_insult(f"{words[-1]} {noun}"):
            noun = f"{words.pop()} {noun}"  # "the war maniacs of"
        insults = [w.lower() for w in words if self.is_insult(w)]
        if self.is_insult(noun):  # ("the right-wing reactionaries of Japan")
            return [*insults, noun.lower()]
        if insults and len(insults) == len(words) and noun.lower() in self.lexicon.collectives:
            # ("the bellicose forces of"; not "the people of", "the new leaders of")
            return [*insults, noun.lower()] if self.lexicon.collectives[noun.lower()] else insults
        return []

    def is_insult(self, surface: str) -> bool:
        """Whether a word is itself an insult ("Yankees", "reactionaries"), singular or
        plural."""
        key = surface.lower()
        singular = key[:-3] + "y" if key.endswith("ies") else key.removesuffix("s")
        return key in self.lexicon.epithets or singular in self.lexicon.epithets

    def plural_insult_after(self, end: int) -> tuple[str, int] | None:
        """The plural insult right after a nameless army ending at ``end``, what the army
        is called ("the puppet military warmongers"), and where it ends; None if there is
        none ("the puppet military authorities")."""
        match = _PLURAL_WORD_AFTER.match(self.text, end)
        if match is None or not self.is_insult(match.group(1)):
            return None
        return match.group(1).lower(), match.end()

    def acronym_of_covered(self, mention: Mention, others: list[Mention]) -> bool:
        """'(DPRK)' right after a name inside somebody's title ("Kim Jong Un, ...
        president of the State Affairs of the Democratic People's Republic of Korea
        (DPRK)"): the short form belongs to the title too."""
        start = mention.start
        if self.text[start - 2:start] != " (" or not self.text.startswith(")", mention.end):
            return False
        return any(o.end == start - 2 and o.actor == mention.actor
                   and self.is_covered(o.start, o.end) for o in others)

    def personal_insult(self, phrase: str) -> bool:
        """Whether a lexicon insult names one person ("dotard", "traitor")."""
        epithet = self.lexicon.epithets.get(phrase)
        return epithet is not None and epithet.kind == "noun" and (
            epithet.weight <= NAMELESS_WEIGHT)

    def office_follows(self, end: int) -> bool:
        """Whether a country word opens an office ("the Iranian Intelligence Minister",
        "the U.S. ambassador in Seoul"): the office's holder is meant, not the state."""
        after = _next_word(self.text, end)
        if after is None or after.lower() not in self.context.title_first_words:
            return False
        segs = self.context.walk_right(self.right_tokens(end))
        # "the U.S. presidents from Truman on" are no one holder: the state is meant
        return bool(segs) and segs[0].first == 0 and segs[0].category == "title" and (
            segs[0].key not in self.context.plural_offices)

    def people_not_state(self, hit: Hit) -> bool:
        """'south Korean youth and students', 'the Chinese military newspaper', 'the Iraqi
        War', 'young south Koreans', 'the anti-Japanese armed struggle': a demonym naming a
        people or an event, not the state (the labelling guide's rule). "Yankees" is an
        insult of the state. So is a demonym naming a civic body's or a work's nationality
        ("a French organization for the study of the Juche idea", "the south Korean
        Buddhist Youth Association", "the Iraqi people's grudge", "For Spanish-speaking
        people").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.kind for m in annotate("The south Korean Buddhist Youth Association and the "
        ...  "Iraqi people's grudge and Japanese guests.", date="2005-08-04").mentions]
        ['organization']
        """
        if hit.surface.endswith("s") and not self.is_insult(hit.surface):
            return True  # "cursed by south Koreans"
        if self.text.startswith("-speaking", hit.end):
            return True  # "Spanish-speaking people": a language
        joint = self.text[hit.start - 1:hit.start]
        if joint in (" ", "-"):
            before = word_before(self.text, max(0, hit.start - 20), hit.start - 1, gap=0,
                                 quotes=False)
            if before in _REGIONS:
                return True  # "Latin American countries", "the Inter-American Commission"
            if joint == "-" and before in _HERITAGES and hit.surface == "American":
                return True  # "the Korean-American community": a people of the U.S.
        end = hit.end
        if self.text.startswith("-", end):
            pair = _HYPHENED_NAME.match(self.text, end)  # "the Sino-Japanese War": an event
            end = pair.end() if pair is not None else end
        after = _next_word(self.text, end)
        if after is None:
            return False
        key = after.lower()
        if after.islower() and key.endswith(("'s", "’s", "'", "’")) and not (
                _STATE_FORCE.match(self.text, end + 1 + len(after))):
            key = key[:-2] if key.endswith("s") else key[:-1]  # "the Iraqi people's"
        if key == "war" and self.war_insult(end + 1 + len(after)):
            return False  # "south Korean war maniacs": the state's, not "the Iraqi War"
        if key in self.words.people_nouns:
            return True
        if hit.surface == "Japanese" and key in self.words.anti_history and self.text.endswith(
                ("anti-", "Anti-"), 0, hit.start):
            return True  # "the anti-Japanese revolutionary struggle": a period of history
        if _MEDIA_AFTER.match(self.text, end):
            return True  # "according to south Korean CBS", "the South Korean Yonhap News"
        if self.words.civic_after.match(self.text, end):
            return True  # "the Czech Taekwon-Do Association", "the British Association for"
        if after.endswith(("'", "’")):
            return False  # "the south Korean warmongers' war hysteria": theirs, not a war
        if not after.islower() and after not in _PEOPLES:
            return False
        at = end + 1 + len(after)
        second = _next_word(self.text, at)  # "the Syrian Arab people"
        if second == "war" and self.war_insult(at + 4):
            return False  # "the south Korean puppet war maniacs": the state's
        return second is not None and second.lower() in self.words.people_nouns

    def war_insult(self, pos: int) -> bool:
        """Whether "war" and the word after ``pos`` make a lexicon insult ("war maniacs",
        "war hawks"), other than "war criminals" (persons tried for a war).

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.text, m.epithets) for m in annotate("The south Korean war hawks and "
        ...  "Japanese war criminals.", date="2003-05-06").mentions]
        [('south Korean war hawks', ['war hawks'])]
        """
        word = _next_word(self.text, pos)
        if word is None or not word.islower():
            return False
        word = _without_possessive(word)
        singular = word.removesuffix("s")
        return singular != "criminal" and self.lexicon.epithets.get(f"war {singular}") is not None

    def nameless_bodies(self, others: list[Mention]) -> None:
        """Add to ``others`` 'the puppet forces', 'the puppet army': a state or its army
        insulted without its name (``nameless-bodies-en.toml``), also with insults after
        the first word ("the puppet bellicose forces"). Its own country named after "of"
        is part of the designation, no mention of its own.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("The puppet army of south Korea fired.",
        ...                                      date="2017-01-01").mentions]
        [('sk-armed-forces', 'The puppet army of south Korea')]
        """
        bodies = self.lexicon.nameless_bodies
        pattern, and_pattern, first_words = _nameless_body_pattern(tuple(sorted(bodies)))
        if not contains_any(self.text, first_words):
            return
        found: list[Mention] = []
        absorbed: set[int] = set()
        ruler = self.south_korean_ruler()
        # "the U.S. and puppet warmongers": one "the" before a name and a phrase
        ends = {m.end for m in others if m.kind == "country"
                and self.text.endswith(("the ", "The "), 0, m.start)}
        joined = [match for end in sorted(ends)
                  if (match := and_pattern.match(self.text, end)) is not None]
        for match in [*pattern.finditer(self.text), *joined]:
            words = match.group(1).lower().split()
            actor_id = bodies.get(" ".join(words)) or next(
                (bodies[key] for n in (1, 2) if len(words) > n + 1 and (
                    key := " ".join([words[0], *words[n + 1:]])) in bodies
                 and all(self.is_insult(w) for w in words[1:n + 1])), None)
            actor = self.registry.actors.get(actor_id) if actor_id else None
            if actor is None:
                continue
            epithets = [w for w in words if self.is_insult(w)]
            start, end = match.start(1) - (4 if match.re is pattern else 0), match.end()
            called = self.plural_insult_after(end)
            if called is not None:  # "the puppet military warmongers"
                epithets.append(called[0])
                end = called[1]
            of = _OF_THE.match(self.text, end)
            if of is not None:
                country = self.registry.country_of(actor.id) or actor.id
                own = next((o for o in others if o.start == of.end() and o.actor == country),
                           None)
                if own is not None:  # "the puppet police of south Korea"
                    absorbed.add(id(own))
                    end = own.end
            if (actor.id == "south-korea" and ruler is not None and end == match.end()
                    and self.ruler_named(ruler)):
                # "the puppet forces" in an article naming the president of the day: the
                # president's government, as a nameless "puppet group" is (not "the
                # puppet forces of south Korea", which names the state)
                self.mentions.append(self.ruler_or_state(ruler, start, end, epithets))
                self.covered.append((start, end))
                continue
            found.append(Mention(actor.id, actor.kind, start, end, self.text[start:end],
                                 epithets=epithets, source="nameless"))
        others[:] = [*(o for o in others if id(o) not in absorbed), *found]

    def ruling_parties(self, others: list[Mention]) -> None:
        """'the Chinese party and government', 'the Cuban party, government and people':
        a one-party state's demonym before "party" names its ruling party (the country's
        ``ruling_party`` in the registry), and the "government" after it the state.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("He thanked the Chinese party and "
        ...                                      "government.", date="2010-01-01").mentions]
        [('communist-party-of-china', 'Chinese party'), ('china', 'government')]
        """
        if not contains(self.text, "arty"):
            return
        for index, mention in enumerate(others):
            country = self.registry.actors.get(mention.actor)
            if (mention.source != "demonym" or mention.epithets or country is None
                    or country.ruling_party not in self.registry.actors):
                continue
            party = _RULING_PARTY_AFTER.match(self.text, mention.end)
            if party is None:
                continue
            end = party.end(1)
            others[index] = Mention(country.ruling_party, "organization", mention.start, end,
                                    self.text[mention.start:end], source="demonym")
            government = _AND_GOVERNMENT.match(self.text, end)
            if government is not None:
                at, stop = government.span(1)
                others.append(Mention(country.id, "country", at, stop, self.text[at:stop],
                                      source="demonym"))

    def named_bodies(self, others: list[Mention]) -> list[tuple[int, int]]:
        """Add to ``others`` the bodies outside the registry named by their shape
        (:func:`nkwatch.analysis.bodies.named_bodies`) and return their spans; a country
        or person inside such a name is part of it ("the Revolutionary Students Union of
        Nepal"), and the country is kept for telling who acts in an event and whose the
        body is (``Document.actor_countries``)."""
        ministries: list[int] = []
        bodies = named_bodies(self.text, [*others, *self.mentions], self.lexicon,
                              self.context.country_last_words, self.registry.media_names,
                              lambda start, name, country: self.ministry(
                                  start, name, country, ministries, others))
        for body in bodies:
            if body.start in ministries:  # "the puppet Ministry of Education"
                before = word_before(self.text, max(0, body.start - 40), body.start)
                if before and self.may_end_epithet(before, body.start):
                    body.start, body.epithets = self.insults_before(body.start, body.actor)
                    body.text = self.text[body.start:body.end]
        return self.absorb_names_inside(bodies, others)

    def ministry(self, start: int, name: str, country: str | None, starts: list[int],
                 others: list[Mention]) -> str | None:
        """The id of a ministry outside the registry named without its country (see
        :mod:`nkwatch.analysis.ministries`): the country an insult right before it
        names ("the puppet Ministry of Education") or "of" and a country in ``others``
        closing it or right after it ("the Ministry of Education of Japan" gets the id
        of Japan's "Ministry of Education"; "... of south Korea"), else the one of the
        actor named last in its sentence or the one before, else the one of the city the
        report is datelined from ("Beijing, July 21 (KCNA) --"), else the DPRK, whose
        media these are, unless another country's ministry goes by the name in KCNA ("the
        Ministry of Defense" is south Korea's); its start goes to ``starts``.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate(
        ...     "Ri Kyong Min, an official of the Ministry of Culture, told KCNA.",
        ...     date="2015-04-30").mentions if m.kind == "organization"]
        [('dprk-ministry-of-culture', 'Ministry of Culture')]
        """
        ids = ministry_ids(self.registry)
        if country is None:  # "the Ministry of Education of Japan"
            end = start + len(name)
            own = next((o for o in others if o.kind == "country" and o.end == end
                        and start < o.start and _OF_BEFORE.search(self.text, start, o.start)),
                       None)
            if own is not None:
                country, name = own.actor, _OF_BEFORE.sub("", self.text[start:own.start])
        if country is None:
            before = self.prev_word(start)
            insult = self.lexicon.epithets.get(before.lower()) if before else None
            of = _OF_THE.match(self.text, start + len(name))
            country = (insult.country if insult is not None else None) or next(
                (o.actor for o in others if of is not None and o.start == of.end()
                 and o.kind == "country"), None) or self.country_before(start)
            if country in _NO_MINISTRIES:
                country = None  # ("a spokesman for the Ministry of Foreign Affairs" after
                # the U.S. is named: the U.S. has departments)
        if country is None:
            if ids.is_short(name):
                return None
            country = ids.dateline_country(self.text) or "north-korea"
        starts.append(start)
        actor_id = ids.of(country, name)
        self.doc.actor_countries.setdefault(actor_id, country)
        return actor_id

    def absorb_names_inside(self, bodies: list[Mention], others: list[Mention]
                            ) -> list[tuple[int, int]]:
        """Add ``bodies`` to ``others`` and return their spans: the countries and people
        named inside them are part of their names, the countries kept as the countries
        of their events and the bodies' own."""
        if not bodies:
            return []
        spans = [(b.start, b.end) for b in bodies]
        inner = [o for o in others if o.kind == "country" and inside(spans, o.start, o.end)]
        for body in bodies:  # (the body's country, for the countries of its events)
            country = next((c.actor for c in [*inner, *self.doc.event_countries]
                            if body.start <= c.start and c.end <= body.end), None)
            if country is not None:
                self.doc.actor_countries.setdefault(body.actor, country)
        self.doc.event_countries.extend(inner)
        others[:] = [o for o in others if not inside(spans, o.start, o.end)]
        self.mentions = [m for m in self.mentions if not inside(spans, m.start, m.end)]
        self.covered = [c for c in self.covered if not inside(spans, *c)]
        others.extend(bodies)
        return spans

    def forces_in_south_korea(self, others: list[Mention]) -> None:
        """'the U.S. forces in south Korea': U.S. Forces Korea is named by "the U.S.
        forces" (the registry's alias takes in the place, to know which forces), and
        south Korea, where they stand, is a mention of its own, as any country locating
        a place is.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("The U.S. forces in south Korea staged "
        ...  "drills.", date="2012-03-27").mentions]
        [('us-forces-korea', 'U.S. forces'), ('south-korea', 'south Korea')]
        """
        for mention in [m for m in others if m.actor == USFK]:
            place = _FORCES_IN_SOUTH_KOREA.search(mention.text)
            if place is None:
                continue
            start = mention.start + place.start(1)
            mention.end = mention.context_end = mention.start + place.start() + len(
                place.group().split()[0].rstrip("'’"))
            mention.text = self.text[mention.start:mention.end]
            others.append(Mention("south-korea", "country", start, start + len(place.group(1)),
                                  place.group(1), source="name"))

    def insulted_forces(self, others: list[Mention]) -> None:
        """'the U.S. imperialist aggressor forces in south Korea': the U.S. forces there,
        with insults between the country and "forces" (about 270 in KCNA 1997-2018), or
        named with a possessive ("the U.S. forces' presence in south Korea", about 220),
        are U.S. Forces Korea (with the insults); the country names inside are part of
        the name.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.epithets) for m in annotate("The U.S. imperialist aggression troops "
        ...  "in south Korea fired.", date="2012-03-27").mentions]
        [('us-forces-korea', ['imperialist', 'aggression']), ('south-korea', [])]
        """
        if USFK not in self.registry.actors or not self.may_name_forces_in_korea():
            return
        for match in _INSULTED_FORCES.finditer(self.text):
            before = self.text[match.start() - 1:match.start()]
            if before.isalnum() or before == "-":
                continue  # ("pro-U.S. conservative forces": south Korea's; the pattern
                # opens with its literal, so the regex engine skips ahead to it)
            words = (match.group(1) or match.group(2) or match.group(3) or "").split()
            if not all(self.is_insult(w) or w in _ARMED or w == "aggression" for w in words):
                continue
            start, end = match.span()
            if match.group(4):  # (what follows the noun says where the forces leave)
                end = match.end(4)
            others[:] = [o for o in others if not (start <= o.start and o.end <= end)]
            others.append(Mention(USFK, "organization", start, end, self.text[start:end],
                                  epithets=[w for w in words if w not in _ARMED]))

    def forces_stationed_in_korea(self, others: list[Mention]) -> None:
        """'the U.S. forces' or 'the U.S. troops' with no place after them are U.S.
        Forces Korea where the sentence shows them in Korea ("the upkeep of the U.S.
        forces there", "offering the territory of Korea to the U.S. forces", "atrocities
        of the U.S. troops against south Korean women") and names
        no other place or country; so are those in a place in Korea that is no state
        ("the U.S. troops in the Demilitarized Zone"); in Japan or Asia, or in the Korean
        War, they are the United States (as the labelling guide says).

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("South Korea pays for the upkeep of the "
        ...  "U.S. forces.", date="2006-03-27").mentions]
        [('south-korea', 'South Korea'), ('us-forces-korea', 'U.S. forces')]
        """
        if USFK not in self.registry.actors or not self.may_name_forces_in_korea():
            return
        for match in _US_FORCES.finditer(self.text):
            start, end = match.span()
            words = match.group(1).split()
            in_korea = _IN_KOREA_AFTER_FORCES.match(self.text, end) is not None
            if not all(self.is_insult(w) or w == "aggression" for w in words) or (
                    not in_korea and _PLACE_AFTER_FORCES.match(self.text, end)) or (
                    words and match.group(2) == "forces" and _ARMY_INSULTS.isdisjoint(words)):
                continue
            s_start, s_end = self.sentence_span(start)
            sentence = self.text[s_start:s_end]
            if not (in_korea or _KOREA_AS_PLACE.search(sentence)) or _WAR_YEARS.search(sentence):
                continue
            inside = [o for o in others if start <= o.start and o.end <= end]
            if not inside or any(o.actor != "united-states" for o in inside) or any(
                    o.kind == "country" and o.actor not in _KOREAS_AND_US
                    and s_start <= o.start < s_end for o in others):
                continue  # (another country in the sentence: "the U.S. troops in Japan")
            others[:] = [o for o in others if o not in inside]
            others.append(Mention(USFK, "organization", start, end, self.text[start:end],
                                  epithets=[*words, *self.predicated_of_body(start, end)]))

    def predicated_of_body(self, start: int, end: int) -> list[str]:
        """The labels predicated of a body named at ``start:end`` ("the U.S. troops are
        the warmongers"), unless a preposition makes it no subject ("the crimes of the
        U.S. troops are ...")."""
        after = _next_word(self.text, end)
        if after not in PREDICATE_VERBS:
            return []
        return self.label_after(end, "organization", after,
                                _after_preposition(self.text, start))

    def defined_acronyms(self, bodies: list[Mention],
                         found: list[Mention] | None = None) -> list[Mention]:
        """Where an article defines an acronym for a body ("the Korean National
        Association (KNA)"), or names a body whose initials it also uses ("the
        Communist Party of Greece ... the CPG"), the acronym stands for the body
        throughout the article. A definition in brackets beats the registry's reading
        of the acronym ("the Communist Party of Cuba (CPC)" is not China's CPC).
        ``found``: mentions already read (with ``bodies``), whose places are taken."""
        defined: dict[str, str] = {}
        renamed: dict[str, str] = {}  # acronyms the registry reads otherwise
        for mention in bodies:
            if mention.kind != "organization":
                continue
            match = _DEFINED_ACRONYM.match(self.text, mention.end)
            explicit = match.group(1) if match else None
            initials = "".join(w[0] for w in _CAPITALISED.findall(mention.text))
            for acronym in (explicit, initials):
                # two letters for a defined acronym, three for initials ("the CPG")
                least = 3 if acronym == initials else 2
                if not (acronym and len(acronym) >= least and acronym in self.text):
                    continue
                if not self.matcher.find_names(acronym):
                    defined.setdefault(acronym, mention.actor)
                elif explicit == initials:
                    # a definition in brackets that spells the whole name beats the
                    # registry (not "the Supreme Command of the Korean People's Army (KPA)")
                    renamed.setdefault(acronym, mention.actor)
        for mention in bodies:
            if mention.kind == "organization" and mention.text in renamed:
                mention.actor = renamed[mention.text]
        taken = {(m.start, m.end) for m in [*bodies, *(found or ())]}
        out: list[Mention] = []
        for acronym, actor_id in defined.items():
            for match in re.finditer(rf"(?<![\w-]){acronym}(?![\w-])", self.text):
                if match.span() not in taken:
                    out.append(Mention(actor_id, "organization", match.start(), match.end(),
                                       acronym, source="acronym"))
        return out

    def north_and_south(self) -> list[Mention]:
        """'the north' and 'the south' (of Korea), as KCNA calls the two Koreas, and
        the north of "anti-north" ("anti-north confrontation"), as of "anti-DPRK", of
        "north-targeted" and of a quoted '"north's'."""
        out: list[Mention] = []
        text = self.text
        if contains_any(text, _ANTI_NORTH_WORDS):
            out.extend(Mention("north-korea", "country", match.start(), match.end(),
                               match.group()) for match in _ANTI_NORTH.finditer(text))
        if not contains_any(text, _NORTH_SOUTH_WORDS):
            return out  # (a substring test is far cheaper than the pattern)
        for match in _NORTH_SOUTH.finditer(text):
            if _IN_THE_REGIONS.search(text, max(0, match.start() - 20), match.start()) or (
                    _MOVED_TO.search(text, max(0, match.start() - 30), match.start())):
                # "compatriots in the north and the south", "divided into the north and
                # the south", "sent back to the north", "defectors from the north": the
                # land, not the state
                continue
            actor_id = "north-korea" if match.group(1) == "north" else "south-korea"
            if actor_id in self.registry.actors:
                out.append(Mention(actor_id, "country", match.start(), match.end(),
                                   match.group()))
        return out

    def place_not_actor(self, hit: Hit, prev: str | None) -> bool:
        """A capital used as a place ("in Seoul"), a dateline, or part of a name."""
        text = self.text
        if _DATELINE.match(text, hit.end):
            return True
        after = _AFTER_CAPITAL.match(text, hit.end)
        if after is None:
            return True  # "the Pyongyang meeting", "Seoul National University"
        if self.among_places(hit):
            return True  # "Ryongsan, Seoul", "Seoul, Pusan, Taegu", "(Seoul)"
        word_after = _next_word(text, hit.end)
        if word_after is not None and word_after.lower() in self.words.people_nouns:
            return True  # "Seoul citizens"
        if prev is None:
            return False
        if prev.lower() in LOCATIVE or prev.lower() in _PLACE_BEFORE:
            return True
        if prev == "of":  # "the suburbs of Oslo", "the University of Abuja"
            at = self.text.rfind("of", 0, hit.start)
            before = word_before(self.text, max(0, at - 30), at)
            return before is not None and before.lower() in self.words.city_nouns
        if prev[0].isupper() and word_before(self.text, max(0, hit.start - 40), hit.start):
            prev_start = self.text.rfind(prev, 0, hit.start)
            return not self.sentence_initial(prev_start)  # "George Washington"
        return False

    def among_places(self, hit: Hit) -> bool:
        """A capital next to a place's name the registry does not know, with a comma
        between ("in Ryongsan, Seoul", "Seoul, Pusan, Taegu and Kwangju"), or in
        brackets ("Ulji University (Seoul)"): a place in a list or an address."""
        text = self.text
        if text[hit.start - 1:hit.start] == "(" and text.startswith(")", hit.end):
            return True
        before = _PLACE_AND_COMMA.search(text, max(0, hit.start - 30), hit.start)
        if before is not None:
            window = text[max(0, before.end(1) - 40):before.end(1)]  # (a name ending there)
            if not any(h.end == len(window) for h in self.matcher.find_names(window)):
                return True
        after = _COMMA_AND_PLACE.match(text, hit.end)
        if after is not None and not self.matcher.find_names(after.group(1)):
            return True
        # the later names of a list after a word of place: "in Pyongyang, Seoul and Tokyo"
        listed = _LIST_BEFORE.search(text, max(0, hit.start - 80), hit.start)
        if listed is None:
            return False
        prev = word_before(text, max(0, listed.start() - 20), listed.start())
        return prev is not None and prev.lower() in LOCATIVE

    def building_as_place(self, hit: Hit, prev: str | None) -> bool:
        """'in Chongwadae', 'the main lobby of Chongwadae': the building, not its
        occupant."""
        at, prev = self._before_article(hit, prev)
        if prev is None:
            return False
        if prev.lower() in LOCATIVE:
            return True
        return prev == "of" and self._of_a_place(at)

    def _before_article(self, hit: Hit, prev: str | None) -> tuple[int, str | None]:
        """Where the name's phrase starts and the word before it, past a "the"."""
        if prev != "the":
            return hit.start, prev
        at = self.text.rfind("the", 0, hit.start)
        return at, word_before(self.text, max(0, at - 30), at)

    def _of_a_place(self, at: int) -> bool:
        """Whether the "of" right before ``at`` follows a part of a building ("the main
        lobby of", "in front of")."""
        at = self.text.rfind("of", 0, at)
        before = word_before(self.text, max(0, at - 30), at)
        return before is not None and before.lower() in self.words.place_nouns

    def its_building(self, hit: Hit, prev: str | None) -> bool:
        """'outside the KBS building', 'in front of the GNP building': a body's name
        naming its building, a place. Not after "of" with no place before it: "the
        history of the WPK building" is the party's building up (KCNA's "Party
        building"). Its "headquarters" only after a word of place ("at the UN
        headquarters"; not "Chongryon headquarters in Kanto", a branch).

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [m.actor for m in annotate("A rally outside the KBS building denounced KBS.",
        ...                            date="2009-01-01").mentions]
        ['korean-broadcasting-system']
        """
        after = _next_word(self.text, hit.end)
        if after in self.words.headquarters:  # "at the UN headquarters"
            at, prev = self._before_article(hit, prev)
            return prev in LOCATIVE or (prev == "of" and self._of_a_place(at))
        if after not in self.words.buildings:
            return False
        at, prev = self._before_article(hit, prev)
        return prev != "of" or self._of_a_place(at)

    def may_end_epithet(self, word: str, pos: int) -> bool:
        """Whether ``word``, right before ``pos``, may end an insult: a cheap test
        before tokenising and walking left ("of" only after "tool")."""
        key = word.lower()
        if key not in self.context.epithet_last_words:
            return False
        allowed = self.context.words_before_last.get(key)
        if allowed is None:
            return True
        at = self.text.rfind(word, 0, pos)
        previous = word_before(self.text, max(0, at - 40), at)
        return previous is None or not previous.isalpha() or previous.lower() in allowed

    def insults_before(self, start: int, actor_id: str) -> tuple[int, list[str]]:
        """Where a country's or body's mention starting at ``start`` starts with the
        insults right before it, and those insults ("the puppet Ministry of ...")."""
        text = self.text
        segs = self.context.walk_left(self.left_tokens(start))
        if any(s.category == "epithet" for s in segs):
            # not an insult another actor's mention took ("the U.S. imperialists
            # Japan ...": not in "the pro-U.S. sycophantic south Korean regime")
            taken = max((m.end for m in [*self.mentions, *self.pending_others]
                         if m.start < start < m.end + 40 and m.actor != actor_id
                         and not text.endswith(_AGAINST_FOR, 0, m.start)), default=0)
            segs = [s for s in segs if s.start >= taken]
        epithet_segs = [s for s in segs if s.category == "epithet"]
        if segs and segs[-1].category == "epithet":
            start = epithet_segs[0].start
        return start, [text[s.start:s.end].lower() for s in epithet_segs]

    def plain(self, hit: Hit, actor_id: str, kind: str, source: str) -> Mention:
        """A country or organisation: no form, but insults on it are kept."""
        text = self.text
        epithets: list[str] = []
        start, end = hit.start, hit.end
        if text.endswith(_AGAINST_FOR, 0, start):
            # "anti-DPRK confrontational fanatic": the insult is somebody else's
            return Mention(actor_id, kind, start, end, text[start:end], source=source)
        before = word_before(text, max(0, start - 40), start)
        if before and self.may_end_epithet(before, start):
            start, epithets = self.insults_before(start, actor_id)
        if not epithets and text.endswith((" of ", " of the "), 0, start):
            epithets = self.insulters_of(start)  # "the warmongers of south Korea"
        if not epithets and before in _EXAMPLE_WORDS and _EXAMPLE_BEFORE.search(
                text, max(0, start - 16), start):
            # "pro-U.S. traitors including the GNP", "imperialists such as the U.S."
            epithets = self.relative_epithets(self.left_tokens(start))
        if not epithets:  # "their lackeys the south Korean conservative forces"
            owned = _OWNED_LABEL_BEFORE.search(text, max(0, start - 40), start)
            if owned is not None:
                word = owned.group(1).lower()
                entry = self.lexicon.epithets.get(word) or self.lexicon.epithets.get(
                    word.removesuffix("s"))
                if entry is not None and entry.kind == "noun":
                    epithets.append(word)
        if source == "demonym" and self.is_insult(hit.surface):
            epithets.append(hit.surface.lower())  # "Yankees, go home!"
        after = _next_word(text, end + 1 if text[end:end + 1] in ('"', "”") else end)
        if after is None and text[end - 1:end] == "." and text[end:end + 1].islower():
            glued = _GLUED_WORD.match(text, end)  # "the U.S.imperialists" (no space, 22 in
            after = glued.group() if glued else None  # KCNA 1997-2018)
        if after is not None:
            after = _without_possessive(after)
        segs = []
        right: list[Token] = []
        if after is not None and after.lower() in self.context.epithet_first_words:
            right = self.right_tokens(end)
            segs = self.context.walk_right(right)
        if segs and segs[0].category == "epithet" and segs[0].first == 0:
            head = text[segs[0].start:segs[0].end].lower()
            if self.personal_insult(head):
                # "the mentally deranged U.S. dotard" is a person, not the U.S.
                return Mention(actor_id, kind, hit.start, hit.end, text[hit.start:hit.end],
                               source=source)
            epithets.append(head)
            end = segs[0].end
            # the insults right after it ("U.S. imperialist warmongers") up to a personal
            # one, somebody else's ("U.S. imperialist dotard")
            for previous, seg in zip(segs, segs[1:], strict=False):
                insult = text[seg.start:seg.end].lower()
                if seg.category != "epithet" or seg.first != previous.last or (
                        self.personal_insult(insult)):
                    break
                if source == "demonym" and " " in insult and self.matcher.body_aliases.get(
                        f"{hit.surface} {text[seg.start:seg.end].split()[0]}"):
                    break  # "the south Korean puppet military gangsters": the army's
                epithets.append(insult)
                end = seg.end
            # "the south Korean puppet army": the body named by the demonym and the noun
            noun = _next_word(text, end) if source == "demonym" else None
            if noun is not None and noun.endswith(("'s", "’s")):
                noun = noun[:-2]  # "the south Korean puppet police's abuses"
            body = self.matcher.body_aliases.get(f"{hit.surface} {noun}") if noun else None
            if body is not None and noun is not None:
                end = text.index(noun, end) + len(noun)
                called = self.plural_insult_after(end)
                if called is not None:  # "the south Korean puppet military warmongers"
                    epithets.append(called[0])
                    end = called[1]
                return Mention(body, "organization", start, end, text[start:end],
                               epithets=epithets, source=source)
            # "south Korean puppet group"
            at = next((i for i, t in enumerate(right) if t.start >= end), None)
            collective = self.context.collective_at(right, at) if at is not None else None
            if at is not None and collective is not None and collective[1]:
                end = right[at + collective[0] - 1].end
                epithets.append(text[right[at].start:end].lower())
            # "the U.S. imperialists, the chieftain of aggression", "the U.S. imperialists
            # are the arch criminals": a label after the insults is the country's too (not
            # in "the abduction by the Japanese imperialists was ...": the abduction was)
            epithets.extend(self.label_after(end, kind, _next_word(text, end),
                                             _after_preposition(text, hit.start), actor_id))
        elif (after is not None and kind == "country"
              and text.find(" of ", end, end + len(after) + 6) != -1
              and self.lexicon.collectives.get(after.lower()) and self.foreign(actor_id)
              and (collective := self.context.collective_at(
                  right := self.right_tokens(end), 0))
              and collective[0] >= 3):
            # "the south Korean group of traitors": the state's rulers as a gang
            end = right[collective[0] - 1].end
            epithets.append(text[hit.end:end].strip().lower())
        elif (after is not None and source == "demonym" and actor_id == "south-korea"
              and self.lexicon.collectives.get(after.lower())
              and _GROUP_ALONE.match(text, end) is not None
              and not text.endswith(("a ", "A "), 0, hit.start)):
            # "the south Korean group should never hope ...": the state's rulers as a gang
            # (not "a south Korean group for peace march"; not another country's, mostly
            # study groups: "the chairman of the Ethiopian group")
            end += 1 + len(after)
            epithets.append(after.lower())
        elif (after is not None and kind == "organization" and self.foreign(actor_id)
              and self.lexicon.collectives.get(after.lower())):
            right = self.right_tokens(end)  # "the GNP group": a party as a gang
            collective = self.context.collective_at(right, 0)
            if collective is not None:
                end = right[collective[0] - 1].end
                epithets.append(text[right[0].start:end].lower())
        else:
            # "the GNP, the worst party of traitors in history", "the U.S. is a rogue
            # state" (not "the U.S. forces in South Korea are aggressors": the forces are,
            # but "the south Korean judicial authorities are a group of ...": the state)
            organ = _STATE_ORGAN_AFTER.match(text, end) if source == "demonym" else None
            label_end = organ.end() if organ is not None else end
            verb = _next_word(text, label_end) if organ is not None else after
            # "in the Philippines are ...": looked up only before a verb (it costs)
            governing = _word_before_noun(text, hit.start) if verb in PREDICATE_VERBS else None
            epithets.extend(self.label_after(label_end, kind, verb, (
                governing is not None and governing.lower() in PREPOSITIONS), actor_id))
        epithets.extend(self.master_label(hit, source, end))
        return Mention(actor_id, kind, start, end, text[start:end], epithets=epithets,
                       source=source)

    def label_after(self, end: int, kind: str, after: str | None,
                    other_subject: bool, actor_id: str | None = None) -> list[str]:
        """The label in an apposition (", the ...") or a predicate ("are ...") right
        after ``end``; ``after``: the word there; ``other_subject``: a predicate is
        another noun's (a preposition stands before the name). With no article the
        apposition counts too ("Japan, stooge of the U.S."), but not after the DPRK
        (``actor_id``; "the hostile policy toward the DPRK, chieftain which ..." is the
        U.S.)."""
        text = self.text
        if _COMMA_ARTICLE.match(text, end):
            return label_phrase(text, self.context, self.right_tokens(end), 1,
                                need_article=True, subject_kind=kind)[0]
        if text.startswith(", ", end) and (
                (word := _next_word(text, end + 1)) is not None
                and word.lower() in self.context.epithet_first_words) and (
                actor_id is None or self.foreign(actor_id)) and (
                tokens := self.right_tokens(end)) and self.noun_insult_at(tokens, 1):
            # "Japan, stooge of the U.S., is ...", "the U.S., chieftain of aggression"
            return label_phrase(text, self.context, tokens, 1, subject_kind=kind)[0]
        if after is None and not other_subject and text.startswith(", ", end):
            aside = _ASIDE.match(text, end)  # "Japan, however, is impudent"
            if aside is not None:
                end = aside.end()
                after = _next_word(text, end)
        if after is None or other_subject:
            return []
        right: list[Token] | None = None
        if after in ACTING_VERBS or after in _AUXILIARIES:
            right = self.right_tokens(end)
            acting = _after_acting_as(right)
            if acting is not None:  # "the UNSC acted as a puppet of the U.S."
                return label_phrase(text, self.context, right, acting, need_article=True,
                                    subject_kind=kind)[0]
        if after not in PREDICATE_VERBS:
            return []
        if right is None:  # (tokenised once: "is" may open "is acting as" too)
            right = self.right_tokens(end)
        verb = next((i for i, t in enumerate(right[:3]) if t.key == after), 0)
        return self.predicate(right, verb + 1, kind)

    def noun_insult_at(self, tokens: list[Token], k: int) -> bool:
        """Whether an insulting noun opens at ``tokens[k]`` ("chieftain of ...", "sworn
        enemy"), not a modifier of the name after it ("imperialist Japan")."""
        segs = self.context.walk_right(tokens, k)
        if not segs or segs[0].category != "epithet" or (
                self.context.epithet_kinds.get(segs[0].key) not in ("noun", "plural")):
            return False
        after = segs[0].last  # not before a name: "the U.S., imperialist Japan and ..."
        return after >= len(tokens) or not self.text[tokens[after].start].isupper()

    def master_label(self, hit: Hit, source: str, end: int) -> list[str]:
        """A country as somebody's master: "the U.S. imperialists, his master", "its
        masters the U.S. and Japan", "his American master". ("master" is no insult
        by itself: the people are "masters of the country".)"""
        text = self.text
        if not contains(text, "master"):
            return []
        owner = word_before(text, max(0, hit.start - 10), hit.start)
        if owner in _OWNERS:  # "his American master", "their U.S. master's policy"
            after = _next_word(text, hit.end)
            if after is not None:
                after = _without_possessive(after)
            if after in ("master", "masters"):
                return [f"{hit.surface.lower()} {after}"]
        if source == "demonym":
            return []
        match = _MASTER_AFTER.match(text, end)
        if match is not None:
            return [match.group(1).lower()]
        match = _MASTER_BEFORE.search(text, max(0, hit.start - 40), hit.start)
        if match is None:  # "their masters U.S. and Japan": the second master as well
            match = _MASTERS_BEFORE_AND.search(text, max(0, hit.start - 60), hit.start)
        return [match.group(1).lower()] if match is not None else []

    def person(self, hit: Hit, actor_id: str, source: str, left: list[Token]) -> None:
        text = self.text
        segs = self.context.walk_left(left)
        epithets: list[str] = []
        title: str | None = None
        start = hit.start
        leftmost = next((i for i, s in enumerate(segs) if s.category in ("title", "epithet")), None)
        if leftmost is not None:
            if leftmost > 0 and segs[leftmost - 1].category == "country":
                leftmost -= 1
            elif leftmost > 1 and segs[leftmost - 1].key in _QUOTE_KEYS and (
                    segs[leftmost - 2].category == "country"):
                leftmost -= 2  # 'South Korean "President" Kim Young Sam'
            start = segs[leftmost].start
            title_start: int | None = None
            title_end = 0
            for index in range(leftmost, len(segs)):
                seg = segs[index]
                if seg.category == "epithet":
                    epithets.append(text[seg.start:seg.end].lower())
                elif seg.category == "title":
                    if _quoted(text, seg):
                        epithets.append(f'"{text[seg.start:seg.end].lower()}"')
                        continue
                    if title_start is None:
                        title_start = seg.start
                        if index > leftmost and segs[index - 1].category == "country":
                            title_start = segs[index - 1].start
                        elif index == leftmost + 1 and segs[leftmost].category == "country":
                            title_start = segs[leftmost].start
                    title_end = seg.end
            if title_start is not None:
                rest = [seg for seg in segs if seg.start >= title_end]
                if rest and rest[-1].category == "country" and all(
                        seg.category in ("country", "filler") for seg in rest):
                    title_end = rest[-1].end  # "Russian Ambassador to the DPRK", "... of Guinea"
                title = text[title_start:title_end]
        rest_left = left[: segs[0].first] if segs else left
        if leftmost is None and rest_left and rest_left[-1].key == ",":
            # "the U.S. Secretary of Defense, William Cohen" (not "X, president of Y, Z")
            before = self.context.walk_left(rest_left[:-1])
            titles = [seg for seg in before if seg.category in ("title", "country")]
            first_index = before[0].first if before else 0
            if titles and before[-1].category == "title" and not self.previous_apposition(
                    rest_left, first_index):
                start_seg = titles[0]
                title = text[start_seg.start:before[-1].end]
                start = start_seg.start
            elif before and all(seg.category in ("epithet", "filler") for seg in before) and (
                    any(seg.category == "epithet" for seg in before)
                    and self.sentence_initial(before[0].start)):
                # "A rabid dog, Trump and his clique will ...": a label opens the sentence
                epithets.extend(text[seg.start:seg.end].lower() for seg in before
                                if seg.category == "epithet")
        if title is None and leftmost is None:
            titled = self.title_of_body(rest_left, hit.start) or self.office_in_list(hit.start)
            if titled is not None:
                start, title = titled
        epithets.extend(self.relative_epithets(rest_left))
        kind = "person"
        end = context_end = hit.end
        appositive: list[str] = []
        appositive_title_of: str | None = None
        # "calling Biden an imbecile", "terming the Park Geun Hye regime an ... regime"
        labelled = bool(rest_left) and (rest_left[-1].key in LABEL_VERBS or (
            len(rest_left) > 1 and rest_left[-1].key == "the"
            and rest_left[-2].key in LABEL_VERBS))
        label_from = 0  # where a label given by such a verb starts in ``right``
        right = (self.right_tokens(hit.end)
                 if labelled or self.right_may_matter(hit.end) else [])
        j = 1 if right and right[0].key == "'s" else 0
        collective = self.context.collective_at(right, j) if j < len(right) else None
        quoted = None if collective is not None else self.quoted_collective(right, j)
        if quoted is not None:
            collective, j = quoted
        before_collective: list[Segment] = []
        if collective is None and j < len(right):
            before_collective = [seg for seg in self.context.walk_right(right, j)]
            if before_collective and all(seg.category == "epithet" for seg in before_collective):
                after_index = before_collective[-1].last
                collective = self.context.collective_at(right, after_index)
                if collective is not None:
                    epithets.extend(text[seg.start:seg.end].lower() for seg in before_collective)
                    j = after_index
        if collective is not None:
            n, derogatory = collective
            kind = "government"
            end = context_end = right[j + n - 1].end
            label_from = j + n
            if derogatory:
                epithets.append(text[right[j].start:end].lower().replace('."', '"'))
            after = j + n  # "the Abe group, anti-DPRK confrontation fanatics", "... is that of"
            if after + 1 < len(right) and right[after].key == ",":
                found, _, stop = self.apposition(right[after:])
                epithets.extend(found)
                if found:
                    context_end = max(context_end, stop)
            elif after + 1 < len(right) and right[after].key in PREDICATE_VERBS:
                epithets.extend(self.predicate(right, after + 1, kind))
        elif j == 0 and right and right[0].key == ",":
            found, appositive_title, stop = self.apposition(right)
            appositive = found
            epithets.extend(found)
            if title is None and not found:
                title = appositive_title
                appositive_title_of = appositive_title
            context_end = max(context_end, stop)
            epithets.extend(self.predicate_after(right, stop))
        elif right and right[0].key in PREDICATE_VERBS:
            epithets.extend(self.predicate(right, 1))
        elif (acting := _after_acting_as(right)) is not None:
            epithets.extend(self.predicate(right, acting))  # "Bush acted as a war maniac"
        elif right and right[0].key == "as" and rest_left and rest_left[-1].key in REGARD_VERBS:
            epithets.extend(self.predicate(right, 1))  # "considered Cheney as a lunatic"
        if labelled and label_from < len(right):
            k = label_from + (right[label_from].key in (",", "as"))  # "branded Yun as an eunuch"
            epithets.extend(self.predicate(right, k, kind))
        if kind == "person" and j == 0 and all(seg.category != "country" for seg in segs):
            before_of = self.collective_before_of(rest_left)
            if before_of is not None:  # "the tyrannical regime of Lee Myung Bak"
                kind = "government"
                start, found = before_of
                epithets[:0] = found
        if (not title and not epithets and kind == "person" and text.startswith(", ", end)
                and not self.registry.actors[actor_id].roles):
            # an office the title lexicon lacks, in apposition ("Yon Hyong Muk, member
            # of the NDC"), read as people.py reads it for people outside the registry;
            # only for people the registry gives no role (officials added for their
            # name: the leaders' appositions are praise, "Kim Jong Il, great commander")
            office = office_after(text, end)
            if office is not None and office[0].split()[0].lower() in _APPOSITION_OPENERS:
                title, stop = office
                context_end = max(context_end, stop)
        form = "epithet" if epithets else ("title" if title else "name")
        if source == "lower" and form == "name" and kind == "person":
            return  # 'bush' alone may be a shrub; 'bush administration' is not
        mention = Mention(actor_id, kind, start, end, text[start:end], form=form, title=title,
                          epithets=_dedupe(epithets), source=source,
                          context_end=max(context_end, end))
        self.mentions.append(mention)
        self.covered.append((start, mention.context_end))
        if appositive:
            self.appositive[id(mention)] = appositive
        if appositive_title_of:
            self.appositive_titles[id(mention)] = appositive_title_of

    def collective_before_of(self, left: list[Token]) -> tuple[int, list[str]] | None:
        """'the regime of', 'the traitorous group of' right before a name: where the
        government mention starts and its insults, or None.

        The collectives are those marked ``before_of`` in collectives.toml; the
        insults are the epithets before the collective and a derogatory collective
        itself ("traitorous", "group").
        """
        if len(left) < 2 or left[-1].key != "of":
            return None
        noun = left[-2].key
        if (noun not in self.lexicon.collectives_before_of
                or not self.text[left[-2].start].islower()):
            return None  # "the Hyundai Business Group of": a name
        segs = self.context.walk_left(left[:-2])
        insults = []
        start = left[-2].start
        for seg in reversed(segs):
            if seg.category != "epithet":
                break
            insults.append(self.text[seg.start:seg.end].lower())
            start = seg.start
        insults.reverse()
        if self.lexicon.collectives[noun]:
            insults.append(noun)
        return start, insults

    def drop_names_inside_names(self) -> None:
        """'a notorious "Hitler Lee"': a name inside another person's mention is that
        person's insult (kept there), not a mention of its own."""
        people = [m for m in self.mentions if m.kind == "person"]
        if len(people) < 2:
            return
        inside = {id(m) for m in people for o in people
                  if o is not m and o.actor != m.actor and o.start <= m.start
                  and m.end <= o.end and o.end - o.start > m.end - m.start}
        if inside:
            self.mentions = [m for m in self.mentions if id(m) not in inside]

    def remember_name_parts(self, hit: Hit, actor_id: str) -> None:
        """After "Kim Young Sam" or "Ri Hoi Chang" (a Korean name: surname first), the
        surname alone and the two given names alone may stand for the person."""
        words = hit.surface.split()
        if len(words) != 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
            return
        for part in (words[0], f"{words[1]} {words[2]}"):
            self.name_parts.setdefault(part, []).append((hit.start, actor_id))

    def names_alone(self) -> None:
        """'Kim is the most vicious fascist', 'Han, his face looking like a mole': a
        south Korean's surname (or given names) alone, after the full name in the
        article, when no other south Korean named so far shares it."""
        if not self.name_parts:
            return
        text = self.text
        parts = sorted(self.name_parts, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, parts)) + r")\b")
        first = min(pos for named in self.name_parts.values() for pos, _ in named)
        for match in pattern.finditer(text, first):
            start, end = match.span()
            actors = {a for pos, a in self.name_parts[match.group()] if pos < start}
            if len(actors) != 1 or self.is_covered(start, end):
                continue
            actor_id = actors.pop()
            hit = Hit(start, end, match.group(), ((actor_id, "short"),))
            prev = self.prev_word(start)
            if self.longer_name(hit, "short") or self.is_namesake(hit) or (
                    prev is not None and prev[:1].isupper()
                    and not self.sentence_initial(text.rfind(prev, 0, start))
                    and self.context.table.get((prev.lower(),)) != "title"):
                continue  # "Kim" of "Kim Song Min", "Hyundai Asan Kim": somebody else
            self.person(hit, actor_id, "short", self.left_tokens(start))

    def quoted_collective(self, right: list[Token], j: int
                          ) -> tuple[tuple[int, bool], int] | None:
        """'Park Geun Hye's "government"': a collective in scare quotes is derisive.
        Returns ((tokens used, derogatory), first token) with the quotes included."""
        if j >= len(right) or right[j].key != '"':
            return None
        found = self.context.collective_at(right, j + 1)
        if found is None:
            return None
        n = found[0]
        close = j + 1 + n
        if close < len(right) and right[close].key == "." and close + 1 < len(right):
            close += 1  # ('"government."' ending a sentence)
        if close >= len(right) or right[close].key != '"':
            return None
        return (close - j + 1, True), j

    def office_in_list(self, start: int) -> tuple[int, str] | None:
        """An office right before a name in a list ("..., secretary of the Workers'
        Party of Korea Central Committee Kim Jung Rin, ..."), naming nobody else."""
        found = office_before(self.text, start)
        if found is None or self.is_covered(found[0], start):
            return None  # "President Kim Il Sung and HE Kim Jong Il"
        return found

    def previous_apposition(self, left: list[Token], first: int) -> bool:
        """Whether the title starting at ``left[first]`` follows "Name," (lower-case
        words between): in "A, first vice-minister of X, B" it is A's, not B's."""
        j = first - 1
        while j > 0 and first - j <= 3 and self.text[left[j].start].islower():
            j -= 1
        if not (j > 0 and left[j].key == ","):
            return False
        # the word before the comma as written, whole: "N'hamadjo" is three tokens
        word_start = left[j - 1].start
        while word_start > 0 and not self.text[word_start - 1].isspace():
            word_start -= 1
        while word_start < left[j].start and not self.text[word_start].isalnum():  # a quote
            word_start += 1
        return self.text[word_start:word_start + 1].isupper()

    def title_of_body(self, left: list[Token], name_start: int) -> tuple[int, str] | None:
        """'Department Director of the WPK Central Committee Kim Yang Gon': a title,
        then "of" and the name of a body in capitals, right before the name.

        Korean names listed between, each before a comma ("secretaries of the WPK
        Central Committee Kim Kuk Thae, Kim Ki Nam"), hold the title: the first of them
        is titled so (a person outside the registry found here, where no name of the
        registry stands), the others too where it is plural, this one among them (then
        its span is the name alone, ``name_start``)."""
        i = len(left)
        listed: list[tuple[int, int]] = []  # token ranges of the names listed between
        while i > 0 and i > len(left) - 24:
            token = left[i - 1]
            word = self.text[token.start:token.end]
            if token.key == "of":
                first = self.context.title_run_start(self.context.walk_left(left[:i - 1]))
                body_end = listed[-1][0] if listed else len(left)
                if first is None or i >= body_end or (not listed and (
                        left[-1].key == "," and self.previous_apposition(left, bisect.bisect_left(
                            [t.start for t in left], first.start)))):
                    return None
                title = self.text[first.start:left[body_end - 1].end]
                if not listed:
                    return first.start, title
                title = title.rstrip(", ")  # (the comma before the first name listed)
                self.titled_in_list(left, listed, title, first.start)
                return (name_start, title) if plural_title(title) else None
            if token.key == "," and (not listed or listed[-1][0] == i):
                size = self.korean_name_before(left, i - 1)
                if size:
                    listed.append((i - 1 - size, i - 1))
                    i -= 1 + size
                    continue
            if not (word[:1].isupper() or token.key in ("the", ",", ".", "'s", "-")):
                return None
            i -= 1
        return None

    def titled_in_list(self, left: list[Token], listed: list[tuple[int, int]], title: str,
                       title_start: int) -> None:
        """Persons outside the registry for the Korean names listed after a title (the
        first spanned from the title), unless a name of the registry stands there."""
        plural = plural_title(title)
        for index, (lo, hi) in enumerate(reversed(listed)):
            if index and not plural:
                break
            start, end = left[lo].start, left[hi - 1].end
            name = self.text[start:end]
            if self.is_covered(start, end) or self.known_name(name):
                continue
            span_start = title_start if index == 0 else start
            self.mentions.append(Mention(
                slug(name), "person", span_start, end, self.text[span_start:end],
                form="title", title=title, source="unregistered", context_end=end))
            self.covered.append((span_start, end))

    def korean_name_before(self, left: list[Token], comma: int) -> int:
        """How many tokens before ``left[comma]`` make a Korean name ("Kim Kuk Thae": a
        surname and one or two capitalised syllables), else 0."""
        for size in (3, 2):
            first = comma - size
            if first < 0:
                continue
            words = [self.text[t.start:t.end] for t in left[first:comma]]
            if words[0] in self.context.korean_surnames and all(
                    w[:1].isupper() and (w[1:].islower() or len(w) == 1) and w.isalpha()
                    for w in words):  # ("O Il Jong": a one-letter surname)
                return size
        return 0

    def right_may_matter(self, pos: int) -> bool:
        """Cheap test before tokenising what follows a name: a comma, a possessive, or a
        word that may open a collective, an epithet or a predicate."""
        match = _RIGHT_START.match(self.text, pos)
        if match is None:
            return False
        if match.group(2) is None:
            return True
        word = match.group(2).lower()
        return (word in self.context.right_openers or word in PREDICATE_VERBS
                or word == "as")

    def relative_epithets(self, left: list[Token]) -> list[str]:
        """'rabid dogs like X', 'traitors such as X', 'warmongers including X',
        'such maniacs as X'."""
        if left and left[-1].key == "the":
            left = left[:-1]  # "such hooligans as the Bush group"
        if not left:
            return []
        if left[-1].key in ("like", "including"):
            head = left[:-1]
        elif len(left) >= 2 and left[-1].key == "as" and left[-2].key == "such":
            head = left[:-2]
        elif left[-1].key == "as":
            such = next((i for i in range(len(left) - 2, max(len(left) - 8, 0) - 1, -1)
                         if left[i].key == "such"), None)
            if such is None:
                return []
            segs = epithet_run(self.context, left[:-1], such + 1)
            last = len(left) - 1
            if segs and segs[-1].last == last - 1 and (
                    left[last - 1].key in self.lexicon.collectives
                    or left[last - 1].key in PERSON_HEADS):
                last -= 1  # "such a corrupt and despicable regime as"
            if not segs or segs[-1].last != last:
                return []  # "such" ... "as" must hold insults only
            return [self.text[s.start:s.end].lower() for s in segs if s.category == "epithet"]
        else:
            return []
        if head and head[-1].key == ",":
            head = head[:-1]
        segs = self.context.walk_left(head)
        return [self.text[s.start:s.end].lower() for s in segs if s.category == "epithet"]

    def apposition(self, right: list[Token]) -> tuple[list[str], str | None, int]:
        """After 'Name,': epithets ('a mentally deranged dotard') or a title."""
        labels, label_end = label_phrase(self.text, self.context, right, 1)
        if labels:
            return labels, None, label_end
        segs = self.context.walk_right(right, 1)
        epithets = [self.text[s.start:s.end].lower() for s in segs if s.category == "epithet"]
        if epithets:
            return epithets, None, segs[-1].end
        meaningful = [s for s in segs if s.category != "filler"]
        if meaningful and meaningful[0].category in ("title", "country"):
            last = segs[-1].last
            if last < len(right) and self.person_named_at(right[last].start):
                # "Thaksin Shinawatra, Indian Prime Minister Manmohan Singh": the next
                # person's title
                return [], None, right[0].end
            stop_index = last
            while stop_index < len(right) and stop_index - last < 30:
                if self.ends_title(right[stop_index]):
                    break  # "head of the department visited the DPRK": the title ends
                stop_index += 1
            if (last < stop_index < len(right) and right[stop_index - 1].key not in _LIST_JOINTS
                    and self.text[right[stop_index].start].isupper()
                    and self.person_named_at(right[stop_index].start)):
                of_at = self.of_titled_person(right, stop_index)
                if of_at is None:
                    # "minister of foreign trade Ri Kwang Gun, vice-chairwoman of the ...
                    # Committee Hong Son Ok": the title runs into the next person's name
                    return [], None, right[0].end
                stop_index = of_at  # "special envoy of U.S. President Clinton": ours
            if stop_index + 1 < len(right) and right[stop_index].key == ",":
                closing = self.closing_body(right, stop_index + 1)
                if closing is not None:  # "department directors of the C.C., (the) WPK"
                    stop_index = closing
            if any(s.category == "title" for s in meaningful):
                first = meaningful[0].start
                end = right[stop_index - 1].end
                if stop_index == len(right) and stop_index - last < 30:
                    end = self.title_end_beyond(end)
                return [], self.text[first:end], self.joined_titles_end(end)
        return [], None, right[0].end

    def of_titled_person(self, right: list[Token], name_index: int) -> int | None:
        """Where the "of" or "to" stands when a titled person after it closes an office
        in apposition ("special envoy of U.S. President Clinton", "adviser to President
        Moon"): the office is the first person's, the second is its object.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.form) for m in annotate("William Perry, special envoy of U.S. "
        ...     "President Clinton, arrived.", date="1999-05-01").mentions]
        [('william-perry', 'title'), ('bill-clinton', 'title')]
        """
        j = name_index  # (where the next name is read may be its title: "President")
        titled = False
        while j > 0 and self.text[right[j].start].isupper():
            titled = titled or self.context.table.get((right[j].key,)) == "title"
            j -= 1
        return j if titled and right[j].key in ("of", "to") else None

    def ends_title(self, token: Token) -> bool:
        """Whether a title in apposition ends before this token: a stop word, a verb, or
        the next person's name ("director of the department, KPA Generals Hyon Chol Hae
        and ...")."""
        key = token.key
        first = self.text[token.start]
        return key in _TITLE_STOPS or key in VERBS or (
            key.endswith("ed") and key not in self.context.title_first_words
            and first.islower()) or (first.isupper() and self.person_named_at(token.start))

    def person_named_at(self, pos: int) -> bool:
        """Whether a person's name starts at ``pos`` (not a country: "president of
        Equatorial Guinea,")."""
        name = name_at(self.text, pos)
        return name is not None and self.context.table.get(
            tuple(phrase_key(name))) != "country"

    def title_end_beyond(self, end: int) -> int:
        """Where a title in apposition that runs past the window ends ("president of
        the State Affairs of the Democratic People's Republic of Korea")."""
        for token in self.right_tokens(end):
            key = token.key
            if self.ends_title(token) or not (
                    key.replace("-", "").isalnum() or key in _TITLE_PUNCTUATION):
                break
            end = token.end
        return end

    def joined_titles_end(self, end: int) -> int:
        """Where a list of titles in apposition ends: "Kim Jong Un, chairman of the WPK,
        chairman of the State Affairs Commission of the DPRK and supreme commander of
        the Korean People's Army" (the bodies in it are part of the titles)."""
        _, s_end = self.sentence_span(max(end - 1, 0))
        tokens = tokenize(self.text, end, min(s_end, end + 400))
        i = 0
        while i + 1 < len(tokens) and tokens[i].key in (",", "and"):
            closing = self.closing_body(tokens, i + 1)
            if closing is not None:  # "department directors of the C.C., (the) WPK"
                end, i = tokens[closing - 1].end, closing
                continue
            i += 2 if tokens[i + 1].key == "and" else 1
            segs = self.context.walk_right(tokens, i)
            meaningful = [s for s in segs if s.category != "filler"]
            if not meaningful or meaningful[0].category != "title":
                break
            i = segs[-1].last
            while i < len(tokens) and tokens[i].key not in _TITLE_LIST_STOPS:
                i += 1
            end = tokens[i - 1].end
        return end

    def bodies_after_titled_names(self, others: list[Mention]) -> None:
        """'Chairman Ri Hoe Chang of the "New Korea Party"', 'Honorary Chairman Jong Ju
        Yong of the Hyundai Business Group of South Korea': the body (and its country)
        after a titled name is part of the title, not a mention of its own."""
        starts = {m.start: m for m in others}
        for person in self.mentions:
            if person.kind != "person" or not person.title or not person.text.startswith(
                    person.title):
                continue  # no title before the name
            match = _OF_BODY.match(self.text, person.end)
            if match is None:
                continue
            # "President Kim Yong Nam of the presidium of the SPA": a body inside the body
            inner = _OF_INNER_BODY.match(self.text, match.end())
            if inner is not None:
                match = inner
            body = starts.get(match.end())
            end = body.end if body is not None and body.kind in (
                "organization", "country") else None
            if end is None:  # a body outside the registry, in capitals
                named = _CAPITALISED_RUN.match(self.text, match.end())
                end = named.end() if named is not None else None
            of_country = _OF_BODY.match(self.text, end) if end is not None else None
            country = starts.get(of_country.end()) if of_country is not None else None
            if country is not None and country.kind == "country":
                end = country.end
            if end is not None and (body is not None or country is not None):
                person.context_end = max(person.context_end, end)
                self.covered.append((person.start, end))

    def closing_body(self, tokens: list[Token], i: int) -> int | None:
        """If a body's acronym or registered name closes a title from ``tokens[i]`` on
        ("secretary of the C.C., WPK,", "... of the C.C., the Workers' Party of Korea,",
        "... of the C.C., Lao People's Revolutionary Party,"): the index after it."""
        word = self.text[tokens[i].start:tokens[i].end]
        if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
            after = i + 1
        else:
            if tokens[i].key == "the" and i + 1 < len(tokens):
                i += 1
            end = self.body_starts.get(tokens[i].start)
            if end is None:
                return None
            after = next((k for k in range(i, len(tokens)) if tokens[k].start >= end),
                         len(tokens))
        # (then the end, or the next of a list of titles: "... (Marxist-Leninist) and
        # former deputy prime minister of Nepal")
        return after if after >= len(tokens) or tokens[after].key in (
            ",", ".", ";", "and") else None

    def predicate_after(self, right: list[Token], stop: int) -> list[str]:
        """'Obama, its boss, is just a puppet', 'Park Chung-hee, too, was a traitor': a
        predicate after a closed apposition or an aside, or a second apposition."""
        i = next((k for k, t in enumerate(right) if t.start >= stop), len(right))
        if i + 2 < len(right) and right[i].key in ASIDES and right[i + 1].key == ",":
            i += 1
        if i + 1 < len(right) and right[i].key == "," and right[i + 1].key in PREDICATE_VERBS:
            return self.predicate(right, i + 2)
        if i + 1 < len(right) and right[i].key == "," and right[i + 1].key in ARTICLES:
            # a second apposition: "Han Min Gu, puppet minister of National Defense, a
            # belligerent element who ..."
            return label_phrase(self.text, self.context, right, i + 1, need_article=True)[0]
        return []

    def predicate(self, right: list[Token], begin: int, kind: str = "person") -> list[str]:
        """Epithets predicated of the name: 'is a dotard', 'is nothing but a lunatic' (of
        a government also 'an ultra-right dictatorial regime'), also past an aside right
        after the verb: 'is, indeed, a traitor' (labels.PREDICATE_ASIDE)."""
        if 0 < begin < len(right) and (
                aside := _PREDICATE_ASIDE.match(self.text, right[begin - 1].end)):
            begin = next((i for i in range(begin, len(right))
                          if right[i].start >= aside.end()), begin)
        return label_phrase(self.text, self.context, right, begin, subject_kind=kind)[0]

    def role(self, hit: Hit, roles: list[str]) -> None:
        text = self.text
        left = self.left_tokens(hit.start)
        segs = self.context.walk_left(left)
        if any(s.key[0] in NOT_CURRENT for s in segs):
            return
        determiner = [s for s in segs if s.category == "filler" and s.key[0] in DETERMINERS]
        if not determiner:
            return
        after = _next_word(text, hit.end)
        if after is not None and after[:1].isupper() and self._name_follows(hit.end):
            return
        if after == "of" and self.office_of_another(hit.end, roles):
            return
        actor_id = self.titled_before(hit, determiner[-1].end)
        for role in roles if actor_id is None else []:
            holders = self.registry.holders(role, self.doc.date)
            if holders:
                actor_id = holders[0]
                break
        if actor_id is None:
            return
        start = determiner[-1].start  # "that the U.S. ambassador": from "the"
        epithets = [text[s.start:s.end].lower() for s in segs
                    if s.category == "epithet" and s.start >= start]
        inner = self.context.walk_right(tokenize(text, hit.start, hit.end))
        epithets += [text[s.start:s.end].lower() for s in inner if s.category == "epithet"]
        mention = Mention(actor_id, "person", start, hit.end, text[start:hit.end],
                          form="epithet" if epithets else "role", epithets=_dedupe(epithets),
                          source="role", context_end=hit.end)
        self.mentions.append(mention)
        self.covered.append((start, hit.end))

    def office_of_another(self, end: int, roles: list[str]) -> bool:
        """Whether the "of ..." after an office phrase names another country's body or
        country ("the general secretary of the central committee of the Communist Party
        of Malta" is not the WPK's)."""
        stop = _CLAUSE_END.search(self.text, end, end + 120)
        stop_at = stop.start() if stop else end + 120
        own = {self.registry.roles[r].country for r in roles}
        not_another = {None, *own}
        # the names read there already: bodies (one outside the registry is no organ of
        # the role's state, which the registry holds) and countries, also inside names
        return any(end <= m.start < stop_at and (
            self.registry.country_of(m.actor) not in not_another or (
                m.source == "unregistered" and m.kind == "organization"))
                   for m in [*self.pending_others, *self.doc.event_countries, *self.mentions])

    def titled_before(self, hit: Hit, phrase_start: int) -> str | None:
        """The person the article titled with this role phrase before ("general
        secretary Aleka Papariga of the CPG ... The general secretary said"): the
        phrase (from ``phrase_start``, after its determiner) refers back to them
        rather than to the role's holder of the day."""
        phrase = " ".join(self.text[phrase_start:hit.end].lower().split())
        for mention in reversed(self.mentions):
            if mention.start >= hit.start or mention.kind != "person":
                continue
            if mention.form == "role" and phrase in mention.text.lower():
                return mention.actor  # the same phrase before: the same person
            if mention.title and phrase in mention.title.lower() and (word_before(
                    self.text, max(0, mention.start - 20), mention.start) or "").lower() not in (
                        NOT_CURRENT):
                return mention.actor  # (not "former Chief Cabinet Secretary Yohei Kono")
        return None

    def office(self, hit: Hit, offices: list[str]) -> None:
        """'the Japanese prime minister, the chief Cabinet secretary, the foreign
        minister': an office without its country is that of the country the sentence
        (or the one before) last named, when the registry knows the office there."""
        if _next_word(self.text, hit.end) == "of":
            return  # "the foreign minister of Laos"
        country = self.country_before(hit.start)
        roles = [r for r in offices if self.registry.roles[r].country == country]
        if roles:
            self.role(hit, roles)

    def country_before(self, pos: int) -> str | None:
        """The country of the actor named last before ``pos`` in its sentence or the one
        before, of those whose country the registry knows (not "the south Korean paper
        Media Today", a paper outside it, but the "south Korean" before it)."""
        index = self.sentence_of(pos)
        lo = self.starts[index - 1] if index > 0 else 0
        before = [m for m in [*self.mentions, *self.pending_others, *self.doc.event_countries]
                  if lo <= m.start < pos and m.source != "nameless"
                  and m.actor in self.registry.actors]
        if not before:
            return None
        return self.registry.country_of(max(before, key=lambda m: m.start).actor)

    def org_by_country(self, hit: Hit, candidates: list[str], country: str | None = None
                       ) -> str | None:
        """'the U.S. House and Senate', 'Senator Kerry of the Democratic Party': a body's
        short name is the one of the country named last, when only one is; or of
        ``country``, the one an insult right before it names (KCNA's "puppet" bodies,
        "the puppet Supreme Court", are south Korea's: ``country`` in the lexicon)."""
        country = country or self.country_before(hit.start)
        if country is None:
            return None
        found = [a for a in candidates if self.registry.actors[a].country == country]
        return found[0] if len(found) == 1 else None

    def _name_follows(self, pos: int) -> bool:
        return any(m.start >= pos and m.start - pos <= 2 for m in self.mentions)

    def nameless(self, hit: Hit) -> None:
        """'the dotard', 'the mentally deranged U.S. dotard': an insult standing for a person.

        Only strongly personal insults (weight <= ``NAMELESS_WEIGHT``) standing as a
        noun phrase of their own count, and only when the nearest actor named before
        them is a person (an insult after "the U.S." is about the U.S.).
        """
        text = self.text
        epithet = self.lexicon.epithets.get(hit.surface.lower())
        if epithet is None or text.startswith("-", hit.end):
            return  # (not "the gangster-like Japanese imperialists": a modifier)
        milder = epithet.weight > NAMELESS_WEIGHT
        if milder and hit.surface.lower() not in MARKED_PERSONS:
            return
        left = self.left_tokens(hit.start)
        segs = self.context.walk_left(left)
        determiner = [s for s in segs if s.category == "filler" and s.key[0] in DETERMINERS]
        if not determiner and not milder:
            # "the rhetoric of a psychopath", "hysteria kicked up by an idiot": after "of"
            # and "by" a strong insult with "a" is somebody, the article's target
            determiner = [s for s in segs if s.category == "filler" and s.key[0] in ("a", "an")
                          and word_before(text, max(0, s.start - 5), s.start) in ("of", "by")
                          and word_before(text, max(0, s.start - 20), s.start - 3)
                          not in self.words.kin_before_of]
        if not determiner:
            return
        if milder and determiner[-1].key[0] == "the" and not any(
                s.category == "epithet" for s in segs if s.start > determiner[-1].start):
            return  # "this guy", "the wicked guy"; not a plain "the guy"
        after = _next_word(text, hit.end)
        if after is not None and (after[:1].isupper() or self._modifies(after)):
            return  # "the imperialist reactionary forces": a modifier, not a noun phrase
        if after in ("and", "or") and self._modifies_after_pair(hit.end + 1 + len(after)):
            return  # "the flunkeyist and treacherous acts": two modifiers of one noun
        if after in ("like", "such", "including", "namely", "as") and (
                self._example_named_after(hit.end)):
            return  # "a dotard like Trump": the insult is the name's (given there)
        start = determiner[-1].start
        # "the ... U.S. dotard": not the U.S. inside; "the Bush administration which
        # includes ... that guy": a guy is no government
        # (a country's leader only for an insult of a person's mind: not "the U.S., the
        # kingpin of ...", "the arch criminal", which label the country)
        target = self.target_before(start, person_only=milder, leader=(
            hit.surface.lower() in self.words.mind_insults))
        if target is None and any(s.category == "epithet" and s.key == ("puppet",)
                                  for s in segs if s.start >= determiner[-1].start):
            target = self.puppet_ruler(start)  # "the puppet traitor"
        if target is None:
            return
        epithets = [text[s.start:s.end].lower() for s in segs
                    if s.category == "epithet" and s.start >= start]
        epithets.append(text[hit.start:hit.end].lower())
        if self.predicated(target, start, epithets):
            return
        mention = Mention(target, "person", start, hit.end, text[start:hit.end], form="epithet",
                          epithets=_dedupe(epithets), inferred=True, source="nameless",
                          context_end=hit.end)
        self.mentions.append(mention)
        self.covered.append((start, hit.end))

    def _example_named_after(self, end: int) -> bool:
        """Whether a name follows an insult ending at ``end`` as its example: "a dotard
        like Trump", "such a traitor as Lee Myung Bak"."""
        match = _EXAMPLES_AFTER.match(self.text, end)
        if match is None:
            match = _AS_AFTER.match(self.text, end)
        if match is None:
            return False
        return any(m.start == match.end() or (m.start == match.end() + 4 and self.text.startswith(
            "the ", match.end())) for m in [*self.mentions, *self.pending_others]
            if m.source != "nameless")

    def predicated(self, target: str, start: int, epithets: list[str]) -> bool:
        """Whether a nameless insult at ``start`` is predicated of the person named right
        before it, who carries it already: "Lee Myung Bak is the worst traitor" is one
        mention of Lee, not a second, inferred one."""
        verb_at = start
        if self.text.endswith(", ", 0, start):  # "Lee is, indeed, the worst traitor"
            aside = _PREDICATE_ASIDE_BEFORE.search(self.text, max(0, start - 30), start)
            verb_at = aside.start() if aside is not None else start
        if word_before(self.text, max(0, verb_at - 12), verb_at) not in PREDICATE_VERBS:
            return False
        s_start, _ = self.sentence_span(start)
        named = [m for m in self.mentions if m.actor == target and s_start <= m.start < start]
        return bool(named) and all(
            any(e in own or own in e for own in named[-1].epithets) for e in epithets)

    def _modifies_after_pair(self, pos: int) -> bool:
        """Whether the insult at ``pos`` (after "and") and the noun behind it make the
        insult before "and" a modifier too: "... and treacherous acts"."""
        second = _next_word(self.text, pos)
        if second is None or second.lower() not in self.context.epithet_first_words:
            return False
        noun = _next_word(self.text, pos + 1 + len(second))
        return noun is not None and noun.lower() in self.words.head_nouns

    def _modifies(self, word: str) -> bool:
        """Whether an insult followed by ``word`` is a modifier of another noun."""
        key = word.lower().rstrip("'’")
        return (key in self.context.epithet_first_words or key in self.lexicon.collectives
                or key in self.words.head_nouns)

    def followers(self) -> None:
        """'Lee Myung Bak and his group': a derogatory collective behind a possessive
        stands for the person's government; a south Korean ruler's military one ('Yoon
        Suk Yeol and his military gangsters') for south Korea's army, as "the puppet
        military warmongers" are."""
        text = self.text
        for match in _POSSESSIVE_GROUP.finditer(text):
            after = _next_word(text, match.end(1) - 1)
            if after is None or (after.lower() not in self.lexicon.collectives
                                 and after.lower() not in self.context.epithet_first_words):
                continue
            tokens = tokenize(text, match.end(1), min(len(text), match.end(1) + 60))
            segs = self.context.walk_right(tokens)
            # "his lackeys the Japanese reactionaries": an article after an insult opens
            # another phrase, about somebody else
            cut = next((i for i, seg in enumerate(segs) if i and seg.key in _ARTICLE_KEYS
                        and segs[i - 1].category == "epithet"), None)
            segs = segs[:cut]
            while segs and segs[-1].category == "filler":
                segs.pop()  # "his military gangsters' moves": the quote is no part of it
            k = segs[-1].last if segs else 0
            collective = self.context.collective_at(tokens, k)
            if collective is None and segs and self.context.epithet_kinds.get(
                    segs[-1].key) == "plural":
                last = segs[-1]  # "his military gangsters": a plural insult as the head
                collective, k = (last.last - last.first, True), last.first
                segs = segs[:-1]
            if collective is None:
                continue
            n, derogatory = collective
            if not (derogatory or any(seg.category == "epithet" for seg in segs)):
                continue
            sentence_start, _ = self.sentence_span(match.start())
            owners = [m for m in self.mentions if m.kind in ("person", "government")
                      and sentence_start <= m.start < match.start()
                      and m.source != "nameless"]
            if owners:
                owner = max(owners, key=lambda m: m.start).actor
                owner_id: str | None = owner
                if not self.foreign(owner):
                    continue
            else:  # "the true colours of his group": the person the article is about
                owner_id = self.target_before(match.start())
            end = tokens[k + n - 1].end
            if owner_id is None or _EXAMPLES_AFTER.match(text, end) or any(
                    m.kind == "person" and m.start <= end + 2 and m.end > end
                    for m in self.mentions):
                # "his stooges like Japan and south Korea", "his lackeys Kim Kwan Jin and
                # Jong Sung Jo": others, named
                continue
            epithets = [text[seg.start:seg.end].lower() for seg in segs
                        if seg.category == "epithet"]
            epithets.append(text[tokens[k].start:end].lower())
            if (_ARMY_OF_SOUTH_KOREA in self.registry.actors
                    and " military " in f" {text[match.end(1):end].lower()} "
                    and self.registry.country_of(owner_id) == "south-korea"):
                mention = Mention(_ARMY_OF_SOUTH_KOREA, "organization", match.start(), end,
                                  text[match.start():end], epithets=_dedupe(epithets),
                                  source="nameless", context_end=end)
            else:
                mention = Mention(owner_id, "government", match.start(), end,
                                  text[match.start():end], form="epithet",
                                  epithets=_dedupe(epithets), inferred=True,
                                  source="nameless", context_end=end)
            self.mentions.append(mention)
            self.covered.append((match.start(), end))

    def military_gangs(self) -> None:
        """'the south Korean regime and military ruffians', 'the military gangsters':
        "military" and a plural insult with no name, where the actor named last before
        it is south Korea's, are south Korea's army, as "the puppet military warmongers"
        are (not "the military warmongers of ...", nor before examples: "military
        warmongers including Kim Kwan Jin").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.text) for m in annotate("South Korea staged drills. The military "
        ...  "gangsters fired.", date="2014-05-23").mentions]
        [('south-korea', 'South Korea'), ('sk-armed-forces', 'The military gangsters')]
        """
        if _ARMY_OF_SOUTH_KOREA not in self.registry.actors or not contains(
                self.text, "military"):
            return
        text = self.text
        for match in _MILITARY_GANG.finditer(text):
            at = match.start()
            if text.endswith(("the ", "The "), 0, at) and not text[at - 5:at - 4].isalnum():
                start = at - 4
            elif text.endswith(" and ", 0, at):
                start = at
            else:
                continue
            end = match.end()
            if match.group(1) not in _ARMY_GANGS or self.is_covered(start, end) or (
                    text.startswith(" of ", end) or _EXAMPLES_AFTER.match(text, end)
                    or self.country_before(start) != "south-korea"):
                continue
            self.mentions.append(Mention(
                _ARMY_OF_SOUTH_KOREA, "organization", start, end, text[start:end],
                epithets=[match.group(1)], source="nameless", context_end=end))
            self.covered.append((start, end))

    def quoted_government(self) -> None:
        """KCNA puts south Korea's government in scare quotes: 'the "government"' stands
        for its president's government where the article names the president, else for
        the state, as "puppet" rulers do (see :meth:`puppet_ruler`); 'the present
        conservative "government"' for the president's, named or not (as "the present
        regime" does). Not a past or a future one ("the preceding 'government'") and not a
        modifier ("the 'government' building")."""
        text = self.text
        if not contains_any(text, _QUOTED_GOVERNMENT_WORDS):
            return
        for match in _QUOTED_GOVERNMENT.finditer(text):
            start, end = match.span()
            words = match.group(1).lower().split()
            if _NOT_OF_THE_DAY.intersection(words) or self.is_covered(start, end):
                continue
            target = self.puppet_ruler(start)
            if target is None:
                continue
            epithets = [w for w in words if self.is_insult(w)] + ['"government"']
            self.mentions.append(self.ruler_or_state(
                target, start, end, epithets,
                unnamed_is_state=not _OF_THE_DAY.intersection(words)))
            self.covered.append((start, end))

    def present_government(self) -> None:
        """'the present regime' (or current, incumbent; authorities, government, rulers) is
        south Korea's government of the day, found as "puppet" rulers are; 'the present
        administration' is the U.S. president's, in an article that names the United
        States. With the country between ("the present U.S. administration", "the newly
        emerged U.S. administration", "the present south Korean regime") it is that
        country's, save its "authorities": "the present South Korean authorities" are the
        state's, as "the South Korean authorities" are. Insults between are its epithets
        ("the present puppet authorities").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> doc = annotate("Seoul is tense. The present puppet regime is servile.",
        ...                date="2015-04-07")
        >>> [(m.actor, m.text, m.form, m.epithets) for m in doc.mentions
        ...  if m.kind == "government"]
        [('park-geun-hye', 'The present puppet regime', 'epithet', ['puppet'])]
        """
        text = self.text
        if not contains_any(text, _OF_THE_DAY_WORDS):
            return
        for match in _PRESENT_GOVERNMENT.finditer(text):
            start, end = match.start() - 1, match.end()  # (from the "T" of "The")
            insults = match.group("insults").split()
            if self.is_covered(start, end) or not all(self.is_insult(w) for w in insults):
                continue
            country = (match.group("country") or match.group("new_country") or "").strip()
            if country and match.group("noun") == "authorities":
                continue  # "the present South Korean authorities": the state's, as ever
            if country in ("U.S.", "US") or (not country
                                             and match.group("noun") == "administration"):
                # the U.S. president's: the country named between, or named before
                named = country or any(m.start < start and (m.actor == "united-states" or (
                    self.registry.country_of(m.actor) == "united-states"))
                    for m in [*self.mentions, *self.pending_others])
                holders = self.registry.holders(US_PRESIDENT, self.doc.date) if named else []
                target = holders[0] if holders else None
            else:
                target = self.puppet_ruler(start)
            if target is None:
                continue
            self.mentions.append(Mention(target, "government", start, end, text[start:end],
                                         form="epithet" if insults else "role",
                                         epithets=[w.lower() for w in insults],
                                         source="role", context_end=end))
            self.covered.append((start, end))
            # (the country named between is part of it)
            self.pending_others[:] = [o for o in self.pending_others
                                      if not (start <= o.start and o.end <= end)]

    def counterparts(self) -> None:
        """"his Russian counterpart": the holder, that day, of the office the person
        named last before it in the sentence holds, in the state the demonym names
        (about 360 in KCNA).

        >>> from nkwatch.analysis.pipeline import annotate
        >>> doc = annotate("DPRK Foreign Minister Pak Ui Chun met his Russian counterpart.",
        ...                date="2010-05-01")
        >>> [(m.actor, m.text, m.form) for m in doc.mentions]
        [('pak-ui-chun', 'DPRK Foreign Minister Pak Ui Chun', 'title'), \
('sergei-lavrov', 'his Russian counterpart', 'role')]
        """
        text = self.text
        if not contains(text, "counterpart"):
            return
        for match in _COUNTERPART.finditer(text):
            start, end = match.span()
            country = self.registry.demonym_of.get(match.group(1))
            s_start, _ = self.sentence_span(start)
            people = [m for m in self.mentions if s_start <= m.start < start
                      and m.kind == "person" and m.actor in self.registry.actors]
            if country is None or not people or self.is_covered(start, end):
                continue
            subject = self.registry.actors[max(people, key=lambda m: m.start).actor]
            holders = [h for role in subject.roles_on(self.doc.date)
                       if (office := self.registry.counterpart_role(role, country))
                       for h in self.registry.holders(office, self.doc.date)]
            if holders:
                self.add_office_holder(holders[0], start, end)

    def its_office_holders(self) -> None:
        """'its President', 'its foreign minister' with no name after them: the holder,
        that day, of that office in the country named last before it in the sentence
        ("the agreed framework guaranteed by its President" after "the U.S.").

        >>> from nkwatch.analysis.pipeline import annotate
        >>> doc = annotate("The U.S. should fulfil what its President guaranteed.",
        ...                date="1997-05-01")
        >>> [(m.actor, m.text, m.form) for m in doc.mentions]
        [('united-states', 'U.S.', None), ('bill-clinton', 'its President', 'role')]
        """
        text = self.text
        if not contains_any(text, _ITS_OFFICE_CUES):
            return  # (substring tests first: the pattern ignores case, and costs more)
        for match in _ITS_OFFICE.finditer(text):
            start, end = match.span()
            if self.is_covered(start, end) or _CAPITALISED_AFTER.match(text, end):
                continue  # "its President Hifikepunye Pohamba": the name is read
            s_start, _ = self.sentence_span(start)
            before = [m for m in [*self.mentions, *self.pending_others]
                      if s_start <= m.start < start]
            if not before:
                continue
            nearest = max(before, key=lambda m: m.start)
            role = (self.registry.office_role(nearest.actor, _ITS_OFFICES[match.group(1).lower()])
                    if nearest.kind == "country" else None)
            holders = self.registry.holders(role, self.doc.date) if role else []
            if holders:
                self.add_office_holder(holders[0], start, end)

    def chief_executive(self) -> None:
        """KCNA's bare "the chief executive" (or the present, current or incumbent one) is
        south Korea's president of the day (about 800 in KCNA 1997-2018, nearly all of
        them), in an article that has named south Korea or a south Korean before it;
        found as "puppet" rulers are.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> doc = annotate("Seoul is tense. The present chief executive begged the U.S.",
        ...                date="2015-04-07")
        >>> [(m.actor, m.text, m.form) for m in doc.mentions if m.kind == "person"]
        [('park-geun-hye', 'The present chief executive', 'role')]
        """
        text = self.text
        if not contains(text, "hief executive"):
            return
        for match in _CHIEF_EXECUTIVE.finditer(text):
            start, end = match.span()
            if self.is_covered(start, end) or not any(
                    m.start < start and (m.actor == "south-korea" or self.registry.country_of(
                        m.actor) == "south-korea")
                    for m in [*self.mentions, *self.pending_others]):
                continue
            if match.group(1):  # "the present chief executive": the holder of the day
                target = self.south_korean_ruler()
            else:
                target = self.puppet_ruler(start)
            if target is None:
                continue
            self.add_office_holder(target, start, end)

    def add_office_holder(self, actor_id: str, start: int, end: int) -> None:
        """Keep ``text[start:end]``, an office named without a name ("his Russian
        counterpart", "its President", "the chief executive"), as a role mention of its
        holder ``actor_id``."""
        self.mentions.append(Mention(actor_id, "person", start, end, self.text[start:end],
                                     form="role", source="role", context_end=end))
        self.covered.append((start, end))

    def nameless_collectives(self) -> None:
        """'the puppet group', 'this traitorous clique', 'the fascist regime': insults and
        a collective with no name stand for the government of the person the article is
        about (as nameless insults do); a derogatory collective is an insult itself."""
        text = self.text
        if not contains_any(text, _COLLECTIVE_WORDS):
            return
        for match in _NAMELESS_COLLECTIVE.finditer(text):
            words = match.group(1).split()
            start, end = match.start(), match.end()
            insult_after = _OF_WORD.match(text, end)  # "the group of traitors"
            if not all(self.context.table.get((w.lower(),)) == "epithet" for w in words):
                continue
            neutral = not self.lexicon.collectives.get(match.group(2).lower())
            if neutral and not words:
                continue  # "the regime" alone names nobody; "the fascist regime" does
            if insult_after is not None and self.context.plural_noun(
                    (insult_after.group(1).lower(),)):
                end = insult_after.end()
                words.append(text[match.start(2):end].lower())
            elif not words:
                # a bare "the group": only after the article named the government so
                # ("the Lee Myung Bak group ... the group slandered the DPRK")
                named = self.named_collective_before(start, match.group(2).lower())
                if named is None:
                    continue
            if self.is_covered(start, end) or text.startswith(" of", end):
                continue
            puppet = "puppet" in (w.lower() for w in words)
            if not words:
                target = named
            elif puppet:
                target = self.puppet_ruler(start)
            else:
                target = self.target_before(start, later=True)
                if (target is None and self.country_before(start) == "south-korea"
                        and not self._example_named_after(end)):
                    # "the fascist regime", "the group of traitors" after south Korea is
                    # named: read as "the puppet regime", its ruler's or, unnamed, the
                    # state's (not "such group of traitors as the GNP": the party's)
                    target, puppet = self.puppet_ruler(start), True
            if target is None:
                continue
            target = self.head_of(target, start)
            if target is None:
                continue
            epithets = [w.lower() for w in words]
            if insult_after is None and not neutral:
                epithets.append(match.group(2).lower())
            self.mentions.append(self.ruler_or_state(
                target, start, end, _dedupe(epithets), unnamed_is_state=puppet))
            self.covered.append((start, end))

    def past_regimes(self) -> None:
        """'the past military fascist clan': south Korea's past rulers, in an article
        that has named south Korea (or a south Korean) before, no other country last."""
        for mention in past_regimes(self.text, self.context.table, self.lexicon.collectives):
            start = mention.start
            # (a name's apposition may run over it: "Jo Yong Su, ... who was executed by
            # the past military fascist clan"; only the names themselves hide it)
            if any(m.start < mention.end and start < m.end for m in self.mentions):
                continue
            south_korea_named = any(
                m.start < start and m.source != "nameless"
                and self.registry.country_of(m.actor) == "south-korea"
                for m in [*self.mentions, *self.pending_others])
            if not south_korea_named or self.country_before(start) not in (None, "south-korea"):
                continue
            self.mentions.append(mention)
            self.covered.append((start, mention.end))

    def civilian_regime(self) -> None:
        """'the "civilian" regime': Kim Young Sam's government by its nickname (see
        :mod:`nkwatch.analysis.civilian_regime`), where no name is read over it."""
        for mention in civilian_regimes(self.text, self.doc.date, self.is_insult):
            if mention.actor in self.registry.actors and not overlaps(
                    [(m.start, m.end) for m in self.mentions], mention.start, mention.end):
                self.mentions.append(mention)
                self.covered.append((mention.start, mention.end))

    def stooges_of_the_us(self) -> None:
        """'the U.S. imperialists and their stooges', 'the U.S. and its lackeys': in an
        article about south Korea, its rulers (the president's government where the
        article names the president, else the state), inferred, as other nameless
        "puppet" insults are.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> doc = annotate("South Korea is unhappy under the U.S. imperialists and their "
        ...                "stooges.", date="1999-01-01")
        >>> [(m.actor, m.text, m.epithets) for m in doc.mentions][-1]
        ('south-korea', 'their stooges', ['stooges'])
        """
        text = self.text
        if not contains_any(text, _AND_THEIR_WORDS):
            return
        named = [*self.mentions, *self.pending_others]
        us = {m.end for m in named if m.actor == "united-states"}
        if not us or not any(self.registry.country_of(m.actor) == "south-korea"
                             for m in named if m.source != "nameless"):
            return
        for match in _THEIR_STOOGES.finditer(text):
            start, end = match.start(1), match.end()
            if match.start() not in us or self.is_covered(start, end):
                continue
            ruler = self.puppet_ruler(start)
            if ruler is None:
                continue
            self.mentions.append(self.ruler_or_state(
                ruler, start, end, [match.group(2).lower()], unnamed_is_state=True))
            self.covered.append((start, end))

    def head_of(self, actor_id: str, pos: int) -> str | None:
        """Whose government a minister's is: a person holding an office of a state
        whose head's office the registry knows, and not that one, serves its holder
        ("the group of traitors" after the unification minister Hyon In Thaek is
        Lee Myung Bak's). A person who never held an office the registry knows (an
        activist named before "the group of traitors") heads none: the south Korean
        ruler of the day, as for "the puppet group"."""
        actor = self.registry.actors.get(actor_id)
        country = self.registry.country_of(actor_id)
        if actor is None or (actor.kind == "person" and not actor.roles):
            return self.puppet_ruler(pos) if country in (None, "south-korea") else None
        head_role = HEAD_ROLES.get(country or "")
        if actor.kind != "person" or head_role is None:
            return actor_id
        roles = actor.roles_on(self.doc.date)
        if not roles or head_role in roles:
            return actor_id
        holders = self.registry.holders(head_role, self.doc.date)
        return holders[0] if holders else actor_id

    def named_collective_before(self, pos: int, word: str) -> str | None:
        """The foreign government last named with this collective noun before ``pos``
        ("the Lee Myung Bak group"), if any."""
        found = [m for m in self.mentions if m.kind == "government" and m.start < pos
                 and m.source != "nameless" and m.text.lower().endswith(word)
                 and self.foreign(m.actor)]
        return max(found, key=lambda m: m.start).actor if found else None

    def eternal_president(self) -> None:
        """KCNA's "the President", capitalised, with no name or country after it, is Kim
        Il Sung ("the Party's line laid down by the President"), in an article that
        names him (or right before "and Kim Jong Il") and gives no foreign person the
        title of president. "The President and the Chairman" are Kim Il Sung and Kim
        Jong Il (when the article names him)."""
        text = self.text
        if not contains(text, "he President") or ETERNAL_PRESIDENT not in self.registry.actors:
            return
        named = {m.actor for m in self.mentions}
        if any(m.actor != ETERNAL_PRESIDENT and m.title and "resident" in m.title
               and self.foreign(m.actor)  # Kim Jong Un is "president of the State Affairs"
               and not _BODY_PRESIDENT.search(m.title)
               for m in self.mentions):
            return
        for match in _THE_PRESIDENT.finditer(text):
            start, end = match.span()
            if self.is_covered(start, end) or (
                    ETERNAL_PRESIDENT not in named and not _AND_KIM_JONG_IL.match(text, end)):
                continue  # (named, or "the President and Kim Jong Il": the two leaders)
            self.mentions.append(Mention(ETERNAL_PRESIDENT, "person", start, end,
                                         match.group(), form="role", source="role",
                                         context_end=end))
            self.covered.append((start, end))
            # "the statues of the President and the Chairman": Kim Il Sung and Kim Jong Il
            chairman = _AND_THE_CHAIRMAN.match(text, end)
            if chairman is not None and ETERNAL_CHAIRMAN in named and not self.is_covered(
                    chairman.start(1), chairman.end(1)):
                self.mentions.append(Mention(ETERNAL_CHAIRMAN, "person", chairman.start(1),
                                             chairman.end(1), chairman.group(1), form="role",
                                             source="role", context_end=chairman.end(1)))
                self.covered.append((chairman.start(1), chairman.end(1)))

    def puppet_ruler(self, pos: int) -> str | None:
        """KCNA's "puppet" rulers are south Korea's: its president of the day, when the
        article has named him or her before ``pos``, or no other south Korean (a U.S.
        official or Hitler named before does not make the puppets somebody else)."""
        ruler = self.south_korean_ruler()
        if ruler is None:
            return None
        named = {m.actor for m in self.mentions if m.start < pos and m.source != "nameless"
                 and m.kind in ("person", "government")
                 and self.registry.country_of(m.actor) == "south-korea"}
        return ruler if ruler in named or not named else None

    def south_korean_ruler(self) -> str | None:
        """South Korea's president on the article's date, if the registry knows one."""
        holders = self.registry.holders(SOUTH_KOREAN_RULER, self.doc.date)
        return holders[0] if holders else None

    def ruler_named(self, actor_id: str) -> bool:
        """Whether the article names this person (or government) itself, anywhere, its
        headline included ("Lee Myung Bak Group's Smear Campaign" over "the puppet
        group"); an office alone ("the puppet president") names nobody."""
        return any(m.actor == actor_id and m.source not in ("nameless", "role")
                   for m in self.mentions) or actor_id in self.headline_actors()

    def headline_actors(self) -> set[str]:
        """The actors whose names or short names stand in the article's headline."""
        if self._headline_actors is None:
            headline = self.doc.headline
            self._headline_actors = {actor for hit in self.matcher.find_names(headline)
                                     for actor, _ in hit.entries} if headline else set()
        return self._headline_actors

    def ruler_or_state(self, ruler: str, start: int, end: int, epithets: list[str],
                       unnamed_is_state: bool = False) -> Mention:
        """A nameless insult of south Korea's rulers: the government of ``ruler`` (the
        president of the day), inferred; with ``unnamed_is_state`` ("the puppet group",
        'the puppet "government"'), the state itself where the article does not name
        the president.

        >>> from nkwatch.analysis.pipeline import annotate
        >>> [(m.actor, m.kind) for m in annotate("The puppet group lied.",
        ...                                      date="2014-06-12").mentions]
        [('south-korea', 'country')]
        >>> [(m.actor, m.kind) for m in annotate("Park Geun Hye spoke. The puppet group lied.",
        ...                                      date="2014-06-12").mentions][1:]
        [('park-geun-hye', 'government')]
        """
        text = self.text[start:end]
        if unnamed_is_state and self.registry.country_of(ruler) == "south-korea" and (
                not self.ruler_named(ruler)):
            return Mention("south-korea", "country", start, end, text, epithets=epithets,
                           inferred=True, source="nameless", context_end=end)
        return Mention(ruler, "government", start, end, text, form="epithet",
                       epithets=epithets, inferred=True, source="nameless", context_end=end)

    def target_before(self, pos: int, later: bool = False, person_only: bool = False,
                      leader: bool = False) -> str | None:
        """The person an insult stands for.

        In its own sentence: the nearest actor named before it, when that is a person
        (an insult right after "the U.S." is about the U.S.; North Korea's actors are
        passed over). Else the last foreign person named before it in the article; with
        ``later``, where the article named nobody before, the first one named after it.
        North Korea's own leaders are never the target of its media's insults.
        ``person_only``: nobody, when the nearest actor in the sentence is a government.
        ``leader``: where that nearest actor is a country whose own leader the sentence
        does not name, the last person of that country the article named before ("the
        U.S. imperialist aggressors ... to tame the old lunatic of America": Trump).
        """
        sentence_start, _ = self.sentence_span(pos)
        named = [m for m in [*self.mentions, *self.pending_others]
                 if m.source != "nameless" and m.start < pos]
        # (the DPRK named in the sentence tells nothing: its media insult others)
        same = [m for m in named if m.start >= sentence_start
                and self.registry.country_of(m.actor) != "north-korea"]
        if same:
            nearest = max(same, key=lambda m: m.start)
            kinds = ("person",) if person_only else ("person", "government")
            if nearest.kind == "country":
                # "The Park group's efforts ... in south Korea and the group of traitors":
                # the country's own leader named before it in the sentence
                state = nearest.actor
                nearest = max((m for m in same if m.kind in kinds
                               and self.registry.country_of(m.actor) == state),
                              key=lambda m: m.start, default=nearest)
                if leader and nearest.kind == "country":
                    nearest = max((m for m in named if m.kind == "person"
                                   and self.registry.country_of(m.actor) == state),
                                  key=lambda m: m.start, default=nearest)
            if nearest.kind not in kinds:
                return None
            candidates = [nearest]
        else:
            candidates = sorted((m for m in named if m.kind in ("person", "government")),
                                key=lambda m: m.start, reverse=True)
        for mention in candidates:
            if self.registry.country_of(mention.actor) != "north-korea":
                return mention.actor
        if later and not same and not candidates:
            # nobody named before: the first foreign person named after it ("The group
            # of traitors should not misjudge ..." before "the Lee Myung Bak regime") who
            # acts for the foreign country last named before it, if any
            countries = [m.actor for m in named if m.kind == "country"
                         and m.actor != "north-korea"]
            for mention in sorted(self.mentions, key=lambda m: m.start):
                if (mention.start > pos and mention.source != "nameless"
                        and mention.kind in ("person", "government")):
                    country = self.registry.country_of(mention.actor)
                    if country != "north-korea" and (not countries or country == countries[-1]):
                        return mention.actor
        return None


# "party" after a one-party state's demonym, standing alone ("the Chinese party and
# government", "the Lao party's"; not "the Chinese party delegation")
_RULING_PARTY_AFTER = re.compile(r" ([Pp]arty)(?=[,.;:)]| and\b|['’]s\b)")
_AND_GOVERNMENT = re.compile(r"(?:,| and) (?:the )?([Gg]overnment)\b(?! of\b)")
# a collective noun alone after a demonym: not "... group of", "... group for", a name
_GROUP_ALONE = re.compile(r" [a-z]+\b(?!-| of\b| for\b| [A-Z])")
# "the warmongers of south Korea", "the bellicose forces of the U.S.": insults and the
# noun they qualify, then "of" right before a state's name
_INSULTERS_OF = re.compile(r"\b[Tt]he ((?:[a-z][\w-]* ){0,3}?)([a-z][\w-]*) of (?:the )?\Z")
# a name given as an example of a group: "traitors including the GNP", "such ... as the"
_EXAMPLE_BEFORE = re.compile(r"\b(?:like|including|as)(?: the)? \Z")
_EXAMPLE_WORDS = frozenset(("like", "including", "as", "the"))  # (a cheap test first)
# where an office's "of ..." ends
_CLAUSE_END = re.compile(r"[,;:.!?(]| and | who | which | was | were | is | are ")
# what introduces examples of a group: "his stooges like Japan", "such as ..."
_EXAMPLES_AFTER = re.compile(r",? (?:like|such as|including|namely) ")
_AS_AFTER = re.compile(r" as ")


@lru_cache(maxsize=4)
def _nameless_body_pattern(phrases: tuple[str, ...]
                           ) -> tuple[re.Pattern, re.Pattern, tuple[str, ...]]:
    """'the puppet army': the phrases of ``nameless-bodies-en.toml`` after "the", after
    " and " (the caller checks that "the" and a name stand before it), and their first
    words, as written and capitalised (registered needles, for a cheap test before the
    search). Not before "of" and a name:
    "the People's Army of Syria" is another country's; nor inside a longer name: "the
    puppet Police Agency"."""
    alternatives = "|".join(re.escape(p).replace(r"\ ", " ") for p in phrases) or "(?!)"
    # and with one or two words (insults, as the finder checks) after the first word:
    # "the puppet bellicose forces"
    inserted = "|".join(
        re.escape(p.split()[0]) + r"(?: [a-z][\w-]*){1,2}? " + re.escape(p.split(None, 1)[1])
        .replace(r"\ ", " ") for p in phrases if " " in p) or "(?!)"
    phrase = rf"((?i:{alternatives})|(?i:{inserted}))\b(?! of (?:the )?(?!DPRK)[A-Z]| [A-Z])"
    pattern = re.compile(rf"he (?<=[Tt]he )(?<!\w[Tt]he ){phrase}")  # (the literal first: fast)
    and_pattern = re.compile(rf" and {phrase}")
    first_words = sorted({p.split()[0] for p in phrases})
    return pattern, and_pattern, register(*first_words, *(w.capitalize() for w in first_words))


# short names that are English words too, in articles written in capitals: the name only
# after "THE" ("THE US", not "LET US"; "the IS" is south Korea's Intelligence Service)
_SHOUTED_WORDS = frozenset(("US", "IS"))
_OF_THE = re.compile(r" of (?:the )?")
_OF_BEFORE = re.compile(r" of (?:the )?\Z")  # (ending a body's name before its country)
_NO_MINISTRIES = frozenset(("united-states",))  # (its government has departments)
_PLURAL_WORD_AFTER = re.compile(r" ([a-z][\w-]*s)\b(?!-)")
_LAST_WORD_BEFORE_THE = re.compile(r"([A-Za-z]+)\s+(?:[Tt]he\s+)?$")


def _word_before_noun(text: str, pos: int) -> str | None:
    """The word before ``pos``, past a "the" ("by" in "by the U.S. imperialists")."""
    match = _LAST_WORD_BEFORE_THE.search(text, max(0, pos - 30), pos)
    return match.group(1) if match else None


def _after_preposition(text: str, pos: int) -> bool:
    """Whether a preposition or "of" governs the noun phrase at ``pos`` (so it is no
    subject: "the crimes of the U.S. troops are ...").

    >>> _after_preposition("the crimes of the U.S. troops", 18), _after_preposition("the U.S.", 4)
    (True, False)
    """
    word = _word_before_noun(text, pos)
    return word is not None and (word.lower() in PREPOSITIONS or word == "of")


def _next_word(text: str, pos: int) -> str | None:
    match = _NEXT.match(text, pos)
    return match.group(1) if match else None


# What may follow a capital used for its government: "Washington's", "Seoul said",
# "Tokyo should", "Washington and Seoul", "Washington to escalate", or the end of a
# clause.
# a place's name (or a district of the city) and a comma right before a capital, and a
# comma (or "and") and a place's name right after it
_PLACE_AND_COMMA = re.compile(r"\b([A-Z][\w-]*(?: (?:district|county|ward|dong|gu))?),\s+\Z")
_LIST_BEFORE = re.compile(r"(?:\b[A-Z][\w-]*(?: [A-Z][\w-]*)?(?:, | and | or |, and ))+\Z")
_COMMA_AND_PLACE = re.compile(r",\s+([A-Z][a-z][\w-]*)(?=,| and\b)")
# words before a capital that make it a place ("above Seoul", "downtown Seoul")
_PLACE_BEFORE = frozenset(("above", "over", "downtown", "throughout", "abandon", "across"))
_AFTER_CAPITAL = re.compile(
    r"(?:'s|’s|\s*[,.;:)\"”]|\s+(?:and|or|is|was|has|had|have|will|would|should|must|can|"
    r"cannot|could|may|might|does|did|do|are|were|also|still|now|even|then|openly|again|"
    r"[a-z]+(?:s|ed)\b|to\s+(?!the\b|an?\b)[a-z]+\b))"  # "the scenario of Washington to escalate"
)
# (a scare quote too: 'the Lee Myung Bak "government"')
_RIGHT_START = re.compile(r"\s*(,|'s|’s)|\s+([A-Za-z][\w\-]*)|\s+([\"“](?=[a-z]))")
# Small words a title-case headline or slogan capitalises.
TITLE_CASE_WORDS = frozenset(
    "Will Is Are Was Were Be Has Have Had Shall Should Must Can Could May Might Does Did "
    "And Or Of The In On At To For With By From As Always Never Forever Not "
    # headline verbs: "Kim Jong Un Sends Greetings to ...", a Rodong subheadline
    "Makes Sends Gives Meets Pays Goes Looks Calls Hosts Leads Sees Gets Says Hails Tours "
    "Joins Urges Opens Marks Warns Vows Slams".split()
)
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December Jan Feb Mar Apr Jun Jul Aug "
    "Sep Sept Oct Nov Dec".split()
)
_NEXT = re.compile(r"[ \t]+([A-Za-z][\w'’\-]*)")
_GLUED_WORD = re.compile(r"[a-z][\w'’\-]*")
# the north of "anti-north", of "north-targeted" ("north-targeted war exercises", about 370
# in KCNA 1997-2018) and of the enemy's quoted '"north's' ('the "north's provocation"',
# about 430): the DPRK
_ANTI_NORTH = re.compile(r"(?<=\b[Aa]nti-)[Nn]orth(?![\w\-‐])|\b[Nn]orth(?=-targeted\b)"
                         r"|(?<=[\"“])north(?=['’]s\b)")
# "the north", "the south of Korea", "the north and south of Korea" (not "the north-south
# talks", "the north of Iraq", "the south Korean puppets", "the northern part", "the north
# Jolla provincial committee", "the south wind")
_ANTI_NORTH_WORDS = register("nti-north", "nti-North", "orth-targeted", "north'", "north’")
_NORTH_SOUTH_WORDS = register("he north", "he south")
_NORTH_SOUTH = re.compile(
    r"(?:\b[Tt]he |(?<=he north and ))(north|south)(?: of Korea\b)?(?![\w\-‐])"
    r"(?! (?:of|side|part|pole|winds?)\b| [Kk]orea| (?:Jolla|Cholla|Kyongsang|Chungchong|Phyongan|"
    r"Pyongan|Hamgyong|Hwanghae)\b)")
_ORDINARY_AFTER = re.compile(
    r", (?:an? )?(?:ordinary |young |old )?(?:worker|farmer|miner|teacher|student|soldier"
    r"|housewife|pensioner|researcher|fisherman|driver|citizen|resident)\b")
# a place, as "in Pyongyang" is: "in the north", "in the north and the south and abroad"
# "compatriots in the north and the south", "bisected into the north and the south": the
# halves of the land
_IN_THE_REGIONS = re.compile(r"\b(?:in|into) (?:the (?:north|south)(?:,| and| or) )?$")
# a way to or from a place: "sent back to the north", "defectors from the north",
# "relatives from the north and the south"
_MOVED_TO = re.compile(
    r"\b(?:back|defected|came|come|returned|return|went|go|going|visit|visits|visited|trip|"
    r"travel|travelled|fled|escaped|defectors?|moved|repatriated|repatriation|journey|"
    r"crossed|cross|arrived|way|relatives|families) (?:to|into|from|in) "
    r"(?:the (?:north|south)(?:,| and| or) )?$")
SOUTH_KOREAN_RULER = "sk-president"
# the office whose holder heads each state's government, for "the group of traitors"
# named after one of its ministers
US_PRESIDENT = "us-president"
HEAD_ROLES = {"south-korea": SOUTH_KOREAN_RULER, "united-states": US_PRESIDENT,
              "japan": "japan-prime-minister"}
USFK = "us-forces-korea"
_ARMY_OF_SOUTH_KOREA = "sk-armed-forces"
# "the military gangsters", "... and military ruffians" (not "the puppet military ...": a
# nameless body); the literal first, the word before it checked by hand (the regex engine
# then skips ahead to it)
_MILITARY_GANG = re.compile(r"military ([a-z][\w-]*s)\b(?!-)")
register("military")
# what KCNA calls an army's men (not its rulers: "the military dictators" are a regime)
_ARMY_GANGS = frozenset(("gangsters", "hooligans", "warmongers", "ruffians", "thugs",
                         "bandits", "rascals"))
# U.S. troops in Korea: what a text must hold for them to be looked for
register("Korea", "forces", "troops")
# where the forces stand, at the end of their name ("... forces present in south Korea",
# "... forces' presence in South Korea"): the noun, then the place
_FORCES_IN_SOUTH_KOREA = re.compile(
    r"\b(?:forces|troops|Forces|Troops|army|Army)\b[^.;]*? ((?:south|South|S\.) Korea)\Z")
# "the U.S. imperialist aggressor forces in south Korea" (not "pro-U.S. ... forces"),
# "the U.S. forces' presence in south Korea", "... withdrawal from south Korea"; and,
# the mention ending with its noun, "the withdrawal of the U.S. troops from south
# Korea", "get the U.S. forces withdrawn from south Korea", "the U.S. forces should be
# driven out of south Korea" (with no words between, "the U.S. forces in south Korea"
# is the registry's alias)
_INSULTED_FORCES = re.compile(
    r"U\.S\.(?:((?: [a-z][\w-]*){1,3}) (?:forces|troops|army)"
    r" (?:(?:stationed|present|deployed) )?in"
    r"|((?: [a-z][\w-]*){0,3}) (?:forces|troops)['’] (?:(?:presence|bases) in|(?:withdrawal"
    r"|pullback|pullout) from)"
    r"|((?: [a-z][\w-]*){0,3}) (forces|troops) (?:(?:withdrawn |pulled out |to withdraw )?from"
    r"|(?:(?:should|must|will|to) )?(?:be )?(?:driven|pulled|pull) out of))"
    r" (?:south|South|S\.) Korea\b")
_ARMED = frozenset(("armed", "military"))
# "the U.S. forces", "the U.S. imperialist aggression troops" (insults between), with no
# place after them
_US_FORCES = re.compile(
    r"U\.S\.(?<![\w-]U\.S\.)((?: [a-z][\w-]*){0,3}) (forces|troops)\b(?!['’]? ?[A-Z])")
# insults that make "forces" an army ("the U.S. imperialist aggression forces"), not a
# political camp ("the U.S. bellicose forces": the war party in Washington)
_ARMY_INSULTS = frozenset(("aggression", "aggressor", "imperialist", "occupation",
                           "occupationist"))
# a place after the forces: they are no bare "U.S. forces" (the registry's aliases or the
# other places read them) ...
_STATIONED = r"['’]?(?: (?:stationed|present|deployed|based))?"
_PLACE_AFTER_FORCES = re.compile(
    rf"{_STATIONED} (?:in|on|at|of)\b"
    r"|['’]? (?:base|bases|command)\b")
# ... save a place in Korea that is no state ("the U.S. troops in the Korean peninsula",
# "in the Demilitarized Zone", "in the southern half of Korea": about 20 in KCNA 1997-2018;
# "in south Korea" is the registry's alias)
_IN_KOREA_AFTER_FORCES = re.compile(
    rf"{_STATIONED} (?:in|on) (?:the (?:Korean [Pp]eninsula"
    r"|Demilitarized Zone|DMZ|southern half of (?:Korea|the Korean [Pp]eninsula))|Korea)\b")
_WAR_YEARS = re.compile(r"Korean [Ww]ar|\b195[0-3]\b")
_KOREA_AS_PLACE = re.compile(r"\bKorea\b(?!n)|Korean [Pp]eninsula|\b[Ss]outh Korean\b")
_KOREAS_AND_US = frozenset(("united-states", "south-korea", "north-korea"))
# the government of the day, named by its time ("the present regime has ...")
# (the literal "he " first, "the" checked behind it: the regex engine then skips ahead)
# (with the country between: "the present U.S. administration", "the present south
# Korean regime"; and then also "new": "the newly emerged U.S. administration")
# (a cheap test first: the words the pattern needs, "new" only before a country)
_OF_THE_DAY_WORDS = register("resent ", "urrent ", "ncumbent ", "new U", "new S", "new s",
                             "newly")
_PRESENT_GOVERNMENT = re.compile(
    r"he (?<=[Tt]he )(?<!\w[Tt]he )(?:(?:present|current|incumbent) (?P<country>"
    r"(?:U\.S\.|US|[Ss]outh Korean|S\. Korean) )?|(?:new|newly emerged|newly-emerged) "
    r"(?P<new_country>U\.S\.|US|[Ss]outh Korean|S\. Korean) )"
    r"(?P<insults>(?:[a-z][\w-]* ){0,2}?)"
    r"(?P<noun>regime|authorities|government|administration|rulers)\b(?! of\b)")
# capitalised words before a surname that are no given names: words opening a sentence
# ("What Aso uttered") and places ending an office ("Commander of the U.S. Forces in Far
# East MacArthur")
_NOT_GIVEN_NAMES = frozenset(
    "What For And However The But As If When While Then So Also Even Only Now Thus Yet "
    "That This These Those Under With In On At By To From Of After Before Since Why How "
    "Where Whether Though Although Unless Until Let Today Yesterday Meanwhile Besides "
    "Hence Therefore Moreover Furthermore Indeed Still Again Here There Not No Mr Mrs "
    "Ms Dr East West North South Pacific Atlantic Asia Europe Africa America".split())
# peoples named after a demonym ("the Syrian Arab people", "the Iraqi Kurdish people")
_PEOPLES = frozenset(("Arab", "Kurdish", "Korean", "Palestinian", "Muslim", "Catholic"))
_INITIALS_BEFORE = re.compile(r"(?<![\w.])((?:[A-Z]\. ?){1,3})\Z")
# capitalised particles inside longer names ("Jaber Al Mubarak", "Abdullah Bin Al Hussein")
_NAME_PARTICLES = frozenset(("Al", "El", "Bin", "Ibn", "Abu", "Van", "Von", "De", "Da", "Di"))
# month names that are surnames ("May"), and a day or "of"/"in" next to them
_MONTHS = frozenset(("May", "June", "March", "August"))
_DAY_AFTER = re.compile(r",? \d")
_DATE_BEFORE = re.compile(
    r"(?:\d|\b(?:[Ii]n|[Oo]f|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Tt]o|[Ff]rom|[Tt]hrough|[Dd]uring"
    r"|[Ll]ast|[Nn]ext|[Tt]his|[Ll]ate|[Ee]arly|[Mm]id)) ?-?\Z")
# "(the U.S. imperialists) and their stooges": south Korea's rulers, KCNA's "puppets"
_THEIR_STOOGES = re.compile(
    r" and ((?:their|its) (stooges|lackeys|puppets|henchmen|flunkeys|servants))\b")
_AND_KIM_JONG_IL = re.compile(r" and (?:[A-Z][a-z]+ ){0,3}Kim Jong Il\b")
# the president of a party or a society, not of a state: "C. R. Aslam, president of the
# Pakistan Socialist Party" leaves KCNA's "the President" Kim Il Sung
_BODY_PRESIDENT = re.compile(
    r"resident of (?:the )?(?:[\w'’.-]+ ){0,8}?(?:Party|Association|Committee|Society"
    r"|Federation|League|Front|Foundation|Institute|Forum|Alliance|Solidarity"
    r"|Organi[sz]ation|Club|Movement|University|Academy)\b")
# "its President", "its foreign minister": the office of the country named before
_ITS_OFFICES = {"president": "president", "prime minister": "prime-minister",
                "foreign minister": "foreign-minister", "defense minister": "defense-minister",
                "defence minister": "defense-minister"}
_ITS_OFFICE = re.compile(r"\b[Ii]ts ((?i:" + "|".join(_ITS_OFFICES) + r"))\b(?!-)")
_ITS_OFFICE_CUES = register(*sorted({f"ts {first}{office[1:3]}" for office in _ITS_OFFICES
                                     for first in (office[0], office[0].upper())}))
# ("his South African counterpart", "his Sri Lankan counterpart": a demonym of two words)
_COUNTERPART = re.compile(r"\b[Hh](?:is|er) ([A-Z][a-z]+(?: [A-Z][a-z]+)?) counterpart\b(?!s)")
# (not "the chief executive of Japan", nor a company's "chief executive officer", nor
# the office "as the chief executive")
_CHIEF_EXECUTIVE = re.compile(
    r"(?<!\bas )\b[Tt]he (?:(present|current|incumbent) )?chief executive\b(?! of\b| officer)")
_INITIALS = re.compile(r"(?:[a-z]\.)+")
_OWNERS = ("his", "its", "their", "her")
_ARTICLE_KEYS = frozenset((article,) for article in ARTICLES)  # as segment keys
_AGAINST_FOR = ("anti-", "pro-", "Anti-", "Pro-")
_GOVERNMENT_WORDS = frozenset(("administration", "regime", "government", "cabinet"))
_OF_BODY = re.compile(r" of (?:the )?[\"“]?")
_OF_INNER_BODY = re.compile(  # lower-case: "presidium of the", "standing committee of"
    r"(?:[a-z]+ ){1,2}of (?:the )?[\"“]?")
_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*")
# Where a title in apposition ends; in a list of titles "and" opens the next one.
_TITLE_STOPS = frozenset((",", ".", ";", "=", "who", "which", "said", "says"))
_TITLE_LIST_STOPS = _TITLE_STOPS | {"and"}
_LIST_JOINTS = frozenset((",", ";", "=", "and"))  # between the entries of a list of officials
_OWNER = "(?:" + "|".join(_OWNERS) + ")"
_MASTER_AFTER = re.compile(rf",\s+{_OWNER}\s+(masters?)\b(?!\s+of\b)")
_MASTER_BEFORE = re.compile(rf"\b{_OWNER}\s+(masters?),?\s+(?:the\s+)?$")
_MASTERS_BEFORE_AND = re.compile(
    rf"\b{_OWNER}\s+(masters),?\s+(?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*,?\s+and\s+(?:the\s+)?$")
# "the servant of the U.S.", "lackeys for the U.S.": the master named in a label is a
# mention of its own
_MASTERS_OF = re.compile(
    r"\b(?:servants?|stooges?|lackeys?|henchm[ae]n|flunkeys?|minions?|puppets?) (?:of|for) "
    r"(?:the )?$")
_OWNED_LABEL_BEFORE = re.compile(rf"\b{_OWNER}\s+([a-z][\w\-]*),?\s+(?:the\s+)?$")
_COMMA_ARTICLE = re.compile(r",\s+(?:the|a|an|The|A|An)\s")
# an aside between a verb and its label ("is, indeed, a"), and one ending before a label
_PREDICATE_ASIDE = re.compile(rf"{PREDICATE_ASIDE}(?= )")
_PREDICATE_ASIDE_BEFORE = re.compile(rf"{PREDICATE_ASIDE} \Z")
# an aside between a name and its predicate: "Japan, however, is impudent enough ..."
_ASIDE = re.compile(r", (?:however|therefore|too|also|in turn|for (?:its|their|his|her) part),")
# the words between an article and a collective or a quoted "government" are its
# modifiers: not another article or a preposition ("that if the puppet group", "the
# north without the 'government' permission")
_MODIFIER = r"(?!(?:the|a|an|this|that|such|if|of|without|with|by|for|to|in|on|at|from) )"
# "the puppet group", "this traitorous clique" (insults checked against the lexicon)
_COLLECTIVE_WORDS = register("group", "clique", "gang", "junta", "regime")
_NAMELESS_COLLECTIVE = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch) ((?:{_MODIFIER}[a-z][\w\-]* ){{0,3}}?)"
    r"(group|clique|gang|junta|regime)\b")
_QUOTED_GOVERNMENT_WORDS = register('government"', "government”", "government's\"",
                                    "government’s”")
_QUOTED_GOVERNMENT = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch) ((?:{_MODIFIER}[a-z][\w\-]* ){{0,3}}?)"
    r"[\"“]government(?:['’]s)?[\"”]"  # (also 'the "government's" policy': 174 in KCNA)
    r"(?!,? (?:struggle|building|buildings|actions|sentiment|rall(?:y|ies)|officials|spirit"
    r"|institutions?|offices?|posts?|bodies|organs?|power|permission|approval)\b"
    r"|,? of (?:the )?[A-Z])")  # 'the "government" of Japan' (not "accused ... of")
# a government of another day than the article's ("the military dictatorial 'government'"
# was Park Chung Hee's or Chun Doo Hwan's)
_NOT_OF_THE_DAY = frozenset(
    "preceding previous former past next next-term separate successive last late "
    "military".split())
# ... and words that say it is the government of the day, named or not
_OF_THE_DAY = frozenset(("present", "current", "incumbent"))
ETERNAL_CHAIRMAN = "kim-jong-il"
# the first word of an office in apposition after a registered person's name ("chief
# secretary of ...", "politburo member and ...": not "saying that she ... President")
_APPOSITION_OPENERS = frozenset(
    "chief vice vice- first deputy acting former honorary permanent executive general "
    "national politburo presidium alternate senior then member chairman chairwoman "
    "chairperson secretary president director minister vice-minister vice-chairman "
    "vice-president vice-premier premier ambassador head leader representative spokesman "
    "commander adviser advisor governor mayor speaker delegate deputy-director "
    # "Bashar Al-Assad, regional secretary of ...", "Jimmy Carter, ex-president of the U.S."
    "regional standing ex-president ex-premier ex-minister ex-chairman ex-secretary "
    "co-chairman co-chairperson co-chairwoman co-representative".split()
)
_AND_THE_CHAIRMAN = re.compile(r" and (the Chairman)\b(?![ ]+(?:of\b|[A-Z])|-)")
_THE_PRESIDENT = re.compile(r"\b[Tt]he President\b(?![ ]+(?:of\b|[A-Z])|-)")
_OF_WORD = re.compile(r" of ([a-z][\w\-]*)\b")
# Before a demonym, a region of a continent: "Latin American", "South American".
# words of pair_namesakes (namesakes-en.toml) that, in lower case, are adjectives: a body's
# name only when a noun of the list follows
_PAIR_ADJECTIVES = frozenset(("Cultural", "Solidarity", "Parliamentary"))
_PAIR_BODIES = frozenset(("organizations", "organisations", "organization", "organisation",
                          "movement", "groups", "group", "bodies"))
# before the short name of a national body, a local one of the same name ("the Kangwon
# Metropolitan Police Agency", "the Pusan District Prosecutors' Office")
_LOCAL_UNITS = frozenset(("Metropolitan", "Provincial", "Municipal", "City", "County",
                          "District", "Regional", "Prefectural", "Local"))
_REGIONS = frozenset(("Latin", "South", "North", "Central", "Middle", "Inter", "Pan"))
# "Korean-American", "Japanese-American": the heritage of Americans, not the state (not
# "the Korean-Chinese border": the two states)
_HERITAGES = frozenset(("Korean", "Japanese", "Chinese", "Iranian", "Mexican", "African",
                        "Hispanic", "Arab", "Asian", "Cuban", "Filipino", "Vietnamese"))
# a region of a country ("Koreans in Northeast China"), not the state
_COMPASS_REGIONS = frozenset(
    "Northeast Northeastern North-east Southeast Southeastern South-east Northwest "
    "Northwestern Southwest Southwestern Northern Southern Eastern Western".split())
# A media outlet named right after a demonym: its nationality, not the state speaking.
_MEDIA_AFTER = re.compile(
    r"\s+(?:(?:[A-Z][\w'’-]*\s+){0,2}(?:News|Daily|Ilbo|TV|Radio|Broadcasting|Sinmun|"
    r"Shimbun|Times|Herald)\b|(?:[A-Z]{1,2}BS|[A-Z]BC|NHK|YTN|Yonhap|Newsis)\b)"
)
# the state's organs after a demonym: what is predicated of them is the state's
_STATE_ORGAN_AFTER = re.compile(
    r"[ ](?:(?:judicial|military|ruling|puppet)[ ])?(?:authorities|government|regime|rulers)\b")
# "the Chinese people's volunteers", "the Libyan people's bureau": a state's force or
# mission, though named after its people
_STATE_FORCE = re.compile(r"\s+(?:volunteers|bureau|army)\b", re.IGNORECASE)


@dataclass(frozen=True)
class WordLists:
    """The English reader's word lists (``words-en.toml``; see there what each is for)
    and what is built from them, once per lexicon version."""

    head_nouns: frozenset[str]
    place_nouns: frozenset[str]
    city_nouns: frozenset[str]  # with the place nouns
    servants: frozenset[str]
    kin_before_of: frozenset[str]
    ordinary_people: frozenset[str]
    people_nouns: frozenset[str]
    anti_history: frozenset[str]
    buildings: frozenset[str]
    headquarters: frozenset[str]
    # a body's capitalised name up to the "of" before a country: the head noun, then only
    # capitalised words and small words ("Forum ", "Union of Agricultural Workers ")
    body_heads: frozenset[str]
    # a civic body named right after a demonym ("the south Korean Buddhist Youth
    # Association"): its nationality, not the state
    civic_after: re.Pattern
    mind_insults: frozenset[str]


_WORD_LISTS: dict[str, WordLists] = {}  # by lexicon version
_HOLDER_SURNAMES: dict[str, frozenset[str]] = {}  # by registry version


def _holder_surnames(registry: Registry) -> frozenset[str]:
    """The last words of the names of registered people who hold a role."""
    found = _HOLDER_SURNAMES.get(registry.version)
    if found is None:
        found = frozenset(a.name.split()[-1] for a in registry.actors.values()
                          if a.kind == "person" and a.roles)
        _HOLDER_SURNAMES[registry.version] = found
    return found


def word_lists(lexicon: Lexicon) -> WordLists:
    """The word lists of ``lexicon`` (built on first use, not when this module loads).

    >>> from nkwatch.analysis.lexicon import load_lexicon
    >>> "stooges" in word_lists(load_lexicon()).servants
    True
    """
    found = _WORD_LISTS.get(lexicon.version)
    if found is not None:
        return found
    words = lexicon.words
    body_nouns = words["body_nouns"]
    civic_after = re.compile(
        r"\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:"
        + "|".join(sorted(body_nouns | {"University", "Church", "Company", "Corporation",
                                        "Troupe", "Branch", "Chapter"}))
        + r")\b"
        # "the Belgian Labour Party" (not "the Chinese Party and government": the CPC's)
        r"|\s+(?:[A-Z][\w'’-]*\s+){1,3}Party\b"
    )
    found = WordLists(
        words["head_nouns"], words["place_nouns"], words["place_nouns"] | words["city_nouns"],
        words["servants"], words["kin_before_of"], words["ordinary_people"],
        words["people_nouns"], words["anti_history"], words["buildings"],
        words["headquarters"],
        body_nouns | {"Party", "Organization", "Organisation", "Centre", "Center"}, civic_after,
        words["mind_insults"])
    _WORD_LISTS[lexicon.version] = found
    return found
# what follows a surname opening a sentence when it is the person's: "Bush, ...", "Abe's
# visit", "Bush should", "Abe paid", "the Lee group"
_AFTER_INITIAL_SURNAME = re.compile(
    r"(?:,|'s\b|’s\b| (?:is|was|has|had|should|will|would|who|also|must|can|could|may|"
    r"might|did|does|let|still|now|then|said|says|made|makes|went|group|clique|"
    r"administration|regime|government|[a-z]+ed)\b)")
# after a country's name: an outlet or a university of that country (not "the U.S.
# press conference", "the U.S. paper tiger")
_COUNTRY_MEDIA_AFTER = re.compile(
    r" (?:newspapers?|papers?(?! tiger)|magazines?|media|press(?! (?:conference|release|"
    r"briefing|statement|secretary))|dail(?:y|ies)|journals?|weekly|radio|television|TV"
    r"|broadcasters?|(?:[A-Z][a-z]+ )?University)\b(?!-)")
_STYLES = ("-style", "-type")  # "American-style democracy", "the U.S.-type market economy"
_NAME_SMALL_WORDS = frozenset(("of", "for", "in", "and", "the"))
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
_DEFINED_ACRONYM = re.compile(r"[ ]?\(([A-Z]{2,7})\)")
_TITLE_PUNCTUATION = frozenset(("'s", "'", "(", ")", "-", "."))
_QUOTE_KEYS = frozenset({('"',), ("'",)})


def _after_acting_as(right: list[Token]) -> int | None:
    """Where the label starts in "acted as a ...", "has served as the ..." opening
    ``right`` (an article must follow "as"), or None.

    >>> _after_acting_as(tokenize(" has served as a waiting maid"))
    3
    >>> _after_acting_as(tokenize(" acted as chairman")) is None
    True
    """
    i = 1 if right and right[0].key in _AUXILIARIES else 0
    if (i + 2 < len(right) and right[i].key in ACTING_VERBS and right[i + 1].key == "as"
            and right[i + 2].key in ("a", "an", "the")):
        return i + 2
    return None


# "-China" in "DPRK-China Friendship Association": the second name of a hyphened pair
_HYPHENED_NAME = re.compile(r"-(?:[A-Z][A-Za-z]*\.?)+(?=[ ])")
# "Switzerland-" before "Korea" (not "Anti-" before "U.S.")
_HYPHENED_BEFORE = re.compile(r"(?<![\w.-])(?!Anti-|Pro-)[A-Z][A-Za-z.]*-$")


def _without_possessive(word: str) -> str:
    """A word without its possessive ending, straight or curly.

    >>> _without_possessive("master's"), _without_possessive("masters’")
    ('master', 'masters')
    """
    return word.rstrip("'’").removesuffix("'s").removesuffix("’s")


def _quoted(text: str, seg: Segment) -> bool:
    before = text[seg.start - 1] if seg.start > 0 else ""
    after = text[seg.end] if seg.end < len(text) else ""
    return before in "\"“'‘" and after in "\"”'’"


def _dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def find_mentions(doc: Document, registry: Registry, matcher: Matcher, context: Context,
                  lexicon: Lexicon) -> list[Mention]:
    """The mention stage: every actor mention in ``doc``, in text order (and, in
    ``doc.event_countries``, country words that tell only who acts in an event)."""
    doc.event_countries = []
    return _Finder(doc, registry, matcher, context, lexicon).run()
