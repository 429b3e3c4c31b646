"""Generation is deterministic and generated/ is exactly what the pipeline produces now."""

from __future__ import annotations

import filecmp
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.generate import build_package
from pipeline.prose import strip_prose
from pipeline.spec_lock import SpecLock
from pipeline.spec_model import operation_ids_by_route


def tree_differences(left: Path, right: Path) -> list[str]:
    comparison = filecmp.dircmp(left, right, ignore=["__pycache__"])
    found = [f"only in {left.name}: {n}" for n in comparison.left_only]
    found += [f"only in {right.name}: {n}" for n in comparison.right_only]
    found += [f"differs: {n}" for n in comparison.diff_files]
    # dircmp compares shallowly by stat; confirm byte equality of the "same" files.
    found += [f"differs: {n}" for n in comparison.same_files if (left / n).read_bytes() != (right / n).read_bytes()]
    for name in comparison.common_dirs:
        found += [f"{name}/{d}" for d in tree_differences(left / name, right / name)]
    return found


@pytest.fixture(scope="module")
def regenerated(
    pinned_spec: dict[str, Any], overlaid_spec: dict[str, Any], lock: SpecLock, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    work = tmp_path_factory.mktemp("regen")
    generator_input = work / "generator-input.json"
    generator_input.write_text(json.dumps(strip_prose(overlaid_spec, operation_ids_by_route(pinned_spec)), indent=2))
    destination = work / "out" / "getresponse_client"  # "out" does not exist yet, as after `rm -rf generated`
    build_package(
        generator_input=generator_input,
        document=overlaid_spec,
        upstream_ids=operation_ids_by_route(pinned_spec),
        sha256=lock.sha256,
        destination=destination,
        surface_file=work / "api.md",
    )
    return destination


def test_committed_package_is_what_the_pipeline_generates(regenerated: Path) -> None:
    assert tree_differences(regenerated, paths.GENERATED_PACKAGE) == []


def test_committed_api_md_is_the_current_public_surface(regenerated: Path) -> None:
    surface = (regenerated.parent.parent / "api.md").read_text()
    assert surface == paths.SURFACE_FILE.read_text(), "api.md is stale: run `python -m pipeline generate` and commit"
    assert "- `create(*, email: str, campaign: ListReference | ListReferenceDict" in surface
    assert (
        "### client.lists" in surface and "get(list_id: str, *, fields: str | Unset = UNSET) -> ListDetails" in surface
    )


def test_generated_package_is_strictly_typed() -> None:
    # Incremental mypy with its cache in the git-ignored build/: a warm regenerate re-checks what changed.
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            f"--cache-dir={paths.BUILD / 'mypy-cache'}",
            str(paths.GENERATED_PACKAGE),
        ],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert completed.returncode == 0, completed.stdout[-4000:]


def test_generated_package_is_formatted() -> None:
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "--config",
            str(paths.RUFF_CONFIG),
            str(paths.GENERATED_PACKAGE),
        ],
        capture_output=True,
        text=True,
    )
    assert completed.returncode == 0, completed.stdout[-2000:]
