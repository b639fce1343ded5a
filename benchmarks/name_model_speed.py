"""Cost of the name model on news text: per token, per text, with and without the gate.

    python3 benchmarks/name_model_speed.py [--corpus DIR] [--rounds 3]

Splits every text of the news corpus (``../shared/corpus/news/*.jsonl``, read-only; nothing
is copied) into sentences and tokens with the library's rules segmenter (not timed: the
pipeline does it anyway), then times, best of ``--rounds`` rounds:

- ``all``: features + CRF marginals (``person_probabilities``) of every sentence;
- ``gated``: ``worth_tagging`` on every sentence, then ``person_probabilities`` on those it
  passes;
- ``spans``: ``worth_tagging`` then ``person_spans`` (Viterbi + marginals of the spans).

The feature cache is warm after the first round (as in a long-running process); round 1 is
also printed (cold cache). Prints ms per text and µs per token.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hindi_meeting_extract.lexicon import Lexicons  # noqa: E402
from hindi_meeting_extract.name_model import NameTagger  # noqa: E402
from hindi_meeting_extract.segment import SentenceSplitter, tokenize  # noqa: E402


def find_corpus() -> Path | None:
    for parent in ROOT.parents:
        if (parent / "shared" / "corpus" / "news").is_dir():
            return parent / "shared" / "corpus" / "news"
    return None


def sentences_of(texts: list[str], lexicons: Lexicons) -> list[list[list[str]]]:
    splitter = SentenceSplitter(lexicons)
    out = []
    for text in texts:
        doc = []
        for s in splitter.split(text):
            words = [t.text for t in tokenize(text, s.start, s.end)]
            if words:
                doc.append(words)
        out.append(doc)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    corpus = args.corpus or find_corpus()
    if corpus is None:
        print("error: news corpus not found; pass --corpus DIR", file=sys.stderr)
        return 2
    texts = []
    for f in sorted(corpus.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    lexicons = Lexicons.load()
    t0 = time.perf_counter()
    tagger = NameTagger.load(lexicons)
    load_ms = (time.perf_counter() - t0) * 1e3
    docs = sentences_of(texts, lexicons)
    n_texts = len(docs)
    n_sent = sum(len(d) for d in docs)
    n_tok = sum(len(s) for d in docs for s in d)
    chars = sum(len(t) for t in texts)
    print(f"{n_texts} texts, {chars / n_texts:,.0f} chars/text, {n_sent} sentences, {n_tok} tokens; load {load_ms:.0f} ms")

    def run_all() -> int:
        for d in docs:
            for s in d:
                tagger.person_probabilities(s)
        return n_tok

    def run_gated() -> int:
        n = 0
        for d in docs:
            for s in d:
                if tagger.worth_tagging(s):
                    tagger.person_probabilities(s)
                    n += len(s)
        return n

    def run_spans() -> int:
        n = 0
        for d in docs:
            for s in d:
                if tagger.worth_tagging(s):
                    tagger.person_spans(s)
                    n += len(s)
        return n

    for name, fn in (("all", run_all), ("gated", run_gated), ("spans", run_spans)):
        times = []
        tagged = 0
        for _ in range(args.rounds):
            t0 = time.perf_counter()
            tagged = fn()
            times.append(time.perf_counter() - t0)
        best = min(times)
        print(
            f"{name:6s} best {best * 1e3 / n_texts:.3f} ms/text ({best * 1e6 / n_tok:.2f} µs per corpus token; "
            f"{tagged / n_tok:.0%} of tokens tagged, {best * 1e6 / max(tagged, 1):.2f} µs per tagged token); "
            f"first round {times[0] * 1e3 / n_texts:.3f} ms/text"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
