"""Person names on IL-NER Hindi dev: the shipped name model alone, and the library pipeline.

    python3 benchmarks/ilner_persons.py [--data DIR] [--pipeline] [--gate]

IL-NER Hindi (Bahad et al. 2024, CC-BY-4.0; see docs/name-model.md) gives one sentence per
block of ``token<TAB>tag`` lines. For every dev sentence this prints, over all person spans
(``NEP``), exact-span and overlap precision, recall and F1 (overlap: a predicted span is
right when it overlaps a gold span, a gold span is found when a predicted span overlaps it):

- ``model``: ``NameTagger.person_spans`` on every sentence (the words as IL-NER gives them);
- ``model+gate`` (``--gate``): the same, only on sentences ``worth_tagging`` passes;
- ``model+window`` (``--gate``): ``person_spans_near_cues`` (only the words around name cues);
- ``--calibration``: the model's spans by confidence band (share exact / overlapping a gold
  span), and its words by marginal band (share inside a gold person span);
- ``pipeline`` (``--pipeline``): ``extract()`` of the library as it is on the sentence text
  (words joined by spaces), each person mention mapped back to the words it covers; and
  ``union``: the pipeline's spans plus the model's spans that overlap none of them (a rough
  idea of rules and model together, not the persons stage's actual merging).

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


def model_spans(tagger: NameTagger, dev: list[ilner.Sentence], gate: str = "") -> list[list[ilner.Span]]:
    out = []
    for words, _ in dev:
        if gate == "windows":
            spans = tagger.person_spans_near_cues(words)
        elif gate == "sentence" and not tagger.worth_tagging(words):
            spans = []
        else:
            spans = tagger.person_spans(words)
        out.append([(s, e) for s, e, _ in spans])
    return out


def union(first: list[ilner.Span], second: list[ilner.Span]) -> list[ilner.Span]:
    """Spans of ``first``, plus those of ``second`` that overlap none of them."""
    return sorted([*first, *(b for b in second if not any(b[0] < e and s < b[1] for s, e in first))])


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


BANDS = (0.0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001)


def calibration(tagger: NameTagger, dev: list[ilner.Sentence], gold: list[list[ilner.Span]]) -> None:
    spans = [[0, 0, 0] for _ in BANDS[:-1]]
    words = [[0, 0] for _ in BANDS[:-1]]

    def band(p: float) -> int:
        return next(b for b in range(len(BANDS) - 1) if p < BANDS[b + 1])

    for (w, _), g in zip(dev, gold, strict=True):
        inside = {i for s, e in g for i in range(s, e)}
        for s, e, c in tagger.person_spans(w):
            b = spans[band(c)]
            b[0] += 1
            b[1] += (s, e) in g
            b[2] += any(s < ge and gs < e for gs, ge in g)
        for i, p in enumerate(tagger.person_probabilities(w)):
            words[band(p)][0] += 1
            words[band(p)][1] += i in inside
    print("span confidence   spans  exact  overlap   | word marginal   words  in a name")
    for b in range(len(BANDS) - 1):
        lo, hi = BANDS[b], min(BANDS[b + 1], 1.0)
        n, e, o = spans[b]
        left = f"[{lo:.1f}, {hi:.1f})   {n:6d}  {e / n:5.0%}  {o / n:7.0%}" if n else f"[{lo:.1f}, {hi:.1f})   {0:6d}" + " " * 16
        m, k = words[b]
        print(f"{left}   | [{lo:.1f}, {hi:.1f})   {m:6d}  {k / m if m else 0:9.0%}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--data", type=Path, default=None)
    ap.add_argument("--pipeline", action="store_true", help="also score the library pipeline")
    ap.add_argument("--gate", action="store_true", help="also score the model behind its gate")
    ap.add_argument("--calibration", action="store_true", help="confidence bands of spans and words")
    ap.add_argument("--model", type=Path, default=None, help="a model file other than the shipped one")
    args = ap.parse_args()
    data = args.data or ilner.find_data_dir(ROOT)
    if data is None or not (data / "dev.tsv").is_file():
        print("error: IL-NER dev.tsv not found; pass --data DIR", file=sys.stderr)
        return 2
    dev = ilner.read(data / "dev.tsv")
    gold = [ilner.spans(tags) for _, tags in dev]
    tagger = NameTagger.load(path=args.model)
    n_tok = sum(len(w) for w, _ in dev)
    t0 = time.process_time()
    pred = model_spans(tagger, dev)
    cpu = time.process_time() - t0
    print(f"IL-NER Hindi dev: {len(dev)} sentences, {n_tok} tokens, {sum(map(len, gold))} person spans")
    print(line("model", ilner.score(gold, pred), f"  {cpu / n_tok * 1e6:.1f} µs CPU/token"))
    if args.gate:
        passed = sum(tagger.worth_tagging(w) for w, _ in dev)
        print(line("model+gate", ilner.score(gold, model_spans(tagger, dev, gate="sentence")),
                   f"  {passed}/{len(dev)} sentences tagged"))
        in_windows = sum(e - s for w, _ in dev for s, e in tagger.cue_windows(w))
        print(line("model+window", ilner.score(gold, model_spans(tagger, dev, gate="windows")),
                   f"  {in_windows / n_tok:.0%} of tokens tagged"))
    if args.calibration:
        calibration(tagger, dev, gold)
    if args.pipeline:
        rules = pipeline_spans(dev)
        print(line("pipeline", ilner.score(gold, rules)))
        print(line("union", ilner.score(gold, [union(a, b) for a, b in zip(rules, pred, strict=True)])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
