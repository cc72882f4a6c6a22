"""The dashboard in a real browser (Debian's Chromium driven by Playwright).

One browser for the session; servers run uvicorn in a thread on a free
localhost port. Checks: the actor page draws its charts, a click on the
September 2017 bar lists that month's sentences, a click on 22 September 2017
lists that day's; and untrusted article text shows as text everywhere (no
script runs, even with a <script> title and body).
"""

import json
import shutil
import socket
import sqlite3
import threading
import time
from pathlib import Path

import playwright.sync_api as playwright_api
import pytest
import uvicorn

from nkwatch.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
TRUMP = "donald-trump"
EVIL_TITLE = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">Evil title'
EVIL_BODY = ('Trump xsszebra said <script>window.__xss=3</script> and '
             '<img src=x onerror="window.__xss=4"> <b>bold</b> things.')
EVIL_EPITHET = '<script>window.__xss=5</script>'


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """uvicorn serving one store in a background thread."""

    def __init__(self, db: Path) -> None:
        self.port = _free_port()
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    assert CHROMIUM.exists(), "Debian's Chromium is missing: apt-get install -y chromium"
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    # bypass_csp: escaping alone must keep scripts out (the CSP header is a second
    # line of defence, checked in test_api); it also lets the checks below evaluate.
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, bypass_csp=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.errors = errors
    yield tab
    context.close()


@pytest.fixture(scope="module")
def server(kcna_2017_2018):
    running = Server(kcna_2017_2018)
    yield running
    running.stop()


def poison(db: Path) -> int:
    """Add an article whose title, body, epithet, url and signal carry markup; return its id."""
    conn = sqlite3.connect(db)
    with conn:
        article_id = conn.execute("SELECT max(id) + 1 FROM articles").fetchone()[0]
        conn.execute(
            "INSERT INTO articles (id, outlet, lang, date, url, title, body_raw, body,"
            " offset_map, hash, source, position, ingested_at)"
            " VALUES (?, 'kcna', 'en', '2018-04-27', 'javascript:window.__xss=7//', ?, ?, ?,"
            " '[]', 'xss-test', 'test', 1, 'now')",
            (article_id, EVIL_TITLE, EVIL_BODY, EVIL_BODY))
        conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                     (article_id, EVIL_TITLE, EVIL_BODY))
        mention_id = conn.execute("SELECT max(id) + 1 FROM mentions").fetchone()[0]
        conn.execute(
            "INSERT INTO mentions (id, article_id, outlet, date, actor, kind, start, end, text,"
            " form, title, epithets, inferred, sentence, sent_start, sent_end, tone)"
            " VALUES (?, ?, 'kcna', '2018-04-27', ?, 'person', 0, 5, 'Trump', 'epithet', NULL,"
            " ?, 0, 0, 0, ?, -0.9)",
            (mention_id, article_id, TRUMP, json.dumps([EVIL_EPITHET]), len(EVIL_BODY)))
        conn.execute("INSERT INTO mention_epithets VALUES (?, ?, ?, 'kcna', '2018-04-27', ?)",
                     (mention_id, article_id, TRUMP, EVIL_EPITHET))
        conn.execute(
            "INSERT INTO events (article_id, outlet, date, type, source, target, sentence,"
            " sent_start, sent_end, trigger, score) VALUES (?, 'kcna', '2018-04-27', 'THREATEN',"
            " ?, 'north-korea', 0, 0, ?, ?, -7.0)",
            (article_id, TRUMP, len(EVIL_BODY), EVIL_EPITHET))
        conn.execute(
            "INSERT INTO signals (key, kind, actor, outlet, date, strength, detail, evidence,"
            " detected_at) VALUES ('xss', 'first', ?, 'kcna', '2018-04-27', 9.0, ?, ?, 'now')",
            (TRUMP, json.dumps({"what": EVIL_EPITHET}),
             json.dumps([{"url": "javascript:window.__xss=8", "date": "2018-04-27",
                          "sentence": EVIL_BODY}])))
    conn.close()
    return article_id


@pytest.fixture(scope="module")
def evil(kcna_2017_2018, tmp_path_factory):
    db = tmp_path_factory.mktemp("xss") / "evil.db"
    source = sqlite3.connect(kcna_2017_2018)
    target = sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.close()
    article_id = poison(db)
    running = Server(db)
    yield running, article_id, db
    running.stop()


def chart_point(page, chart: str, label: str, dataset: str | None = None) -> dict:
    """Page coordinates of the element drawn for ``label`` (in ``dataset``) on ``chart``."""
    return page.evaluate(
        """([name, label, dataset]) => {
            const chart = window.nkwatchCharts[name];
            const index = chart.data.labels.indexOf(label);
            const ds = dataset === null ? 0
                : chart.data.datasets.findIndex((d) => d.label === dataset);
            const point = chart.getDatasetMeta(ds).data[index].getCenterPoint();
            const box = chart.canvas.getBoundingClientRect();
            return {x: box.left + point.x, y: box.top + point.y};
        }""", [chart, label, dataset])


def painted_pixels(page, selector: str) -> int:
    return page.evaluate(
        """(selector) => {
            const canvas = document.querySelector(selector);
            const data = canvas.getContext("2d").getImageData(0, 0, canvas.width,
                                                              canvas.height).data;
            let n = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
            return n;
        }""", selector)


def evidence_dates(page) -> list[str]:
    page.wait_for_function(
        "document.getElementById('evidence-panel').dataset.loaded > 0", timeout=15000)
    return page.eval_on_selector_all("#evidence-list li.ev", "els => els.map(e => e.dataset.date)")


def test_actor_page_charts_and_evidence(page, server, tmp_path):
    page.goto(f"{server.url}/actors/{TRUMP}")
    for name in ("mentions", "forms", "tone"):
        page.wait_for_selector(f'canvas[data-chart="{name}"][data-rendered="true"]',
                               timeout=15000)
    assert int(page.get_attribute('canvas[data-chart="forms"]', "data-points")) > 10
    assert painted_pixels(page, 'canvas[data-chart="forms"]') > 2000
    assert painted_pixels(page, 'canvas[data-chart="mentions"]') > 2000

    point = chart_point(page, "forms", "2017-09", "name")
    page.mouse.click(point["x"], point["y"])
    dates = evidence_dates(page)
    assert dates and all(d.startswith("2017-09") for d in dates)
    assert "2017-09" in page.inner_text("#evidence-title")
    page.click("#evidence-more")
    page.wait_for_function("document.querySelectorAll('#evidence-list li.ev').length > 25")
    assert all(d.startswith("2017-09") for d in evidence_dates(page))
    page.screenshot(path=str(tmp_path / "actor-trump.png"), full_page=True)
    assert page.errors == []


def test_click_on_22_september_2017_lists_that_days_statements(page, server, tmp_path):
    page.goto(f"{server.url}/actors/{TRUMP}?by=day&since=2017-09-15&until=2017-09-30")
    page.wait_for_selector('canvas[data-chart="mentions"][data-rendered="true"]')
    point = chart_point(page, "mentions", "2017-09-22")
    page.mouse.click(point["x"], point["y"])
    dates = evidence_dates(page)
    assert set(dates) == {"2017-09-22"}
    sentences = page.inner_text("#evidence-list")
    assert "Trump" in sentences
    # a row of the data table leads to the same kind of list
    page.click("details:has([data-table='forms']) summary")
    counts = page.eval_on_selector_all("[data-table='forms'] td.n", "els => els.map(e => "
                                       "[e.textContent, e.querySelector('a') !== null])")
    assert counts and all(linked == (text != "0") for text, linked in counts)  # 0: no link
    page.click("[data-table='forms'] a[data-evidence*='period=2017-09-23']")
    assert set(evidence_dates(page)) == {"2017-09-23"}
    page.screenshot(path=str(tmp_path / "actor-trump-day.png"))
    assert page.errors == []


def test_other_pages_work(page, server):
    page.goto(f"{server.url}/")
    assert "Most mentioned" in page.inner_text("main")
    page.goto(f"{server.url}/compare?actor={TRUMP}")
    page.wait_for_selector('canvas[data-chart="share"][data-rendered="true"]')
    page.click("table.compare a[data-evidence]")
    assert evidence_dates(page)
    page.goto(f"{server.url}/search?q=dotard&since=2017-09-22&until=2017-09-22")
    assert page.locator(".snippet mark").count() > 0
    page.click(".hit a.title")
    page.wait_for_url("**/articles/*")
    assert page.locator(".body a.m").count() > 0
    assert page.errors == []


def _no_script_ran(page) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"


def test_markup_in_articles_is_shown_as_text(page, evil, tmp_path):
    server, article_id, db = evil
    page.on("dialog", lambda dialog: dialog.dismiss())
    page.goto(f"{server.url}/articles/{article_id}")
    assert EVIL_TITLE in page.inner_text("h1")
    assert "<script>window.__xss=3</script>" in page.inner_text(".body")
    assert page.locator("main script, main img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    _no_script_ran(page)

    page.goto(f"{server.url}/search?q=xsszebra")
    assert EVIL_TITLE in page.inner_text(".hit a.title")
    assert "<script>" in page.inner_text(".snippet")
    assert page.locator(".snippet mark").inner_text() == "xsszebra"
    _no_script_ran(page)

    page.goto(f"{server.url}/actors/{TRUMP}")
    page.wait_for_selector('canvas[data-chart="forms"][data-rendered="true"]')
    assert EVIL_EPITHET in page.inner_text("table.epithets")
    page.click(f"table.epithets a[data-label*='{EVIL_EPITHET[:10]}']")
    evidence_dates(page)
    assert "<script>window.__xss=3</script>" in page.inner_text("#evidence-list")
    assert EVIL_TITLE in page.inner_text("#evidence-list")
    assert page.locator("#evidence-list script, #evidence-list img").count() == 0
    _no_script_ran(page)

    page.goto(f"{server.url}/events?source={TRUMP}&since=2018-04-27&until=2018-04-27")
    assert "<script>window.__xss=3</script>" in page.inner_text("table.events")
    assert EVIL_EPITHET in page.inner_text("table.events")  # the trigger, as text
    assert page.locator("table.events script, table.events img").count() == 0
    assert page.locator("table.events a[href^='javascript']").count() == 0
    _no_script_ran(page)

    page.goto(f"{server.url}/")
    _no_script_ran(page)
    page.screenshot(path=str(tmp_path / "xss-overview.png"))

    from nkwatch.report import write_report
    from nkwatch.store.connection import connect

    report = tmp_path / "evil-report.html"
    conn = connect(db)
    write_report(conn, TRUMP, report, since="2018-01-01")
    conn.close()
    html = report.read_text(encoding="utf-8")
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;window.__xss=3&lt;/script&gt;" in html
    assert 'href="javascript' not in html  # a bad url shows as text only
    page.goto(report.as_uri())
    assert EVIL_TITLE in page.inner_text("body")
    _no_script_ran(page)
    assert page.errors == []


def test_outreach_markers_and_ledger_page(page, kcna_2017_2018, tmp_path):
    """Attempts on the actor timeline link to the ledger page with its media evidence."""
    from nkwatch.outreach.ledger import add_attempt, add_response
    from nkwatch.store.connection import connect

    db = tmp_path / "ledger.db"
    shutil.copy(kcna_2017_2018, db)
    conn = connect(db)
    attempt = add_attempt(conn, {
        "date": "2017-09-19", "initiator": TRUMP, "target": "north-korea",
        "channel": "public statement (UN General Assembly)", "visibility": "public",
        "summary": "<b>A speech</b> recorded for this test."}, who="test")
    add_response(conn, attempt["id"], {"date": "2017-09-22", "kind": "answered-in-public"},
                 who="test")
    conn.close()
    running = Server(db)
    try:
        page.goto(f"{running.url}/actors/{TRUMP}?since=2017-01-01&until=2017-12-31")
        page.wait_for_selector('canvas[data-chart="mentions"][data-outreach="2"]', timeout=20000)
        link = page.locator("[data-outreach] a").first
        assert "attempt" in link.inner_text()
        link.click()
        page.wait_for_selector("h1")
        assert f"Outreach {attempt['id']}" in page.inner_text("h1")
        body = page.inner_text("main")
        assert "answered-in-public on 2017-09-22" in body
        assert "<b>A speech</b>" in body  # shown as text
        assert "Event study" in body
        page.goto(f"{running.url}/outreach")
        assert "answered-in-public" in page.inner_text("table")
        page.screenshot(path=str(tmp_path / "ledger.png"), full_page=True)
    finally:
        running.stop()
    assert not page.errors
