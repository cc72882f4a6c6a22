"""Ministries the registry lacks, named without their country: "the Ministry of Culture".

KCNA names a state's ministry by its bare name where the article makes the state
plain: "an official of the Ministry of Culture" in a report from Pyongyang is the
DPRK's, "the puppet Ministry of Education" south Korea's, "the Ministry of Royal
Palace" after the King of Cambodia is named, Cambodia's, "the Ministry of Public
Security" in a report datelined Beijing, China's. Such a ministry gets an id
as the registry gives its ministries: the country's prefix and the slug of the name
(``dprk-ministry-of-culture``), or the registered ministry's own id where the
registry holds that ministry under another name ("the Ministry of Foreign Affairs" in
a DPRK context is ``dprk-foreign-ministry``).

>>> from nkwatch.analysis.registry import load_registry
>>> ids = MinistryIds(load_registry())
>>> ids.of("north-korea", "Ministry of Culture")
'dprk-ministry-of-culture'
>>> ids.of("north-korea", "Ministry of Foreign Affairs")
'dprk-foreign-ministry'
>>> ids.of("russia", "Ministry of Foreign Affairs")
'russia-ministry-of-foreign-affairs'
>>> ids.of("cambodia", "Ministry of Royal Palace")
'cambodia-ministry-of-royal-palace'
>>> ids.of("north-korea", "Ministry of People's Armed Forces")
'dprk-ministry-of-national-defence'
"""

import re

from nkwatch.analysis.people import slug
from nkwatch.analysis.registry import Registry

# the registry's prefixes for the ministries of these countries; others use the
# country's id ("china-ministry-of-foreign-affairs")
_PREFIXES = {"north-korea": "dprk", "south-korea": "sk", "united-states": "us"}
# "Beijing, July 21 (KCNA) --": where a report was filed
_DATELINE = re.compile(r"([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?), [A-Z][a-z]+\.? \d{1,2} \(KCNA\)")
# a registered ministry's name, and its country words to take off: "DPRK Ministry of
# ...", "south Korean Ministry of ...", "Ministry of ... of the DPRK", "... (South Korea)"
_MINISTRY_NAME = re.compile(r"(?:DPRK |[Ss]outh Korean )?Ministry ")
_COUNTRY_WORDS = re.compile(
    r"^(?:DPRK|[Ss]outh Korean) "
    r"|(?: of the DPRK| of the Democratic People's Republic of Korea| \([^)]*\))$")


def prefix(country: str) -> str:
    """The prefix of a country's ministries' ids.

    >>> prefix("south-korea"), prefix("vietnam")
    ('sk', 'vietnam')
    """
    return _PREFIXES.get(country, country)


class MinistryIds:
    """The id of a country's ministry named bare, registered or not."""

    def __init__(self, registry: Registry) -> None:
        self._registered: dict[tuple[str, str], str] = {}
        #: the short names of registered bodies, read as theirs where their country is
        #: named ("Ministry of Defense" is south Korea's in KCNA, not the DPRK's)
        self._short_names: set[str] = set()
        #: a capital's name -> its country ("Beijing" -> "china"), for datelines
        self._capitals: dict[str, str] = {}
        for actor in registry.actors.values():
            if actor.kind == "country":
                for capital in actor.capitals:
                    self._capitals.setdefault(capital, actor.id)
            if actor.kind != "organization" or actor.country is None:
                continue
            for name in (actor.name, *actor.aliases, *actor.short):
                if _MINISTRY_NAME.match(name):
                    key = _key(_COUNTRY_WORDS.sub("", name))
                    self._registered.setdefault((actor.country, key), actor.id)
            self._short_names.update(_key(name) for name in actor.short)

    def dateline_country(self, text: str) -> str | None:
        """The country of the city an article is datelined from ("Beijing, July 21
        (KCNA) --"), if the registry knows it as a capital.

        >>> from nkwatch.analysis.registry import load_registry
        >>> MinistryIds(load_registry()).dateline_country("Notice  Beijing, July 21 (KCNA) --")
        'china'
        """
        match = _DATELINE.search(text, 0, 400)
        return self._capitals.get(match.group(1)) if match is not None else None

    def is_short(self, name: str) -> bool:
        """Whether a registered body goes by ``name`` where its country is named."""
        return _key(name) in self._short_names

    def of(self, country: str, name: str) -> str:
        """The id of ``country``'s ministry called ``name`` ("Ministry of Culture")."""
        registered = self._registered.get((country, _key(name)))
        if registered is not None:
            return registered
        return f"{prefix(country)}-{slug(name)}"


def _key(name: str) -> str:
    """A ministry's name for lookups: "Ministry of People's Armed Forces" and "Ministry
    of the People's Armed Forces" are one."""
    return name.lower().replace(" the ", " ")


_BY_VERSION: dict[str, MinistryIds] = {}


def ministry_ids(registry: Registry) -> MinistryIds:
    """The :class:`MinistryIds` of a registry, built once per registry version."""
    ids = _BY_VERSION.get(registry.version)
    if ids is None:
        ids = _BY_VERSION[registry.version] = MinistryIds(registry)
    return ids
