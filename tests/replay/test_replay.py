"""The diff-test: every cassette replayed through the current generated client (one test per cassette).

Each test fails naming the operation, the call the client made and every difference: (a) request built,
(b) response parsed and written back, (c) exchange against the overlaid spec. Findings not fixed yet are listed in
known_findings.py and xfail with their reason, as long as they show exactly the problems recorded there.

The traffic others observed (../shared/observed/, third-party data: read where it is, written only to pytest's
temporary folder) replays too, with (a) and (b) and the error class its index expects; (c) is left out for it,
because such payloads contradict the spec by nature. Each contradiction that matters is fixed in
overlays/60-live-shapes.yaml or the runtime, and the project's own cassette of that shape in
tests/cassettes/observed/ replays with (c) like every committed cassette.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openapi_core import OpenAPI

from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import dump, load
from pipeline.cassettes.layout import cassette_files, cassette_name
from pipeline.cassettes.observed import INDEX, ObservedPayload, observed_folder, observed_payloads
from pipeline.cassettes.replay import Outcome, replay
from tests.replay.known_findings import KNOWN_FINDINGS, unexplained

CASSETTES = cassette_files()
OBSERVED = observed_folder()
OBSERVED_NAMES = (
    [Path(entry["file"]).stem for entry in json.loads((OBSERVED / INDEX).read_text())]
    if (OBSERVED / INDEX).is_file()
    else []
)


def check(outcome: Outcome, name: str, heading: str) -> None:
    finding = KNOWN_FINDINGS.get(name)
    if finding is None:
        assert not outcome.problems, heading + ":\n  " + "\n  ".join(outcome.problems)
        return
    extra, gone = unexplained(outcome.problems, finding)
    assert not extra and not gone, (
        f"{heading}: the known finding changed; update tests/replay/known_findings.py\n"
        + "".join(f"  new problem: {p}\n" for p in extra)
        + "".join(f"  no longer seen: {s}\n" for s in gone)
    )
    pytest.xfail(f"known finding: {finding.title}")


@pytest.mark.parametrize("path", CASSETTES, ids=[cassette_name(p) for p in CASSETTES])
def test_replay(path: Path, call_builder: CallBuilder, openapi: OpenAPI) -> None:
    cassette = load(path)
    outcome = replay(path, cassette, call_builder, openapi)
    heading = f"{cassette.metadata.operation_id} ({cassette_name(path)})" + (
        f" via {outcome.call}" if outcome.call else ""
    )
    check(outcome, cassette_name(path), heading)


@pytest.fixture(scope="session")
def observed() -> dict[str, ObservedPayload]:
    return {payload.name: payload for payload in observed_payloads(OBSERVED)}


@pytest.mark.skipif(not OBSERVED_NAMES, reason=f"no observed traffic at {OBSERVED} (../shared/observed/)")
@pytest.mark.parametrize("name", OBSERVED_NAMES or ["none"])
def test_replay_observed(
    name: str, observed: dict[str, ObservedPayload], call_builder: CallBuilder, tmp_path: Path
) -> None:
    payload = observed[name]
    path = tmp_path / f"{name}.yaml"  # the third-party payload stays out of the repository
    path.write_bytes(dump(payload.cassette))
    outcome = replay(path, payload.cassette, call_builder, None, expect_error=payload.expect_error)
    heading = f"{payload.operation_id} (observed {name}, from {payload.source})" + (
        f" via {outcome.call}" if outcome.call else ""
    )
    check(outcome, f"observed/{name}", heading)


def test_known_findings_name_existing_cassettes() -> None:
    names = {cassette_name(p) for p in CASSETTES} | {f"observed/{name}" for name in OBSERVED_NAMES}
    assert sorted(set(KNOWN_FINDINGS) - names) == []
