"""The command line: report files and their shape, exit status, acknowledgements, inputs and defaults."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline import paths
from pipeline.drift.__main__ import EXIT_ERROR, EXIT_UNACKNOWLEDGED, main
from pipeline.drift.sources import default_specs
from pipeline.spec_lock import SpecLock

from .helpers import MIRROR, write_spec

NO_ACK = ["--ack", "/nonexistent/drift-acknowledged.yaml"]  # the repo's file must not decide these tests


def run(old: Path, new: Path, out: Path, *extra: str) -> tuple[int, dict[str, Any], str]:
    status = main([str(old), str(new), "--out", str(out), *extra])
    return status, json.loads((out / "report.json").read_text()), (out / "report.md").read_text()


@pytest.fixture
def breaking_file(new_spec: dict[str, Any], tmp_path: Path) -> Path:
    """NEW with one breaking change (an operation removed) and one that is not (an enum value added)."""
    new_spec["info"]["version"] = "3.2026-01-15T00:00:00+0000"
    del new_spec["paths"]["/contacts"]["get"]
    new_spec["components"]["schemas"]["ContactActivity"]["properties"]["activity"]["enum"].append("bounce")
    return write_spec(tmp_path, "new.json", new_spec)


def test_the_pinned_spec_against_itself_reports_no_change(pinned_file: Path, tmp_path: Path) -> None:
    status, report, markdown = run(pinned_file, pinned_file, tmp_path, *NO_ACK)  # with codegen: skipped, same input
    assert status == 0
    assert report["changes"] == []
    assert report["summary"] == {"breaking": 0, "non_breaking": 0}
    assert report["old"] == report["new"]
    assert "**0 breaking** · **0 heads-up** · **0 additive** · **0 acknowledged**" in markdown
    assert "No changes" in markdown


def test_report_json_has_exactly_the_documented_shape(
    pinned_file: Path, breaking_file: Path, lock: SpecLock, tmp_path: Path
) -> None:
    status, report, _ = run(pinned_file, breaking_file, tmp_path, "--no-codegen", *NO_ACK)
    assert status == EXIT_UNACKNOWLEDGED
    assert list(report) == ["old", "new", "headline", "caveats", "root_causes", "changes", "notes", "summary"]
    assert report["old"] == {
        "version": lock.info_version,
        "sha256": report["old"]["sha256"],
        "source": str(pinned_file),
    }
    assert report["headline"] == {"breaking": 1, "heads_up": 0, "additive": 1, "acknowledged": 0}
    assert [group["cause"] for group in report["root_causes"]] == ["GET /contacts", "schema ContactActivity"]
    assert report["new"]["version"] == "3.2026-01-15T00:00:00+0000"
    assert len(report["new"]["sha256"]) == 64
    for change in report["changes"]:
        assert list(change) == ["kind", "where", "breaking", "severity", "detail", "cause"]
        assert isinstance(change["breaking"], bool)
        assert all(isinstance(change[key], str) for key in ("kind", "where", "detail"))
    assert report["changes"] == [
        {
            "kind": "operation-removed",
            "where": "getContactList (GET /contacts)",
            "breaking": True,
            "severity": "breaking",
            "detail": "Get contact list",
            "cause": "GET /contacts",
        },
        {
            "kind": "enum-value-added",
            "where": "#/components/schemas/ContactActivity/properties/activity/enum",
            "breaking": False,
            "severity": "additive",
            "detail": 'added "bounce"',
            "cause": "schema ContactActivity",
        },
    ]
    assert report["summary"] == {"breaking": 1, "non_breaking": 1}


def test_markdown_leads_with_counts_and_breaking_changes(
    pinned_file: Path, breaking_file: Path, tmp_path: Path
) -> None:
    _, _, markdown = run(pinned_file, breaking_file, tmp_path, "--no-codegen", *NO_ACK)
    lines = markdown.splitlines()
    assert lines[0] == "## GetResponse API drift: 3.2025-10-31T07:51:13+0000 → 3.2026-01-15T00:00:00+0000"
    assert lines[2].startswith("**1 breaking** · **0 heads-up** · **1 additive** · **0 acknowledged**")
    assert markdown.index("### Root causes (1 not only additive)") < markdown.index("Additive: 1 root causes")
    assert "| breaking | `GET /contacts` | operation-removed: Get contact list | – | – | – | – |" in markdown
    assert "| breaking | operation | `operation-removed` | `GET /contacts` | Get contact list |" in markdown


def test_the_report_is_deterministic(pinned_file: Path, breaking_file: Path, tmp_path: Path) -> None:
    run(pinned_file, breaking_file, tmp_path / "first", "--no-codegen", *NO_ACK)
    run(pinned_file, breaking_file, tmp_path / "second", "--no-codegen", *NO_ACK)
    for name in ("report.json", "report.md"):
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes()


def test_acknowledging_every_breaking_change_passes_and_marks_them(
    pinned_file: Path, breaking_file: Path, tmp_path: Path
) -> None:
    ack = tmp_path / "drift-acknowledged.yaml"
    entries = [
        {"kind": "operation-removed", "where": "getContactList (GET /contacts)", "reason": "replaced by search"},
        {"kind": "property-removed", "where": "#/components/schemas/Gone/properties/x", "reason": "stale entry"},
    ]
    ack.write_text(yaml.safe_dump(entries))
    status, report, markdown = run(pinned_file, breaking_file, tmp_path / "out", "--no-codegen", "--ack", str(ack))
    assert status == 0
    assert report["changes"][0]["detail"] == "Get contact list [acknowledged: replaced by search]"
    assert report["summary"] == {"breaking": 1, "non_breaking": 1}, "acknowledged changes are still counted"
    assert "**0 breaking** · **0 heads-up** · **1 additive** · **1 acknowledged**" in markdown
    assert markdown.count("replaced by search") == 1, "the acknowledgement is shown once, with its group"
    assert "Acknowledgements that matched nothing (1)" in markdown


def test_acknowledging_only_some_breaking_changes_still_fails(
    pinned_file: Path, new_spec: dict[str, Any], tmp_path: Path
) -> None:
    del new_spec["paths"]["/contacts"]["get"]
    del new_spec["paths"]["/contacts/{contactId}"]["delete"]
    new_file = write_spec(tmp_path, "new.json", new_spec)
    ack = tmp_path / "ack.yaml"
    ack.write_text("- {kind: operation-removed, where: getContactList (GET /contacts), reason: replaced by search}\n")
    status, _, markdown = run(pinned_file, new_file, tmp_path / "out", "--no-codegen", "--ack", str(ack))
    assert status == EXIT_UNACKNOWLEDGED
    assert "**1 breaking root cause not acknowledged.**" in markdown


@pytest.mark.parametrize(
    "content", ["- kind: operation-removed\n  where: x\n", "kind: operation-removed\n", "- [a, b]\n"]
)
def test_a_malformed_acknowledgement_file_is_an_error(pinned_file: Path, tmp_path: Path, content: str) -> None:
    ack = tmp_path / "ack.yaml"
    ack.write_text(content)
    assert main([str(pinned_file), str(pinned_file), "--out", str(tmp_path), "--ack", str(ack)]) == EXIT_ERROR


def test_the_repository_acknowledgement_file_is_valid(pinned_file: Path, tmp_path: Path) -> None:
    assert main([str(pinned_file), str(pinned_file), "--out", str(tmp_path), "--no-codegen"]) == 0


def test_yaml_specs_are_read_too(pinned_spec: dict[str, Any], tmp_path: Path) -> None:
    # The contacts endpoints only: parsing all 2.4 MB of YAML would take seconds and test nothing more.
    contacts = pinned_spec["paths"]["/contacts"]
    old = {"openapi": pinned_spec["openapi"], "info": pinned_spec["info"], "paths": {"/contacts": contacts}}
    new = copy.deepcopy(old)
    # createContact: in this cut-down document GET /contacts is the only holder of the query[campaignId] and
    # sort[campaignId] parameters that 40-campaign-as-list.yaml renames, so removing it would stale those actions.
    del new["paths"]["/contacts"]["post"]
    new_yaml = tmp_path / "new.yaml"
    new_yaml.write_text(yaml.safe_dump(new, sort_keys=False))
    old_json = write_spec(tmp_path, "old.json", old)
    status, report, _ = run(old_json, new_yaml, tmp_path / "out", "--no-codegen", *NO_ACK)
    assert status == EXIT_UNACKNOWLEDGED
    assert [change["kind"] for change in report["changes"]] == ["operation-removed"]


def test_unreadable_input_and_wrong_arguments_exit_2(pinned_file: Path, tmp_path: Path) -> None:
    assert main([str(pinned_file), str(tmp_path / "missing.json"), "--out", str(tmp_path)]) == EXIT_ERROR
    with pytest.raises(SystemExit) as exit_info:
        main([str(pinned_file)])
    assert exit_info.value.code == 2


def test_the_markdown_goes_to_the_github_job_summary(
    pinned_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "step-summary.md"
    summary.write_text("earlier step\n")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    main([str(pinned_file), str(pinned_file), "--out", str(tmp_path / "out"), *NO_ACK])
    assert summary.read_text() == "earlier step\n" + (tmp_path / "out" / "report.md").read_text()


def test_python_dash_m_entry_point(pinned_file: Path, breaking_file: Path, tmp_path: Path) -> None:
    arguments = [str(pinned_file), str(breaking_file), "--out", str(tmp_path), "--no-codegen", *NO_ACK]
    completed = subprocess.run(
        [sys.executable, "-m", "pipeline.drift", *arguments],
        capture_output=True,
        text=True,
        cwd=paths.ROOT,
    )
    assert completed.returncode == EXIT_UNACKNOWLEDGED, completed.stderr
    assert "breaking, not acknowledged: operation-removed at getContactList (GET /contacts)" in completed.stdout


def test_default_compares_the_pinned_spec_with_the_newest_in_the_mirror(
    lock: SpecLock, pinned_spec: dict[str, Any], new_spec: dict[str, Any], tmp_path: Path
) -> None:
    if not MIRROR.is_dir():
        pytest.skip(f"needs the mirror folder {MIRROR} (GETRESPONSE_SPEC_MIRROR)")
    mirror = tmp_path / "mirror"
    shutil.copytree(MIRROR, mirror)  # the published bytes, whose sha256 the lock pins
    new_spec["info"]["version"] = "3.2026-02-01T00:00:00+0000"
    write_spec(mirror, "getresponse-v3.2026-02-01.json", new_spec)  # dated names: the newest sorts last

    old, new = default_specs(upstream=tmp_path / "no-upstream.json", mirror=mirror)
    assert (old.info_version, old.sha256) == (lock.info_version, lock.sha256)
    assert new.info_version == "3.2026-02-01T00:00:00+0000"

    # build/spec/upstream.json, when there: fetch wrote it after checking the sha256 against the lock.
    upstream = write_spec(tmp_path, "upstream.json", pinned_spec)
    old, _ = default_specs(upstream=upstream, mirror=mirror)
    assert (old.source, old.sha256) == (str(upstream), lock.sha256)
