"""Command line of the pipeline steps; noxfile.py calls these in order.

python -m pipeline fetch [--mirror DIR]   # pinned spec -> build/spec/upstream.json
python -m pipeline overlay                # overlays/*.yaml -> build/spec/overlaid.json
python -m pipeline generate               # -> generated/getresponse_client (formatted)
python -m pipeline summary --seconds S    # one line per figure, for humans and CI logs
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from pipeline import paths
from pipeline.errors import PipelineError
from pipeline.files import write_json_atomic
from pipeline.paths import MIRROR_ENV
from pipeline.spec_model import operation_ids_by_route, operations

# Each step imports what only it needs when it runs: each runs in a process of its own (nox -s generate runs
# three), and the generator's imports alone take about a second.


def read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text())
    except FileNotFoundError as exc:
        raise PipelineError(f"{path.relative_to(paths.ROOT)} is missing: run the earlier pipeline step first") from exc


def record(**figures: Any) -> None:
    summary = read_json(paths.SUMMARY) if paths.SUMMARY.exists() else {}
    summary.update(figures)
    write_json_atomic(paths.SUMMARY, summary)


def step_fetch(args: argparse.Namespace) -> None:
    from pipeline.fetch import fetch
    from pipeline.spec_lock import SpecLock

    mirror = args.mirror or os.environ.get(MIRROR_ENV)
    lock = SpecLock.load(paths.LOCK)
    spec = fetch(lock, mirror=Path(mirror) if mirror else None, destination=paths.UPSTREAM_SPEC)
    paths.SUMMARY.unlink(missing_ok=True)
    record(spec_version=spec.info_version, sha256=spec.sha256, source=spec.source)
    print(f"fetch: {spec.info_version} from {spec.source} (sha256 {spec.sha256[:12]}… verified)")


def step_overlay(args: argparse.Namespace) -> None:
    from pipeline.overlay import apply_overlays, overlay_files
    from pipeline.prose import strip_prose

    upstream = read_json(paths.UPSTREAM_SPEC)
    overlaid, results = apply_overlays(upstream, overlay_files(args.overlays))
    write_json_atomic(paths.OVERLAID_SPEC, overlaid)
    write_json_atomic(paths.GENERATOR_INPUT, strip_prose(overlaid, operation_ids_by_route(upstream)))
    per_file: dict[str, int] = {}
    for result in results:
        per_file[result.overlay] = per_file.get(result.overlay, 0) + 1
    record(overlay_actions=len(results))
    for name, actions in per_file.items():
        print(f"overlay: {name}: {actions} actions, each matched")


def step_generate(args: argparse.Namespace) -> None:
    from pipeline.generate import build_package
    from pipeline.surface_diff import surface_summary

    overlaid = read_json(paths.OVERLAID_SPEC)
    summary = read_json(paths.SUMMARY)
    committed_surface = paths.SURFACE_FILE.read_text() if paths.SURFACE_FILE.exists() else None
    package = build_package(
        generator_input=paths.GENERATOR_INPUT,
        document=overlaid,
        upstream_ids=operation_ids_by_route(read_json(paths.UPSTREAM_SPEC)),
        sha256=summary["sha256"],
        destination=paths.GENERATED_PACKAGE,
        surface_file=paths.SURFACE_FILE,
    )
    expected = sum(1 for _ in operations(overlaid))
    record(operations=package.operations, operations_in_spec=expected, models=package.models, warnings=0)
    if package.operations != expected:
        raise PipelineError(f"generated {package.operations} operations, the spec has {expected}")
    print(f"generate: {package.operations}/{expected} operations, {package.models} models, 0 warnings")
    if committed_surface is not None:  # ours or GetResponse's, every change of the surface is told here
        for line in surface_summary(committed_surface, paths.SURFACE_FILE.read_text()):
            print(f"generate: {line}")


def step_summary(args: argparse.Namespace) -> None:
    summary = read_json(paths.SUMMARY)
    print(
        f"regenerate summary: spec {summary['spec_version']} | operations {summary['operations']}/"
        f"{summary['operations_in_spec']} | models {summary['models']} | warnings {summary['warnings']} | "
        f"overlay actions {summary['overlay_actions']} | {args.seconds:.1f} s"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline")
    steps = parser.add_subparsers(dest="step", required=True)
    fetch_parser = steps.add_parser("fetch", help="read and verify the pinned spec")
    fetch_parser.add_argument("--mirror", help=f"folder holding the spec instead of its URL (env: {MIRROR_ENV})")
    fetch_parser.set_defaults(run=step_fetch)
    overlay_parser = steps.add_parser("overlay", help="apply overlays/*.yaml")
    overlay_parser.add_argument(
        "--overlays", type=Path, default=paths.OVERLAYS, help="overlay folder (default: overlays/)"
    )
    overlay_parser.set_defaults(run=step_overlay)
    steps.add_parser("generate", help="generate generated/getresponse_client").set_defaults(run=step_generate)
    summary_parser = steps.add_parser("summary", help="print the regenerate summary")
    summary_parser.add_argument("--seconds", type=float, required=True)
    summary_parser.set_defaults(run=step_summary)
    args = parser.parse_args(argv)
    try:
        args.run(args)
    except PipelineError as exc:
        print(f"pipeline {args.step} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
