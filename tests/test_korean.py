"""Korean: titles, insults and collectives written solid with a name, or in the word before
it, on sentences written for these tests and on the real New Year addresses."""

import pytest

from conftest import NEW_YEAR
from nkwatch.analysis.pipeline import annotate, annotate_raw


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
