"""The ``hindi-meeting-extract`` command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import HindiMeetingExtractError


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def _cmd_extract(args: argparse.Namespace) -> int:
    from .pipeline import Pipeline

    if args.file == "-":
        text = sys.stdin.buffer.read().decode("utf-8-sig")
    else:
        text = Path(args.file).read_bytes().decode("utf-8-sig")
    pipe = Pipeline(backend=args.backend, lexicons=args.lexicon or ())
    record = pipe.extract(text, doc_id=args.doc_id, reference_date=args.reference_date)
    sys.stdout.write(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch import ErrorRow, extract_many, iter_inputs
    from .pipeline import Pipeline

    pipe = Pipeline(backend=args.backend, lexicons=args.lexicon or ())
    n = errors = 0
    with open(args.output, "w", encoding="utf-8") as out:
        for result in extract_many(iter_inputs(args.inputs), pipeline=pipe):
            n += 1
            if isinstance(result, ErrorRow):
                errors += 1
                out.write(_dump(result.to_json()) + "\n")
            else:
                out.write(_dump(result.model_dump(mode="json")) + "\n")
    if not args.quiet:
        print(f"{n} inputs, {n - errors} records, {errors} errors -> {args.output}", file=sys.stderr)
    return 1 if errors and args.strict else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hindi-meeting-extract",
        description="Extract typed, grounded meeting records from Hindi press releases.",
    )
    from ._version import __version__

    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--backend", default="rules", help="rules (default) or stanza")
    common.add_argument("--lexicon", action="append", metavar="FILE", help="an extra lexicon TOML file (repeatable)")

    p = sub.add_parser("extract", parents=[common], help="print one record as JSON")
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--doc-id")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("batch", parents=[common], help="extract many documents to JSONL")
    p.add_argument("inputs", nargs="+", metavar="INPUT")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--strict", action="store_true", help="exit 1 when any document fails")
    p.set_defaults(func=_cmd_batch)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except HindiMeetingExtractError as exc:
        print(f"hindi-meeting-extract: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"hindi-meeting-extract: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
