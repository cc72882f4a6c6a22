"""Jinja2 rendering with autoescape, and the filters that mark up untrusted text safely.

Article text is untrusted: every filter escapes it first and adds only its own tags.

>>> str(marked("a **<b>dotard</b>** here"))
'a <mark>&lt;b&gt;dotard&lt;/b&gt;</mark> here'
>>> safe_url("javascript:alert(1)") is None
True
>>> str(highlight("Trump <is> lunatic Trump", "lunatic Trump"))
'Trump &lt;is&gt; <mark>lunatic Trump</mark>'
"""

from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

FORM_NAMES = {"epithet": "epithet", "title": "title", "name": "name", "role": "role"}


def marked(snippet: str | None) -> Markup:
    """Escape a search snippet and turn its ``**match**`` markers into ``<mark>``."""
    parts = (snippet or "").split("**")
    out = []
    for i, part in enumerate(parts):
        text = escape(part)
        out.append(Markup("<mark>{}</mark>").format(text) if i % 2 and i < len(parts) - 1
                   else text if i % 2 == 0 else Markup("**") + text)
    return Markup("").join(out)


def safe_url(url: str | None) -> str | None:
    """``url`` if it is http(s), else ``None`` (never a ``javascript:`` link)."""
    if url and url.lower().startswith(("http://", "https://")):
        return url
    return None


def highlight(sentence: str | None, text: str | None) -> Markup:
    """Escape ``sentence`` and mark the first occurrence of ``text`` in it."""
    sentence = sentence or ""
    at = sentence.find(text) if text else -1
    if at < 0:
        return escape(sentence)
    return Markup("{}<mark>{}</mark>{}").format(sentence[:at], text,
                                                sentence[at + len(text):])


def form_class(form: str | None) -> str:
    """CSS class of an address form (``f-none`` for countries and organisations)."""
    return f"f-{FORM_NAMES.get(form or '', 'none')}"


def body_marked(body: str, mentions: list[dict]) -> Markup:
    """The article body, escaped, with every mention a coloured link to its actor.

    Overlapping mentions keep the first; offsets are into ``body``.
    """
    out, cursor = [], 0
    for m in sorted(mentions, key=lambda m: (m["start"], -m["end"])):
        start, end = int(m["start"]), int(m["end"])
        if start < cursor or end > len(body) or start >= end:
            continue
        out.append(escape(body[cursor:start]))
        tone = "" if m.get("tone") is None else f" · tone {m['tone']:+.2f}"
        epithets = ", ".join(m.get("epithets") or [])
        label = f"{m['actor']} · {m.get('form') or m.get('kind')}{tone}"
        if epithets:
            label += f" · {epithets}"
        out.append(Markup('<a class="m {}" id="m{}" href="/actors/{}" title="{}">{}</a>').format(
            form_class(m.get("form")), m["id"], m["actor"], label, body[start:end]))
        cursor = end
    out.append(escape(body[cursor:]))
    return Markup("").join(out)


def query(params: dict) -> str:
    """A url query string from the non-empty ``params``."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def number(value) -> str:
    """``12,345``; ``-`` for nothing."""
    if value is None:
        return "-"
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}"
    return f"{int(value):,}"


def tone(value) -> str:
    """Signed tone with two decimals, ``-`` for none."""
    return "-" if value is None else f"{value:+.2f}"


ENV = Environment(loader=PackageLoader("nkwatch.web", "templates"),
                  autoescape=select_autoescape(default=True, default_for_string=True),
                  trim_blocks=True, lstrip_blocks=True)
ENV.filters.update(marked=marked, safe_url=safe_url, highlight=highlight, form_class=form_class,
                   body_marked=body_marked, query=query, number=number, tone=tone)


def render(template: str, **context) -> str:
    """Render one template (autoescaped)."""
    return ENV.get_template(template).render(**context)
