"""artex batch --cluster: a real `dask scheduler` and `dask worker` processes on 127.0.0.1 (free
ports, stopped after each test) run the same batch as one machine, and give the same output:
articles.jsonl byte for byte, errors.jsonl, the counts of summary.json, the Parquet rows; a
worker killed with SIGKILL in the middle of a run loses nothing."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest
import spacy
from loopback_dask import LoopbackCluster

from artex import batch
from artex import cluster as cluster_engine
from artex.batch import BatchOptions, BatchUsageError, run_batch
from artex.record import Record
from artex.schema import Article

# The PostgreSQL server fixtures (postgres_server, postgres_url).
pytest_plugins = ["pg"]

pytestmark = pytest.mark.model

REPO = Path(__file__).resolve().parent.parent
TEXTS = sorted((REPO / "corpus").glob("*.txt"))
COUNTS = ("articles", "resumed", "duplicates", "errors", "words")


@pytest.fixture
def cluster(tmp_path):
    folder = tmp_path / "dask"
    folder.mkdir()
    started = LoopbackCluster(folder, workers=2)
    yield started
    started.stop()


def corpus_records(tmp_path: Path, copies: int) -> Path:
    """The corpus' plain-text articles as JSON Lines, each ``copies`` times with its own id and
    a varied headline, plus two lines that fail (broken JSON, no text)."""
    texts = [p.read_text(encoding="utf-8") for p in TEXTS]
    lines = []
    for copy in range(copies):
        for number, text in enumerate(texts):
            lines.append(json.dumps({"id": f"c{copy}-{number}", "text": text,
                                     "title": f"Edition {copy}", "published": "2024-04-12"}))
        if copy == 0:
            lines += ['{"id": "cut', json.dumps({"id": "empty", "text": "  "})]
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def local_run(source: Path, out: Path, settings, nlp) -> dict:
    run_batch([str(source)], out, settings, BatchOptions(parquet=str(out / "lake")), nlp=nlp)
    return json.loads((out / "summary.json").read_text())


def assert_same_output(local: Path, remote: Path) -> None:
    assert (remote / "articles.jsonl").read_bytes() == (local / "articles.jsonl").read_bytes()
    assert (remote / "errors.jsonl").read_bytes() == (local / "errors.jsonl").read_bytes()
    counts = [{k: json.loads((d / "summary.json").read_text())[k] for k in COUNTS}
              for d in (local, remote)]
    assert counts[0] == counts[1]


def parquet_articles(lake: Path) -> list[dict]:
    rows = ds.dataset(lake, format="parquet").to_table().to_pylist()
    return [Article.model_validate(row).model_dump(mode="json") for row in rows]


def test_a_cluster_run_writes_what_the_local_run_writes(tmp_path, cluster, settings, nlp):
    source = corpus_records(tmp_path, copies=1)
    local_run(source, tmp_path / "local", settings, nlp)
    summary = run_batch([str(source)], tmp_path / "remote", settings,
                        BatchOptions(cluster=cluster.address, partition_size=4,
                                     parquet=str(tmp_path / "remote" / "lake")))
    assert (summary.articles, summary.errors, summary.cluster) == (len(TEXTS), 2,
                                                                   cluster.address)
    assert_same_output(tmp_path / "local", tmp_path / "remote")
    lines = [json.loads(line) for line in
             (tmp_path / "local" / "articles.jsonl").read_text().splitlines()]
    assert parquet_articles(tmp_path / "remote" / "lake") == lines
    assert parquet_articles(tmp_path / "local" / "lake") == lines
    # One part per partition of 4 records.
    assert len(ds.dataset(tmp_path / "remote" / "lake").files) == -(-len(TEXTS) // 4)


def test_each_worker_builds_the_pipeline_once_for_all_its_tasks(tmp_path, cluster, settings):
    source = corpus_records(tmp_path, copies=1)
    run_batch([str(source)], tmp_path / "out", settings,
              BatchOptions(cluster=cluster.address, partition_size=1))
    from distributed import Client
    with Client(cluster.address) as client:
        built = client.run(lambda: __import__("artex.cluster").cluster.pipelines_built)
        tasks = client.run(lambda dask_worker: dask_worker.state.executed_count)
    assert list(built.values()) == [1, 1]
    assert sum(tasks.values()) >= len(TEXTS)


def invented_records(tmp_path: Path, count: int) -> Path:
    """Articles made of words no other test uses, one set of them per article."""
    lines = [json.dumps({"id": f"w{n}", "published": "2024-04-12",
                         "text": f"Quorbit{n} Holdings said on Tuesday it would pay Zellany{n} "
                                 f"$4{n} million for its Vorthame{n} plant."})
             for n in range(count)]
    path = tmp_path / "invented.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def worker_strings(address: str) -> dict:
    """The number of strings in each worker's pipeline vocabulary."""
    from distributed import Client

    def count(dask_worker):
        return len(dask_worker.plugins[cluster_engine.PLUGIN_NAME].nlp.vocab.strings)

    with Client(address) as client:
        return client.run(count)


def test_a_workers_vocabulary_does_not_grow_with_the_articles_it_reads(tmp_path, cluster,
                                                                        settings):
    source = corpus_records(tmp_path, copies=1)
    run_batch([str(source)], tmp_path / "first", settings,
              BatchOptions(cluster=cluster.address, partition_size=4))
    before = worker_strings(cluster.address)
    summary = run_batch([str(invented_records(tmp_path, 24))], tmp_path / "second", settings,
                        BatchOptions(cluster=cluster.address, partition_size=3))
    assert summary.articles == 24
    assert worker_strings(cluster.address) == before


def test_each_partition_gives_the_free_memory_back_after_its_memory_zone(settings,
                                                                          monkeypatch):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    plugin = cluster_engine.PipelinePlugin(settings)
    plugin.nlp, plugin.lock = nlp, threading.Lock()
    monkeypatch.setattr(cluster_engine, "worker_plugin", lambda: plugin)
    released = []

    def release():
        released.append((nlp.vocab.in_memory_zone, len(nlp.vocab.strings)))
        return True

    monkeypatch.setattr(cluster_engine, "release_free_memory", release)
    strings = len(nlp.vocab.strings)
    records = [Record(text=f"Quorbit{n} paid Zellany{n}.", source=f"{n}.txt") for n in range(5)]
    outcomes = cluster_engine.run_partition(records, settings)
    assert [o.source for o in outcomes] == [f"{n}.txt" for n in range(5)]
    assert released == [(False, strings)]


def test_the_free_memory_is_given_back_where_the_c_library_can():
    assert cluster_engine.release_free_memory() is (sys.platform == "linux")


@pytest.fixture(scope="module")
def reference(tmp_path_factory, settings, nlp) -> tuple[Path, Path]:
    """Four copies of the corpus and the output of their local run (source, out folder)."""
    folder = tmp_path_factory.mktemp("reference")
    source = corpus_records(folder, copies=4)
    local_run(source, folder / "local", settings, nlp)
    return source, folder / "local"


def start_cluster_run(source: Path, out: Path, address: str) -> subprocess.Popen:
    """`artex batch --cluster` as a process, once it has written its first checkpoint."""
    run = subprocess.Popen(
        [str(Path(sys.executable).parent / "artex"), "batch", str(source), "--out", str(out),
         "--cluster", address, "--partition-size", "3", "--checkpoint-every", "3",
         "--parquet", str(out / "lake")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    articles = out / "articles.jsonl"
    deadline = time.monotonic() + 300
    while not (articles.exists() and articles.stat().st_size > 0):
        assert run.poll() is None, run.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.1)
    return run


def test_a_worker_killed_mid_run_loses_nothing(tmp_path, cluster, reference):
    source, local = reference
    remote = tmp_path / "remote"
    run = start_cluster_run(source, remote, cluster.address)
    victim = cluster.workers[0]
    victim.send_signal(signal.SIGKILL)
    victim.wait()
    _, errors = run.communicate(timeout=600)
    assert run.returncode == 1, errors  # 1: the two failing lines, as in the local run
    assert len((remote / "articles.jsonl").read_text().splitlines()) == 4 * len(TEXTS)
    assert_same_output(local, remote)
    lines = [json.loads(line) for line in (remote / "articles.jsonl").read_text().splitlines()]
    assert parquet_articles(remote / "lake") == lines


def test_a_killed_client_resumed_ends_with_the_output_of_an_uninterrupted_run(
        tmp_path, cluster, reference, settings):
    source, local = reference
    remote = tmp_path / "remote"
    run = start_cluster_run(source, remote, cluster.address)
    run.send_signal(signal.SIGKILL)
    run.communicate()
    assert (remote / "articles.jsonl").read_bytes().endswith(b"\n")
    assert len((remote / "articles.jsonl").read_text().splitlines()) < 4 * len(TEXTS)
    summary = run_batch([str(source)], remote, settings, BatchOptions(
        cluster=cluster.address, partition_size=3, resume=True, parquet=str(remote / "lake")))
    assert summary.resumed > 0
    assert (remote / "articles.jsonl").read_bytes() == (local / "articles.jsonl").read_bytes()
    assert (remote / "errors.jsonl").read_bytes() == (local / "errors.jsonl").read_bytes()
    lines = [json.loads(line) for line in (remote / "articles.jsonl").read_text().splitlines()]
    assert parquet_articles(remote / "lake") == lines


def test_no_scheduler_at_the_address_is_a_usage_error(tmp_path, settings, monkeypatch):
    monkeypatch.setattr(batch, "build_nlp", lambda settings: pytest.fail("model loaded"))
    monkeypatch.setattr(cluster_engine, "CONNECT_TIMEOUT", "2s")
    source = corpus_records(tmp_path, copies=1)
    with pytest.raises(BatchUsageError, match="no Dask scheduler answers"):
        run_batch([str(source)], tmp_path / "out", settings,
                  BatchOptions(cluster="tcp://127.0.0.1:1"))


@pytest.mark.postgres
def test_workers_upsert_their_partitions_into_postgresql(tmp_path, cluster, postgres_url,
                                                         settings):
    from sqlalchemy import create_engine, text

    source = corpus_records(tmp_path, copies=1)
    for _ in range(2):  # the second run replaces the articles, adding no rows
        run_batch([str(source)], tmp_path / "remote", settings,
                  BatchOptions(cluster=cluster.address, partition_size=4, db_url=postgres_url))
    written = [json.loads(line) for line in
               (tmp_path / "remote" / "articles.jsonl").read_text().splitlines()]
    engine = create_engine(postgres_url)
    with engine.connect() as connection:
        ids = connection.execute(text("SELECT id FROM articles ORDER BY id")).scalars().all()
        money = connection.execute(text("SELECT count(*) FROM money")).scalar()
    engine.dispose()
    assert ids == sorted(a["id"] for a in written)
    assert money == sum(len(a["money"]) for a in written)
