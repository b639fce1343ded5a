"""Fuzz target for ``extract``: any input gives a valid, grounded record or a library error.

Coverage-guided, with atheris (``pip install atheris``; wheels exist for CPython 3.11 on
Linux x86-64)::

    python3 benchmarks/fuzz_extract.py -atheris_runs=200000 -timeout=10 [CORPUS_DIR]

Without atheris, the same checks as a plain random loop (reproducible by seed)::

    python3 benchmarks/fuzz_extract.py --plain --runs 20000 --seed 1

Each input is fuzzer bytes read two ways: as UTF-8 (invalid bytes kept as lone surrogates)
and as a sequence of Hindi press-release fragments (honorifics, names, designations, cues,
punctuation, markup) chosen by the bytes. A crash is any other exception or a broken
invariant (an ungrounded span, a dangling person id, a record that does not round-trip).
The plain loop also prints the slowest input per character.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

try:
    import atheris
except ImportError:  # the plain loop needs nothing
    atheris = None

if atheris is not None and "--plain" not in sys.argv:  # coverage for the fuzzer only
    with atheris.instrument_imports():
        from hindi_meeting_extract import HindiMeetingExtractError, MeetingRecord, Pipeline
else:
    from hindi_meeting_extract import HindiMeetingExtractError, MeetingRecord, Pipeline

FRAGMENTS = [
    "श्री", "श्रीमती", "डॉ.", "प्रो.", "माननीय", "जी", "राजीव", "सिंह", "सुनीता", "शर्मा", "फ़ैज़",
    "के.बी.", "जिला अध्यक्ष", "महामंत्री", "पूर्व मंत्री", "विधायक", "कलेक्टर", "सह संयोजक",
    "ने कहा कि", "ने कहा", "का कहना है कि", "ने बताया", "उपस्थित थे", "सहित", "एवं",
    "की अध्यक्षता में", "मुख्य अतिथि", "संचालन", "आभार", "बैठक", "वर्चुअल", "ज़ूम",
    "में", "को", "के", "की", "कोरबा", "रायपुर", "12", "१२", "जुलाई", "2020", "12.07.2020",
    " ", " ", " ", "।", ".", ",", ":", '"', "“", "”", "(", ")", "\n", "\r\n",
    "<p>", "</p>", "<script>", "</script>", "<!--", "&nbsp;", "&#2352;",
    "\u200c", "\u200d", "\u093c", "\ufeff", "\x00", "gS", "esa", "IT cell",
]

PIPELINE = Pipeline()


def texts_from(data: bytes) -> list[str]:
    """The two readings of one fuzzer input."""
    fragments = "".join(FRAGMENTS[b % len(FRAGMENTS)] for b in data)
    return [data.decode("utf-8", "surrogateescape"), fragments]


def check(text: str) -> None:
    """Raise AssertionError when ``extract`` breaks an invariant on ``text``."""
    try:
        record = PIPELINE.extract(text)
    except HindiMeetingExtractError:
        return
    for span in record.spans():
        assert text[span.start : span.end] == span.text, (span, text)
    for s in record.statements:
        if s.cue_start is not None:
            assert text[s.cue_start : s.cue_end] == s.cue, (s, text)
    ids = {p.id for p in record.persons}
    assert {s.speaker for s in record.statements if s.speaker} <= ids, text
    assert set(record.attendees) <= ids, text
    dumped = json.loads(json.dumps(record.model_dump(mode="json")))
    assert MeetingRecord.model_validate(dumped) == record, text


def TestOneInput(data: bytes) -> None:  # noqa: N802 - atheris' name
    for text in texts_from(data):
        check(text)


def plain_loop(runs: int, seed: int, max_len: int) -> None:
    rng = random.Random(seed)
    slowest = (0.0, "")
    start = time.perf_counter()
    for i in range(runs):
        data = rng.randbytes(rng.randint(0, max_len))
        for text in texts_from(data):
            t0 = time.perf_counter()
            check(text)
            per_char = (time.perf_counter() - t0) / max(len(text), 1)
            if per_char > slowest[0] and len(text) >= 50:
                slowest = (per_char, text)
        if (i + 1) % 1000 == 0:
            print(f"{i + 1} inputs, {time.perf_counter() - start:.1f}s; slowest {slowest[0] * 1e6:.1f} µs/char",
                  file=sys.stderr)
    print(f"ok: {runs} inputs (seed {seed}); slowest {slowest[0] * 1e6:.1f} µs/char on {slowest[1][:80]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plain", action="store_true", help="random loop instead of atheris")
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-len", type=int, default=400)
    args, rest = parser.parse_known_args()
    if args.plain or atheris is None:
        plain_loop(args.runs, args.seed, args.max_len)
        return
    atheris.Setup([sys.argv[0], *rest], TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
