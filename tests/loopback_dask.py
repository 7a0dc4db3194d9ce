"""A Dask scheduler and workers started as processes on 127.0.0.1 (free ports), each worker one
thread and no nanny, so that the worker processes are the ones a test kills or a benchmark
measures. Used by tests/test_cluster.py and benchmarks/dask_bench.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

DASK = Path(sys.executable).parent / "dask"


class LoopbackCluster:
    def __init__(self, folder: Path, workers: int = 2):
        scheduler_file = folder / "scheduler.json"
        # Dask's statistical profiler keeps the last 1,000 one-second profiles of every worker
        # (about 100 MB of stack trees with spaCy's deep stacks): measured as worker memory
        # growing for the first 17 minutes of a run. artex's workers run with it off.
        environment = {**os.environ, "DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED": "False"}
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "cwd": folder,
                 "env": environment}
        self.scheduler = subprocess.Popen(
            [str(DASK), "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
             "--scheduler-file", str(scheduler_file)], **quiet)
        self.workers: list[subprocess.Popen] = []
        deadline = time.monotonic() + 60
        while not scheduler_file.exists():
            if time.monotonic() > deadline or self.scheduler.poll() is not None:
                self.stop()
                raise RuntimeError("the Dask scheduler did not start")
            time.sleep(0.2)
        time.sleep(0.2)  # the file is written whole by then
        self.address = json.loads(scheduler_file.read_text())["address"]
        self.workers = [subprocess.Popen(
            [str(DASK), "worker", self.address, "--host", "127.0.0.1", "--nthreads", "1",
             "--no-nanny", "--no-dashboard", "--memory-limit", "0",
             "--local-directory", str(folder)], **quiet) for _ in range(workers)]
        from distributed import Client
        with Client(self.address, timeout="30s") as client:
            client.wait_for_workers(workers, timeout=120)

    def stop(self) -> None:
        """The scheduler closes its workers and itself; a process still there is killed."""
        from distributed import Client
        if getattr(self, "address", None):
            try:
                with Client(self.address, timeout="10s") as client:
                    client.shutdown()
            except OSError:
                pass
        for process in [*self.workers, self.scheduler]:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
