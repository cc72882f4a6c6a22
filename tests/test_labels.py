"""Labels beyond the lexicon's first word, on sentences written for these tests:
appositions and predicates, pronouns and "true colours", coordinated names,
nameless collectives, "the north"/"the south", demonyms naming a people."""

import pytest

from conftest import annotate_archive_article
from nkwatch.analysis.pipeline import annotate, annotate_raw
from nkwatch.analysis.registry import load_registry


def found(text, date="2012-05-01"):
    return [(m.actor, m.kind, m.form, m.epithets) for m in annotate(text, date=date).mentions]


def person(text, actor, date="2012-05-01"):
    return next(m for m in annotate(text, date=date).mentions if m.actor == actor)


def labelled_at(corpus, url, at):
    """(actor, text, epithets) of the mentions over offset ``at`` of an archive article."""
    return [(m.actor, m.text, m.epithets) for m in annotate_archive_article(corpus, url).mentions
            if m.start <= at < m.end]


@pytest.mark.parametrize(("text", "actor", "date", "epithets"), [
    # the contract's examples of labels predicated by name
    ("The statement labels Bolton a human defect.", "john-bolton", "2018-05-01",
     ["human defect"]),
    ("They are calling Biden an imbecile.", "joe-biden", "2022-09-22", ["imbecile"]),
    # an apposition whose insult is not its first word
    ("The GNP, the worst party of traitors in history, met.", "grand-national-party",
     "2005-01-01", ["worst party of traitors"]),
    ("Park Geun Hye, a daughter of a dictator, spoke.", "park-geun-hye", "2015-01-01",
     ["daughter of a dictator"]),
    # insults joined by commas and "and", across "to the nation"
    ("Syngman Rhee was a wicked traitor to the nation and ferocious dictator.",
     "syngman-rhee", "1999-01-01", ["wicked", "traitor", "ferocious dictator"]),
    # through a pronoun, "true colours" and a labelling verb with "him"
    ("Park Geun Hye's act showed she deserved to be called a daughter of a dictator.",
     "park-geun-hye", "2015-01-01", ["daughter of a dictator"]),
    ("Kim Dae Jung renamed it, revealing his true colors as a heinous anti-national element.",
     "kim-dae-jung", "1999-01-01", ["heinous", "anti-national"]),
    ("This shows the true colours of Lee as a traitor.", "lee-myung-bak", "2010-01-01",
     ["traitor"]),
    ("Bolton spoke and the ministry branded him as human scum.", "john-bolton", "2003-08-11",
     ["human scum"]),
    # "such ... as X"
    ("Such maniacs as Trump who are fond of war should be tamed.", "donald-trump",
     "2017-09-22", ["maniacs"]),
    ("It denounced such mad dogs and human dregs as Lee Myung Bak.", "lee-myung-bak",
     "2010-05-01", ["mad dogs", "human dregs"]),
    # a predicate after a closed apposition
    ("Obama, its boss, is just a puppet without principle.", "barack-obama", "2014-01-01",
     ["puppet"]),
    ("We will beat mad Trump with nuclear fists.", "donald-trump", "2017-09-22", ["mad"]),
])
def test_labels_reach_the_person(text, actor, date, epithets):
    m = person(text, actor, date)
    assert m.form == ("epithet" if m.kind in ("person", "government") else None), m.as_dict()
    for epithet in epithets:
        assert epithet in m.epithets, m.as_dict()


@pytest.mark.parametrize(("text", "actor", "date"), [
    ("Kim Jong Un, a member of the delegation, spoke.", "kim-jong-un", "2018-01-01"),
    ("Moon Jae In was a victim of the puppet regime.", "moon-jae-in", "2018-01-01"),
    ("Lee Myung Bak is steeped in confrontation.", "lee-myung-bak", "2010-01-01"),
    ("The slogans touted by Lee Myung Bak are nothing but treacherous sophism.",
     "lee-myung-bak", "2010-01-01"),
    ("Kim Kwan Jin, a close confidant of traitor Lee Myung Bak, was named.",
     "kim-kwan-jin", "2012-07-01"),
])
def test_no_label_where_none_is_given(text, actor, date):
    m = person(text, actor, date)
    assert m.form != "epithet", m.as_dict()


def test_coordinated_names_share_a_plural_apposition_or_prefix():
    ms = annotate("They named Abe and Aso, typical hard-liners, as the worst.",
                  date="2006-02-04").mentions
    assert {m.actor: m.form for m in ms} == {"shinzo-abe": "epithet", "taro-aso": "epithet"}
    ms = annotate("It denounced traitors Kim Young Sam and Kim Jong Pil.",
                  date="1999-01-05").mentions
    assert [(m.actor, m.epithets) for m in ms] == [
        ("kim-young-sam", ["traitors"]), ("kim-jong-pil", ["traitors"])]
    ms = annotate("Present were Kim Yong Il and Kim Yang Gon, department directors of the"
                  " C.C.", date="2010-02-08").mentions
    assert [(m.actor, m.form) for m in ms] == [("kim-yong-il", "title"),
                                               ("kim-yang-gon", "title")]


def test_a_singular_apposition_stays_with_its_own_name():
    ms = annotate("They named Abe and Aso, a hard-liner, as the worst.",
                  date="2006-02-04").mentions
    assert {m.actor: m.form for m in ms} == {"shinzo-abe": "name", "taro-aso": "epithet"}


def test_nameless_collectives_are_the_government_of_the_day():
    ms = annotate("Lee Myung Bak spoke. It is ridiculous for the puppet group to talk.",
                  date="2010-05-01").mentions
    assert [(m.actor, m.kind, m.form, m.inferred) for m in ms][-1] == (
        "lee-myung-bak", "government", "epithet", True)
    # named after "of", the group is the country's, and the insults with it
    assert found("The puppet group of south Korea met.", "2010-05-01") == [
        ("south-korea", "country", None, ["puppet", "group"])]
    assert found("The fascist clique of south Korea and the new regime of Japan met.") == [
        ("south-korea", "country", None, ["fascist", "clique"]), ("japan", "country", None, [])]


@pytest.mark.parametrize(("text", "date", "expected"), [
    # a collective before "of" and a leader's name is that leader's government, as
    # after the name ("the Lee Myung Bak regime"), with the insults before it
    ("The tyrannical regime of Lee Myung Bak must retract the motion.", "2008-12-27",
     ("lee-myung-bak", "government", "tyrannical regime of Lee Myung Bak", "epithet",
      ["tyrannical"])),
    ("The traitorous group of Park Geun Hye must be punished.", "2015-12-27",
     ("park-geun-hye", "government", "traitorous group of Park Geun Hye", "epithet",
      ["traitorous", "group"])),
    ("It denounced the fascist junta of Syngman Rhee.", "1999-06-25",
     ("syngman-rhee", "government", "fascist junta of Syngman Rhee", "epithet",
      ["fascist", "junta"])),
    ("It hailed the new administration of Kim Jong Un.", "2012-06-01",
     ("kim-jong-un", "government", "administration of Kim Jong Un", "name", [])),
    # not a collective of his: his advisers, a capitalised company name, a country between
    ("It met a group of Bush's advisers.", "2003-01-01",
     ("george-w-bush", "person", "Bush", "name", [])),
    ("It met the Hyundai Group of Jong Ju Yong.", "1998-10-30",
     ("chung-ju-yung", "person", "Jong Ju Yong", "name", [])),
    ("He received the business group of South Korea Jong Ju Yong.", "1998-10-30",
     ("chung-ju-yung", "person", "Jong Ju Yong", "name", [])),
    ("It denounced the puppet group of south Korea and Lee Myung Bak.", "2010-05-01",
     ("lee-myung-bak", "person", "Lee Myung Bak", "name", [])),
])
def test_a_collective_before_of_and_a_name_is_the_government(text, date, expected):
    last = [m for m in annotate(text, date=date).mentions if m.actor == expected[0]][-1]
    assert (last.actor, last.kind, last.text, last.form, last.epithets) == expected


def test_a_nameless_body_takes_its_country_after_of():
    assert found("The puppet police of south Korea and the puppet army of Syria met.") == [
        ("sk-national-police-agency", "organization", None, ["puppet"]),
        ("syria", "country", None, [])]
    assert [m.text for m in annotate("the puppet authorities of south Korea said",
                                     date="2017-01-01").mentions] == [
        "the puppet authorities of south Korea"]


def test_quoted_collective_is_derisive():
    m = person('The Park Geun Hye\'s "government" is moving.', "park-geun-hye", "2014-01-01")
    assert (m.kind, m.form, m.epithets) == ("government", "epithet", ['"government"'])


def test_the_north_and_the_south():
    assert [a for a, *_ in found("Talks between the north and the south of Korea.")] == [
        "north-korea", "south-korea"]
    assert found("the north-south relations in the north of Iraq") == [
        ("iraq", "country", None, [])]
    # the halves of the land
    assert found("Korea was divided into the north and the south by the U.S.") == [
        ("united-states", "country", None, [])]
    assert found("Separated families and relatives from the north and the south met.") == []
    assert [(a, text) for a, text in (
        (m.actor, m.text) for m in annotate("the south Korean puppets", date="2010-01-01")
        .mentions)] == [("south-korea", "south Korean puppets")]


def test_demonyms_naming_a_people_are_no_state():
    assert found("South Korean youth and students rallied in the Iraqi War years.") == []
    # a style is no state
    assert found("They forced American-style democracy and the U.S.-type economy on it.") == []
    assert found("South Korean authorities rallied.")[0][0] == "south-korea"


def test_leader_is_an_honorific_title():
    m = person("feats of President Kim Il Sung and leader Kim Jong Il", "kim-jong-il",
               "2001-01-01")
    assert (m.form, m.title) == ("title", "leader")
    m = person("the party headed by esteemed Jiang Zemin", "jiang-zemin", "2001-01-01")
    assert (m.form, m.title) == ("title", "esteemed")


def test_countries_and_parties_take_predicated_labels():
    m = person("The U.S. is a war maniac, the ringleader of evils.", "united-states",
               "2005-01-01")
    assert "war maniac" in m.epithets, m.as_dict()
    m = person('Such forces as the "Grand National Party" are no more than puppets.',
               "grand-national-party", "2005-01-01")
    assert m.epithets == ["puppets"], m.as_dict()
    m = person("The U.S. is a member of the UN, a party to the treaty.", "united-states",
               "2005-01-01")
    assert m.epithets == [], m.as_dict()


def test_a_derisive_demonym_is_its_own_insult():
    m = person('They shouted "Yankees, go home."', "united-states", "2003-01-20")
    assert m.epithets == ["yankees"], m.as_dict()


def test_names_listed_before_and_other_insults():
    ms = annotate("Hyon In Thaek, Won Se Hun, Kim Kwan Jin and other anti-DPRK confrontation"
                  " maniacs forsake it.", date="2015-01-01").mentions
    people = [m for m in ms if m.kind == "person"]
    assert len(people) == 3 and all(m.form == "epithet" for m in people)
    assert people[0].epithets == ["anti-dprk confrontation maniacs"]
    m = person("Kim Jong Un and other officials came.", "kim-jong-un", "2015-01-01")
    assert m.form == "name"


def test_a_title_reaches_over_to_its_country():
    m = person("Russian Ambassador to the DPRK Andrei Karlov answered.", "andrei-karlov",
               "2010-01-01")
    assert (m.form, m.title) == ("title", "Russian Ambassador to the DPRK")
    assert found("Russian Ambassador to the DPRK Andrei Karlov answered.", "2010-01-01") == [
        ("andrei-karlov", "person", "title", [])]  # no separate Russia or DPRK
    assert [a for a, *_ in found("He went to the DPRK Kim Jong Un said.", "2015-01-01")] == [
        "north-korea", "kim-jong-un"]


def test_party_posts_in_apposition_are_titles():
    m = person("Present were Jo Yong Won, member of the Presidium of the Political Bureau of"
               " the WPK Central Committee.", "jo-yong-won", "2021-01-01")
    assert m.form == "title" and m.title.startswith("member of the Presidium")


def test_offices_in_apposition_name_people_outside_the_registry():
    ms = annotate("Present were Kim Hyong Jun, vice-minister of Foreign Affairs, Ri Myong San,"
                  " vice-minister of Foreign Trade, and others.", date="2009-01-01").mentions
    assert [(m.actor, m.form, m.title) for m in ms] == [
        ("kim-hyong-jun", "title", "vice-minister of Foreign Affairs"),
        ("ri-myong-san", "title", "vice-minister of Foreign Trade")]
    m = person("A delegation led by Wang Jiarui, head of the department, visited.",
               "wang-jiarui", "2009-01-01")
    assert (m.form, m.title) == ("title", "head of the department")


@pytest.mark.parametrize("opening", ["", "The "])
def test_an_office_opening_a_sentence_titles_the_name_after_it(opening):
    ms = annotate(f"It met on May 3. {opening}General secretary of the New Yugoslav Communist"
                  " Party Branko Kitanovic said so.", date="2001-02-22").mentions
    assert [(m.actor, m.form, m.title) for m in ms] == [
        ("branko-kitanovic", "title", "General secretary of the New Yugoslav Communist Party")]


def test_titles_over_of_a_country_and_before_initials():
    m = person("Puppet Prime Minister of south Korea Kim Hwang Sik said so.", "kim-hwang-sik",
               "2012-03-01")
    assert (m.form, m.title, m.epithets) == ("epithet", "Prime Minister of south Korea",
                                             ["puppet"])
    assert [a for a, *_ in found("Puppet Prime Minister of south Korea Kim Hwang Sik said.",
                                 "2012-03-01")] == ["kim-hwang-sik"]
    m = person("It grew under Russian President V. V. Putin.", "vladimir-putin", "2012-03-01")
    assert (m.form, m.title) == ("title", "Russian President")
    m = person("President of Equatorial Guinea Obiang Nguema Mbasogo received him.",
               "teodoro-obiang-nguema-mbasogo", "2012-03-01")
    assert m.title == "President of Equatorial Guinea"
    assert [a for a, *_ in found("He is a friend of the DPRK Kim Jong Un said.")] == [
        "north-korea", "kim-jong-un"]


def test_a_country_as_somebodys_master():
    assert found("Rhee acted with the backing of the U.S., his master.", "1999-01-01")[-1] == (
        "united-states", "country", None, ["master"])
    assert ("united-states", "country", None, ["american master"]) in found(
        "Lee cooperated with his American master.", "2010-01-01")
    assert ("united-states", "country", None, ["masters"]) in found(
        "They act in league with its masters the U.S. and Japan.", "2010-01-01")
    # "master" by itself is no insult: the people are masters of the country
    assert found("The people are masters of the country, unlike the U.S.", "2010-01-01") == [
        ("united-states", "country", None, [])]


@pytest.mark.parametrize("text", [
    "Han held a confab with his U.S. master.",
    "They executed their U.S. master's policy of pressure.",
])
def test_a_country_named_as_the_owners_master(text):
    assert ("united-states", "country", None, ["u.s. master"]) in found(text, "2010-01-01")


@pytest.mark.parametrize("text, labels", [
    ("The south Korean judicial authorities are a group of fascist murderers.",
     ["group of fascist murderers"]),
    ("The Japanese government is a war criminal.", ["war criminal"]),
])
def test_a_label_predicated_of_the_states_authorities_is_the_states(text, labels):
    assert found(text, "2010-01-01")[0][3] == labels


def test_a_label_predicated_of_a_countrys_forces_is_not_the_countrys():
    # the forces' own name takes it ("U.S. forces in South Korea": us-forces-korea, and
    # south Korea, where they stand)
    assert found("The U.S. forces in South Korea are aggressors.", "2010-01-01") == [
        ("us-forces-korea", "organization", None, ["aggressors"]),
        ("south-korea", "country", None, [])]


def test_an_apposition_stops_where_another_country_begins():
    assert found("Chun Doo Hwan, fascist dictator, and the U.S. imperialists, his master, "
                 "cracked down.", "1999-01-01") == [
        ("chun-doo-hwan", "person", "epithet", ["fascist", "dictator"]),
        ("united-states", "country", None, ["imperialists", "master"])]


def test_an_apposition_without_article_may_lead_with_two_plain_words():
    assert person("If Hyon In Thaek, anti-DPRK confrontational fanatic and sycophantic "
                  "traitor, is allowed to stay.", "hyun-in-taek", "2011-08-01").epithets == [
        "anti-dprk confrontational fanatic", "sycophantic", "traitor"]


def test_a_label_opening_the_sentence_and_short_names_after_such_as():
    assert person("A rabid dog, Trump and his clique will realize it.", "donald-trump",
                  "2017-09-25").epithets == ["rabid dog"]
    assert person("The Japanese authorities must stop such warmongers as Nakagawa.",
                  "hidenao-nakagawa", "2006-01-01").epithets == ["warmongers"]
    assert "hidenao-nakagawa" not in [a for a, *_ in found("Nakagawa spoke.", "2006-01-01")]


def test_a_korean_surname_or_given_names_alone_after_the_full_name():
    ms = found("Kim Young Sam spoke. The record shows that Kim is a fascist.", "1997-10-03")
    assert ms[-1] == ("kim-young-sam", "person", "epithet", ["fascist"])
    assert found("Lee Myung Bak spoke. Myung Bak, a traitor, fled.", "2012-03-13")[-1] == (
        "lee-myung-bak", "person", "epithet", ["traitor"])
    # the registry's "Yun" (Joseph Yun) gives way to the Yun the article has named
    assert [a for a, *_ in found("Yun Byung Se spoke. Yun then left.", "2016-12-04")] == [
        "yun-byung-se", "yun-byung-se"]
    # no full name before, two Kims named, or a longer name: nobody
    assert found("Kim is a fascist.", "1997-10-03") == []
    assert [a for a, *_ in found("Kim Young Sam and Kim Dae Jung met. Kim spoke.",
                                 "1997-10-03")] == ["kim-young-sam", "kim-dae-jung"]
    assert [a for a, *_ in found("Kim Young Sam spoke. Kim Song Min, a worker, spoke.",
                                 "1997-10-03")] == ["kim-young-sam"]


def test_a_short_name_after_a_titled_one_holds_at_the_sentence_start():
    ms = found("Chief Cabinet Secretary Abe spoke. Abe and Aso, typical hard-liners, met.",
               "2006-05-01")
    assert [(a, form) for a, _, form, _ in ms] == [
        ("shinzo-abe", "title"), ("shinzo-abe", "epithet"), ("taro-aso", "epithet")]


def test_joined_label_phrases_and_quoted_insults():
    assert found("The U.S. is a typical police state, a criminal state, the ringleader of "
                 "world neo-fascism.", "2005-01-01") == [
        ("united-states", "country", None, ["typical police state", "criminal", "ringleader"])]
    assert person('It is because of Trump, a notorious "political heretic".', "donald-trump",
                  "2017-09-01").epithets == ["notorious", "political heretic"]
    assert found("Japan is no more than a political waiting maid for the U.S.",
                 "2014-01-01")[0] == ("japan", "country", None, ["political waiting maid"])
    # a joined phrase about somebody else, or a participle, is no label
    assert person("Lee Myung Bak, a traitor, and his lackeys met.", "lee-myung-bak",
                  "2010-01-01").epithets == ["traitor"]
    assert person("Trump, speaking at the UN, said so.", "donald-trump",
                  "2017-09-01").form == "name"
    assert person("The people branded Yun Byung Se as a traitor.", "yun-byung-se",
                  "2016-12-04").epithets == ["traitor"]


def test_puppet_insults_with_nobody_named_are_the_ruler_of_the_day_or_the_state():
    # a personal insult is the president of the day
    assert found("Democracy is impossible as long as the puppet traitor stays in power.",
                 "2011-12-08") == [("lee-myung-bak", "person", "epithet", ["puppet", "traitor"])]
    # a "puppet" collective is the president's government where the article names the
    # president, else the state (inferred either way)
    ms = annotate("It is ridiculous for the puppet group to talk.", date="2013-10-24").mentions
    assert [(m.actor, m.kind, m.inferred) for m in ms] == [("south-korea", "country", True)]
    ms = annotate("Park Geun Hye spoke. It is ridiculous for the puppet group to talk.",
                  date="2013-10-24").mentions
    assert [(m.actor, m.kind, m.inferred) for m in ms][1:] == [
        ("park-geun-hye", "government", True)]
    # an office alone does not name the president: "the puppet president" is hers, the
    # collective the state's
    ms = annotate("The U.S. wiretapped the puppet president. The puppet group kept mum.",
                  date="2013-11-03").mentions
    assert [(m.actor, m.kind, m.inferred) for m in ms][1:] == [
        ("park-geun-hye", "person", False), ("south-korea", "country", True)]
    # so are "the puppet forces" and the like, the state's by name
    ms = annotate("Lee Myung Bak spoke. They will smash the stronghold of the puppet forces.",
                  date="2011-12-30").mentions
    assert [(m.actor, m.kind, m.epithets) for m in ms][1:] == [
        ("lee-myung-bak", "government", ["puppet"])]
    ms = annotate("Lee Myung Bak spoke. They will smash the puppet forces of south Korea.",
                  date="2011-12-30").mentions  # (naming the state: the state)
    assert [(m.actor, m.kind) for m in ms][1:] == [("south-korea", "country")]
    # an American named before does not make the puppets his (KCNA's puppets are south
    # Korea's); another south Korean named before does: then it is not the president
    assert found("Bolton spoke. The puppet group met.", "2013-10-24") == [
        ("john-bolton", "person", "name", []),
        ("south-korea", "country", None, ["puppet", "group"])]
    assert found("Kim Dae Jung spoke. The puppet group met.", "2013-10-24") == [
        ("kim-dae-jung", "person", "name", [])]
    # an insult and a neutral "regime" with no name: the ruler named before, else after
    # south Korea is named, read as "the puppet regime"; "the regime" alone is nobody
    assert found("Park Geun Hye spoke. Earlier, the fascist regime issued an order.",
                 "2013-06-01")[1:] == [("park-geun-hye", "government", "epithet", ["fascist"])]
    assert found("South Korea staged a drill. Then the fascist regime issued an order.",
                 "2013-06-01")[1:] == [("south-korea", "country", None, ["fascist"])]
    assert found("Japan spoke. The regime issued an order.", "2013-06-01") == [
        ("japan", "country", None, [])]
    # so is a derogatory collective ("the group of traitors"), unless a name follows as
    # its example ("such group of traitors as the GNP": the party's)
    assert found("South Korea staged a drill. Then the group of traitors issued an order.",
                 "2013-06-01")[1:] == [("south-korea", "country", None, ["group of traitors"])]
    # (plurals in -es and irregular ones too, as in "the group of the worst madmen")
    for plural in ("bosses", "madmen"):
        assert found(f"South Korea staged a drill. Then the group of {plural} issued an order.",
                     "2013-06-01")[1:] == [("south-korea", "country", None,
                                            [f"group of {plural}"])]
    assert [m.actor for m in annotate(
        "South Korea staged a drill. Such group of traitors as the GNP must go.",
        date="2008-06-01").mentions if m.inferred] == []
    # the headline counts as naming the president, though it is no part of the body
    ms = annotate("It is ridiculous for the puppet group to talk.", date="2013-10-24",
                  headline="Park Geun Hye Group Accused").mentions
    assert [(m.actor, m.kind, m.inferred) for m in ms] == [("park-geun-hye", "government", True)]


def test_the_stored_title_is_the_headline_of_a_stored_article():
    from nkwatch.analysis.batch import analyze_rows
    row = (1, "It is ridiculous for the puppet group to talk.", "2013-10-24", "kcna", "en",
           "Park Geun Hye Group Accused")
    [(_, mentions, _)] = analyze_rows([row])
    assert [(m[0], m[1]) for m in mentions] == [("park-geun-hye", "government")]
    [(_, mentions, _)] = analyze_rows([(*row[:5], "")])
    assert [(m[0], m[1]) for m in mentions] == [("south-korea", "country")]


@pytest.mark.parametrize(("text", "expected"), [
    ("South Korea suffered under the U.S. imperialists and their stooges.",
     ("south-korea", "country", "their stooges", ["stooges"])),
    ("Kim Dae Jung spoke. The U.S. and its puppets will be punished.",
     ("kim-dae-jung", "government", "its puppets", ["puppets"])),
])
def test_the_stooges_of_the_us_are_south_koreas_rulers(text, expected):
    last = annotate(text, date="1999-01-01").mentions[-1]
    assert (last.actor, last.kind, last.text, last.epithets) == expected
    assert last.inferred


def test_the_stooges_of_the_us_elsewhere_are_nobody_named():
    found = annotate("Iraq suffered. The U.S. and its stooges invaded.", date="2003-05-01")
    assert [m.actor for m in found.mentions] == ["iraq", "united-states"]


def test_bodies_in_a_list_of_titles_are_part_of_the_titles():
    assert found("Kim Jong Un, chairman of the WPK, chairman of the State Affairs Commission "
                 "of the DPRK and supreme commander of the Korean People's Army, spoke.",
                 "2019-01-01") == [("kim-jong-un", "person", "title", [])]
    # what follows the list is counted again
    assert [a for a, *_ in found("Kim Jong Un, chairman of the WPK, criticised the U.S.",
                                 "2019-01-01")] == ["kim-jong-un", "united-states"]


def test_a_short_name_before_administration_is_the_last_holder_before_the_date():
    assert found("It is no different from the former Bush administration.", "2009-05-01") == [
        ("george-w-bush", "government", "name", [])]
    assert found("It is no different from the Bush administration.", "1995-05-01") == [
        ("george-h-w-bush", "government", "name", [])]


def test_a_name_inside_another_persons_mention_is_no_mention():
    ms = annotate("Lee Myung Bak spoke. They called him a notorious \"Hitler Lee\" and burned "
                  "the traitor in effigy.", date="2008-07-01").mentions
    assert "adolf-hitler" not in [m.actor for m in ms]
    assert [(m.actor, m.inferred) for m in ms][-1] == ("lee-myung-bak", True)


def test_an_office_without_its_country_is_that_of_the_country_last_named():
    ms = found("During Mattis' stay in Japan, the Japanese prime minister, the chief Cabinet "
               "secretary, the foreign minister and the defense minister vied with each other.",
               "2017-02-05")
    assert [(a, form) for a, _, form, _ in ms][-3:] == [
        ("yoshihide-suga", "role"), ("fumio-kishida", "role"), ("tomomi-inada", "role")]
    # an office "of" somewhere, a country without that office, a one-word office: nobody
    assert [a for a, *_ in found("They met the foreign minister of Nepal.", "2017-02-05")] == [
        "nepal"]
    assert [a for a, *_ in found("In Nepal the foreign minister spoke.", "2017-02-05")] == [
        "nepal"]
    # ... and of a country with that office, its holder on the date
    assert [(a, form) for a, _, form, _ in found("In Laos the foreign minister spoke.",
                                                 "2017-02-05")] == [
        ("laos", None), ("saleumxay-kommasith", "role")]
    assert [a for a, *_ in found("Russia said that the President was a great man.",
                                 "2017-02-05")] == ["russia"]


def test_its_and_their_true_colours_reach_countries_and_governments():
    assert found("The U.S. has revealed its true colours as a rogue state.", "2005-01-01") == [
        ("united-states", "country", None, ["rogue"])]
    assert person("The Lee group revealed its true colors as a gang of traitors.",
                  "lee-myung-bak", "2010-01-01").epithets == ["group", "gang of traitors"]
    assert person("Kim Dae Jung revealed his nature as an anti-national warmonger.",
                  "kim-dae-jung", "1999-01-01").epithets == ["anti-national", "warmonger"]
    # "his" is a person's: not the country named last
    assert found("Japan said Abe had shown his true colours as a liar.", "2015-01-01")[0] == (
        "japan", "country", None, [])
    # colours called ugly, dirty, ... as well
    assert person("This laid bare Bush's ugly colors as lunatics.", "george-w-bush",
                  "2005-01-01").epithets == ["lunatics"]
    assert found("The U.S. revealed its dirty colors as a warmonger.", "2005-01-01") == [
        ("united-states", "country", None, ["warmonger"])]


def test_the_colours_of_names_joined_by_and_are_those_of_each():
    assert found("It revealed the bellicose colors of the U.S. and Japan as the arch "
                 "criminals.", "2005-01-01") == [
        ("united-states", "country", None, ["arch criminals"]),
        ("japan", "country", None, ["arch criminals"])]
    # ("the colours of the flag": no name right after "of", no label)
    assert found("He saw the colors of the flag of the U.S. as a symbol.", "2005-01-01") == [
        ("united-states", "country", None, [])]
    # KCNA's one-word "warmaniac"
    assert found("It revealed the true colors of the U.S. as a heinous warmaniac.",
                 "2005-01-01") == [("united-states", "country", None, ["heinous", "warmaniac"])]


def test_a_country_word_opening_an_office_is_no_mention_of_the_state():
    # the office phrase is Netanyahu's (israel-prime-minister), not a mention of Israel
    assert [a for a, *_ in found("Obama warned the Israeli prime minister.", "2012-03-20")] == [
        "barack-obama", "benjamin-netanyahu"]
    assert [a for a, *_ in found("The DPRK ambassador to India met them.", "2012-03-20")] == [
        "india"]
    assert [a for a, *_ in found("The Japanese military is an aggressor.", "2012-03-20")] == [
        "japan"]


def test_people_outside_the_registry_listed_with_their_offices():
    assert [(a, form) for a, _, form, _ in found(
        "The addressees include Kwame Asante Mensah, Ghanaian president and Abebe "
        "Tesfaye-Giorgis, Ethiopian president.", "2012-03-20")] == [
        ("kwame-asante-mensah", "title"), ("abebe-tesfaye-giorgis", "title")]
    assert found("It was headed by Li Zhenming, member of the Standing Committee of the "
                 "Political Bureau.", "2009-03-20") == [("li-zhenming", "person", "title", [])]


def test_a_building_where_it_is_a_place_is_no_mention_of_its_occupant():
    assert found("Moon Jae In greeted them at the main lobby of Chongwadae.", "2018-02-10") == [
        ("moon-jae-in", "person", "name", [])]
    assert [a for a, *_ in found("In the White House the White House said so.",
                                 "2018-02-10")] == ["white-house"]


def test_a_names_own_true_colours_and_a_label_joined_after_a_plain_phrase():
    assert found("The U.S. true nature as a rogue state has been revealed.", "2005-01-01") == [
        ("united-states", "country", None, ["rogue"])]
    assert person("Bolton's true colors as a war maniac were shown.", "john-bolton",
                  "2005-01-01").epithets == ["war maniac"]
    assert found("Let us bury the GNP, a south Korean branch of the U.S. Republican Party "
                 "and a henchman of Bush!", "2005-01-01")[0] == (
        "grand-national-party", "organization", None, ["henchman"])
    # a phrase opening with "and" is about somebody else
    assert person("It was approved by the then U.S. President, Truman, and bosses of the "
                  "Joint Chiefs.", "harry-s-truman", "2005-01-01").epithets == []
    # without an article the first phrase is no noun phrase to join to
    assert person("They branded Park Geun Hye, modern day Ri Wan Yong and the guy to be "
                  "buried.", "park-geun-hye", "2016-12-04").epithets == []


def test_a_bodys_short_name_is_that_of_the_country_named_last():
    assert found("Truman spoke at a joint meeting of the U.S. House and Senate.",
                 "2010-01-01")[-2:] == [
        ("us-house-of-representatives", "organization", None, []),
        ("us-senate", "organization", None, [])]
    assert [a for a, *_ in found("Senator Kerry, seeking the candidacy of the Democratic "
                                 "Party, spoke.", "2004-03-01")] == [
        "john-kerry", "democratic-party"]
    # no country named before, or two bodies of that country with the name: none
    assert found("The Democratic Party met.", "2004-03-01") == []
    assert [a for a, *_ in found("Moon Jae In of the Democratic Party spoke.",
                                 "2018-03-01")] == ["moon-jae-in"]


def test_relative_clauses_asides_participles_and_insults_before_unregistered_names():
    assert person("Nobody can talk to the Lee Myung Bak regime that has become a mad dog.",
                  "lee-myung-bak", "2012-04-19").epithets == ["mad dog"]
    assert person("Park Chung-hee, too, was a pro-Japanese traitor.", "park-chung-hee",
                  "2012-04-19").epithets == ["pro-japanese", "traitor"]
    assert person("What Lee Hoi Chang did proved that he is the cursed lackey of the U.S.",
                  "lee-hoi-chang", "2002-04-19").epithets == ["cursed lackey"]
    assert found("Pyongyang, April 19 (KCNA) -- Traitor Kang Chol Su, chairman of the puppet "
                 "Joint Chiefs of Staff, said so.", "2012-04-19") == [
        ("kang-chol-su", "person", "epithet", ["traitor"])]
    # a pronoun in the next sentence gives the name before it nothing
    assert person("Rumsfeld, U.S. secretary of defense, spoke. This shows he is extremely "
                  "bellicose.", "donald-rumsfeld", "2001-08-21").epithets == []


def test_people_outside_the_registry_in_lists_of_offices_and_names():
    ms = found("Present were secretary of the Workers' Party of Korea Central Committee Kim Ung "
               "Rin, Vice-Premier of the Administration Council Jang Chol Su and others.",
               "1998-01-01")
    assert [(a, form) for a, _, form, _ in ms if form] == [
        ("kim-ung-rin", "title"), ("jang-chol-su", "title")]
    assert [(a, form) for a, _, form, _ in found(
        "The delegation led by Vice-Minister of External Economic Relations Ri Kwang Gon "
        "arrived.", "1998-01-01")] == [("ri-kwang-gon", "title")]
    assert [(a, form) for a, _, form, _ in found(
        "He met Dieter Scheller, deputy General Director of the second General Political "
        "Bureau, on Monday.", "2005-01-01")] == [("dieter-scheller", "title")]
    # headlines in title case, offices, places and bodies are no names
    assert [a for a, *_ in found('They carried "The Great Leader Comrade Kim Il Sung Will '
                                 'Always Be With Us".', "2005-01-01")] == ["kim-il-sung"]
    assert found("Ri Chol Sak, vice-chairman of the Commission for Joint Venture and "
                 "Investment, spoke.", "2013-01-01") == [("ri-chol-sak", "person", "title", [])]


def test_korean_syllables_that_are_english_words_and_titles_inside_a_run_of_capitals():
    assert [a for a, *_ in found("Present were Cha Son Ma, senior vice-minister of Land and "
                                 "Marine Transport, and Pak Jong Do, DPRK ambassador to "
                                 "Mongolia.", "2007-01-01")] == ["cha-son-ma", "pak-jong-do"]
    assert found("Cyprian President Glafcos Kleridis stressed it.", "1998-01-01") == [
        ("glafcos-kleridis", "person", "title", [])]


def test_a_label_after_as_belongs_to_the_name_nearest_before_it():
    assert person("A statement condemned Trump as a trigger-happy rogue and hooligan.",
                  "donald-trump", "2017-09-25").epithets == ["trigger-happy", "rogue", "hooligan"]
    # not when the nearest actor is another ("branding the DPRK as the harasser"), nor a
    # thing ("a criminal one"), nor "as a result"
    assert person("The Obama group branded the DPRK as the harasser of peace.", "barack-obama",
                  "2016-09-11").epithets == ["group"]
    assert person("It dismisses Rumsfeld's trip as a criminal one.", "donald-rumsfeld",
                  "2003-11-20").epithets == []
    assert person("Obama spoke, as a result of her servile acts.", "barack-obama",
                  "2014-01-01").epithets == []


def test_plural_demonyms_and_demonyms_before_people_are_no_state():
    assert found("The Chinese military newspaper said it. Young south Koreans were hurled into "
                 "Iraq.", "2005-01-01") == [("iraq", "country", None, [])]
    assert [a for a, *_ in found("Yankees, go home!", "2005-01-01")] == ["united-states"]
    assert found("They formed a coalition over the South China Sea.", "2015-01-01") == []


def test_a_bodys_acronym_closing_a_title_is_part_of_it():
    assert [a for a, *_ in found("Present were Kim Yong Il and Kim Yang Gon, department "
                                 "directors of the C.C., WPK, and Liu Xiaoming.",
                                 "2010-02-08")] == ["kim-yong-il", "kim-yang-gon", "liu-xiaoming"]
    assert found("Li Zhenming, member of the Political Bureau of the C.C., CPC, met him.",
                 "2009-02-08") == [("li-zhenming", "person", "title", [])]


def test_the_body_after_a_titled_name_belongs_to_the_title():
    assert [a for a, *_ in found('Chairman Ri Hoe Chang of the "New Korea Party" spoke.',
                                 "1997-12-01")] == ["lee-hoi-chang"]
    assert [a for a, *_ in found("Kim Young Sam of the New Korea Party spoke.",
                                 "1997-12-01")] == ["kim-young-sam", "new-korea-party"]


def test_a_title_in_apposition_ends_at_a_verb():
    assert [a for a, *_ in found("It was led by Wang Jiarui, head of the department visited "
                                 "the DPRK in January.", "2004-12-07")] == [
        "wang-jiarui", "north-korea"]
    # capitalised words ending in -ed are no verbs: "the Armed Forces of Nigeria"
    assert [a for a, *_ in found("Goodluck Ebele Jonathan, president and commander-in-chief of "
                                 "the Armed Forces of Nigeria, spoke.", "2013-01-20")] == [
        "goodluck-jonathan"]


def test_the_states_names_for_itself():
    assert [(m.actor, m.text) for m in annotate(
        "The Bush group considers socialist Korea a thorn; Songun Korea will win.",
        date="2005-01-01").mentions] == [
        ("george-w-bush", "Bush group"), ("north-korea", "socialist Korea"),
        ("north-korea", "Songun Korea")]


def test_countries_inside_the_names_of_friendship_bodies_are_no_mentions():
    # (the association is a body of its own: nkwatch.analysis.bodies)
    assert [a for a, kind, *_ in found("They went to the DPRK-China Friendship Thaekam Co-op "
                                       "Farm with the Mongolia-DPRK Friendship Association "
                                       "after the DPRK-U.S. talks.", "2010-06-29")
            if kind == "country"] == ["north-korea", "united-states"]


def test_an_acronym_after_a_name_inside_a_title_belongs_to_the_title():
    mentions = annotate("Kim Jong Un, general secretary of the Workers' Party of Korea (WPK) "
                        "and president of the State Affairs of the Democratic People's "
                        "Republic of Korea (DPRK), visited the bier.", date="2022-05-21").mentions
    assert [(m.actor, m.title) for m in mentions] == [
        ("kim-jong-un", "general secretary of the Workers' Party of Korea (WPK) and president "
         "of the State Affairs of the Democratic People's Republic of Korea (DPRK)")]
    # standing alone, the full name and its acronym are two mentions
    assert [a for a, *_ in found("The Korean People's Army (KPA) and the U.S. met.")] == [
        "korean-peoples-army", "korean-peoples-army", "united-states"]


def test_a_long_title_in_apposition_ends_at_the_next_persons_name():
    mentions = annotate("He was accompanied by Jo Myong Rok, director of the General Political "
                        "Department of the Korean People's Army, KPA Generals Hyon Chol Hae and "
                        "Pak Jae Gyong and others.", date="1998-01-28").mentions
    jo = next(m for m in mentions if m.actor == "jo-myong-rok")
    assert jo.title == ("director of the General Political Department of the Korean "
                        "People's Army")
    assert "hyon-chol-hae" in [m.actor for m in mentions]


def test_a_country_before_a_quoted_title_is_part_of_the_mention():
    m = person('The officials criticised South Korean "President" Kim Young Sam for it.',
               "kim-young-sam", "1996-02-25")
    assert (m.text, m.form, m.epithets) == (
        'South Korean "President" Kim Young Sam', "epithet", ['"president"'])
    assert [a for a, *_ in found('They criticised South Korean "President" Kim Young Sam.',
                                 "1996-02-25")] == ["kim-young-sam"]


@pytest.mark.parametrize("text", [
    "It was reported by south Korean CBS.",
    "according to the South Korean Yonhap News.",
    "It demanded the release of the south Korean hostages.",
    "The south Korean paper Dong-A Ilbo carried an article.",
    "according to a south Korean online paper.",
    "Delegations of Latin American countries arrived.",
    "He toured Central and South American countries.",
    "They struggled against the import of American beef.",
    "It was written by a Portuguese poet.",
    "It supports the just cause of the Syrian Arab people.",
    "It marked the anniversary of the victory in the Cuban revolution.",
    "Palestinian factions joined the sit-ins.",
])
def test_a_demonym_naming_a_medium_or_hostages_is_no_state(text):
    assert not {"south-korea", "united-states", "portugal", "syria", "cuba", "palestine"} & {
        a for a, *_ in found(text, "2006-01-17")}


@pytest.mark.parametrize("text", [
    "During his south Korean junket he lied.",
    "He made a south Korean trip.",
    "The recent south Korean visit of the U.S. secretary of state was a farce.",
])
def test_a_demonym_naming_a_trips_destination_is_the_state(text):
    # a trip to the state, as the labelled sets read every such trip
    assert "south-korea" in {a for a, *_ in found(text, "2006-01-17")}


def test_an_office_right_before_an_unregistered_name_is_its_title():
    mentions = annotate("Kim Jong Un visited the bier of Marshal of the Korean People's Army "
                        "Hyon Chol Hae, general adviser to the DPRK Ministry of National "
                        "Defence, on Friday.", date="2022-05-21").mentions
    assert [(m.actor, m.text) for m in mentions] == [
        ("kim-jong-un", "Kim Jong Un"),
        ("hyon-chol-hae", "Marshal of the Korean People's Army Hyon Chol Hae")]
    # a title on the line before belongs to the name before it, not to the next one
    mentions = annotate("Present were Jon Yong Nam, first secretary of the Youth League\n"
                        "Ju Yong Gil, chairman of the Federation of Trade Unions.",
                        date="2015-01-01").mentions
    ju = next(m for m in mentions if m.actor == "ju-yong-gil")
    assert (ju.text, ju.title) == ("Ju Yong Gil", "chairman of the Federation of Trade Unions")


def test_the_president_alone_is_kim_il_sung_in_an_article_naming_him():
    text = ("Floral baskets were laid before the statue of President Kim Il Sung. The "
            "President founded the party, and the President's ideas live on.")
    assert [(m.actor, m.form, m.text) for m in annotate(text, date="2012-04-15").mentions] == [
        ("kim-il-sung", "title", "President Kim Il Sung"),
        ("kim-il-sung", "role", "The President"), ("workers-party-of-korea", None, "party"),
        ("kim-il-sung", "role", "the President")]
    # not where somebody else was last titled President (then it is that person), nor
    # before "of" or a name
    assert [m.actor for m in annotate(
        "Kim Il Sung was praised by President Robert Mugabe. The President spoke.",
        date="2001-04-15").mentions] == ["kim-il-sung", "robert-mugabe", "robert-mugabe"]
    assert [m.actor for m in annotate(
        "Kim Il Sung was praised by Ram Shah, president of the Juche study society. The "
        "President founded the Juche idea.", date="2001-04-15").mentions] == [
        "kim-il-sung", "ram-shah", "kim-il-sung"]
    assert [m.actor for m in annotate(
        "Kim Il Sung's statue stood there. The President of Laos came.",
        date="2001-04-15").mentions].count("kim-il-sung") == 1


def test_a_nameless_group_of_insulted_people_is_the_targets_government():
    mentions = annotate("Traitor Lee Myung Bak spoke. If the group of traitors persists, it "
                        "will fall.", date="2008-06-09").mentions
    assert [(m.actor, m.kind, m.text, m.epithets, m.inferred) for m in mentions][1:] == [
        ("lee-myung-bak", "government", "the group of traitors", ["group of traitors"], True)]


def test_a_counterpart_is_titled_with_the_country_it_belongs_to():
    mentions = annotate("Pak Ui Chun sent a message to his Egyptian counterpart Ahmed Abu "
                        "al-Gheit and to his Chinese counterpart Yang Jiechi.",
                        date="2010-09-01").mentions
    assert [(m.actor, m.form, m.title) for m in mentions] == [
        ("pak-ui-chun", "name", None),
        ("ahmed-abu-al-gheit", "title", "Egyptian counterpart"),
        ("yang-jiechi", "title", "Chinese counterpart")]
    m = person("Present was Chinese Ambassador e.p. to the DPRK Wu Donghe.", "wu-donghe")
    assert (m.form, m.title) == ("title", "Chinese Ambassador e.p. to the DPRK")


def test_names_with_an_apostrophe_and_their_slugs():
    m = person("The addressees include Manuel Serifo N'hamadjo, president of Guinea-Bissau.",
               "manuel-serifo-nhamadjo")
    assert (m.text, m.title) == ("Manuel Serifo N'hamadjo", "president of Guinea-Bissau")
    # a possessive is no part of a name
    assert [a for a, *_ in found("Kim Jong Il's Idea, a book, was read.")] == ["kim-jong-il"]


def test_in_a_list_of_officials_each_keeps_its_own_apposition():
    mentions = annotate("Present were Kang Sok Ju, first vice-minister of Foreign Affairs, Paek "
                        "Nam Sun, minister of Foreign Affairs, and Hong Son Ok, vice-chairperson "
                        "of the Korean Committee for Cultural Relations.",
                        date="2000-01-01").mentions
    assert [(m.actor, m.text, m.title) for m in mentions if m.kind == "person"] == [
        ("kang-sok-ju", "Kang Sok Ju", "first vice-minister of Foreign Affairs"),
        ("paek-nam-sun", "Paek Nam Sun", "minister of Foreign Affairs"),
        ("hong-son-ok", "Hong Son Ok",
         "vice-chairperson of the Korean Committee for Cultural Relations")]
    # a title before the comma is still the name's own
    m = person("He met the U.S. Secretary of Defense, William Cohen, yesterday.",
               "william-cohen", "1999-01-01")
    assert (m.text, m.title) == ("U.S. Secretary of Defense, William Cohen",
                                 "U.S. Secretary of Defense")


def test_offices_before_names_in_a_list_of_officials():
    text = ("Present were secretary of the Workers' Party of Korea Central Committee Kim Jung "
            "Rin, Vice-Premier of the Administration Council Jang Chol, and others.")
    assert [(m.actor, m.title) for m in annotate(text, date="1998-06-01").mentions] == [
        ("kim-jung-rin", "secretary of the Workers' Party of Korea Central Committee"),
        ("jang-chol", "Vice-Premier of the Administration Council")]
    # lists joined by "=" (KCNA in the 1990s) end each title there
    text = ("He was accompanied by Jo Myong Rok, director of the KPA general political "
            "department= Kim Yong Chun, chief of the general staff= and others.")
    assert [(m.actor, m.title) for m in annotate(text, date="1999-06-01").mentions
            if m.kind == "person"] == [
        ("jo-myong-rok", "director of the KPA general political department"),
        ("kim-yong-chun", "chief of the general staff")]
    # an office before a name that names somebody else is no title
    m = person("They honour President Kim Il Sung and Kim Jong Il.", "kim-jong-il")
    assert (m.text, m.form) == ("Kim Jong Il", "name")
    # "HE" (His Excellency) is the second name's own title, "President" is not
    m = person("They honour President Kim Il Sung and HE Kim Jong Il.", "kim-jong-il")
    assert (m.text, m.form, m.title) == ("HE Kim Jong Il", "title", "HE")


def test_an_acronym_the_article_defines_stands_for_the_body():
    text = ("The WPK and the Communist Party of Greece (CPG) met. Relations between the WPK "
            "and the CPG will grow.")
    assert [(m.actor, m.text) for m in annotate(text, date="2009-01-01").mentions] == [
        ("workers-party-of-korea", "WPK"),
        ("communist-party-of-greece", "Communist Party of Greece"),
        ("communist-party-of-greece", "CPG"), ("workers-party-of-korea", "WPK"),
        ("communist-party-of-greece", "CPG")]
    # not where the article never defines it
    assert [m.actor for m in annotate("The CPG met.", date="2009-01-01").mentions] == []
    # a body read by its name's shape, not from the registry, defines its acronym too
    text = ("It was invited by the International Taekwon-do Federation (ITF). The ITF now has "
            "more than 100 member countries.")
    assert [(m.actor, m.text) for m in annotate(text, date="2005-01-01").mentions] == [
        ("international-taekwon-do-federation", "International Taekwon-do Federation"),
        ("international-taekwon-do-federation", "ITF"),
        ("international-taekwon-do-federation", "ITF")]


@pytest.mark.parametrize("text, epithets", [
    ("Kim Kwan Jin, minister of Defense, a war maniac, said so.", ["war maniac"]),
    ("Kim Kwan Jin, puppet minister of Defense, a war maniac, said so.",
     ["puppet", "war maniac"]),
    ("Kim Kwan Jin, minister of Defense, a member of the party, said so.", []),
])
def test_insults_in_a_second_apposition(text, epithets):
    assert person(text, "kim-kwan-jin", "2012-01-01").epithets == epithets


@pytest.mark.parametrize("text, epithets", [
    ("Among the U.S. rulers Bush is the most bellicose and heinous president who lied.",
     ["most bellicose", "heinous"]),
    ("George W. Bush is a bellicose president.", ["bellicose"]),
    ("George W. Bush is a new president.", []),
])
def test_insults_of_a_president_predicated_by_name(text, epithets):
    assert person(text, "george-w-bush", "2002-02-13").epithets == epithets


@pytest.mark.parametrize("text", [
    "George W. Bush spoke. It was the gangster-like theory of war.",
    "George W. Bush spoke. People ridicule the living corpse-like puppet regime.",
])
def test_an_insult_made_an_adjective_by_like_is_no_nameless_person(text):
    assert [m.actor for m in annotate(text, date="2014-07-12").mentions if m.inferred] == []


@pytest.mark.parametrize(("text", "inferred"), [
    # two insults joined before one noun are its modifiers, no nameless person
    ("Kim Dae Jung should stop the flunkeyist and treacherous acts and step down.", []),
    # two insults standing as nouns are the person
    ("Trump is a dotard. The world laughs at the dotard and lunatic.", ["the dotard"]),
])
def test_insults_joined_before_a_noun_are_no_nameless_person(text, inferred):
    assert [m.text for m in annotate(text, date="2000-06-01").mentions if m.inferred] == (
        inferred)


@pytest.mark.parametrize("text, expected", [
    ("The U.S. and the puppet regime persist in provocations.",
     ("south-korea", "country", None, ["puppet"])),
    ("The puppet warmongers staged drills.",
     ("south-korea", "country", None, ["puppet", "warmongers"])),
    ("Pilots of the puppet air force took part.",
     ("sk-armed-forces", "organization", None, ["puppet"])),
])
def test_more_of_south_koreas_nameless_bodies(text, expected):
    assert expected in found(text, "2013-11-14")


def test_a_state_or_army_insulted_without_its_name():
    assert found("The puppet forces' racket to dissolve the party failed.", "2014-12-20") == [
        ("south-korea", "country", None, ["puppet"])]
    assert found("The puppet army staged drills.", "2014-12-20") == [
        ("sk-armed-forces", "organization", None, ["puppet"])]
    # the country named before the phrase is one mention, not two: the army, as "the
    # south Korean army" is
    assert [a for a, *_ in found("The south Korean puppet army staged drills.")] == [
        "sk-armed-forces"]


def test_a_label_given_to_a_government():
    m = person("The organization said, terming the Park Geun Hye regime an ultra-right "
               "dictatorial regime which revived the era.", "park-geun-hye", "2014-02-25")
    assert (m.kind, m.form, m.epithets) == ("government", "epithet", ["ultra-right", "dictatorial"])
    m = person("The Lee Myung Bak group is a fascist regime.", "lee-myung-bak", "2010-01-01")
    assert m.epithets == ["group", "fascist"]
    # a person is no regime: the insult modifies a thing
    assert person("Trump is a fan of the fascist regime.", "donald-trump",
                  "2018-01-01").epithets == []


def test_a_role_phrase_refers_back_to_the_person_the_article_titled_so():
    text = ("Honorary Chairman Harilaos Florakis and general secretary Aleka Papariga of the "
            "central committee of the Communist Party of Greece met a delegation. The "
            "general secretary said the relations between the WPK and the CPG will grow.")
    mentions = annotate(text, date="1999-05-26").mentions
    assert ("aleka-papariga", "role", "The general secretary") in [
        (m.actor, m.form, m.text) for m in mentions]
    # the initials of a body the article names stand for it
    assert ("communist-party-of-greece", "CPG") in [(m.actor, m.text) for m in mentions]
    # not a "former" holder named before: the holder of the day
    text = ("The Japanese chief cabinet secretary spoke of the statement of former Chief "
            "Cabinet Secretary Yohei Kono. Later the chief cabinet secretary told a committee.")
    assert [m.actor for m in annotate(text, date="2014-03-04").mentions
            if m.form == "role"] == ["yoshihide-suga", "yoshihide-suga"]


def test_an_office_named_with_its_country_is_that_countrys():
    # no Armenian foreign minister in the registry: nobody, not Iran's named before
    text = "Iran's foreign minister spoke. The Armenian foreign minister expressed support."
    assert [m.actor for m in annotate(text, date="2013-05-01").mentions
            if m.kind == "person"] == []


def test_a_compound_adjective_between_an_insult_and_its_head():
    assert found("The Agency for National Security Planning, a fascist plot-breeding "
                 "organization, must go.", "1997-08-12") == [
        ("national-intelligence-service", "organization", None, ["fascist", "plot-breeding"])]
    # still no label where the insult modifies a thing
    assert found("The GNP, a fascist plot-hatching scheme, failed.", "2005-01-01") == [
        ("grand-national-party", "organization", None, [])]


def test_the_body_and_country_after_a_titled_name_belong_to_its_title():
    assert [a for a, *_ in found("Kim Jong Il received a gift from Honorary Chairman Jong Ju "
                                 "Yong of the Hyundai Business Group of South Korea.",
                                 "2000-06-22")] == ["kim-jong-il", "chung-ju-yung"]
    # a body outside the registry with no country after it stays as it was
    assert [a for a, *_ in found("Chairman Jong Ju Yong of the Hyundai Group met the DPRK "
                                 "side.", "2000-06-22")] == ["chung-ju-yung", "north-korea"]


def test_a_plural_title_after_a_list_of_names_is_each_ones():
    text = ("Choe Ryong Hae, Pak Pong Ju and Ri Man Gon, members of the Presidium of the "
            "Political Bureau of the WPK Central Committee, were present.")
    got = [(m.actor, m.form) for m in annotate(text, date="2016-06-01").mentions]
    assert got == [("choe-ryong-hae", "title"), ("pak-pong-ju", "title"),
                   ("ri-man-gon", "title")]


def test_a_body_inside_the_body_after_a_titled_name_is_part_of_the_title():
    text = "President Kim Yong Nam of the presidium of the Supreme People's Assembly spoke."
    assert [a for a, *_ in found(text, "2010-01-01")] == ["kim-yong-nam"]


@pytest.mark.parametrize(("text", "actor", "epithets"), [
    ("the south Korean puppet group went on", "south-korea", ["puppet", "group"]),
    ("The U.S. imperialist warmongers staged drills.", "united-states",
     ["imperialist", "warmongers"]),
    ("U.S. imperialism is not formidable.", "united-states", ["imperialism"]),
    ("the south Korean military hawks should not act rashly", "sk-armed-forces", ["hawks"]),
])
def test_insults_in_a_row_after_a_country(text, actor, epithets):
    assert found(text) == [(actor, "country" if "armed" not in actor else "organization",
                            None, epithets)]


def test_a_personal_insult_after_a_country_is_a_persons():
    # "the U.S. imperialist dotard" is a person, whoever it is, not the U.S.
    assert all(m.epithets != ["imperialist", "dotard"]
               for m in annotate("the U.S. imperialist dotard", date="2017-09-22").mentions)


def test_a_bare_group_is_the_government_the_article_named_so():
    text = ("The Lee Myung Bak group is keen on confrontation. At a meeting the group "
            "slandered the DPRK.")
    got = [(m.actor, m.text, m.inferred) for m in annotate(text, date="2010-05-01").mentions
           if m.kind == "government"]
    assert got == [("lee-myung-bak", "Lee Myung Bak group", False),
                   ("lee-myung-bak", "the group", True)]
    # never named so: a group is just a group
    assert found("At a meeting the group slandered the DPRK.", "2010-05-01") == [
        ("north-korea", "country", None, [])]


def test_a_currency_is_not_the_state():
    assert found("They spent 3 billion U.S. dollars on arms.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. presidents from Truman on threatened the DPRK.",
     ["united-states", "harry-s-truman", "north-korea"]),
    ("Japanese dietmen visited the shrine.", ["japan"]),
    ("They worked with the Chinese comrades.", []),  # people, not the state
    ("They wrote to their south Korean counterparts.", []),
])
def test_a_country_before_a_plural_office_is_the_state(text, expected):
    assert [a for a, *_ in found(text)] == expected


def test_the_president_and_the_chairman_are_the_two_leaders():
    text = ("Kim Il Sung and Kim Jong Il were praised. Flowers were laid before the statues "
            "of the President and the Chairman.")
    got = [(m.actor, m.text, m.form) for m in annotate(text, date="2015-04-15").mentions]
    assert got[-2:] == [("kim-il-sung", "the President", "role"),
                        ("kim-jong-il", "the Chairman", "role")]
    # the chairman alone is anybody's
    assert [m.actor for m in annotate("Kim Il Sung was praised. The Chairman spoke.",
                                      date="2015-04-15").mentions] == ["kim-il-sung"]
    # "the President and Kim Jong Il" are the two leaders though Kim Il Sung is not named;
    # "the President" alone then is nobody
    got = annotate("It won under the leadership of the President and Kim Jong Il.",
                   date="2010-01-01").mentions
    assert [(m.actor, m.text) for m in got] == [("kim-il-sung", "the President"),
                                                ("kim-jong-il", "Kim Jong Il")]
    assert annotate("The President visited the farm.", date="2010-01-01").mentions == []


@pytest.mark.parametrize(("text", "expected"), [
    # a party's president named in the article leaves "the President" Kim Il Sung
    ("C. R. Aslam, president of the Pakistan Socialist Party, said that the people won "
     "under the leadership of the President and Kim Jong Il.",
     ["c-r-aslam", "kim-il-sung", "kim-jong-il"]),
    # a state's president named in it leaves "the President" unread (it may be his)
    ("Vietnamese president Tran Duc Luong praised the people. The President and Kim Jong "
     "Il were praised.", ["tran-duc-luong", "kim-jong-il"]),
])
def test_the_president_beside_a_foreign_president(text, expected):
    assert [m.actor for m in annotate(text, date="2005-10-20").mentions] == expected


def test_a_four_word_name_loses_its_first_word_only_before_a_korean_name():
    text = "Alejandro Cao de Benos, chairman of the Korean Friendship Association, spoke."
    assert found(text)[0][:3] == ("alejandro-cao-de-benos", "person", "title")
    text = "Director of External Relations Ri Kwang Gun, a trade official, spoke."
    assert "ri-kwang-gun" in [a for a, *_ in found(text, "2005-01-01")]


@pytest.mark.parametrize(("text", "actor", "epithets"), [
    # a country word before a predicated insult
    ("They said Syngman Rhee was a U.S. stooge.", "syngman-rhee", ["stooge"]),
    # a joined label after a short lower-case complement
    ("Kim Young Sam is a traitor to the nation, a political gangster and a kingpin.",
     "kim-young-sam", ["traitor", "political gangster", "kingpin"]),
    # the second of two masters
    ("The puppets begged their masters U.S. and Japan for sanctions.", "japan", ["masters"]),
    # an insult noun of somebody's before a country in apposition
    ("It is the aggressor forces and their lackeys the south Korean conservative forces.",
     "south-korea", ["lackeys"]),
])
def test_labels_reached_by_coordination_and_apposition(text, actor, epithets):
    got = next(m for m in annotate(text, date="2005-01-01").mentions if m.actor == actor)
    assert got.epithets == epithets


@pytest.mark.parametrize(("text", "actor", "epithets"), [
    # "political" and a one-word noun insult: one label (lexicon's noun_qualifiers)
    ("They denounced such political impostors as Kim Dae Jung.", "kim-dae-jung",
     ["political impostors"]),
    ("Political philistine Shinzo Abe spoke.", "shinzo-abe", ["political philistine"]),
])
def test_political_and_a_noun_insult_make_one_label(text, actor, epithets):
    got = next(m for m in annotate(text, date="2005-01-01").mentions if m.actor == actor)
    assert got.epithets == epithets


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "political hooligan Bush" (2002), once "hooligan Bush"
    ("kcna-en-1997-2018/kcna-2002.jsonl.gz", "http://kcna.co.jp/item/2002/200203/news03/30.htm#6",
     991, ("george-w-bush", "political hooligan Bush", ["political hooligan"])),
    # Ban Ki-moon's labels, the last of them "a dirty political philistine" (2017)
    ("kcna-en-1997-2018/kcna-2017.jsonl.gz",
     "http://kcna.co.jp/item/2017/201701/news11/20170111-08ee.html", 562,
     ("ban-ki-moon", "Ban Ki-moon", ["wicked", "pro-u.s.", "dirty", "political philistine"])),
    # "This can be made only by a political hooligan." (2001, of Bush)
    ("kcna-en-1997-2018/kcna-2001.jsonl.gz", "http://kcna.co.jp/item/2001/200110/news10/29.htm#5",
     2666, ("george-w-bush", "a political hooligan", ["political hooligan"])),
])
def test_political_and_a_noun_insult_in_the_archive(corpus, url, at, expected):
    assert labelled_at(corpus, url, at) == [expected]


def test_a_country_after_a_preposition_is_not_the_subject_of_a_predicate():
    text = "The U.S. forces deployed in south Korea are aggressors."
    korea = next(m for m in annotate(text, date="2005-01-01").mentions
                 if m.actor == "south-korea")
    assert korea.epithets == []


def test_the_master_named_inside_a_label_stays_a_mention():
    text = "Japan is a political waiting maid and diplomatic servant for the U.S."
    assert [a for a, *_ in found(text)] == ["japan", "united-states"]


def test_a_possessive_insult_ends_where_an_article_opens_another_phrase():
    got = found("Traitor Lee and his lackeys the Japanese reactionaries were condemned.",
                "2010-01-01")
    assert got == [("lee-myung-bak", "person", "epithet", ["traitor"]),
                   ("lee-myung-bak", "government", "epithet", ["lackeys"]),
                   ("japan", "country", None, ["lackeys", "reactionaries"])]


@pytest.mark.parametrize(("text", "expected"), [
    ('Lee Myung Bak was condemned. The fascist "government" should stop it.',
     [("lee-myung-bak", "person", "name", []),
      ("lee-myung-bak", "government", "epithet", ["fascist", '"government"'])]),
    ('They will impeach the present "government" in real earnest.',
     [("lee-myung-bak", "government", "epithet", ['"government"'])]),
    # nameless and not "present", in an article that does not name the president: the
    # state, as 'the puppet "government"' is
    ('The "government" is keen to produce part-time jobs.',
     [("south-korea", "country", None, ['"government"'])]),
    # a building, another day's government, another country's: none
    ('They gathered before the "government" building.', []),
    ('The preceding "government" did so.', []),
    ('The "government" of Japan did so.', [("japan", "country", None, [])]),
])
def test_a_quoted_government_is_south_koreas_of_the_day(text, expected):
    assert found(text, "2010-05-01") == expected


def test_the_king_of_a_country_is_not_a_surname():
    text = "Robert King, U.S. special envoy, arrived. The King of Jordan sent a message."
    assert [m.text for m in annotate(text, date="2011-05-24").mentions
            if m.actor == "robert-king"] == ["Robert King"]


@pytest.mark.parametrize(("text", "actor", "epithets"), [
    # a label after a country's own insult
    ("The U.S. imperialists are the sworn enemy of the Korean nation.", "united-states",
     ["imperialists", "sworn enemy"]),
    ("The U.S., the world's worst human rights abuser, is desperate.", "united-states",
     ["worst human rights abuser"]),
    ("They branded the U.S. imperialist aggressors as the most cruel murderers.",
     "united-states", ["imperialist", "aggressors", "most cruel murderers"]),
    ("The U.S. and the south Korean group of traitors plotted it.", "south-korea",
     ["group of traitors"]),
    ("It exposed the true nature of the U.S. as cruel aggressors.", "united-states",
     ["cruel aggressors"]),
])
def test_labels_of_countries_found_over_the_archive(text, actor, epithets):
    got = next(m for m in annotate(text, date="2010-01-01").mentions if m.actor == actor)
    assert got.epithets == epithets


def test_plain_words_lead_a_modifier_and_the_insult_after_it_as_one_label():
    assert person("The Lee group is a group of wicked anti-reunification elements.",
                  "lee-myung-bak").epithets == ["group", "group of wicked anti-reunification"]


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Park Geun Hye was condemned. The present regime should stop at once such acts.",
     "2015-05-01", ("park-geun-hye", "The present regime")),
    ("The U.S. is bad. The present administration has not an iota of will.", "2017-10-01",
     ("donald-trump", "The present administration")),
    ("South Korea is tense. The present rulers are servile.", "2015-04-07",
     ("park-geun-hye", "The present rulers")),
    ("South Korea is tense. It followed the present puppet authorities.", "2015-04-07",
     ("park-geun-hye", "the present puppet authorities")),
])
def test_the_present_government_is_that_of_the_day(text, date, expected):
    got = [(m.actor, m.text) for m in annotate(text, date=date).mentions
           if m.kind == "government"]
    assert got == [expected]
    # insults between "present" and the noun are its epithets; other words make none
    assert [m.kind for m in annotate("South Korea is tense. The present big government "
                                     "is servile.", date=date).mentions] == ["country"]
    # of another country, or with no United States in the article: no such mention
    assert [m.kind for m in annotate("The present administration of Japan is bad.",
                                     date=date).mentions] == ["country"]


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("South Korea is tense. The chief executive begged the U.S. for help.", "2015-04-07",
     [("park-geun-hye", "The chief executive", "role")]),
    # "present": the holder of the day, though an earlier south Korean ruler is named
    ("The rulers from traitor Syngman Rhee to the present chief executive were servile.",
     "2010-06-01", [("syngman-rhee", "traitor Syngman Rhee", "epithet"),
                    ("lee-myung-bak", "the present chief executive", "role")]),
    # no south Korea named before it; an office after "as"; another country's; a company's
    ("The chief executive begged for help.", "2015-04-07", []),
    ("In south Korea he acted as the chief executive.", "2015-04-07", []),
    ("In south Korea the chief executive of Japan spoke.", "2015-04-07",
     [("shinzo-abe", "the chief executive of Japan", "role")]),
    ("In south Korea the chief executive officer of Samsung spoke.", "2015-04-07", []),
])
def test_kcnas_bare_chief_executive_is_south_koreas_president(text, date, expected):
    assert [(m.actor, m.text, m.form) for m in annotate(text, date=date).mentions
            if m.kind == "person"] == expected


def test_the_present_chief_executive_in_the_archive():
    # "... from traitor Syngman Rhee to the present chief executive have been engrossed in
    # flunkeyism ..." (2015): Park Geun Hye, whose government "this group of sycophants
    # and quislings" later in the article is, not Syngman Rhee's
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2015.jsonl.gz",
                                   "http://kcna.co.jp/item/2015/201504/news07/20150407-15ee.html")
    got = [(m.actor, m.text, m.form) for m in doc.mentions if m.start in (620, 1584)]
    assert got == [("park-geun-hye", "the present chief executive", "role"),
                   ("park-geun-hye", "this group of sycophants", "epithet")]


@pytest.mark.parametrize("text, title", [
    ("It was attended by Pak To Chun, vice department director of the WPK Central Committee.",
     "vice department director of the WPK Central Committee"),
    ("Kim Jong Gak, first vice-director of the KPA General Political Bureau, was present.",
     "first vice-director of the KPA General Political Bureau"),
    ("It was led by Vice-Director Jon Ki Chol.", "Vice-Director"),
    ("Mun Jae Chol, acting chairman of the committee, spoke.",
     "acting chairman of the committee"),
])
def test_a_deputy_of_an_office_is_a_title(text, title):
    people = [m for m in annotate(text, date="2012-01-01").mentions if m.kind == "person"]
    assert [(m.form, m.title) for m in people] == [("title", title)]


def test_an_acronym_defined_in_brackets_beats_the_registry():
    text = ("A delegation of the Communist Party of Cuba (CPC) arrived. The CPC will "
            "support the DPRK.")
    assert [(m.actor, m.text) for m in annotate(text, date="2012-01-01").mentions
            if m.kind == "organization"] == [
        ("communist-party-of-cuba", "Communist Party of Cuba"),
        ("communist-party-of-cuba", "CPC"), ("communist-party-of-cuba", "CPC")]
    # not when the name in front is a longer one that only ends with the acronym's body
    text = ("The Supreme Command of the Korean People's Army (KPA) issued a report. "
            "The KPA is ready.")
    assert [m.actor for m in annotate(text, date="2012-01-01").mentions
            if m.text == "KPA"] == ["korean-peoples-army", "korean-peoples-army"]


@pytest.mark.parametrize("text, actor, title", [
    ("Present there were Ristiyanto, acting general secretary of the party, and others.",
     "ristiyanto", "acting general secretary of the party"),
    ("The committee was formed on February 7. Zelenov, first secretary of the city "
     "committee, spoke.", "zelenov", "first secretary of the city committee"),
    ("Pyongyang, January 9 (KCNA) -- Shelton, chairman of the U.S. joint chiefs of staff, "
     "said so.", "shelton", "chairman of the U.S. joint chiefs of staff"),
])
def test_a_person_named_by_one_word_and_an_office(text, actor, title):
    people = [m for m in annotate(text, date="2005-01-01").mentions if m.kind == "person"]
    assert [(m.actor, m.form, m.title) for m in people] == [(actor, "title", title)]


@pytest.mark.parametrize("text", [
    "However, chairman of the society spoke.",
    "Earlier on Wednesday, the special envoy and his party visited the site.",
    "According to the Indonesian newspaper Merdeka, the chairman of the association said so.",
    "Delegations of overseas Koreans, the chief of the mission and others were present.",
    "He is the brilliant commander of Mt. Paektu, a commander of the army.",
    "At the conference in New Zealand, the ambassador of Singapore said so.",
])
def test_no_person_named_by_one_word_and_an_office(text):
    assert [m.text for m in annotate(text, date="2005-01-01").mentions
            if m.kind == "person"] == []


@pytest.mark.parametrize("text, actor, title", [
    ("Ri Kwang Ho, head of the delegation, said so.", "ri-kwang-ho", "head of the delegation"),
    ("Jaime Huerta, co-representative of the Labor Party, spoke.", "jaime-huerta",
     "co-representative of the Labor Party"),
    ("Marisol Luis, delegate of the Friendship Association, spoke.", "marisol-luis",
     "delegate of the Friendship Association"),
    ("Sin Tong Gyu, rector of Korea University, spoke.", "sin-tong-gyu",
     "rector of Korea University"),
])
def test_offices_read_in_an_apposition_after_an_unregistered_name(text, actor, title):
    found = [(m.actor, m.title) for m in annotate(text, date="2005-01-01").mentions
             if m.kind == "person"]
    assert found == [(actor, title)]


@pytest.mark.parametrize("text", [
    "Kim Myong Hui, head of a sub-workteam of the farm, said so.",  # a worker
    "Kim Jong Chol, workshop head of the factory, said so.",
    # before a name such an office would run into the body's own capitals
    "He was elected co-representative of the Japan-DPRK Friendship Hiroshima Prefectural "
    "Citizens' Association.",
])
def test_offices_of_workers_or_before_a_body_name_no_person(text):
    assert [m for m in annotate(text, date="2005-01-01").mentions if m.kind == "person"] == []


def roles(text):
    return [m for m in annotate(text, date="2005-01-01").mentions if m.form == "role"]


@pytest.mark.parametrize("text, actor, office", [
    ("German Chancellor Gerhard Schroder met them. The chancellor said so.",
     "gerhard-schroder", "The chancellor"),
    ("He met Wu Donghe, Chinese ambassador to the DPRK. The ambassador said they were glad.",
     "wu-donghe", "The ambassador"),
    ("A message came from Syrian President Bashar Al-Assad. It wished the president success.",
     "bashar-al-assad", "the president"),
])
def test_an_office_named_alone_stands_for_its_holder_named_before(text, actor, office):
    found = roles(text)
    assert [(m.actor, m.text) for m in found] == [(actor, office)]


@pytest.mark.parametrize("text", [
    "German Chancellor Gerhard Schroder met the chairman of the committee.",  # another office
    "The chancellor said so. German Chancellor Gerhard Schroder met them.",  # named after
    "The ambassador said so.",  # nobody named
    # the addressee of a North Korean message, not its sender
    "Kim Yong Nam, president of the Presidium of the SPA, sent a message. It wished the "
    "president success.",
])
def test_an_office_named_alone_without_its_holder_before(text):
    assert roles(text) == []


@pytest.mark.parametrize("text, actor, office", [
    # the registry holds the person but no dated role for the office
    ("Kim Jong Il sent a message to Yoweri Kaguta Museveni, president of Uganda. The "
     "message wished the Ugandan President success.", "yoweri-museveni", "the Ugandan President"),
    # a person outside the registry: the country in the title tells
    ("Present was Carlos Pereira Moreno, Cuban ambassador to the DPRK. The Cuban "
     "ambassador noted the friendship.", "carlos-pereira-moreno", "The Cuban ambassador"),
])
def test_an_office_after_a_demonym_stands_for_that_countrys_holder(text, actor, office):
    found = roles(text)
    assert [(m.actor, m.text) for m in found] == [(actor, office)]


@pytest.mark.parametrize("text", [
    # another country's office
    "Present was Carlos Pereira Moreno, Cuban ambassador to the DPRK. The Iranian ambassador "
    "spoke.",
    # another office
    "Present was Carlos Pereira Moreno, Cuban ambassador to the DPRK. The Cuban chairman "
    "wrote.",
])
def test_an_office_after_a_demonym_needs_that_countrys_holder(text):
    assert roles(text) == []


def test_readme_examples_of_titles_and_of_demonyms_that_are_no_state():
    """The README's examples table."""
    assert [(m.actor, m.form, m.title) for m in annotate(
        "HE Kim Jong Un spoke. Vice Department Director Kim Yang Gon spoke.",
        date="2012-01-01").mentions] == [("kim-jong-un", "title", "HE"),
                                          ("kim-yang-gon", "title", "Vice Department Director")]
    assert [m.kind for m in annotate(
        "They waged the anti-Japanese armed struggle. The south Korean Buddhist Youth "
        "Association met.", date="2012-01-01").mentions] == ["organization"]  # (the body)


@pytest.mark.parametrize("text, expected", [
    # an official the registry holds for the name alone: named again without an office
    ("Kung Sok Ung said the talks went well.", ("kung-sok-ung", "name", None)),
    # an office the title lexicon lacks, in apposition, for a registered official
    ("Present was Kwak Pom Gi, chief secretary of the South Hamgyong Provincial Committee "
     "of the WPK.", ("kwak-pom-gi", "title",
                     "chief secretary of the South Hamgyong Provincial Committee of the WPK")),
    # not praise of a leader, nor a clause that reaches an office
    ("Under the leadership of Kim Jong Il, great commander and great politician, they won.",
     ("kim-jong-il", "name", None)),
    ("It was Kim Jong Suk, saying that she safeguarded President Kim Il Sung.",
     ("kim-jong-suk", "name", None)),
])
def test_an_office_in_apposition_after_a_registered_official(text, expected):
    first = annotate(text, date="2005-01-01").mentions[0]
    assert (first.actor, first.form, first.title) == expected


def test_quoted_government_span_and_a_modifier_use():
    """The span starts at its own article ('... that if the "government" fails'), and
    'the "government" permission' names no government."""
    text = ('Lee Myung Bak came. They said that if the "government" fails, they will '
            'rise. He visited the north without the "government" permission.')
    found = [(m.actor, m.text) for m in annotate(text, date="2010-05-01").mentions]
    assert ("lee-myung-bak", 'the "government"') in found
    assert ("north-korea", "the north") in found
    assert len([m for m in found if m[0] == "lee-myung-bak"]) == 2


def test_puppets_are_south_koreas_when_an_american_is_named_before():
    text = ("U.S. Secretary of State Kerry visited Seoul. The invectives made by the puppet "
            "group reflect its ambition.")
    assert ("south-korea", "country", None) in [
        (m.actor, m.kind, m.form) for m in annotate(text, date="2015-05-01").mentions]
    assert ("park-geun-hye", "government", "epithet") in [
        (m.actor, m.kind, m.form) for m in annotate("Park Geun Hye lied. " + text,
                                                    date="2015-05-01").mentions]


def test_a_nameless_collective_after_that_if_is_read_from_its_own_article():
    found = annotate("Traitor Lee Myung Bak spoke. They said that if the puppet group "
                     "persists, it will fall.", date="2010-05-01").mentions
    assert [(m.actor, m.kind, m.text) for m in found][1:] == [
        ("lee-myung-bak", "government", "the puppet group")]


@pytest.mark.parametrize(("text", "expected"), [
    # a bare state before "and" and a demonym with a plural insult is of that kind
    ("The U.S. and Japanese reactionaries are plotting a war.",
     [("united-states", ["reactionaries"]), ("japan", ["reactionaries"])]),
    ("It slammed the U.S. and south Korean puppet warmongers.",
     [("united-states", ["warmongers"]), ("south-korea", ["puppet", "warmongers"])]),
    ("It defeated the U.S. and other imperialists.", [("united-states", ["imperialists"])]),
    # not a puppet's or a traitor's insult, and not a state standing alone before "the"
    ("It slammed the U.S. and south Korean puppets.",
     [("united-states", []), ("south-korea", ["puppets"])]),
    ("It slammed the U.S. and the Japanese reactionaries.",
     [("united-states", []), ("japan", ["reactionaries"])]),
    ("It slammed the U.S. imperialists and Japanese reactionaries.",
     [("united-states", ["imperialists"]), ("japan", ["reactionaries"])]),
    # an insulting adjective before a plain plural noun is shared as well
    ("It slammed the U.S. and south Korean bellicose forces.",
     [("united-states", ["bellicose"]), ("south-korea", ["bellicose"])]),
    ("It slammed the U.S. and south Korean puppet forces.",
     [("united-states", []), ("south-korea", ["puppet"])]),
    ("It slammed the U.S. and south Korean bellicose moves.",
     [("united-states", []), ("south-korea", ["bellicose"])]),
    # the name after "and" may be a body's
    ("The U.S. and south Korean military warmongers staged drills.",
     [("united-states", ["warmongers"]), ("sk-armed-forces", ["warmongers"])]),
    # a demonym cannot stand alone before "and the": it shares the insult
    ("The plan the south Korean and the U.S. warmongers worked out is dangerous.",
     [("south-korea", ["warmongers"]), ("united-states", ["warmongers"])]),
])
def test_a_plural_insult_after_coordinated_states(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2010-05-01").mentions] == (
        expected)


def test_yanks_is_the_us_insulted():
    # "Yanks, oblivious of a historic lesson ..." (2009): the short of "Yankees"
    assert [(m.actor, m.epithets) for m in annotate(
        "Yanks, oblivious of a historic lesson, are running amuck.",
        date="2009-06-25").mentions] == [("united-states", ["yanks"])]


@pytest.mark.parametrize(("text", "expected"), [
    # KCNA's "U.S." glued to the next word, with no space: the insult is the U.S.'s
    ("On September 8, 1945, the U.S.imperialists landed.",
     [("united-states", "U.S.imperialists", ["imperialists"])]),
    ("They foiled the U.S.aggressors.", [("united-states", "U.S.aggressors", ["aggressors"])]),
    ("The U.S. imperialists landed.", [("united-states", "U.S. imperialists", ["imperialists"])]),
])
def test_an_insult_glued_to_the_us(text, expected):
    assert [(m.actor, m.text, m.epithets) for m in annotate(text, date="2001-06-01").mentions
            ] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "acted as", "has served as", "acting as": a label, as after "is" (an article after
    # "as"; "acted as chairman" is an office)
    ("For this illegal action the UNSC acted as a puppet of the U.S. once again.",
     [("un-security-council", ["puppet"]), ("united-states", [])]),
    ("Chosun Ilbo has served as a waiting maid of the south Korean rulers.",
     [("chosun-ilbo", ["waiting maid"]), ("south-korea", [])]),
    ("George W. Bush acted as a war maniac.", [("george-w-bush", ["war maniac"])]),
    ("Kim Yong Nam acted as chairman of the meeting.", [("kim-yong-nam", [])]),
    ("The U.S. is acting as a mediator.", [("united-states", [])]),
])
def test_a_label_after_acting_as(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2012-03-28").mentions] == (
        expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "enough to" after a predicated insult: no noun the insult modifies (about 150 in
    # KCNA 1997-2018: "foolish enough to", "shameless enough to", "impudent enough to")
    ("The Lee Myung Bak group is foolish enough to talk about it.",
     [("lee-myung-bak", ["group", "foolish"])]),
    ("Japan is impudent enough to insist on it.", [("japan", ["impudent"])]),
    ("The U.S. is strong enough to win.", [("united-states", [])]),
    # an aside between the name and its predicate
    ("Arrogant Japan, however, is impudent enough to insist on it.",
     [("japan", ["arrogant", "impudent"])]),
    ("Lee Myung Bak, too, is a traitor.", [("lee-myung-bak", ["traitor"])]),
    ("The U.S., for its part, is a rogue state.", [("united-states", ["rogue"])]),
])
def test_an_insult_predicated_with_enough(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2012-03-28").mentions] == (
        expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("It violated the DPRK-U.S. Agreed Framework.", []),
    ("They adopted the DPRK-Japan Pyongyang Declaration and the Korea-U.S. Free Trade "
     "Agreement.", []),
    # in lower case, as KCNA writes most of them, with words of a treaty's kind between
    ("It violated the DPRK-U.S. agreed framework.", []),
    ("It honoured the DPRK-U.S. framework agreement and the DPRK-China friendship treaty.",
     []),
    ("They oppose the Korea-U.S. free trade agreement.", []),
    # a secret deal is the states' act
    ("A U.S.-Japan secret agreement was exposed.", ["united-states", "japan"]),
    # nor are the states or bodies in the quoted name of a law
    ('The U.S. enacted the "North Korean Human Rights Act" then.', ["united-states"]),
    ('Japan revised the "Law on Cooperation in UN Peace-Keeping Activities".', ["japan"]),
    # the UN Charter and a numbered resolution are documents too; "UN resolutions" are the
    # UN's
    ("It is provided for in the UN Charter.", []),
    ("The UN Security Council Resolution 1973 stipulates it.", []),
    ("It violated UN resolutions.", ["united-nations"]),
    # states joined in talks, not in a document's name, are mentions
    ("DPRK-U.S. talks were held.", ["north-korea", "united-states"]),
    # nor is the U.S. in the name of a day or a month of struggle kept every year; a
    # struggle against it is about it
    ('Rallies marked "June 25, the day of struggle against the U.S. imperialists".', []),
    ("It declared the June 25-July 27 month of anti-U.S. joint struggle.", []),
    ("They waged an anti-U.S. struggle against the U.S. imperialists.",
     ["united-states", "united-states"]),
])
def test_states_in_the_name_of_an_agreement_are_no_mentions(text, expected):
    assert [m.actor for m in annotate(text, date="2003-01-01").mentions] == expected


def test_an_agreement_in_the_archive():
    # "... and the DPRK-U.S. Agreed Framework (AF) was ..." (2002): no mention of either
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2002.jsonl.gz",
                                   "http://kcna.co.jp/item/2002/200212/news12/11.htm#7")
    assert [m.actor for m in doc.mentions if 2702 <= m.start < 2730] == []


def test_a_day_of_struggle_in_the_archive():
    # '... workers of the DPRK held an indignation meeting ... on the occasion of "June 25,
    # the day of struggle against the U.S. imperialists"' (2010): the day's name, no
    # mention of the U.S.
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2010.jsonl.gz",
                                   "http://kcna.co.jp/item/2010/201006/news23/20100623-17ee.html")
    assert [m.actor for m in doc.mentions if 67 <= m.start < 235] == ["north-korea"]


@pytest.mark.parametrize(("text", "expected"), [
    # "war" opening an insult after a demonym names no war: the state's warmongers
    ("The south Korean war maniacs staged drills.", [("south-korea", ["war maniacs"])]),
    ("The South Korean war hawks' drills went on.", [("south-korea", ["war hawks"])]),
    ("They vowed revenge upon American war maniacs.", [("united-states", ["war maniacs"])]),
    # also after another insult: "puppet war" is no war of the people's
    ("The south Korean puppet war maniacs staged drills.",
     [("south-korea", ["puppet", "war maniacs"])]),
    ("The Japanese imperialist war maniacs staged drills.",
     [("japan", ["imperialist", "war maniacs"])]),
    # persons tried for a war, and a war
    ("The Japanese war criminals were hanged after the Iraqi War.", []),
])
def test_a_demonym_before_a_war_insult_is_the_state(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2010-05-01").mentions] == (
        expected)


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "If the U.S.  and Japanese reactionaries and the South Korean authorities take ..."
    ("kcna-en-1997-2018/kcna-1998.jsonl.gz", "http://kcna.co.jp/item/1998/9810/news10/22.htm#6",
     2111, ("united-states", "U.S.", ["reactionaries"])),
    # "... in the showdown with the U.S. and other imperialists and in the struggle ..."
    ("kcna-en-1997-2018/kcna-2012.jsonl.gz",
     "http://kcna.co.jp/item/2012/201204/news19/20120419-20ee.html",
     1165, ("united-states", "U.S.", ["imperialists"])),
    # "... drills kicked off by the U.S. imperialists and south Korean war maniacs."
    ("kcna-en-1997-2018/kcna-2015.jsonl.gz",
     "http://kcna.co.jp/item/2015/201508/news20/20150820-11ee.html",
     336, ("south-korea", "south Korean war maniacs", ["war maniacs"])),
    # "... accused the U.S. and the south Korean puppet war maniacs of contemplating ..."
    ("kcna-en-1997-2018/kcna-2010.jsonl.gz",
     "http://kcna.co.jp/item/2010/201007/news31/20100731-01ee.html",
     360, ("south-korea", "south Korean puppet war maniacs", ["puppet", "war maniacs"])),
    # "Both the U.S. and south Korean trigger-happy forces can never escape ..."
    ("kcna-en-1997-2018/kcna-2017.jsonl.gz",
     "http://kcna.co.jp/item/2017/201707/news18/20170718-10ee.html",
     1127, ("united-states", "U.S.", ["trigger-happy"])),
])
def test_plural_insults_of_states_in_the_archive(corpus, url, at, expected):
    assert labelled_at(corpus, url, at) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Shinzo Abe spoke. This guy has played a leading role.", [("This guy", ["guy"])]),
    ("Shinzo Abe spoke. If such a guy comes to power, war will follow.",
     [("such a guy", ["guy"])]),
    ("Shinzo Abe spoke. The wicked guy has played a leading role.",
     [("The wicked guy", ["wicked", "guy"])]),
    # a milder noun needs a demonstrative or another insult to stand for a person
    ("Shinzo Abe spoke. The guy has played a leading role.", []),
])
def test_a_marked_guy_stands_for_the_person_named_before(text, expected):
    assert [(m.text, m.epithets) for m in annotate(text, date="2017-09-22").mentions
            if m.inferred and m.actor == "shinzo-abe"] == expected


def test_a_guy_is_no_government_named_before_it():
    mentions = annotate("Donald Rumsfeld spoke. The Bush administration is run by that guy.",
                        date="2003-01-01").mentions
    assert [m.text for m in mentions if m.inferred] == []


@pytest.mark.parametrize(("text", "expected"), [
    # a country that ends the name of a body the registry does not hold is part of it
    ("The Anti-Imperialist Forum of Germany praised the feats.", []),
    ("The General Workers' Union of Guyana sent a letter.", []),
    ("The Red Cross Society of Japan received a letter.", []),
    # a body the registry holds takes it in as well (the guide; most readers); "in"
    # locates a body
    ("The Grand National Party of south Korea met.", []),
    ("The Solidarity for Peace in south Korea met.", ["south-korea"]),
    ("The government of Japan said.", ["japan"]),
    # a state's own name is no body
    ("The Union of Myanmar sent a delegation.", ["myanmar"]),
])
def test_a_country_ending_a_bodys_name_is_part_of_it(text, expected):
    assert [m.actor for m in annotate(text, date="2015-01-01").mentions
            if m.kind == "country"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The National Committee for the Study of the Juche Idea of Thailand met.",
     "national-committee-for-the-study-of-the-juche-idea-of-thailand"),
    ("The National Committee for the Study of the Juche Idea of DR Congo met.",
     "national-committee-for-the-study-of-the-juche-idea-of-dr-congo"),
    ("The Tunisia-Korea Friendship Association met.", "tunisia-korea-friendship-association"),
])
def test_a_country_ending_a_patterned_bodys_name_names_the_body(text, expected):
    # each country's committee is a body of its own, and the country no mention
    assert [m.actor for m in annotate(text, date="2010-01-01").mentions] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a country or a leader inside a patterned body's name is part of it (about 200
    # "... for the Study of Works of Comrade Kim Il Sung" in the archive)
    ("The Indian Youth Group for the Study of Works of Comrade Kim Il Sung met.",
     ["indian-youth-group-for-the-study-of-works-of-comrade-kim-il-sung"]),
    ("The Nepal Group for the Study of Kim Jong Il's Works met.",
     ["nepal-group-for-the-study-of-kim-jong-ils-works"]),
    ("The Dagestan Association for the Study of the Juche Idea and Songun Policy met.",
     ["dagestan-association-for-the-study-of-the-juche-idea-and-songun-policy"]),
])
def test_names_inside_a_patterned_bodys_name_are_part_of_it(text, expected):
    assert [m.actor for m in annotate(text, date="2010-01-01").mentions] == expected


def test_a_company_is_no_persons_name_after_a_title():
    text = ("U Than Tun, deputy director general of the Union of Myanmar Economic Holdings "
            "Limited, spoke.")
    assert [m.actor for m in annotate(text, date="2004-01-01").mentions
            if m.kind == "person"] == ["than-tun"]


@pytest.mark.parametrize("text", [
    "The Nigerian Group for the Study of the Juche Idea met.",
    "The South Korean Power Industrial Workers' Union went on strike.",
    "The Rwandan Patriotic Front sent a delegation.",
    "The south Korean Council of Christian Churches held a prayer.",
])
def test_a_demonym_opening_a_civic_bodys_name_is_no_state(text):
    assert [m.actor for m in annotate(text, date="2010-01-01").mentions
            if m.kind == "country"] == []


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Pyongyang, April 18 (KCNA) -- The Abe group of Japan is keen on confrontation.",
     "2018-04-18", ("shinzo-abe", "Abe group of Japan")),
    ("Pyongyang, December 3 (KCNA) -- The Bush administration should drop its claim.",
     "2003-12-03", ("george-w-bush", "Bush administration")),
])
def test_a_capitalised_the_after_the_dateline_opens_the_text(text, date, expected):
    assert [(m.actor, m.text) for m in annotate(text, date=date).mentions
            if m.kind in ("person", "government")] == [expected]


def test_an_alias_with_south_korea_is_read_with_either_case():
    assert [m.actor for m in annotate("The U.S. Forces in South Korea staged drills; the "
                                      "U.S. forces in south Korea too.",
                                      date="2003-02-27").mentions] == [
        "us-forces-korea", "south-korea", "us-forces-korea", "south-korea"]


def test_a_region_of_a_country_is_no_state():
    assert [m.text for m in annotate("Koreans in Northeast China fought with China's help.",
                                     date="1990-01-01").mentions] == ["China"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Choe Ton Ung, a national assemblyman from the GNP, said so.",
     ("choe-ton-ung", "national assemblyman from the GNP")),
    ("Kwon Yong Gil, lawmaker from the DLP, was sentenced.",
     ("kwon-yong-gil", "lawmaker from the DLP")),
])
def test_a_lawmaker_in_apposition_is_titled(text, expected):
    assert [(m.actor, m.title) for m in annotate(text, date="2004-01-01").mentions
            if m.kind == "person"] == [expected]


@pytest.mark.parametrize("text", [
    'The performance began with chorus "Ode to General Kim Jong Un".',
    'They performed music and dance "We Will Follow the Marshal to the Last".',
    'The troupe sang "Song of the Korean People\'s Army".',
])
def test_names_in_the_titles_of_songs_and_dances_are_no_mentions(text):
    assert annotate(text, date="2014-01-01").mentions == []


def test_a_label_predicated_through_they_goes_to_the_actor_named_before():
    # (the present rulers are the government of the day: Kim Dae Jung's in 2000)
    text = ("The step taken by the present South Korean rulers goes to prove that they are "
            "the worst warmongers outdistancing the preceding rulers.")
    assert [(m.actor, m.epithets) for m in annotate(text, date="2000-01-01").mentions] == [
        ("kim-dae-jung", ["worst warmongers"])]


def test_a_country_after_in_the_is_not_the_subject_of_a_predicate():
    assert [m.epithets for m in annotate("The U.S. troops in the Philippines are aggressors.",
                                         date="2010-01-01").mentions] == [[], []]


@pytest.mark.parametrize(("text", "actor"), [
    ("The Worker's Party of Korea held a meeting.", "workers-party-of-korea"),
    ("The south Korean Confederation of Trade Unions went on strike.",
     "korean-confederation-of-trade-unions"),
    ("Minjurochong went on strike.", "korean-confederation-of-trade-unions"),
    ("The Minju Party won.", "democratic-party-of-korea"),
    ("The Japan Defence Agency decided it.", "japan-ministry-of-defense"),
])
def test_kcnas_own_spellings_of_registered_bodies(text, actor):
    assert [m.actor for m in annotate(text, date="2017-01-01").mentions] == [actor]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Tunisia-Korea Friendship Association issued a statement.",
     [("tunisia-korea-friendship-association", "organization")]),
    ("A lecture was held by the Korea-Tanzania Friendship Association.",
     [("korea-tanzania-friendship-association", "organization")]),
    ("A seminar was held by the French Group for the Study of the Juche Idea.",
     [("french-group-for-the-study-of-the-juche-idea", "organization")]),
    # a sentence's "The" is no part of the name
    ("The Group for the Study of the Juche Idea met.", []),
])
def test_bodies_named_by_a_pattern_outside_the_registry(text, expected):
    assert [(m.actor, m.kind) for m in annotate(text, date="2010-01-01").mentions] == expected


def test_the_intelligence_service_alone_is_south_koreas():
    assert [(m.actor, m.epithets) for m in annotate(
        "It was a charade orchestrated by the puppet Intelligence Service.",
        date="2013-01-01").mentions] == [("national-intelligence-service", ["puppet"])]


def test_a_nameless_insult_predicated_of_a_name_is_no_second_mention():
    assert found("Lee Myung Bak is the worst traitor in history.", "2008-05-01") == [
        ("lee-myung-bak", "person", "epithet", ["worst traitor"])]


def test_a_nameless_group_after_its_country_is_the_leaders_named_before():
    mentions = annotate("The Park group's efforts would hasten the regime change in south "
                        "Korea and the group of traitors will meet a miserable doom.",
                        date="2016-01-01").mentions
    assert [(m.actor, m.text, m.inferred) for m in mentions if m.inferred] == [
        ("park-geun-hye", "the group of traitors", True)]


@pytest.mark.parametrize(("text", "expected"), [
    ("the war hysteria of the puppet bellicose forces grows", ["puppet", "bellicose"]),
    ("The puppet police authorities suppressed them.", ["puppet"]),  # (not an insult)
    ("it is prodding the puppet warmongers into military provocations",
     ["puppet", "warmongers"]),
])
def test_nameless_bodies_with_insults_inside(text, expected):
    assert [m.epithets for m in annotate(text, date="2010-01-01").mentions] == [expected]


@pytest.mark.parametrize("text", [
    'They protest against the Lee Myung Bak "government". It is bad.',
    'They protest against the Lee Myung Bak "government." It is bad.',
])
def test_a_leaders_government_in_scare_quotes_without_a_possessive(text):
    m = person(text, "lee-myung-bak", "2009-01-01")
    assert (m.kind, m.form, m.epithets) == ("government", "epithet", ['"government"'])


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S. imperialist aggressor forces in south Korea committed crimes.",
     [("us-forces-korea", ["imperialist", "aggressor"]), ("south-korea", [])]),
    ("The U.S. armed forces in south Korea held drills.",
     [("us-forces-korea", []), ("south-korea", [])]),
    ("They demanded an end to the U.S. forces' presence in south Korea.",
     [("us-forces-korea", []), ("south-korea", [])]),
    # the south Korean conservatives, not the U.S. forces
    ("the pro-U.S. conservative forces in south Korea", [("united-states", []),
                                                         ("south-korea", [])]),
])
def test_us_forces_korea_insulted(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2012-03-27").mentions] == (
        expected)


def test_a_quoted_government_with_a_possessive():
    mentions = annotate('Lee Myung Bak spoke. They protested the "government\'s" policy.',
                        date="2009-01-01").mentions
    assert [(m.actor, m.kind, m.inferred) for m in mentions if m.inferred] == [
        ("lee-myung-bak", "government", True)]


@pytest.mark.parametrize(("text", "expected"), [
    # KCNA's spellings and scare quotes (seed-9393 sample)
    ("Mayor of Seoul Ko Kon spoke.", ["goh-kun"]),
    ("A delegation of Democratic Congo arrived.", ["democratic-republic-of-the-congo"]),
    ('The "combined forces command" announced a drill.', ["combined-forces-command"]),
    ("KBS denounced the puppet government for it.", ["korean-broadcasting-system", "south-korea"]),
    ("A Nigerian pressman wrote it.", []),  # a people, not the state
    ("He is chairman of the Korean Committee for Solidarity with World People.",
     ["korean-committee-for-solidarity-with-the-world-people"]),
    ("Choe Si Jung, chairman of the commission, asserted it.", ["choi-see-joong"]),
])
def test_registry_and_lexicon_entries_from_the_samples(text, expected):
    assert [m.actor for m in annotate(text, date="1999-02-03").mentions] == expected


def test_the_un_secretariat_is_a_body_of_its_own():
    # "the DPRK permanent mission at the UN Secretariat and ..." (66 in KCNA): not the UN
    assert [a for a, *_ in found("It met the DPRK permanent mission at the UN Secretariat "
                                 "in Geneva.", "2010-01-01")] == ["north-korea", "un-secretariat"]


@pytest.mark.parametrize(("text", "expected"), [
    # a person outside the registry named later by the surname alone: Korean first,
    # another's last
    ("Ro Su Hui, vice-chairman of the South Headquarters of Pomminryon, came back. "
     "The authorities threw Ro behind bars.", [("ro-su-hui", "Ro Su Hui"), ("ro-su-hui", "Ro")]),
    ("Jorge Arreaza, foreign minister of Venezuela, arrived. Arreaza said so.",
     [("jorge-arreaza", "Jorge Arreaza"), ("jorge-arreaza", "Arreaza")]),
    # not a surname two persons bear, nor one that is a word of the article, nor before
    # another name, nor an English word opening a sentence
    ("Ro Su Hui, vice-chairman of Pomminryon, and Ro Jong Il, chairman of a society, came. "
     "Ro spoke.", [("ro-su-hui", "Ro Su Hui"), ("ro-jong-il", "Ro Jong Il")]),
    ("Song Jae Su, director of a troupe, came. Song sang a song.",
     [("song-jae-su", "Song Jae Su")]),
    ("Hong Kun Su, chairman of a society, came. Hong Kil Dong met them.",
     [("hong-kun-su", "Hong Kun Su")]),
    ("An Myong Ok, chairman of a society, came. An agreement was signed.",
     [("an-myong-ok", "An Myong Ok")]),
])
def test_an_unregistered_person_named_again_by_the_surname(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2012-01-01").mentions
            if m.kind == "person"] == expected


def test_a_surname_named_again_in_the_archive():
    # "... Ro's Pyongyang visit was a righteous deed ..." (2012), after "Ro Su Hui, ..."
    doc = annotate_archive_article("kcna-en-1997-2018/kcna-2012.jsonl.gz",
                                   "http://kcna.co.jp/item/2012/201207/news17/20120717-16ee.html")
    assert [(m.actor, m.text, m.form) for m in doc.mentions if m.start == 430] == [
        ("ro-su-hui", "Ro", "name")]


@pytest.mark.parametrize(("text", "epithets"), [
    # a neutral collective after insults is no insult itself ("regime", "government")
    ("They denounced the Lee Myung Bak fascist dictatorial regime.", ["fascist", "dictatorial"]),
    ("They denounced the Lee Myung Bak fascist clique.", ["fascist clique"]),
])
def test_insults_before_a_collective_after_a_name(text, epithets):
    got = [m for m in annotate(text, date="2010-01-01").mentions if m.kind == "government"]
    assert [(m.actor, m.form, m.epithets) for m in got] == [
        ("lee-myung-bak", "epithet", epithets)]


@pytest.mark.parametrize(("text", "expected"), [
    # "the south Korean group" alone: south Korea's rulers as a gang
    ("Then it prodded south Korean group to hurl human scum.",
     [("south-korea", "south Korean group", ["group"])]),
    ("The south Korean clique started a drill.",
     [("south-korea", "south Korean clique", ["clique"])]),
    # not a group for something, nor "a ... group", nor another country's study group
    ("A south Korean group for peace march arrived.", [("south-korea", "south Korean", [])]),
    ("The chairman of the Ethiopian group spoke.", [("ethiopia", "Ethiopian", [])]),
])
def test_a_south_korean_group_alone(text, expected):
    assert [(m.actor, m.text, m.epithets) for m in annotate(text, date="2010-06-01").mentions
            ] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a one-party state's demonym before "party": its ruling party; "government" the state
    ("He thanked the Chinese party and government for the support.",
     [("communist-party-of-china", "Chinese party"), ("china", "government")]),
    ("He greeted the Cuban party, government and people.",
     [("communist-party-of-cuba", "Cuban party"), ("cuba", "government")]),
    ("The Chinese Party and Government adopted a decision.",
     [("communist-party-of-china", "Chinese Party"), ("china", "Government")]),
    # a later bare "the party" is that party
    ("He thanked the Lao party. The party is great.",
     [("lao-peoples-revolutionary-party", "Lao party"),
      ("lao-peoples-revolutionary-party", "party")]),
    # not a modifier, nor another state's party
    ("A Chinese party delegation arrived.", [("china", "Chinese")]),
    ("The Japanese party and government met.", [("japan", "Japanese")]),
])
def test_the_party_of_a_one_party_state(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2010-01-01").mentions] == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # "his <demonym> counterpart": the same office's holder that day in that state
    ("DPRK Foreign Minister Pak Ui Chun met his Russian counterpart.", "2010-05-01",
     ("sergei-lavrov", "his Russian counterpart", "role")),
    ("Chinese Premier Wen Jiabao met his Japanese counterpart.", "2012-03-01",
     ("yoshihiko-noda", "his Japanese counterpart", "role")),
])
def test_a_counterpart_holds_the_same_office_in_the_other_state(text, date, expected):
    assert [(m.actor, m.text, m.form) for m in annotate(text, date=date).mentions][-1] == (
        expected)
    # no office known for the person named before, or none in the other state: no mention
    assert [m.text for m in annotate("Ri Yong Ho met his Iranian counterpart.",
                                     date="2012-03-01").mentions] == ["Ri Yong Ho"]


@pytest.mark.parametrize("text", [
    "It marked the birth anniversary of anti-Japanese war hero Kim Jong Suk.",
    "They remembered anti-Japanese heroine Kim Jong Suk.",
    "They remembered woman hero Kim Jong Suk.",
])
def test_kim_jong_suks_honorifics_are_titles(text):
    got = [(m.actor, m.form) for m in annotate(text, date="2009-01-04").mentions]
    assert got == [("kim-jong-suk", "title")]


@pytest.mark.parametrize(("text", "expected"), [
    # a body's headquarters after a word of place is its building, a place
    ("A rally was held in front of the building of the UN Headquarters in New York.", []),
    ("He called a press conference at the UN headquarters.", []),
    # else the body, or a branch of it
    ("The UN headquarters decided to send aid.", ["united-nations"]),
    ("Officials under Chongryon headquarters in Kanto met.", ["chongryon"]),
])
def test_a_bodys_headquarters(text, expected):
    assert [m.actor for m in annotate(text, date="2005-04-30").mentions] == expected


@pytest.mark.parametrize("text", [
    "Pyongyang, May 15 (KCNA) -- A delegation left.",
    "It was formed in Cairo on May 2.",
    "He recalled the letter dated 17 May 2016.",
    "It happened in May.",
    "They carried out their plans till May.",
])
def test_the_month_may_is_not_theresa_may(text):
    assert [m.actor for m in annotate(text, date="2017-05-15").mentions
            if m.actor == "theresa-may"] == []
    # (she is, named again by her surname)
    found = annotate("British Prime Minister Theresa May spoke. May said so.",
                     date="2017-05-15").mentions
    assert [m.text for m in found if m.actor == "theresa-may"] == [
        "British Prime Minister Theresa May", "May"]


@pytest.mark.parametrize(("text", "expected"), [
    # a registered surname after another given name is another person
    ("The consul-general Arkady Lavrov spoke.", []),
    ("It was led by its dean Alba Chavez.", []),
    ("He greeted Jaber Al Mubarak Al Hamad Al Sabah.", []),
    # not after a title, nor after a word opening a sentence
    ("Russian Foreign Minister Lavrov spoke.", ["sergei-lavrov"]),
    ("What Lavrov said is wrong.", ["sergei-lavrov"]),
])
def test_a_registered_surname_after_another_given_name(text, expected):
    assert [m.actor for m in annotate(text, date="2004-06-14").mentions
            if m.kind == "person" and m.actor in load_registry().actors] == expected


def test_as_the_one_of_is_no_label():
    # "meet the same fate as the one of the preceding dictators": a comparison, no label
    found = annotate("Park Geun Hye spoke. If the present regime doesn't want to meet the same "
                     "fate as the one of the preceding dictators, it should learn.",
                     date="2016-05-14").mentions
    assert [(m.text, m.epithets) for m in found] == [("Park Geun Hye", []),
                                                      ("the present regime", [])]


def test_an_ordinal_adverb_opening_a_sentence_is_no_one_word_name():
    # "Next, all the U.N. member states should ...": not a person named Next
    text = "He continued: &nbsp;&nbsp;&nbsp;\n Next, all the U.N. member states should act."
    assert [m.actor for m in annotate_raw(text, date="2003-10-24").mentions] == [
        "united-nations"]


@pytest.mark.parametrize(("text", "expected"), [
    # a capital in an address, a list of places, brackets, or before its citizens: a place
    ("The U.S. base in Ryongsan, Seoul was hit.", ["united-states"]),
    ("Rallies took place across south Korea including Seoul, Pusan and Taegu.",
     ["south-korea"]),
    ("It was made public in Pyongyang, Seoul and Tokyo.", []),
    ("The Seoul citizens staged a rally.", []),
    ("They visited Ulji University (Seoul) yesterday.", []),
    ("Planes flew in the sky above Seoul.", []),
    # states listed as actors stay actors
    ("Washington, Seoul and Tokyo agreed.", ["united-states", "south-korea", "japan"]),
    ("On top of besieging North Korea, Washington has kept up sanctions.",
     ["north-korea", "united-states"]),
])
def test_a_capital_as_a_place(text, expected):
    assert [m.actor for m in annotate(text, date="2010-01-01").mentions] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # reflexive pronouns and the words of a local body's name are no names of people
    ("A new era of By Our Nation Itself opened, the chairman said.", []),
    ("Invited were Vice-Chairman of the North Hamgyong Provincial Administrative and "
     "Economic Committee Hyon Tong Hyok and officials.", ["hyon-tong-hyok"]),
])
def test_words_that_name_no_person(text, expected):
    assert [m.actor for m in annotate(text, date="2005-06-15").mentions
            if m.kind == "person"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # initials before a registered surname that are not its first name's: another person
    ("T. B. Mukherjee, director general of the institute, spoke.", ["t-b-mukherjee"]),
    ("V. V. Putin and D. A. Medvedev met.", ["vladimir-putin", "dmitry-medvedev"]),
    ("The U.S. Trump group should not run reckless.", ["donald-trump"]),
])
def test_initials_before_a_registered_surname(text, expected):
    assert [m.actor for m in annotate(text, date="2009-06-01").mentions
            if m.kind in ("person", "government")] == expected


@pytest.mark.parametrize("text, expected", [
    ("South Korea held a trial. He was executed by the past military fascist clan.",
     [("south-korea", "country", None, []),
      ("south-korea", "country", None, ["fascist", "clan"])]),
    ("South Korea held a trial. It was done by the successive traitorous regimes.",
     [("south-korea", "country", None, []), ("south-korea", "country", None, ["traitorous"])]),
    # not insulted: nobody; another country named last: not south Korea's
    ("South Korea held a trial. It was done by the preceding regime.",
     [("south-korea", "country", None, [])]),
    ("Japan held a trial. It was done by the past fascist regime.",
     [("japan", "country", None, [])]),
    # inside a name's apposition as well
    ("In south Korea, Jo Yong Su, president of the newspaper Minjok Ilbo who was executed by "
     "the past military fascist clan, was found not guilty.",
     [("south-korea", "country", None, []), ("jo-yong-su", "person", "title", []),
      ("south-korea", "country", None, ["fascist", "clan"])]),
])
def test_insulted_past_regimes_are_south_korea(text, expected):
    assert found(text, "2008-01-30") == expected


def test_a_nameless_body_after_the_and_a_name_shares_its_the():
    # "the U.S. and puppet warmongers": one "the" for both, the head shared
    assert found("They will frustrate the war moves of the U.S. and puppet warmongers.",
                 "2010-05-01") == [("united-states", "country", None, ["warmongers"]),
                                   ("south-korea", "country", None, ["puppet", "warmongers"])]
    # with no "the" before the name, no phrase of KCNA's nameless bodies
    assert found("U.S. and puppet warmongers fired.", "2010-05-01") == [
        ("united-states", "country", None, [])]
    # "provocateur", as "provoker"
    assert found("The U.S. is the provocateur of the Korean war.", "2010-05-01") == [
        ("united-states", "country", None, ["provocateur"])]


@pytest.mark.parametrize("text, span, epithets", [
    # the insult after a nameless army is part of what the army is called
    ("The puppet military warmongers staged a drill.", "The puppet military warmongers",
     ["puppet", "warmongers"]),
    ("The south Korean puppet military hawks staged a drill.",
     "south Korean puppet military hawks", ["puppet", "hawks"]),
    ("The puppet military authorities staged a drill.", "The puppet military", ["puppet"]),
])
def test_an_insult_after_a_nameless_army_is_its_own(text, span, epithets):
    [mention] = annotate(text, date="2010-05-01").mentions
    assert (mention.actor, mention.text, mention.epithets) == ("sk-armed-forces", span, epithets)


def test_a_title_in_the_plural_before_listed_names_is_the_title_of_each():
    found_ = annotate("He was accompanied by secretaries of the WPK Central Committee Kim Kuk "
                      "Thae, Kim Ki Nam and Kim Yong Sun.", date="2006-11-30").mentions
    assert [(m.actor, m.text, m.form, m.title) for m in found_] == [
        ("kim-kuk-thae", "secretaries of the WPK Central Committee Kim Kuk Thae", "title",
         "secretaries of the WPK Central Committee"),
        ("kim-ki-nam", "Kim Ki Nam", "title", "secretaries of the WPK Central Committee"),
        ("kim-yong-sun", "Kim Yong Sun", "title", "secretaries of the WPK Central Committee")]
    assert [(m.actor, m.form) for m in annotate(
        "He was accompanied by KPA Generals Ri Myong Su, Hyon Chol Hae and Pak Jae Gyong.",
        date="2006-11-30").mentions] == [
        ("ri-myong-su", "title"), ("hyon-chol-hae", "title"), ("pak-jae-gyong", "title")]
    # a title in the singular is the first name's only; the next name has its own
    found_ = annotate("He met Army Col. General of the Korean People's Army Kim Hyong Ryong, Ri "
                      "Kil Song, vice-minister of Foreign Affairs, and others.",
                      date="2006-11-30").mentions
    assert [(m.actor, m.title) for m in found_] == [
        ("kim-hyong-ryong", "General of the Korean People's Army"),
        ("ri-kil-song", "vice-minister of Foreign Affairs")]


def test_an_insult_given_by_example_makes_no_nameless_mention():
    # "a dotard like Trump": the insult is Trump's, given by the example
    assert found("Trump spoke. The reckless remarks by a dotard like Trump can never "
                 "frighten us.", "2017-11-11") == [
        ("donald-trump", "person", "name", []), ("donald-trump", "person", "epithet", ["dotard"])]


@pytest.mark.parametrize("text, expected", [
    # "the IS": KCNA's short name for south Korea's Intelligence Service
    ("It denounced the IS's interference in the election.",
     [("national-intelligence-service", "organization", None, [])]),
    # in an article written in capitals "IS" and "US" are words, unless after "THE"
    ("THE VICTORY IS INEVITABLE.", []),
    ("LET US GO FORWARD.", []),
    ("THE UN AND THE US AGREED.", [("united-nations", "organization", None, []),
                                   ("united-states", "country", None, [])]),
])
def test_short_names_that_are_words_in_capitals(text, expected):
    assert found(text, "2013-07-19") == expected


@pytest.mark.parametrize("text, expected", [
    # a label predicated of "he" or "she" with nobody named in the sentence: a nameless
    # mention of the person named last, in the sentences just before
    ("Bolton went to Japan. It proves that he is a war maniac.",
     ("john-bolton", "a war maniac", ["war maniac"])),
    ("Park Geun Hye spoke. She is a die-hard fascist.",
     ("park-geun-hye", "a die-hard fascist", ["die-hard", "fascist"])),
])
def test_a_label_predicated_of_a_pronoun_is_the_person_named_before(text, expected):
    last = annotate(text, date="2015-05-01").mentions[-1]
    assert (last.actor, last.text, last.epithets, last.inferred) == (*expected, True)


def test_a_pronoun_far_from_any_name_or_of_north_koreans_labels_nobody():
    assert [m.actor for m in annotate("Kim Jong Il visited. He is a warmonger.",
                                      date="2005-05-01").mentions] == ["kim-jong-il"]
    assert [m.text for m in annotate("Bolton went to Japan. Rain fell. Snow fell. Wind blew. "
                                     "He is a war maniac.", date="2018-05-01").mentions] == [
        "Bolton", "Japan"]


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "... to the sovereignty of the nation and thus mete out stern punishment to the
    # group of traitors keen on serving outsiders" (2009; south Korea named before, its
    # president not): the state
    ("kcna-en-1997-2018/kcna-2009.jsonl.gz",
     "http://kcna.co.jp/item/2009/200903/news01/20090301-13ee.html",
     4170, ("south-korea", "the group of traitors", ["group of traitors"])),
    # "... of south Korea in a statement on October 10 denounced the group of traitors
    # for ..." (2012; an article naming Lee Myung Bak): his government
    ("kcna-en-1997-2018/kcna-2012.jsonl.gz",
     "http://kcna.co.jp/item/2012/201210/news15/20121015-09ee.html",
     245, ("lee-myung-bak", "the group of traitors", ["group of traitors"])),
])
def test_a_nameless_gang_after_south_korea_in_the_archive(corpus, url, at, expected):
    doc = annotate_archive_article(corpus, url)
    assert [(m.actor, m.text, m.epithets) for m in doc.mentions
            if m.start <= at < m.end and m.inferred] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # an aside between the verb and the label: "is, indeed, a", "is, in essence, the"
    ("The U.S. is, indeed, a heinous human rights abuser.",
     [("united-states", None, ["heinous", "human rights abuser"])]),
    ("Lee Myung Bak is, indeed, a traitor.", [("lee-myung-bak", "epithet", ["traitor"])]),
    ("The Lee Myung Bak group is, in essence, a gang of traitors.",
     [("lee-myung-bak", "epithet", ["group", "gang of traitors"])]),
    # the label is the name's: no second, nameless mention of the same person
    ("Park Geun Hye is, therefore, the chief culprit.",
     [("park-geun-hye", "epithet", ["chief culprit"])]),
    ("Lee Myung Bak, who is, indeed, a traitor, spoke.",
     [("lee-myung-bak", "epithet", ["traitor"])]),
    # "He" opening a sentence, with or without an aside
    ("Lee Myung Bak spoke. He is a war maniac.",
     [("lee-myung-bak", "name", []), ("lee-myung-bak", "epithet", ["war maniac"])]),
    ("Lee Myung Bak spoke. He is, indeed, a traitor.",
     [("lee-myung-bak", "name", []), ("lee-myung-bak", "epithet", ["traitor"])]),
    ("The U.S. is, at the same time, a heinous human rights abuser.",
     [("united-states", None, ["heinous", "human rights abuser"])]),
    ("Lee Myung Bak is, to all intents and purposes, a traitor.",
     [("lee-myung-bak", "epithet", ["traitor"])]),
    # an aside before no label
    ("Japan is, however, responsible.", [("japan", None, [])]),
])
def test_a_label_predicated_past_an_aside(text, expected):
    assert [(m.actor, m.form, m.epithets) for m in annotate(text, date="2012-03-11").mentions
            ] == expected


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "... Lee Myung Bak is, indeed, a pro-American traitor who lives his ..." (2012)
    ("kcna-en-1997-2018/kcna-2012.jsonl.gz",
     "http://kcna.co.jp/item/2012/201203/news11/20120311-20ee.html",
     1093, ("lee-myung-bak", "Lee Myung Bak", ["pro-american", "traitor"])),
    # "This clearly proves that the U.S. is, indeed, a warmonger and confrontational
    # maniac ..." (2012)
    ("kcna-en-1997-2018/kcna-2012.jsonl.gz",
     "http://kcna.co.jp/item/2012/201207/news09/20120709-10ee.html",
     938, ("united-states", "U.S.", ["warmonger", "confrontational maniac"])),
    # "... as an opportunity. He is the worst pro-U.S. fascist maniac opposed to
    # reunification ..." (2012; Lee named before): a nameless mention of him
    ("kcna-en-1997-2018/kcna-2012.jsonl.gz",
     "http://kcna.co.jp/item/2012/201201/news09/20120109-24ee.html",
     960, ("lee-myung-bak", "the worst pro-U.S. fascist maniac",
           ["worst pro-u.s. fascist maniac"])),
])
def test_labels_predicated_past_an_aside_or_after_he_in_the_archive(corpus, url, at, expected):
    assert labelled_at(corpus, url, at) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # a derogatory collective, "of" and plural insults: one collective, as the lexicon's
    # "group of traitors" is
    ("The Lee Myung Bak group of human dregs met.",
     ("Lee Myung Bak group of human dregs", ["group of human dregs"])),
    ("The Lee Myung Bak group of pro-U.S. flunkeys met.",
     ("Lee Myung Bak group of pro-U.S. flunkeys", ["group of pro-u.s. flunkeys"])),
    ("Lee Myung Bak and his group of hooligans met.",
     ("his group of hooligans", ["group of hooligans"])),
    # past "the", and after a collective that is no insult by itself
    ("The Lee Myung Bak group of the worst traitors met.",
     ("Lee Myung Bak group of the worst traitors", ["group of the worst traitors"])),
    ("The Lee Myung Bak regime of traitors met.",
     ("Lee Myung Bak regime of traitors", ["regime of traitors"])),
    # not a group of people who are no insult
    ("The Lee Myung Bak group of students met.", ("Lee Myung Bak group", ["group"])),
])
def test_a_group_of_plural_insults_is_one_collective(text, expected):
    assert [(m.text, m.epithets) for m in annotate(text, date="2010-03-01").mentions
            if m.actor == "lee-myung-bak"][-1] == expected


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "... against the DPRK, the Lee group of human dregs committed ..." (2012)
    ("kcna-en-1997-2018/kcna-2012.jsonl.gz",
     "http://kcna.co.jp/item/2012/201203/news07/20120307-20ee.html", 401,
     ("lee-myung-bak", "Lee group of human dregs", ["group of human dregs"])),
    # "The Park group of villains worse than worms recklessly runs amuck" (2016)
    ("kcna-en-1997-2018/kcna-2016.jsonl.gz",
     "http://kcna.co.jp/item/2016/201603/news29/20160329-30ee.html", 748,
     ("park-geun-hye", "Park group of villains", ["group of villains"])),
])
def test_a_group_of_plural_insults_in_the_archive(corpus, url, at, expected):
    assert labelled_at(corpus, url, at) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # an insulting noun in apposition with no article
    ("Japan, stooge of the U.S., is making desperate efforts.",
     [("japan", ["stooge"]), ("united-states", [])]),
    ("They met the U.S., sworn enemy of the Korean people.",
     [("united-states", ["sworn enemy"])]),
    # a list of names is no apposition, nor a modifier that may open the next name
    ("The U.S., Japan and south Korea met.",
     [("united-states", []), ("japan", []), ("south-korea", [])]),
    ("They denounced the U.S., imperialist Japan and others.",
     [("united-states", []), ("japan", ["imperialist"])]),
])
def test_a_bare_apposition_labels_a_country(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2016-01-08").mentions] == (
        expected)


@pytest.mark.parametrize(("corpus", "url", "at", "expected"), [
    # "... to cope with the moves of the U.S., chieftain of aggression, to start ..." (2016)
    ("kcna-en-1997-2018/kcna-2016.jsonl.gz",
     "http://kcna.co.jp/item/2016/201601/news08/20160108-21ee.html",
     3086, ("united-states", "U.S.", ["chieftain"])),
    # "... the mastermind of the hostile policy toward the DPRK, chieftain which produced
    # the nuclear issue ..." (2013): the U.S. is, not the DPRK
    ("kcna-en-1997-2018/kcna-2013.jsonl.gz",
     "http://kcna.co.jp/item/2013/201310/news10/20131010-27ee.html",
     736, ("north-korea", "DPRK", [])),
])
def test_a_bare_apposition_in_the_archive(corpus, url, at, expected):
    assert labelled_at(corpus, url, at) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("If the south Korean regime and military ruffians think so, they will perish.",
     [("south-korea", []), ("sk-armed-forces", ["ruffians"])]),
    ("South Korea staged drills. The military gangsters fired.",
     [("south-korea", []), ("sk-armed-forces", ["gangsters"])]),
    # after another country, before "of" or examples, or its rulers: no army
    ("The U.S. staged drills. The military warmongers fired.", [("united-states", [])]),
    ("The military warmongers of south Korea fired.", [("south-korea", ["warmongers"])]),
    ("South Korea staged drills. The military dictators fired.", [("south-korea", [])]),
])
def test_military_gangs_after_south_korea_are_its_army(text, expected):
    assert [(m.actor, m.epithets) for m in annotate(text, date="2022-07-28").mentions] == (
        expected)


def test_a_cancer_like_entity_is_a_label():
    # "the U.S. is a cancer-like entity lying in the way of reunification" (about 115 in
    # KCNA, of the U.S., Israel, the Intelligence Service, conservative parties)
    assert [(m.actor, m.epithets) for m in annotate(
        "As long as the U.S., a cancer-like entity of Korea's reunification, stays there, "
        "nothing changes.", date="2016-01-01").mentions] == [
        ("united-states", ["cancer-like entity"])]


@pytest.mark.parametrize(("text", "expected"), [
    # "political" and an insult are one insult: a nameless one after "of a" as well
    ("Trump spoke. His rhetoric is an assertion of a political idiot.",
     [("Trump", []), ("a political idiot", ["political idiot"])]),
    ("Trump spoke. It is nothing but a buffoonery of a political ignoramus.",
     [("Trump", []), ("a political ignoramus", ["political ignoramus"])]),
])
def test_political_insults_are_one_insult(text, expected):
    assert [(m.text, m.epithets) for m in annotate(text, date="2018-02-27").mentions
            if m.actor == "donald-trump"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an insult of a person's mind after a sentence naming only the country: its leader
    ("Trump spoke. The statement warned the U.S. imperialists and vowed to tame the old "
     "lunatic of America with fire.", [("donald-trump", "the old lunatic of America")]),
    # not an insult that labels states too ("the arch criminal", "the kingpin")
    ("Trump spoke. The U.S. talks about dialogue though it is the arch criminal who drove "
     "the situation to the brink.", []),
])
def test_a_mind_insult_after_a_country_is_its_leader(text, expected):
    assert [(m.actor, m.text) for m in annotate(text, date="2017-09-30").mentions
            if m.inferred] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a diplomat's office "of the ... embassy here" before a name outside the registry
    ("Present were Minister-Councilor of the Chinese embassy here Li Bin and others.",
     [("li-bin", "title", "Minister-Councilor of the Chinese embassy here")]),
    ("It was handed over by military attache of the Vietnamese embassy here Dau Xuan Long.",
     [("dau-xuan-long", "title", "military attache of the Vietnamese embassy here")]),
    ("Present was charge d'affaires ad interim of the Indian embassy here Ajay Kumar.",
     [("ajay-kumar", "title", "charge d'affaires ad interim of the Indian embassy here")]),
    # no office: the embassy's people, not a title
    ("Present were members of the Chinese embassy here and others.", [("china", None, None)]),
])
def test_an_office_of_an_embassy_here_titles_the_name_after_it(text, expected):
    assert [(m.actor, m.form, m.title) for m in annotate(text, date="2005-01-01").mentions
            ] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Kim Young Sam's government by its scare-quoted nickname, whatever the date
    ('It is the traitor Kim Young Sam\'s party and the fascist "civilian government".',
     ('the fascist "civilian government"', ["fascist", '"civilian government"'])),
    ('The past 5 years of the "civilian"-veiled "government" prove it.',
     ('the "civilian"-veiled "government"', ['"civilian"-veiled', '"government"'])),
    ('It is worse than the "civilian"-veiled dictator.',
     ('the "civilian"-veiled dictator', ['"civilian"-veiled', "dictator"])),
])
def test_the_civilian_regime_is_kim_young_sams(text, expected):
    found = [(m.text, m.epithets) for m in annotate(text, date="1999-04-28").mentions
             if m.actor == "kim-young-sam" and m.inferred]
    assert found == [expected]


def test_the_civilian_nickname_needs_a_government_word_and_his_time():
    assert annotate('They lifted the "civilian" veil.', date="1997-06-11").mentions == []
    assert annotate('It was the "civilian" regime.', date="1990-01-01").mentions == []


def test_the_civilian_regime_in_the_archive():
    # "During the "civilian" dictatorship following military juntas ..." (1998)
    assert labelled_at("kcna-en-1997-2018/kcna-1998.jsonl.gz",
                       "http://kcna.co.jp/item/1998/9803/news03/11.htm#4", 380) == [
        ("kim-young-sam", 'the "civilian" dictatorship', ['"civilian"', "dictatorship"])]
