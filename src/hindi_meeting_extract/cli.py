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

    from .clean import decode_utf8

    data = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    text = decode_utf8(data, "<stdin>" if args.file == "-" else args.file, args.encoding_errors)
    pipe = Pipeline(backend=args.backend, lexicons=args.lexicon or ())
    record = pipe.extract(text, doc_id=args.doc_id, reference_date=args.reference_date)
    sys.stdout.write(json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n")
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from .batch_cli import run

    return run(args)


def _cmd_models_download(args: argparse.Namespace) -> int:
    from .backends.stanza import download_models

    folder = download_models(args.stanza_dir)
    print(f"stanza's Hindi models are in {folder}", file=sys.stderr)
    return 0


def _check_backend(args: argparse.Namespace) -> None:
    """Fail early, in one line, when a non-default backend cannot run (e.g. no stanza models)."""
    import os

    from .backends import get_backend
    from .errors import BackendUnavailable
    from .lexicon import Lexicons

    if getattr(args, "stanza_dir", None):  # --stanza-dir is STANZA_RESOURCES_DIR for this run
        os.environ["STANZA_RESOURCES_DIR"] = args.stanza_dir
    if getattr(args, "backend", "rules") != "rules":
        ok, why = get_backend(args.backend, Lexicons.load()).available()
        if not ok:
            raise BackendUnavailable(why)


def _cmd_schema(args: argparse.Namespace) -> int:
    from .models import MeetingRecord

    schema = json.dumps(MeetingRecord.model_json_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        Path(args.output).write_text(schema, encoding="utf-8")
    else:
        sys.stdout.write(schema)
    return 0


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
    common.add_argument("--stanza-dir", metavar="DIR", help="stanza models folder (default: STANZA_RESOURCES_DIR)")

    p = sub.add_parser("extract", parents=[common], help="print one record as JSON")
    p.add_argument("file", metavar="FILE|-")
    p.add_argument("--doc-id")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD")
    p.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                   help="invalid UTF-8: fail naming the byte offset (strict) or use U+FFFD (replace)")
    p.set_defaults(func=_cmd_extract)

    from .batch_cli import add_arguments as add_batch_arguments

    p = sub.add_parser("batch", parents=[common], help="extract many documents to JSONL, CSV or Parquet")
    add_batch_arguments(p)
    p.set_defaults(func=_cmd_batch)

    from . import evaluate, render

    p = sub.add_parser("render", parents=[common], help="extract one document and write an HTML view")
    render.add_arguments(p)
    p.set_defaults(func=render.run)

    p = sub.add_parser("evaluate", parents=[common], help="score records against gold annotations")
    evaluate.add_arguments(p)
    p.set_defaults(func=evaluate.run)

    p = sub.add_parser("models", help="set up the stanza backend's models")
    models = p.add_subparsers(dest="models_command", required=True)
    p = models.add_parser("download", help="download stanza's Hindi models (needs internet)")
    p.add_argument("--stanza-dir", metavar="DIR", help="where to put them (default: STANZA_RESOURCES_DIR)")
    p.set_defaults(func=_cmd_models_download)

    p = sub.add_parser("schema", help="print (or write) the JSON schema of the output record")
    p.add_argument("-o", "--output", help="write to this file instead of stdout")
    p.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check_backend(args)
        return int(args.func(args))
    except HindiMeetingExtractError as exc:
        print(f"hindi-meeting-extract: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"hindi-meeting-extract: error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
