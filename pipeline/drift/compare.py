"""One drift run: spec changes, stale overlay actions and (optionally) the regenerated packages: their documented
surface (api.md), their Python API (griffe) and the replay of every cassette through them; then each change is
linked to its root cause (groups.py) and the acknowledgements applied.

Both packages are always generated, with the overlay actions that still match (overlays.py) and generator
warnings allowed, so a document the overlays do not fit is compared all the same; the report's headline says so.
"""

from __future__ import annotations

import re
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pipeline.cassettes.layout import CASSETTES
from pipeline.drift.acknowledgements import Acknowledgement, apply_acknowledgements
from pipeline.drift.cassette_replay import KIND as REPLAY_KIND
from pipeline.drift.cassette_replay import ReplayError, ReplayRun, replay_changes
from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.drift.codegen import SURFACE_FILE, generate_package
from pipeline.drift.groups import griffe_documented_name, let_python_decide, link, schema_classes
from pipeline.drift.overlays import OverlayEvaluation, already_stale_notes, evaluate_overlays, stale_overlay_changes
from pipeline.drift.python_api import python_api_changes
from pipeline.drift.report import DriftReport, SpecIdentity
from pipeline.drift.spec_diff import diff_specs
from pipeline.fetch import FetchedSpec
from pipeline.generate import UNTRUSTED_REPR
from pipeline.surface_diff import Surface, parse_surface, surface_changes

MAX_ERROR_TEXT = 600
GENERATED_FROM_NEW = "getresponse_client (generated from NEW)"


def _first_lines(error: BaseException | str) -> str:
    text = UNTRUSTED_REPR.sub("(a status code)", " ".join(str(error).split()))
    return text if len(text) <= MAX_ERROR_TEXT else text[: MAX_ERROR_TEXT - 1] + "…"


@dataclass(frozen=True)
class Generated:
    package: Path
    warnings: tuple[str, ...]
    surface: Surface


def generate_packages(jobs: list[tuple[FetchedSpec, OverlayEvaluation, Path]]) -> list[Generated | Exception]:
    """Generate each (spec, overlaid spec, folder) at once in its own process: the generator is CPU-bound and
    our machines have two cores. Each result is the package, or the exception that generation raised."""
    with ProcessPoolExecutor(max_workers=len(jobs)) as pool:
        futures = [
            pool.submit(generate_package, spec.document, overlaid.document, spec.sha256, folder)
            for spec, overlaid, folder in jobs
        ]
        results: list[Generated | Exception] = []
        for future, (_, _, folder) in zip(futures, jobs, strict=True):
            # Any exception counts, not only PipelineError: the generator may fail its own way on a new document.
            try:
                package, warnings = future.result()
                surface = parse_surface((folder / SURFACE_FILE).read_text(encoding="utf-8"))
                results.append(Generated(package, warnings, surface))
            except Exception as exc:
                results.append(exc)
        return results


def cassette_replay_drift(old_run: ReplayRun, new_run: ReplayRun) -> tuple[list[Change], list[str]]:
    """How each cassette's replay through the package from NEW differs from the one from OLD; (changes, notes)."""
    try:
        old_replays = old_run.results()
    except ReplayError as exc:
        return [], [_first_lines(f"Cassettes were not replayed against NEW: their replay against OLD failed: {exc}")]
    try:
        new_replays = new_run.results()
    except ReplayError as exc:  # the package from NEW generated, yet cannot even be replayed: fail loudly
        return [classified(REPLAY_KIND, GENERATED_FROM_NEW, _first_lines(exc))], []
    return replay_changes(old_replays, new_replays)


def internal_only(internals: list[Change], documented: list[Change]) -> tuple[list[Change], int]:
    """griffe's findings minus those repeating a documented change (the async and raw twins, the overloads, the
    module paths of one method or model); (kept, how many were folded)."""
    names = {re.split(r"[(]", change.where)[0] for change in documented}
    names |= {".".join(name.split(".")[:2]) for name in names if name.startswith("models.")}
    kept = [change for change in internals if griffe_documented_name(change.where) not in names]
    return kept, len(internals) - len(kept)


def _caveat(side: str, overlaid: OverlayEvaluation, generated: Generated | Exception) -> str | None:
    problems = []
    if overlaid.stale:
        problems.append(f"without {len(overlaid.stale)} overlay action(s) that match nothing in it")
    if isinstance(generated, Generated) and generated.warnings:
        first = _first_lines(generated.warnings[0])[:200]
        problems.append(f"with {len(generated.warnings)} generator warning(s) (first: {first})")
    if isinstance(generated, Exception):
        reason = _first_lines(f"{type(generated).__name__}: {generated}")[:300]
        return f"{side} could not be generated even without its stale overlay actions, so it was not compared: {reason}"
    if not problems:
        return None
    how = " and ".join(problems)
    return f"{side} does not generate cleanly with the overlays; it was compared anyway, generated {how}."


@dataclass(frozen=True)
class PackageDrift:
    changes: list[Change]
    notes: list[str]
    caveats: list[str]
    surfaces: tuple[Surface, ...]
    compared: bool  # both packages were generated and compared: the Python comparison decides


def regenerated_package_drift(
    old: FetchedSpec,
    new: FetchedSpec,
    old_overlaid: OverlayEvaluation,
    new_overlaid: OverlayEvaluation,
    cassettes: Path = CASSETTES,
) -> PackageDrift:
    """Regenerate both packages in a scratch folder, compare their surfaces and replay every cassette through each."""
    if old_overlaid.document == new_overlaid.document:
        return PackageDrift([], [], [], (), False)  # same generator input, same package: nothing to compare
    with tempfile.TemporaryDirectory(prefix="drift-codegen-") as scratch:
        old_generated, new_generated = generate_packages(
            [(old, old_overlaid, Path(scratch) / "old"), (new, new_overlaid, Path(scratch) / "new")]
        )
        caveats = [
            caveat
            for caveat in (_caveat("OLD", old_overlaid, old_generated), _caveat("NEW", new_overlaid, new_generated))
            if caveat
        ]
        if isinstance(new_generated, Exception):
            failed = classified("python-codegen-failed", GENERATED_FROM_NEW, _first_lines(new_generated))
            return PackageDrift([failed], [], caveats, (), False)
        changes = _new_warnings(old_generated, new_generated)
        if isinstance(old_generated, Exception):
            return PackageDrift(changes, [], caveats, (new_generated.surface,), False)
        with (
            ReplayRun(old_generated.package, old_overlaid.document, cassettes) as old_run,
            ReplayRun(new_generated.package, new_overlaid.document, cassettes) as new_run,
        ):
            documented = surface_changes(old_generated.surface, new_generated.surface)
            griffe_found = python_api_changes(old_generated.package, new_generated.package)  # while both replay
            internals, folded = internal_only(griffe_found, documented)
            replay_found, notes = cassette_replay_drift(old_run, new_run)
        if folded:
            notes.append(f"{folded} Python internals change(s) repeat a documented one (async, raw twins, overloads)")
        surfaces = (old_generated.surface, new_generated.surface)
        return PackageDrift(changes + documented + internals + replay_found, notes, caveats, surfaces, True)


def _new_warnings(old: Generated | Exception, new: Generated) -> list[Change]:
    """Generator warnings NEW has and OLD had not: `nox -s regenerate` fails on them until an overlay fixes it."""
    known = set(old.warnings) if isinstance(old, Generated) else set()
    fresh = [warning for warning in new.warnings if warning not in known]
    return [classified("python-codegen-warnings", GENERATED_FROM_NEW, _first_lines(warning)) for warning in fresh]


def find_drift(
    old: FetchedSpec,
    new: FetchedSpec,
    *,
    overlay_paths: list[Path],
    acknowledgements: list[Acknowledgement],
    codegen: bool = True,
    cassettes: Path = CASSETTES,
) -> DriftReport:
    spec_changes = diff_specs(old.document, new.document)
    old_overlaid = evaluate_overlays(old.document, overlay_paths)
    new_overlaid = evaluate_overlays(new.document, overlay_paths)
    changes = spec_changes + stale_overlay_changes(old_overlaid, new_overlaid, spec_changes, new.document)
    notes = already_stale_notes(old_overlaid)
    caveats: list[str] = []
    surfaces: tuple[Surface, ...] = ()
    compared = False
    if codegen:
        drift = regenerated_package_drift(old, new, old_overlaid, new_overlaid, cassettes)
        changes += drift.changes
        notes += drift.notes
        caveats, surfaces, compared = drift.caveats, drift.surfaces, drift.compared
    elif changes:
        notes.append(
            "Run without --no-codegen to compare the Python surface of the packages generated from OLD and NEW, "
            "and to replay the cassettes through both."
        )
    linked = link(changes, surfaces=surfaces, classes=schema_classes(old_overlaid.document, new_overlaid.document))
    judged = let_python_decide(linked) if compared else linked
    marked, unused = apply_acknowledgements(sorted(judged, key=Change.sort_key), acknowledgements)
    return DriftReport(
        old=SpecIdentity(old.info_version, old.sha256, old.source),
        new=SpecIdentity(new.info_version, new.sha256, new.source),
        changes=marked,
        notes=notes,
        unused_acknowledgements=unused,
        caveats=caveats,
    )
