"""Linear time on hostile inputs: each trigger of a once super-linear cost, at two sizes.

    python3 benchmarks/linear_time_table.py [--sizes 100000 400000] [--rounds 1] [--json OUT.json]

Prints the table "trigger x size: time, growth ratio, cost per character vs news text":

* time: best of ``--rounds`` runs of ``Pipeline.extract`` on the trigger's text (for the
  tokenizer trigger also ``segment.tokenize`` alone), garbage collector paused;
* growth: time at the larger size / time at the smaller (linear is the size ratio, 4x for
  100k -> 400k; the bar of issue 16 is at most 5x);
* cost per character at the larger size / that of news text (the bar: at most 10x). News
  text: the news corpus in ``../shared/corpus/news`` or ``--news DIR`` (read, never
  copied), each document extracted alone; without it, the synthetic press releases of ``tests/test_linear_time.py``.

The texts come from ``tests/hostile_texts.py`` (random mixes of one kind of unit). A
measurement longer than ``--max-seconds`` is stopped and shown as ``>N s``.
"""

from __future__ import annotations

import argparse
import gc
import json
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile_texts import TRIGGERS  # noqa: E402

from hindi_meeting_extract import Pipeline  # noqa: E402
from hindi_meeting_extract.segment import tokenize  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpus" / "news"


class Runaway(Exception):
    pass


def best_time(fn: Callable[[str], object], text: str, rounds: int, limit: int) -> float:
    def stop(signum: int, frame: object) -> None:
        raise Runaway()

    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        gc.disable()
        old = signal.signal(signal.SIGALRM, stop)
        signal.alarm(limit)
        try:
            start = time.perf_counter()
            fn(text)
            best = min(best, time.perf_counter() - start)
        except Runaway:
            return float("inf")
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, old)
            gc.enable()
    return best


def news_texts(limit_chars: int, news: Path = NEWS) -> tuple[str, list[str]]:
    texts: list[str] = []
    total = 0
    for f in sorted(news.glob("*.jsonl")) if news.is_dir() else []:
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text)
                    total += len(text)
                if total >= limit_chars:
                    return "news corpus", texts
    if texts:
        return "news corpus", texts
    from test_linear_time import ordinary

    return "synthetic press releases", [ordinary(3000) for _ in range(limit_chars // 3000)]


def per_char(fn: Callable[[str], object], texts: list[str], rounds: int) -> float:
    seconds = 0.0
    for text in texts:
        seconds += best_time(fn, text, rounds, 60)
    return seconds / sum(len(t) for t in texts)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs=2, default=[100_000, 400_000])
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--news-chars", type=int, default=400_000, help="news text measured for the baseline")
    ap.add_argument("--news", type=Path, default=NEWS, help="folder of news *.jsonl for the baseline")
    ap.add_argument("--max-seconds", type=int, default=600)
    ap.add_argument("--only", nargs="*", help="trigger names")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    pipeline = Pipeline()
    extract = pipeline.extract
    kind, news = news_texts(args.news_chars, args.news)
    for text in news[:20]:
        extract(text)  # warm: lexicon caches, lazy imports
    base = {"extract": per_char(extract, news, args.rounds), "tokenize": per_char(tokenize, news, args.rounds)}
    print(f"news baseline ({kind}, {sum(map(len, news)):,} chars): extract {base['extract'] * 1e6:.2f} us/char, "
          f"tokenize {base['tokenize'] * 1e6:.3f} us/char")
    small, big = args.sizes
    rows = []
    header = f"{'trigger':<42} {f'{small // 1000}k s':>9} {f'{big // 1000}k s':>9} {'growth':>7} {'cost/char vs news':>18}"
    print(header)
    print("-" * len(header))
    for name, make in TRIGGERS.items():
        if args.only and name not in args.only:
            continue
        fns = [("extract", extract)] + ([("tokenize", tokenize)] if name.startswith("tokenize") else [])
        for what, fn in fns:
            t = [best_time(fn, make(n, 0), args.rounds, args.max_seconds) for n in (small, big)]
            growth = t[1] / t[0] if t[0] > 0 else float("nan")
            cost = (t[1] / big) / base[what]
            label = f"{name} ({what})"
            shown = [f"{x:9.3f}" if x != float("inf") else f"{'>' + str(args.max_seconds) + 's':>9}" for x in t]
            print(f"{label:<42} {shown[0]} {shown[1]} {growth:6.1f}x {cost:17.1f}x")
            rows.append({"trigger": name, "function": what, "sizes": [small, big], "seconds": t,
                         "growth": growth, "cost_per_char_vs_news": cost})
    if args.json:
        args.json.write_text(json.dumps({"baseline": kind, "per_char_seconds": base, "rows": rows}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
