"""Command line: `python -m pipeline.cassettes build | record` (nox -s cassettes / nox -s record).

build   spec + docs cassettes from build/spec/overlaid.json (run `python -m pipeline overlay` first);
        --check writes nothing and fails when the committed cassettes differ from what the spec gives.
record  live cassettes from the GetResponse API: GETRESPONSE_API_KEY (and GETRESPONSE_DOMAIN for MAX) from the
        environment; one operation (--operation), one tag (--tag) or every read-only (GET) operation;
        operations that write only with --allow-writes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from pipeline import paths
from pipeline.cassettes import layout
from pipeline.cassettes.build import cassette_files, write_cassettes
from pipeline.cassettes.spec_view import SpecView
from pipeline.cassettes.values import ExampleValues
from pipeline.errors import PipelineError
from pipeline.spec_model import operations


def read_overlaid_spec() -> dict[str, object]:
    try:
        document: dict[str, object] = json.loads(paths.OVERLAID_SPEC.read_text())
    except FileNotFoundError as exc:
        raise PipelineError(
            f"{paths.OVERLAID_SPEC.relative_to(paths.ROOT)} is missing: run `python -m pipeline fetch` and "
            "`python -m pipeline overlay` first"
        ) from exc
    return document


def step_build(args: argparse.Namespace) -> int:
    document = read_overlaid_spec()
    files = cassette_files(document, layout.DOCS_EXAMPLES)
    result = write_cassettes(files, layout.CASSETTES, check=args.check)
    origins: dict[str, int] = {}
    for origin, _ in files:
        origins[origin] = origins.get(origin, 0) + 1
    counts = ", ".join(f"{count} {origin}" for origin, count in sorted(origins.items()))
    ignored = len(ExampleValues(SpecView(document)).ignored_examples())
    verb = "would write" if args.check else "wrote"
    print(
        f"cassettes: {counts} | {verb} {len(result.written)}, removed {len(result.removed)}, "
        f"{result.unchanged} unchanged | {ignored} spec examples ignored (they do not fit their own schema)"
    )
    for path in [*result.written, *result.removed][:20]:
        print(f"  {path.relative_to(paths.ROOT)}")
    if args.check and (result.written or result.removed):
        print("the committed cassettes are not what the spec gives: run `nox -s cassettes`", file=sys.stderr)
        return 1
    return 0


def step_record(args: argparse.Namespace) -> int:
    from pipeline.cassettes.record import RecordOptions, record  # vcrpy is needed for recording only

    params = dict(_pair(item) for item in args.param)
    options = RecordOptions(
        operation_id=args.operation,
        tag=args.tag,
        allow_writes=args.allow_writes,
        params=params,
        server=args.server,
        base_url=args.base_url,
        record_mode=args.record_mode,
        destination=Path(args.destination) if args.destination else layout.CASSETTES / "live",
    )
    from getresponse_client import ConfigurationError

    document = read_overlaid_spec()
    known = {operation.operation_id for operation in operations(document)}
    if args.operation and args.operation not in known:
        raise PipelineError(
            f"no operation {args.operation!r} in the overlaid spec (operationIds as on the Python side)"
        )
    try:
        report = record(options, document, env=os.environ)
    except ConfigurationError as exc:
        raise PipelineError(f"cannot build the recording client: {exc}") from exc
    for line in report.lines():
        print(line)
    return 0 if report.recorded or not report.failed else 1


def _pair(text: str) -> tuple[str, str]:
    name, sep, value = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"--param takes NAME=VALUE, got {text!r}")
    return name, value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.cassettes")
    steps = parser.add_subparsers(dest="step", required=True)
    build = steps.add_parser("build", help="spec + docs cassettes from the overlaid spec")
    build.add_argument("--check", action="store_true", help="write nothing; fail if the cassettes are not current")
    build.set_defaults(run=step_build)
    rec = steps.add_parser("record", help="record live cassettes (GETRESPONSE_API_KEY, GETRESPONSE_DOMAIN)")
    which = rec.add_mutually_exclusive_group()
    which.add_argument("--operation", help="one operationId, e.g. getContactList")
    which.add_argument("--tag", help="every operation of one tag, e.g. Contacts")
    rec.add_argument("--allow-writes", action="store_true", help="also record operations that change data")
    rec.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a path or query parameter by its wire name (contactId=abc, query[name]=x); repeatable",
    )
    rec.add_argument("--server", help='"retail" (default), "max_us" or "max_pl"')
    rec.add_argument("--base-url", help="any base URL instead of a named server")
    rec.add_argument(
        "--record-mode",
        default="all",
        choices=["all", "once"],
        help="vcrpy record mode: all (default) calls the API and replaces the cassette; once records only missing ones",
    )
    rec.add_argument("--destination", help="folder for the cassettes (default: tests/cassettes/live)")
    rec.set_defaults(run=step_record)
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except PipelineError as exc:
        print(f"cassettes {args.step} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())
