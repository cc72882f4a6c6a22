"""Korean: titles, insults and collectives written solid with a name, or in the word before
it, on sentences written for these tests and on the real New Year addresses."""

import pytest

from conftest import NEW_YEAR
from nkwatch.analysis.pipeline import annotate, annotate_raw
from nkwatch.analysis.tokens import is_hangul


def found(text, date="2017-03-01"):
    return [(m.actor, m.kind, m.form, m.title, m.epithets, m.text)
            for m in annotate(text, date=date, lang="ko").mentions]


@pytest.mark.parametrize(("text", "expected"), [
    ("박근혜역도는 전쟁연습을 벌리고있다.",
     [("park-geun-hye", "person", "epithet", None, ["역도"], "박근혜역도")]),
    ("리명박역도패당은 대결에 매달리고있다.",
     [("lee-myung-bak", "government", "epithet", None, ["역도", "패당"], "리명박역도패당")]),
    ("트럼프대통령은 회담을 하였다.",
     [("donald-trump", "person", "title", "대통령", [], "트럼프대통령")]),
    ("괴뢰대통령 윤석열이 말하였다.",
     [("yoon-suk-yeol", "person", "epithet", "대통령", ["괴뢰"], "괴뢰대통령 윤석열")]),
    ("미국은 남조선괴뢰들과 함께 전쟁연습을 하였다.",
     [("united-states", "country", None, None, [], "미국"),
      ("south-korea", "country", None, None, ["괴뢰"], "남조선괴뢰")]),
    ("미제국주의자들이 날뛰고있다.",
     [("united-states", "country", None, None, ["미제"], "미제")]),
    # the Soviet army, not the Soviet Union (1949)
    ("쏘련군대가 철거하였다.", [("soviet-army", "organization", None, None, [], "쏘련군대")]),
])
def test_korean_attachments(text, expected):
    assert found(text) == expected


def test_a_word_before_the_name_counts_only_when_it_is_all_titles_or_insults():
    assert found("회담에서 트럼프가 말하였다.")[0][2] == "name"


def test_new_year_address_names_the_leader_with_titles():
    text = (NEW_YEAR / "2010.txt").read_text(encoding="utf-8")
    mentions = annotate_raw(text, date="2010-01-01", lang="ko").mentions
    kim = [m for m in mentions if m.actor == "kim-jong-il" and "김정일" in m.text]
    assert kim and all(m.form == "title" for m in kim), [m.as_dict() for m in kim]
    assert all(text[m.start:m.end] == m.text for m in mentions)


@pytest.mark.parametrize(("text", "expected"), [
    ("우리 당과 공화국정부는 제안을 내놓았다.", ["당"]),
    ("우리당이 내놓은 방침", ["당"]),
    ("인민은 당의 부름에 따라 당이 가리키는 길로 나아간다.", ["당", "당"]),
    ("당중앙위원회의 두리에 뭉쳐 우리 당 중앙위원회는", ["당중앙위원회", "당 중앙위원회"]),
    # inside a word: a party member, another party, a word that is no party
    ("당원들과 한나라당은 정당하게 당면과업을 말하였다.", []),
])
def test_a_bare_party_word_is_the_workers_party(text, expected):
    assert [m.text for m in annotate(text, date="1985-01-01", lang="ko").mentions
            if m.actor == "workers-party-of-korea"] == expected


def test_the_party_of_a_new_year_address_is_the_workers_party():
    text = (NEW_YEAR / "1985.txt").read_text(encoding="utf-8")
    party = [m for m in annotate_raw(text, date="1985-01-01", lang="ko").mentions
             if m.actor == "workers-party-of-korea" and m.text == "당"]
    assert len(party) >= 10
    # a word of its own, or in "우리당": never inside another word
    assert all(not is_hangul(text[m.start - 1]) or text[m.start - 2:m.start] == "우리"
               for m in party)


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the leaders by an honorific alone, from the date it is theirs
    ("위대한 수령님의 유훈을 받들자.", "2000-01-01", [("kim-il-sung", "role", "위대한 수령님")]),
    ("경애하는 장군님께서 이끄신다.", "2001-01-01", [("kim-jong-il", "role", "경애하는 장군님")]),
    ("장군님께서 이끄신다.", "1980-01-01", []),
    ("김일성장군님께서 이끄신다.", "1980-01-01", [("kim-il-sung", "title", "김일성장군님")]),
    # the Republic, not its northern half (a place)
    ("우리 공화국은 강하다.", "2009-01-01", [("north-korea", None, "공화국")]),
    ("공화국정부의 정책", "1991-01-01", [("north-korea", None, "공화국정부")]),
    ("공화국북반부에서 건설이 벌어진다.", "1970-01-01", []),
    # the north and the south as the two sides, not as places of compatriots
    ("북과 남사이의 대화", "1985-01-01",
     [("north-korea", None, "북"), ("south-korea", None, "남")]),
    ("북과 남, 해외의 동포들", "1985-01-01", []),
    # south Korea's rulers by an insult alone
    ("미제와 그 앞잡이들을 반대한다.", "1978-01-01",
     [("united-states", None, "미제"), ("south-korea", None, "앞잡이들")]),
    ("친미호전분자들의 책동", "2011-01-01", [("south-korea", None, "친미호전분자들")]),
    ("군사파쑈분자들의 탄압", "1982-01-01", [("south-korea", None, "군사파쑈분자들")]),
    # a name for a people, soldiers or a style is no mention of the actor
    ("남조선인민들과 남조선 청년학생들", "1985-01-01", []),
    ("남조선의 모든 혁명가들과 남조선의 로동자들", "1969-01-01", []),
    ("남조선의 통치자들은 날뛴다.", "1969-01-01", [("south-korea", None, "남조선")]),
    ("인민군장병들에게 인사를 보낸다.", "1993-01-01", []),
    ("미국식민주주의", "1947-01-01", [("united-states", None, "미국")]),
    ("남조선에서 투쟁이 벌어졌다.", "1985-01-01", [("south-korea", None, "남조선")]),
    # U.S. troops are the state, as in English
    ("미군은 물러가야 한다.", "1949-01-01", [("united-states", None, "미군")]),
])
def test_korean_references_without_a_name(text, date, expected):
    assert [(m.actor, m.form, m.text) for m in annotate(text, date=date, lang="ko").mentions
            ] == expected


def test_an_insult_word_after_a_name_belongs_to_it():
    assert found("미국과 남조선 호전광들은 날뛴다.") == [
        ("united-states", "country", None, None, [], "미국"),
        ("south-korea", "country", None, None, ["호전광들"], "남조선 호전광들")]


@pytest.mark.parametrize(("text", "expected"), [
    # Japanese militarists: Japan and an insult, not the Japanese army and "국주의자들"
    ("일본군국주의자들이 날뛴다.",
     [("japan", "country", None, None, ["군국주의자"], "일본군국주의자")]),
    # Japanese militarism: Japan
    ("일본군국주의의 재생을 반대한다.", [("japan", "country", None, None, [], "일본")]),
    ("일본군이 침략하였다.",
     [("imperial-japanese-army", "organization", None, None, [], "일본군")]),
])
def test_a_body_cut_inside_an_insult_is_its_country(text, expected):
    assert found(text, date="1972-01-01") == expected


@pytest.mark.parametrize("text", [
    "일군들은 일본새를 근본적으로 개선하여야 한다.",  # a way of working (일 + 본새)
    "<문민정권>이란것도 출현했다.",  # the quoting "이란", not Iran
    "한국전 정전협정을 대체하자.",  # the Korean War
    "그것은 민족공동의 통일원칙을 부정한다.",  # principles of reunification
    "국방부문의 과학자들이 성과를 거두었다.",  # the defence sector
    "남조선혁명을 완수하자.",  # the revolution in the south
    "남조선형제들을 잊을수 없다.",  # a people
    "남조선인민들속에서 투쟁이 높아간다.",  # a people, then "among"
])
def test_a_word_that_begins_with_a_name_is_no_mention(text):
    assert found(text) == []


def test_a_word_that_begins_with_a_countrys_name_in_a_real_address():
    assert found("일본 새 정부가 들어섰다.") == [("japan", "country", None, None, [], "일본")]
    text = (NEW_YEAR / "2017.txt").read_text(encoding="utf-8")
    at = text.index("일본새")
    doc = annotate_raw(text, date="2017-01-01", lang="ko")
    assert not [m for m in doc.mentions if m.start <= at < m.end]


@pytest.mark.parametrize(("date", "actor"), [("1974-01-01", "han-tok-su"),
                                             ("2023-01-01", "han-duck-soo")])
def test_a_shared_hangul_name_is_not_of_one_who_took_office_later(date, actor):
    # 한덕수: Chongryon's chairman Han Tok Su (1955-2001), or the prime minister from 2007
    assert [m[0] for m in found("한덕수동지를 비롯한 일군들", date=date)] == [actor]
