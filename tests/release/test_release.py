"""Releases follow from the drift report: the version bump per classification and the CHANGELOG.md entry."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline.errors import PipelineError
from pipeline.release import (
    DriftFacts,
    bump_for,
    facts_from_report,
    next_version,
    render_entry,
    with_entry,
    write_release,
)

HERE = Path(__file__).parent
NOTHING = DriftFacts("3.2025-10-31", "3.2026-02-01", "a" * 64, "b" * 64, 0, 0, 0, 0)
PYPROJECT = '[project]\nname = "getresponse-client"\nversion = "0.2.0"\n\n[tool.x]\nversion = "9"\n'
CHANGELOG = "# Changelog\n\nIntro.\n\n## 0.2.0 (2026-11-30): GetResponse spec 3.2025-10-31\n\nHand-written.\n"


def facts() -> DriftFacts:
    return facts_from_report(json.loads((HERE / "report.json").read_text()))


@pytest.mark.parametrize(
    ("breaking", "heads_up", "additive", "acknowledged", "bump"),
    [
        (1, 3, 9, 0, "major"),
        (1, 0, 0, 1, "major"),  # an accepted change still breaks callers
        (0, 0, 1, 0, "minor"),
        (0, 2, 0, 0, "minor"),  # a deprecation is a minor, as semver says
        (0, 0, 0, 0, "patch"),  # a new stamp that changes nothing a caller sees
    ],
)
def test_the_bump_follows_from_the_classification(
    breaking: int, heads_up: int, additive: int, acknowledged: int, bump: str
) -> None:
    counts = replace(NOTHING, breaking=breaking, heads_up=heads_up, additive=additive, acknowledged=acknowledged)
    assert bump_for(counts) == bump


@pytest.mark.parametrize(
    ("current", "bump", "expected"),
    [
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("0.2.0", "major", "0.3.0"),  # while 0.x, breaking moves the minor
        ("0.2.0", "minor", "0.2.1"),
        ("0.2.3", "patch", "0.2.4"),
    ],
)
def test_next_version(current: str, bump: str, expected: str) -> None:
    assert next_version(current, bump) == expected


def test_a_version_that_is_not_semver_is_refused() -> None:
    with pytest.raises(PipelineError, match=r"not MAJOR\.MINOR\.PATCH"):
        next_version("3.2025.10.31.post1", "patch")


def test_report_json_gives_headline_counts_and_one_row_per_root_cause() -> None:
    found = facts()
    # headline.breaking leaves out the acknowledged root cause; an accepted change still breaks callers
    assert (found.breaking, found.heads_up, found.additive, found.acknowledged) == (2, 1, 2, 1)
    assert [row.where for row in found.rows][:2] == ["GET /custom-fields/{}", "GET /contacts"]
    assert found.rows[0].caller_fix == "client.custom_fields.get(custom_field_id=...) → field_id="
    assert found.rows[1].acknowledged == "GetResponse retired it; use client.search_contacts"


def test_a_report_without_root_causes_gives_one_row_per_change() -> None:
    report = json.loads((HERE / "report.json").read_text())
    del report["headline"], report["root_causes"]
    found = facts_from_report(report)
    assert (found.breaking, found.heads_up, found.additive, found.acknowledged) == (2, 1, 2, 1)
    removed = found.rows[0]
    assert removed.detail == "operation-removed: operation removed"  # the acknowledgement is taken off
    assert removed.acknowledged == "GetResponse retired it; use client.search_contacts"
    assert found.rows[1].caller_fix == "custom_field_id= → field_id="


def test_a_report_without_severities_reads_breaking_or_additive() -> None:
    report = json.loads((HERE / "report.json").read_text())
    del report["headline"], report["root_causes"]
    for change in report["changes"]:
        del change["severity"]
    found = facts_from_report(report)
    assert (found.breaking, found.heads_up, found.additive) == (2, 0, 3)


def test_the_entry_renders_as_the_golden_file() -> None:
    found = facts()
    entry = render_entry(found, next_version("0.2.0", bump_for(found)), "2026-02-02")
    assert entry == (HERE / "golden-entry.md").read_text()


def test_long_sections_are_cut_with_a_count() -> None:
    row = facts().rows[3]
    entry = render_entry(replace(NOTHING, additive=30, rows=(row,) * 30), "0.2.1", "2026-02-02")
    assert entry.count("enum-value-added") == 25
    assert "- …and 5 more, in the drift report of this release" in entry


def test_write_release_puts_the_entry_on_top_and_bumps_pyproject(tmp_path: Path) -> None:
    changelog, pyproject = tmp_path / "CHANGELOG.md", tmp_path / "pyproject.toml"
    changelog.write_text(CHANGELOG)
    pyproject.write_text(PYPROJECT)
    assert write_release(facts(), date="2026-02-02", changelog=changelog, pyproject=pyproject) == "0.3.0"
    text = changelog.read_text()
    assert text.startswith("# Changelog\n\nIntro.\n\n## 0.3.0 (2026-02-02): GetResponse spec 3.2026-02-01")
    assert text.endswith("\n## 0.2.0 (2026-11-30): GetResponse spec 3.2025-10-31\n\nHand-written.\n")
    assert pyproject.read_text() == PYPROJECT.replace('version = "0.2.0"', 'version = "0.3.0"')

    # Run again (a later drift run of the same NEW): the same entry and version, not a second bump.
    first = text
    assert write_release(facts(), date="2026-02-02", changelog=changelog, pyproject=pyproject) == "0.3.0"
    assert changelog.read_text() == first


def test_a_stamp_released_by_hand_is_not_released_again() -> None:
    with pytest.raises(PipelineError, match=r"already has a release generated from 3\.2025-10-31"):
        with_entry(CHANGELOG, "## 0.3.0\n", "3.2025-10-31")


def test_pyproject_and_changelog_must_agree(tmp_path: Path) -> None:
    changelog, pyproject = tmp_path / "CHANGELOG.md", tmp_path / "pyproject.toml"
    changelog.write_text(CHANGELOG)
    pyproject.write_text(PYPROJECT.replace("0.2.0", "0.2.5", 1))
    with pytest.raises(PipelineError, match=r"pyproject.toml says 0\.2\.5, CHANGELOG.md's newest entry 0\.2\.0"):
        write_release(facts(), date="2026-02-02", changelog=changelog, pyproject=pyproject)
    assert changelog.read_text() == CHANGELOG


def test_the_repository_changelog_starts_at_the_pyproject_version() -> None:
    from pipeline import paths
    from pipeline.release import CHANGELOG as REPO_CHANGELOG
    from pipeline.release import entry_spans

    version = next(line for line in paths.PYPROJECT.read_text().splitlines() if line.startswith("version = "))
    assert version == f'version = "{entry_spans(REPO_CHANGELOG.read_text())[0][0]}"'


def test_the_pull_request_body_is_the_entry_then_the_report_cut_to_fit() -> None:
    from pipeline.release import MAX_BODY, pull_request_body

    assert pull_request_body("## 0.3.0\n", "## drift\n") == "## 0.3.0\n\n---\n\n## drift\n"
    long = pull_request_body("## 0.3.0\n", "| row |\n" * 20_000)
    assert len(long) <= MAX_BODY
    assert long.startswith("## 0.3.0\n")
    assert long.endswith("\n\n…cut here: the whole report is in the run's job summary and its drift-report artifact.\n")
