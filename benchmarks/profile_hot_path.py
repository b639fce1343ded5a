"""Where extraction time goes: seconds per pipeline step, then a cProfile of the hot path.

    python3 benchmarks/profile_hot_path.py [--corpus DIR] [--limit N] [--top 30] [--sort tottime]

Step times (CPU seconds, the fastest of three runs) wrap the backend and each stage of one
:class:`Pipeline` (no library change); the rest of ``Pipeline.extract`` (cleaning, the folded
view, which the first stage to use it builds, and the pydantic record) is reported together.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load(corpus: Path, limit: int | None) -> list[str]:
    texts = []
    for f in sorted(corpus.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh)
    return texts[:limit] if limit else texts


def step_times(texts: list[str], rounds: int = 3) -> dict[str, float]:
    """CPU seconds per step, the least of ``rounds`` runs over ``texts`` (warm caches)."""
    from hindi_meeting_extract import Pipeline

    pipe = Pipeline()
    spent: dict[str, float] = defaultdict(float)
    clock = time.process_time

    def timed(name, fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            t = clock()
            try:
                return fn(*a, **k)
            finally:
                spent[name] += clock() - t
        return wrapper

    pipe.backend.annotate = timed("backend.annotate (segmentation)", pipe.backend.annotate)  # type: ignore[method-assign]
    pipe._stages = [timed(type(s).__name__, s) for s in pipe._stages]  # type: ignore[attr-defined]
    pipe.extract(texts[0])
    best: dict[str, float] = {}
    for _ in range(rounds):
        spent.clear()
        t = clock()
        for i, x in enumerate(texts):
            pipe.extract(x, doc_id=str(i))
        total = clock() - t
        spent["clean, folding, to_record + rest"] = total - sum(spent.values())
        spent["TOTAL"] = total
        if not best or total < best["TOTAL"]:
            best = dict(spent)
    return best


def by_file(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Own time (tottime) summed per source file."""
    per: dict[str, float] = defaultdict(float)
    for (file, _line, _fn), (_cc, _nc, tt, _ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        key = file.split("site-packages/")[-1].split("src/")[-1]
        per[key] += tt
    return sorted(per.items(), key=lambda kv: -kv[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus" / "news")
    ap.add_argument("--limit", type=int, help="only the first N texts")
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", default="tottime", choices=("tottime", "cumulative"))
    args = ap.parse_args()
    if not any(args.corpus.glob("*.jsonl")):  # one line, not a traceback
        sys.exit(f"{Path(__file__).name}: no *.jsonl files in {args.corpus}; pass --corpus DIR")
    texts = load(args.corpus, args.limit)

    steps = step_times(texts)
    total = steps["TOTAL"]
    print(f"{len(texts)} texts, {total:.2f} s, {1000 * total / len(texts):.2f} ms/doc\n")
    print("| step | seconds | share |\n|---|---|---|")
    for name, s in sorted(steps.items(), key=lambda kv: -kv[1]):
        if name != "TOTAL":
            print(f"| {name} | {s:.2f} | {100 * s / total:.0f}% |")

    from hindi_meeting_extract import Pipeline

    pipe = Pipeline()
    pipe.extract(texts[0])
    prof = cProfile.Profile()
    prof.enable()
    for i, x in enumerate(texts):
        pipe.extract(x, doc_id=str(i))
    prof.disable()
    stats = pstats.Stats(prof)
    print("\nown time per file (cProfile):")
    for file, tt in by_file(stats)[:15]:
        print(f"  {tt:7.2f} s  {file}")
    out = io.StringIO()
    pstats.Stats(prof, stream=out).sort_stats(args.sort).print_stats(args.top)
    print(out.getvalue())


if __name__ == "__main__":
    main()
