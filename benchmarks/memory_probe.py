"""Where a long-running artex worker's memory goes: the records of a generated corpus processed
partition by partition (``core.process`` on 32 records at a time, as a Dask task does), either
in this one process (no Dask) or, with ``--dask N``, on a loopback Dask cluster of N workers
through ``artex.cluster`` (as ``artex batch --cluster`` does).

    python benchmarks/memory_probe.py [--articles 10000] [--partition-size 32] [--every 10]
                                      [--dask N] [--trim]

After every ``--every`` partitions it prints (and writes to ``--out``, JSON Lines) the articles
done and, for this process or each worker: RSS and its high-water mark (VmHWM), glibc's heap
figures (``mallinfo2``: bytes in use, bytes free but kept, in the main arena and the others),
the vocabulary's strings, the Python objects alive, the worker's threads. ``--trim`` also
reports, at the end, the RSS after ``malloc_trim(0)``, which gives free heap pages back: what it
gives back was memory the allocator kept, not memory live objects hold.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import re
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from bench import DATA, MB, build_corpus  # noqa: E402

from artex import core  # noqa: E402
from artex.readers import iter_records  # noqa: E402
from artex.record import Record  # noqa: E402
from artex.settings import Settings  # noqa: E402


def status(field: str) -> int:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.MULTILINE).group(1)) * 1024


def memory_row(nlp=None, trim: bool = False, dask_worker=None) -> dict:
    """This process's memory figures (run in a worker through ``Client.run`` too)."""
    class MallInfo2(ctypes.Structure):  # made here: a worker gets this function pickled
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
            "fordblks", "keepcost")]

    libc = ctypes.CDLL("libc.so.6")
    libc.mallinfo2.restype = MallInfo2
    gc.collect()
    info = libc.mallinfo2()
    row = {"rss_mb": round(status("VmRSS") / MB, 1), "hwm_mb": round(status("VmHWM") / MB, 1),
           "heap_used_mb": round(info.uordblks / MB, 1),
           "heap_free_mb": round(info.fordblks / MB, 1),
           "mmapped_mb": round(info.hblkhd / MB, 1),
           "objects": len(gc.get_objects()), "threads": threading.active_count()}
    if nlp is None and dask_worker is not None:
        from artex.cluster import PLUGIN_NAME
        nlp = getattr(dask_worker.plugins.get(PLUGIN_NAME), "nlp", None)
    if nlp is not None:
        row["strings"] = len(nlp.vocab.strings)
    if trim:
        libc.malloc_trim(0)
        row["rss_trimmed_mb"] = round(status("VmRSS") / MB, 1)
    return row


def in_process(args, records: list[Record], report) -> None:
    from artex.nlp import build_nlp

    settings = Settings()
    nlp = build_nlp(settings)
    size = args.partition_size
    for number, at in enumerate(range(0, len(records), size), 1):
        list(core.process(records[at:at + size], nlp, settings))
        if number % args.every == 0 or at + size >= len(records):
            last = at + size >= len(records)
            report(min(at + size, len(records)), {"self": memory_row(nlp, args.trim and last)})


def on_dask(args, records: list[Record], report) -> None:
    from loopback_dask import LoopbackCluster

    from artex.cluster import cluster_outcomes, connect, register_pipeline

    settings = Settings()
    with tempfile.TemporaryDirectory(prefix="artex-memory-probe-") as folder:
        cluster = LoopbackCluster(Path(folder), args.dask)
        try:
            client = connect(cluster.address)
            register_pipeline(client, settings)
            every = args.every * args.partition_size
            done = 0
            for done, _ in enumerate(cluster_outcomes(client, records, settings,
                                                      args.partition_size), 1):
                if done % every == 0 or done == len(records):
                    rows = client.run(memory_row, None, args.trim and done == len(records))
                    report(done, {str(i): row for i, (_, row) in enumerate(sorted(rows.items()))})
            client.close()
        finally:
            cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--partition-size", type=int, default=32)
    parser.add_argument("--every", type=int, default=10, help="partitions between reports")
    parser.add_argument("--dask", type=int, default=0, help="workers of a loopback cluster")
    parser.add_argument("--trim", action="store_true")
    parser.add_argument("--out", type=Path, default=DATA / "memory-probe.jsonl")
    args = parser.parse_args()
    corpus = build_corpus(args.articles)
    records = [r for r in iter_records(str(corpus), Settings()) if isinstance(r, Record)]
    started = time.perf_counter()
    with args.out.open("w") as out:
        def report(articles: int, processes: dict) -> None:
            row = {"articles": articles, "seconds": round(time.perf_counter() - started, 1),
                   **processes}
            print(json.dumps(row), flush=True)
            out.write(json.dumps(row) + "\n")

        (on_dask if args.dask else in_process)(args, records, report)


if __name__ == "__main__":
    main()
