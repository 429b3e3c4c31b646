"""Step 4's product: what generated/getresponse_client must hold for the pinned spec."""

from __future__ import annotations

import importlib
import inspect
import subprocess
import sys
from typing import Any

from pipeline import paths
from pipeline.cassettes.calls import operation_table, resource_method
from pipeline.prose import REFERENCE_URL
from pipeline.spec_lock import SpecLock
from pipeline.spec_model import UPDATE_EXTENSION, operations

PACKAGE = paths.GENERATED_PACKAGE


def method_of(operation_id: str) -> Any:
    """The sync resource method of an operation (client.<group>.<name>)."""
    return resource_method(operation_table()[operation_id])


def test_every_operation_is_generated(lock: SpecLock, overlaid_spec: dict[str, Any]) -> None:
    spec_ops = list(operations(overlaid_spec))
    assert len(spec_ops) == lock.operations == 219
    table = operation_table()
    assert sorted(table) == sorted(op.operation_id for op in spec_ops)
    for op in spec_ops:
        info = table[op.operation_id]
        assert (info.method, info.path) == (op.method, op.path)
        assert callable(method_of(op.operation_id)), op.operation_id
    assert not (PACKAGE / "api").exists()
    assert not (PACKAGE / "client.py").exists()


def test_spec_version_is_exported(lock: SpecLock) -> None:
    import getresponse_client

    assert lock.info_version == getresponse_client.SPEC_VERSION
    spec = importlib.import_module("getresponse_client._spec")
    assert lock.sha256 == spec.SPEC_SHA256
    assert len(operation_table()) == 219
    assert (PACKAGE / "py.typed").is_file()


def test_every_documented_2xx_json_response_is_typed(overlaid_spec: dict[str, Any]) -> None:
    untyped = []
    for op in operations(overlaid_spec):
        has_json_body = any(
            code.startswith("2") and "content" in response_of(overlaid_spec, response)
            for code, response in op.raw.get("responses", {}).items()
        )
        returns = inspect.signature(method_of(op.operation_id)).return_annotation
        if has_json_body and returns in ("None", "Any"):
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
    table = operation_table()
    for op in updates:
        assert op.method == "POST" and op.path.endswith("}")
        assert table[op.operation_id].kind == "update"
        assert table[op.operation_id].name.startswith("update"), op.operation_id
        assert "Partial update: only the fields you set are sent" in (method_of(op.operation_id).__doc__ or "")
    assert "tags, customFieldValues are replaced as a whole" in (method_of("updateContact").__doc__ or "")


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
    table = operation_table()
    lists = {info.name for info in table.values() if info.group == "lists"}
    assert {"get", "list", "create", "update", "get_blocklist", "update_blocklist", "get_contacts"} <= lists
    assert table["getList"].path == "/campaigns/{campaignId}"  # the wire path is unchanged
    assert table["getList"].parameters == {"campaignId": "list_id", "fields": "fields"}
    assert "list_id" in inspect.signature(method_of("getList")).parameters
    assert "list (campaign in the API)" in (method_of("getList").__doc__ or "")
    models = importlib.import_module("getresponse_client.models")
    for name in ("ListDetails", "NewList", "UpdateList", "ListReference"):
        assert hasattr(models, name), name
    new_list = (PACKAGE / "models" / "new_list.py").read_text()
    assert "list (campaign in the API)" in new_list


def test_docstrings_carry_summary_and_reference_link_not_prose(pinned_spec: dict[str, Any]) -> None:
    source = method_of("getContactList").__doc__ or ""
    assert "Get contact list" in source
    assert REFERENCE_URL.format(operation_id="getContactList") in source
    renamed = method_of("getLists").__doc__ or ""
    assert REFERENCE_URL.format(operation_id="getCampaignList") in renamed
    # No generated docstring repeats a long description paragraph from the spec.
    long_descriptions = {
        op.raw["description"].strip() for op in operations(pinned_spec) if len(op.raw.get("description", "")) > 200
    }
    assert long_descriptions
    generated_text = "\n".join(p.read_text() for p in PACKAGE.rglob("*.py"))
    leaked = [text[:60] for text in long_descriptions if text[:120] in generated_text]
    assert leaked == []


def test_constructing_a_client_imports_only_what_a_client_needs() -> None:
    """Pages, resources, responses, models and the policy module load on first use, not with the package; every
    exported name of both packages still resolves (PEP 562 lazy attributes)."""
    script = """
import sys
import getresponse_client
getresponse_client.GetResponse(api_key="k")
loaded = sorted(name for name in sys.modules if name.startswith("getresponse_"))
print(",".join(loaded))
import getresponse_runtime
for package in (getresponse_client, getresponse_runtime):
    for name in package.__all__:
        getattr(package, name)
    assert set(package.__all__) <= set(dir(package))
assert getresponse_client.BinaryFile is sys.modules["getresponse_runtime.types"].File
assert getresponse_client.Page is getresponse_runtime.Page
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    loaded = set(result.stdout.strip().split(","))
    assert {"getresponse_client", "getresponse_runtime.client", "getresponse_runtime.transport"} <= loaded
    lazy = {"pagination", "resource", "responses", "wire", "types", "policy", "oauth"}
    assert loaded.isdisjoint(f"getresponse_runtime.{name}" for name in lazy)
    assert not any(name.startswith(("getresponse_client.models", "getresponse_client.resources")) for name in loaded)
