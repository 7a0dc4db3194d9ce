"""Long and hostile inputs (issue #15): time and peak memory of one article, each in a fresh
process, and whether every amount of a long article is found.

    python benchmarks/long_input.py [--probes article-0.5mb,article-5mb,...] [--piece-chars N]
        [--results PATH]

Run it under ``flock /work/bench.lock`` on a shared machine. The probes are generated at run
time into benchmarks/data/ (git-ignored), deterministically (a seeded RNG, the gold texts of
corpus/ read at run time):

  article-0.5mb    the gold texts of corpus/ (all rounds) one after another, cycled to 0.5 MB
  article-5mb      the same cycle ten times over (5 MB): exactly ten times the 0.5 MB article
  numbers          590 KB of comma-separated numbers ("1,234, 56.7, 8901, ...")
  amounts          20,000 amounts in one text ("$1.2 million, €340, 12,500 yen, ...")
  piece-N          (with --piece-size-sweep) a 0.5 MB article at piece size N, for choosing it

Each probe runs in a subprocess (``--one FILE``) that loads the pipeline, then times
``core.extract`` alone (model loading excluded) and reports the process's peak RSS
(``resource.getrusage``: the kernel's high-water mark, model included), the counts found, and
for the articles whether every amount was found: the amounts artex finds in each corpus text on
its own, moved to where that copy sits in the long text, must all be in the long article's
output, and every offset must slice the whole text to the span's text.

With ``--cli``, the issue's probes go through ``artex extract`` (and ``artex batch`` for the
time budget) instead, each as a user would run it: exit status, the lines on stderr and
whether any of them is a traceback (a 3 MB article, the numbers and amounts texts, a stray NUL
byte, a page in Bengali, UTF-16 with a byte-order mark, HTML nested 20,000 <div>s deep, a
binary file, an input over --max-bytes, an article over --time-budget).

Prints a table and writes benchmarks/results-long.json (or --results PATH).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DATA = BENCH / "data"
RESULTS = BENCH / "results-long.json"
SEED = 20240412
SEPARATOR = "\n\n"
KB = 1000
MB = 1000 * KB
ALL_PROBES = ("article-0.5mb", "article-5mb", "numbers", "amounts")
SWEEP = (2_000, 5_000, 10_000, 20_000, 50_000)


# --- the probes -------------------------------------------------------------------------------

def gold_texts() -> list[str]:
    """The texts of every gold file of corpus/ (the text artex reads), in path order."""
    return [json.loads(path.read_text(encoding="utf-8"))["text"]
            for path in sorted((REPO / "corpus").rglob("*.gold.json"))]


def cycled(texts: list[str], size: int) -> tuple[str, list[tuple[int, int]]]:
    """The texts one after another, cycled until the whole is at least ``size`` characters, and
    (index of the text, its start) for each copy."""
    parts, copies, length, index = [], [], 0, 0
    while length < size:
        k = index % len(texts)
        if parts:
            parts.append(SEPARATOR)
            length += len(SEPARATOR)
        copies.append((k, length))
        parts.append(texts[k])
        length += len(texts[k])
        index += 1
    return "".join(parts), copies


def long_article(copies_of_half_mb: int = 1) -> tuple[str, list[tuple[int, int]]]:
    """The 0.5 MB article, or ``copies_of_half_mb`` of it one after another."""
    texts = gold_texts()
    half, copies = cycled(texts, MB // 2)
    whole = SEPARATOR.join([half] * copies_of_half_mb)
    step = len(half) + len(SEPARATOR)
    return whole, [(k, start + n * step) for n in range(copies_of_half_mb) for k, start in copies]


def numbers_text(size: int = 590 * KB) -> str:
    """Comma-separated numbers, nothing else: one endless sentence of numbers."""
    rng = random.Random(SEED)
    forms = (lambda: f"{rng.randint(0, 9999)}", lambda: f"{rng.randint(1000, 999999):,}",
             lambda: f"{rng.uniform(0, 1000):.{rng.randint(1, 3)}f}",
             lambda: f"{rng.randint(1, 99)}")
    parts, length = [], 0
    while length < size:
        parts.append(rng.choice(forms)())
        length += len(parts[-1]) + 2
    return ", ".join(parts)


def amounts_text(count: int = 20_000) -> str:
    """``count`` amounts in many currencies and forms, separated by commas and spaces."""
    rng = random.Random(SEED + 1)
    forms = (
        lambda: f"${rng.randint(1, 999):,}.{rng.randint(0, 9)} million",
        lambda: f"€{rng.randint(1, 99999):,}",
        lambda: f"£{rng.randint(1, 999)}bn",
        lambda: f"{rng.randint(1, 99999):,} yen",
        lambda: f"US${rng.randint(1, 999):,}",
        lambda: f"{rng.randint(1, 999)} billion euros",
        lambda: f"Rs {rng.randint(1, 99)} crore",
        lambda: f"CHF {rng.randint(1, 9999):,}",
    )
    return ", ".join(rng.choice(forms)() for _ in range(count)) + "."


def write_probe(name: str) -> Path:
    DATA.mkdir(exist_ok=True)
    path = DATA / f"long-{name}.txt"
    if name == "article-0.5mb" or name.startswith("piece-"):
        text = long_article(1)[0]
    elif name == "article-5mb":
        text = long_article(10)[0]
    elif name == "numbers":
        text = numbers_text()
    elif name == "amounts":
        text = amounts_text()
    else:
        raise SystemExit(f"unknown probe {name!r}")
    path.write_text(text, encoding="utf-8")
    return path


# --- one probe in this process (run as a subprocess by the driver) ----------------------------

def amounts_missed(article, copies: list[tuple[int, int]], texts: list[str], nlp,
                   settings) -> dict[str, int]:
    """Each corpus text alone, its amounts moved to each of its copies in the long text, looked
    up in the long article's money: how many were expected, how many spans were not found, and
    how many were found with another amount or currency. An ambiguous sign (¥, pesos) is
    resolved from what the whole text states, and the long text is many articles in one, so a
    different currency there is not a missed amount."""
    from artex import core
    from artex.record import Record

    alone = {}
    for k, text in enumerate(texts):
        found = core.extract(Record(text=text, source=f"text-{k}"), nlp, settings)
        alone[k] = [(m.start, m.end, m.amount, m.currency) for m in found.money]
    got = {(m.start, m.end): (m.amount, m.currency) for m in article.money}
    counts = {"amounts_expected": 0, "amounts_missing": 0, "amounts_other_value": 0}
    for k, start in copies:
        for s, e, amount, currency in alone[k]:
            counts["amounts_expected"] += 1
            value = got.get((s + start, e + start))
            if value is None:
                counts["amounts_missing"] += 1
            elif value != (amount, currency):
                counts["amounts_other_value"] += 1
    return counts


def run_one(path: Path, probe: str, piece_chars: int | None) -> dict:
    from artex import core
    from artex.nlp import build_nlp
    from artex.record import Record
    from artex.settings import Settings

    settings = Settings()
    if piece_chars:
        settings = replace(settings, piece_chars=piece_chars)
    started = time.perf_counter()
    nlp = build_nlp(settings)
    loaded = time.perf_counter() - started
    rss_loaded = peak_rss_mb()
    text = path.read_text(encoding="utf-8")
    cpu = time.process_time()
    started = time.perf_counter()
    article = core.extract(Record(text=text, source=path.name), nlp, settings)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    result = {
        "probe": probe, "characters": len(text), "piece_chars": settings.piece_chars,
        "load_s": round(loaded, 1), "seconds": round(seconds, 1), "cpu_s": round(cpu, 1),
        "peak_rss_mb_loaded": rss_loaded, "peak_rss_mb": peak_rss_mb(),
        "money": len(article.money), "dates": len(article.dates),
        "quantities": len(article.quantities), "entities": len(article.entities),
    }
    spans = [*article.money, *article.dates, *article.quantities,
             *(m for e in article.entities for m in e.mentions)]
    result["offsets_wrong"] = sum(text[s.start:s.end] != s.text for s in spans)
    if probe.startswith("article-"):
        copies = long_article(10 if probe == "article-5mb" else 1)[1]
        result |= amounts_missed(article, copies, gold_texts(), nlp, settings)
    return result


def peak_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


# --- the probes through the command line --------------------------------------------------

BENGALI = ("বাংলাদেশের অর্থনীতি গত বছর ছয় শতাংশ হারে বৃদ্ধি পেয়েছে। সরকার নতুন বাজেটে শিক্ষা ও "
           "স্বাস্থ্য খাতে বরাদ্দ বাড়িয়েছে। ঢাকার ব্যবসায়ীরা বলছেন, রপ্তানি আয় বাড়ছে।\n\n")


def cli_probes() -> list[tuple[str, list[str]]]:
    """(name, artex arguments) of each probe, its input written to benchmarks/data/."""
    DATA.mkdir(exist_ok=True)
    article = gold_texts()[0]
    files = {
        "article-3mb.txt": long_article(6)[0][:3 * MB].encode(),
        "numbers.txt": numbers_text().encode(),
        "amounts.txt": amounts_text().encode(),
        "nul-byte.txt": article[:200].encode() + b"\x00" + article[200:].encode(),
        "bengali.txt": (BENGALI * 5).encode(),
        "utf16-bom.txt": article.encode("utf-16"),
        "deep.html": ("<html><body>" + "<div>" * 20_000 + "<p>" + article.split("\n\n")[1]
                      + "</p>" + "</div>" * 20_000 + "</body></html>").encode(),
        "binary.txt": bytes(range(256)) * 4,
    }
    for name, content in files.items():
        (DATA / f"cli-{name}").write_bytes(content)
    path = {name: str(DATA / f"cli-{name}") for name in files}
    extract = [(name.split(".")[0], ["extract", path[name], "--reference-date", "2024-04-12"])
               for name in files]
    return [*extract,
            ("over-max-bytes", ["extract", path["article-3mb.txt"], "--max-bytes", "1000000"]),
            ("over-time-budget", ["batch", path["article-3mb.txt"], "--out",
                                  str(DATA / "cli-batch"), "--time-budget", "5"])]


def run_cli(name: str, args: list[str]) -> dict:
    started = time.perf_counter()
    done = subprocess.run([str(Path(sys.executable).parent / "artex"), *args],
                          capture_output=True, text=True, check=False)
    lines = done.stderr.strip().splitlines()
    result = {"probe": name, "exit": done.returncode, "seconds": round(
        time.perf_counter() - started, 1), "stderr_lines": len(lines),
        "traceback": "Traceback" in done.stderr, "stderr": [line[:200] for line in lines[:3]]}
    if done.returncode == 0 and args[0] == "extract":
        article = json.loads(done.stdout)
        result |= {"characters": len(article["text"]), "money": len(article["money"]),
                   "warnings": article["warnings"]}
    if args[0] == "batch":
        errors = (DATA / "cli-batch" / "errors.jsonl").read_text(encoding="utf-8")
        result["errors_jsonl"] = [json.loads(line)["reason"] for line in errors.splitlines()]
    return result


# --- the driver -------------------------------------------------------------------------------

def measure(probe: str, piece_chars: int | None) -> dict:
    path = write_probe(probe)
    command = [sys.executable, __file__, "--one", str(path), "--probe", probe]
    if piece_chars:
        command += ["--piece-chars", str(piece_chars)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return {"probe": probe, "error": done.stderr.strip().splitlines()[-1:]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--probes", default=",".join(ALL_PROBES))
    parser.add_argument("--piece-chars", type=int, default=None)
    parser.add_argument("--piece-size-sweep", action="store_true",
                        help="Run the 0.5 MB article at each piece size of SWEEP instead.")
    parser.add_argument("--cli", action="store_true",
                        help="Run the issue's probes through the artex command instead.")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--probe", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.probe, args.piece_chars)))
        return
    if args.cli:
        results = []
        for name, cli_args in cli_probes():
            results.append(run_cli(name, cli_args))
            print(json.dumps(results[-1], ensure_ascii=False), flush=True)
        args.results.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                                encoding="utf-8")
        return
    runs = [(f"piece-{n}", n) for n in SWEEP] if args.piece_size_sweep else \
        [(p, args.piece_chars) for p in args.probes.split(",")]
    results = []
    for probe, piece_chars in runs:
        result = measure(probe, piece_chars)
        print(json.dumps(result), flush=True)
        results.append(result)
    by_probe = {r["probe"]: r for r in results}
    if "article-0.5mb" in by_probe and "article-5mb" in by_probe:
        ratio = by_probe["article-5mb"]["seconds"] / (10 * by_probe["article-0.5mb"]["seconds"])
        print(f"5 MB time / (10 x 0.5 MB time) = {ratio:.2f}")
        results.append({"ratio_5mb_to_10x_half_mb": round(ratio, 2)})
    args.results.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
