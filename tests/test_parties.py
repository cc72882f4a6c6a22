"""A bare "the Party": the Workers' Party of Korea, or the party the article named."""

import pytest

from conftest import annotate_archive_article
from nkwatch.analysis.pipeline import annotate


def parties(text, date="2012-04-15"):
    return [(m.actor, m.text) for m in annotate(text, date=date).mentions
            if m.kind == "organization"]


@pytest.mark.parametrize("text", [
    "The soldiers remain loyal to the Party and the leader.",
    "They carried out the Party's policy of giving importance to science.",
    "When the Party is determined, we can do anything.",
    # KCNA's praise before it
    "The soldiers remain loyal to our great Party and the leader.",
    "They dedicated their labour results to the motherly Party.",
])
def test_bare_party_is_the_wpk(text):
    assert parties(text) == [("workers-party-of-korea", "Party")]


@pytest.mark.parametrize("text", [
    "The Party members met in the hall.",             # a modifier
    "They met at the Party Central Committee Building.",  # the start of a building's name
    "He met the leader of the Party for Unity and Progress.",  # part of a name
    "They held a party in honour of the delegation.",  # a reception
    "They met the great Party members in the hall.",  # praise, then a modifier
])
def test_party_that_is_not_a_bare_party(text):
    assert [actor for actor, _ in parties(text)
            if actor != "party-for-unity-and-progress"] == []


@pytest.mark.parametrize("text, expected", [
    # the WPK's name split by a list before "of Korea"
    ("He wished the Workers' Party and people of Korea success.",
     [("workers-party-of-korea", "Workers' Party")]),
    ("They supported the workers' party and all the people of Korea.",
     [("workers-party-of-korea", "workers' party")]),
    # another country's
    ("He met the Workers' Party and people of Brazil.", []),
])
def test_the_workers_party_and_people_of_korea(text, expected):
    assert parties(text) == expected


def test_the_party_last_named_in_the_article():
    found = parties("The Communist Party of Vietnam held its congress. The Party set new tasks.")
    assert found == [("communist-party-of-vietnam", "Communist Party of Vietnam"),
                     ("communist-party-of-vietnam", "Party")]


@pytest.mark.parametrize("url, at, actor", [
    # "a reliable strength for the Party and the nation", after the LPRP is named
    ("http://kcna.co.jp/item/2011/201108/news29/20110829-30ee.html", 484,
     "lao-peoples-revolutionary-party"),
    # "senior officials of the Party, the state and the army"
    ("http://kcna.co.jp/item/2003/200309/news09/10.htm#5", 1167, "workers-party-of-korea"),
])
def test_bare_party_in_the_archive(url, at, actor):
    corpus = f"kcna-en-1997-2018/kcna-{url.split('/item/')[1][:4]}.jsonl.gz"
    doc = annotate_archive_article(corpus, url)
    assert doc.text[at:at + 5] == "Party"
    assert [m.actor for m in doc.mentions if m.start == at] == [actor]


@pytest.mark.parametrize("text, expected", [
    ("The soldiers will defend the Party Central Committee with their lives.",
     [("workers-party-of-korea", "Party Central Committee")]),
    ("They praised the great Party Central Committee that leads them.",
     [("workers-party-of-korea", "Party Central Committee")]),
    ("It was the 4th Plenary Meeting of the 8th Party Central Committee.",
     [("workers-party-of-korea", "Party Central Committee")]),
    ("They pledged to follow our Party only.", [("workers-party-of-korea", "Party")]),
    ("Our Party and people won a victory.", [("workers-party-of-korea", "Party")]),
    # "our Party" is the DPRK's voice even after a foreign party is named
    ("The Communist Party of Cuba held its congress. Our Party greeted it.",
     [("communist-party-of-cuba", "Communist Party of Cuba"),
      ("workers-party-of-korea", "Party")]),
    # "the Party Central Committee" is the party last named, as a bare "the Party" is
    ("The Communist Party of Cuba held its congress. The Party Central Committee met.",
     [("communist-party-of-cuba", "Communist Party of Cuba"),
      ("communist-party-of-cuba", "Party Central Committee")]),
])
def test_party_central_committee_and_our_party(text, expected):
    assert parties(text) == expected


@pytest.mark.parametrize("text", [
    'He published "The General Line of Our Party" that year.',  # the title of a work
    "Our Party members met in the hall.",  # a modifier
])
def test_our_party_that_is_not_the_party(text):
    assert parties(text) == []


@pytest.mark.parametrize("url, at, span", [
    # "members of the Political Bureau of the Party Central Committee."
    ("http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-06-09-0003", 861,
     "Party Central Committee"),
    # "our Party and people expect a great deal from the People's Army"
    ("http://www.rodong.rep.kp/en/index.php?strPageID=SF01_02_01&newsID=2022-08-19-0010", 13964,
     "Party"),
])
def test_party_central_committee_and_our_party_in_rodong(url, at, span):
    doc = annotate_archive_article("rodong-en-2021-2022/rodong-top-news.jsonl.gz", url)
    found = [(m.actor, m.text) for m in doc.mentions if m.start <= at + 4 < m.end]
    assert found == [("workers-party-of-korea", span)]


@pytest.mark.parametrize("text, expected", [
    # KCNA's lower-case "the party", "the whole party", in an article naming the DPRK
    # or one of its own
    ("The DPRK people remain loyal to the party and the leader.",
     [("workers-party-of-korea", "party")]),
    ("Kim Jong Il called on the whole party and army to work hard.",
     [("workers-party-of-korea", "party")]),
    ("The puppet forces' racket to dissolve the party failed.", []),
    # the party of a party named without "Party"
    ("The United Liberal Democrats met. The party reorganized its committee.",
     [("united-liberal-democrats", "United Liberal Democrats"),
      ("united-liberal-democrats", "party")]),
    # "the party ... of the DPRK" is the WPK though another party was named before; that
    # party's own "party and state" is its own
    ("The Communist Party of Vietnam values the party, government and people of the DPRK.",
     [("communist-party-of-vietnam", "Communist Party of Vietnam"),
      ("workers-party-of-korea", "party")]),
    ("The Communist Party of China met. It leads the party and the state.",
     [("communist-party-of-china", "Communist Party of China"),
      ("communist-party-of-china", "party")]),
    # not a side, nor another state's party in a list, nor a party of traitors
    ("The DPRK is the party concerned of the dialogue.", []),
    ("Today the party and government of China sent volunteers.", []),
    ("It denounced the boss of the party of traitors.", []),
    # nor a banquet
    ("A banquet was given. Present at the party were officials.", []),
    ("Speeches were exchanged at the party.", []),
])
def test_lower_case_party(text, expected):
    assert [f for f in parties(text) if f[0] != "north-korea"] == expected


def test_lower_case_party_in_the_archive():
    # "... called on the whole party and army and all people to ..." (1999)
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-1999.jsonl.gz",
                                  "http://kcna.co.jp/item/1999/9904/news04/19.htm#16")
    assert [(m.actor, m.text) for m in doc.mentions if m.start == 753] == [
        ("workers-party-of-korea", "party")]
