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
from reviewparse.errors import ReviewParseError


class UsageError(ReviewParseError):
    """A command-line option out of range."""

    kind = "usage"
    exit_code = 2


EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_BELOW_FLOOR = 6
EXIT_INTERRUPTED = 130


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

    _add_batch_parser(commands)

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


def _add_batch_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = commands.add_parser(
        "batch",
        help="convert many pages (files, folders, web archives) to JSON Lines, resumably",
        description="Convert every input page to one line: a record in OUT or an error entry "
        "in ERR. Inputs: files (.html, .txt, optionally .gz), folders (recursive), web archives "
        "(.warc, .warc.gz: every HTML response is a page), and '-' for a list of paths on stdin.",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT", help="files, folders, archives, or -")
    batch.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="records go here")
    batch.add_argument(
        "--errors", metavar="ERR.jsonl", help="error entries go here (default: OUT.errors.jsonl beside OUT)"
    )
    batch.add_argument(
        "--glob",
        action="append",
        default=[],
        metavar="PATTERN",
        help="in folders, take only files matching PATTERN (e.g. '*.html'; repeatable; "
        "default: page-like names)",
    )
    batch.add_argument(
        "--workers", type=int, default=None, metavar="N", help="worker processes (default: all cores)"
    )
    batch.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="SECONDS",
        help="per-page time limit; a page over it becomes a 'timeout' error (default: 30; 0 for none)",
    )
    batch.add_argument(
        "--chunk-size", type=int, default=4, metavar="N", help="pages sent to a worker at once (default: 4)"
    )
    batch.add_argument(
        "--resume", action="store_true", help="continue an interrupted run: skip inputs already in OUT/ERR"
    )
    batch.add_argument("--overwrite", action="store_true", help="start over even if OUT or ERR exist")
    batch.add_argument("--no-evidence", action="store_true", help="leave evidence out of the records")
    batch.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        if args.command == "parse":
            return _parse(args)
        if args.command == "batch":
            return _batch(args)
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
            except ReviewParseError as error:
                failures += 1
                last_error = error
                print(f"reviewparse: error: {error}", file=sys.stderr)
                continue
            if output_format == "json":
                out.write(record.model_dump_json(indent=2, exclude=exclude) + "\n")
            else:
                out.write(record.model_dump_json(exclude=exclude) + "\n")
    finally:
        if args.output:
            out.close()
    if failures and failures == len(args.files) and last_error is not None:
        return last_error.exit_code
    return EXIT_SOME_FAILED if failures else EXIT_OK


def _batch(args: argparse.Namespace) -> int:
    from reviewparse.batch_run import run_batch
    from reviewparse.inputs import count_inputs
    from reviewparse.progress import Progress

    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.chunk_size < 1:
        raise UsageError("--chunk-size must be at least 1")
    if args.resume and args.overwrite:
        raise UsageError("--resume and --overwrite exclude each other")
    globs = tuple(args.glob)
    total = None if args.quiet else count_inputs(args.inputs, globs)
    progress = Progress(sys.stderr, total=total, quiet=args.quiet)
    try:
        summary = run_batch(
            args.inputs,
            Path(args.output),
            Path(args.errors) if args.errors else None,
            globs=globs,
            workers=args.workers,
            timeout=args.timeout or None,
            chunk_size=args.chunk_size,
            resume=args.resume,
            overwrite=args.overwrite,
            evidence=not args.no_evidence,
            progress=progress,
            stdin=sys.stdin,
        )
    except KeyboardInterrupt:
        print("reviewparse: interrupted; run the same command with --resume to go on", file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(summary.format(), file=sys.stderr)
    return EXIT_SOME_FAILED if summary.errors else EXIT_OK


def _text(args: argparse.Namespace) -> int:
    from reviewparse.core import build_document
    from reviewparse.loading import load, read_path

    data, name = read_path(args.file)
    document = build_document(load(data, name=name, format=args.input_format))
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
