"""Turn a raw record into an article ready to store, or a rejection.

Field names are looked up through a mapping (``--map dst=src``) and then a
list of usual names. The body is normalised (:mod:`nkwatch.ingest.normalize`),
hashed, and its language detected unless the record says it.

>>> from nkwatch.ingest.readers import RawRecord
>>> rec = RawRecord("f.jsonl", 1, {"headline": "Talks", "link": "http://kcna.kp/a",
...                               "date_str": "2018-01-09", "story": "Talks were held."})
>>> art = prepare(rec, {"title": "headline", "url": "link", "date": "date_str", "body": "story"})
>>> (art.outlet, art.lang, art.date, art.body)
('kcna', 'en', '2018-01-09', 'Talks were held.')
>>> prepare(RawRecord("f.jsonl", 2, {"body": "x"}), {}).why
'no date'
"""

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlsplit

from nkwatch.ingest.language import detect_language
from nkwatch.ingest.normalize import normalize
from nkwatch.ingest.outlets import outlet_for_url
from nkwatch.ingest.readers import RawRecord, Rejection

FIELDS = ("title", "url", "date", "body", "outlet", "lang")
USUAL_NAMES = {
    "title": ("title", "headline", "heading"),
    "url": ("url", "link", "href", "permalink"),
    "date": ("date", "published", "pub_date", "published_at", "datetime", "pubdate"),
    "body": ("content", "body", "text", "story", "article", "story_text"),
    "outlet": ("outlet",),
    "lang": ("lang", "language"),
}
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d %B %Y", "%B %d, %Y", "%d.%m.%Y", "%Y%m%d")
_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")


@dataclass
class PreparedArticle:
    """An article ready for the store."""

    outlet: str
    lang: str
    date: str
    url: str
    title: str
    body_raw: str
    body: str
    offset_map: str
    hash: str
    source: str
    position: int


def parse_map(spec: str | None) -> dict[str, str]:
    """Parse ``dst=src,dst=src`` into a dict; unknown destinations are an error.

    >>> parse_map("title=headline,body=story_text")
    {'title': 'headline', 'body': 'story_text'}
    """
    mapping: dict[str, str] = {}
    if not spec:
        return mapping
    for part in spec.split(","):
        dst, sep, src = part.partition("=")
        dst, src = dst.strip(), src.strip()
        if not sep or not dst or not src:
            raise ValueError(f"bad --map entry {part!r}: expected dst=src")
        if dst not in FIELDS:
            raise ValueError(f"bad --map destination {dst!r}: one of {', '.join(FIELDS)}")
        mapping[dst] = src
    return mapping


def parse_date(value: object) -> str | None:
    """Return an ISO date for the usual date spellings, else None.

    >>> parse_date("2017-09-22T05:00:00Z"), parse_date("September 22, 2017"), parse_date("soon")
    ('2017-09-22', '2017-09-22', None)
    """
    if value is None:
        return None
    text = str(value).strip()
    match = _ISO_PREFIX.match(text)
    try:
        if match:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        for fmt in _DATE_FORMATS:
            try:
                return datetime.strptime(text, fmt).date().isoformat()
            except ValueError:
                continue
    except ValueError:
        return None
    return None


def _field(fields: dict, name: str, mapping: dict[str, str]) -> object:
    if name in mapping:
        return fields.get(mapping[name])
    for key in USUAL_NAMES[name]:
        if key in fields and fields[key] not in (None, ""):
            return fields[key]
    return None


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n\n".join(str(v) for v in value if v is not None)
    return str(value)


def prepare(
    record: RawRecord,
    mapping: dict[str, str],
    outlet: str | None = None,
    lang: str | None = None,
) -> PreparedArticle | Rejection:
    """Validate and normalise one record."""
    where = f"{record.source}:{record.position}"
    fields = {**record.defaults, **record.fields}
    raw_date = _field(fields, "date", mapping)
    if raw_date in (None, ""):
        return Rejection(where, "no date")
    iso = parse_date(raw_date)
    if iso is None:
        return Rejection(where, f"unreadable date {str(raw_date)[:40]!r}")
    body_raw = _as_text(_field(fields, "body", mapping))
    title = " ".join(_as_text(_field(fields, "title", mapping)).split())
    norm = normalize(body_raw, title)
    if not norm.text:
        return Rejection(where, "no body")
    digest = hashlib.sha1(norm.text.encode("utf-8")).hexdigest()
    url = _as_text(_field(fields, "url", mapping)).strip() or f"urn:nkwatch:sha1:{digest}"
    chosen_outlet = (
        outlet
        or _as_text(_field(fields, "outlet", mapping)).strip()
        or outlet_for_url(url)
        or (urlsplit(url).hostname or "unknown")
    )
    chosen_lang = lang or _as_text(_field(fields, "lang", mapping)).strip().lower()
    if not chosen_lang:
        chosen_lang = detect_language(f"{title}\n{norm.text}")
    return PreparedArticle(
        outlet=chosen_outlet,
        lang=chosen_lang,
        date=iso,
        url=url,
        title=title,
        body_raw=body_raw,
        body=norm.text,
        offset_map=json.dumps(norm.anchors, separators=(",", ":")),
        hash=digest,
        source=record.source,
        position=record.position,
    )
