"""The download path of the quickstart, against a local HTTP server."""

import functools
import http.server
import io
import json
import tarfile
import threading

import pytest

from nkwatch.cli.main import main
from nkwatch.errors import UserError
from nkwatch.ingest.download import download


def _archive_bytes() -> bytes:
    days = {
        "kcna_scraper-4611b3a/cache/juche/2017-09-22_juche.json": {
            "date": "2017-09-22",
            "url": "http://kcna.co.jp/item/2017/201709/2017-09-22ee.html",
            "articles": [
                {"title": "Test Statement", "url": "http://kcna.co.jp/test/1.html",
                 "content": "Test Statement\r\nPyongyang, September 22 (KCNA) -- A statement "
                            "written for this test was issued."},
                {"title": "Second Item", "url": "http://kcna.co.jp/test/2.html",
                 "content": "Pyongyang, September 22 (KCNA) -- Another test item appeared."},
            ],
        },
        "kcna_scraper-4611b3a/cache/juche/2017-09-23_juche.json": {
            "date": "2017-09-23", "url": "http://kcna.co.jp/x", "articles": [],
        },
    }
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, day in days.items():
            data = json.dumps(day).encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        readme = b"not a day file"
        info = tarfile.TarInfo("kcna_scraper-4611b3a/README.md")
        info.size = len(readme)
        archive.addfile(info, io.BytesIO(readme))
    return buffer.getvalue()


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "www"
    root.mkdir()
    (root / "kcna.tar.gz").write_bytes(_archive_bytes())
    (root / "page.html").write_text("<html>not an archive</html>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    handler.log_message = lambda *a, **k: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_quickstart_downloads_and_ingests_when_no_local_corpus(server, tmp_path, capsys,
                                                               monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    import nkwatch.cli.quickstart as qs

    monkeypatch.setattr(qs, "DEFAULT_CACHE", tmp_path / "cache")
    code = main(["quickstart", "--url", f"{server}/kcna.tar.gz", "--db", str(tmp_path / "q.db")])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "downloading" in err
    assert "added 2" in out
    assert (tmp_path / "cache" / "kcna-archive.tar.gz").exists()


def test_download_refuses_a_page_that_is_not_an_archive(server, tmp_path):
    with pytest.raises(UserError, match="not a tar archive"):
        download(f"{server}/page.html", tmp_path / "x.tar.gz", show_progress=False)
    assert not (tmp_path / "x.tar.gz").exists()


def test_download_reports_a_missing_file(server, tmp_path):
    with pytest.raises(UserError, match="cannot download"):
        download(f"{server}/missing.tar.gz", tmp_path / "x.tar.gz", show_progress=False)
