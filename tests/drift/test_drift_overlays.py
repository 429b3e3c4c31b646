"""Stale overlay actions: every action that matched OLD and matches nothing in NEW is reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.drift.overlays import already_stale_notes, evaluate_overlays, stale_overlay_changes
from pipeline.errors import OverlayError
from pipeline.overlay import apply_overlays, overlay_files


def test_every_stale_action_of_the_real_overlays_is_reported_not_only_the_first(
    pinned_spec: dict[str, Any], new_spec: dict[str, Any]
) -> None:
    del new_spec["paths"]["/contacts/{contactId}"]["post"]  # target of 20-post-for-update.yaml action #1
    new_spec["servers"] = [s for s in new_spec["servers"] if s["url"] != "https://api3.getresponse360.pl/v3"]
    overlays = overlay_files(paths.OVERLAYS)
    with pytest.raises(OverlayError):
        apply_overlays(new_spec, overlays)  # what `nox -s overlay` would say: the first stale action only

    changes = stale_overlay_changes(evaluate_overlays(pinned_spec, overlays), evaluate_overlays(new_spec, overlays))

    assert [change.where for change in changes] == [
        "20-post-for-update.yaml action #1: $.paths['/contacts/{contactId}'].post",
        "30-max-x-domain.yaml action #3: $.servers[?@.url == 'https://api3.getresponse360.pl/v3']",
    ]
    assert all(change.kind == "overlay-action-stale" and change.breaking for change in changes)
    assert changes[0].detail == "updateContact is a partial update: target matches nothing in NEW"


def write_overlay(folder: Path, name: str, actions: str) -> Path:
    path = folder / name
    path.write_text(f"overlay: 1.0.0\ninfo: {{title: drift test, version: '1'}}\nactions:\n{actions}")
    return path


def test_earlier_actions_are_applied_before_later_targets_are_judged(
    pinned_spec: dict[str, Any], tmp_path: Path
) -> None:
    overlay = write_overlay(
        tmp_path,
        "01-probe.yaml",
        """  - target: $.components.schemas
    update: {DriftProbe: {type: object}}
  - target: $.components.schemas.DriftProbe
    description: needs the schema that action 1 adds
    update: {description: added by action 1}
  - target: $.paths['/gone'].get
    update: {x-flag: true}
  - target: $.paths[
    update: {x-flag: true}
""",
    )
    evaluation = evaluate_overlays(pinned_spec, [overlay])
    assert [(a.index, a.reason.split(":")[0]) for a in evaluation.stale] == [
        (3, "target matches nothing"),
        (4, "invalid JSONPath"),
    ]
    assert evaluation.document["components"]["schemas"]["DriftProbe"]["description"] == "added by action 1"
    assert "DriftProbe" not in pinned_spec["components"]["schemas"], "the input document is left untouched"


def test_actions_already_stale_on_old_are_notes_not_drift(pinned_spec: dict[str, Any], tmp_path: Path) -> None:
    overlay = write_overlay(tmp_path, "01-stale.yaml", "  - target: $.paths['/gone'].get\n    update: {x-flag: true}\n")
    old = evaluate_overlays(pinned_spec, [overlay])
    assert stale_overlay_changes(old, evaluate_overlays(pinned_spec, [overlay])) == []
    where = "01-stale.yaml action #1: $.paths['/gone'].get"
    assert already_stale_notes(old) == [f"{where} already fails on OLD (target matches nothing); not counted as drift"]
