"""The committed cassette set: complete, in vcrpy's format with our metadata, and exactly what `build` gives."""

from __future__ import annotations

from collections import Counter
from typing import Any

from vcr.persisters.filesystem import FilesystemPersister
from vcr.serializers import yamlserializer

from getresponse_client._operations import OPERATIONS
from pipeline.cassettes.build import BUILT_ORIGINS, cassette_files, write_cassettes
from pipeline.cassettes.cassette import ORIGINS, load
from pipeline.cassettes.layout import CASSETTES, DOCS_EXAMPLES, operation_of_file
from pipeline.cassettes.layout import cassette_files as committed_files
from tests.replay.conftest import covered_operations

MAX_CASSETTE_BYTES = 8_000  # "a few KB each": review stays possible


def test_every_operation_has_a_cassette() -> None:
    covered = covered_operations(committed_files())
    missing = sorted(set(OPERATIONS) - covered)
    assert not missing, f"cassette coverage {len(covered)}/{len(OPERATIONS)}: no cassette for {', '.join(missing)}"


def test_every_cassette_names_an_operation_of_the_client_and_sits_in_its_origin_folder() -> None:
    for path in committed_files():
        cassette = load(path)
        assert cassette.metadata.operation_id in OPERATIONS, f"{path}: unknown operation"
        assert path.parent.name == cassette.metadata.origin, f"{path}: origin {cassette.metadata.origin}"
        named = cassette.metadata.operation_id
        assert operation_of_file(path) == named, f"{path}: names {named}"
        if cassette.metadata.origin != "observed":
            assert path.stem == cassette.metadata.operation_id, f"{path}: one {cassette.metadata.origin} cassette each"


def test_vcrpy_loads_every_cassette_with_its_metadata() -> None:
    for path in committed_files():
        requests, responses, *rest = FilesystemPersister.load_cassette(path, yamlserializer)
        assert len(requests) == len(responses) == 1, path
        assert rest and {"origin", "operation_id", "source"} <= set(rest[0]), f"{path}: metadata not read back"
        assert set(rest[0]) <= {"origin", "operation_id", "source", "expect_error"}, path
        assert rest[0]["origin"] in ORIGINS


def test_cassettes_are_small() -> None:
    large = [f"{p.relative_to(CASSETTES)} ({p.stat().st_size} bytes)" for p in committed_files()]
    large = [entry for entry, p in zip(large, committed_files(), strict=True) if p.stat().st_size > MAX_CASSETTE_BYTES]
    assert not large


def test_build_is_deterministic_and_the_committed_cassettes_are_current(overlaid_spec: dict[str, Any]) -> None:
    first = cassette_files(overlaid_spec, DOCS_EXAMPLES)
    assert first == cassette_files(overlaid_spec, DOCS_EXAMPLES)
    result = write_cassettes(first, CASSETTES, check=True)
    stale = [str(p.relative_to(CASSETTES)) for p in [*result.written, *result.removed]]
    assert not stale, f"run `nox -s cassettes`: {stale[:10]}"
    origins = Counter(origin for origin, _ in first)
    assert set(origins) == set(BUILT_ORIGINS)
    assert origins["spec"] == len(OPERATIONS)
