"""Command line of the drift report.

    python -m pipeline.drift OLD NEW [--out DIR] [--ack FILE] [--no-codegen]
    python -m pipeline.drift 2022-01-28 pinned   # documents of the lock, read from the mirror by sha256
    python -m pipeline.drift                 # pinned spec against the newest published one (sources.py)

Writes DIR/report.md and DIR/report.json (default build/drift) and, on GitHub Actions, appends the
Markdown to the job summary. Exit status: 0 when every breaking change is acknowledged (or there is
none), 1 when a breaking change is not, 2 when the inputs cannot be read.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from pipeline import paths
from pipeline.drift.acknowledgements import load_acknowledgements
from pipeline.drift.compare import find_drift
from pipeline.drift.report import ACK_FILE_NAME, DriftReport, headline, write_reports
from pipeline.drift.sources import default_specs, read_spec_arg, relation
from pipeline.errors import PipelineError
from pipeline.overlay import overlay_files
from pipeline.paths import MIRROR_ENV

DEFAULT_OUT = paths.BUILD / "drift"
DEFAULT_ACK = paths.DRIFT_ACKNOWLEDGEMENTS
EXIT_UNACKNOWLEDGED = 1
EXIT_ERROR = 2
MAX_LOG_LINES = 40  # the full list is in the report files


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m pipeline.drift",
        description="Report what changed between two GetResponse OpenAPI documents and what it breaks.",
    )
    parser.add_argument(
        "specs",
        nargs="*",
        metavar="OLD NEW",
        help="spec files (JSON or YAML) or documents of the lock (pinned, 2022-01-28); default: see --help",
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder for report.md and report.json")
    parser.add_argument("--ack", type=Path, default=DEFAULT_ACK, help=f"accepted breaking changes ({ACK_FILE_NAME})")
    parser.add_argument("--overlays", type=Path, default=paths.OVERLAYS, help="folder of the overlays to check")
    parser.add_argument("--mirror", type=Path, help=f"mirror folder for the default OLD and NEW (env: {MIRROR_ENV})")
    parser.add_argument(
        "--no-codegen", action="store_true", help="skip regenerating both packages (Python API, replay)"
    )
    args = parser.parse_args(argv)
    if len(args.specs) not in (0, 2):
        parser.error("give both OLD and NEW, or neither (pinned spec against the newest published one)")
    return args


def summarise(report: DriftReport, markdown: Path, data: Path) -> None:
    print(f"drift: {report.old.version} → {report.new.version}: {headline(report).replace('**', '')}")
    for change in report.unacknowledged[:MAX_LOG_LINES]:
        print(f"  breaking, not acknowledged: {change.kind} at {change.where}: {change.detail}")
    if len(report.unacknowledged) > MAX_LOG_LINES:
        print(f"  …and {len(report.unacknowledged) - MAX_LOG_LINES} more")
    print(f"drift: wrote {markdown} and {data}")


def publish_job_summary(markdown: Path) -> None:
    """GitHub Actions shows what is appended to $GITHUB_STEP_SUMMARY on the run's page."""
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(markdown.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    try:
        notes: list[str] = []
        if args.specs:
            old, new = (read_spec_arg(spec, mirror=args.mirror) for spec in args.specs)
        else:
            old, new = default_specs(mirror=args.mirror)
            choice = relation(old, new)
            print(f"drift: {choice.sentence}")
            notes.append(f"Default NEW: {choice.sentence}.")
        report = find_drift(
            old,
            new,
            overlay_paths=overlay_files(args.overlays),
            acknowledgements=load_acknowledgements(args.ack),
            codegen=not args.no_codegen,
        )
        report = replace(report, notes=[*notes, *report.notes])
        markdown, data = write_reports(report, args.out)
    except PipelineError as exc:
        print(f"drift failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    summarise(report, markdown, data)
    publish_job_summary(markdown)
    return EXIT_UNACKNOWLEDGED if report.unacknowledged else 0


if __name__ == "__main__":
    sys.exit(main())
