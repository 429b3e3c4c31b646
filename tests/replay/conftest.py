"""Fixtures of the replay suite (its coverage line is printed by tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openapi_core import OpenAPI

from getresponse_client._operations import OPERATIONS
from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import load
from pipeline.cassettes.replay import openapi_validator


def covered_operations(paths: list[Path]) -> set[str]:
    return {load(path).metadata.operation_id for path in paths} & set(OPERATIONS)


@pytest.fixture(scope="session")
def call_builder(overlaid_spec: dict[str, Any]) -> CallBuilder:
    return CallBuilder()


@pytest.fixture(scope="session")
def openapi(overlaid_spec: dict[str, Any]) -> OpenAPI:
    # The overlaid spec is not re-validated as a document here (tests/test_overlay.py owns that).
    return openapi_validator(overlaid_spec)
