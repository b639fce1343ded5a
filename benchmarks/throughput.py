"""Throughput, memory and scaling of extraction, as ratios measured in one run.

    python3 benchmarks/throughput.py [--corpus DIR] [--dev DIR] [--big 15000] [--json OUT.json]

1. In one process, over the same texts: full extraction time / indic-nlp-library's
   ``trivial_tokenize`` time (interleaved rounds, best round of each), for the news corpus and
   the dev texts. Bar: <= 10 on the news corpus with the name model on (issue 12; <= 6 before the model).
2. The ``batch`` command as a subprocess on JSONL inputs written to a temporary directory (the
   corpus is never copied into the project): the corpus (3.8k docs) and the corpus repeated to
   ``--big`` docs, with 1 and 2 workers: docs/s, MB/s (UTF-8 input), peak RSS. Bars: 15k-doc
   peak RSS <= 300 MB and <= 1.3x the 3.8k run (1 worker); 2 workers >= 1.6x the docs/s of 1.

Peak RSS is sampled every 50 ms with psutil over the process tree ("sum" adds the workers;
pages shared after fork count once per process, so the sum over-states real use).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_corpus(corpus: Path) -> list[tuple[str, str]]:
    docs = []
    for f in sorted(corpus.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                docs.append((str(obj["id"]), obj["text"]))
    return docs


def load_dev(dev: Path) -> list[tuple[str, str]]:
    return [(f.stem, f.read_text(encoding="utf-8")) for f in sorted(dev.glob("*.txt"))]


def machine() -> dict[str, object]:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "ram_gb": mem_gb, "python": platform.python_version(),
        "platform": platform.platform(), "load_before": os.getloadavg(),
    }


# --------------------------------------------------------------------------- in-process ratio


def ratio_to_tokenizer(texts: list[str], rounds: int) -> dict[str, float]:
    """Best-of-``rounds`` seconds for trivial_tokenize and for full extraction, interleaved."""
    from indicnlp.tokenize.indic_tokenize import trivial_tokenize

    from hindi_meeting_extract import Pipeline

    pipe = Pipeline()
    pipe.extract(texts[0])  # warm lazy caches
    tok, ext = [], []
    for _ in range(rounds):
        t = time.perf_counter()
        for x in texts:
            trivial_tokenize(x, "hi")
        tok.append(time.perf_counter() - t)
        t = time.perf_counter()
        for i, x in enumerate(texts):
            pipe.extract(x, doc_id=str(i))
        ext.append(time.perf_counter() - t)
    return {
        "docs": len(texts), "tokenize_s": min(tok), "extract_s": min(ext), "ratio": min(ext) / min(tok),
        "ratio_median": sorted(e / t for e, t in zip(ext, tok))[len(tok) // 2],
        "extract_ms_per_doc": 1000 * min(ext) / len(texts),
    }


# --------------------------------------------------------------------------- batch runs


def write_jsonl(path: Path, docs: list[tuple[str, str]], n: int) -> int:
    """``n`` docs (the list repeated, ids made unique); returns the UTF-8 bytes of the texts."""
    size = 0
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc_id, text = docs[i % len(docs)]
            rep = i // len(docs)
            fh.write(json.dumps({"id": f"{doc_id}#{rep}" if rep else doc_id, "text": text}, ensure_ascii=False) + "\n")
            size += len(text.encode("utf-8"))
    return size


# RSS sampling interval: the sampler shares the cores with the workers, so it is kept light
# (every 10 ms it took a few per cent of a core from a 2-worker run on 2 cores)
SAMPLE_SECONDS = 0.05


def run_batch(inp: Path, out: Path, workers: int) -> dict[str, float]:
    try:
        import psutil
    except ImportError:  # without psutil: the largest process only, from getrusage (max over runs so far)
        psutil = None
    cmd = [sys.executable, "-m", "hindi_meeting_extract", "batch", str(inp), "-o", str(out),
           "--workers", str(workers), "--quiet"]
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    proc = subprocess.Popen(cmd)
    peak_sum = peak_max = 0
    root = psutil.Process(proc.pid) if psutil else None
    while proc.poll() is None:
        if root is not None:
            try:
                rss = [p.memory_info().rss for p in [root, *root.children(recursive=True)]]
            except psutil.Error:
                rss = []
            if rss:
                peak_sum, peak_max = max(peak_sum, sum(rss)), max(peak_max, max(rss))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # includes the reaped workers
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if root is None:
        peak_max = peak_sum = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
    if proc.returncode != 0:
        raise SystemExit(f"batch failed: {cmd}")
    return {"seconds": seconds, "cpu_s": cpu, "cores_busy": cpu / seconds,
            "peak_rss_mb": peak_max / 2**20, "peak_rss_sum_mb": peak_sum / 2**20}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "news")
    ap.add_argument("--dev", type=Path, default=SHARED / "eval" / "dev" / "texts")
    ap.add_argument("--big", type=int, default=15_000, help="documents in the big batch (default 15000)")
    ap.add_argument("--rounds", type=int, default=3, help="interleaved rounds for the in-process ratio")
    ap.add_argument("--batch-rounds", type=int, default=1, help="repeat each batch run, keep the fastest")
    ap.add_argument("--skip-batch", action="store_true", help="only the in-process ratio")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    if not any(args.corpus.glob("*.jsonl")):  # one line, not a traceback
        sys.exit(f"{Path(__file__).name}: no *.jsonl files in {args.corpus}; pass --corpus DIR")
    if not any(args.dev.glob("*.txt")):
        sys.exit(f"{Path(__file__).name}: no *.txt files in {args.dev}; pass --dev DIR")

    news, dev = load_corpus(args.corpus), load_dev(args.dev)
    res: dict[str, object] = {"machine": machine()}
    print(f"machine: {res['machine']}", flush=True)
    res["ratio_news"] = ratio_to_tokenizer([t for _, t in news], args.rounds)
    print(f"news, in process: {res['ratio_news']}", flush=True)
    res["ratio_dev"] = ratio_to_tokenizer([t for _, t in dev], max(args.rounds, 5))
    print(f"dev, in process: {res['ratio_dev']}", flush=True)

    if not args.skip_batch:
        runs = []
        with tempfile.TemporaryDirectory(prefix="hme-bench-") as tmp:
            small, big = Path(tmp) / "small.jsonl", Path(tmp) / "big.jsonl"
            sizes = {small: write_jsonl(small, news, len(news)), big: write_jsonl(big, news, args.big)}
            counts = {small: len(news), big: args.big}
            best: dict[tuple[Path, int], dict[str, float]] = {}
            for _ in range(args.batch_rounds):
                for inp, workers in ((small, 1), (big, 1), (big, 2), (small, 2)):
                    r = run_batch(inp, Path(tmp) / "out.jsonl", workers)
                    print(f"  run: {inp.name} workers={workers}: {r}", flush=True)
                    if (inp, workers) not in best or r["seconds"] < best[inp, workers]["seconds"]:
                        best[inp, workers] = r
            for (inp, workers), r in best.items():
                r.update(docs=counts[inp], workers=workers, docs_per_s=counts[inp] / r["seconds"],
                         mb_per_s=sizes[inp] / 2**20 / r["seconds"])
                runs.append(r)
                print(f"batch: {r}", flush=True)
        res["batch"] = runs
        w1 = next(r for r in runs if r["docs"] == args.big and r["workers"] == 1)
        w2 = next(r for r in runs if r["docs"] == args.big and r["workers"] == 2)
        s1 = next(r for r in runs if r["docs"] == len(news) and r["workers"] == 1)
        res["speedup_2_workers"] = w2["docs_per_s"] / w1["docs_per_s"]
        res["rss_big_over_small"] = w1["peak_rss_mb"] / s1["peak_rss_mb"]
    res["load_after"] = os.getloadavg()

    print("\n| measure | value | bar |\n|---|---|---|")
    rn = res["ratio_news"]
    print(f"| extraction / trivial_tokenize, {rn['docs']} news texts, 1 process | {rn['ratio']:.2f}x "
          f"({rn['extract_s']:.2f} s / {rn['tokenize_s']:.2f} s) | <= 10x |")
    rd = res["ratio_dev"]
    print(f"| extraction / trivial_tokenize, {rd['docs']} dev texts | {rd['ratio']:.2f}x | - |")
    for r in res.get("batch", []):
        print(f"| batch {r['docs']:,} docs, {r['workers']} worker(s) | {r['docs_per_s']:.0f} docs/s, "
              f"{r['mb_per_s']:.2f} MB/s, peak RSS {r['peak_rss_mb']:.0f} MB (sum {r['peak_rss_sum_mb']:.0f} MB), "
              f"{r['cores_busy']:.2f} cores busy | - |")
    if "speedup_2_workers" in res:
        print(f"| 2 workers / 1 worker docs/s ({args.big:,} docs) | {res['speedup_2_workers']:.2f}x | >= 1.6x |")
        print(f"| peak RSS {args.big:,} / {len(news):,} docs (1 worker) | {res['rss_big_over_small']:.2f}x | <= 1.3x |")
    print(f"\nload average before {res['machine']['load_before']}, after {res['load_after']}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
