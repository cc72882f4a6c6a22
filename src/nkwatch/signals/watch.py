"""Alerts: evaluate rules against the stored signals and deliver each new one once.

Rules are TOML::

    [[rule]]
    name = "trump-hostility"
    actor = "donald-trump"        # optional
    outlet = "kcna"               # optional
    kinds = ["escalation", "first"]   # optional: any kind
    min_strength = 5.0            # optional
    since = "2017-01-01"          # optional: ignore older signals

Delivery is recorded in the store (``alerts_sent``) per rule, signal and
channel, after the channel accepted it, so a restarted watcher sends nothing
twice. Webhook posts carry ``X-Nkwatch-Alert-Id`` so a receiver can dedupe
even a retry whose answer was lost.

>>> rule = Rule("r", actor="donald-trump", kinds=["first"], min_strength=1.0)
>>> rule.matches({"kind": "first", "actor": "donald-trump", "outlet": "kcna",
...               "strength": 8.0, "date": "2017-09-22"})
True
"""

import json
import sqlite3
import sys
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nkwatch.errors import UserError
from nkwatch.signals.engine import stored_signals

KINDS = ("silence", "first", "escalation", "de-escalation", "surge")


@dataclass
class Rule:
    """Which signals a rule wants."""

    name: str
    actor: str | None = None
    outlet: str | None = None
    kinds: list[str] | None = None
    min_strength: float = 0.0
    since: str | None = None

    def matches(self, signal: dict) -> bool:
        return (
            (self.actor is None or signal["actor"] == self.actor)
            and (self.outlet is None or signal["outlet"] == self.outlet)
            and (self.kinds is None or signal["kind"] in self.kinds)
            and signal["strength"] >= self.min_strength
            and (self.since is None or signal["date"] >= self.since)
        )


def load_rules(path: str | Path) -> list[Rule]:
    """Read and check a rules file; any mistake is a one-line :class:`UserError`."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise UserError(f"no rules file {path}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise UserError(f"{path}: {exc}") from exc
    rules = []
    allowed = {"name", "actor", "outlet", "kinds", "min_strength", "since"}
    for index, entry in enumerate(data.get("rule", []), start=1):
        unknown = set(entry) - allowed
        if unknown:
            raise UserError(f"{path}: rule {index}: unknown key(s) {', '.join(sorted(unknown))}")
        kinds = entry.get("kinds")
        if kinds is not None and (not isinstance(kinds, list) or set(kinds) - set(KINDS)):
            raise UserError(f"{path}: rule {index}: kinds must be a list of {', '.join(KINDS)}")
        rules.append(Rule(name=str(entry.get("name", f"rule-{index}")), actor=entry.get("actor"),
                          outlet=entry.get("outlet"), kinds=kinds,
                          min_strength=float(entry.get("min_strength", 0.0)),
                          since=entry.get("since")))
    if not rules:
        raise UserError(f"{path}: no [[rule]] tables")
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise UserError(f"{path}: rule names must be unique")
    return rules


def alert_payload(rule: Rule, signal: dict) -> dict:
    """The JSON document of one alert."""
    body = {k: v for k, v in signal.items() if k != "key"}
    return {"rule": rule.name, "id": f"{rule.name}|{signal['key']}", "signal": body}


class StreamSink:
    """JSON lines to stdout or appended to a file."""

    def __init__(self, path: str | None) -> None:
        self.path = path
        self.channel = f"file:{path}" if path else "stdout"

    def send(self, payload: dict) -> bool:
        line = json.dumps(payload, ensure_ascii=False) + "\n"
        if self.path:
            with open(self.path, "a", encoding="utf-8") as handle:
                handle.write(line)
        else:
            sys.stdout.write(line)
            sys.stdout.flush()
        return True


class WebhookSink:
    """HTTP POST of each alert, with retries and a timeout; failures wait for the next pass."""

    def __init__(self, url: str, timeout: float = 5.0, retries: int = 3,
                 backoff: float = 0.5, sleep: Callable[[float], None] = time.sleep) -> None:
        self.url = url
        self.channel = f"webhook:{url}"
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep

    def send(self, payload: dict) -> bool:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        for attempt in range(self.retries):
            request = urllib.request.Request(
                self.url, data=data, method="POST",
                headers={"Content-Type": "application/json",
                         "X-Nkwatch-Alert-Id": payload["id"]})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    if 200 <= response.status < 300:
                        return True
            except (urllib.error.URLError, OSError, ValueError) as exc:
                print(f"nkwatch: webhook {self.url} attempt {attempt + 1} failed: {exc}",
                      file=sys.stderr)
            self.sleep(self.backoff * (2 ** attempt))
        return False


def deliver(conn: sqlite3.Connection, rules: list[Rule], sinks: list) -> int:
    """Send every matching signal not yet sent on each sink; return how many were sent."""
    sent = 0
    signals = stored_signals(conn)
    for sink in sinks:
        done = {(r, k) for r, k in conn.execute(
            "SELECT rule, signal_key FROM alerts_sent WHERE channel = ?", (sink.channel,))}
        for rule in rules:
            for signal in signals:
                if (rule.name, signal["key"]) in done or not rule.matches(signal):
                    continue
                if not sink.send(alert_payload(rule, signal)):
                    continue
                with conn:
                    conn.execute(
                        "INSERT OR IGNORE INTO alerts_sent (rule, signal_key, channel, sent_at)"
                        " VALUES (?,?,?,?)",
                        (rule.name, signal["key"], sink.channel,
                         datetime.now(UTC).isoformat(timespec="seconds")))
                sent += 1
    return sent


def store_version(conn: sqlite3.Connection) -> tuple:
    """Changes whenever signals were recomputed (after an ingest or analyze)."""
    return conn.execute("SELECT max(detected_at), count(*) FROM signals").fetchone()
