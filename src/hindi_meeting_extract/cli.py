"""The ``hindi-meeting-extract`` command line.

Every failure ends with one line ``hindi-meeting-extract: error: …`` on stderr and exit status 2
(usage mistakes included); a reader that closes the pipe early (``… | head``) ends the command
quietly with status 141, as ``cat`` or ``grep`` killed by SIGPIPE would.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import DocumentTooLarge, HindiMeetingExtractError, InputError


def _dump(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False)


def read_input(file: str, encoding_errors: str = "strict") -> tuple[str, str | None]:
    """The text of ``file`` (``-``: stdin) and its default doc_id (the file name without extension)."""
    from .clean import decode_utf8

    if file == "-":
        return decode_utf8(sys.stdin.buffer.read(), "<stdin>", encoding_errors), None
    path = Path(file)
    if path.is_dir():
        raise InputError(f"{file} is a directory; give a text file (or use the batch command)")
    return decode_utf8(path.read_bytes(), file, encoding_errors), path.stem


def pipeline_from(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The pipeline the common options (and ``--max-chars``) ask for."""
    from .pipeline import DEFAULT_MAX_CHARS, Pipeline

    max_chars = getattr(args, "max_chars", None) or DEFAULT_MAX_CHARS
    return Pipeline(backend=args.backend, lexicons=args.lexicon or (), max_chars=max_chars)


def _cmd_extract(args: argparse.Namespace) -> int:
    text, stem = read_input(args.file, args.encoding_errors)
    record = pipeline_from(args).extract(text, doc_id=args.doc_id or stem, reference_date=args.reference_date)
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


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {value!r}")
    return n


def add_document_arguments(p: argparse.ArgumentParser) -> None:
    """The options of the one-document commands (``extract``, ``render``)."""
    p.add_argument("file", metavar="FILE|-", help="a UTF-8 text file, or - for stdin")
    p.add_argument("--doc-id", help="defaults to the file name without extension")
    p.add_argument("--reference-date", metavar="YYYY-MM-DD")
    p.add_argument("--encoding-errors", choices=("strict", "replace"), default="strict",
                   help="invalid UTF-8: fail naming the byte offset (strict) or use U+FFFD (replace)")
    add_max_chars(p)


def add_max_chars(p: argparse.ArgumentParser) -> None:
    from .pipeline import DEFAULT_MAX_CHARS

    p.add_argument("--max-chars", type=_positive, metavar="N",
                   help=f"longest document accepted, in characters (default {DEFAULT_MAX_CHARS:,})")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line (the usage is one ``--help`` away)."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="hindi-meeting-extract",
        description="Extract typed, grounded meeting records from Hindi press releases.",
    )
    from ._version import __version__

    parser.add_argument("--version", action="version", version=__version__)
    sub = parser.add_subparsers(dest="command", required=True)

    common = _Parser(add_help=False)
    common.add_argument("--backend", default="rules", help="rules (default) or stanza")
    common.add_argument("--lexicon", action="append", metavar="FILE", help="an extra lexicon TOML file (repeatable)")
    common.add_argument("--stanza-dir", metavar="DIR", help="stanza models folder (default: STANZA_RESOURCES_DIR)")

    p = sub.add_parser("extract", parents=[common], help="print one record as JSON")
    add_document_arguments(p)
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


def _error(message: object) -> int:
    print(f"hindi-meeting-extract: error: {message}", file=sys.stderr)
    return 2


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush cannot fail again."""
    import os

    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, AttributeError, ValueError):  # a stdout without a file (captured)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        _check_backend(args)
        return int(args.func(args))
    except BrokenPipeError:  # the reader went away (… | head): stop quietly, like SIGPIPE would
        _quiet_stdout()
        return 141
    except DocumentTooLarge as exc:
        return _error(f"document has {exc.length:,} characters, more than the limit of {exc.limit:,}; "
                      "split it or raise the limit with --max-chars N")
    except HindiMeetingExtractError as exc:
        return _error(exc)
    except OSError as exc:
        return _error(exc)
    except KeyboardInterrupt:
        _error("interrupted")
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
