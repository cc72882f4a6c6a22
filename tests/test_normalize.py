import random

import pytest

from conftest import kcna_file, read_jsonl_gz
from nkwatch.ingest.normalize import normalize, to_raw_offset


def test_collapses_kcna_paragraph_runs_and_drops_title():
    raw = "Talks Held\r\nPyongyang, May 3 (KCNA) -- Talks held.\n\t\t\t\t\t \n\t\t\t\t\t Next."
    n = normalize(raw, "Talks Held")
    assert n.text == "Pyongyang, May 3 (KCNA) -- Talks held.\nNext."


def test_hard_wrapped_lines_join_with_a_space():
    raw = "the great leader\r\ncomrade Kim Jong Il.\r\n   New paragraph."
    assert normalize(raw).text == "the great leader comrade Kim Jong Il.\nNew paragraph."


def test_nbsp_entities_are_whitespace():
    assert normalize("&nbsp;&nbsp; Pyongyang, May 3 (KCNA) -- x&nbsp;y&nbsp;").text == (
        "Pyongyang, May 3 (KCNA) -- x y"
    )


def test_title_kept_when_first_line_is_something_else():
    assert normalize("Body first line\nsecond", "Another Title").text.startswith("Body")


@pytest.mark.parametrize("year", [1997, 2005, 2017])
def test_offsets_map_back_to_raw_on_real_articles(year):
    articles = [a for a in read_jsonl_gz(kcna_file(year)) if a["content"]]
    rng = random.Random(year)
    checked = 0
    for article in rng.sample(articles, 300):
        n = normalize(article["content"], article["title"] or "")
        for i in rng.sample(range(len(n.text)), min(30, len(n.text))):
            if n.text[i].isspace():
                continue
            assert article["content"][to_raw_offset(n.anchors, i)] == n.text[i]
            checked += 1
        assert "\r" not in n.text and "\t" not in n.text and "  " not in n.text
    assert checked > 5000


def test_real_titles_repeated_at_top_are_dropped():
    articles = [a for a in read_jsonl_gz(kcna_file(2017)) if a["content"]][:500]
    repeated = [a for a in articles if a["content"].startswith(a["title"])]
    assert len(repeated) > 400
    for article in repeated:
        assert not normalize(article["content"], article["title"]).text.startswith(
            article["title"]
        )
