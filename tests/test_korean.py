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
])
def test_korean_attachments(text, expected):
    assert found(text) == expected


def test_a_word_before_the_name_counts_only_when_it_is_all_titles_or_insults():
    assert found("회담에서 트럼프가 말하였다.")[0][2] == "name"


def test_new_year_address_names_the_leader_with_titles():
    text = (NEW_YEAR / "2010.txt").read_text(encoding="utf-8")
    mentions = annotate_raw(text, date="2010-01-01", lang="ko").mentions
    kim = [m for m in mentions if m.actor == "kim-jong-il"]
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
