"""The annotate contract on sentences written for these tests."""

import json

import pytest

from conftest import CORPORA, annotate_archive_article
from nkwatch.analysis.pipeline import annotate, annotate_raw
from nkwatch.cli.main import main
from nkwatch.evaluation.corpus import article_text, find_article


def mentions(text, date="2017-09-22"):
    return [(m.actor, m.kind, m.form) for m in annotate(text, date=date).mentions]


def only(text, date="2017-09-22"):
    found = annotate(text, date=date).mentions
    assert len(found) == 1, [m.as_dict() for m in found]
    return found[0]


def test_epithets_before_a_name():
    person, group = annotate("Lunatic dotard Trump and his group", date="2017-09-22").mentions
    assert (person.actor, person.kind, person.form) == ("donald-trump", "person", "epithet")
    assert person.epithets == ["lunatic", "dotard"]
    assert person.text == "Lunatic dotard Trump"
    # "his group": Trump's government, derisively (labelled so in tests/gold)
    assert (group.actor, group.kind, group.form, group.inferred) == (
        "donald-trump", "government", "epithet", True)
    assert group.text == "his group"


def test_title_before_a_name():
    m = only("U.S. President Trump had a phone conversation", date="2017-02-10")
    assert (m.actor, m.form, m.title) == ("donald-trump", "title", "U.S. President")


@pytest.mark.parametrize("date, actor", [("2017-09-22", "donald-trump"),
                                         ("2021-06-01", "joe-biden"),
                                         ("2010-03-01", "barack-obama"),
                                         ("2003-03-01", "george-w-bush")])
def test_role_phrase_resolves_through_the_date(date, actor):
    m = only("Nobody trusts the U.S. president any longer.", date=date)
    assert (m.actor, m.kind, m.form) == (actor, "person", "role")
    assert m.text == "the U.S. president"


def test_food_rice_is_not_condoleezza_rice():
    assert mentions("They planted rice in the paddies.", date="2006-05-01") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a surname that is a word, alone after "the" or before "of" where the article does
    # not name the person in full: an office (about 25 false Robert Kings in the archive)
    ("Kim Jong Un sent a message to Norodom Sihamoni, King of Cambodia.",
     ["kim-jong-un", "norodom-sihamoni"]),
    ("The message wished the King good health.", []),
    # named in full, or as a government, the surname is the person's
    ("Robert King arrived. King said he would come.", ["robert-king", "robert-king"]),
    ("It is the Park group who keep mum.", ["park-geun-hye"]),
    ("The Park group's efforts failed.", ["park-geun-hye"]),
])
def test_a_surname_that_is_a_word_after_the_or_before_of(text, expected):
    assert [m.actor for m in annotate(text, date="2016-11-17").mentions
            if m.kind in ("person", "government")] == expected


def test_the_supreme_command_alone_is_the_kpas():
    found = annotate("They toured the commanding post of the Supreme Command.",
                     date="2010-07-27").mentions
    assert [(m.actor, m.text) for m in found] == [("kpa-supreme-command", "Supreme Command")]


def test_hard_negatives():
    assert mentions("Bushes and a park lined the road under the moon.", "2005-05-01") == []
    assert mentions("The Trump Tower was lit.", "2017-05-01") == []
    assert mentions("Kim Chol Su, a worker of the plant, overfulfilled his quota.") == []
    assert mentions("Crowds gathered in Kim Il Sung Square.", "2012-04-15") == []


@pytest.mark.parametrize("text", [
    "They visited the Kim Jong Suk Pyongyang Textile Mill.",
    "The embassy donated rice to Kim Jong Suk creche.",
    "It opened a Kim Il Sung Library in Peru.",
    "He graduated from Kim Hyong Jik Teacher Training College.",
])
def test_a_leaders_name_in_a_facilitys_name_is_no_mention(text):
    assert [m for m in mentions(text, "2005-05-01") if m[1] == "person"] == []


def test_names_inside_the_title_of_a_work_are_no_mentions():
    assert mentions('A book titled "Trump and the World" came out.', "2018-05-01") == []
    assert mentions('The paper ran an article "Snow and Kim Jong Il".', "2001-05-01") == []
    # a title known by what follows it ("..., a work of ...")
    assert mentions("They supported \"The Great Leader Comrade Kim Il Sung Will Always Be "
                    "with Us\", a work of Kim Jong Il.", "2004-07-08") == [
        ("kim-jong-il", "person", "name")]
    # a paean or hymn before the quote, or a title that says it is a song or a story
    assert mentions('They played the revolutionary paean "Song of General Kim Il Sung".',
                    "2012-04-15") == []
    assert mentions('The "Song of General Kim Jong Il" resounded.', "2012-04-15") == []
    # scare quotes and quoted words are no titles
    assert mentions('The so-called "president" Trump spoke.', "2018-05-01") == [
        ("donald-trump", "person", "epithet")]
    assert mentions('He said "Trump is a dotard" to the crowd.', "2017-09-22") == [
        ("donald-trump", "person", "epithet")]


def test_names_inside_a_works_title_in_a_real_article():
    # KCNA 1997-08-24: Secretary Kim Jong Il's work "Let Us Carry Out the Great Leader
    # Comrade Kim Il Sung's Instructions for National Reunification"
    record = find_article(CORPORA, "kcna-en-1997-2018/kcna-1997.jsonl.gz",
                          "http://kcna.co.jp/item/1997/9708/news8/24.htm#10")
    text = article_text(record)
    found = annotate(text, date="1997-08-24").mentions
    work = text.index('work "') + 6
    assert text[work:].startswith("Let Us Carry Out")
    title_end = text.index('"', work)
    assert [m.actor for m in found if m.end <= work][-1] == "kim-jong-il"
    assert not [m for m in found if work <= m.start < title_end]
    assert "kim-il-sung" in [m.actor for m in found if m.start > title_end]


def test_government_forms():
    assert mentions("The Trump administration imposed sanctions.") == [
        ("donald-trump", "government", "name")]
    m = only("The Biden clique is hostile.", date="2022-03-01")
    assert (m.kind, m.form) == ("government", "epithet")
    m = only("The Lee Myung Bak group of traitors went on.", date="2010-03-01")
    assert (m.actor, m.kind, m.form) == ("lee-myung-bak", "government", "epithet")


def test_apposition_and_predicate():
    m = only("Trump, a mentally deranged dotard, said so.")
    assert m.form == "epithet" and "dotard" in " ".join(m.epithets)
    m = only("Trump is a dotard.")
    assert m.form == "epithet"
    m = only("Kim Jong Un, chairman of the State Affairs Commission, spoke.", date="2018-01-01")
    assert (m.actor, m.form) == ("kim-jong-un", "title")
    assert m.title.startswith("chairman of the State Affairs Commission")


def test_traitor_and_puppet():
    m = only("traitor Park Geun Hye fled.", date="2016-11-01")
    assert (m.actor, m.form, m.epithets) == ("park-geun-hye", "epithet", ["traitor"])


def test_nameless_insult_is_inferred_from_the_article():
    doc = annotate("Trump spoke at the UN. The dotard should be tamed with fire.",
                   date="2017-09-22")
    inferred = [m for m in doc.mentions if m.inferred]
    assert [(m.actor, m.form, m.text) for m in inferred] == [
        ("donald-trump", "epithet", "The dotard")]


@pytest.mark.parametrize("text, date, actor", [
    # nobody named before: the first foreign person named after
    ("The group of traitors should not misjudge the mind-set. The Lee Myung Bak regime "
     "is bad.", "2008-04-18", "lee-myung-bak"),
    # ... who acts for the country last named before it
    ("The south Korean ruling forces kowtowed. The group of traitors is foolish. Japanese "
     "Prime Minister Abe met Park Geun Hye.", "2016-02-01", "park-geun-hye"),
])
def test_a_nameless_gang_before_any_name_is_the_government_named_after(text, date, actor):
    inferred = [(m.actor, m.kind, m.text) for m in annotate(text, date=date).mentions
                if m.inferred]
    assert inferred == [(actor, "government", "The group of traitors")]


def test_a_nameless_insult_before_any_name_stays_with_the_country_it_modifies():
    found = annotate("The report disclosed the nature of the gangster-like U.S. which turned "
                     "the sea into a war zone. Park Geun Hye talked.", date="2016-02-01").mentions
    assert [(m.actor, m.epithets) for m in found][0] == ("united-states", ["gangster-like"])


@pytest.mark.parametrize("text", [
    'A worker Kim Kyong Hui told KCNA: "We are happy."',
    "Worker Kim Kyong Hui said so.",
    "Among those cured is Kim Yong Chol, a worker in the Pyongyang factory.",
    "Kim Yong Chol, a teacher of the university, spoke.",
])
def test_an_ordinary_person_with_an_officials_name_is_no_mention(text):
    assert mentions(text, date="2012-01-10") == []


def test_an_official_with_an_office_is_still_the_official():
    assert mentions("Kim Kyong Hui, member of the Political Bureau, said so.",
                    date="2012-01-10") == [("kim-kyong-hui", "person", "title")]


@pytest.mark.parametrize("text, actor, title", [
    ("Kim met UN under-secretary general Sergio Viera De Mello.", "sergio-viera-de-mello",
     "UN under-secretary general"),
    ("He was accompanied by KPA Vice Marshal Jo Myong Rok.", "jo-myong-rok",
     "KPA Vice Marshal"),
    ("He met WPK General Secretary Kim Jong Un.", "kim-jong-un", "WPK General Secretary"),
])
def test_a_body_named_before_a_title_is_part_of_the_title(text, actor, title):
    found = annotate(text, date="2001-01-01").mentions
    assert [(m.actor, m.title, m.text.startswith(title)) for m in found] == [
        (actor, title, True)]


def test_country_inside_a_title_is_not_a_separate_mention():
    assert mentions("U.S. President Trump left.") == [("donald-trump", "person", "title")]


def test_countries_and_capitals():
    found = mentions("Washington and Seoul staged drills, the DPRK said in Pyongyang.")
    assert ("united-states", "country", None) in found
    assert ("south-korea", "country", None) in found
    assert ("north-korea", "country", None) in found
    assert len(found) == 3  # Pyongyang is a place here


def test_offsets_are_into_the_text_as_read():
    text = "Talks\r\n\t\t with  U.S. President Trump\r\nended."
    doc = annotate_raw(text, date="2017-02-10")
    (m,) = doc.mentions
    assert text[m.start:m.end] == m.text == "U.S. President Trump"
    for s in doc.as_dict()["sentences"]:
        assert text[s["start"]:s["end"]].strip() == text[s["start"]:s["end"]]


def test_cli_annotate_json(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Lunatic dotard Trump and his group"))
    assert main(["annotate", "--date", "2017-09-22", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"lang", "sentences", "mentions", "events"}
    m = out["mentions"][0]
    assert set(m) == {"actor", "kind", "start", "end", "text", "form", "title", "epithets",
                      "inferred", "sentence", "tone"}
    assert m["actor"] == "donald-trump" and m["form"] == "epithet"


def test_title_after_a_name_with_an_apostrophe_is_not_the_next_names():
    """In "A, president of X, B, Nigerian president" the first title is A's, also when
    A's name is written with an apostrophe."""
    found = annotate("The addressees include Manuel Siriho N'hamadjo, president of "
                     "Guinea-Bissau, Goodluck Ebele Jonathan, Nigerian president.",
                     date="2012-01-01").mentions
    assert [(m.actor, m.title) for m in found] == [
        ("manuel-serifo-nhamadjo", "president of Guinea-Bissau"),
        ("goodluck-jonathan", "Nigerian president")]


@pytest.mark.parametrize("text, title", [
    ("The statement said: HE Kim Jong Un made a speech.", "HE"),
    ("The work of H.E. Kim Jong Un was published.", "H.E."),
    ("It grew under the guidance of the respected HE Kim Jong Un.", "respected HE"),
])
def test_his_excellency_abbreviated_is_a_title(text, title):
    m = only(text, date="2014-04-01")
    assert (m.actor, m.form, m.title) == ("kim-jong-un", "title", title)


def test_the_pronoun_he_before_a_name_is_no_title():
    m = only("After that he Kim Jong Un spoke.", date="2014-04-01")
    assert (m.actor, m.form, m.title) == ("kim-jong-un", "name", None)


@pytest.mark.parametrize("url, corpus, at, title", [
    ("http://kcna.co.jp/item/2014/201404/news01/20140401-04ee.html",
     "kcna-en-1997-2018/kcna-2014.jsonl.gz", 1367, "respected HE"),
    ("http://kcna.co.jp/item/2012/201202/news15/20120215-05ee.html",
     "kcna-en-1997-2018/kcna-2012.jsonl.gz", 939, "H.E."),
])
def test_his_excellency_abbreviated_in_the_archive(url, corpus, at, title):
    doc = annotate_archive_article(corpus, url)
    found = [m for m in doc.mentions if m.start <= at < m.end and m.kind == "person"]
    assert [(m.form, m.title) for m in found] == [("title", title)]


@pytest.mark.parametrize("text", [
    "The south Korean Buddhist Youth Association issued a statement.",
    "The British Association for the Study of Songun Politics met.",
    "It is the Iraqi people's grudge.",
    "The news is for Spanish-speaking people.",
    "Japanese guests and Chinese technicians visited the plant.",
    "A French organization for the study of the Juche idea met.",
])
def test_demonym_of_a_civic_body_or_a_people_is_not_the_state(text):
    assert [m for m in mentions(text, date="2005-08-04") if m[1] == "country"] == []


@pytest.mark.parametrize("text", [
    "The U.S. newspaper Washington Post carried an article.",
    "The U.S. press and media reported it.",
    "John Lewis, professor at U.S. Stanford University, arrived.",
])
def test_a_countrys_name_giving_an_outlets_nationality_is_not_the_state(text):
    assert [m for m in mentions(text, date="2005-08-04") if m[1] == "country"] == []


@pytest.mark.parametrize("text", [
    "The U.S. press conference was held.",
    "The U.S. is a paper tiger.",
    # an outlet's name opening the next sentence after "U.S."
    "They want an alliance with the U.S. Rodong Sinmun says so.",
])
def test_a_country_before_other_words_of_the_press_is_the_state(text):
    assert [m[0] for m in mentions(text, date="2005-08-04") if m[1] == "country"] == [
        "united-states"]


def test_a_country_giving_an_outlets_nationality_in_the_archive():
    # "Pyongyang, October 4 (KCNA) -- The U.S. newspaper Washington Post carried ..."
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-1999.jsonl.gz",
                                   "http://kcna.co.jp/item/1999/9910/news10/04.htm#11")
    assert [m.actor for m in doc.mentions if 95 <= m.start < 126] == ["washington-post"]


def test_demonym_before_a_state_force_named_after_its_people_is_the_state():
    assert ("china", "country", None) in mentions(
        "They honoured the Chinese people's volunteers.", date="2005-08-04")


def test_one_letter_surname_o():
    m = only("Present there was O Ryong Chol, vice-minister of Foreign Trade.",
             date="2005-08-04")
    assert (m.actor, m.text, m.form) == ("o-ryong-chol", "O Ryong Chol", "title")


def test_kim_jong_il_typed_with_two_ls():
    m = only("General Secretary Kim Jong ll sent a message.", date="2005-08-04")
    assert (m.actor, m.form) == ("kim-jong-il", "title")


def test_anti_japanese_of_the_colonial_period_is_not_the_state():
    assert mentions("He waged the anti-Japanese armed struggle.", date="2012-04-15") == []
    assert mentions("It fanned anti-Japanese sentiment.", date="2012-04-15") == [
        ("japan", "country", None)]
    assert mentions("They waged an anti-American struggle.", date="2012-04-15") == [
        ("united-states", "country", None)]


@pytest.mark.parametrize("text", ["The UN Forces Command met.", "The U.N. forces command met."])
def test_un_forces_command_is_the_un_command(text):
    assert mentions(text, date="2005-01-01") == [("un-command", "organization", None)]


@pytest.mark.parametrize("text, expected", [
    ("The Obama Administration imposed sanctions on Pyongyang.",
     [("barack-obama", "government", "name"), ("north-korea", "country", None)]),
    ("He declared that Pyongyang would not deal with him.", [("north-korea", "country", None)]),
    # the city
    ("He arrived in Pyongyang on Monday.", []),
    ("He said that Pyongyang should be rebuilt more grandly.", []),
    ("They hailed the talks with Pyongyang Declaration supporters.", []),
])
def test_pyongyang_stands_for_the_state_only_where_the_words_around_it_say_so(text, expected):
    assert mentions(text, date="2015-01-05") == expected


@pytest.mark.parametrize("text, expected", [
    ("The delegation was on a visit to Korea.", [("north-korea", "country", None)]),
    ("The friendship between Korea and China grows.",
     [("north-korea", "country", None), ("china", "country", None)]),
    ("The peoples of China and Korea are delighted.",
     [("china", "country", None), ("north-korea", "country", None)]),
    ("It is shining in the hearts of the two peoples of Korea and China.",
     [("north-korea", "country", None), ("china", "country", None)]),
    # the land or the nation, or inside a name
    ("Korea should be reunified.", []),
    ("They wished the DPRK and Korea's reunification success.", [("north-korea", "country", None)]),
    ("Bolton visited south Korea and Japan.",
     [("john-bolton", "person", "name"), ("south-korea", "country", None),
      ("japan", "country", None)]),
    ("The Workers' Party of Korea and the Korean people are one.",
     [("workers-party-of-korea", "organization", None)]),
])
def test_korea_alone_is_the_state_after_a_visit_or_beside_another_state(text, expected):
    assert mentions(text, date="2005-01-05") == expected


def test_a_name_cut_inside_a_word_hides_no_name_it_overlaps():
    # "heroic Korea" (an alias of the DPRK) runs into "heroic Korean People's Army"
    assert mentions("The heroic Korean People's Army won.", date="2011-07-29") == [
        ("korean-peoples-army", "organization", None)]
    # a longer name cut inside a word leaves the whole name it starts with: "U.S." in
    # "U.S. air forces" (not "U.S. air force", the Air Force)
    assert mentions("It boosts the U.S. air forces.", date="2011-07-29") == [
        ("united-states", "country", None)]
    assert mentions("It boosts the U.S. air force.", date="2011-07-29") == [
        ("us-air-force", "organization", None)]


@pytest.mark.parametrize("text, actor", [
    # KCNA's lower case names the armed services as its capitals do
    ("a series of U.S. army records", "us-army"),
    ("the U.S. navy sent a carrier", "us-navy"),
    ("the U.S. marines in Okinawa", "us-marine-corps"),
    ("the U.S. marine corps landed", "us-marine-corps"),
])
def test_the_us_armed_services_in_lower_case(text, actor):
    assert mentions(text, date="2010-01-01") == [(actor, "organization", None)]


@pytest.mark.parametrize("text, expected", [
    # south Korea's rulers insulted without a name: the president's government where the
    # article names him, else the state
    ("Lee Myung Bak is a traitor. The sycophantic and treacherous forces are reckless.",
     ("lee-myung-bak", "government", "The sycophantic and treacherous forces")),
    ("Seoul is tense. The traitorous ruling quarters are reckless.",
     ("south-korea", "country", "The traitorous ruling quarters")),
])
def test_treacherous_forces_and_ruling_quarters_are_south_koreas_rulers(text, expected):
    assert [(m.actor, m.kind, m.text) for m in annotate(text, date="2011-06-01").mentions][-1] == (
        expected)


def test_the_services_of_japans_forces_by_their_acronyms():
    assert mentions("MSDF's escort warships joined GSDF and ASDF units.", date="2017-04-28") == [
        ("japan-self-defense-forces", "organization", None)] * 3


def test_the_peoples_army_is_the_kpa_unless_another_countrys():
    assert mentions("Service personnel of the People's Army stand guard.",
                    date="2012-01-01") == [("korean-peoples-army", "organization", None)]
    assert ("korean-peoples-army", "organization", None) not in mentions(
        "The commander-in-chief of the People's Army of Syria spoke.", date="2012-01-01")
    # the DPRK's own words for its army
    assert mentions("We are developing our revolutionary armed forces.", date="2022-01-01") == [
        ("korean-peoples-army", "organization", None)]


def test_a_quote_after_a_word_closes_a_quoted_span():
    """A stray quote earlier in the article must not make 'his "memoirs" ... "allured"'
    a work's title that hides the mentions inside it."""
    text = ('He said, "no. Roh in his "memoirs" claimed that the south, "allured" by '
            'the U.S., went astray.')
    assert ("south-korea", "country", None) in mentions(text, date="2005-01-01")


def test_liberal_democratic_party_of_russia():
    found = mentions("The Liberal Democratic Party of Russia said in a statement that the "
                     "Party supports the DPRK.", date="2012-01-01")
    assert found[:2] == [("liberal-democratic-party-of-russia", "organization", None)] * 2


@pytest.mark.parametrize("text, date", [
    ("The message wished the Thai King good health.", "2005-01-01"),
    ("The major power stations are located there.", "2015-01-01"),
    ("Children would use the water park.", "2015-01-01"),
])
def test_a_surname_that_is_an_english_word_is_no_mention_without_a_title(text, date):
    assert [m.actor for m in annotate(text, date=date).mentions if m.kind == "person"] == []


def test_old_kcnas_lower_case_surname_still_counts():
    assert ("george-w-bush", "government", "name") in mentions(
        "The recent diatribe of the bush administration is absurd.", date="2002-05-01")


@pytest.mark.parametrize("text, actor", [
    ("The Japanese Liberal-Democratic Party won.", "liberal-democratic-party-of-japan"),
    ("The Social-Democratic Party of Japan objected.", "social-democratic-party-of-japan"),
    ("Soldiers of the Korean Peoples' Army stood guard.", "korean-peoples-army"),
])
def test_hyphenated_and_misspelt_names_of_bodies(text, actor):
    assert mentions(text, date="2005-01-01")[0][0] == actor


@pytest.mark.parametrize("text", [
    "Delegates of compatriots in the north and the south and overseas met in Pyongyang.",
    "All the Koreans in the north, the south and abroad should turn out as one.",
    "Life in the south is miserable.",
])
def test_in_the_north_and_the_south_is_the_land_not_the_state(text):
    assert mentions(text, date="2001-08-16") == []


def test_a_way_to_or_from_the_north_is_the_land():
    assert mentions("They should send them back to the north and stop luring defectors from "
                    "the north. The threat from the north is a fiction.", date="2004-07-31") == [
        ("north-korea", "country", None)]


def test_the_north_and_the_south_as_parties_are_the_states():
    found = mentions("Talks between the north and the south opened; the puppets slandered "
                     "the north.", date="2001-08-16")
    assert [a for a, _, _ in found] == ["north-korea", "south-korea", "south-korea",
                                        "north-korea"]  # (the puppets: south Korea's rulers)


@pytest.mark.parametrize("text", [
    "The Switzerland-Korea Committee released a statement.",
    "He is vice-chairman of the DPRK-Cuba Solidarity Committee.",
    "The Finland-Korea Society issued an appeal.",
])
def test_a_hyphened_pair_of_countries_naming_a_body_is_no_country(text):
    # (the body is one, registered: organizations-more.toml)
    assert [m for m in mentions(text, date="2008-01-09") if m[1] == "country"] == []


def test_a_pair_naming_a_body_in_lower_case_and_an_anti_before_a_name():
    # (the committee itself, no state: its lower-case name is a registry alias)
    assert mentions("They met the Korea-Cuba solidarity committee.", date="2000-12-30") == [
        ("korea-cuba-solidarity-committee", "organization", None)]
    assert mentions("They met the Korea-Mali solidarity committee.", date="2000-12-30") == []
    assert ("united-states", "country", None) in mentions(
        "The 48th Anti-U.S. solidarity rally was held.", date="2000-12-30")


@pytest.mark.parametrize("text, expected", [
    # (the party itself is a body outside the registry, named by its shape)
    ("A delegation of the Belgian Labour Party arrived.",
     [("belgian-labour-party", "organization", None)]),
    # (a one-party state's: its ruling party, and the state's government)
    ("It was built with the assistance of the Chinese Party and government.",
     [("communist-party-of-china", "organization", None), ("china", "country", None)]),
])
def test_a_demonym_opening_a_partys_name_is_no_state(text, expected):
    assert mentions(text, date="2000-12-30") == expected


@pytest.mark.parametrize("text, actor, span", [
    ("A spokesperson for the south Korean puppet Ministry of Unification said so.",
     "sk-ministry-of-unification", "south Korean puppet Ministry of Unification"),
    ("The South Korean Defence Ministry said so.", "sk-ministry-of-national-defense",
     "South Korean Defence Ministry"),
])
def test_a_demonym_before_a_body_of_its_country_is_the_body(text, actor, span):
    found = annotate(text, date="2015-04-07").mentions
    assert [(m.actor, m.text) for m in found] == [(actor, span)]


@pytest.mark.parametrize("text, expected", [
    ("Meanwhile, the puppet Constitutional Court ruled so.",
     [("sk-constitutional-court", "puppet Constitutional Court")]),
    ("The puppet Defense Ministry said so.",
     [("sk-ministry-of-national-defense", "puppet Defense Ministry")]),
    ("Units of the puppet Marine Corps and the U.S. Marine Corps staged drills.",
     [("sk-marine-corps", "puppet Marine Corps"), ("us-marine-corps", "U.S. Marine Corps")]),
    # a short name with no country and no "puppet" before it names no body
    ("The Supreme Court ruled so.", []),
])
def test_a_puppet_body_is_south_koreas(text, expected):
    found = annotate(text, date="2015-05-30").mentions
    assert [(m.actor, m.text) for m in found] == expected


def test_an_insult_another_actors_mention_took_is_not_the_next_ones():
    found = annotate("By the order of the U.S. imperialists Japan let officers go. The "
                     "pro-U.S. sycophantic south Korean regime obeys.", date="2005-01-01").mentions
    assert [(m.actor, m.text, m.epithets) for m in found] == [
        ("united-states", "U.S. imperialists", ["imperialists"]),
        ("japan", "Japan", []),
        ("south-korea", "pro-U.S. sycophantic south Korean", ["pro-u.s.", "sycophantic"]),
        ("united-states", "U.S.", [])]


@pytest.mark.parametrize("text", [
    "A gunman shot at people on the suburbs of Oslo.",
    "A professor at University of London noted it.",
    "Present were officials and citizens of Beijing.",
])
def test_a_capital_after_a_place_noun_and_of_is_the_city(text):
    assert annotate(text, date="2011-07-23").mentions == []


def test_a_capital_after_of_and_another_noun_is_still_its_state():
    assert mentions("The demand of Washington is unjust.", date="2011-07-23") == [
        ("united-states", "country", None)]


def test_a_newspaper_named_after_a_country_is_no_mention_of_it():
    assert mentions("The newspaper USA Today reported that the U.S. today said so.",
                    date="2015-01-01") == [("usa-today", "organization", None),
                                           ("united-states", "country", None)]


def test_a_demonym_before_an_insult_with_a_possessive_is_the_state():
    found = annotate("This shows what a phase the U.S. and the south Korean warmongers' war "
                     "hysteria has reached.", date="2013-03-01").mentions
    assert [(m.actor, m.text, m.epithets) for m in found] == [
        ("united-states", "U.S.", []),
        ("south-korea", "south Korean warmongers", ["warmongers"])]


def test_a_title_in_apposition_before_an_unregistered_name():
    found = annotate("The new Indian Ambassador to the DPRK, Jagjit Singh Sapra, and the new "
                     "Laotian Ambassador, Soukthavone Keola, presented their credentials.",
                     date="2013-03-01").mentions
    assert [(m.actor, m.form, m.title) for m in found] == [
        ("jagjit-singh-sapra", "title", "Indian Ambassador to the DPRK"),
        ("soukthavone-keola", "title", "Laotian Ambassador")]


def test_offices_after_names_in_a_list_stay_their_own():
    found = annotate("Present were Chango Machyo, senior advisor to the Ugandan President, "
                     "Takao Kamakura, director of the IIJI board, Kung Sok Ung, vice-minister "
                     "of Foreign Affairs, So Kil Bok, vice-minister of Finance.",
                     date="2013-03-01").mentions
    assert [(m.actor, m.title) for m in found if m.kind == "person"] == [
        ("chango-machyo", "senior advisor to the Ugandan President"),
        ("takao-kamakura", "director of the IIJI board"),
        ("kung-sok-ung", "vice-minister of Foreign Affairs"),
        ("so-kil-bok", "vice-minister of Finance")]


@pytest.mark.parametrize("text, actor", [
    ("Paek Nam Sun sent a message to Mahmoud Hammoud on his appointment as minister of "
     "Foreign Affairs and Immigrants of Lebanon.", "mahmoud-hammoud"),
    ("Kim Yong Nam sent a message to Keith Rowley upon his appointment as prime minister.",
     "keith-rowley"),
    ("Pak Pong Ju sent a message to Brigi Rafini upon his reappointment as prime minister.",
     "brigi-rafini"),
    ("Hong Song Nam sent a message to Goran Perrson on his reassumption of office as Prime "
     "Minister.", "goran-perrson"),
])
def test_an_unregistered_person_given_an_office_is_named(text, actor):
    found = annotate(text, date="2005-11-05").mentions
    assert [(m.actor, m.form, m.title) for m in found if m.source == "unregistered"] == [
        (actor, "name", None)]


def test_a_name_before_an_unrelated_on_is_no_person():
    assert annotate("Work began at Kangson Steel Complex on his instructions.",
                    date="2005-11-05").mentions == []


def test_the_dprk_named_before_a_nameless_group_is_passed_over():
    found = annotate("Lee Myung Bak is bad. This is a provocation against the DPRK as it "
                     "revealed the intention of the group of traitors to rush into war.",
                     date="2010-08-17").mentions
    assert [(m.actor, m.kind, m.text) for m in found] == [
        ("lee-myung-bak", "person", "Lee Myung Bak"), ("north-korea", "country", "DPRK"),
        ("lee-myung-bak", "government", "the group of traitors")]


def test_a_nameless_group_after_a_minister_is_the_presidents_government():
    found = annotate("Hyon In Thaek, minister of Unification of south Korea, talked nonsense. "
                     "The DPRK will not remain an onlooker to the moves of the group of "
                     "traitors.", date="2010-05-28").mentions
    assert [(m.actor, m.kind) for m in found if m.inferred] == [
        ("lee-myung-bak", "government")]


def test_a_nameless_group_after_an_activist_is_the_rulers_government():
    found = annotate("Ro Su Hui, vice-chairman of the South Headquarters of Pomminryon, was "
                     "arrested. The action taken by the group of traitors against Ro is a "
                     "crime.", date="2013-02-09").mentions
    assert [(m.actor, m.kind) for m in found if m.inferred] == [
        ("lee-myung-bak", "government")]


def test_his_lackeys_named_after_are_the_lackeys_not_his_government():
    found = annotate("We will punish traitor Lee Myung Bak and his lackeys Kim Kwan Jin and "
                     "Jong Sung Jo.", date="2012-03-02").mentions
    assert [(m.actor, m.kind) for m in found] == [
        ("lee-myung-bak", "person"), ("kim-kwan-jin", "person"), ("jung-seung-jo", "person")]


@pytest.mark.parametrize("text, date, expected", [
    # a south Korean ruler's military insulted: the army (as "the puppet military
    # warmongers" are)
    ("We cannot sit seeing Yoon Suk Yeol and his military gangsters' misdemeanours.",
     "2022-07-28", ("sk-armed-forces", "organization", "his military gangsters")),
    # ... another's, or a group that is no military: the government
    ("Trump and his military gangsters are bad.", "2017-10-01",
     ("donald-trump", "government", "his military gangsters")),
    ("Lee Myung Bak and his group of traitors are bad.", "2010-10-01",
     ("lee-myung-bak", "government", "his group of traitors")),
])
def test_a_possessive_collective_is_the_government_or_a_south_korean_rulers_army(
        text, date, expected):
    found = annotate(text, date=date).mentions
    assert [(m.actor, m.kind, m.text) for m in found][-1] == expected


def test_his_stooges_like_named_countries_are_not_his_government():
    found = annotate("Trump wanted to threaten the DPRK, embolden his stooges like Japan and "
                     "south Korea.", date="2017-11-10").mentions
    assert not [m for m in found if m.inferred]


@pytest.mark.parametrize("text, expected", [
    ("Hwang Kyo Ahn talked nonsense. His reckless remarks are infamies of a psychopath "
     "unaware of his poor position.", [("hwang-kyo-ahn", "a psychopath")]),
    ("Lee Myung Bak is bad. This is sophism let loose by an idiot who knows nothing.",
     [("lee-myung-bak", "an idiot")]),
    # somebody else: an ancestor, a likeness
    ("Han Min Koo is a descendant of a pro-Japanese traitor.", []),
    ("Lee Myung Bak is bad. His behaviour reminds one of a rabid dog.", []),
    # not after "of" or "by"
    ("Lee Myung Bak is bad. A psychopath would say so.", []),
])
def test_a_strong_insult_with_a_after_of_or_by_is_the_target(text, expected):
    found = annotate(text, date="2016-10-05").mentions
    assert [(m.actor, m.text) for m in found if m.inferred] == expected


@pytest.mark.parametrize("text, expected", [
    ("The U.S. imperialists and the war maniacs of the south Korean puppet army met.",
     [("united-states", ["imperialists"]), ("sk-armed-forces", ["war maniacs", "puppet"])]),
    ("The bellicose forces of south Korea and the right-wing reactionaries of Japan met.",
     [("south-korea", ["bellicose"]), ("japan", ["reactionaries"])]),
    # who serves a state, a person, and people who are no insult
    ("The stooges of the U.S. met the military boss of Japan and the people of China.",
     [("united-states", []), ("japan", []), ("china", [])]),
])
def test_the_insulters_of_a_state_are_its_insults(text, expected):
    found = annotate(text, date="2010-01-01").mentions
    assert [(m.actor, m.epithets) for m in found] == expected


@pytest.mark.parametrize("text, actor", [
    ("Tit Shan Sandy Cheng, chairman of Thai Loxpac Co. Ltd., and his party left here.",
     "tit-shan-sandy-cheng"),
    ("The gifts were handed over by Shu Yinbiao, executive vice president of the State Grid "
     "Corp. of China.", "shu-yinbiao"),
])
def test_a_company_is_no_persons_name(text, actor):
    found = annotate(text, date="2010-11-27").mentions
    assert [m.actor for m in found if m.kind == "person"] == [actor]


def test_words_of_a_song_title_are_no_persons_name():
    assert annotate("It sang the song Unforgettable Dawn when the Leader Received Us.",
                    date="2013-07-05").mentions == []


def test_old_kcnas_lower_case_ministry_of_unification():
    assert mentions("The ministry of Unification said so.", date="2004-01-01") == [
        ("sk-ministry-of-unification", "organization", None)]


@pytest.mark.parametrize("text", [
    "It accused the U.S. Forces stationed in South Korea of making desperate efforts.",
    "The U.S. troops present in south Korea staged a drill.",
    "The U.S. Forces in S. Korea staged a drill.",
    # with insults: "present", "deployed" as "stationed"
    "The U.S. imperialist aggressor forces present in south Korea staged a drill.",
    "The U.S. imperialist aggression troops deployed in South Korea staged a drill.",
])
def test_the_ways_kcna_names_the_us_forces_in_korea(text):
    # (south Korea, where they stand, a mention of its own)
    assert [m[0] for m in mentions(text, date="2002-12-11")] == [
        "us-forces-korea", "south-korea"]


@pytest.mark.parametrize("text, actor, title", [
    ("A delegation led by Deputy Minister of Industry and Trade Tsagaandari Enhtuvshin "
     "arrived.", "tsagaandari-enhtuvshin", "Deputy Minister of Industry and Trade"),
    ("The delegation led by Vice-Chairman of its Central Committee Kim Tong Son arrived.",
     "kim-tong-son", "Vice-Chairman of its Central Committee"),
    ("Present were Kim Pong Hyon, deputy director general of the DPRK Civil Aviation "
     "Administration, and others.", "kim-pong-hyon",
     "deputy director general of the DPRK Civil Aviation Administration"),
])
def test_an_office_before_an_unregistered_name(text, actor, title):
    found = annotate(text, date="2005-09-21").mentions
    assert [(m.actor, m.title) for m in found if m.kind == "person"] == [(actor, title)]


def test_juche_study_bodies_of_other_shapes():
    found = annotate("Present were the Juche Philosophy Study Committee of India, Pakistani "
                     "Organization for the Study of the Juche Idea, the Kathmandu Juche Idea "
                     "Study Group and a Juche Idea Study Group.", date="2017-07-15").mentions
    assert [m.actor for m in found] == [
        "juche-philosophy-study-committee-of-india",
        "pakistani-organization-for-the-study-of-the-juche-idea",
        "kathmandu-juche-idea-study-group"]


@pytest.mark.parametrize("text, expected", [
    # a syllable of one letter in a Korean name
    ("Among them were Minister of Finance and Economy Kwon O Gyu and Minister of Science "
     "and Technology Kim U Sik.", ["kwon-o-gyu", "kim-u-sik"]),
    ("A delegation was led by Nam Sung U, vice-chairman of Chongryon.", ["nam-sung-u"]),
    ("They arrested Chairman of its Steering Committee O Se Chol.", ["o-se-chol"]),
    # a hyphened title before the name; a name right after a dash
    ("A delegation headed by Vice Editor-in-Chief Ri Kyong Sop left.", ["ri-kyong-sop"]),
    ("Pyongyang, June 9 (KCNA) --Tarek Ahmed Mahpouz, Egyptian charge d'affaires ad interim "
     "in the DPRK, spoke.", ["tarek-ahmed-mahpouz"]),
    # offices: a councilor, a deputy to an assembly
    ("It was led by Councilor Ri Song Chol.", ["ri-song-chol"]),
    ("Present was Song Ja Rip, deputy to the Supreme People's Assembly.", ["song-ja-rip"]),
])
def test_unregistered_names_of_more_shapes(text, expected):
    found = annotate(text, date="2010-10-31").mentions
    assert [m.actor for m in found if m.kind == "person"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Such anti-reunification traitors as the GNP are not entitled to it.",
     [("grand-national-party", ["anti-reunification", "traitors"])]),
    ("He wanted to embolden his stooges like Japan.", [("japan", ["stooges"])]),
    ("Countries like China opposed it.", [("china", [])]),
])
def test_a_body_or_state_given_as_an_example_of_insulted_ones(text, expected):
    found = annotate(text, date="2008-01-01").mentions
    assert [(m.actor, m.epithets) for m in found] == expected


@pytest.mark.parametrize("date, actor", [("2022-05-12", "dprk-ministry-of-national-defence"),
                                         ("2015-05-12", "sk-ministry-of-national-defense")])
def test_a_name_a_body_took_on_a_date_is_its_own_from_then(date, actor):
    assert mentions("Present were officials of the Ministry of National Defence.",
                    date=date) == [(actor, "organization", None)]


def test_korean_names_listed_with_registered_officials_are_officials():
    found = annotate("He was accompanied by Choe Ryong Hae, Hong Yong Chil, Yun Tong Hyon and "
                     "Han Song Ho.", date="2015-01-01").mentions
    assert [(m.actor, m.form) for m in found][-1] == ("han-song-ho", "name")
    # one registered name in a list is not enough; nor is a name the registry holds
    found = annotate("Present were Kim Su Gil, Ryom Chol Song and Pak Nam.",
                     date="2015-01-01").mentions
    assert [m.actor for m in found] == ["kim-su-gil"]


@pytest.mark.parametrize("text, expected", [
    ("He was appointed foreign minister of Jordan.", ["jordan"]),
    ("The Hashemite Kingdom of Jordan sent a message.", ["jordan"]),
    ("He visited Chad and Georgia.", ["chad", "georgia"]),
    # a person's or a river's name
    ("Eason Jordan of CNN said so.", ["cnn"]),
    ("They crossed the Jordan Valley.", []),
])
def test_a_country_named_like_a_person_needs_a_cue(text, expected):
    assert [m.actor for m in annotate(text, date="2004-12-26").mentions] == expected


def test_an_office_of_another_body_is_not_the_dprk_leaders():
    found = annotate("The general secretary of the Central Committee of the Communist Party of "
                     "Viet Nam spoke. The general secretary of the WPK spoke.",
                     date="2005-01-01").mentions
    assert [(m.actor, m.text) for m in found] == [
        ("communist-party-of-vietnam", "Communist Party of Viet Nam"),
        ("kim-jong-il", "The general secretary of the WPK")]


@pytest.mark.parametrize("text, expected", [
    ("The puppet police unreasonably walked off the chairman.",
     [("sk-national-police-agency", "The puppet police")]),
    # inside a longer name: that name, once
    ("They demanded the resignation of the chief of the puppet Police Agency.",
     [("sk-national-police-agency", "puppet Police Agency")]),
    # and so are its prosecutors (both readers of set x chose the id)
    ("The puppet prosecution arrested them.",
     [("sk-prosecution-service", "The puppet prosecution")]),
    ("The south Korean prosecution indicted him.",
     [("sk-prosecution-service", "south Korean prosecution")]),
])
def test_the_puppet_police_is_south_koreas(text, expected):
    found = annotate(text, date="2004-01-01").mentions
    assert [(m.actor, m.text) for m in found] == expected


def test_the_puppets_alone_are_south_koreas_rulers():
    found = annotate("Lee Myung Bak is bad. The puppets are trying to shift the blame. The "
                     "puppets of Japan are bad.", date="2010-05-20").mentions
    assert [(m.actor, m.text, m.epithets) for m in found] == [
        ("lee-myung-bak", "Lee Myung Bak", []), ("lee-myung-bak", "The puppets", ["puppets"]),
        ("japan", "Japan", [])]
    # (the president's government where the article names the president, else the state)
    found = annotate("The puppets are trying to shift the blame.", date="2010-05-20").mentions
    assert [(m.actor, m.text) for m in found] == [("south-korea", "The puppets")]


def test_old_kcnas_lower_case_us():
    found = annotate("The DPRK will never meet the u.s. demand. The u.s. imperialists are "
                     "bad.", date="2000-01-01").mentions
    assert [(m.actor, m.text, m.epithets) for m in found] == [
        ("north-korea", "DPRK", []), ("united-states", "u.s.", []),
        ("united-states", "u.s. imperialists", ["imperialists"])]


@pytest.mark.parametrize("text", [
    "Professorship was conferred on Rim Kwang Nam, head of a department of Kim Il Sung "
    "University, and others.",
    "The floor was taken by Kim Son Hak, director of an institute of the Academy of "
    "Agricultural Science, and others.",
])
def test_a_department_head_at_a_university_is_no_official(text):
    assert annotate(text, date="2017-09-27").mentions == []


@pytest.mark.parametrize("service", ["army", "navy"])
def test_a_demonym_insult_and_army_is_the_army(service):
    found = annotate(f"The south Korean puppet {service} staged a drill.",
                     date="2009-02-08").mentions
    assert [(m.actor, m.text, m.epithets) for m in found] == [
        ("sk-armed-forces", f"south Korean puppet {service}", ["puppet"])]


def test_a_demonym_insult_and_an_insult_opening_with_the_service_is_the_army():
    # "military gangsters" is an insult of its own; its "military" names the army after
    # the demonym (set y's readers; about 200 "south Korean puppet military" in KCNA)
    found = annotate("The south Korean puppet military gangsters captured a fishing boat.",
                     date="2010-03-30").mentions
    assert [(m.actor, m.text, m.epithets) for m in found] == [
        ("sk-armed-forces", "south Korean puppet military gangsters", ["puppet", "gangsters"])]


def test_a_country_inside_a_bodys_name_the_registry_lacks_is_part_of_it():
    assert mentions("The DPRK Committee for Cultural Relations met.", date="2008-01-09") == [
        ("dprk-committee-for-cultural-relations", "organization", None)]


def test_an_office_after_a_relative_word_is_not_the_apposition():
    found = annotate("The stadium is at the foot of Moran Hill, a historic place where "
                     "President Kim Il Sung delivered a speech.", date="2016-02-29").mentions
    assert [(m.actor, m.text) for m in found] == [("kim-il-sung", "President Kim Il Sung")]


@pytest.mark.parametrize("corpus, url, at, expected", [
    # "... the compatriots in the north and the south and overseas ..."
    ("kcna-en-1997-2018/kcna-2001.jsonl.gz",
     "http://kcna.co.jp/item/2001/200108/news08/16.htm#8", 1336, None),
    # "The Switzerland-Korea Committee released a statement ...": the body, no country
    ("kcna-en-1997-2018/kcna-2008.jsonl.gz",
     "http://kcna.co.jp/item/2008/200801/news01/09.htm#9", 111,
     ("switzerland-korea-committee", "Switzerland-Korea Committee", None)),
    # "Moran Hill, a historic place where President Kim Il Sung ..."
    ("kcna-en-1997-2018/kcna-2016.jsonl.gz",
     "http://kcna.co.jp/item/2016/201602/news29/20160229-21ee.html", 898, None),
    # "Choummaly Saynasone, President of Laos": a spelling of Choummaly Sayasone
    ("kcna-en-1997-2018/kcna-2006.jsonl.gz",
     "http://kcna.co.jp/item/2006/200612/news12/02.htm#16", 196,
     ("choummaly-sayasone", "Choummaly Saynasone", "title")),
])
def test_places_bodies_and_spellings_in_the_archive(corpus, url, at, expected):
    doc = annotate_archive_article(corpus, url)
    found = [(m.actor, m.text, m.form) for m in doc.mentions if m.start <= at + 3 < m.end]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize("name, actor", [
    ("Bounnang Vorachith", "bounnhang-vorachith"),
    ("Boungnang Vorachit", "bounnhang-vorachith"),
    ("Thongloun Sisoulth", "thongloun-sisoulith"),
    ("Yehia Jakariya Khairallah", "yehia-zakaria-khairullah"),
    ("N. Enkhbayar", "nambaryn-enkhbayar"),
    ("Igor Sergeyevich Ivanov", "igor-ivanov"),
    ("Renchinnyamiin Amarjargal", "rinchinnyamyn-amarjargal"),
])
def test_spellings_kcna_used_for_registered_people(name, actor):
    found = annotate(f"A message was sent to {name}, chairman of the committee.",
                     date="2010-01-01").mentions
    assert [(m.actor, m.text) for m in found] == [(actor, name)]


def test_staff_in_a_headline_is_no_persons_name():
    text = ("Statement of Spokesman for KPA General Staff Supported by Swiss Bodies\n"
            "Pyongyang, September 28 (KCNA) -- The statement was supported.")
    assert [m.kind for m in annotate(text, date="2016-09-28").mentions] == ["organization"]


def test_ambassador_to_korea_is_a_title():
    mention = annotate("Invited were Chinese ambassador to Korea Wan Yongxiang and others.",
                       date="1998-08-07").mentions[0]
    assert (mention.actor, mention.form, mention.title) == (
        "wan-yongxiang", "title", "Chinese ambassador to Korea")


def test_in_is_a_syllable_of_a_korean_name():
    mention = annotate("He met Jo In Chol, DPRK ambassador to his country.",
                       date="2011-02-15").mentions[0]
    assert (mention.actor, mention.form) == ("jo-in-chol", "title")


def test_a_surname_opening_a_sentence_is_the_person_named_elsewhere():
    # (read before the article names her: after a title a surname is hers anywhere)
    text = ("Rice transplantation began. Rice, however, talked about it. Rice should "
            "apologize. U.S. Secretary of State Rice arrived.")
    assert [m.text for m in annotate(text, date="2006-05-01").mentions] == [
        "Rice", "Rice", "U.S. Secretary of State Rice"]


@pytest.mark.parametrize("text", [
    "Present were Choe Thae Bok, secretary of the C.C., the WPK, and others.",
    "Choummaly Sayasone, general secretary of the C.C., Lao People's Revolutionary Party, "
    "sent it.",
    "Present were Ri Il Hwan, department director of the C.C., WPK, and others.",
])
def test_a_party_named_after_cc_closes_the_title(text):
    found = annotate(text, date="2010-02-11").mentions
    assert [(m.kind, m.form) for m in found] == [("person", "title")]
    assert found[0].title.endswith(("WPK", "Party"))


@pytest.mark.parametrize("text", [
    "C. P. Mainali, general secretary of the C.C., Nepal Communist Party (Marxist-Leninist) "
    "and a former minister, was elected chairman.",
    "A. B. Cdefg, general secretary of the C.C., the Communist Party of Malta, said so.",
])
def test_a_party_after_cc_closes_an_unregistered_persons_title(text):
    assert [m.kind for m in annotate(text, date="2018-01-29").mentions] == ["person"]


def test_a_title_word_opening_an_envoys_name_is_part_of_it():
    found = annotate("Ri Su Yong met Qatari Ambassador to the DPRK Sultan Salmeen Saeed Al "
                     "Mansouri and Omani Sultan Qaboos Bin Said.", date="2016-04-02").mentions
    assert [(m.actor, m.form) for m in found if m.kind == "person"] == [
        ("ri-su-yong", "name"), ("sultan-salmeen-saeed-al-mansouri", "title"),
        ("qaboos-bin-said", "title")]


def test_names_in_a_list_of_works_are_no_mentions():
    text = ('He wrote such works as "The Workers\' Party of Korea Is the Party of the Great '
            'Leader Comrade Kim Il Sung" and "Long Live Kim Jong Il".')
    assert annotate(text, date="2001-01-01").mentions == []


@pytest.mark.parametrize(("text", "actor", "title"), [
    ("He met Jimmy Carter, ex-president of the U.S., on Wednesday.", "jimmy-carter",
     "ex-president of the U.S."),
    ("He met Bashar Al-Assad, regional secretary of the Arab Baath Socialist Party, today.",
     "bashar-al-assad", "regional secretary of the Arab Baath Socialist Party"),
    ("It was a picture with ex-President of Indonesia Sukarno.", "sukarno",
     "ex-President of Indonesia"),
])
def test_former_and_regional_offices_are_titles(text, actor, title):
    m = next(m for m in annotate(text, date="2011-04-27").mentions if m.kind == "person")
    assert (m.actor, m.form, m.title) == (actor, "title", title)


def test_no_apposition_past_a_verb():
    text = ("It marked the birth anniversary of President Kim Il Sung. They laid bouquets "
            "before the portraits of the President. Zhang Jinlu, daughter of Zhang Weihua, "
            "said she missed the President very much.")
    assert [(m.actor, m.form) for m in annotate(text, date="2016-04-11").mentions] == [
        ("kim-il-sung", "title"), ("kim-il-sung", "role"), ("kim-il-sung", "role")]


@pytest.mark.parametrize("text, expected", [
    # (the country after "of" is part of the name, as for any body)
    ("The drill was staged, according to Yonhap News of south Korea.",
     ["yonhap-news-agency"]),
    ("The ultra-right Chosun Ilbo and Dong-A Ilbo spread lies.", ["chosun-ilbo", "dong-a-ilbo"]),
    ("ITAR-TASS reported it, and so did Kyodo News.", ["tass", "kyodo-news"]),
    ("The Washington Post carried an article.", ["washington-post"]),
    ("The Syrian newspaper Tishrin lauded him.", ["tishrin"]),
    # the DPRK's own outlets speak: never mentions; a building is a place
    ("Rodong Sinmun says in a commentary that KCNA was right.", []),
    ("Students rallied outside the KBS building.", []),
])
def test_news_outlets_outside_north_korea_are_organisations(text, expected):
    assert [m[0] for m in mentions(text, date="2009-06-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # a Rodong subheadline's capitals: the verb is no part of the name
    ("Kim Jong Un Sends Greetings to Cuban President", ["kim-jong-un"]),
    ("Moon Jae In Meets Trump", ["moon-jae-in", "donald-trump"]),
    # a capital acting before "to" and a verb
    ("It is the strategic scenario of Washington to escalate tension.", ["united-states"]),
    ("He flew to Washington to attend talks.", []),
    # "south" after "the north and" is the south, as "the south" is
    ("It will bring peace to the north and south of Korea.", ["north-korea", "south-korea"]),
    ("Compatriots in the north and south of Korea rejoice.", []),
    # the U.S. forces leaving south Korea are U.S. Forces Korea; south Korea, the place
    # they leave, is a mention of its own
    ("They demanded the withdrawal of the U.S. troops from south Korea.",
     ["us-forces-korea", "south-korea"]),
    ("Let us get the U.S. forces withdrawn from South Korea.",
     ["us-forces-korea", "south-korea"]),
    ("The U.S. forces should be driven out of south Korea.",
     ["us-forces-korea", "south-korea"]),
    ("They will force the U.S. forces to pull out of south Korea.",
     ["us-forces-korea", "south-korea"]),
    # a province's name
    ("They met to reorganize the north Jolla provincial committee.", []),
])
def test_headline_verbs_capitals_before_to_the_bare_south_and_usfk_leaving(text, expected):
    assert [m[0] for m in mentions(text, date="2010-05-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # no place after them, but the sentence shows them in Korea
    ("South Korea pays for the upkeep of the U.S. forces.",
     [("south-korea", "South Korea"), ("us-forces-korea", "U.S. forces")]),
    ("They offered the territory of Korea to the U.S. forces.",
     [("us-forces-korea", "U.S. forces")]),
    ("The U.S. imperialist aggression troops have committed crimes in south Korea.",
     [("us-forces-korea", "U.S. imperialist aggression troops"), ("south-korea", "south Korea")]),
    # ... and so does "south Korean" (sets y and z)
    ("The atrocities committed by the U.S. imperialist aggressor troops against south "
     "Korean women were exposed.", [("us-forces-korea", "U.S. imperialist aggressor troops")]),
    # a place in Korea after them that is no state
    ("Stop the use of the UN name for U.S. troops in the Korean peninsula.",
     [("united-nations", "UN"), ("us-forces-korea", "U.S. troops")]),
    ("South Korea said malaria spreads among the U.S. troops in the Demilitarized Zone.",
     [("south-korea", "South Korea"), ("us-forces-korea", "U.S. troops")]),
    ("The U.S. troops stationed in the southern half of Korea must withdraw.",
     [("us-forces-korea", "U.S. troops")]),
    # elsewhere, in the Korean War, a political camp, or no Korea in the sentence
    ("The U.S. troops in Japan and in South Korea staged drills.",
     [("united-states", "U.S."), ("japan", "Japan"), ("south-korea", "South Korea")]),
    ("The U.S. troops massacred civilians in Korea in 1950.", [("united-states", "U.S.")]),
    ("The U.S. bellicose forces threaten south Korea.",
     [("united-states", "U.S. bellicose"), ("south-korea", "south Korea")]),
    ("The U.S. forces staged drills.", [("united-states", "U.S.")]),
])
def test_us_forces_with_no_place_are_usfk_where_the_sentence_shows_them_in_korea(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2006-03-27").mentions] == expected


@pytest.mark.parametrize("text, expected", [
    ("It proves that the U.S. troops are the warmongers keen on aggression against south "
     "Korea.", ["warmongers"]),
    # no subject after a preposition: the commanders are
    ("The commanders of the U.S. troops are the warmongers in south Korea.", []),
])
def test_a_label_predicated_of_the_us_forces_in_korea(text, expected):
    usfk = [m for m in annotate(text, date="2006-03-27").mentions if m.actor == "us-forces-korea"]
    assert [m.epithets for m in usfk] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The Lee Myung Bak group of south Korea slandered it.",
     [("lee-myung-bak", "Lee Myung Bak group of south Korea")]),
    ("Traitor Park Geun Hye of south Korea said it.",
     [("park-geun-hye", "Traitor Park Geun Hye of south Korea")]),
    # a common noun before "of": the country is a mention of its own
    ("The people of south Korea said it.", [("south-korea", "south Korea")]),
])
def test_a_country_after_of_closing_an_actors_mention_is_part_of_it(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2014-03-27").mentions] == expected


@pytest.mark.parametrize("text, date, expected", [
    ("The present U.S. administration is hostile.", "2010-03-01",
     ("barack-obama", "The present U.S. administration")),
    ("He analysed the newly emerged U.S. administration's policy.", "2021-03-01",
     ("joe-biden", "the newly emerged U.S. administration")),
    ("It urged the present south Korean regime to stop.", "2013-07-01",
     ("park-geun-hye", "the present south Korean regime")),
])
def test_the_government_of_the_day_with_its_country_between(text, date, expected):
    found = [(m.actor, m.text, m.form) for m in annotate(text, date=date).mentions]
    assert found == [(*expected, "role")]


def test_the_present_authorities_with_the_country_between_are_the_states():
    # as "the South Korean authorities" are (the labelled sets read all three so)
    found = [(m.actor, m.kind) for m in annotate(
        "The present South Korean authorities are servile.", date="1999-04-28").mentions]
    assert found == [("south-korea", "country")]
    # without the country: the government of the day, as before
    found = [(m.actor, m.kind) for m in annotate(
        "Seoul is tense. The present authorities are servile.", date="1999-04-28").mentions]
    assert found == [("south-korea", "country"), ("kim-dae-jung", "government")]


def test_alternative_member_is_kcnas_other_spelling_of_alternate_member():
    found = only("Mun Kyong Dok, alternative member of the Political Bureau of the WPK Central"
                 " Committee, spoke.", date="2016-05-01")
    assert (found.actor, found.form) == ("mun-kyong-dok", "title")


def test_an_office_of_a_titled_person_in_apposition_is_the_first_persons_title():
    found = mentions("William Perry, special adviser and special envoy of U.S. President"
                     " Clinton, arrived.", date="1999-05-01")
    assert found == [("william-perry", "person", "title"), ("bill-clinton", "person", "title")]
    # without "of" or "to" the title before the next name is that person's
    assert mentions("Ri Yong Ho, minister of foreign trade Ri Kwang Gun, and others.",
                    date="1999-05-01") == [("ri-yong-ho", "person", "name"),
                                           ("ri-kwang-gun", "person", "name")]


def test_arms_dealer_branded_and_the_usfk_mention_ending_with_its_noun():
    assert [(m.actor, m.form, m.epithets) for m in annotate(
        "They branded Trump as arms dealer.", date="2017-10-01").mentions] == [
            ("donald-trump", "epithet", ["arms dealer"])]
    assert [m.text for m in annotate("They demanded the withdrawal of the U.S. troops from "
                                     "south Korea.", date="2005-01-01").mentions] == [
        "U.S. troops", "south Korea"]


def test_warlike_insults_and_a_leaders_name_in_a_schools_name():
    found = only("The U.S. warlike forces escalated tension.", date="2005-01-01")
    assert (found.actor, found.epithets) == ("united-states", ["warlike"])
    assert mentions("Students of Kang Pan Sok Secondary School met.", date="2005-01-01") == []


def test_a_country_after_of_ending_a_registered_bodys_name_is_part_of_it():
    found = annotate("The National Intelligence Service of south Korea and the 10th SPA of the"
                     " DPRK met.", date="2010-01-01").mentions
    assert [(m.actor, m.text) for m in found] == [
        ("national-intelligence-service", "National Intelligence Service of south Korea"),
        ("supreme-peoples-assembly", "SPA of the DPRK")]


def test_a_person_outside_the_registry_named_again_by_the_whole_name():
    found = annotate("Jo Sun Dok, director of the Pyongyang Institute, spoke. Jo Sun Dok said"
                     " the work went well. Jo added that it would end.",
                     date="2010-05-01").mentions
    assert [(m.actor, m.form) for m in found] == [("jo-sun-dok", "title"),
                                                  ("jo-sun-dok", "name"),
                                                  ("jo-sun-dok", "name")]  # "Jo added"
    # "Your Excellency" is no name
    assert annotate("I pay the highest respect to Your Excellency General.",
                    date="2010-05-01").mentions == []


def test_a_bare_surname_with_the_office_its_registered_holder_has_that_day():
    assert [m.actor for m in annotate("Bell, commander of the U.S. forces in south Korea,"
                                      " spoke.", date="2006-03-15").mentions] == ["b-b-bell"]
    # in 2012 the commander is another man: a person outside the registry
    assert [m.actor for m in annotate("Bell, commander of the U.S. forces in south Korea,"
                                      " spoke.", date="2012-03-15").mentions] == ["bell"]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # a demonym before bodies or a household is their nationality, not the state
    ("Serbian political parties and organizations released statements.", "2018-04-14", []),
    ("They stood in solidarity with South Korean democrats.", "1999-04-24", []),
    ("Kim Jong Il received a floral basket from a Chinese family.", "2010-12-22",
     [("kim-jong-il", "Kim Jong Il")]),
    ("The Italian Branch of the Korean Friendship Association posted it.", "2013-06-18",
     [("korean-friendship-association", "Korean Friendship Association")]),
    # "Korean-American": Americans of Korean descent; "Korean-Chinese border": two states
    ("They incited hatred in the Korean-American community.", "1997-08-26", []),
    ("They crossed the Korean-Chinese border.", "2005-01-01", [("china", "Chinese")]),
    # "anti-north", as "anti-DPRK", names the DPRK
    ("It is an anti-north smear campaign.", "2010-05-01", [("north-korea", "north")]),
    # ... and so do "north-targeted" and the enemy's quoted "north's"
    ("They staged north-targeted war drills.", "2010-05-01", [("north-korea", "north")]),
    ('They cried about the "north\'s provocation".', "2010-05-01", [("north-korea", "north")]),
    # a wind from the south is no state
    ("Tests were made when the south wind was blowing.", "1997-02-04", []),
    # the south Korean police, also with an insult and a possessive
    ("The south Korean puppet police's abuses were condemned.", "2009-04-21",
     [("sk-national-police-agency", "south Korean puppet police")]),
    # ... but not a local police agency named after the national one
    ("The south Korean police said the Kangwon Metropolitan Police Agency searched it.",
     "2009-04-21", [("sk-national-police-agency", "south Korean police")]),
    # a decoration named after a leader is no mention of him; his order (command) is
    ("He was awarded the Order of Kim Il Sung and carried out the order of Kim Jong Il.",
     "2005-01-01", [("kim-jong-il", "Kim Jong Il")]),
    # KCNA's spellings of south Korean and Nigerian leaders
    ("The LKP group including Hong Jun Phyo staged a farce.", "2018-03-05",
     [("hong-joon-pyo", "Hong Jun Phyo")]),
    ("The delegation was led by Abdulasalam Alhaji Abubakar, Chief of the Defence staff.",
     "1997-08-04", [("abdulsalami-abubakar", "Abdulasalam Alhaji Abubakar")]),
])
def test_nationalities_decorations_and_spellings(text, date, expected):
    assert [(m.actor, m.text) for m in annotate(text, date=date).mentions] == expected


@pytest.mark.parametrize("corpus, url, at, expected", [
    # "It was awarded the "Order of Kim Il Sung" twice ..." (1997)
    ("kcna-en-1997-2018/kcna-1997.jsonl.gz",
     "http://kcna.co.jp/item/1997/9703/news3/14.htm#9", 1084 + 10, None),
    # "Ten Peruvian parties including the Peruvian Communist Party ..." (1999)
    ("kcna-en-1997-2018/kcna-1999.jsonl.gz",
     "http://kcna.co.jp/item/1999/9912/news12/19.htm#3", 339 + 4, None),
    # "The south Korean puppet police searched the office of ..." (2009)
    ("kcna-en-1997-2018/kcna-2009.jsonl.gz",
     "http://kcna.co.jp/item/2009/200912/news03/20091203-05ee.html", 76,
     ("sk-national-police-agency", "south Korean puppet police", None)),
])
def test_nationalities_and_decorations_in_the_archive(corpus, url, at, expected):
    doc = annotate_archive_article(corpus, url)
    found = [(m.actor, m.text, m.form) for m in doc.mentions if m.start <= at < m.end]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "E. P." after "Ambassador" is extraordinary and plenipotentiary, not a name
    # ... and a name before "was appointed as" an office is a public figure's (the
    # office is what he became: form "name")
    ("Yun Su Ryong was appointed as the Korean Ambassador E. P. to Romania.", "1997-04-04",
     [("yun-su-ryong", "Yun Su Ryong", "name"), ("romania", "Romania", None)]),
    ("Sok Myong Son was elected chairman of the committee.", "2005-01-01",
     [("sok-myong-son", "Sok Myong Son", "name")]),
    ("Choe Jae Hyon was relieved of the post of Minister of Culture.", "1999-10-01",
     [("choe-jae-hyon", "Choe Jae Hyon", "name")]),
    ("The Juche Idea was elected chairman of the committee.", "2005-01-01", []),
    # KCNA's abbreviations of Secretary and General Secretary are titles
    ("They celebrate secy. Kim Jong Il's birthday.", "1997-01-25",
     [("kim-jong-il", "secy. Kim Jong Il", "title")]),
    ("Gen. Secy. Kim Jong Il received them.", "1997-10-20",
     [("kim-jong-il", "Gen. Secy. Kim Jong Il", "title")]),
    # an office in apposition ends before the purpose of the trip
    ("It was led by Ro Song Sil, chairwoman of its Central Committee to visit Laos and "
     "Vietnam.", "2011-09-05",
     [("ro-song-sil", "Ro Song Sil", "title"), ("laos", "Laos", None),
      ("vietnam", "Vietnam", None)]),
    # south Korea's ministries by their short names after the country is named
    ("The south Korean authorities probed the Ministry of Defence and the Ministry of "
     "Justice.", "2006-10-04",
     [("south-korea", "south Korean", None),
      ("sk-ministry-of-national-defense", "Ministry of Defence", None),
      ("sk-ministry-of-justice", "Ministry of Justice", None)]),
])
def test_abbreviated_titles_and_short_ministries(text, date, expected):
    found = annotate(text, date=date).mentions
    assert [(m.actor, m.text, m.form) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hyphened pair of states before a lower-case adjective is the two states...
    ("It will strengthen the DPRK-China cultural exchange.",
     [("north-korea", "DPRK"), ("china", "China")]),
    ("The DPRK-Mongolia parliamentary talks were held.",
     [("north-korea", "DPRK"), ("mongolia", "Mongolia")]),
    # ... and a body's name when a body's noun follows it
    ("The Japan-Korea solidarity organizations met.", []),
    ("Its chairman spoke at the Korea-Cuba solidarity committee.",
     [("korea-cuba-solidarity-committee", "Korea-Cuba solidarity committee")]),
])
def test_a_pair_of_states_before_a_lower_case_adjective(text, expected):
    found = annotate(text, date="2010-01-01").mentions
    assert [(m.actor, m.text) for m in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office "of the committee", "of the association" before a name is its title
    ("Chairman of the committee Jong Un Ryong made a speech.",
     ("jong-un-ryong", "Chairman of the committee Jong Un Ryong", "title")),
    ("It was handed over by President of the association Hu Feng Wei.",
     ("hu-feng-wei", "President of the association Hu Feng Wei", "title")),
    ("The speech was made by chairman of the committee Kim Yong Sun.",
     ("kim-yong-sun", "chairman of the committee Kim Yong Sun", "title")),
])
def test_an_office_of_a_body_named_by_a_common_noun_is_a_title(text, expected):
    found = annotate(text, date="2005-01-01").mentions
    assert [(m.actor, m.text, m.form) for m in found] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a state's directorate is a body when its country is in the name
    ("Kim Jong Il received a gift from the Directorate for Standards and Quality of Vietnam.",
     [("kim-jong-il", "Kim Jong Il"), ("directorate-for-standards-and-quality-of-vietnam",
                                       "Directorate for Standards and Quality of Vietnam")]),
    ("The Directorate said so.", []),
    # KCNA's names of Minbyun
    ("Among them were the Bar Association for a Democratic Society and others.",
     [("lawyers-for-a-democratic-society", "Bar Association for a Democratic Society")]),
])
def test_more_names_of_bodies(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2005-01-01").mentions] == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # foreign ministers by role, holder on the date (roles.toml, "Foreign ministers")
    ("Present there were the Australian Foreign Minister and his party.", "2000-11-16",
     ("alexander-downer", "the Australian Foreign Minister", "role")),
    ("The foreign minister of Yugoslavia arrived.", "1999-04-08",
     ("zivadin-jovanovic", "The foreign minister of Yugoslavia", "role")),
    ("Cuban Foreign Minister Bruno Rodriguez Parrilla arrived.", "2015-01-01",
     ("bruno-rodriguez-parrilla", "Cuban Foreign Minister Bruno Rodriguez Parrilla", "title")),
    # a Malaysian honorific inside the title
    ("They met Malaysian Prime Minister Datuk Seri Abdullah Ahmad Badawi.", "2006-09-16",
     ("abdullah-ahmad-badawi", "Malaysian Prime Minister Datuk Seri Abdullah Ahmad Badawi",
      "title")),
    # heads of state and government by role (roles.toml, "Heads of state")
    ("The Nigerian President arrived.", "2005-03-01",
     ("olusegun-obasanjo", "The Nigerian President", "role")),
    ("Kim wished the Portuguese President good health.", "2012-06-10",
     ("anibal-cavaco-silva", "the Portuguese President", "role")),
    ("The Nepalese king sent a message.", "2003-03-01", ("gyanendra", "The Nepalese king", "role")),
    ("Russian President Vladimir Putin met his Brazilian counterpart.", "2005-01-01",
     ("luiz-inacio-lula-da-silva", "his Brazilian counterpart", "role")),
    # KCNA's long spelling of Najib Razak
    ("It was sent to Prime Minister Datuk Seri Mohamad Najib Bin Tun Haji Abudul Razak.",
     "2014-08-31", ("najib-razak", "Prime Minister Datuk Seri Mohamad Najib Bin Tun Haji "
                                   "Abudul Razak", "title")),
])
def test_foreign_ministers_and_honorifics(text, date, expected):
    found = [(m.actor, m.text, m.form) for m in annotate(text, date=date).mentions]
    assert expected in found


def test_an_office_joined_to_level_is_a_rank_not_its_holder():
    found = annotate("Alexander Downer came. Talks on the foreign minister-level were held.",
                     date="2000-11-16").mentions
    assert [m.text for m in found] == ["Alexander Downer"]


def test_a_counterpart_in_a_state_whose_id_has_two_words():
    # (the office of "south-africa-president" is "president", not "africa-president")
    found = annotate("Russian President Vladimir Putin sent a message to his South African "
                     "counterpart.", date="2012-06-01").mentions
    assert [(m.actor, m.form) for m in found][-1] == ("jacob-zuma", "role")


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Guinea at the instance of its President decided to name the institute so.", "2003-01-01",
     [("guinea", "Guinea", None), ("lansana-conte", "its President", "role")]),
    # its president by name: the name's mention, as always
    ("The order of Namibia was presented by its President Hifikepunye Pohamba.", "2008-01-01",
     [("namibia", "Namibia", None),
      ("hifikepunye-pohamba", "President Hifikepunye Pohamba", "title")]),
    # a body's president is nobody the registry knows
    ("A delegation of the fund headed by its president arrived.", "2008-01-01", []),
])
def test_its_office_is_the_holder_in_the_country_named_before(text, date, expected):
    assert [(m.actor, m.text, m.form) for m in annotate(text, date=date).mentions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "Sino" of a hyphened pair names China
    ("They praised the development of Sino-DPRK friendship.",
     [("china", "Sino"), ("north-korea", "DPRK")]),
    # ... and a pair of demonyms before a war or a book names no state
    ("It happened during the Sino-Japanese War of 1894.", []),
    ("This Japanese-Korean book contains 38 poems.", []),
])
def test_sino_and_pairs_of_demonyms(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2010-01-01").mentions] == expected


@pytest.mark.parametrize("text, actor", [
    # outlets KCNA cites, spoken of as bodies
    ("Seoul-based radio Voice of National Salvation reported.", "voice-of-national-salvation"),
    ("The internet newspaper Minjok Ilbo denounced them.", "minjok-ilbo"),
    ("It was sold, according to a Reuter report from Washington.", "reuters"),
])
def test_cited_outlets_of_the_registry(text, actor):
    assert mentions(text, date="1999-03-06") == [(actor, "organization", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a name with commas in it, which the shape of a name cannot hold
    ("The Solidarity for Democracy, People's Life, Peaceful Reunification and Sovereignty "
     "held a rally.",
     [("solidarity-for-democracy-peoples-life-peaceful-reunification-and-sovereignty",
       "Solidarity for Democracy, People's Life, Peaceful Reunification and Sovereignty")]),
    # the KCTU by its bare name, south Korea's where south Korea is named before it
    ("South Korea's \"Confederation of Trade Unions\", known as Minju Rochong, held a rally.",
     [("south-korea", "South Korea"),
      ("korean-confederation-of-trade-unions", "Confederation of Trade Unions"),
      ("korean-confederation-of-trade-unions", "Minju Rochong")]),
    ("The Nepal Confederation of Trade Unions met.",
     [("nepal-confederation-of-trade-unions", "Nepal Confederation of Trade Unions")]),
    # Jongyojo's name written with an apostrophe
    ("They legalized the \"National Teachers' Union\" at last.",
     [("korean-teachers-and-education-workers-union", "National Teachers' Union")]),
])
def test_south_korean_civic_bodies_of_the_registry(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2012-03-23").mentions] == expected


def test_a_civic_body_with_commas_in_its_name_in_the_archive():
    # "The Solidarity for Democracy, People's Life, ... of south Korea made public ..." (2012)
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2012.jsonl.gz",
                                   "http://kcna.co.jp/item/2012/201203/news23/20120323-24ee.html")
    assert [m.actor for m in doc.mentions if m.start == 105] == [
        "solidarity-for-democracy-peoples-life-peaceful-reunification-and-sovereignty"]


def test_a_dprk_body_with_capitalised_small_words_in_its_name_in_the_archive():
    # "The DPRK Committee for Investigation Into the Damage Done by the Japanese
    # Imperialists During Their Occupation of Korea issued ..." (2000): one body, no Japan
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2000.jsonl.gz",
                                   "http://kcna.co.jp/item/2000/200003/news03/13.htm#9")
    assert [m.actor for m in doc.mentions if 80 <= m.start < 200] == [
        "dprk-committee-for-investigation-into-the-damage-done-by-the-japanese-imperialists"
        "-during-their-occupation-of-korea"]


@pytest.mark.parametrize(("text", "expected"), [
    # "to the" before a country whose full name is too long to hold its "the"
    ("The new Indian Ambassador to the Democratic People's Republic of Korea, Jagjit Singh "
     "Sapra, arrived.",
     [("jagjit-singh-sapra",
       "Indian Ambassador to the Democratic People's Republic of Korea, Jagjit Singh Sapra")]),
    ("Jagjit Singh Sapra, Indian Ambassador to the Democratic People's Republic of Korea, "
     "arrived.", [("jagjit-singh-sapra", "Jagjit Singh Sapra")]),
])
def test_a_title_reaching_the_full_name_of_the_dprk(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="1997-02-14").mentions] == expected


def test_a_title_does_not_reach_a_demonym_over_the():
    text = ("A special envoy of the Egyptian President, representative of the Nepali King, "
            "a Vice Prime Minister of Cambodia and the Minister of Parliament of Pakistan came.")
    actors = [m.actor for m in annotate(text, date="1997-10-04").mentions]
    assert "robert-king" not in actors and {"cambodia", "pakistan"} <= set(actors)


def test_a_title_reaching_the_full_name_of_the_dprk_in_the_archive():
    # "The new Indian Ambassador to the Democratic People's Republic of Korea, Jagjit
    # Singh Sapra, and the new Laotian Ambassador, ..." (1997)
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-1997.jsonl.gz",
                                   "http://kcna.co.jp/item/1997/9702/news2/14.htm#20")
    assert [(m.actor, m.form) for m in doc.mentions if 113 <= m.start < 250] == [
        ("jagjit-singh-sapra", "title"), ("soukthavone-keola", "title")]


@pytest.mark.parametrize(("text", "actor", "title"), [
    ("Yang Xilian, Chinese military, naval and air attache, was present.", "yang-xilian",
     "Chinese military, naval and air attache"),
    ("Present were Liu Hongcai, Chinese ambassador to the DPRK, Sun Yanfeng, military, "
     "naval and air attache, and staff members.", "sun-yanfeng",
     "military, naval and air attache"),
])
def test_the_attache_office_with_a_comma(text, actor, title):
    person = next(m for m in annotate(text, date="2010-10-24").mentions if m.actor == actor)
    assert (person.form, person.title) == ("title", title)


def test_the_attache_office_with_a_comma_in_the_archive():
    # "..., Liu Hongcai, Chinese ambassador to the DPRK, Sun Yanfeng, military, naval and
    # air attache, and staff members of the Chinese embassy" (2010)
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2010.jsonl.gz",
                                   "http://kcna.co.jp/item/2010/201010/news24/20101024-15ee.html")
    assert [(m.actor, m.title) for m in doc.mentions if m.start == 909] == [
        ("sun-yanfeng", "military, naval and air attache")]
