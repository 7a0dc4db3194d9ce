"""`artex serve` as a real process on a free loopback port: concurrent clients, and SIGTERM
finishing the requests in flight before the process exits."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx2
import pytest

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTEX = Path(sys.executable).parent / "artex"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def serve_process():
    port = free_port()
    process = subprocess.Popen([str(ARTEX), "serve", "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    try:
        while True:
            assert process.poll() is None, process.stdout.read()
            assert time.monotonic() < deadline, "the service did not become ready"
            try:
                if httpx2.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx2.TransportError:
                pass
            time.sleep(0.2)
        yield process, url
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_eight_concurrent_clients_get_only_200s(serve_process):
    _, url = serve_process
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))][:8]

    def client(text: str) -> list[int]:
        with httpx2.Client(base_url=url, timeout=120) as session:
            return [session.post("/v1/extract", json={"text": text}).status_code
                    for _ in range(2)]

    with ThreadPoolExecutor(8) as pool:
        statuses = [status for result in pool.map(client, texts) for status in result]
    assert statuses == [200] * 16


def test_sigterm_finishes_the_request_in_flight_then_exits(serve_process):
    process, url = serve_process
    # A long article, so that the signal arrives while it is being extracted.
    text = "\n\n".join(path.read_text(encoding="utf-8")
                       for path in sorted(CORPUS.glob("*.txt")))
    result: dict = {}

    def post() -> None:
        result["response"] = httpx2.post(f"{url}/v1/extract", json={"text": text}, timeout=120)

    request = threading.Thread(target=post)
    request.start()
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGTERM)
    request.join(120)
    assert process.wait(60) == 0
    response = result["response"]
    assert response.status_code == 200
    assert len(response.json()["text"]) == len(text)
    output = process.stdout.read()
    assert "Shutting down" in output and "Finished server process" in output
