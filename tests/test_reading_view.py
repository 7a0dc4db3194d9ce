"""The reading view in a real browser: Debian's Chromium (/usr/bin/chromium, installed by
.ci/run) driven by Playwright. The page at / is served by a live uvicorn on a free loopback
port; the static page of `artex render` is opened as a file. These tests never skip: without
Chromium they fail and say how to get it."""

from __future__ import annotations

import json
import socket
import threading
import time
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
import uvicorn
from views import highlight_spans, spans_of

from artex import api
from artex.service import ServiceOptions, create_app
from artex.settings import Settings

pytestmark = [pytest.mark.model, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
# As root Chromium needs --no-sandbox; the rest keep it off the network (none is reachable).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
GOLDEN = Path(__file__).resolve().parent.parent / "corpus" / "japan-us-tech-investments.txt"
REFERENCE = "2024-04-12"
SCREENSHOTS = Path(__file__).resolve().parent.parent / "outputs" / "screenshots"
SMALL_LIMIT = 2000
HIGHLIGHTS_JS = """() => [...document.querySelectorAll('mark.hl')].map(e =>
    [e.dataset.kind, Number(e.dataset.start), Number(e.dataset.end), e.textContent])"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def live_service(nlp, options: ServiceOptions | None = None):
    """The service on 127.0.0.1, in a thread of this process (sharing the test model)."""
    port = free_port()
    app = create_app(options=options, load=lambda settings: nlp)
    live = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=live.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not (live.started and app.state.model.ready):
        assert time.monotonic() < deadline and thread.is_alive(), "the service did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    live.should_exit = True
    thread.join(30)


@pytest.fixture(scope="module")
def server(nlp):
    yield from live_service(nlp)


@pytest.fixture(scope="module")
def small_limit_server(nlp):
    """A service that takes bodies of at most SMALL_LIMIT bytes (the golden article is more)."""
    yield from live_service(nlp, ServiceOptions(max_body_bytes=SMALL_LIMIT))


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), ("Chromium is missing: apt-get install chromium chromium-driver "
                               "(.ci/run installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def golden_article(server) -> dict:
    import httpx2

    response = httpx2.post(f"{server}/v1/extract", timeout=60,
                           json={"text": GOLDEN.read_text(encoding="utf-8"),
                                 "reference_date": REFERENCE})
    assert response.status_code == 200
    return response.json()


def watch_requests(page) -> list[str]:
    """Every URL the page asks for, to show that nothing comes from the network."""
    urls: list[str] = []
    page.on("request", lambda request: urls.append(request.url))
    return urls


def submit_golden_article(page, server: str) -> None:
    page.goto(server + "/")
    page.fill("#text", GOLDEN.read_text(encoding="utf-8"))
    page.fill("#reference_date", REFERENCE)
    page.click("#submit")
    page.wait_for_selector("#article-text mark.hl", timeout=60_000)


def check_tooltip(page, kind: str) -> str:
    """Hover the first highlight of a kind; its tooltip must show, with its data-tip."""
    mark = page.locator(f'#article-text mark.hl[data-kind="{kind}"]').first
    mark.hover()
    tip = mark.get_attribute("data-tip")
    shown = mark.evaluate("e => { const s = getComputedStyle(e, '::after');"
                          " return [s.content, s.display, s.visibility]; }")
    assert shown == [json.dumps(tip, ensure_ascii=False), "block", "visible"]
    return tip


def test_the_page_highlights_the_pasted_golden_article_as_its_json(browser, server,
                                                                   golden_article):
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    urls = watch_requests(page)
    submit_golden_article(page, server)
    assert highlight_spans(page.evaluate(HIGHLIGHTS_JS)) == spans_of(golden_article)
    assert {page.locator(f'#legend [data-kind="{kind}"]').count()
            for kind in ("entity", "money", "quantity", "date")} == {1}
    money = golden_article["money"][0]
    tip = check_tooltip(page, "money")
    assert tip.startswith("750,000,000,000 USD") and money["qualifier"] in tip
    assert check_tooltip(page, "date").startswith("DATE 2023")
    assert "Fumio Kishida · PERSON" in {page.locator('mark.hl[data-kind="entity"]').nth(i)
                                        .get_attribute("data-tip") for i in range(10)}
    rows = page.locator("#entities tbody tr")
    assert rows.count() == len(golden_article["entities"])
    assert page.locator(".list .badge.pro").count() == sum(
        1 for lst in golden_article["lists"] if lst["polarity"] == "pro")
    download = page.get_attribute("#json-download", "href")
    assert json.loads(unquote(download.split(",", 1)[1])) == golden_article
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.evaluate("document.getElementById('text').scrollTop = 0")
    page.locator('#article-text mark.hl[data-kind="money"]').first.hover()
    page.screenshot(path=str(SCREENSHOTS / "reading-view.png"))
    rows.first.click()
    entity = golden_article["entities"][0]
    assert page.locator("mark.hl.focus").count() == entity["count"]
    assert all(url.startswith(server) or url.startswith("data:") for url in urls), urls
    page.close()


def test_the_page_works_with_javascript_off_as_a_form_post(browser, server, golden_article):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    submit_golden_article(page, server)
    assert page.url.rstrip("/") == server  # a real navigation: the form posted to /
    assert highlight_spans(page.evaluate(HIGHLIGHTS_JS)) == spans_of(golden_article)
    check_tooltip(page, "entity")  # the tooltip is CSS: it needs no script
    context.close()


def test_the_page_fits_a_phone_width(browser, server):
    page = browser.new_page(viewport={"width": 375, "height": 740}, is_mobile=True)
    submit_golden_article(page, server)
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    text_box = page.locator("#article-text").bounding_box()
    entities_box = page.locator("#entities").bounding_box()
    assert entities_box["y"] > text_box["y"]  # one column: the tables come after the text
    page.screenshot(path=str(SCREENSHOTS / "reading-view-phone.png"))
    page.close()


def test_an_unreadable_input_shows_its_reason_on_the_page(browser, server):
    page = browser.new_page()
    page.goto(server + "/")
    page.fill("#text", "   ")
    page.click("#submit")
    page.wait_for_selector("#result .error")
    assert page.inner_text("#result .error") == "request: empty: no text to extract"
    page.close()


def test_an_article_over_the_limit_is_refused_on_the_page_before_it_is_sent(
        browser, small_limit_server):
    page = browser.new_page()
    posts = []
    page.on("request", lambda request: posts.append(request) if request.method == "POST"
            else None)
    page.goto(small_limit_server + "/")
    assert "up to 1.95 KiB" in page.inner_text("#extract-form")
    text = GOLDEN.read_text(encoding="utf-8")
    page.fill("#text", text)
    page.click("#submit")
    page.wait_for_selector("#result .error")
    size = len(text.encode("utf-8"))
    assert page.inner_text("#result .error") == (
        f"request: too large ({size:,} bytes; the limit is {SMALL_LIMIT:,})")
    assert posts == []
    page.close()


def test_a_form_the_service_finds_over_the_limit_shows_the_services_reason(
        browser, small_limit_server):
    """Text just under the limit: the form's own fields take the body past it, which only the
    service can tell (its 413 page is swapped in)."""
    page = browser.new_page()
    statuses = []
    page.on("response", lambda response: statuses.append(response.status))
    page.goto(small_limit_server + "/")
    page.fill("#text", "x" * (SMALL_LIMIT - 10))
    page.click("#submit")
    page.wait_for_selector("#result .error")
    assert statuses[-1] == 413
    reason = page.inner_text("#result .error")
    assert reason.startswith("request: too large (") and reason.endswith(
        f" bytes; the limit is {SMALL_LIMIT:,})")
    page.close()


def test_an_article_over_the_limit_without_javascript_gets_the_page_with_the_reason(
        browser, small_limit_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(small_limit_server + "/")
    page.fill("#text", GOLDEN.read_text(encoding="utf-8"))
    with page.expect_navigation() as navigation:
        page.click("#submit")
    assert navigation.value.status == 413
    assert page.inner_text("#result .error").startswith("request: too large (")
    assert page.locator("#extract-form").count() == 1
    context.close()


def test_the_rendered_file_shows_the_same_highlights_offline(browser, nlp, tmp_path,
                                                               golden_article):
    settings = Settings(reference_date=date.fromisoformat(REFERENCE))
    path = tmp_path / "page.html"
    path.write_text(api.render_article(str(GOLDEN), settings, nlp=nlp), encoding="utf-8")
    page = browser.new_page()
    urls = watch_requests(page)
    page.goto(path.as_uri())
    expected = dict(golden_article, source=str(GOLDEN))
    assert highlight_spans(page.evaluate(HIGHLIGHTS_JS)) == spans_of(expected)
    check_tooltip(page, "quantity")
    assert page.locator("form").count() == 0
    download = page.get_attribute("#json-download", "href")
    assert json.loads(unquote(download.split(",", 1)[1])) == expected
    assert all(url.startswith("file:") or url.startswith("data:") for url in urls), urls
    page.close()
