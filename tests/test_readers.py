import gzip
import json

import pytest

from nkwatch.errors import UserError
from nkwatch.ingest.detect import detect_format
from nkwatch.ingest.readers import (
    RawRecord,
    Rejection,
    read_csv,
    read_json,
    read_jsonl,
    read_kcna_days,
    read_newyear,
)


def _write_jsonl_gz(path, lines):
    with gzip.open(path, "wb") as handle:
        handle.write(b"".join(lines))


def test_broken_jsonl_line_is_rejected_with_its_line_number(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"title": "one"}\n{"title": \n{"title": "three"}\n', encoding="utf-8")
    items = list(read_jsonl(path))
    assert [type(i).__name__ for i in items] == ["RawRecord", "Rejection", "RawRecord"]
    assert items[1].where == f"{path}:2"
    assert "malformed JSON" in items[1].why
    assert items[2].position == 3


def test_wrong_encoding_line_is_rejected(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"t": "ok"}\n{"t": "caf\xe9"}\n{"t": "ok"}\n')
    items = list(read_jsonl(path))
    assert isinstance(items[1], Rejection) and "UTF-8" in items[1].why
    assert items[1].where.endswith(":2")
    assert sum(isinstance(i, RawRecord) for i in items) == 2


def test_truncated_gzip_keeps_the_lines_before_the_cut(tmp_path):
    full = tmp_path / "full.jsonl.gz"
    lines = [json.dumps({"n": i, "pad": "x" * 200}).encode() + b"\n" for i in range(2000)]
    _write_jsonl_gz(full, lines)
    data = full.read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(data[: len(data) // 2])
    items = list(read_jsonl(cut))
    records = [i for i in items if isinstance(i, RawRecord)]
    assert isinstance(items[-1], Rejection)
    assert "compressed" in items[-1].why
    assert items[-1].where == f"{cut}:{len(records) + 1}"
    assert len(records) > 100
    assert [r.fields["n"] for r in records] == list(range(len(records)))


def test_csv_rows_and_a_short_row(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(
        'headline,link,date_str,story_text\n'
        'A,http://x/1,2018-01-01,"Body one,\nwith a newline"\n'
        'B,http://x/2\n'
        'C,http://x/3,2018-01-03,Body three\n',
        encoding="utf-8",
    )
    items = list(read_csv(path))
    assert [type(i).__name__ for i in items] == ["RawRecord", "Rejection", "RawRecord"]
    assert items[0].fields["story_text"] == "Body one,\nwith a newline"
    assert items[1].where == f"{path}:4" and "expected 4 fields" in items[1].why


def test_json_array_and_wrapped_object(tmp_path):
    a = tmp_path / "a.json"
    a.write_text(json.dumps([{"x": 1}, 5, {"x": 2}]))
    items = list(read_json(a))
    assert [type(i).__name__ for i in items] == ["RawRecord", "Rejection", "RawRecord"]
    b = tmp_path / "b.json"
    b.write_text(json.dumps({"articles": [{"x": 1}]}))
    assert len(list(read_json(b))) == 1


def test_new_year_folder_takes_the_date_from_the_file_name(tmp_path):
    (tmp_path / "1999.txt").write_text("새해를 맞이하여", encoding="utf-8")
    (tmp_path / "2001.txt").write_text("신년사", encoding="utf-8")
    items = list(read_newyear(tmp_path))
    assert [i.fields["date"] for i in items] == ["1999-01-01", "2001-01-01"]
    assert items[0].defaults["outlet"] == "new-year-address"


def test_kcna_day_files(tmp_path):
    day = {"date": "1997-01-06", "url": "http://kcna.co.jp/item/1997/9701/970106.htm",
           "articles": [{"title": "T", "url": "http://kcna.co.jp/a#1", "content": "Body."}]}
    (tmp_path / "1997-01-06_juche.json").write_text(json.dumps(day))
    (items,) = list(read_kcna_days(tmp_path))
    assert items.fields["date"] == "1997-01-06"
    assert items.fields["day_url"].endswith("970106.htm")


def test_format_detection(tmp_path):
    jsonl = tmp_path / "x.jsonl.gz"
    _write_jsonl_gz(jsonl, [b'{"a": 1}\n'])
    assert detect_format(jsonl) == "jsonl"
    (tmp_path / "y.csv").write_text("a,b\n1,2\n")
    assert detect_format(tmp_path / "y.csv") == "csv"
    (tmp_path / "z.bin").write_bytes(b"\x00\x01binary")
    with pytest.raises(UserError, match="cannot tell the format"):
        detect_format(tmp_path / "z.bin")
    with pytest.raises(UserError, match="no such file"):
        detect_format(tmp_path / "missing.jsonl")
