"""Build the shipped person-name model from IL-NER Hindi (deterministic: same data, same bytes).

    python3 scripts/build_name_model.py                       # into src/hindi_meeting_extract/data
    python3 scripts/build_name_model.py --data DIR --out DIR  # elsewhere

Trains a linear-chain CRF (python-crfsuite, L-BFGS, fixed parameters) on IL-NER Hindi
``train.tsv`` with the features of :mod:`hindi_meeting_extract.name_model` and the packaged
lexicons, then tags ``dev.tsv`` and records its person scores in the metadata file. Writes
``name_model.crfsuite`` and ``name_model.json`` (source, licence and attribution, feature set
version, lexicon fingerprint, training parameters, dev scores, sha256 of the model). Nothing
in the output depends on time, machine or thread order: crfsuite's L-BFGS training is
deterministic given the same items in the same order.

``--data`` defaults to the first ``shared/data/il-ner-hi`` found next to this repository or
one of its parents. IL-NER: https://github.com/SankalpBahad/IL-NER (CC-BY-4.0).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from hindi_meeting_extract import ilner  # noqa: E402
from hindi_meeting_extract.lexicon import Lexicons  # noqa: E402
from hindi_meeting_extract.name_model import (  # noqa: E402
    FEATURE_VERSION,
    METADATA_FILE,
    MODEL_FILE,
    PERSON,
    NameTagger,
    WordFeatures,
    TRAINING_LEXICONS_WITHOUT,
    lexicon_classes,
)
from hindi_meeting_extract.normalize import fold  # noqa: E402

SOURCE = {
    "name": "IL-NER Hindi",
    "url": "https://github.com/SankalpBahad/IL-NER",
    "files": ["Datasets/Hindi/Hindi-train.txt (trained on)", "Datasets/Hindi/Hindi-dev.txt (scored on)"],
    "commit": "079e9184d819cf8114e989b0b9380b5ef4faa9e2",
    "licence": "CC-BY-4.0",
    "attribution": (
        "Trained on IL-NER Hindi, developed under the Bhashini project by IIIT Hyderabad, CDAC Noida "
        "and IIIT Bhubaneswar, licensed CC-BY-4.0. Sankalp Bahad, Pruthwik Mishra, Karunesh Arora, "
        "Rakesh Chandra Balabantaray, Dipti Misra Sharma, Parameswari Krishnamurthy. Fine-tuning "
        "Pre-trained Named Entity Recognition Models For Indian Languages. arXiv:2405.04829, 2024."
    ),
}
PARAMS = {
    "algorithm": "lbfgs",
    "c1": 0.05,
    "c2": 0.05,
    "max_iterations": 100,
    "feature.possible_transitions": True,
    "feature.minfreq": 1,
}


def person_tags(tags: list[str], labels: str) -> list[str]:
    """All IL-NER labels, or only the person ones (the rest O)."""
    if labels == "all":
        return tags
    return [t if t.endswith("-" + PERSON) else "O" for t in tags]


def name_words(train: list[ilner.Sentence], annotated: int) -> list[str]:
    """Folded words (letters) that are name cues for the gate: seen inside a person name in
    the person-annotated part of train (its first ``annotated`` sentences, see
    :func:`person_free_tail`) at least as often as outside one there; a word seen in one name
    only must have no other use anywhere in train (लागू, राशि, दर्द were once inside a name,
    and are ordinary words everywhere else)."""
    inside: dict[str, int] = {}
    outside: dict[str, int] = {}
    for i, (words, tags) in enumerate(train):
        for w, t in zip(words, tags, strict=True):
            f = fold(w)
            if i < annotated and t.endswith("-" + PERSON):
                inside[f] = inside.get(f, 0) + 1
            else:
                outside[f] = outside.get(f, 0) + 1
    outside_annotated: dict[str, int] = {}
    for words, tags in train[:annotated]:
        for w, t in zip(words, tags, strict=True):
            if not t.endswith("-" + PERSON):
                f = fold(w)
                outside_annotated[f] = outside_annotated.get(f, 0) + 1
    return sorted(
        f for f, n in inside.items()
        if f and n >= outside_annotated.get(f, 0) and (n >= 2 or not outside.get(f))
    )


TAIL_GAP = 500  # this many sentences in a row without a person tag start the part annotated without persons
CUE_CLASSES_FOR_TAIL = ("GN", "SN", "HON")


def person_free_tail(train: list[ilner.Sentence]) -> int:
    """Index where IL-NER train's part without person annotation starts (len(train) if none).

    IL-NER Hindi train holds 1,180 of its 1,182 person spans in its first 774 sentences; the
    rest was annotated without persons: names there are tagged O (a Prime Minister's name after
    श्री, for one). The tail starts at the first run of TAIL_GAP sentences with no person tag.
    """
    run = 0
    for i, (_, tags) in enumerate(train):
        if any(t.endswith("-" + PERSON) for t in tags):
            run = 0
        else:
            run += 1
            if run == TAIL_GAP:
                return i - TAIL_GAP + 1
    return len(train)


def training_sentences(train: list[ilner.Sentence], classes: dict[str, frozenset[str]]) -> tuple[list[ilner.Sentence], int]:
    """Train without the person-free tail's sentences that hold a given name, surname or
    honorific of the lexicons (they may hold names tagged O); also the number left out."""
    cues = frozenset().union(*(classes.get(c, frozenset()) for c in CUE_CLASSES_FOR_TAIL))
    tail = person_free_tail(train)
    kept = train[:tail] + [s for s in train[tail:] if not any(fold(w) in cues for w in s[0])]
    return kept, len(train) - len(kept)


def train_model(
    train: list[ilner.Sentence], features: WordFeatures, params: dict[str, object], labels: str, model_path: Path
) -> None:
    import pycrfsuite

    params = dict(params)
    trainer = pycrfsuite.Trainer(algorithm=str(params.pop("algorithm")), verbose=False)
    for words, tags in train:
        trainer.append(features.sentence(words), person_tags(tags, labels))
    trainer.set_params(params)
    trainer.train(str(model_path))


def evaluate(tagger: NameTagger, dev: list[ilner.Sentence]) -> dict[str, float]:
    gold = [ilner.spans(tags) for _, tags in dev]
    pred = [[(s, e) for s, e, _ in tagger.person_spans(words)] for words, _ in dev]
    return {k: round(v, 6) if isinstance(v, float) else v for k, v in ilner.score(gold, pred).items()}


def build(data: Path, out: Path, *, labels: str, params: dict[str, object], limit: int | None = None) -> dict:
    train = ilner.read(data / "train.tsv")
    dev = ilner.read(data / "dev.tsv")
    if limit is not None:
        train, dev = train[:limit], dev[: max(1, limit // 8)]
    classes = lexicon_classes(Lexicons.load(without=TRAINING_LEXICONS_WITHOUT))
    features = WordFeatures(classes)
    all_train = train
    train, left_out = training_sentences(train, classes)
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / MODEL_FILE
    with tempfile.TemporaryDirectory() as tmp:
        tmp_model = Path(tmp) / MODEL_FILE
        train_model(train, features, params, labels, tmp_model)
        model = tmp_model.read_bytes()
    model_path.write_bytes(model)
    meta: dict[str, object] = {
        "model": MODEL_FILE,
        "sha256": hashlib.sha256(model).hexdigest(),
        "size_bytes": len(model),
        "kind": "linear-chain CRF (python-crfsuite)",
        "trainer": f"python-crfsuite {importlib.metadata.version('python-crfsuite')}",
        "feature_version": FEATURE_VERSION,
        "lexicon_fingerprint": features.fingerprint,
        "labels": labels,
        "training_params": params,
        "training_data": {
            "sentences_in_file": len(all_train),
            "person_free_tail_from": person_free_tail(all_train),
            "left_out_tail_sentences_with_name_cues": left_out,
            "sentences": len(train),
            "tokens": sum(len(w) for w, _ in train),
            "person_spans": sum(len(ilner.spans(t)) for _, t in train),
            "limited_to": limit,
        },
        "source": SOURCE,
        "name_words": [w for w in name_words(train, person_free_tail(train)) if w[:1].isalpha()],
        "name_words_rule": (
            "folded words inside a person span of the person-annotated part of train at least as often as "
            "outside one there; a word inside one span only must have no other use in train"
        ),
        "person_free_tail_rule": (
            f"sentences from the first run of {TAIL_GAP} sentences without a person tag on that hold a word "
            f"of the lexicon classes {', '.join(CUE_CLASSES_FOR_TAIL)} are left out of training"
        ),
    }
    meta_path = out / METADATA_FILE
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    NameTagger._loaded.clear()  # a rebuilt file at the same path
    tagger = NameTagger.load(path=model_path)
    meta["dev_scores"] = {"person": evaluate(tagger, dev), "sentences": len(dev)}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    NameTagger._loaded.clear()
    return meta


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=None, help="IL-NER Hindi dir with train.tsv and dev.tsv")
    ap.add_argument("--out", type=Path, default=REPO / "src" / "hindi_meeting_extract" / "data")
    ap.add_argument("--labels", choices=("all", "person"), default="all", help="train on every IL-NER label or on persons only")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--max-iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--limit", type=int, default=None, help="first N train sentences only (tests)")
    args = ap.parse_args(argv)
    data = args.data or ilner.find_data_dir(REPO)
    if data is None or not (data / "train.tsv").is_file() or not (data / "dev.tsv").is_file():
        print(f"error: IL-NER data not found ({data or 'no shared/data/il-ner-hi above ' + str(REPO)}); pass --data DIR", file=sys.stderr)
        return 2
    params = dict(PARAMS, c1=args.c1, c2=args.c2, max_iterations=args.max_iterations)
    meta = build(data, args.out, labels=args.labels, params=params, limit=args.limit)
    s = meta["dev_scores"]["person"]  # type: ignore[index]
    print(
        f"{args.out / MODEL_FILE}: {meta['size_bytes']:,} bytes; IL-NER dev persons exact "
        f"P {s['exact_p']:.3f} R {s['exact_r']:.3f} F1 {s['exact_f1']:.3f}, overlap F1 {s['overlap_f1']:.3f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
