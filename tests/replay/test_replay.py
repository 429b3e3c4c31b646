"""The diff-test: every cassette replayed through the current generated client (one test per cassette).

Each test fails naming the operation, the call the client made and every difference: (a) request built,
(b) response parsed and written back, (c) exchange against the overlaid spec. Findings not fixed yet are listed in
known_findings.py and xfail with their reason, as long as they show exactly the problems recorded there.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openapi_core import OpenAPI

from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import load
from pipeline.cassettes.layout import cassette_files
from pipeline.cassettes.replay import replay
from tests.replay.known_findings import KNOWN_FINDINGS, unexplained

CASSETTES = cassette_files()


@pytest.mark.parametrize("path", CASSETTES, ids=[f"{p.parent.name}/{p.stem}" for p in CASSETTES])
def test_replay(path: Path, call_builder: CallBuilder, openapi: OpenAPI) -> None:
    cassette = load(path)
    outcome = replay(path, cassette, call_builder, openapi)
    heading = f"{cassette.metadata.operation_id} ({cassette.name})" + (f" via {outcome.call}" if outcome.call else "")
    finding = KNOWN_FINDINGS.get(cassette.name)
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


def test_known_findings_name_existing_cassettes() -> None:
    names = {f"{p.parent.name}/{p.stem}" for p in CASSETTES}
    assert sorted(set(KNOWN_FINDINGS) - names) == []
