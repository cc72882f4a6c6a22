"""The analysis pipeline: a list of small stages over one document.

>>> doc = annotate("U.S. President Trump had a phone conversation.", date="2017-02-10")
>>> [(m.actor, m.form, m.title) for m in doc.mentions]
[('donald-trump', 'title', 'U.S. President')]
>>> annotate("They planted rice.", date="2005-05-01").mentions
[]
"""

import hashlib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from nkwatch.analysis.context import get_context
from nkwatch.analysis.document import Document
from nkwatch.analysis.lexicon import load_lexicon
from nkwatch.analysis.matcher import get_matcher
from nkwatch.analysis.mentions import find_mentions
from nkwatch.analysis.registry import load_registry
from nkwatch.analysis.sentences import split_sentences
from nkwatch.ingest.normalize import normalize, to_raw_offset

Stage = Callable[[Document], None]


def segment(doc: Document) -> None:
    """Split the text into sentences."""
    doc.sentences = split_sentences(doc.text)


def mentions(doc: Document) -> None:
    """Find actor mentions and their address forms."""
    doc.mentions = find_mentions(doc, load_registry(), get_matcher(), get_context(),
                                 load_lexicon())


@lru_cache(maxsize=1)
def default_stages() -> tuple[Stage, ...]:
    """The stages run by :func:`annotate`, in order."""
    stages: list[Stage] = [segment, mentions]
    try:
        from nkwatch.analysis.tone import score_tone

        stages.append(score_tone)
    except ImportError:
        pass
    try:
        from nkwatch.analysis.events import code_events

        stages.extend([code_events, event_countries])
    except ImportError:
        pass
    return tuple(stages)


def event_countries(doc: Document) -> None:
    """Give every event the countries its source and target act for (for an actor
    outside the registry, the country its name tells)."""
    registry = load_registry()
    for event in doc.events:
        event.source_country = _country(registry, doc, event.source)
        event.target_country = _country(registry, doc, event.target)


def _country(registry, doc: Document, actor: str | None) -> str | None:
    if actor is None:
        return None
    return registry.country_of(actor) or doc.actor_countries.get(actor)


def annotate(text: str, date: str, outlet: str | None = None, lang: str = "en",
             stages: tuple[Stage, ...] | None = None, headline: str = "") -> Document:
    """Run every stage over ``text`` published on ``date``; return the document.

    ``text`` should be normalised (as stored); see :func:`annotate_raw` otherwise.
    ``headline``, the article's title, is not analysed: it only tells whom the article
    names (a nameless "puppet group" is the government of the president it names).
    """
    doc = Document(text=text, date=date, outlet=outlet, lang=lang, headline=headline)
    for stage in stages or default_stages():
        stage(doc)
    return doc


def annotate_raw(text: str, date: str, outlet: str | None = None, lang: str = "en",
                 title: str = "") -> Document:
    """Annotate text exactly as read: normalise it, analyse, map offsets back.

    >>> doc = annotate_raw("Talks\\r\\nwith  Kim Jong Il", date="1997-01-06")
    >>> [(m.text, m.start) for m in doc.mentions]
    [('Kim Jong Il', 13)]
    """
    norm = normalize(text, title)
    doc = annotate(norm.text, date, outlet, lang, headline=title)

    def back(start: int, end: int) -> tuple[int, int]:
        if end <= start:
            return to_raw_offset(norm.anchors, start), to_raw_offset(norm.anchors, start)
        return to_raw_offset(norm.anchors, start), to_raw_offset(norm.anchors, end - 1) + 1

    for mention in doc.mentions:
        mention.start, mention.end = back(mention.start, mention.end)
        mention.text = text[mention.start:mention.end]
    doc.sentences = [back(s, e) for s, e in doc.sentences]
    for event in doc.events:
        event.text = text[slice(*doc.sentences[event.sentence])] if doc.sentences else event.text
    doc.text = text
    return doc


def analysis_version() -> str:
    """Digests of the registry, the lexicons and the analysis code: stored analyses
    made with another version are redone by ``nkwatch analyze``.

    >>> registry, lexicons, code = analysis_version().split("-")
    >>> len(code)
    12
    """
    return f"{load_registry().version}-{load_lexicon().version}-{_code_version()}"


@lru_cache(maxsize=1)
def _code_version() -> str:
    """Digest of this package's source files and of the event scores (a new release
    analyses anew)."""
    here = Path(__file__).parent
    digest = hashlib.sha1()
    for path in [*sorted(here.glob("*.py")), here.parent / "data" / "events-scores.toml"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
