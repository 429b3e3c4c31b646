"""Issue 11's "Why", bullet by bullet, on a made-up fixture pair (tests/drift/fixtures/{old,new}.yaml) and, for the
Markdown, a golden file.

The golden file is the report of the fixture pair without codegen; after a deliberate change of the rendering,
rewrite it with `UPDATE_GOLDEN=1 pytest tests/drift/test_drift_fixtures.py` and review its diff.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipeline.drift.cassette_replay import CHANGED_KIND, FIXED_KIND, KIND, CassetteReplay, replay_changes
from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.drift.compare import _first_lines, find_drift
from pipeline.drift.groups import let_python_decide, link
from pipeline.drift.report import report_json, report_markdown
from pipeline.drift.spec_diff import diff_specs
from pipeline.surface_diff import surface_summary

from .helpers import spec, the_change

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "fixture-report.md"


def load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((FIXTURES / name).read_text())
    return document


@pytest.fixture(scope="module")
def changes() -> list[Change]:
    return link(diff_specs(load("old.yaml"), load("new.yaml")), surfaces=(), classes={})


def test_equivalent_schema_forms_compare_equal(changes: list[Change]) -> None:
    # owner: $ref -> allOf: [$ref]; value: one more oneOf member that only describes
    assert not [c for c in changes if c.where.startswith("#/components/schemas/CustomField/properties/owner")]
    assert not [c for c in changes if c.where.startswith("#/components/schemas/CustomField/properties/value")]


def test_a_path_parameter_rename_is_one_root_cause_with_the_wire_unchanged(changes: list[Change]) -> None:
    assert not [c for c in changes if c.kind == "operation-moved"]
    renamed = [c for c in changes if c.kind == "parameter-renamed"]
    assert len(renamed) == 3
    assert {c.cause for c in renamed} == {"path parameter customFieldId → fieldId"}
    assert all(c.breaking and "keyword renamed, wire unchanged" in c.detail for c in renamed)


def test_a_schema_renamed_with_its_shape_is_one_rename(changes: list[Change]) -> None:
    renamed = the_change(changes, "schema-renamed", "#/components/schemas/Label")
    assert renamed.detail == "renamed from Tag (same shape)"
    assert not [c for c in changes if c.kind in ("schema-removed", "schema-added", "type-changed")]


def test_request_narrowing_breaks_and_response_widening_does_not(changes: list[Change]) -> None:
    narrowed = [c for c in changes if c.kind == "constraint-narrowed"]
    assert sorted(c.detail for c in narrowed) == [
        "maxLength 255 → 64",
        "maximum (none) → 10",
        "minimum (none) → 1",
        'pattern (none) → "^[a-z_]+$"',
    ]
    assert all(c.breaking for c in narrowed)
    widened = the_change(changes, "constraint-widened", "#/components/schemas/CustomField/properties/name")
    assert widened.severity == "additive"
    assert the_change(changes, "property-added", "#/components/schemas/NewTag/properties/kind").breaking
    assert the_change(changes, "enum-value-removed", "listTags (GET /tags) query parameter query[origin]/enum").breaking


def test_deprecations_and_read_only_flips_are_heads_up(changes: list[Change]) -> None:
    assert the_change(changes, "operation-deprecated", "listTags (GET /tags)").severity == "heads-up"
    hidden = the_change(changes, "deprecated-changed", "#/components/schemas/CustomField/properties/hidden")
    assert hidden.severity == "heads-up"
    read_only = the_change(changes, "read-only-changed", "#/components/schemas/CustomField/properties/customFieldId")
    assert read_only.severity == "heads-up"


def test_the_python_comparison_decides_an_operation_id_rename(changes: list[Change]) -> None:
    renamed = the_change(changes, "operation-renamed", "listTags (GET /tags)")
    assert renamed.breaking, "without the packages, an operationId rename may rename the method"
    judged = the_change(let_python_decide(changes), "operation-renamed", "listTags (GET /tags)")
    assert judged.severity == "heads-up", "client.tags.list() unchanged: not breaking"
    method_renamed = classified("api-method-renamed", "client.tags.get_tags", "renamed to client.tags.list_tags")
    still = let_python_decide([renamed, method_renamed.caused_by("GET /tags")])
    assert still[0].breaking, "a breaking Python effect in the group keeps it breaking"


def test_a_stale_overlay_action_names_its_cause_and_new_target(tmp_path: Path) -> None:
    report = find_drift(
        spec(load("old.yaml"), "1"),
        spec(load("new.yaml"), "2"),
        overlay_paths=[FIXTURES / "overlay.yaml"],
        acknowledgements=[],
        codegen=False,
    )
    stale = the_change(
        report.changes, "overlay-action-stale", "overlay.yaml action #1: $.components.schemas.Tag.properties.name"
    )
    assert stale.cause == "schema Label"
    assert "broken by schema-renamed at Label" in stale.detail
    assert stale.detail.endswith("target it now as $.components.schemas.Label.properties.name")


def test_replay_reports_how_the_two_outcomes_differ() -> None:
    def replayed(*problems: str) -> CassetteReplay:
        return CassetteReplay("spec/getTags", "getTags", "GET /tags", problems, frozenset())

    old = {"a": replayed("(c) one"), "b": replayed("(c) one", "(b) two"), "c": replayed("(c) one")}
    new = {"a": replayed(), "b": replayed("(c) one"), "c": replayed("(c) one", "(a) new problem")}
    found = {c.detail.split(":")[0]: c for c in replay_changes(old, new)[0]}
    assert {name: c.kind for name, c in found.items()} == {"a": FIXED_KIND, "b": CHANGED_KIND, "c": KIND}
    assert found["c"].detail == "c: (a) new problem", "a cassette failing against OLD hides no new problem"
    assert found["c"].breaking and found["b"].severity == "heads-up" and found["a"].severity == "additive"


def test_generator_messages_never_show_an_object_repr() -> None:
    raw = "status code <openapi_python_client.schema.untrusted_string.UntrustedString object at 0x7f704ccd9410> ("
    assert _first_lines(raw) == "status code (a status code) ("


def test_an_overlay_only_method_rename_is_a_breaking_surface_change() -> None:
    old = "### client.tags\n\n- `list(*, fields: str | Unset = UNSET) -> Page[Tag]`: GET /tags\n"
    new = "### client.tags\n\n- `all(*, fields: str | Unset = UNSET) -> Page[Tag]`: GET /tags\n"
    assert surface_summary(old, new) == [
        "api.md: the public surface changed: 1 breaking, 0 heads-up, 0 additive (commit api.md with the change)",
        "  breaking: client.tags.list: renamed to client.tags.all (GET /tags); "
        "callers: client.tags.list(...) → client.tags.all(...)",
    ]
    get = "### client.custom_fields\n\n- `get({}: str, *, fields: str | Unset = UNSET) -> CustomField`: GET /c/{{x}}\n"
    lines = surface_summary(get.format("custom_field_id"), get.format("field_id"))
    assert lines[1].endswith("callers: client.custom_fields.get(custom_field_id=...) → field_id=...")


def test_the_markdown_report_matches_the_golden_file() -> None:
    report = find_drift(
        spec(load("old.yaml"), "1"),
        spec(load("new.yaml"), "2"),
        overlay_paths=[FIXTURES / "overlay.yaml"],
        acknowledgements=[],
        codegen=False,
    )
    markdown = report_markdown(report)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(markdown)
    assert markdown == GOLDEN.read_text(), (
        "rendering changed: UPDATE_GOLDEN=1 pytest tests/drift/test_drift_fixtures.py"
    )
    assert report_json(report)["headline"] == {"breaking": 4, "heads_up": 1, "additive": 0, "acknowledged": 0}
    assert "~1" not in markdown and "UntrustedString" not in markdown


def test_a_path_rename_links_the_keyword_the_generator_spells_from_an_acronym() -> None:
    """`ABTestId` is `ab_test_id` in Python (the generator's own snake_case), so its keyword rename joins the
    path-parameter group instead of standing alone as a surface change."""
    spec_change = Change(
        "parameter-renamed",
        "GET /ab-tests/{ABTestId} path parameter ABTestId",
        True,
        "renamed to testId (keyword renamed, wire unchanged)",
    )
    keyword_change = Change("api-keyword-renamed", "client.ab_tests.get(ab_test_id)", True, "renamed to test_id")
    linked = link([spec_change, keyword_change], surfaces=(), classes={})
    assert {change.cause for change in linked} == {"path parameter ABTestId → testId"}
