"""The candidate not chosen: spaCy 3 ``blank("hi")`` trainable NER on IL-NER Hindi, CPU.

    pip install spacy   # not a dependency of the library; a separate env is fine:
    pip install --target /tmp/spacy_env spacy && PYTHONPATH=/tmp/spacy_env python3 benchmarks/name_model_spacy.py

Trains spaCy's default NER (hash-embedding CNN tok2vec + transition parser) on IL-NER Hindi
train (every entity type, as the shipped CRF), seed 0, minibatches of 32, dropout 0.2, and
after each epoch prints person-span exact and overlap P/R/F1 on dev and µs per token
(``nlp.pipe`` in batches of 64, and one sentence at a time). The numbers in
docs/name-model.md come from the same procedure run as a scratch script before it was
tidied into this file (7 epochs; it timed wall clock, this file times CPU).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hindi_meeting_extract import ilner  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--epochs", type=int, default=7)
    args = ap.parse_args()
    try:
        import spacy
        from spacy.tokens import Doc, Span
        from spacy.training import Example
    except ImportError:
        print("error: this benchmark needs spaCy (pip install spacy)", file=sys.stderr)
        return 2
    data = args.data or ilner.find_data_dir(ROOT)
    if data is None:
        print("error: IL-NER data not found; pass --data DIR", file=sys.stderr)
        return 2
    train, dev = ilner.read(data / "train.tsv"), ilner.read(data / "dev.tsv")
    kinds = sorted({t[2:] for _, tags in train for t in tags if t != "O"})
    random.seed(0)
    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("hi")
    ner = nlp.add_pipe("ner")
    for kind in kinds:
        ner.add_label(kind)

    def example(words: list[str], tags: list[str]) -> Example:
        ref = Doc(nlp.vocab, words=words)
        ents = sorted((Span(ref, s, e, label=k) for k in kinds for s, e in ilner.spans(tags, k)), key=lambda x: x.start)
        kept, last = [], -1
        for ent in ents:
            if ent.start >= last:
                kept.append(ent)
                last = ent.end
        ref.ents = kept
        return Example(Doc(nlp.vocab, words=words), ref)

    examples = [example(w, t) for w, t in train]
    optimizer = nlp.initialize(lambda: examples)
    gold = [ilner.spans(tags) for _, tags in dev]
    n_tok = sum(len(w) for w, _ in dev)
    for epoch in range(args.epochs):
        random.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in spacy.util.minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        t0 = time.process_time()
        docs = list(nlp.pipe([Doc(nlp.vocab, words=w) for w, _ in dev], batch_size=64))
        batched = (time.process_time() - t0) / n_tok * 1e6
        t0 = time.process_time()
        for w, _ in dev[:300]:
            nlp(Doc(nlp.vocab, words=w))
        single = (time.process_time() - t0) / sum(len(w) for w, _ in dev[:300]) * 1e6
        pred = [[(e.start, e.end) for e in doc.ents if e.label_ == "NEP"] for doc in docs]
        s = ilner.score(gold, pred)
        print(
            f"epoch {epoch}: exact P {s['exact_p']:.3f} R {s['exact_r']:.3f} F1 {s['exact_f1']:.3f}, "
            f"overlap F1 {s['overlap_f1']:.3f}; {batched:.0f} µs/token batched, {single:.0f} single",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
