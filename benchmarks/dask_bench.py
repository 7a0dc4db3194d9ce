"""`artex batch --cluster` on a Dask scheduler and 2 workers on loopback, beside the process pool
`artex batch --workers 2`, on the same generated articles, in one run.

    flock /work/bench.lock python benchmarks/dask_bench.py [--articles 2000] [--large 10000]

The corpus is benchmarks/bench.py's (seeded, generated into benchmarks/data/). Each run is a
fresh process; the Dask runs get a fresh scheduler and two fresh `dask worker` processes (one
thread each, no nanny: the workers are the processes measured) on 127.0.0.1, free ports:
  pool-2          `artex batch CORPUS --out TMP --workers 2`
  dask-2          `artex batch CORPUS --out TMP --cluster tcp://127.0.0.1:PORT`
  dask-2-large    the same on --large articles (is memory flat in corpus size?)
For each: processing seconds (summary.json; the pipeline's loading is timed apart, on the
workers for Dask), articles/s, the peak RSS (VmHWM, polled from /proc) of the client or main
process and of the largest worker. The Dask runs' articles.jsonl are checked byte-identical to
the pool run's on the same articles.

Prints a table and writes benchmarks/results-dask.json (or --results PATH).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bench import BATCH_SIZE, BIN, MB, build_corpus, peak_rss, run_measured  # noqa: E402
from loopback_dask import LoopbackCluster  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results-dask.json"


class MeasuredCluster(LoopbackCluster):
    """The loopback cluster of the tests, its workers' peak RSS polled."""

    def __init__(self, folder: Path, workers: int = 2):
        super().__init__(folder, workers)
        self.peaks = {worker.pid: 0 for worker in self.workers}
        self._done = threading.Event()
        self._poller = threading.Thread(target=self._poll, daemon=True)
        self._poller.start()

    def _poll(self) -> None:
        while not self._done.is_set():
            for pid in self.peaks:
                rss = peak_rss(pid)
                if rss:
                    self.peaks[pid] = max(self.peaks[pid], rss)
            self._done.wait(0.1)

    def stop(self) -> None:
        self._done.set()
        self._poller.join()
        super().stop()


def figures(run: str, out: Path, wall: float, main_peak: int, worker_peaks: list[int]) -> dict:
    summary = json.loads((out / "summary.json").read_text())
    return {
        "run": run, "articles": summary["articles"], "words": summary["words"],
        "load_seconds": summary["load_seconds"], "seconds": summary["seconds"],
        "wall_seconds": round(wall, 2),
        "articles_per_second": round(summary["articles"] / summary["seconds"], 2),
        "peak_rss_main_mb": round(main_peak / MB),
        "peak_rss_workers_mb": [round(p / MB) for p in worker_peaks],
    }


def pool_run(corpus: Path, out: Path) -> dict:
    command = [str(BIN / "artex"), "batch", str(corpus), "--out", str(out), "--workers", "2",
               "--batch-size", str(BATCH_SIZE)]
    _, wall, peaks = run_measured(command)
    return figures("pool-2", out, wall, peaks["main"], [peaks["worker"]])


def dask_run(run: str, corpus: Path, out: Path, folder: Path, partition_size: int) -> dict:
    cluster = MeasuredCluster(folder)
    try:
        command = [str(BIN / "artex"), "batch", str(corpus), "--out", str(out), "--cluster",
                   cluster.address, "--batch-size", str(BATCH_SIZE), "--partition-size",
                   str(partition_size)]
        _, wall, peaks = run_measured(command)
    finally:
        cluster.stop()
    result = figures(run, out, wall, peaks["main"], sorted(cluster.peaks.values()))
    result["partition_size"] = partition_size
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--large", type=int, default=10000, help="0 skips the large run")
    parser.add_argument("--partition-size", type=int, default=32)
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--sweep", help="only Dask runs on --articles, one per partition size "
                                        "in this comma-separated list (8,32,128)")
    args = parser.parse_args()
    if args.sweep:
        sweep(args)
        return
    results: dict = {"runs": []}
    with tempfile.TemporaryDirectory(prefix="artex-dask-bench-") as scratch:
        scratch = Path(scratch)
        corpus = build_corpus(args.articles)
        for name in ("pool", "dask", "cluster"):
            (scratch / name).mkdir()
        pool = pool_run(corpus, scratch / "pool")
        dask = dask_run("dask-2", corpus, scratch / "dask", scratch / "cluster",
                        args.partition_size)
        dask["identical_to_pool"] = filecmp.cmp(scratch / "pool" / "articles.jsonl",
                                                scratch / "dask" / "articles.jsonl",
                                                shallow=False)
        results["runs"] += [pool, dask]
        results["dask_over_pool"] = round(dask["articles_per_second"]
                                          / pool["articles_per_second"], 3)
        if args.large:
            large = build_corpus(args.large)
            (scratch / "large").mkdir()
            (scratch / "cluster-large").mkdir()
            results["runs"].append(dask_run("dask-2-large", large, scratch / "large",
                                            scratch / "cluster-large", args.partition_size))
    results["note"] = "2-core machine shared with other sessions; figures from one run"
    args.results.write_text(json.dumps(results, indent=2) + "\n")
    print(f"{'run':14} {'articles':>8} {'s':>8} {'art/s':>7} {'main MB':>8}  workers MB")
    for r in results["runs"]:
        print(f"{r['run']:14} {r['articles']:>8} {r['seconds']:>8.1f} "
              f"{r['articles_per_second']:>7.2f} {r['peak_rss_main_mb']:>8}  "
              f"{r['peak_rss_workers_mb']}")
    print(f"dask / pool (articles/s): {results['dask_over_pool']}")


def sweep(args) -> None:
    """Dask runs only, on the same articles, one per partition size."""
    results: dict = {"runs": []}
    corpus = build_corpus(args.articles)
    for size in (int(s) for s in args.sweep.split(",")):
        with tempfile.TemporaryDirectory(prefix="artex-dask-sweep-") as scratch:
            scratch = Path(scratch)
            (scratch / "out").mkdir()
            (scratch / "cluster").mkdir()
            results["runs"].append(dask_run(f"dask-2-p{size}", corpus, scratch / "out",
                                            scratch / "cluster", size))
    results["note"] = "2-core machine shared with other sessions; figures from one run"
    args.results.write_text(json.dumps(results, indent=2) + "\n")
    for r in results["runs"]:
        print(f"partition {r['partition_size']:>4}: {r['articles_per_second']:>6.2f} articles/s,"
              f" workers {r['peak_rss_workers_mb']} MB")


if __name__ == "__main__":
    main()
