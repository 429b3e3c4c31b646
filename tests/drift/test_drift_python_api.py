"""The public Python API of the packages regenerated from OLD and NEW: when NEW cannot be generated (the real
regeneration, with its griffe comparison, is test_drift_regenerated.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.drift import compare
from pipeline.drift.compare import GENERATED_FROM_NEW, find_drift
from pipeline.errors import GenerationError
from pipeline.overlay import overlay_files

from .helpers import spec, the_change


def test_a_package_that_cannot_be_generated_from_new_is_a_breaking_change(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def old_only(jobs: list[Any]) -> list[Path | Exception]:
        return [tmp_path, GenerationError("openapi-python-client reported 1 problem(s): duplicate model")]

    monkeypatch.setattr(compare, "generate_packages", old_only)
    new_spec["components"]["schemas"]["DriftProbe"] = {"type": "object"}
    report = find_drift(
        spec(pinned_spec, "1"), spec(new_spec, "2"), overlay_paths=overlay_files(paths.OVERLAYS), acknowledgements=[]
    )
    failure = the_change(report.changes, "python-codegen-failed", GENERATED_FROM_NEW)
    assert failure.breaking
    assert "duplicate model" in failure.detail
