"""The actor registry: persons, countries, organisations, and roles with dates.

Loaded once from the reviewed TOML files in ``nkwatch/data/registry``
(format: ``docs/data-formats.md``). ``Registry.version`` is a digest of those
files, stored with every analysed article, so ``nkwatch analyze`` knows what
to redo after a registry change.

>>> reg = load_registry()
>>> reg.actors["donald-trump"].kind
'person'
>>> reg.holders("us-president", "2017-09-22")
['donald-trump']
>>> reg.holders("us-president", "2021-06-01")
['joe-biden']
"""

import hashlib
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from nkwatch.analysis.tokens import is_hangul


@dataclass(frozen=True)
class RoleSpan:
    """An actor holding a role from ``start`` (inclusive) to ``end`` (exclusive)."""

    role: str
    start: str
    end: str | None


@dataclass
class Actor:
    """One registry entry."""

    id: str
    kind: str
    name: str
    country: str | None = None
    iso3: str | None = None
    aliases: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    roles: list[RoleSpan] = field(default_factory=list)
    ambiguous: bool = False
    media: bool = False  # an outlet: it speaks, it is not spoken of
    place: bool = False  # a building naming its occupant: "in the White House" is a place
    ruling_party: str | None = None  # a one-party state's party: "the Chinese party" is it
    party: bool = False  # a political party whose name does not say so ("United Liberal
    # Democrats"): a later bare "the party" may be it
    # names taken on a date (a renamed body): name -> first date it is this actor's
    named_since: dict[str, str] = field(default_factory=dict)
    source: str = ""

    def holds(self, role: str, date: str) -> bool:
        """Whether this actor held ``role`` on ``date``."""
        return any(
            span.role == role and span.start <= date and (span.end is None or date < span.end)
            for span in self.roles
        )

    def roles_on(self, date: str) -> list[str]:
        """The roles this actor held on ``date``."""
        return [
            s.role for s in self.roles if s.start <= date and (s.end is None or date < s.end)
        ]


@dataclass
class Role:
    """An office: its titles and the nameless phrases that refer to its holder."""

    id: str
    country: str | None
    name: str
    titles: list[str]
    phrases: list[str]


@dataclass
class Registry:
    """All actors and roles, with lookups by role and date."""

    actors: dict[str, Actor]
    roles: dict[str, Role]
    version: str
    _holders: dict[str, list[tuple[str, str | None, str]]] = field(default_factory=dict)
    _hangul: set[str] = field(default_factory=set)
    media_names: set[str] = field(default_factory=set)  # outlets' names: never mentions
    demonym_of: dict[str, str] = field(default_factory=dict)  # "Russian" -> "russia"
    _offices: dict[tuple[str | None, str], str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.media_names = {name for a in self.actors.values() if a.media
                            for name in [*a.aliases, *a.short]}
        self._hangul = {name for a in self.actors.values() if a.kind == "country"
                        for name in [*a.aliases, *a.demonyms]
                        if name and all(is_hangul(c) for c in name)}
        for actor in self.actors.values():
            for span in actor.roles:
                self._holders.setdefault(span.role, []).append((span.start, span.end, actor.id))
        for spans in self._holders.values():
            spans.sort()
        self.demonym_of = {d: a.id for a in self.actors.values() if a.kind == "country"
                           for d in a.demonyms if d[:1].isupper()}
        for role in self.roles.values():  # the office a role id names after its state's prefix
            self._offices.setdefault((role.country, _office(role.id, role.country)), role.id)

    def office_role(self, country: str, office: str) -> str | None:
        """The role of ``office`` ("president", "prime-minister", "foreign-minister") in
        ``country``, where the registry has it.

        >>> load_registry().office_role("russia", "foreign-minister")
        'russia-foreign-minister'
        """
        return self._offices.get((country, office))

    def counterpart_role(self, role_id: str, country: str) -> str | None:
        """The same office in another state: ``("russia-foreign-minister", "iran")`` ->
        ``"iran-foreign-minister"``, where the registry has it (by the office its id
        names after the state's prefix).

        >>> load_registry().counterpart_role("dprk-foreign-minister", "russia")
        'russia-foreign-minister'
        """
        role = self.roles.get(role_id)
        return self._offices.get((country, _office(role_id, role.country if role else None)))

    def holders(self, role: str, date: str) -> list[str]:
        """Actor ids holding ``role`` on ``date`` (usually one)."""
        return [
            actor
            for start, end, actor in self._holders.get(role, [])
            if start <= date and (end is None or date < end)
        ]

    def hangul_countries(self) -> set[str]:
        """Country names and demonyms written in hangul ("미국", "남조선")."""
        return self._hangul

    def country_of(self, actor_id: str) -> str | None:
        """The country an actor acts for (a country is its own)."""
        actor = self.actors.get(actor_id)
        if actor is None:
            return None
        return actor.id if actor.kind == "country" else actor.country


def _data_files(folder: str) -> list[tuple[str, str]]:
    root = resources.files("nkwatch") / "data" / folder
    return sorted(
        (entry.name, entry.read_text(encoding="utf-8"))
        for entry in root.iterdir()
        if entry.name.endswith(".toml")
    )


def _actor(entry: dict) -> Actor:
    spans = [
        RoleSpan(r["role"], str(r["start"]), str(r["end"]) if r.get("end") else None)
        for r in entry.get("roles", [])
    ]
    return Actor(
        id=entry["id"],
        kind=entry["kind"],
        name=entry.get("name", entry["id"]),
        country=entry.get("country"),
        iso3=entry.get("iso3"),
        aliases=list(entry.get("aliases", [])),
        short=list(entry.get("short", [])),
        demonyms=list(entry.get("demonyms", [])),
        capitals=list(entry.get("capitals", [])),
        roles=spans,
        ambiguous=bool(entry.get("ambiguous", False)),
        media=bool(entry.get("media", False)),
        place=bool(entry.get("place", False)),
        party=bool(entry.get("party", False)),
        ruling_party=entry.get("ruling_party"),
        named_since={n["text"]: str(n["since"]) for n in entry.get("later_names", [])},
        source=entry.get("source", ""),
    )


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    """Load (once) every registry file shipped with nkwatch."""
    files = _data_files("registry")
    digest = hashlib.sha1()
    actors: dict[str, Actor] = {}
    roles: dict[str, Role] = {}
    for name, text in files:
        digest.update(name.encode())
        digest.update(text.encode())
        data = tomllib.loads(text)
        for entry in data.get("actor", []):
            if entry["id"] in actors:
                raise ValueError(f"{name}: actor {entry['id']} defined twice")
            actors[entry["id"]] = _actor(entry)
        for entry in data.get("role", []):
            roles[entry["id"]] = Role(
                id=entry["id"],
                country=entry.get("country"),
                name=entry.get("name", entry["id"]),
                titles=list(entry.get("titles", [])),
                phrases=list(entry.get("phrases", [])),
            )
    return Registry(actors=actors, roles=roles, version=digest.hexdigest()[:12])


def _office(role_id: str, country: str | None = None) -> str:
    """The office a role id names after its state's prefix, spelt one way
    ("dprk-defence-minister" and "sk-defense-minister": "defense-minister"; a premier is
    a prime minister); the prefix is the state's id where the role id opens with it
    ("south-africa-president": "president"), else its first word ("uk-", "sk-").

    >>> _office("south-africa-president", "south-africa"), _office("uk-prime-minister", "x")
    ('president', 'prime-minister')
    """
    if country and role_id.startswith(country + "-"):
        office = role_id[len(country) + 1:]
    else:
        office = role_id.split("-", 1)[-1]
    office = office.replace("defence", "defense")
    return "prime-minister" if office == "premier" else office
