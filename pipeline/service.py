"""The HTTP service (`artex serve`): the Article of `artex extract` over HTTP, and the reading view.

- Each worker process loads the model once, on a thread of its own (the model thread) that
  then runs every extraction of that process, one at a time: spaCy gains nothing from threads
  here, and one thread keeps memory flat. ``/healthz`` answers as soon as the process is up,
  ``/readyz`` once the model is loaded; until then an extraction gets 503 with Retry-After.
- Extractions go through ``artex.core``, as every other caller's do: ``core.extract`` for
  ``/v1/extract``, ``core.process`` for the stream of ``/v1/extract/batch``.
- A request waits for the model thread only while fewer than ``max_waiting`` others do; past
  that it gets 503 with Retry-After at once. A body over ``max_body_bytes`` gets 413: a
  Content-Length over the limit before anything is read, a body without one as soon as the
  bytes read pass it.
- Every error is JSON ``{"error": "..."}`` in the words of the CLI's one-line errors; an
  unexpected one is a 500 with its traceback logged, and the worker goes on.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import queue
import signal
import tempfile
import threading
import time
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any

import anyio
import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
)
from prometheus_client import multiprocess as prometheus_multiprocess
from spacy.language import Language
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from artex import core
from artex.api import json_schema
from artex.nlp import build_nlp
from artex.readers import (
    format_of,
    parse_iso_date,
    record_from_bytes,
    records_from_lines,
)
from artex.record import Failure, InputError, Record
from artex.schema import Article, ErrorBody, ExtractRequest
from artex.settings import Settings
from artex.view import render_page

log = logging.getLogger("artex.service")

# The name errors give the input: a request has no file name.
REQUEST = "request"
# Request content types and the reader each one goes to.
CONTENT_FORMATS = {
    "application/json": "json",
    "text/plain": "txt",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/markdown": "md",
    "text/x-markdown": "md",
}
JSON_LINES_TYPES = ("application/x-ndjson", "application/jsonl", "application/json-lines",
                    "application/x-jsonlines")
FORM_FORMATS = {"auto": None, "txt": "txt", "html": "html", "md": "md"}
BATCH_QUEUE_LINES = 32
QUEUE_POLL_SECONDS = 0.2
MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"


@dataclass(frozen=True)
class ServiceOptions:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    # Bodies larger than this are refused (413); the default is the CLI's --max-bytes default.
    max_body_bytes: int = Settings().max_input_bytes
    # Requests allowed to wait for a worker's model while it runs another; past that, 503.
    max_waiting: int = 32
    retry_after_seconds: int = 1
    # How long SIGTERM waits for the requests in flight before closing their connections.
    graceful_seconds: int = 30


# --- errors -------------------------------------------------------------------------------------

class ServiceError(Exception):
    """A request the service refuses: an HTTP status and a one-line reason."""

    def __init__(self, status: int, message: str, retry_after: int | None = None):
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def error_response(status: int, message: str, retry_after: int | None = None) -> JSONResponse:
    headers = {"Retry-After": str(retry_after)} if retry_after is not None else None
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def too_large(limit: int, size: int | None = None) -> str:
    told = f"{size:,} bytes" if size is not None else f"over {limit:,} bytes"
    return f"{REQUEST}: too large ({told}; the limit is {limit:,})"


class BodyLimit:
    """ASGI middleware: 413 for a body over ``limit`` bytes, decided from Content-Length before
    the body is read, or while it is read when the length is not given. ``refusal`` makes the
    response for a path (JSON for the API, the reading view for the page's form)."""

    def __init__(self, app: ASGIApp, limit: int,
                 refusal: Callable[[str, str], Response] | None = None):
        self.app = app
        self.limit = limit
        self.refusal = refusal or (lambda path, message: error_response(413, message))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            refusal = self.refusal(scope["path"], too_large(self.limit, int(declared)))
            await refusal(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise ServiceError(413, too_large(self.limit))
            return message

        await self.app(scope, limited_receive, send)


# --- metrics ------------------------------------------------------------------------------------

class Metrics:
    """Prometheus metrics of one app: requests, errors, latency, articles. With several worker
    processes (``PROMETHEUS_MULTIPROC_DIR`` set), /metrics adds up the processes' values."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter("artex_http_requests", "HTTP requests answered.",
                                ["route", "method", "status"], registry=self.registry)
        self.errors = Counter("artex_http_errors", "HTTP requests answered with a 4xx or 5xx.",
                              ["route", "status"], registry=self.registry)
        self.latency = Histogram("artex_http_request_duration_seconds",
                                 "Time from request to the end of the response.",
                                 ["route"], registry=self.registry,
                                 buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30))
        self.articles = Counter("artex_articles", "Articles extracted, and articles refused.",
                                ["outcome"], registry=self.registry)

    def exposition(self) -> bytes:
        if os.environ.get(MULTIPROCESS_ENV):
            registry = CollectorRegistry()
            prometheus_multiprocess.MultiProcessCollector(registry)
            return generate_latest(registry)
        return generate_latest(self.registry)


class RecordMetrics:
    """ASGI middleware: counts every response by route template (never the raw path, so that
    the metrics stay bounded whatever paths clients try) and times it to its last byte."""

    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def send_and_note(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_and_note)
        finally:
            route = getattr(scope.get("route"), "path", "unmatched")
            self.metrics.requests.labels(route, scope["method"], str(status)).inc()
            if status >= 400:
                self.metrics.errors.labels(route, str(status)).inc()
            self.metrics.latency.labels(route).observe(time.perf_counter() - started)


# --- the model, on its own thread ---------------------------------------------------------------

class Model:
    """The pipeline of this worker process and the one thread that loads and runs it."""

    def __init__(self, settings: Settings, options: ServiceOptions,
                 load: Callable[[Settings], Language]):
        self.settings = replace(settings, workers=1)
        self.options = options
        self.load = load
        self.nlp: Language | None = None
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="artex-model")
        self.waiting = 0

    def start_loading(self) -> None:
        self.executor.submit(self._load)

    def _load(self) -> None:
        try:
            started = time.perf_counter()
            self.nlp = self.load(self.settings)
            log.info("model loaded in %.1f s", time.perf_counter() - started)
        except Exception:
            log.exception("the model could not be loaded")

    def stop(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    @property
    def ready(self) -> bool:
        return self.nlp is not None

    def check_can_take(self) -> None:
        if not self.ready:
            raise ServiceError(503, "the model is still loading; retry shortly",
                               self.options.retry_after_seconds)
        if self.waiting > self.options.max_waiting:
            raise ServiceError(503, f"busy: {self.waiting} requests are waiting; retry shortly",
                               self.options.retry_after_seconds)

    async def run(self, work: Callable[[Language, Settings], Any]) -> Any:
        """``work(nlp, settings)`` on the model thread, or 503 when too many requests wait."""
        self.check_can_take()
        self.waiting += 1
        try:
            return await asyncio.wrap_future(self.executor.submit(work, self.nlp, self.settings))
        finally:
            self.waiting -= 1


# --- reading requests ---------------------------------------------------------------------------

def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def with_request_options(record: Record, reference_date: str | None, article_id: str | None,
                         ) -> Record:
    """A raw body's options from the query string, checked as the JSON fields are."""
    if reference_date:
        record = replace(record, reference_date=parse_iso_date(reference_date, "reference_date",
                                                               REQUEST, None))
    if article_id:
        record = replace(record, id=article_id)
    return record


def record_from_request(body: bytes, content_type: str, query: dict[str, str]) -> Record:
    """The Record a POST /v1/extract body holds (raises InputError or ServiceError)."""
    fmt = CONTENT_FORMATS.get(content_type or "text/plain")
    if fmt is None:
        raise ServiceError(415, f"{REQUEST}: unsupported content type {content_type!r} (use "
                                f"{', '.join(CONTENT_FORMATS)})")
    record = record_from_bytes(body, REQUEST, fmt)
    return with_request_options(record, query.get("reference_date"), query.get("id"))


def extract_one(record: Record, nlp: Language, settings: Settings) -> Article:
    """One record's Article; a record the pipeline produced none for is a 500 (the input was
    read: the fault is ours), with the reason the batch runner would have recorded."""
    try:
        return core.extract(record, nlp, settings)
    except core.ArticleError as error:
        log.error("no article for %s: %s", error.failure.id, error.failure.reason)
        raise ServiceError(500, error.failure.reason) from None


def batch_items(body: bytes, settings: Settings) -> Iterator[Record | InputError]:
    try:
        yield from records_from_lines(io.BytesIO(body), REQUEST, settings)
    except InputError as error:
        yield error


def outcome_line(outcome: Article | Failure, metrics: Metrics, unreadable: bool = False,
                 ) -> bytes:
    """A batch's line out, counted in the metrics as the single requests' outcomes are: an
    Article is ``extracted``, an input line that could not be read ``refused``, a record
    the pipeline produced no Article for ``failed``."""
    if isinstance(outcome, Failure):
        metrics.articles.labels("refused" if unreadable else "failed").inc()
        return ErrorBody(error=f"{outcome.input}: {outcome.reason}" if outcome.line is None
                         else f"{outcome.input}:{outcome.line}: {outcome.reason}",
                         line=outcome.line).model_dump_json().encode() + b"\n"
    metrics.articles.labels("extracted").inc()
    return outcome.model_dump_json().encode() + b"\n"


# --- the app ------------------------------------------------------------------------------------

RAW_BODY_TYPES = {
    "text/plain": {"schema": {"type": "string"}},
    "text/html": {"schema": {"type": "string"}},
    "text/markdown": {"schema": {"type": "string"}},
}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description} for status, description in (
        (413, "The body is over the size limit."),
        (415, "The content type is not one the service reads."),
        (422, "The input cannot be read as an article (the reason is given)."),
        (503, "The model is loading, or too many requests wait (see Retry-After)."),
    )
}


def create_app(settings: Settings | None = None, options: ServiceOptions | None = None,
               load: Callable[[Settings], Language] = build_nlp) -> FastAPI:
    """The service's ASGI app; the model is loaded when the app starts (its lifespan)."""
    settings = settings or Settings()
    options = options or ServiceOptions()
    model = Model(settings, options, load)
    metrics = Metrics()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        model.start_loading()
        yield
        model.stop()

    app = FastAPI(title="artex", version=Article.model_fields["schema_version"].default,
                  summary="News articles to structured, verifiable JSON.", lifespan=lifespan)
    app.state.model = model

    def page_with_error(error: str, status: int, fields: dict[str, str] | None = None,
                        ) -> HTMLResponse:
        return HTMLResponse(render_page(interactive=True, error=error, form=fields,
                                        max_bytes=options.max_body_bytes), status_code=status)

    def body_refusal(path: str, message: str) -> Response:
        """The page's form gets the reading view with the reason, the API its JSON."""
        return page_with_error(message, 413) if path == "/" else error_response(413, message)

    app.add_middleware(BodyLimit, limit=options.max_body_bytes, refusal=body_refusal)
    app.add_middleware(RecordMetrics, metrics=metrics)

    @app.exception_handler(ServiceError)
    async def refused(_: Request, error: ServiceError) -> JSONResponse:
        return error_response(error.status, str(error), error.retry_after)

    @app.exception_handler(InputError)
    async def unreadable(_: Request, error: InputError) -> JSONResponse:
        metrics.articles.labels("refused").inc()
        return error_response(422, str(error))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first.get("loc", ()))
        return error_response(422, f"{REQUEST}: {where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(HTTPException)
    async def http_error(_: Request, error: HTTPException) -> JSONResponse:
        return JSONResponse({"error": str(error.detail)}, status_code=error.status_code,
                            headers=error.headers)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(500, f"internal error: {type(error).__name__}: "
                                   f"{' '.join(str(error).split())}"[:500])

    @app.get("/healthz", summary="The process is up.")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz", summary="The model is loaded (503 until it is).",
             responses={503: ERROR_RESPONSES[503]})
    def readyz() -> JSONResponse:
        if not model.ready:
            return error_response(503, "the model is still loading",
                                  options.retry_after_seconds)
        return JSONResponse({"status": "ready"})

    @app.get("/metrics", summary="Prometheus metrics.", response_class=Response)
    def prometheus_metrics() -> Response:
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    @app.get("/v1/schema", summary="The JSON Schema of an Article.")
    def schema() -> dict:
        return json_schema()

    @app.post(
        "/v1/extract", response_model=Article, responses=ERROR_RESPONSES,
        summary="Extract one article: JSON, or a raw text, HTML or Markdown body.",
        description="A JSON body is an object with one of `text`, `html` or `markdown` and "
                    "optional `id`, `title`, `source`, `published`, `reference_date`. A raw "
                    "body is read by its content type; `reference_date` and `id` then come "
                    "from the query string. The Article is the one `artex extract` gives.",
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/json": {"schema": ExtractRequest.model_json_schema()},
            **RAW_BODY_TYPES}}})
    async def extract(request: Request) -> Response:
        model.check_can_take()
        record = record_from_request(await request.body(), media_type(request),
                                     dict(request.query_params))
        article = await model.run(
            lambda nlp, run_settings: extract_one(record, nlp, run_settings))
        metrics.articles.labels("extracted").inc()
        return Response(article.model_dump_json(), media_type="application/json")

    @app.post(
        "/v1/extract/batch", responses=ERROR_RESPONSES,
        summary="Extract many articles: JSON Lines in, JSON Lines out (streamed, in order).",
        description="One JSON object a line, as for /v1/extract. Each line out is an Article, "
                    "or `{\"error\": ..., \"line\": N}` for a line that could not be read.",
        response_class=StreamingResponse,
        openapi_extra={"requestBody": {"required": True, "content": {
            "application/x-ndjson": {"schema": {"type": "string"}}}},
            "responses": {"200": {"content": {"application/x-ndjson": {
                "schema": {"type": "string"}}}}}})
    async def extract_batch(request: Request) -> StreamingResponse:
        model.check_can_take()
        content_type = media_type(request)
        if content_type and content_type not in JSON_LINES_TYPES:
            raise ServiceError(415, f"{REQUEST}: unsupported content type {content_type!r} "
                                    f"(use {', '.join(JSON_LINES_TYPES)})")
        items = batch_items(await request.body(), settings)
        first = next(items)
        if isinstance(first, InputError) and first.line is None:
            raise first
        return StreamingResponse(stream_outcomes(first, items),
                                 media_type="application/x-ndjson")

    async def stream_outcomes(first: Record | InputError,
                              rest: Iterator[Record | InputError]) -> AsyncIterator[bytes]:
        """The batch's lines, produced on the model thread and handed over through a bounded
        queue; a client that goes away stops the production (both sides poll ``stopped``, so
        neither can block for good on the other)."""
        lines: queue.Queue[bytes | None] = queue.Queue(maxsize=BATCH_QUEUE_LINES)
        stopped = threading.Event()

        def give(line: bytes | None) -> bool:
            while not stopped.is_set():
                try:
                    lines.put(line, timeout=QUEUE_POLL_SECONDS)
                    return True
                except queue.Full:
                    continue
            return False

        def take() -> bytes | None:
            while not stopped.is_set():
                try:
                    return lines.get(timeout=QUEUE_POLL_SECONDS)
                except queue.Empty:
                    continue
            return None

        # Whether each item taken so far was a line that could not be read, in input order:
        # core.process gives one outcome per item, in the same order.
        unreadable: deque[bool] = deque()

        def noted(items: Iterator[Record | InputError]) -> Iterator[Record | InputError]:
            for item in items:
                unreadable.append(isinstance(item, InputError))
                yield item

        def produce(nlp: Language, run_settings: Settings) -> None:
            try:
                for outcome in core.process(noted(chain_first(first, rest)), nlp,
                                            run_settings):
                    if not give(outcome_line(outcome, metrics, unreadable.popleft())):
                        return
            finally:
                give(None)

        production = asyncio.ensure_future(model.run(produce))
        production.add_done_callback(log_failure)
        try:
            while (line := await anyio.to_thread.run_sync(take, abandon_on_cancel=True)):
                yield line
        finally:
            stopped.set()

    @app.get("/", response_class=HTMLResponse, summary="The reading view.",
             include_in_schema=False)
    def page() -> HTMLResponse:
        return HTMLResponse(render_page(interactive=True, max_bytes=options.max_body_bytes))

    @app.post("/", response_class=HTMLResponse, include_in_schema=False)
    async def page_result(request: Request) -> HTMLResponse:
        fields: dict[str, str] = {}
        try:
            # A body sent without its length can pass the limit while it is read (413).
            form = await request.form(max_part_size=options.max_body_bytes)
            fields = {name: value for name, value in form.items() if isinstance(value, str)}
            record = await form_record(form)
            record = with_request_options(record, fields.get("reference_date"), None)
            article = await model.run(
                lambda nlp, run_settings: extract_one(record, nlp, run_settings))
        except (InputError, ServiceError) as error:
            status = error.status if isinstance(error, ServiceError) else 422
            return page_with_error(str(error), status, fields)
        metrics.articles.labels("extracted").inc()
        return HTMLResponse(render_page(article, interactive=True, form=fields,
                                        max_bytes=options.max_body_bytes))

    async def form_record(form) -> Record:
        """The article of the page's form: the uploaded file if one was chosen, else the
        pasted text; the format as chosen, else from the file name, else plain text."""
        upload = form.get("file")
        chosen = FORM_FORMATS.get(str(form.get("format") or "auto"))
        if isinstance(upload, UploadFile) and upload.filename:
            data = await upload.read()
            return record_from_bytes(data, upload.filename,
                                     chosen or form_format_of(upload.filename))
        text = str(form.get("text") or "")
        return record_from_bytes(text.encode("utf-8"), REQUEST, chosen or "txt")

    return app


def form_format_of(filename: str) -> str:
    """A file's format by its name; the page reads one article, so JSON Lines is not offered."""
    fmt = format_of(filename, None)
    return fmt if fmt in FORM_FORMATS.values() else "txt"


def log_failure(task: asyncio.Future) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("a batch stopped on an unexpected error", exc_info=task.exception())


def chain_first(first: Record | InputError,
                rest: Iterator[Record | InputError]) -> Iterator[Record | InputError]:
    yield first
    yield from rest


# --- running it ---------------------------------------------------------------------------------

def app_from_environment() -> FastAPI:
    """The app of one uvicorn worker process, its options passed down by ``serve``."""
    options = ServiceOptions(
        max_body_bytes=int(os.environ["ARTEX_MAX_BODY_BYTES"]),
        max_waiting=int(os.environ["ARTEX_MAX_WAITING"]))
    return create_app(Settings(), options)


def serve(options: ServiceOptions) -> None:
    """Run the service until SIGTERM or Ctrl-C, which finish the requests in flight first."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    os.environ["ARTEX_MAX_BODY_BYTES"] = str(options.max_body_bytes)
    os.environ["ARTEX_MAX_WAITING"] = str(options.max_waiting)
    with tempfile.TemporaryDirectory(prefix="artex-metrics-") as metrics_dir:
        if options.workers > 1:
            # Each worker process writes its metrics here; /metrics adds them up.
            os.environ[MULTIPROCESS_ENV] = metrics_dir
        # uvicorn finishes the requests in flight on SIGTERM, then raises the signal again
        # for the handler it found: a handler of ours (not the default, which kills) lets
        # the process end normally, with status 0, once the shutdown is done.
        signal.signal(signal.SIGTERM, lambda number, frame: None)
        uvicorn.run("artex.service:app_from_environment", factory=True, host=options.host,
                    port=options.port, workers=options.workers,
                    timeout_graceful_shutdown=options.graceful_seconds, log_level="info")
