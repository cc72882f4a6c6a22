"""A bare "the Party": the Workers' Party of Korea, or the party the article named."""

import pytest

from conftest import CORPORA
from nkwatch.analysis.pipeline import annotate, annotate_raw
from nkwatch.evaluation.corpus import article_text, find_article


def parties(text, date="2012-04-15"):
    return [(m.actor, m.text) for m in annotate(text, date=date).mentions
            if m.kind == "organization"]


@pytest.mark.parametrize("text", [
    "The soldiers remain loyal to the Party and the leader.",
    "They carried out the Party's policy of giving importance to science.",
    "When the Party is determined, we can do anything.",
])
def test_bare_party_is_the_wpk(text):
    assert parties(text) == [("workers-party-of-korea", "Party")]


@pytest.mark.parametrize("text", [
    "The Party members met in the hall.",             # a modifier
    "The Party Central Committee met in the hall.",  # the start of a body's name
    "He met the leader of the Party for Unity and Progress.",  # part of a name
    "They held a party in honour of the delegation.",  # a reception
])
def test_party_that_is_not_a_bare_party(text):
    assert parties(text) == []


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
    record = find_article(CORPORA, corpus, url)
    text = article_text(record)
    assert text[at:at + 5] == "Party"
    doc = annotate_raw(text, date=record["date"])
    assert [m.actor for m in doc.mentions if m.start == at] == [actor]
