"""Ministries outside the registry named without their country (nkwatch.analysis.ministries)."""

import pytest

from nkwatch.analysis.pipeline import annotate
from test_labels import labelled_at


def ministries(text, date="2010-05-21"):
    return [(m.actor, m.text, m.epithets) for m in annotate(text, date=date).mentions
            if m.kind == "organization"]


@pytest.mark.parametrize(("text", "expected"), [
    # no country in the sentence or the one before: the DPRK's, whose media these are
    ("Ri Kyong Min, an official of the Ministry of Culture, told KCNA.",
     [("dprk-ministry-of-culture", "Ministry of Culture", [])]),
    # "puppet" before it: south Korea's (the lexicon's country of the insult), the
    # insult part of the mention, as on a registered body
    ("He slammed the puppet Ministry of Marine Transport and Fishery.",
     [("sk-ministry-of-marine-transport-and-fishery",
       "puppet Ministry of Marine Transport and Fishery", ["puppet"])]),
    ("He slammed the south Korean puppet Ministry of Marine Transport and Fishery.",
     [("sk-ministry-of-marine-transport-and-fishery",
       "south Korean puppet Ministry of Marine Transport and Fishery", ["puppet"])]),
    ("The south Korean Ministry of Finance and Economy said.",
     [("sk-ministry-of-finance-and-economy", "south Korean Ministry of Finance and Economy",
       [])]),
    # the country named last before it, and the registry's id prefix for it
    ("The Russian delegation arrived. It met officials of the Ministry of Transport.",
     [("russia-ministry-of-transport", "Ministry of Transport", [])]),
    # a country after "of" closing the name: the id is the one of the bare name's
    ("A delegation of the Ministry of Foreign Affairs of Vietnam left here.",
     [("vietnam-ministry-of-foreign-affairs", "Ministry of Foreign Affairs of Vietnam", [])]),
    ("Officials of the Ministry of Knowledge and Economy of south Korea were arrested.",
     [("sk-ministry-of-knowledge-and-economy",
       "Ministry of Knowledge and Economy of south Korea", [])]),
    # a registered ministry under another name of it
    ("From the DPRK side were officials of the Ministry of Foreign Affairs.",
     [("dprk-foreign-ministry", "Ministry of Foreign Affairs", [])]),
    ("Meanwhile, service personnel of the Ministry of People's Armed Forces met.",
     [("dprk-ministry-of-national-defence", "Ministry of People's Armed Forces", [])]),
    # a possessive is no part of a name
    ("It is proven by the puppet Ministry of Education's announcement.",
     [("sk-ministry-of-education", "puppet Ministry of Education", ["puppet"])]),
    # a name going on past commas, and its country after it; not a day after the name
    ("A delegation of the Ministry of Culture, Sports and Tourism of Vietnam arrived.",
     [("vietnam-ministry-of-culture-sports-and-tourism",
       "Ministry of Culture, Sports and Tourism of Vietnam", [])]),
    ("It was said by a spokesman for the Ministry of Education of the DPRK Friday.",
     [("dprk-ministry-of-education", "Ministry of Education of the DPRK", [])]),
    # the U.S. has departments: a ministry after it is named is not its
    ("The U.S. said so. As the spokesman for the Ministry of Foreign Affairs said, we act.",
     [("dprk-foreign-ministry", "Ministry of Foreign Affairs", [])]),
    # no country in the two sentences: the one of the city the report is datelined from
    ("Mail Service  Beijing, July 21 (KCNA) -- The Ministry of Public Security issued it.",
     [("china-ministry-of-public-security", "Ministry of Public Security", [])]),
])
def test_a_ministry_named_bare_is_its_countrys(text, expected):
    assert ministries(text) == expected


@pytest.mark.parametrize("text", [
    # south Korea's in KCNA (a registered short name), not the DPRK's by default
    "Speakers at the rally denounced the regime and the Ministry of Defense.",
    # not a name's start: another body's name and "and" before it
    "Doctors of the Pyongyang Ophthalmic Hospital and Ministry of Public Health met.",
    # lower case: no name
    "The green house under the ministry of railways has opened.",
])
def test_what_is_no_bare_ministry(text):
    assert ministries(text) == []


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "..., said an official of the Ministry of Land and Environmental Conservation."
    ("kcna-en-1997-2018/kcna-2011.jsonl.gz",
     "http://kcna.co.jp/item/2011/201105/news21/20110521-22ee.html", 166,
     ("dprk-ministry-of-land-and-environmental-conservation",
      "Ministry of Land and Environmental Conservation", [])),
    ("kcna-en-1997-2018/kcna-2015.jsonl.gz",
     "http://kcna.co.jp/item/2015/201504/news30/20150430-16ee.html", 431,
     ("dprk-ministry-of-culture", "Ministry of Culture", [])),
    # the King of Cambodia named the sentence before
    ("kcna-en-1997-2018/kcna-2004.jsonl.gz", "http://kcna.co.jp/item/2004/200409/news09/15.htm#6",
     566, ("cambodia-ministry-of-royal-palace", "Ministry of Royal Palace", [])),
    # "It is proven by the puppet Ministry of Education's recent announcement"
    ("kcna-en-1997-2018/kcna-1997.jsonl.gz", "http://kcna.co.jp/item/1997/9707/news7/30.htm#8",
     208, ("sk-ministry-of-education", "puppet Ministry of Education", ["puppet"])),
    # "Beijing, July 21 (KCNA) -- The Ministry of Public Security, ..." (2011)
    ("kcna-en-1997-2018/kcna-2011.jsonl.gz",
     "http://kcna.co.jp/item/2011/201107/news22/20110722-23ee.html", 83,
     ("china-ministry-of-public-security", "Ministry of Public Security", [])),
    # a Japanese school's supporters "handed to the SDP and the Ministry of Education of
    # Japan a written request" and later "called at the Ministry of Education": one id
    ("kcna-en-1997-2018/kcna-2010.jsonl.gz",
     "http://kcna.co.jp/item/2010/201008/news06/20100806-04ee.html", 1287,
     ("japan-ministry-of-education", "Ministry of Education of Japan", [])),
    ("kcna-en-1997-2018/kcna-2010.jsonl.gz",
     "http://kcna.co.jp/item/2010/201008/news06/20100806-04ee.html", 1840,
     ("japan-ministry-of-education", "Ministry of Education", [])),
])
def test_bare_ministries_in_the_archive(corpus, url, at, expected):
    assert labelled_at(corpus, url, at) == [expected]
