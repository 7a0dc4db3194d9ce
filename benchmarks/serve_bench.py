"""A bounded load test of `artex serve` on loopback, beside `artex batch` on the same articles.

    python benchmarks/serve_bench.py [--requests 2000] [--clients 8] [--workers 2]
                                     [--rss-every 2000] [--paragraphs] [--compare]
                                     [--results PATH]

The articles are bench.py's generated corpus (benchmarks/data/, git-ignored); with
``--paragraphs`` each request is one paragraph of those articles instead (short bodies: the
cost of a request beside the cost of its extraction). The service is started as
`artex serve --workers N` on a free 127.0.0.1 port; once every worker answers (a warm-up of 2
requests a client), ``--clients`` threads post the articles to /v1/extract, one request at a
time each, until ``--requests`` are done. Reported: requests/s, latency p50/p95/p99, statuses
other than 200, the processor time of the service's processes (so requests per CPU second,
the steadier figure on a shared machine), and their memory: the current RSS of every process
after the warm-up and after every ``--rss-every`` requests, and at the end each process's peak
RSS (the kernel's VmHWM). The run is bounded by the request count and by ``--timeout``
seconds, and the service is stopped (SIGTERM) at the end; its exit status is reported.

With ``--compare``, `artex batch --workers N` runs on the same articles (the same paragraphs
with ``--paragraphs``) before and after the service (so that a change in the machine's load
shows), and the ratios of the service's rates to the batch's are printed: on a shared machine
only ratios measured in one run mean anything.
"""

from __future__ import annotations

import argparse
import json
import os
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


def status_field(pid: int, field: str) -> int | None:
    """A size from /proc/PID/status (VmRSS, VmHWM), in bytes; None once the process is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return None


def role_of(pid: int, root: int) -> str:
    """'main' (uvicorn's supervisor with several workers), 'worker' (a spawned process that
    serves) or 'helper' (multiprocessing's resource tracker)."""
    if pid == root:
        return "main"
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "gone"
    return "helper" if b"resource_tracker" in command else "worker"


def memory_of_tree(pid: int, field: str = "VmRSS") -> dict[str, int]:
    """A size of the service's processes, in MB: each by its role and pid order ('main',
    'worker-1', 'worker-2', 'helper-1'), and all of them added up."""
    sizes: dict[str, int] = {}
    counts: dict[str, int] = {}
    for member in sorted(bench.process_tree(pid)):
        role = role_of(member, pid)
        size = status_field(member, field)
        if size is None or role == "gone":
            continue
        if role != "main":
            counts[role] = counts.get(role, 0) + 1
            role = f"{role}-{counts[role]}"
        sizes[role] = round(size / bench.MB)
    return {**sizes, "all": sum(sizes.values())}


def cpu_of_tree(pid: int) -> float:
    """Processor seconds (user + system) used so far by a process and its descendants."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for member in bench.process_tree(pid):
        try:
            fields = Path(f"/proc/{member}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def load_articles(count: int) -> list[dict]:
    corpus = bench.build_corpus(count)
    return [json.loads(line) for line in corpus.read_text().splitlines()][:count]


def paragraph_corpus(count: int) -> Path:
    """The paragraphs of the first articles of bench.py's corpus, one record each, until there
    are ``count`` (JSON Lines in benchmarks/data/, as `artex batch` reads them)."""
    path = bench.DATA / f"paragraphs-{count}-{bench.SEED}.jsonl"
    if path.exists():
        return path
    records: list[dict] = []
    articles = 0
    while len(records) < count:
        articles = max(count // 4, 2 * articles)
        records = []
        for article in load_articles(articles):
            blocks = [b.strip() for b in bench.PARAGRAPH_BREAK.split(article["text"])]
            records.extend({"id": f"{article['id']}-p{number}", "text": block,
                            "published": article["published"]}
                           for number, block in enumerate(blocks) if block)
    path.write_text("".join(json.dumps(record) + "\n" for record in records[:count]))
    return path


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
                timeout: float, rss_every: int) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    bench.DATA.mkdir(parents=True, exist_ok=True)
    service_log = (bench.DATA / "serve-bench.log").open("w")
    process = subprocess.Popen(
        [str(bench.BIN / "artex"), "serve", "--port", str(port), "--workers", str(workers)],
        stdout=service_log, stderr=subprocess.STDOUT, cwd=bench.REPO)
    try:
        wait_ready(url, process)
        # Every worker must have loaded its model: retry the warm-up's 503s until none is left
        # (a new connection each time, so that the requests reach every worker).
        warm = 0
        warm_deadline = time.monotonic() + 300
        while warm < 2 * clients:
            if time.monotonic() > warm_deadline:
                raise SystemExit(f"a worker never became ready: see {service_log.name}")
            with httpx2.Client(base_url=url, timeout=120) as session:
                status = session.post("/v1/extract", json=articles[warm % len(articles)])
            if status.status_code == 200:
                warm += 1
            else:
                time.sleep(0.1)
        rss = [{"requests": 0, **memory_of_tree(process.pid)}]
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
                        if len(latencies) % rss_every == 0:
                            rss.append({"requests": len(latencies),
                                        **memory_of_tree(process.pid)})

        cpu_started = cpu_of_tree(process.pid)
        started = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        seconds = time.perf_counter() - started
        cpu = cpu_of_tree(process.pid) - cpu_started
        if rss[-1]["requests"] != len(latencies):
            rss.append({"requests": len(latencies), **memory_of_tree(process.pid)})
        peak = memory_of_tree(process.pid, "VmHWM")
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(10)
    done = len(latencies)
    return {
        "workers": workers, "clients": clients, "requests": done, "seconds": round(seconds, 2),
        "requests_per_second": round(done / seconds, 2),
        "cpu_seconds": round(cpu, 2), "requests_per_cpu_second": round(done / cpu, 2),
        "latency_ms": {name: round(1000 * percentile(latencies, share), 1)
                       for name, share in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))},
        "latency_mean_ms": round(1000 * statistics.fmean(latencies), 1),
        "statuses": {str(code): count for code, count in sorted(statuses.items())},
        "errors": sum(count for code, count in statuses.items() if code != 200),
        "rss_mb": rss, "peak_rss_mb": peak,
        "rss_growth_mb": {key: rss[-1][key] - rss[0][key] for key in rss[0]
                          if key != "requests" and key in rss[-1]},
        "exit_code": process.returncode,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rss-every", type=int, default=2000, metavar="N",
                        help="note the service's RSS after every N requests")
    parser.add_argument("--paragraphs", action="store_true",
                        help="one paragraph a request instead of one article")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds, at most")
    parser.add_argument("--compare", action="store_true",
                        help="also run `artex batch` on the same articles, before and after")
    parser.add_argument("--results", type=Path, default=RESULTS)
    options = parser.parse_args()
    if options.paragraphs:
        corpus = paragraph_corpus(options.requests)
        articles = [json.loads(line) for line in corpus.read_text().splitlines()]
    else:
        corpus = bench.build_corpus(options.requests)
        articles = load_articles(options.requests)
    results: dict = {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                     "corpus": str(corpus.relative_to(bench.REPO)), "articles": len(articles),
                     "load_average_start": os.getloadavg()}
    run = f"artex-{options.workers}"
    if options.compare:
        results["batch_before"] = bench.measure(run, corpus)
        print(f"batch before: {results['batch_before']['articles_per_second']} articles/s",
              flush=True)
    results["service"] = run_service(articles, options.requests, options.clients,
                                     options.workers, options.timeout, options.rss_every)
    print(json.dumps(results["service"], indent=2), flush=True)
    if options.compare:
        results["batch_after"] = bench.measure(run, corpus)
        batches = (results["batch_before"], results["batch_after"])
        batch_rate = statistics.fmean(b["articles_per_second"] for b in batches)
        batch_cpu_rate = statistics.fmean(b["articles_per_cpu_second"] for b in batches)
        results["service_over_batch"] = round(
            results["service"]["requests_per_second"] / batch_rate, 3)
        results["service_over_batch_per_cpu_second"] = round(
            results["service"]["requests_per_cpu_second"] / batch_cpu_rate, 3)
        print(f"batch after: {results['batch_after']['articles_per_second']} articles/s; "
              f"service / batch: {results['service_over_batch']} (per CPU second: "
              f"{results['service_over_batch_per_cpu_second']})")
    results["load_average_end"] = os.getloadavg()
    options.results.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
