"""The naming rules of the Python surface hold everywhere, and api.md shows every change of that surface.

- One group per resource: no two groups that differ only by a plural (form_and_popup / forms_and_popups).
- A GetResponse campaign is a list: no group, method, parameter or class name says "campaign". The documented
  exceptions mirror the API's own JSON names: model fields (ListReference.campaign_id, NewContact.campaign).
- An overlay that only renames a method changes api.md, so the rename is visible in review.
"""

from __future__ import annotations

import copy
import importlib
import json
from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.cassettes.calls import operation_table
from pipeline.generate import build_package
from pipeline.prose import strip_prose
from pipeline.resources import PYTHON_METHOD_EXTENSION
from pipeline.spec_lock import SpecLock
from pipeline.spec_model import operation_ids_by_route


def singular(name: str) -> str:
    return "_".join(word[:-1] if word.endswith("s") else word for word in name.split("_"))


def test_no_two_groups_differ_only_by_a_plural() -> None:
    groups = sorted({info.group for info in operation_table().values()})
    by_singular: dict[str, list[str]] = {}
    for group in groups:
        by_singular.setdefault(singular(group), []).append(group)
    assert [names for names in by_singular.values() if len(names) > 1] == []
    assert {"landing_pages", "websites", "forms_and_popups", "sms_messages"} <= set(groups)


def test_no_public_name_says_campaign_outside_the_documented_exceptions() -> None:
    table = operation_table()
    names = {f"group {info.group}" for info in table.values()}
    names |= {f"method {info.group}.{info.name}" for info in table.values()}
    names |= {f"parameter {info.name}({keyword})" for info in table.values() for keyword in info.parameters.values()}
    models = importlib.import_module("getresponse_client.models")
    names |= {f"class {name}" for name in models.__all__}
    names |= {f"module {path.stem}" for path in (paths.GENERATED_PACKAGE / "models").glob("*.py")}
    assert sorted(name for name in names if "campaign" in name.lower()) == []


def test_model_fields_keep_the_api_s_own_names() -> None:
    """The documented exception: fields mirror JSON names, so `campaign` stays where the API says it."""
    from getresponse_client.models import ListReference, NewContact

    assert ListReference(campaign_id="V").to_dict() == {"campaignId": "V"}
    assert "campaign" in NewContact.__annotations__


@pytest.mark.slow
def test_an_overlay_only_method_rename_changes_api_md(
    pinned_spec: dict[str, Any], overlaid_spec: dict[str, Any], lock: SpecLock, tmp_path: Path
) -> None:
    renamed = copy.deepcopy(overlaid_spec)
    renamed["paths"]["/tags"]["post"][PYTHON_METHOD_EXTENSION] = "add"  # what an overlay action would set
    ids = operation_ids_by_route(pinned_spec)
    generator_input = tmp_path / "generator-input.json"
    generator_input.write_text(json.dumps(strip_prose(renamed, ids)))
    build_package(
        generator_input=generator_input,
        document=renamed,
        upstream_ids=ids,
        sha256=lock.sha256,
        destination=tmp_path / "getresponse_client",
        surface_file=tmp_path / "api.md",
    )
    before = paths.SURFACE_FILE.read_text().splitlines()
    after = (tmp_path / "api.md").read_text().splitlines()
    assert len([line for line in before if line not in after]) == 1
    assert [line for line in before if line not in after] == [
        line for line in before if line.startswith("- `create(*, name: str") and "POST /tags" in line
    ]
    assert [line for line in after if line not in before] == [
        line.replace("`create(", "`add(", 1) for line in before if line not in after
    ]
