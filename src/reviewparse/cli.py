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
from reviewparse.errors import InternalError, OutputError, ReviewParseError


class UsageError(ReviewParseError):
    """A command-line option out of range."""

    kind = "usage"
    exit_code = 2


EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_USAGE = 2
EXIT_BELOW_FLOOR = 6
DEFAULT_DB_URL = "sqlite:///reviews.db"  # reviewparse.store.DEFAULT_URL, without importing it
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
        choices=("json", "jsonl", "jsonld"),
        default=None,
        help="output format (default: json for one file, jsonl for several; jsonld writes "
        "schema.org JSON-LD, one document per line)",
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
    text.add_argument("file", metavar="FILE", help="saved page")
    text.add_argument(
        "--input-format", choices=("html", "text"), default=None, help="read the input as this format"
    )

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
    evaluate.add_argument("folder", metavar="DIR", help="folder of labeled pages")
    evaluate.add_argument("--verbose", action="store_true", help="list each page's missing and extra facts")
    evaluate.add_argument(
        "--min-f1",
        type=float,
        default=None,
        metavar="X",
        help=f"exit {EXIT_BELOW_FLOOR} when micro F1 is below X",
    )
    evaluate.add_argument("--json", metavar="OUT", help="also write the scores as JSON to OUT")

    explain = commands.add_parser(
        "explain",
        help="show where each value came from (HTML report or terminal summary)",
        description="Show a page's record beside its evidence. With -o, write a self-contained "
        "HTML report: the normalized text with every evidence span highlighted and labelled, "
        "and the record, where clicking a value scrolls to its evidence. Without -o, print a "
        "compact summary (field, value, evidence in context), coloured on a terminal unless "
        "NO_COLOR is set.",
    )
    explain.add_argument("file", metavar="PAGE", help="saved page to explain")
    explain.add_argument("-o", "--output", metavar="OUT", help="write the HTML report here ('-' for stdout)")
    explain.add_argument(
        "--gold",
        metavar="LABEL",
        help="a gold label (SPEC section 2) to mark wrong and missed facts against",
    )
    explain.add_argument(
        "--input-format", choices=("html", "text"), default=None, help="read the input as this format"
    )
    explain.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the summary (default: auto, on a terminal without NO_COLOR)",
    )
    load = commands.add_parser(
        "load",
        help="load records (JSON Lines from parse) into SQLite or PostgreSQL",
        description="Load records into a database, creating its schema on first use. Idempotent: "
        "an unchanged record changes nothing, a newer record of the same source replaces its rows. "
        "Prints: loaded N, replaced N, unchanged N, failed N.",
    )
    load.add_argument("files", nargs="+", metavar="RECORDS", help="JSON Lines files of records (- for stdin)")
    _add_db_option(load)
    load.add_argument("--json", metavar="OUT", help="also write the summary and failures as JSON to OUT")

    database = commands.add_parser(
        "db",
        help="manage the database (db init)",
        description="Manage the database that load writes to.",
    )
    db_commands = database.add_subparsers(dest="db_command", metavar="DB_COMMAND", required=True)
    init = db_commands.add_parser(
        "init",
        help="create the schema (load does this on first use)",
        description="Create the tables, indexes and schema version. Safe to repeat.",
    )
    _add_db_option(init)
    return parser


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="URL",
        default=DEFAULT_DB_URL,
        help=f"database URL: sqlite:///FILE or postgresql://USER:PASS@HOST/DB (default: {DEFAULT_DB_URL})",
    )


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
    batch.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="also load the records into this database (sqlite:///FILE or postgresql://...), "
        "as `reviewparse load OUT --db URL` would",
    )


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
        if args.command == "explain":
            return _explain(args)
        if args.command == "load":
            return _load(args)
        if args.command == "db":
            return _db_init(args)
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
            if output_format == "jsonld":
                from reviewparse.metadata.export import to_jsonld

                line = json.dumps(to_jsonld(record), ensure_ascii=False) + "\n"
            out.write(line)
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
    failed_loads = 0
    if args.db:
        from reviewparse.store import load_jsonl

        report = load_jsonl([args.output], args.db)
        for failure in report.failures:
            print(f"reviewparse: error: {failure}", file=sys.stderr)
        if not args.quiet:
            print(report.summary(), file=sys.stderr)
        failed_loads = report.failed
    return EXIT_SOME_FAILED if summary.errors or failed_loads else EXIT_OK


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
    failed = [page for page in evaluation.pages if page.error]
    if failed:
        print(
            f"{len(failed)} page(s) could not be parsed (scored as empty): "
            + ", ".join(page.name for page in failed)
        )
    if args.json:
        Path(args.json).write_text(json.dumps(evaluation.to_json(), indent=2), encoding="utf-8")
    micro_f1 = evaluation.tally.scores()[2]
    if args.min_f1 is not None and micro_f1 < args.min_f1:
        print(f"micro F1 {micro_f1:.3f} is below --min-f1 {args.min_f1}", file=sys.stderr)
        return EXIT_BELOW_FLOOR
    return EXIT_OK


def _explain(args: argparse.Namespace) -> int:
    from reviewparse.explain import explain_file, render_html, render_summary, wants_color

    explanation = explain_file(args.file, gold=args.gold, format=args.input_format)
    if args.output is None:
        sys.stdout.write(render_summary(explanation, color=wants_color(sys.stdout, args.color)))
        return EXIT_OK
    report = render_html(explanation)
    if args.output == "-":
        sys.stdout.write(report)
        return EXIT_OK
    try:
        Path(args.output).write_text(report, encoding="utf-8")
    except OSError as error:
        raise OutputError(f"{args.output}: cannot write the report ({error.strerror or error})") from error
    evidence = len(explanation.record.evidence)
    print(f"wrote {args.output}: {evidence} evidence spans, {len(explanation.record.warnings)} warnings")
    return EXIT_OK


def _load(args: argparse.Namespace) -> int:
    from reviewparse.store import load_jsonl

    report = load_jsonl(args.files, args.db)
    for failure in report.failures:
        print(f"reviewparse: error: {failure}", file=sys.stderr)
    print(report.summary())
    if args.json:
        Path(args.json).write_text(json.dumps(report.to_json(), indent=2), encoding="utf-8")
    return EXIT_SOME_FAILED if report.failed else EXIT_OK


def _db_init(args: argparse.Namespace) -> int:
    from reviewparse.store import init_db
    from reviewparse.store.engine import database_url

    created = init_db(args.db)
    where = database_url(args.db).render_as_string(hide_password=True)
    print(f"{'created the schema in' if created else 'schema already up to date in'} {where}")
    return EXIT_OK
