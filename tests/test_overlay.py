"""Step 2: overlays apply in order, every action must match, and a failure leaves nothing half-done."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.errors import OverlayError
from pipeline.overlay import apply_overlays, overlay_files

DOC: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "t", "version": "1"},
    "servers": [{"url": "https://a"}],
    "paths": {"/x/{id}": {"post": {"operationId": "updateX", "tags": ["Old"], "summary": "s"}}},
}


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text)
    return path


def test_update_merges_and_replaces_and_remove_deletes(tmp_path: Path) -> None:
    overlay = write(
        tmp_path,
        "01.yaml",
        """overlay: 1.0.0
info: {title: t, version: '1'}
actions:
  - target: $.paths['/x/{id}'].post
    update: {x-flag: {a: 1}, tags: [New]}
  - target: $.paths['/x/{id}'].post
    update: {x-flag: {b: 2}}
  - target: $.paths['/x/{id}'].post.summary
    remove: true
  - target: $.servers
    update: {url: https://b}
""",
    )
    result, report = apply_overlays(DOC, [overlay])
    operation = result["paths"]["/x/{id}"]["post"]
    assert operation == {"operationId": "updateX", "tags": ["New"], "x-flag": {"a": 1, "b": 2}}
    assert result["servers"] == [{"url": "https://a"}, {"url": "https://b"}]
    assert [r.matched for r in report] == [1, 1, 1, 1]
    assert DOC["paths"]["/x/{id}"]["post"]["tags"] == ["Old"], "the input document is never modified"


def test_remove_of_several_list_items(tmp_path: Path) -> None:
    doc = {**DOC, "servers": [{"url": "a"}, {"url": "b"}, {"url": "c"}]}
    overlay = write(
        tmp_path,
        "01.yaml",
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.servers[?@.url != 'b']\n    remove: true\n",
    )
    assert apply_overlays(doc, [overlay])[0]["servers"] == [{"url": "b"}]


def test_stale_action_fails_naming_file_and_action(tmp_path: Path) -> None:
    overlay = write(
        tmp_path,
        "07-stale.yaml",
        """overlay: 1.0.0
info: {title: t, version: '1'}
actions:
  - target: $.info
    update: {x-ok: true}
  - target: $.paths['/gone'].get
    description: mark the vanished operation
    update: {x-flag: true}
""",
    )
    with pytest.raises(OverlayError, match=r"07-stale.yaml action #2 \(mark the vanished operation\).*matches nothing"):
        apply_overlays(DOC, [overlay])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("just a string", "not an Overlay 1.0 document"),
        ("overlay: 1.0.0\nactions: []\n", "info.title and info.version are required"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: []\n", "non-empty list"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{update: {}}]\n", "has no `target`"),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $.info}]\n", "neither `update`"),
        (
            "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: '$[', remove: true}]\n",
            "invalid JSONPath",
        ),
        ("overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions: [{target: $, remove: true}]\n", "document root"),
        ("overlay: [1.0.0\n", "cannot read overlay"),
    ],
)
def test_malformed_overlays_are_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(OverlayError, match=message) as caught:
        apply_overlays(DOC, [write(tmp_path, "bad.yaml", text)])
    assert "bad.yaml" in str(caught.value)


def test_project_overlays_apply_in_file_name_order() -> None:
    names = [path.name for path in overlay_files(paths.OVERLAYS)]
    assert names == sorted(names)
    assert names[0].startswith("10-spec-fixes")


def test_every_project_overlay_action_matches_the_pinned_spec(pinned_spec: dict[str, Any]) -> None:
    _, report = apply_overlays(pinned_spec, overlay_files(paths.OVERLAYS))
    assert report and all(result.matched >= 1 for result in report)


def test_a_stale_action_among_the_real_overlays_fails_regenerate(pinned_spec: dict[str, Any], tmp_path: Path) -> None:
    folder = tmp_path / "overlays"
    shutil.copytree(paths.OVERLAYS, folder)
    stale = (
        (folder / "20-post-for-update.yaml")
        .read_text()
        .replace("$.paths['/tags/{tagId}'].post", "$.paths['/labels/{labelId}'].post")
    )
    (folder / "20-post-for-update.yaml").write_text(stale)
    before = copy.deepcopy(pinned_spec)
    with pytest.raises(OverlayError, match=r"20-post-for-update.yaml action #\d+ \(updateTag is a partial update\)"):
        apply_overlays(pinned_spec, overlay_files(folder))
    assert pinned_spec == before


def test_overlay_step_exits_non_zero_naming_the_stale_action(pinned_spec: dict[str, Any], tmp_path: Path) -> None:
    """The `overlay` step of `nox -s regenerate` stops on a stale action and writes no overlaid spec."""
    import subprocess
    import sys

    folder = tmp_path / "overlays"
    shutil.copytree(paths.OVERLAYS, folder)
    (folder / "50-stale.yaml").write_text(
        "overlay: 1.0.0\ninfo: {title: stale, version: '1'}\nactions:\n"
        "  - target: $.paths['/campaigns/{campaignId}/archive'].post\n"
        "    description: mark the archive operation\n"
        "    update: {x-flag: true}\n"
    )
    before = paths.OVERLAID_SPEC.read_bytes() if paths.OVERLAID_SPEC.exists() else None
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline", "overlay", "--overlays", str(folder)],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert completed.returncode == 1
    assert "50-stale.yaml action #1 (mark the archive operation)" in completed.stderr
    assert "matches nothing" in completed.stderr
    after = paths.OVERLAID_SPEC.read_bytes() if paths.OVERLAID_SPEC.exists() else None
    assert after == before
