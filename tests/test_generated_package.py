"""Step 4's product: what generated/getresponse_client must hold for the pinned spec."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

from openapi_python_client.strings import snake_case

from pipeline import paths
from pipeline.prose import REFERENCE_URL
from pipeline.spec_lock import SpecLock
from pipeline.spec_model import UPDATE_EXTENSION, operations

PACKAGE = paths.GENERATED_PACKAGE


def snake(name: str) -> str:
    """Module name the generator gives an operationId (its own rule, e.g. getGDPRField -> get_gdpr_field)."""
    return str(snake_case(name))


def endpoint_modules() -> dict[str, Path]:
    return {p.stem: p for p in (PACKAGE / "api").rglob("*.py") if p.name != "__init__.py"}


def test_every_operation_is_generated(lock: SpecLock, overlaid_spec: dict[str, Any]) -> None:
    modules = endpoint_modules()
    spec_ops = list(operations(overlaid_spec))
    assert len(spec_ops) == lock.operations == 219
    assert len(modules) == 219
    missing = [op.operation_id for op in spec_ops if snake(op.operation_id) not in modules]
    assert missing == []


def test_spec_version_is_exported(lock: SpecLock) -> None:
    import getresponse_client

    assert lock.info_version == getresponse_client.SPEC_VERSION
    spec = importlib.import_module("getresponse_client._spec")
    assert lock.sha256 == spec.SPEC_SHA256
    assert len(spec.OPERATIONS) == 219
    assert (PACKAGE / "py.typed").is_file()


def test_every_documented_2xx_json_response_is_typed(overlaid_spec: dict[str, Any]) -> None:
    untyped = []
    for op in operations(overlaid_spec):
        has_json_body = any(
            code.startswith("2") and "content" in response_of(overlaid_spec, response)
            for code, response in op.raw.get("responses", {}).items()
        )
        source = endpoint_modules()[snake(op.operation_id)].read_text()
        returns = re.search(r"def sync\(.*?\) -> (.+?):\n", source, re.S)
        if has_json_body and (returns is None or returns.group(1).strip() in ("Any | None", "Any")):
            untyped.append(op.operation_id)
    assert untyped == []


def response_of(spec: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        return dict(spec["components"]["responses"][name])
    return response


def test_updates_are_marked_named_and_documented(overlaid_spec: dict[str, Any]) -> None:
    updates = [op for op in operations(overlaid_spec) if op.raw.get(UPDATE_EXTENSION)]
    assert len(updates) == 21
    spec_module = importlib.import_module("getresponse_client._spec")
    for op in updates:
        assert op.method == "POST" and op.path.endswith("}")
        module = snake(op.operation_id)
        assert module.startswith("update_"), module
        assert spec_module.OPERATIONS[op.operation_id][2] == "update"
        assert "Partial update: only the fields you set are sent" in endpoint_modules()[module].read_text()
    contact = endpoint_modules()["update_contact"].read_text()
    assert "tags, customFieldValues are replaced as a whole" in contact


def test_max_hosts_and_domain_header_are_modelled() -> None:
    spec_module = importlib.import_module("getresponse_client._spec")
    assert spec_module.SERVERS == {
        "retail": "https://api.getresponse.com/v3",
        "max_us": "https://api3.getresponse360.com/v3",
        "max_pl": "https://api3.getresponse360.pl/v3",
    }
    assert {"max_us", "max_pl"} == spec_module.SERVERS_REQUIRING_DOMAIN
    assert spec_module.DOMAIN_HEADER == "X-Domain"


def test_campaigns_are_lists_on_the_python_surface_only() -> None:
    lists = PACKAGE / "api" / "lists"
    expected = {"get_list", "get_lists", "create_list", "update_list", "get_list_blocklist", "update_list_blocklist"}
    assert expected <= {p.stem for p in lists.glob("*.py")}
    assert not (PACKAGE / "api" / "campaigns_lists").exists()
    assert not [p for p in endpoint_modules() if "campaign" in p]
    models = importlib.import_module("getresponse_client.models")
    for name in ("ListDetails", "NewList", "UpdateList", "ListReference"):
        assert hasattr(models, name), name
    get_list = (lists / "get_list.py").read_text()
    assert '"url": "/campaigns/{campaign_id}".format(' in get_list  # the wire path is unchanged
    assert "list (campaign in the API)" in get_list
    new_list = (PACKAGE / "models" / "new_list.py").read_text()
    assert "list (campaign in the API)" in new_list


def test_docstrings_carry_summary_and_reference_link_not_prose(pinned_spec: dict[str, Any]) -> None:
    source = endpoint_modules()["get_contact_list"].read_text()
    assert "Get contact list" in source
    assert REFERENCE_URL.format(operation_id="getContactList") in source
    renamed = endpoint_modules()["get_lists"].read_text()
    assert REFERENCE_URL.format(operation_id="getCampaignList") in renamed
    # No generated docstring repeats a long description paragraph from the spec.
    long_descriptions = {
        op.raw["description"].strip() for op in operations(pinned_spec) if len(op.raw.get("description", "")) > 200
    }
    assert long_descriptions
    generated_text = "\n".join(p.read_text() for p in PACKAGE.rglob("*.py"))
    leaked = [text[:60] for text in long_descriptions if text[:120] in generated_text]
    assert leaked == []
