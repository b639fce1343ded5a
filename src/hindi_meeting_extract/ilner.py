"""IL-NER Hindi files and person-span scores (for building and measuring the name model).

IL-NER (Bahad et al. 2024, CC-BY-4.0) is one ``token<TAB>tag`` per line with a blank line
between sentences; tags are IOB (``B-NEP`` person, ``B-NEL`` location …). A few lines carry
broken tags: ``-`` is read as ``O`` and ``-X`` as ``B-X``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

Sentence = tuple[list[str], list[str]]  # words, tags
Span = tuple[int, int]


def read(path: str | Path) -> list[Sentence]:
    """The sentences of one IL-NER file, tags repaired."""
    sentences: list[Sentence] = []
    words: list[str] = []
    tags: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append((words, tags))
                words, tags = [], []
            continue
        word, _, tag = line.partition("\t")
        tag = tag.strip()
        if tag in ("", "-"):
            tag = "O"
        elif tag.startswith("-"):
            tag = "B" + tag
        words.append(word.strip())
        tags.append(tag)
    if words:
        sentences.append((words, tags))
    return sentences


def spans(tags: Sequence[str], kind: str = "NEP") -> list[Span]:
    """(start, end) word spans of entities of ``kind`` (an ``I-`` without a ``B-`` starts one)."""
    out: list[Span] = []
    start: int | None = None
    for i, tag in enumerate([*tags, "O"]):
        if start is not None and tag != "I-" + kind:
            out.append((start, i))
            start = None
        if start is None and tag in ("B-" + kind, "I-" + kind):
            start = i
    return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Iterable[Sequence[Span]], predicted: Iterable[Sequence[Span]]) -> dict[str, float]:
    """Exact and overlap precision, recall and F1 of predicted spans, sentence by sentence.

    Exact: a predicted span counts when a gold span has the same start and end. Overlap: a
    predicted span is right when it overlaps some gold span (precision), a gold span is found
    when some predicted span overlaps it (recall).
    """
    n_gold = n_pred = exact = over_p = over_r = 0
    for g, p in zip(gold, predicted, strict=True):
        n_gold += len(g)
        n_pred += len(p)
        exact += len(set(g) & set(p))
        over_p += sum(any(a < d and c < b for c, d in g) for a, b in p)
        over_r += sum(any(a < d and c < b for c, d in p) for a, b in g)
    prec = exact / n_pred if n_pred else 0.0
    rec = exact / n_gold if n_gold else 0.0
    oprec = over_p / n_pred if n_pred else 0.0
    orec = over_r / n_gold if n_gold else 0.0
    return {
        "gold": n_gold, "predicted": n_pred,
        "exact_p": prec, "exact_r": rec, "exact_f1": _f1(prec, rec),
        "overlap_p": oprec, "overlap_r": orec, "overlap_f1": _f1(oprec, orec),
    }


def find_data_dir(start: Path) -> Path | None:
    """``shared/data/il-ner-hi`` next to ``start`` or one of its parents, if there is one."""
    for parent in [start, *start.parents]:
        candidate = parent / "shared" / "data" / "il-ner-hi"
        if (candidate / "train.tsv").is_file():
            return candidate
    return None
