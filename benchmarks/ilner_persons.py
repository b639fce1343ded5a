"""Person names on IL-NER Hindi dev: the shipped name model alone, and the library pipeline.

    python3 benchmarks/ilner_persons.py [--data DIR] [--pipeline] [--gate]

IL-NER Hindi (Bahad et al. 2024, CC-BY-4.0; see docs/name-model.md) gives one sentence per
block of ``token<TAB>tag`` lines. For every dev sentence this prints, over all person spans
(``NEP``), exact-span and overlap precision, recall and F1 (overlap: a predicted span is
right when it overlaps a gold span, a gold span is found when a predicted span overlaps it):

- ``model``: ``NameTagger.person_spans`` on every sentence (the words as IL-NER gives them);
- ``model+gate`` (``--gate``): the same, only on sentences ``worth_tagging`` passes;
- ``pipeline`` (``--pipeline``): ``extract()`` of the library as it is on the sentence text
  (words joined by spaces), each person mention mapped back to the words it covers.

``--data`` defaults to the first ``shared/data/il-ner-hi`` next to this repository or a parent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hindi_meeting_extract import ilner  # noqa: E402
from hindi_meeting_extract.name_model import NameTagger  # noqa: E402


def line(name: str, s: dict[str, float], extra: str = "") -> str:
    return (
        f"{name:12s} exact P {s['exact_p']:.3f} R {s['exact_r']:.3f} F1 {s['exact_f1']:.3f}   "
        f"overlap P {s['overlap_p']:.3f} R {s['overlap_r']:.3f} F1 {s['overlap_f1']:.3f}   "
        f"(gold {s['gold']}, predicted {s['predicted']}){extra}"
    )


def model_spans(tagger: NameTagger, dev: list[ilner.Sentence], gate: bool) -> list[list[ilner.Span]]:
    out = []
    for words, _ in dev:
        if gate and not tagger.worth_tagging(words):
            out.append([])
        else:
            out.append([(s, e) for s, e, _ in tagger.person_spans(words)])
    return out


def pipeline_spans(dev: list[ilner.Sentence]) -> list[list[ilner.Span]]:
    from hindi_meeting_extract import Pipeline

    pipe = Pipeline()
    out = []
    for words, _ in dev:
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        text = " ".join(words)
        record = pipe.extract(text)
        found = set()
        for person in record.persons:
            for mention in person.mentions:
                covered = [i for i, s in enumerate(starts) if s < mention.end and mention.start < s + len(words[i])]
                if covered:
                    found.add((covered[0], covered[-1] + 1))
        out.append(sorted(found))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--pipeline", action="store_true", help="also score the library pipeline")
    ap.add_argument("--gate", action="store_true", help="also score the model behind its gate")
    args = ap.parse_args()
    data = args.data or ilner.find_data_dir(ROOT)
    if data is None or not (data / "dev.tsv").is_file():
        print("error: IL-NER dev.tsv not found; pass --data DIR", file=sys.stderr)
        return 2
    dev = ilner.read(data / "dev.tsv")
    gold = [ilner.spans(tags) for _, tags in dev]
    tagger = NameTagger.load()
    n_tok = sum(len(w) for w, _ in dev)
    t0 = time.process_time()
    pred = model_spans(tagger, dev, gate=False)
    cpu = time.process_time() - t0
    print(f"IL-NER Hindi dev: {len(dev)} sentences, {n_tok} tokens, {sum(map(len, gold))} person spans")
    print(line("model", ilner.score(gold, pred), f"  {cpu / n_tok * 1e6:.1f} µs CPU/token"))
    if args.gate:
        passed = sum(tagger.worth_tagging(w) for w, _ in dev)
        print(line("model+gate", ilner.score(gold, model_spans(tagger, dev, gate=True)),
                   f"  {passed}/{len(dev)} sentences tagged"))
    if args.pipeline:
        print(line("pipeline", ilner.score(gold, pipeline_spans(dev))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
