import collections

from conftest import NEW_YEAR, kcna_file, read_jsonl_gz
from nkwatch.ingest.language import detect_language
from nkwatch.ingest.normalize import normalize


def test_short_sentences():
    assert detect_language("The Korean People's Army will never tolerate it.") == "en"
    assert detect_language("El Ejército Popular de Corea nunca lo tolerará.") == "es"
    assert detect_language("조선인민군은 결코 용서하지 않을것이다.") == "ko"
    assert detect_language("   ") == "und"


def test_new_year_addresses_are_korean():
    files = sorted(NEW_YEAR.glob("*.txt"))
    assert len(files) == 73
    assert {detect_language(f.read_text(encoding="utf-8")) for f in files} == {"ko"}


def _detected(year):
    out = []
    for article in read_jsonl_gz(kcna_file(year)):
        if not article["content"]:
            continue
        body = normalize(article["content"], article["title"] or "").text
        out.append((detect_language(f"{article['title']}\n{body}"), body))
    return out


def test_kcna_spanish_share_per_year_matches_the_corpus_readme():
    # The corpus README: Spanish from 2007 on, 12-21% of each year.
    for year in (2006, 2009, 2016):
        langs = collections.Counter(lang for lang, _ in _detected(year))
        share = langs["es"] / sum(langs.values())
        if year < 2007:
            assert share < 0.01
        else:
            assert 0.12 <= share <= 0.21, (year, share)
        assert set(langs) <= {"en", "es"}, langs


def test_detected_spanish_reads_as_spanish():
    # Independent check of the fast path: Spanish-only function words must
    # dominate what was called Spanish, English ones what was called English.
    es_words = {"el", "los", "las", "del", "y", "que", "por", "para", "con", "una"}
    en_words = {"the", "of", "and", "to", "with", "by", "was", "were", "that", "for"}
    wrong = 0
    detected = _detected(2012)
    for lang, body in detected:
        words = body.lower().split()
        es = sum(w in es_words for w in words)
        en = sum(w in en_words for w in words)
        if (lang == "es" and en > es) or (lang == "en" and es > en):
            wrong += 1
    assert wrong / len(detected) < 0.01
