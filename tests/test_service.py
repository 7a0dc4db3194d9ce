"""The HTTP service through its test client: the CLI's Article, the 4xx in the CLI's words,
413/503/500, the batch stream, metrics, and the reading view's form post."""

from __future__ import annotations

import html
import json
import logging
import threading
import time
from datetime import date
from pathlib import Path

import pytest
import spacy
from fastapi.testclient import TestClient
from spacy.language import Language
from views import Highlights, highlight_spans, spans_of

from artex import api, service
from artex.service import ServiceOptions, create_app
from artex.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLDEN = CORPUS / "japan-us-tech-investments.txt"
REFERENCE = "2024-04-12"
CONTENT_TYPES = {".txt": "text/plain", ".html": "text/html", ".md": "text/markdown",
                 ".json": "application/json"}


def started(app) -> TestClient:
    """A client whose app has started and loaded its model."""
    client = TestClient(app, raise_server_exceptions=False)
    client.__enter__()
    deadline = time.monotonic() + 60
    while client.get("/readyz").status_code != 200:
        assert time.monotonic() < deadline, "the model did not load"
        time.sleep(0.05)
    return client


@pytest.fixture(scope="module")
def client(nlp):
    client = started(create_app(load=lambda settings: nlp))
    yield client
    client.__exit__(None, None, None)


def cli_article(path: Path, nlp: Language, reference_date: str | None = REFERENCE) -> dict:
    settings = Settings(reference_date=reference_date and date.fromisoformat(reference_date))
    article = api.extract_article(str(path), settings, nlp=nlp).model_dump(mode="json")
    article.pop("source")
    return article


def served(response) -> dict:
    assert response.status_code == 200, response.text
    article = response.json()
    article.pop("source")  # the CLI's is the file's path
    return article


# --- the Article of `artex extract` ---------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("name", ["japan-us-tech-investments.txt", "berlin-subway-5g.html",
                                  "us-steel-tariff-exemptions.md", "helix-biotech-funding.json"])
def test_a_raw_body_gives_the_article_the_cli_gives(client, nlp, name):
    path = CORPUS / name
    response = client.post(f"/v1/extract?reference_date={REFERENCE}", content=path.read_bytes(),
                           headers={"content-type": CONTENT_TYPES[path.suffix]})
    assert served(response) == cli_article(path, nlp)


@pytest.mark.model
@pytest.mark.parametrize(("field", "name"), [("text", "japan-us-tech-investments.txt"),
                                             ("html", "berlin-subway-5g.html"),
                                             ("markdown", "us-steel-tariff-exemptions.md")])
def test_a_json_body_gives_the_article_the_cli_gives(client, nlp, field, name):
    path = CORPUS / name
    body = {field: path.read_text(encoding="utf-8"), "reference_date": REFERENCE}
    assert served(client.post("/v1/extract", json=body)) == cli_article(path, nlp)


@pytest.mark.model
def test_json_fields_id_and_source_are_kept_and_the_default_source_is_request(client):
    text = "Sony hired 200 people in Osaka."
    response = client.post("/v1/extract", json={"text": text, "id": "a-1", "source": "wire/a"})
    assert (response.json()["id"], response.json()["source"]) == ("a-1", "wire/a")
    assert client.post("/v1/extract", json={"text": text}).json()["source"] == "request"


# --- bad requests ---------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize(("body", "content_type", "status", "reason"), [
    (b"", "text/plain", 422, "request: empty: no text to extract"),
    (b"  \n ", "text/plain", 422, "request: empty: no text to extract"),
    (b'{"title": "x"}', "application/json", 422, "has no 'text', 'html' or 'markdown' field"),
    (b'{"text": ""}', "application/json", 422, "request: field 'text' is empty"),
    (b'{"text": "a", ', "application/json", 422, "request:1: not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "text/plain", 422, "binary data, not text"),
    (b"caf\xe9", "text/plain", 422, "not UTF-8 text (invalid byte 0xe9 at offset 3)"),
    (b'{"text": "a", "reference_date": "2024-02-30"}', "application/json", 422,
     "field 'reference_date' is not an ISO date (YYYY-MM-DD): '2024-02-30'"),
    (b"Some text.", "image/png", 415, "unsupported content type 'image/png'"),
])
def test_a_bad_request_gets_its_status_and_the_clis_reason(client, body, content_type, status,
                                                           reason):
    response = client.post("/v1/extract", content=body, headers={"content-type": content_type})
    assert response.status_code == status
    assert reason in response.json()["error"]


@pytest.mark.model
def test_a_bad_reference_date_in_the_query_is_refused(client):
    response = client.post("/v1/extract?reference_date=next-week", content=b"Some text.",
                           headers={"content-type": "text/plain"})
    assert response.status_code == 422
    assert response.json() == {"error": "request: field 'reference_date' is not an ISO date "
                                        "(YYYY-MM-DD): 'next-week'"}


@pytest.fixture(scope="module")
def small_limit_client():
    """Limited to 100 bytes, with a blank pipeline: the limit is checked before any model."""
    app = create_app(options=ServiceOptions(max_body_bytes=100),
                     load=lambda settings: spacy.blank("en"))
    client = started(app)
    yield client
    client.__exit__(None, None, None)


@pytest.mark.parametrize("path", ["/v1/extract", "/v1/extract/batch"])
def test_a_body_over_the_limit_is_refused_from_its_content_length(small_limit_client, path):
    response = small_limit_client.post(path, content=b"x" * 101,
                                       headers={"content-type": "text/plain"})
    assert response.status_code == 413
    assert response.json() == {"error": "request: too large (101 bytes; the limit is 100)"}


def page_error(page: str) -> str:
    """The reason the reading view shows (its .error paragraph), unescaped."""
    start = page.index('<p class="error" role="alert">') + len('<p class="error" role="alert">')
    return html.unescape(page[start:page.index("</p>", start)])


def test_the_pages_form_over_the_limit_gets_the_page_with_the_reason(small_limit_client):
    response = small_limit_client.post("/", data={"text": "x" * 200, "format": "auto"})
    assert response.status_code == 413
    assert response.headers["content-type"].startswith("text/html")
    size = int(response.request.headers["content-length"])
    assert page_error(response.text) == f"request: too large ({size} bytes; the limit is 100)"
    assert 'id="extract-form"' in response.text  # the form is there to try again


def test_the_pages_form_over_the_limit_without_a_length_gets_the_page(small_limit_client):
    boundary = "b0undary"
    part = (f'--{boundary}\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
            + "x" * 300 + f"\r\n--{boundary}--\r\n").encode()
    response = small_limit_client.post(
        "/", content=iter([part[:50], part[50:]]),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert response.status_code == 413
    assert page_error(response.text) == "request: too large (over 100 bytes; the limit is 100)"


def test_the_page_tells_its_size_limit(small_limit_client):
    page = small_limit_client.get("/").text
    assert 'data-max-bytes="100"' in page and "up to 100 bytes" in page


def test_a_body_over_the_limit_without_a_length_is_refused_while_read(small_limit_client):
    chunks_sent = []

    def chunks():
        for _ in range(1000):
            chunks_sent.append(1)
            yield b"x" * 60

    response = small_limit_client.post("/v1/extract", content=chunks(),
                                       headers={"content-type": "text/plain"})
    assert response.status_code == 413
    assert response.json()["error"] == "request: too large (over 100 bytes; the limit is 100)"


def test_a_body_within_the_limit_is_read(small_limit_client):
    response = small_limit_client.post("/v1/extract", content=b"Short text.",
                                       headers={"content-type": "text/plain"})
    assert response.status_code == 200


class Gate:
    """A pipeline component that holds every document until the test opens the gate."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.open = threading.Event()

    def __call__(self, doc):
        self.entered.set()
        assert self.open.wait(30)
        return doc


def blank_with_component(name: str, component) -> Language:
    """spacy.blank("en") running ``component`` (registered under a name unique to it)."""
    if name not in Language.factories:
        Language.component(name, func=component)
    nlp = spacy.blank("en")
    nlp.add_pipe(name)
    return nlp


def test_too_many_waiting_requests_get_503_with_retry_after():
    gate = Gate()
    options = ServiceOptions(max_waiting=1, retry_after_seconds=2)
    name = f"gate_{id(gate)}"
    client = started(create_app(options=options,
                                load=lambda settings: blank_with_component(name, gate)))
    try:
        def post():
            return client.post("/v1/extract", content=b"Some text.",
                               headers={"content-type": "text/plain"})

        results = []
        first = threading.Thread(target=lambda: results.append(post()))
        first.start()
        assert gate.entered.wait(10)
        second = threading.Thread(target=lambda: results.append(post()))
        second.start()
        deadline = time.monotonic() + 10
        while client.app.state.model.waiting < 2:
            assert time.monotonic() < deadline
            time.sleep(0.01)
        refused = post()
        gate.open.set()
        first.join()
        second.join()
    finally:
        gate.open.set()
        client.__exit__(None, None, None)
    assert refused.status_code == 503
    assert refused.headers["retry-after"] == "2"
    assert refused.json()["error"].startswith("busy: 2 requests are waiting")
    assert [r.status_code for r in results] == [200, 200]


def test_requests_before_the_model_is_loaded_get_503_and_readyz_says_so():
    loaded = threading.Event()

    def slow_load(settings):
        assert loaded.wait(30)
        return spacy.blank("en")

    with TestClient(create_app(load=slow_load)) as client:
        try:
            assert client.get("/healthz").status_code == 200
            assert client.get("/readyz").status_code == 503
            response = client.post("/v1/extract", content=b"Text.",
                                   headers={"content-type": "text/plain"})
            assert response.status_code == 503
            assert "retry-after" in response.headers
        finally:
            loaded.set()


def failing_component(doc):
    raise ValueError("a bug in a stage")


def test_a_failing_pipeline_is_a_500_with_json_and_the_worker_goes_on(caplog):
    client = started(create_app(
        load=lambda settings: blank_with_component("test_failing", failing_component)))
    try:
        with caplog.at_level(logging.ERROR, logger="artex.service"):
            response = client.post("/v1/extract", json={"text": "Some text."})
        assert response.status_code == 500
        assert response.headers["content-type"] == "application/json"
        assert "test_failing failed: ValueError: a bug in a stage" in response.json()["error"]
        assert "a bug in a stage" in caplog.text
        assert client.get("/healthz").status_code == 200
    finally:
        client.__exit__(None, None, None)


def test_an_unexpected_error_is_a_500_with_json_and_a_logged_traceback(monkeypatch, caplog):
    client = started(create_app(load=lambda settings: spacy.blank("en")))

    def broken(*args):
        raise KeyError("surprise")

    monkeypatch.setattr(service, "extract_one", broken)
    try:
        with caplog.at_level(logging.ERROR, logger="artex.service"):
            response = client.post("/v1/extract", json={"text": "Some text."})
    finally:
        client.__exit__(None, None, None)
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: KeyError: 'surprise'"}
    assert "Traceback" in caplog.text


# --- the batch stream -----------------------------------------------------------------------

@pytest.mark.model
def test_a_batch_streams_one_line_per_input_line_in_order(client):
    texts = ["Toyota will invest $2 billion in Kentucky next year.",
             "Sony's sales rose 5% in March, the company said on Monday."]
    body = "\n".join([json.dumps({"text": texts[0], "id": "a", "reference_date": REFERENCE}),
                      "{broken",
                      "",
                      json.dumps({"text": texts[1], "id": "b", "reference_date": REFERENCE})])
    response = client.post("/v1/extract/batch", content=body.encode(),
                           headers={"content-type": "application/x-ndjson"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert [line.get("id") for line in lines] == ["a", None, "b"]
    assert lines[1]["line"] == 2 and lines[1]["error"].startswith("request:2: not valid JSON")
    for line, text in zip([lines[0], lines[2]], texts, strict=True):
        single = client.post("/v1/extract", json={"text": text, "id": line["id"],
                                                  "reference_date": REFERENCE})
        assert line == single.json()


@pytest.mark.model
def test_an_empty_batch_is_refused(client):
    response = client.post("/v1/extract/batch", content=b"\n\n",
                           headers={"content-type": "application/x-ndjson"})
    assert response.status_code == 422
    assert response.json() == {"error": "request: empty: no records"}


# --- the other endpoints --------------------------------------------------------------------

@pytest.mark.model
def test_schema_health_and_openapi(client):
    assert client.get("/v1/schema").json() == api.json_schema()
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/v1/extract", "/v1/extract/batch", "/v1/schema", "/healthz", "/readyz",
            "/metrics"} <= set(paths)
    assert client.get("/docs").status_code == 200


@pytest.mark.model
def test_metrics_count_requests_errors_latency_and_articles(client):
    def value(text: str, sample: str) -> float:
        found = [line for line in text.splitlines() if line.startswith(sample + " ")]
        return float(found[0].split()[-1]) if found else 0.0

    before = client.get("/metrics").text
    client.post("/v1/extract", json={"text": "Apple paid $3 million."})
    client.post("/v1/extract", json={"text": ""})
    after = client.get("/metrics").text
    ok = 'artex_http_requests_total{method="POST",route="/v1/extract",status="200"}'
    bad = 'artex_http_errors_total{route="/v1/extract",status="422"}'
    latency = 'artex_http_request_duration_seconds_count{route="/v1/extract"}'
    articles = 'artex_articles_total{outcome="extracted"}'
    for sample in (ok, bad, articles):
        assert value(after, sample) == value(before, sample) + 1
    assert value(after, latency) == value(before, latency) + 2


def metric_value(text: str, sample: str) -> float:
    found = [line for line in text.splitlines() if line.startswith(sample + " ")]
    return float(found[0].split()[-1]) if found else 0.0


def test_a_batch_counts_each_line_as_extracted_refused_or_failed():
    """Two articles, a broken line, and a record the pipeline fails on (its text says so)."""
    def fail_on_request(doc):
        if "FAIL" in doc.text:
            raise ValueError("asked to fail")
        return doc

    client = started(create_app(
        load=lambda settings: blank_with_component("test_fail_on_request", fail_on_request)))
    body = "\n".join([json.dumps({"text": "One article."}), "{broken",
                      json.dumps({"text": "Please FAIL here."}),
                      json.dumps({"text": "Another article."})])
    try:
        before = client.get("/metrics").text
        response = client.post("/v1/extract/batch", content=body.encode(),
                               headers={"content-type": "application/x-ndjson"})
        after = client.get("/metrics").text
    finally:
        client.__exit__(None, None, None)
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert ["error" in line for line in lines] == [False, True, True, False]
    counted = {outcome: metric_value(after, f'artex_articles_total{{outcome="{outcome}"}}')
               - metric_value(before, f'artex_articles_total{{outcome="{outcome}"}}')
               for outcome in ("extracted", "refused", "failed")}
    assert counted == {"extracted": 2, "refused": 1, "failed": 1}
    route = 'artex_http_requests_total{method="POST",route="/v1/extract/batch",status="200"}'
    assert metric_value(after, route) == metric_value(before, route) + 1


@pytest.mark.model
def test_unknown_paths_get_json_and_bounded_metric_labels(client):
    response = client.get("/no/such/page")
    assert (response.status_code, response.json()) == (404, {"error": "Not Found"})
    assert "/no/such/page" not in client.get("/metrics").text


# --- the reading view, without a browser (the browser tests are in test_reading_view.py) ----

@pytest.mark.model
def test_the_form_post_page_highlights_exactly_the_articles_spans(client):
    text = GOLDEN.read_text(encoding="utf-8")
    page = client.post("/", data={"text": text, "reference_date": REFERENCE, "format": "auto"})
    assert page.status_code == 200
    parser = Highlights()
    parser.feed(page.text)
    article = client.post("/v1/extract", json={"text": text, "reference_date": REFERENCE}).json()
    assert highlight_spans(parser.found) == spans_of(article)


@pytest.mark.model
def test_the_form_reads_an_uploaded_file_by_its_name(client):
    path = CORPUS / "us-steel-tariff-exemptions.md"
    page = client.post("/", data={"text": "", "format": "auto"},
                       files={"file": (path.name, path.read_bytes(), "text/markdown")})
    assert page.status_code == 200
    assert "Steel" in page.text and 'data-kind="entity"' in page.text


@pytest.mark.model
def test_the_form_shows_an_unreadable_input_as_a_message(client):
    page = client.post("/", data={"text": "   ", "format": "txt"})
    assert page.status_code == 422
    assert "request: empty: no text to extract" in page.text
