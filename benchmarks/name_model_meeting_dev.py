"""The name model alone on the meeting dev set: which gold persons it finds, and calibration.

    python3 benchmarks/name_model_meeting_dev.py [--dev DIR] [--near-cues]

The model is trained on IL-NER Hindi only, never on these documents, so no cross-validation
is needed. Every text of ``DIR/texts`` is split into sentences and tokens with the library's
rules segmenter and tagged with ``NameTagger.person_spans`` (or, with ``--near-cues``,
``person_spans_near_cues``). The gold files (``DIR/gold``) list person names without offsets,
so spans are compared with names as word sequences (after spelling folding):

- a span is **exact** when its words are a gold name or variant;
- a span **overlaps** when its words and a gold name's (or variant's) words share a contiguous
  run of at least one word that is not a one-letter initial (a name inside a longer span, or a
  part of a name);
- a gold person is **found** (exact / overlap) when some span of its document is.

Prints precision and recall of both kinds, then a calibration table: predicted spans by
confidence band (the span's mean word marginal) with the share that is exact and overlapping.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hindi_meeting_extract.lexicon import Lexicons  # noqa: E402
from hindi_meeting_extract.name_model import NameTagger  # noqa: E402
from hindi_meeting_extract.normalize import fold  # noqa: E402
from hindi_meeting_extract.segment import SentenceSplitter, tokenize  # noqa: E402

BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001)


def find_dev() -> Path | None:
    for parent in ROOT.parents:
        if (parent / "shared" / "eval" / "dev" / "gold").is_dir():
            return parent / "shared" / "eval" / "dev"
    return None


def key(words: list[str]) -> tuple[str, ...]:
    return tuple(fold(w) for w in words if w not in (".", "-"))


def shares_run(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether ``a`` and ``b`` share a word that is not a one-letter initial."""
    return any(len(w) > 2 and w in b for w in a)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dev", type=Path, default=None)
    ap.add_argument("--near-cues", action="store_true")
    ap.add_argument("--model", type=Path, default=None, help="a model file other than the shipped one")
    args = ap.parse_args()
    dev = args.dev or find_dev()
    if dev is None:
        print("error: dev set not found; pass --dev DIR", file=sys.stderr)
        return 2
    lexicons = Lexicons.load()
    tagger = NameTagger.load(lexicons, path=args.model)
    splitter = SentenceSplitter(lexicons)
    n_pred = n_exact = n_over = 0
    n_gold = found_exact = found_over = 0
    bands: list[list[int]] = [[0, 0, 0] for _ in BANDS[:-1]]
    for gold_path in sorted((dev / "gold").glob("*.json")):
        text_path = dev / "texts" / (gold_path.stem + ".txt")
        if not text_path.is_file():
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
        people = [
            [key(n.split()) for n in (p["name"], *p.get("variants", []))] for p in gold.get("persons", [])
        ]
        spans: list[tuple[tuple[str, ...], float]] = []
        for sentence in splitter.split(text):
            words = [t.text for t in tokenize(text, sentence.start, sentence.end)]
            found = tagger.person_spans_near_cues(words) if args.near_cues else tagger.person_spans(words)
            spans += [(key(words[s:e]), c) for s, e, c in found]
        hit_exact = [False] * len(people)
        hit_over = [False] * len(people)
        for words, conf in spans:
            exact = over = False
            for i, forms in enumerate(people):
                if words in forms:
                    exact = hit_exact[i] = True
                if any(shares_run(words, f) for f in forms):
                    over = hit_over[i] = True
            n_pred += 1
            n_exact += exact
            n_over += over
            band = next(b for b in range(len(BANDS) - 1) if conf < BANDS[b + 1])
            bands[band][0] += 1
            bands[band][1] += exact
            bands[band][2] += over
        n_gold += len(people)
        found_exact += sum(hit_exact)
        found_over += sum(hit_over)
    mode = "person_spans_near_cues" if args.near_cues else "person_spans"
    print(f"meeting dev ({dev}), model alone ({mode}): {n_gold} gold persons, {n_pred} predicted spans")
    print(f"exact:   P {n_exact / n_pred:.3f}  R {found_exact / n_gold:.3f}")
    print(f"overlap: P {n_over / n_pred:.3f}  R {found_over / n_gold:.3f}")
    print("confidence band   spans  exact  overlap")
    for b, (n, e, o) in enumerate(bands):
        if n:
            print(f"[{BANDS[b]:.1f}, {min(BANDS[b + 1], 1.0):.1f})   {n:6d}  {e / n:5.0%}  {o / n:7.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
