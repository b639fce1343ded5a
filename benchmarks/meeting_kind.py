"""Score the record's ``kind`` against hand labels of news documents (issue 13).

    python3 benchmarks/meeting_kind.py [--corpus DIR] [--labels FILE ...] [--dev DIR] [--show]

The labels (``meeting_kind_labels.tsv``, ``meeting_kind_labels_heldout.tsv``) hold ids and
kinds only; the texts are read from the corpus (JSONL files with ``id`` and ``text``).
Prints, per label file: meeting detection (meeting_report or announcement vs other) precision,
recall and F1, the 3-way accuracy, and the label distribution; then, with ``--dev``, how many
documents of a directory of meeting texts come out as ``other`` (all should be meetings).
``--show`` lists every disagreement with the cue the kind was read from.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from hindi_meeting_extract.pipeline import Pipeline  # noqa: E402

DEFAULT_LABELS = [HERE / "meeting_kind_labels.tsv", HERE / "meeting_kind_labels_heldout.tsv"]
DEFAULT_CORPUS = Path("/work/shared/corpus/news")
DEFAULT_DEV = Path("/work/shared/eval/dev/texts")


def read_labels(path: Path) -> dict[str, str]:
    """doc_id -> kind from a label file (``#`` comments, a header line, tab-separated)."""
    labels: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("doc_id\t"):
            continue
        doc_id, kind = line.split("\t")[:2]
        labels[doc_id] = kind
    return labels


def read_corpus(directory: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in sorted(directory.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                texts[row["id"]] = row["text"]
    return texts


def score(pipe: Pipeline, labels: dict[str, str], texts: dict[str, str], show: bool) -> dict[str, float]:
    tp = fp = fn = same = 0
    for doc_id, gold in labels.items():
        record = pipe.extract(texts[doc_id], doc_id=doc_id)
        gold_meeting, pred_meeting = gold != "other", record.kind != "other"
        tp += gold_meeting and pred_meeting
        fp += pred_meeting and not gold_meeting
        fn += gold_meeting and not pred_meeting
        same += record.kind == gold
        if show and record.kind != gold:
            cue = record.kind_cue.text if record.kind_cue else ""
            print(f"  {doc_id}\tgold {gold}\tpredicted {record.kind}\t{cue[:80]}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {
        "documents": len(labels), "meetings": tp + fn, "tp": tp, "fp": fp, "fn": fn,
        "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "accuracy_3way": same / len(labels) if labels else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--labels", type=Path, nargs="+", default=DEFAULT_LABELS)
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="texts that are all meetings ('' to skip)")
    ap.add_argument("--show", action="store_true", help="list disagreements")
    args = ap.parse_args(argv)
    pipe = Pipeline()
    texts = read_corpus(args.corpus)
    if not texts:
        print(f"error: no *.jsonl documents in {args.corpus}", file=sys.stderr)
        return 2
    for path in args.labels:
        labels = read_labels(path)
        missing = sorted(set(labels) - set(texts))
        if missing:
            print(f"error: {len(missing)} labelled ids not in the corpus, e.g. {missing[0]}", file=sys.stderr)
            return 2
        print(f"{path.name}: labels {dict(Counter(labels.values()))}")
        s = score(pipe, labels, texts, args.show)
        print(
            f"  meeting vs other: precision {s['precision']:.3f}  recall {s['recall']:.3f}  f1 {s['f1']:.3f}"
            f"  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']} of {s['meetings']} meetings)"
            f"  3-way accuracy {s['accuracy_3way']:.3f}"
        )
    if str(args.dev) and args.dev.is_dir():
        kinds: Counter[str] = Counter()
        others = []
        for path in sorted(args.dev.glob("*.txt")):
            kind = pipe.extract(path.read_text(encoding="utf-8"), doc_id=path.stem).kind
            kinds[kind] += 1
            if kind == "other":
                others.append(path.stem)
        print(f"{args.dev}: {sum(kinds.values())} documents, kinds {dict(kinds)}; other: {others or 'none'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
