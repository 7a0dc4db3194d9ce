"""A bounded load test of `artex serve` on loopback, beside `artex batch` on the same articles.

    python benchmarks/serve_bench.py [--requests 2000] [--clients 8] [--workers 2]
                                     [--compare] [--results PATH]

The articles are bench.py's generated corpus (benchmarks/data/, git-ignored). The service is
started as `artex serve --workers N` on a free 127.0.0.1 port; once every worker answers (a
warm-up of 2 requests a client), ``--clients`` threads post the articles to /v1/extract, one
request at a time each, until ``--requests`` are done. Reported: requests/s, latency p50/p95/p99,
statuses other than 200, and the RSS of the service's processes (all of them, summed, and the
largest) after the warm-up and at the end. The run is bounded by the request count and by
``--timeout`` seconds, and the service is stopped (SIGTERM) at the end.

With ``--compare``, `artex batch --workers N` runs on the same articles before and after the
service (so that a change in the machine's load shows), and the ratio of the service's rate to
the batch's is printed: on a shared machine only ratios measured in one run mean anything.
"""

from __future__ import annotations

import argparse
import json
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx2

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))
import bench  # noqa: E402  (the corpus and the batch measurement are bench.py's)

RESULTS = BENCH / "results-serve.json"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def rss_of_tree(pid: int) -> tuple[int, int]:
    """(sum, largest) of the current RSS of a process and its descendants, in bytes."""
    sizes = []
    for member in bench.process_tree(pid):
        try:
            status = Path(f"/proc/{member}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                sizes.append(int(line.split()[1]) * 1024)
    return sum(sizes), max(sizes, default=0)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def load_articles(count: int) -> list[dict]:
    corpus = bench.build_corpus(count)
    return [json.loads(line) for line in corpus.read_text().splitlines()][:count]


def wait_ready(url: str, process: subprocess.Popen, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("artex serve exited before it was ready")
        try:
            if httpx2.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx2.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("artex serve was not ready in time")


def run_service(articles: list[dict], requests: int, clients: int, workers: int,
                timeout: float) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [str(bench.BIN / "artex"), "serve", "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=bench.REPO)
    try:
        wait_ready(url, process)
        # Every worker must have loaded its model: retry the warm-up's 503s until none is left.
        with httpx2.Client(base_url=url, timeout=120) as session:
            warm = 0
            while warm < 2 * clients:
                status = session.post("/v1/extract", json=articles[warm % len(articles)])
                if status.status_code == 200:
                    warm += 1
                else:
                    time.sleep(0.1)
        rss_start = rss_of_tree(process.pid)
        latencies: list[float] = []
        statuses: dict[int, int] = {}
        taken = iter(range(requests))
        lock = threading.Lock()
        deadline = time.monotonic() + timeout

        def client() -> None:
            with httpx2.Client(base_url=url, timeout=120) as session:
                while time.monotonic() < deadline:
                    with lock:
                        number = next(taken, None)
                    if number is None:
                        return
                    article = dict(articles[number % len(articles)], id=f"r{number}")
                    sent = time.perf_counter()
                    try:
                        code = session.post("/v1/extract", json=article).status_code
                    except httpx2.TransportError:
                        code = 0
                    took = time.perf_counter() - sent
                    with lock:
                        latencies.append(took)
                        statuses[code] = statuses.get(code, 0) + 1

        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
        rss_end = rss_of_tree(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    done = len(latencies)
    mb = bench.MB
    return {
        "workers": workers, "clients": clients, "requests": done, "seconds": round(seconds, 2),
        "requests_per_second": round(done / seconds, 2),
        "latency_ms": {name: round(1000 * percentile(latencies, share), 1)
                       for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))},
        "latency_mean_ms": round(1000 * statistics.fmean(latencies), 1),
        "statuses": {str(code): count for code, count in sorted(statuses.items())},
        "errors": sum(count for code, count in statuses.items() if code != 200),
        "rss_mb_start": {"all": round(rss_start[0] / mb), "largest": round(rss_start[1] / mb)},
        "rss_mb_end": {"all": round(rss_end[0] / mb), "largest": round(rss_end[1] / mb)},
        "exit_code": process.returncode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds, at most")
    parser.add_argument("--compare", action="store_true",
                        help="also run `artex batch` on the same articles, before and after")
    parser.add_argument("--results", type=Path, default=RESULTS)
    options = parser.parse_args()
    articles = load_articles(options.requests)
    corpus = bench.build_corpus(options.requests)
    results: dict = {"articles": len(articles)}
    run = f"artex-{options.workers}"
    if options.compare:
        results["batch_before"] = bench.measure(run, corpus)
        print(f"batch before: {results['batch_before']['articles_per_second']} articles/s",
              flush=True)
    results["service"] = run_service(articles, options.requests, options.clients,
                                     options.workers, options.timeout)
    print(json.dumps(results["service"], indent=2), flush=True)
    if options.compare:
        results["batch_after"] = bench.measure(run, corpus)
        batch_rate = statistics.fmean([results["batch_before"]["articles_per_second"],
                                       results["batch_after"]["articles_per_second"]])
        results["service_over_batch"] = round(
            results["service"]["requests_per_second"] / batch_rate, 3)
        print(f"batch after: {results['batch_after']['articles_per_second']} articles/s; "
              f"service / batch: {results['service_over_batch']}")
    options.results.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
