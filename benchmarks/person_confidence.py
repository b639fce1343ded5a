"""Calibration of ``Person.confidence``: of the persons in each confidence band, how many are right.

    python3 benchmarks/person_confidence.py [--gold DIR --texts DIR] ...

Runs the library on every text of each set and matches its persons with the gold persons the
way ``score.py`` does (``evaluate.match_persons``: same name, a shared variant, then the same
first and last word). A person is *right* when it matches a gold person. The confidences are
set by hand from how each kind of anchor fails (``persons/merge.py``), not fitted to any of
these documents, and the name model is trained on IL-NER Hindi only, so no cross-validation is
needed. Defaults: the dev set (``shared/eval/dev``) and the two hand-written sets
(``fixtures/heldout``, ``fixtures/heldout2``), each reported on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hindi_meeting_extract import Pipeline  # noqa: E402
from hindi_meeting_extract.evaluate import extract_for_gold, load_gold, match_persons  # noqa: E402

BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 1.01))


def calibration(gold_dir: Path, texts_dir: Path, pipe: Pipeline) -> list[tuple[str, int, int]]:
    """(band, persons, right) for every band with persons."""
    gold = load_gold(gold_dir)
    records = extract_for_gold(gold, texts_dir, pipe)
    counts = {band: [0, 0] for band in BANDS}
    for g, rec in zip(gold, records, strict=True):
        pred = [json.loads(p.model_dump_json()) for p in rec.persons]
        right = set(match_persons(g["persons"], pred).values())
        for i, p in enumerate(pred):
            band = next(b for b in BANDS if b[0] <= p["confidence"] < b[1])
            counts[band][0] += 1
            counts[band][1] += i in right
    return [(f"{lo:.2f}–{min(hi, 1.0):.2f}", n, r) for (lo, hi), (n, r) in counts.items() if n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--gold", type=Path, action="append", help="gold directory (repeat with --texts)")
    ap.add_argument("--texts", type=Path, action="append", help="texts directory of the same set")
    args = ap.parse_args()
    if args.gold:
        sets = list(zip(args.gold, args.texts or [], strict=True))
    else:
        dev = ROOT.parent / "shared" / "eval" / "dev"
        sets = [(dev / "gold", dev / "texts")] + [
            (ROOT / "fixtures" / name / "gold", ROOT / "fixtures" / name / "texts") for name in ("heldout", "heldout2")
        ]
    pipe = Pipeline()
    for gold_dir, texts_dir in sets:
        if not gold_dir.is_dir():
            print(f"skipped {gold_dir} (not found)")
            continue
        print(f"\n{gold_dir.parent}\n\n| confidence | persons | right | share right |\n|---|---|---|---|")
        for band, n, r in calibration(gold_dir, texts_dir, pipe):
            print(f"| {band} | {n} | {r} | {r / n:.2f} |")


if __name__ == "__main__":
    main()
