"""The Dask engine of ``artex batch --cluster tcp://HOST:PORT``.

It decides only where records run; what runs is the same core as the local engine
(``core.process`` on a partition of records) and what is written is the same (the batch runner's
sinks, in input order), so the same records give the same ``articles.jsonl``, ``errors.jsonl``
and counts as the one-machine run.

- Each Dask worker builds the pipeline once: ``PipelinePlugin`` is registered with the cluster
  (it is also set up on workers that join later, a replacement for a dead one among them) and
  every task uses the worker's pipeline.
- The client reads the inputs (streaming), cuts the records into partitions of
  ``partition_size`` and submits one task per partition, keeping at most ``in_flight``
  partitions between the oldest one not yet written and the newest submitted: memory stays flat
  in corpus size, and a slow partition holds up at most that many finished ones.
- Faults: a worker that dies (even SIGKILL) loses nothing: the scheduler runs its partitions
  again on another worker, and a task that raised (not an article's failure, which is an error
  line as in a local run) is tried again ``retries`` times. Tasks are pure functions of their
  partition, so a recomputed partition gives the same outcomes. The client writes only the
  partitions that completed, in partition order, through the runner's checkpoints.
- ``--parquet``: each worker writes its partition's part file itself (``artex.parquet``), named
  by the partition's place and its articles' ids, so that a recomputed partition replaces its
  file. The location must be one every worker reaches (a shared folder, an object store).
- ``--db postgresql+psycopg://…``: each worker upserts its partition's articles in one
  transaction (an article replaced by id, so a recomputed partition adds no rows). SQLite is
  written by the client only.
- Memory: a partition runs in one spaCy memory zone (``core.process``), so the strings and
  lexemes of its documents are freed at its end and what Python and spaCy hold stays flat. What
  grew with the run was memory glibc's allocator had been given back but kept: a worker
  allocates in two threads (its task thread runs the pipeline, its event loop unpickles the
  records and pickles the results), the freed memory is scattered between live blocks of both
  threads' heaps, and glibc returns only the free top of a heap to the system. So each
  partition ends with ``malloc_trim(0)`` (``release_free_memory``), which returns every whole
  free page; Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_`` for the same reason, but a worker
  started without one, as ours are, has no such setting.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from artex import core
from artex.batch import BatchUsageError
from artex.record import InputError, Record
from artex.settings import DEFAULT_MODELS_DIR, Settings
from artex.sinks import Failure

PLUGIN_NAME = "artex-pipeline"
# Records per partition (one Dask task). Measured on 2 workers (benchmarks/README.md): fewer
# than about 16 records a task spend a noticeable share on scheduling; many more make the last
# partitions of a run leave one worker idle and lose more work when a worker dies.
PARTITION_SIZE = 32
RETRIES = 2
# How long the client waits for the scheduler to answer.
CONNECT_TIMEOUT = "20s"
# Pipelines this process built as a worker (the plugin's setup), for tests and logs.
pipelines_built = 0


class ClusterError(BatchUsageError):
    """The cluster cannot be used: no scheduler at the address, no workers, a task that kept
    failing."""


def worker_settings(settings: Settings) -> Settings:
    """The settings a worker runs with: one process (the worker is the unit of parallelism) and,
    unless the caller chose a models folder of its own, the worker's own installed models."""
    if settings.models_dir == DEFAULT_MODELS_DIR:
        settings = replace(settings, models_dir=None)
    return replace(settings, workers=1)


def _resolved(settings: Settings) -> Settings:
    return settings if settings.models_dir is not None else replace(
        settings, models_dir=DEFAULT_MODELS_DIR)


try:
    from distributed import WorkerPlugin as _WorkerPlugin
except ImportError:  # pragma: no cover - distributed is a dependency
    _WorkerPlugin = object


class PipelinePlugin(_WorkerPlugin):
    """Builds the artex pipeline once per worker, when the worker starts (or when the plugin is
    registered with a running worker)."""

    name = PLUGIN_NAME

    def __init__(self, settings: Settings):
        self.settings = settings
        self.nlp = None
        self.lock = None

    async def setup(self, worker) -> None:
        """Build the pipeline in a thread, so that the worker goes on answering the scheduler
        meanwhile (a few seconds)."""
        import asyncio

        from artex.nlp import build_nlp

        # One task at a time uses the pipeline (its memory zones are not for two threads).
        self.lock = threading.Lock()
        self.nlp = await asyncio.get_running_loop().run_in_executor(
            None, build_nlp, _resolved(self.settings))
        global pipelines_built
        pipelines_built += 1

    def teardown(self, worker) -> None:
        self.nlp = None

    def __getstate__(self) -> dict:
        return {"settings": self.settings, "nlp": None, "lock": None}


def worker_plugin() -> PipelinePlugin:
    """The plugin set up on this worker, with its pipeline."""
    from distributed import get_worker

    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if plugin is None or plugin.nlp is None:
        raise RuntimeError("the artex pipeline plugin is not set up on this worker")
    return plugin


@dataclass(frozen=True)
class ParquetTarget:
    """Where the workers write the Parquet parts: the dataset's root (absolute path or URL) and
    the sequence number of the run's first partition."""

    root: str
    first_sequence: int


def _malloc_trim():
    """glibc's ``malloc_trim``, or None where the C library has none (macOS, musl)."""
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return None


_MALLOC_TRIM = _malloc_trim()


def release_free_memory() -> bool:
    """Give the memory the allocator holds free back to the system (every arena, whole pages);
    False where the C library cannot."""
    if _MALLOC_TRIM is None:
        return False
    _MALLOC_TRIM(0)
    return True


def run_partition(records: list[Record], settings: Settings,
                  parquet: ParquetTarget | None = None, sequence: int = 0,
                  database: str | None = None) -> list:
    """One partition on a worker: its records' outcomes (an Article or a Failure each, in
    order); with ``parquet``, its articles written as one part file first (an article whose row
    cannot be made becomes a Failure, so that it is in neither output); with ``database`` (a
    PostgreSQL URL), its articles upserted in one transaction. The client writes the outcomes
    to articles.jsonl, the ledger, only after this returned."""
    settings = _resolved(settings)
    plugin = worker_plugin()
    with plugin.lock:
        outcomes = list(core.process(records, plugin.nlp, settings))
        # The partition's documents are gone with its memory zone: return their pages.
        release_free_memory()
    if parquet is not None:
        from artex.parquet import article_row, dataset_location, write_part

        rows = []
        for index, outcome in enumerate(outcomes):
            if isinstance(outcome, Failure):
                continue
            try:
                rows.append(article_row(outcome))
            except Exception as error:
                outcomes[index] = core.record_failure(
                    records[index], f"could not be written to Parquet: {core.describe(error)}")
        fs, root = dataset_location(parquet.root)
        write_part(fs, root, parquet.first_sequence + sequence, rows)
    if database is not None:
        from artex.sinks import SqlSink

        sink = SqlSink(database)
        sink.open()
        for outcome in outcomes:
            if not isinstance(outcome, Failure):
                sink.write(outcome)
        sink.close()
    return outcomes


@dataclass
class _Partition:
    items: list[Any]  # the items in input order; only the Records go to the cluster
    future: Any = None


def connect(address: str):
    """A Dask client of the scheduler at ``address`` (ClusterError if none answers)."""
    from distributed import Client

    try:
        return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"--cluster {address}: no Dask scheduler answers ({error})") from None


def cluster_outcomes(client, items: Iterable[Record | InputError | Any], settings: Settings,
                     partition_size: int = PARTITION_SIZE, in_flight: int | None = None,
                     parquet: ParquetTarget | None = None, database: str | None = None,
                     retries: int = RETRIES) -> Iterator[Any]:
    """One outcome per item, in input order, the records processed on the cluster: the same
    stream as ``core.process`` gives in this process. The plugin must be registered
    (``register_pipeline``)."""
    if in_flight is None:
        in_flight = max(2, 2 * sum(client.nthreads().values()))
    remote = worker_settings(settings)
    run = uuid.uuid4().hex[:12]
    window: deque[_Partition] = deque()
    sequence = 0

    def submit(partition: _Partition) -> None:
        nonlocal sequence
        records = [item for item in partition.items if isinstance(item, Record)]
        if records:
            partition.future = client.submit(
                run_partition, records, remote, parquet, sequence, database,
                key=f"artex-partition-{run}-{sequence}", retries=retries, pure=False)
            sequence += 1
        window.append(partition)

    def oldest() -> Iterator[Any]:
        partition = window.popleft()
        outcomes = iter(())
        if partition.future is not None:
            try:
                outcomes = iter(partition.future.result())
            except Exception as error:
                raise ClusterError(f"a partition failed on the cluster after {retries} "
                                   f"retries: {core.describe(error)}") from error
            finally:
                partition.future.release()
        for item in partition.items:
            if isinstance(item, Record):
                yield next(outcomes)
            elif isinstance(item, InputError):
                yield core.failure_of(item)
            else:
                yield item

    try:
        current = _Partition([])
        records_in_current = 0
        for item in items:
            current.items.append(item)
            if isinstance(item, Record):
                records_in_current += 1
            if records_in_current >= partition_size:
                submit(current)
                current, records_in_current = _Partition([]), 0
                while len(window) >= in_flight:
                    yield from oldest()
        if current.items:
            submit(current)
        while window:
            yield from oldest()
    finally:
        for partition in window:
            if partition.future is not None:
                partition.future.cancel()


def register_pipeline(client, settings: Settings) -> None:
    """Register the plugin that builds the pipeline once on each worker (and on each worker that
    joins later); returns when every current worker has built it."""
    if not client.nthreads():
        try:
            client.wait_for_workers(1, timeout=60)
        except TimeoutError:
            raise ClusterError("the Dask cluster has no workers") from None
    client.register_plugin(PipelinePlugin(worker_settings(settings)), name=PLUGIN_NAME)
