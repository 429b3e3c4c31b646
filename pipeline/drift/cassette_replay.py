"""Cassettes whose replay fails against the package regenerated from NEW, and did not against the one from OLD.

Each regenerated package is replayed in a subprocess of its own (replay_worker.py), with PYTHONPATH putting
that copy of `getresponse_client` first, then runtime/ for the `getresponse_runtime` both copies import: this
process may have the repo's copy installed, and one process cannot import two packages of one name. The two
replays run side by side, while the parent compares Python APIs.

Every cassette's two outcomes are compared, so one already failing against OLD cannot hide a new problem:
- failed: NEW's replay finds a problem OLD's did not (a new one, even if OLD had others), or NEW keeps a
  recorded field only in `additional_properties` that OLD decoded into a typed attribute (a renamed or removed
  property: lossless models give it back from `to_dict()`, so the checks cannot see it);
- changed (heads-up): failing against both, NEW's problems are only fewer or reworded;
- fixed (additive): failing against OLD, replaying cleanly against NEW.
A cassette failing the same way against both (the known findings of tests/replay/known_findings.py) is a note.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Self

from pipeline import paths
from pipeline.cassettes.layout import CASSETTES
from pipeline.drift.changes import Change
from pipeline.drift.classify import classified

KIND = "cassette-replay-failed"
CHANGED_KIND, FIXED_KIND = "cassette-replay-changed", "cassette-replay-fixed"
WORKER = "pipeline.drift.replay_worker"
REPLAY_TIMEOUT = 300  # seconds; a replay takes ~10 s, so only a hang gets near it
STDERR_TAIL = 8  # lines of a failed worker's stderr kept in the error: the end of the traceback
MAX_FIELDS_SHOWN = 3
# The replay checks, in the order a difference is told: what the client does (the request it builds, the response
# it parses) says more about NEW than (c), the recorded exchange against NEW's spec, which the spec diff covers too.
CHECKS = ("(a)", "(b)", "(c)")


class ReplayError(Exception):
    """The worker could not replay the cassettes at all (it crashed, hung or imported the wrong package)."""


@dataclass(frozen=True)
class CassetteReplay:
    """What replaying one cassette through one package found; the worker's JSON carries a list of these."""

    name: str  # <origin>/<operationId>, as tests/replay names it
    operation_id: str
    route: str | None  # "GET /tags/{tagId}", when the package has the operation
    problems: tuple[str, ...]  # from tests/replay's checks: (a) request, (b) response, (c) spec
    untyped_fields: frozenset[str]  # e.g. "response $.name": recorded, but held by no typed attribute

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "operation_id": self.operation_id,
            "route": self.route,
            "problems": list(self.problems),
            "untyped_fields": sorted(self.untyped_fields),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CassetteReplay:
        return cls(
            name=str(data["name"]),
            operation_id=str(data["operation_id"]),
            route=None if data["route"] is None else str(data["route"]),
            problems=tuple(str(problem) for problem in data["problems"]),
            untyped_fields=frozenset(str(field) for field in data["untyped_fields"]),
        )


def worker_environment(package: Path) -> dict[str, str]:
    """The folder holding the regenerated package first, then the hand-written runtime it imports (`nox -s drift`
    installs neither package), then the repo (pipeline/)."""
    search_path = [str(package.parent), str(paths.RUNTIME), str(paths.ROOT), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(part for part in search_path if part)}


class ReplayRun:
    """One worker replaying every cassette through one package; started at once, read with `results()`."""

    def __init__(self, package: Path, overlaid: dict[str, Any], cassettes: Path = CASSETTES) -> None:
        spec = package.parent / "overlaid-spec.json"
        spec.write_text(json.dumps(overlaid), encoding="utf-8")
        self._package = package
        self._process = subprocess.Popen(
            [sys.executable, "-m", WORKER, str(package), str(spec), str(cassettes)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=paths.ROOT,
            env=worker_environment(package),
        )

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process.poll() is None:  # left early (an error elsewhere): do not leave the worker running
            self._process.kill()
            self._process.communicate()

    def results(self) -> dict[str, CassetteReplay]:
        """Every cassette's replay by name; raises ReplayError when the worker did not finish its job."""
        try:
            stdout, stderr = self._process.communicate(timeout=REPLAY_TIMEOUT)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.communicate()
            raise ReplayError(f"replaying the cassettes through {self._package} took over {REPLAY_TIMEOUT} s") from None
        if self._process.returncode != 0:
            tail = " ".join(stderr.strip().splitlines()[-STDERR_TAIL:])
            raise ReplayError(f"replaying the cassettes through {self._package} failed: {tail}")
        try:
            replays = [CassetteReplay.from_json(item) for item in json.loads(stdout)["cassettes"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise ReplayError(f"the replay worker for {self._package} answered no readable report: {exc!r}") from exc
        return {replayed.name: replayed for replayed in replays}


def _newly_untyped(old: CassetteReplay | None, new: CassetteReplay) -> list[str]:
    return sorted(new.untyped_fields - (old.untyped_fields if old else frozenset()))


def _untyped_detail(fields: list[str]) -> str:
    shown = ", ".join(fields[:MAX_FIELDS_SHOWN])
    more = f" (and {len(fields) - MAX_FIELDS_SHOWN} more)" if len(fields) > MAX_FIELDS_SHOWN else ""
    them = "it" if len(fields) == 1 else "them"
    return (
        f"no typed attribute in NEW for the recorded {shown}{more} "
        f"(OLD decoded {them}; NEW keeps {them} in additional_properties only)"
    )


def _check_rank(problem: str) -> int:
    prefix = problem[: len(CHECKS[0])]
    return CHECKS.index(prefix) if prefix in CHECKS else len(CHECKS)


def _problems_detail(problems: tuple[str, ...]) -> str:
    first = sorted(problems, key=_check_rank)[0]
    return first + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else "")


def _first_difference(old: CassetteReplay | None, new: CassetteReplay) -> str | None:
    """What NEW's replay newly gets wrong, in words; None when nothing (or only what OLD got wrong already)."""
    new_problems = tuple(problem for problem in new.problems if old is None or problem not in old.problems)
    if new_problems:
        return _problems_detail(new_problems)
    newly_untyped = _newly_untyped(old, new)
    return _untyped_detail(newly_untyped) if newly_untyped else None


def _outcome_change(old: CassetteReplay | None, new: CassetteReplay) -> tuple[str, str] | None:
    """(kind, detail) of how the two outcomes differ, else None (the same outcome)."""
    difference = _first_difference(old, new)
    if difference is not None:
        return KIND, difference
    if old is None or not old.problems or old.problems == new.problems:
        return None
    if not new.problems:
        return FIXED_KIND, f"replays against NEW; against OLD: {_problems_detail(old.problems)}"
    gone = tuple(problem for problem in old.problems if problem not in new.problems)
    return CHANGED_KIND, f"fails against both; no longer: {_problems_detail(gone)}"


def _where(old: CassetteReplay | None, new: CassetteReplay) -> str:
    """As operation changes name their place: operationId (METHOD /path), NEW's route first."""
    route = new.route or (old.route if old else None)
    return f"{new.operation_id} ({route})" if route else new.operation_id


def replay_changes(old: dict[str, CassetteReplay], new: dict[str, CassetteReplay]) -> tuple[list[Change], list[str]]:
    """(cassette-replay-* changes, notes) from the replays of the same cassettes through OLD and NEW."""
    changes: list[Change] = []
    already_failing: list[str] = []
    for name, replayed in sorted(new.items()):
        baseline = old.get(name)
        outcome = _outcome_change(baseline, replayed)
        if outcome is not None:
            changes.append(classified(outcome[0], _where(baseline, replayed), f"{name}: {outcome[1]}"))
        elif replayed.problems:
            already_failing.append(name)
    notes = []
    if already_failing:
        notes.append(
            f"{len(already_failing)} cassette(s) fail replay the same way against the packages generated from OLD "
            f"and NEW, so their failures are not counted as drift: {', '.join(already_failing)}"
        )
    return changes, notes
