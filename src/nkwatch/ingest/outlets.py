"""Recognise the outlet of an article from its url host (data: ``outlets.toml``).

>>> outlet_for_url("http://kcna.co.jp/item/2017/201709/news22/x.html")
'kcna'
>>> outlet_for_url("http://www.rodong.rep.kp/en/index.php?newsID=1")
'rodong'
>>> outlet_for_url("https://example.org/a") is None
True
"""

import tomllib
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit


@lru_cache(maxsize=1)
def load_outlets() -> dict[str, dict]:
    """Return the outlets by id."""
    text = (resources.files("nkwatch") / "data" / "outlets.toml").read_text(encoding="utf-8")
    return {o["id"]: o for o in tomllib.loads(text)["outlet"]}


@lru_cache(maxsize=1)
def _host_table() -> dict[str, str]:
    return {host: o["id"] for o in load_outlets().values() for host in o["hosts"]}


def outlet_for_url(url: str) -> str | None:
    """Return the outlet id whose host matches the url's host, or None."""
    host = (urlsplit(url).hostname or "").lower()
    table = _host_table()
    while host:
        if host in table:
            return table[host]
        _, _, host = host.partition(".")
    return None
