"""``nkwatch report``: one self-contained HTML file with inline charts, and PNG charts."""

import re

import pytest
from click.testing import CliRunner

from nkwatch.cli.web import report_command, serve_command
from nkwatch.errors import UserError

TRUMP = "donald-trump"


@pytest.fixture(scope="module")
def report(kcna_2017_2018, tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    out, png = folder / "trump-2017.html", folder / "png"
    result = CliRunner().invoke(report_command, [
        "--actor", TRUMP, "--since", "2017-01-01", "--until", "2017-12-31", "--out", str(out),
        "--png", str(png), "--db", str(kcna_2017_2018)])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8"), png


def test_report_is_self_contained(report):
    html, _ = report
    assert html.startswith("<!doctype html>")
    assert "<script" not in html.lower()
    assert "<link" not in html.lower() and "@import" not in html
    assert not re.search(r"""\bsrc\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(https?:)?//""", html, re.I)
    # the only external references are links to the articles' sources
    for tag in re.findall(r"<[^>]+\bhref\s*=\s*[\"']?https?://[^>]*>", html, re.I):
        assert tag.lower().startswith("<a "), tag
    assert "default-src 'none'" in html


def test_report_has_inline_charts_and_evidence(report):
    html, _ = report
    assert html.count("<svg") == 3
    assert "Donald Trump" in html
    assert "2017-09" in html and "<mark>" in html  # the busiest month, with its sentences
    assert "2018-" not in re.sub(r"<svg.*?</svg>", "", html, flags=re.S).split(
        "Busiest periods")[1].split("Signals")[0]


def test_png_charts_are_written(report):
    _, png = report
    files = sorted(p.name for p in png.iterdir())
    assert files == [f"{TRUMP}-forms.png", f"{TRUMP}-mentions.png", f"{TRUMP}-tone.png"]
    for name in files:
        data = (png / name).read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 5000


def test_report_errors(kcna_2017_2018, tmp_path):
    runner = CliRunner()
    unknown = runner.invoke(report_command, ["--actor", "no-such-person", "--out",
                                             str(tmp_path / "x.html"), "--db",
                                             str(kcna_2017_2018)])
    assert isinstance(unknown.exception, UserError) and "no-such-person" in str(
        unknown.exception)
    backwards = runner.invoke(report_command, ["--actor", TRUMP, "--since", "2018-01-01",
                                               "--until", "2017-01-01", "--out",
                                               str(tmp_path / "x.html"), "--db",
                                               str(kcna_2017_2018)])
    assert isinstance(backwards.exception, UserError)
    bad_date = runner.invoke(report_command, ["--actor", TRUMP, "--since", "2017-13-01",
                                              "--out", str(tmp_path / "x.html")])
    assert bad_date.exit_code == 2
    missing = runner.invoke(report_command, ["--actor", TRUMP, "--out",
                                             str(tmp_path / "x.html"), "--db",
                                             str(tmp_path / "none.db")])
    assert isinstance(missing.exception, UserError)
    assert not (tmp_path / "x.html").exists()


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(serve_command, ["--db", str(tmp_path / "none.db")])
    assert isinstance(result.exception, UserError)
    assert "no database" in str(result.exception)
