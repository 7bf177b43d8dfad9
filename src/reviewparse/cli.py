"""The ``reviewparse`` command: a thin layer over the library.

Heavy modules load inside each command, so ``reviewparse --help`` stays fast. Every
:class:`ReviewParseError` becomes one line on stderr and its documented exit code.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from reviewparse import __version__
from reviewparse.errors import InternalError, ReviewParseError

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_BELOW_FLOOR = 6


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reviewparse",
        description="Turn saved review pages about TV series and films into typed, evidenced records.",
    )
    parser.add_argument("--version", action="version", version=f"reviewparse {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="parse pages into records (JSON or JSON Lines)",
        description="Parse saved pages (.html, .txt, optionally .gz) into records.",
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="saved pages to parse")
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="output format (default: json for one file, jsonl for several)",
    )
    parse.add_argument(
        "--input-format",
        choices=("html", "text"),
        default=None,
        help="read every input as this format instead of guessing",
    )
    parse.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parse.add_argument("--no-evidence", action="store_true", help="leave evidence out of the output")

    text = commands.add_parser(
        "text",
        help="print a page's normalized text (what evidence offsets index)",
        description="Print the normalized text that evidence offsets point into.",
    )
    text.add_argument("file", metavar="FILE")
    text.add_argument("--input-format", choices=("html", "text"), default=None)

    commands.add_parser(
        "schema",
        help="print the record's JSON Schema",
        description="Print the JSON Schema of a record, generated from the models.",
    )

    evaluate = commands.add_parser(
        "eval",
        help="score the parser on labeled pages",
        description="Parse every labeled page in DIR (NAME.html|.txt beside "
        "NAME.json) and print precision, recall and F1 per fact kind.",
    )
    evaluate.add_argument("folder", metavar="DIR")
    evaluate.add_argument("--verbose", action="store_true", help="list each page's missing and extra facts")
    evaluate.add_argument(
        "--min-f1",
        type=float,
        default=None,
        metavar="X",
        help=f"exit {EXIT_BELOW_FLOOR} when micro F1 is below X",
    )
    evaluate.add_argument("--json", metavar="OUT", help="also write the scores as JSON to OUT")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "text":
            return _text(args)
        if args.command == "schema":
            return _schema()
        return _eval(args)
    except ReviewParseError as error:
        print(f"reviewparse: error: {error}", file=sys.stderr)
        return error.exit_code
    except BrokenPipeError:
        return EXIT_OK
    except OSError as error:  # the output file or folder, not an input
        where = f"{error.filename}: " if error.filename else ""
        print(f"reviewparse: error: {where}{error.strerror or error}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as error:  # a bug: still one line, never a traceback
        print(f"reviewparse: error: internal error ({type(error).__name__}: {error})", file=sys.stderr)
        return InternalError.exit_code


def _parse(args: argparse.Namespace) -> int:
    from reviewparse.core import parse_file

    output_format = args.format or ("json" if len(args.files) == 1 else "jsonl")
    exclude = {"evidence"} if args.no_evidence else None
    failures = 0
    last_error: ReviewParseError | None = None
    out: TextIO = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    try:
        for name in args.files:
            try:
                record = parse_file(name, format=args.input_format)
                indent = 2 if output_format == "json" else None
                line = record.model_dump_json(indent=indent, exclude=exclude) + "\n"
            except ReviewParseError as error:
                failures += 1
                last_error = error
                print(f"reviewparse: error: {error}", file=sys.stderr)
                continue
            except ValueError as error:  # a record JSON cannot hold: a bug, reported per file
                failures += 1
                last_error = InternalError(f"{name}: internal error writing the record ({error})")
                print(f"reviewparse: error: {last_error}", file=sys.stderr)
                continue
            out.write(line)
    finally:
        if args.output:
            out.close()
    if failures and failures == len(args.files) and last_error is not None:
        return last_error.exit_code
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _text(args: argparse.Namespace) -> int:
    from reviewparse.core import build_document
    from reviewparse.loading import load, read_path

    data, name = read_path(args.file)
    document = build_document(load(data, name=name, format=args.input_format, label=args.file))
    sys.stdout.write(document.text + "\n")
    return EXIT_OK


def _schema() -> int:
    from reviewparse.models import record_json_schema

    print(json.dumps(record_json_schema(), indent=2))
    return EXIT_OK


def _eval(args: argparse.Namespace) -> int:
    from reviewparse.evaluate import evaluate_folder, format_details, format_table

    evaluation = evaluate_folder(Path(args.folder))
    print(f"{len(evaluation.pages)} labeled pages in {args.folder}")
    if args.verbose:
        details = format_details(evaluation)
        if details:
            print(details)
    print(format_table(evaluation))
    if args.json:
        Path(args.json).write_text(json.dumps(evaluation.to_json(), indent=2), encoding="utf-8")
    micro_f1 = evaluation.tally.scores()[2]
    if args.min_f1 is not None and micro_f1 < args.min_f1:
        print(f"micro F1 {micro_f1:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return EXIT_BELOW_FLOOR
    return EXIT_OK
