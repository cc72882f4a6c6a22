"""Bodies outside the registry named by their shape (nkwatch.analysis.bodies)."""

import pytest

from conftest import annotate_archive_article
from nkwatch.analysis.pipeline import annotate


def found(text, date="2009-04-16"):
    return [(m.actor, m.text) for m in annotate(text, date=date).mentions]


@pytest.mark.parametrize(("text", "expected"), [
    # a name ending in a head noun, a country inside it part of it (the labelling guide)
    ("The Revolutionary Students Union of Nepal met.",
     [("revolutionary-students-union-of-nepal", "Revolutionary Students Union of Nepal")]),
    ("The Syrian General Sports Union signed it.",
     [("syrian-general-sports-union", "Syrian General Sports Union")]),
    ("The Khmer Democratic Party and the Party for Unity and Progress met.",
     [("khmer-democratic-party", "Khmer Democratic Party"),
      ("party-for-unity-and-progress", "Party for Unity and Progress")]),
    # a quote or a bracket opening the name is left out, its first word kept
    ('The "Korean Alliance for Progressive Movement" held a rally.',
     [("korean-alliance-for-progressive-movement", "Korean Alliance for Progressive Movement")]),
    ("Hanchongryon (Korean Alliance for Progressive Movement) held a rally.",
     [("hanchongryon", "Hanchongryon"),
      ("korean-alliance-for-progressive-movement", "Korean Alliance for Progressive Movement")]),
    # a possessive is no part of the name
    ("The Revolutionary Students Union of Nepal's leader spoke.",
     [("revolutionary-students-union-of-nepal", "Revolutionary Students Union of Nepal")]),
    # a state organ with its country
    ("The Foreign Ministry of Myanmar said.",
     [("foreign-ministry-of-myanmar", "Foreign Ministry of Myanmar")]),
    # "and" between capitalised words on the left; a list goes on after "and the"
    ("The National Democratic Youths and Students League and the Photographic Society of "
     "Japan met.",
     [("national-democratic-youths-and-students-league",
       "National Democratic Youths and Students League"),
      ("photographic-society-of-japan", "Photographic Society of Japan")]),
    # "Mt." inside a name
    ("The Swiss Preparatory Committee for the Meeting Praising Great Persons of Mt. Paektu "
     "met.",
     [("swiss-preparatory-committee-for-the-meeting-praising-great-persons-of-mt-paektu",
       "Swiss Preparatory Committee for the Meeting Praising Great Persons of Mt. Paektu")]),
    # a person inside the name is part of it
    ("The Swiss Committee for Remembering President Kim Il Sung met.",
     [("swiss-committee-for-remembering-president-kim-il-sung",
       "Swiss Committee for Remembering President Kim Il Sung")]),
])
def test_bodies_named_by_their_shape(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state's own name and a registered body win
    ("The Union of Myanmar and the Russian Federation met.", ["myanmar", "russia"]),
    ("The Central Committee of the Workers' Party of Korea met.", ["workers-party-of-korea"]),
    # generic words only: the WPK's organ, a demonym's party, an agency of any state
    # (a ministry so named is the country's the article speaks of: test_ministries.py)
    ("The Party Central Committee and the Chinese Party met.",
     ["workers-party-of-korea", "china"]),
    ("The Agency for Defense Development said.", []),
    # the name goes on after the head; a person's party; a news outlet
    ("He studied at the Kim Il Sung Higher Party School.", []),
    ("It is the glorious Party of President Kim Il Sung.", ["kim-il-sung"]),
    ("The Korean Central News Agency said.", []),
    # a song's title opening with "From"
    ('They sang the male duet "From Front to Front".', []),
    ("The Mongolian News Agency said.", []),  # (a news agency: an outlet, no state)
])
def test_what_is_no_body_of_its_own(text, expected):
    assert [actor for actor, _ in found(text)] == expected


def test_a_body_name_stops_before_the_next_persons_name_and_a_count():
    text = ("Present were co-chairperson of the Federation of Women's Organisations of South "
            "Korea Ji Un Hui and 4 personages, and the Chinese Manufacturers' Association of "
            "Hong Kong.")
    assert [m.text for m in annotate(text, date="1999-02-03").mentions
            if m.kind == "organization"] == [
        "Federation of Women's Organisations of South Korea",
        "Chinese Manufacturers' Association of Hong Kong"]


def test_a_country_and_two_generic_words_or_more_make_a_name():
    assert found("The Jordanian Democratic Youth Union and the Palestinian Youth Organization"
                 " met.") == [
        ("jordanian-democratic-youth-union", "Jordanian Democratic Youth Union"),
        ("palestinian-youth-organization", "Palestinian Youth Organization")]
    # not one word fewer, and not a name going on past its last capitalised word
    assert [a for a, _ in found("The Chinese Party met.")] == ["china"]
    assert found("He is chairman of the Peruvian Committee for Solidarity with World Youth.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a news outlet outside the registry named after a word for a paper
    ("The Indian paper Hindustan Times said so on Monday.",
     [("hindustan-times", "Hindustan Times")]),
    ("It was carried by the Russian paper Patriot No. 21.", [("patriot", "Patriot")]),
    ("according to the south Korean newspaper Labor and World.",
     [("labor-and-world", "Labor and World")]),
    # North Korea's own outlets speak; a longer quoted title and a white paper are no outlets
    ("He answered a question put by the newspaper Joson Inmingun.", []),
    ('They publish the magazine "Banner of Songun" now.', []),
    ('It released a white paper "Decline and Ruin of Empire" today.', []),
])
def test_cited_outlets(text, expected):
    assert [(a, t) for a, t in found(text) if a not in ("south-korea", "russia", "india")
            ] == expected


def test_a_quoted_body_name_in_the_archive():
    # 'According to KBS, the "National Government Employees' Union" held ...' (2004)
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2004.jsonl.gz",
                                   "http://kcna.co.jp/item/2004/200411/news11/13.htm#1")
    assert [(m.actor, m.text) for m in doc.mentions if m.start == 721] == [
        ("national-government-employees-union", "National Government Employees' Union")]


def test_a_cited_outlet_in_the_archive():
    # "Havana, March 30 (KCNA) -- The Cuban paper Granma on March 25 carried ..." (2011)
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2011.jsonl.gz",
                                   "http://kcna.co.jp/item/2011/201104/news01/20110401-09ee.html")
    assert [(m.actor, m.text) for m in doc.mentions if m.start == 91] == [("granma", "Granma")]


@pytest.mark.parametrize(("text", "expected"), [
    # "the" after a verb's -ing stays in a body's name
    ("Meanwhile, the Pusan Solidarity for Implementing the Joint Declaration demanded it.",
     [("pusan-solidarity-for-implementing-the-joint-declaration",
       "Pusan Solidarity for Implementing the Joint Declaration")]),
    # "among" inside a name
    ("The Society for Cooperation among Koreans in Germany issued writings.",
     [("society-for-cooperation-among-koreans-in-germany",
       "Society for Cooperation among Koreans in Germany")]),
    # ... but a body's name stops before a registered body it is for, and before an
    # ordinal ("the 60th anniversary")
    ("It was sent by the U.S. Solidarity Committee for Supporting the National Democratic "
     "Front of South Korea.",
     [("u-s-solidarity-committee-for-supporting", "U.S. Solidarity Committee for Supporting"),
      ("national-democratic-front-of-south-korea",
       "National Democratic Front of South Korea")]),
    ("The Russian Preparatory Committee for Celebrating the 60th anniversary met.",
     [("russian-preparatory-committee-for-celebrating",
       "Russian Preparatory Committee for Celebrating")]),
])
def test_the_tails_of_bodies_names(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2005-01-01").mentions] == expected
