"""The analysed document: sentences, mentions, events (the ``annotate`` contract).

>>> m = Mention("donald-trump", "person", 0, 5, "Trump", form="name")
>>> m.as_dict()["form"]
'name'
"""

from dataclasses import dataclass, field

# The classes made per mention and event write their own ``__init__``
# (``init=False``): compiled by mypyc it is five times faster than the one the
# dataclass decorator generates in Python. They keep the dataclass's fields,
# ``__eq__`` and ``__repr__``.


@dataclass(init=False)
class Mention:
    """A span of text that refers to an actor, and how it addresses the actor."""

    actor: str
    kind: str  # person | government | country | organization
    start: int
    end: int
    text: str
    form: str | None  # epithet | title | name | role (persons, governments)
    title: str | None
    epithets: list[str]
    inferred: bool
    sentence: int
    tone: float | None
    # alias | short | role | demonym | capital | metonym | nameless | unregistered
    source: str
    context_end: int  # end of an apposition or collective that belongs to the mention

    def __init__(self, actor: str, kind: str, start: int, end: int, text: str,
                 form: str | None = None, title: str | None = None,
                 epithets: list[str] | None = None, inferred: bool = False, sentence: int = 0,
                 tone: float | None = None, source: str = "alias", context_end: int = 0
                 ) -> None:
        self.actor = actor
        self.kind = kind
        self.start = start
        self.end = end
        self.text = text
        self.form = form
        self.title = title
        self.epithets = [] if epithets is None else epithets
        self.inferred = inferred
        self.sentence = sentence
        self.tone = tone
        self.source = source
        self.context_end = context_end

    def as_dict(self) -> dict:
        """The contract's JSON shape."""
        return {
            "actor": self.actor,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "form": self.form,
            "title": self.title,
            "epithets": list(self.epithets),
            "inferred": self.inferred,
            "sentence": self.sentence,
            "tone": self.tone,
        }


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``spans``.

    >>> overlaps([(5, 20)], 18, 25), overlaps([(5, 20)], 20, 25)
    (True, False)
    """
    return any(s < end and start < e for s, e in spans)


@dataclass(init=False)
class Event:
    """Who did what to whom in one sentence (PLOVER category)."""

    type: str
    source: str | None
    target: str | None
    sentence: int
    text: str
    score: float
    trigger: str
    source_country: str | None
    target_country: str | None

    def __init__(self, type: str, source: str | None, target: str | None, sentence: int,
                 text: str, score: float, trigger: str = "", source_country: str | None = None,
                 target_country: str | None = None) -> None:
        self.type = type
        self.source = source
        self.target = target
        self.sentence = sentence
        self.text = text
        self.score = score
        self.trigger = trigger
        self.source_country = source_country
        self.target_country = target_country

    def as_dict(self) -> dict:
        return {
            "type": self.type,
            "source": self.source,
            "target": self.target,
            "source_country": self.source_country,
            "target_country": self.target_country,
            "sentence": self.sentence,
            "text": self.text,
            "trigger": self.trigger,
            "score": self.score,
        }


@dataclass
class Document:
    """One article's text and everything the stages found in it."""

    text: str
    date: str
    outlet: str | None = None
    lang: str = "en"
    # the article's title, kept apart from the body: read only to tell whom the article
    # names ("Lee Myung Bak Group Accused" over a body that says "the puppet group")
    headline: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # country words that are no mention of the state but tell who acts in an event: an
    # office nobody was found for ("expelled the DPRK ambassador"), a people ("south
    # Koreans held a rally")
    event_countries: list[Mention] = field(default_factory=list)
    # the country of an actor outside the registry, where its name tells it ("the
    # Liberian Peace Council": liberia), for the countries of events
    actor_countries: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {
            "lang": self.lang,
            "sentences": [{"start": s, "end": e} for s, e in self.sentences],
            "mentions": [m.as_dict() for m in self.mentions],
            "events": [e.as_dict() for e in self.events],
        }
