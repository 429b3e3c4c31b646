from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from .helpers import write_spec


@pytest.fixture
def new_spec(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of the pinned spec to mutate into "NEW" (the 2.4 MB parse happens once per session)."""
    return copy.deepcopy(pinned_spec)


@pytest.fixture(scope="session")
def pinned_file(pinned_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pinned spec as a file, for runs of the command line."""
    return write_spec(tmp_path_factory.mktemp("pinned"), "pinned.json", pinned_spec)
