"""Fixtures of the replay suite (its coverage line is printed by tests/conftest.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_core import Config, OpenAPI

from getresponse_client._spec import OPERATIONS
from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import load

# GetResponse sends date-times with a "+0000" offset (ISO 8601, not RFC 3339), and the spec's own examples use it:
# valid for the client (it decodes them), so valid here too. Anything else still has to be a date-time.
GETRESPONSE_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|z|[+-]\d{2}:?\d{2})$")


def getresponse_date_time(value: object) -> bool:
    return not isinstance(value, str) or GETRESPONSE_DATE_TIME.match(value) is not None


def covered_operations(paths: list[Path]) -> set[str]:
    return {load(path).metadata.operation_id for path in paths} & set(OPERATIONS)


@pytest.fixture(scope="session")
def call_builder(overlaid_spec: dict[str, Any]) -> CallBuilder:
    return CallBuilder()


@pytest.fixture(scope="session")
def openapi(overlaid_spec: dict[str, Any]) -> OpenAPI:
    # The overlaid spec is not re-validated as a document here (tests/test_overlay.py owns that).
    config = Config(spec_validator_cls=None, extra_format_validators={"date-time": getresponse_date_time})
    return OpenAPI.from_dict(overlaid_spec, config=config)
