"""One drift run: spec changes, stale overlay actions and (optionally) the regenerated packages: their Python API
and the replay of every cassette through them."""

from __future__ import annotations

import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from pipeline.drift.acknowledgements import Acknowledgement, apply_acknowledgements
from pipeline.drift.cassette_replay import KIND as REPLAY_KIND
from pipeline.drift.cassette_replay import ReplayError, ReplayRun, replay_changes
from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.drift.codegen import generate_package
from pipeline.drift.overlays import OverlayEvaluation, already_stale_notes, evaluate_overlays, stale_overlay_changes
from pipeline.drift.python_api import python_api_changes
from pipeline.drift.report import DriftReport, SpecIdentity
from pipeline.drift.spec_diff import diff_specs
from pipeline.fetch import FetchedSpec

MAX_ERROR_TEXT = 600
GENERATED_FROM_NEW = "getresponse_client (generated from NEW)"


def _first_lines(error: BaseException | str) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= MAX_ERROR_TEXT else text[: MAX_ERROR_TEXT - 1] + "…"


def generate_packages(jobs: list[tuple[FetchedSpec, OverlayEvaluation, Path]]) -> list[Path | Exception]:
    """Generate each (spec, overlaid spec, folder) at once in its own process: the generator is CPU-bound and
    our machines have two cores. Each result is the package folder, or the exception that generation raised."""
    with ProcessPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [
            pool.submit(generate_package, spec.document, overlaid.document, spec.sha256, folder)
            for spec, overlaid, folder in jobs
        ]
        results: list[Path | Exception] = []
        for future in futures:
            # Any exception counts, not only PipelineError: the generator may fail its own way on a new document.
            try:
                results.append(future.result())
            except Exception as exc:
                results.append(exc)
        return results


def cassette_replay_drift(old_run: ReplayRun, new_run: ReplayRun) -> tuple[list[Change], list[str]]:
    """Cassettes that replay through the package from OLD but not through the one from NEW; (changes, notes)."""
    try:
        old_replays = old_run.results()
    except ReplayError as exc:
        return [], [_first_lines(f"Cassettes were not replayed against NEW: their replay against OLD failed: {exc}")]
    try:
        new_replays = new_run.results()
    except ReplayError as exc:  # the package from NEW generated, yet cannot even be replayed: fail loudly
        return [classified(REPLAY_KIND, GENERATED_FROM_NEW, _first_lines(exc))], []
    return replay_changes(old_replays, new_replays)


def regenerated_package_drift(
    old: FetchedSpec, new: FetchedSpec, old_overlaid: OverlayEvaluation, new_overlaid: OverlayEvaluation
) -> tuple[list[Change], list[str]]:
    """Regenerate both packages in a scratch folder, compare their public API and replay every cassette through
    each; returns (changes, notes)."""
    if old_overlaid.document == new_overlaid.document:
        return [], []  # same generator input, same package: skip the two generator runs and replays
    with tempfile.TemporaryDirectory(prefix="drift-codegen-") as scratch:
        old_package, new_package = generate_packages(
            [(old, old_overlaid, Path(scratch) / "old"), (new, new_overlaid, Path(scratch) / "new")]
        )
        if isinstance(old_package, Exception):
            note = f"The package could not be generated from OLD, so it was not compared (API, replay): {old_package}"
            return [], [_first_lines(note)]
        if isinstance(new_package, Exception):
            return [classified("python-codegen-failed", GENERATED_FROM_NEW, _first_lines(new_package))], []
        with (
            ReplayRun(old_package, old_overlaid.document) as old_run,
            ReplayRun(new_package, new_overlaid.document) as new_run,
        ):
            api_changes = python_api_changes(old_package, new_package)  # griffe works while both replays run
            replay_found, replay_notes = cassette_replay_drift(old_run, new_run)
        return api_changes + replay_found, replay_notes


def find_drift(
    old: FetchedSpec,
    new: FetchedSpec,
    *,
    overlay_paths: list[Path],
    acknowledgements: list[Acknowledgement],
    codegen: bool = True,
) -> DriftReport:
    changes = diff_specs(old.document, new.document)
    old_overlaid = evaluate_overlays(old.document, overlay_paths)
    new_overlaid = evaluate_overlays(new.document, overlay_paths)
    changes += stale_overlay_changes(old_overlaid, new_overlaid)
    notes = already_stale_notes(old_overlaid)
    if codegen:
        package_changes, package_notes = regenerated_package_drift(old, new, old_overlaid, new_overlaid)
        changes += package_changes
        notes += package_notes
    elif changes:
        notes.append(
            "Run without --no-codegen to compare the Python API of the packages generated from OLD and NEW, "
            "and to replay the cassettes through both."
        )
    marked, unused = apply_acknowledgements(sorted(changes, key=Change.sort_key), acknowledgements)
    return DriftReport(
        old=SpecIdentity(old.info_version, old.sha256, old.source),
        new=SpecIdentity(new.info_version, new.sha256, new.source),
        changes=marked,
        notes=notes,
        unused_acknowledgements=unused,
    )
