"""Actor-targeted tone: sentences written for these tests, then history on the real archive.

The unit tests use a small lexicon made here (on top of VADER), so they do not
depend on what the shipped tone lexicon lists. The history checks run the
shipped stage over KCNA 2014-2018 and are the acceptance criteria of the
tone issue.
"""

import dataclasses
import sqlite3
import tomllib
from importlib import resources

import pytest

from conftest import kcna_file
from nkwatch.analysis.batch import analyze_store
from nkwatch.analysis.document import Document, Mention
from nkwatch.analysis.lexicon import Cue, Epithet, load_lexicon
from nkwatch.analysis.pipeline import annotate, mentions, segment
from nkwatch.analysis.tone import (
    article_tone,
    build_model,
    load_params,
    parse_params,
    score_tone,
)
from nkwatch.ingest.pipeline import ingest_paths
from nkwatch.store.connection import connect

CUES = {
    "en": {"warmly congratulated": 0.8, "merciless punishment": -0.9, "militant friendship": 0.8,
           "welcome": 0.6, "ceasefire": 0.4, "slander": -0.7, "peace": 0.5},
    "ko": {"규탄": -0.7, "환영": 0.6, "도발": -0.7},
}
EPITHETS = {"lunatic": ("modifier", -0.8), "dotard": ("noun", -0.9), "puppet": ("modifier", -0.6)}


@pytest.fixture(scope="module")
def model():
    """The stage's model over a lexicon written for these tests (plus VADER)."""
    lex = dataclasses.replace(
        load_lexicon(),
        cues={text: Cue(text, weight, lang) for lang, cues in CUES.items()
              for text, weight in cues.items()},
        epithets={text: Epithet(text, kind, weight, "en")
                  for text, (kind, weight) in EPITHETS.items()},
        negators={"not", "never", "않"},
        intensifiers={"most": 1.5},
    )
    return {"en": build_model("en", lex), "ko": build_model("ko", lex)}


def tones(model, text, date="2017-10-25", lang="en"):
    """Tone per actor (the last mention of each) of a sentence."""
    doc = annotate(text, date=date, lang=lang, stages=(segment, mentions))
    score_tone(doc, model[lang])
    return {m.actor: m.tone for m in doc.mentions}


# -- sentences written for these tests ------------------------------------------------------


def test_warm_congratulation(model):
    found = tones(model, "Kim Jong Un warmly congratulated Xi Jinping.")
    assert found["xi-jinping"] > 0.4, found


def test_merciless_punishment_is_hostile_to_the_target_not_the_punisher(model):
    found = tones(model, "The KPA will mete out merciless punishment to the U.S. imperialists.")
    assert found["united-states"] < -0.4, found
    assert found["korean-peoples-army"] > -0.2, found  # the speaker's side


def test_militant_friendship_is_warm(model):
    found = tones(model, "The DPRK and Russia share a militant friendship.")
    assert found["russia"] > 0.4 and found["north-korea"] > 0.4, found


def test_negation_flips_and_dampens(model):
    welcomed = tones(model, "Japan will welcome the U.S. proposal.")
    refused = tones(model, "Japan did not welcome the U.S. proposal.")
    assert welcomed["united-states"] > 0.3, welcomed
    assert refused["united-states"] < 0, refused
    assert abs(refused["united-states"]) < welcomed["united-states"], (welcomed, refused)


def test_nothing_but_is_not_a_negation(model):
    found = tones(model, "Shinzo Abe is nothing but a lunatic.")
    assert found["shinzo-abe"] < -0.3, found


def test_not_just_is_not_a_negation(model):
    found = tones(model, "This is not just a slander of Shinzo Abe but a crime.")
    assert found["shinzo-abe"] < -0.2, found


def test_a_negator_does_not_reach_across_a_name(model):
    found = tones(model, "We do not regard Shinzo Abe's reckless remarks lightly.")
    assert found["shinzo-abe"] < -0.2, found


def test_demands_and_conditions_are_not_praise(model):
    fact = tones(model, "Japan welcomed the U.S. proposal.")
    demand = tones(model, "Japan should welcome the U.S. proposal.")
    condition = tones(model, "If Japan wants peace, it must stop.")
    assert 0 <= demand["japan"] < fact["japan"] / 2, (fact, demand)
    assert condition["japan"] < 0.2, condition


def test_a_relative_clause_belongs_to_its_actor(model):
    found = tones(model, "Shinzo Abe, who visited Washington last week, slandered the talks.")
    assert found["shinzo-abe"] < -0.3, found


def test_scare_quotes_turn_a_positive_cue_mildly_negative(model):
    plain = tones(model, "The U.S. talks of a ceasefire.")
    quoted = tones(model, 'The U.S. talks of a "ceasefire".')
    curly = tones(model, "The U.S. talks of “peace”.")
    assert plain["united-states"] > 0, plain
    assert -0.4 < quoted["united-states"] < 0, quoted
    assert -0.4 < curly["united-states"] < 0, curly


def test_long_quotations_are_reported_speech_not_scare_quotes(model):
    found = tones(model, 'Xi Jinping said, "we hope for lasting peace on the peninsula."')
    assert found["xi-jinping"] > 0.2, found


def test_two_actors_with_opposite_tone(model):
    found = tones(model, "Xi Jinping warmly congratulated the DPRK, while Shinzo Abe slandered it.")
    assert found["xi-jinping"] > 0.4, found
    assert found["north-korea"] > 0.4, found
    assert found["shinzo-abe"] < -0.3, found


def test_cue_in_a_clause_about_another_actor_counts_little(model):
    found = tones(model, "Vladimir Putin arrived, and Shinzo Abe slandered the talks.")
    assert abs(found["vladimir-putin"]) < 0.1, found
    assert found["shinzo-abe"] < -0.3, found


def test_a_list_of_actors_shares_the_clause(model):
    found = tones(model, "The U.S., Japan and south Korea slandered the talks.")
    assert all(found[a] < -0.2 for a in ("united-states", "japan", "south-korea")), found


def test_intensifier_multiplies(model):
    plain = tones(model, "Japan made a reckless move.")
    strong = tones(model, "Japan made a most reckless move.")
    assert strong["japan"] < plain["japan"] < 0, (plain, strong)


def test_anti_prefix_is_hostile(model):
    found = tones(model, "Students waged an anti-U.S. struggle.")
    assert found["united-states"] < -0.3, found


def test_a_country_named_as_a_place_takes_little(model):
    found = tones(model, "Shinzo Abe made a reckless slander in south Korea.")
    assert abs(found["south-korea"]) < abs(found["shinzo-abe"]) / 2, found


def test_own_epithets_count_strongly_against_the_mention(model):
    text = "The lunatic Trump praised the plan."
    doc = Document(text=text, date="2017-09-22", sentences=[(0, len(text))],
                   mentions=[Mention("donald-trump", "person", 4, 17, "lunatic Trump",
                                     form="epithet", epithets=["lunatic"])])
    score_tone(doc, model["en"])
    assert doc.mentions[0].tone < -0.3, doc.mentions[0]


def test_a_sentence_without_cues_is_neutral(model):
    assert tones(model, "Shinzo Abe left for Beijing on Monday.") == {"shinzo-abe": 0.0}


def test_korean_cues_match_inside_words_and_negation_follows(model):
    assert tones(model, "트럼프를 규탄하였다.", lang="ko")["donald-trump"] < -0.3
    assert tones(model, "미국은 전쟁도발을 일삼는다.", lang="ko")["united-states"] < -0.3
    assert tones(model, "미국은 제안을 환영하였다.", lang="ko")["united-states"] > 0.3
    assert tones(model, "미국은 제안을 환영하지 않았다.", lang="ko")["united-states"] < 0
    place = tones(model, "트럼프는 남조선에서 전쟁도발을 일삼는다.", lang="ko")
    assert abs(place["south-korea"]) < abs(place["donald-trump"]) / 2, place


def test_every_mention_gets_a_rounded_tone_in_range():
    doc = annotate("Lunatic dotard Trump and his group. The U.S. is reckless; Japan is not."
                   " China and Russia praised the DPRK.", date="2017-09-22")
    assert doc.mentions
    for m in doc.mentions:
        assert m.tone is not None and -1 <= m.tone <= 1 and round(m.tone, 3) == m.tone


def test_article_tone_weights_neutral_mentions_less(model):
    doc = annotate("Japan made a reckless move. Japan held a meeting.", date="2017-01-01",
                   stages=(segment, mentions))
    score_tone(doc, model["en"])
    hostile = doc.mentions[0].tone
    neutral = load_params().article_neutral_weight
    expected = round(hostile / (1 + neutral), 3)
    assert article_tone(doc, model["en"]) == {"japan": expected}


def test_every_parameter_has_a_note_and_the_lexicon_loader_ignores_the_file():
    path = resources.files("nkwatch") / "data" / "lexicons" / "tone-params.toml"
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert set(data) == {"tone"}
    for section, table in data["tone"].items():
        for name, entry in table.items():
            assert set(entry) == {"value", "note"}, (section, name)
            assert len(entry["note"]) > 20, (section, name)
    params = parse_params(text)
    assert params == load_params()
    with pytest.raises(ValueError):
        parse_params(text.replace("[tone.score.alpha]", "[tone.score.beta]"))


# -- history on the real archive (acceptance criteria) --------------------------------------


@pytest.fixture(scope="session")
def kcna_2014_2018(tmp_path_factory):
    """A store of KCNA 2014-2018, analysed with every stage (built once per session)."""
    db = tmp_path_factory.mktemp("kcna-tone") / "kcna-2014-2018.db"
    conn = connect(db)
    ingest_paths(conn, [str(kcna_file(year)) for year in range(2014, 2019)],
                 show_progress=False, workers=2)
    analyze_store(conn, workers=2, show_progress=False)
    conn.close()
    return db


def mean_tone(db, actor: str, since: str, until: str) -> tuple[float, int]:
    """Mean mention tone toward ``actor`` in KCNA between two dates (inclusive)."""
    conn = sqlite3.connect(db)
    try:
        mean, count = conn.execute(
            "SELECT avg(tone), count(*) FROM mentions WHERE actor = ? AND outlet = 'kcna'"
            " AND date BETWEEN ? AND ?", (actor, since, until)).fetchone()
    finally:
        conn.close()
    assert count > 0, f"no mentions of {actor} between {since} and {until}"
    return mean, count


@pytest.mark.slow
def test_history_park_geun_hye_2014_2016_is_strongly_negative(kcna_2014_2018):
    mean, count = mean_tone(kcna_2014_2018, "park-geun-hye", "2014-01-01", "2016-12-31")
    assert mean <= -0.3, f"park-geun-hye KCNA 2014-2016: mean tone {mean:.3f} over {count}"


@pytest.mark.slow
def test_history_trump_hardens_from_early_2017_to_august_september(kcna_2014_2018):
    early, n_early = mean_tone(kcna_2014_2018, "donald-trump", "2017-01-01", "2017-02-28")
    late, n_late = mean_tone(kcna_2014_2018, "donald-trump", "2017-08-01", "2017-09-30")
    assert early - late >= 0.2, (f"donald-trump KCNA: Jan-Feb 2017 {early:.3f} (n={n_early}),"
                                 f" Aug-Sep 2017 {late:.3f} (n={n_late}),"
                                 f" difference {early - late:.3f}")


@pytest.mark.slow
def test_history_south_korea_warms_in_february_april_2018(kcna_2014_2018):
    year, n_year = mean_tone(kcna_2014_2018, "south-korea", "2017-01-01", "2017-12-31")
    spring, n_spring = mean_tone(kcna_2014_2018, "south-korea", "2018-02-01", "2018-04-30")
    assert spring - year >= 0.15, (f"south-korea KCNA: 2017 {year:.3f} (n={n_year}),"
                                   f" Feb-Apr 2018 {spring:.3f} (n={n_spring}),"
                                   f" difference {spring - year:.3f}")
