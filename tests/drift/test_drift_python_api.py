"""The public Python API of the packages regenerated from OLD and NEW (one real regeneration, ~10 s)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.drift import compare
from pipeline.drift.compare import GENERATED_FROM_NEW, find_drift
from pipeline.errors import GenerationError
from pipeline.fetch import FetchedSpec
from pipeline.overlay import overlay_files

from .helpers import the_change

API = "getresponse_client.api.contacts"


def spec(document: dict[str, Any], version: str) -> FetchedSpec:
    return FetchedSpec(source=version, sha256=version * 64, info_version=version, document=document)


def test_regenerated_packages_are_compared_with_griffe(pinned_spec: dict[str, Any], new_spec: dict[str, Any]) -> None:
    listing = new_spec["paths"]["/contacts"]["get"]["parameters"]
    for parameter in listing:
        if parameter.get("name") == "query[email]":
            parameter["name"] = "query[mail]"  # a rename of the keyword argument
        elif parameter.get("name") == "query[origin]":
            parameter["required"] = True
    del new_spec["components"]["schemas"]["Contact"]["properties"]["dayOfCycle"]
    new_spec["components"]["schemas"]["WebinarStatistics"]["properties"]["visitors"] = {"type": "string"}
    new_spec["paths"]["/contacts/{contactId}"]["delete"]["operationId"] = "removeContact"

    report = find_drift(
        spec(pinned_spec, "1"), spec(new_spec, "2"), overlay_paths=overlay_files(paths.OVERLAYS), acknowledgements=[]
    )
    assert report.notes == [], "both packages were generated"
    python = [change for change in report.changes if change.area == "Python API"]

    renamed = the_change(python, "python-object-renamed", f"{API}.delete_contact")
    assert renamed.detail == "public module removed; probably renamed to remove_contact"
    keyword = the_change(python, "python-parameter-renamed", f"{API}.get_contact_list.sync(queryemail)")
    assert keyword.detail == "renamed to querymail"
    the_change(python, "python-parameter-now-required", f"{API}.get_contact_list.asyncio(queryorigin)")
    the_change(python, "python-object-removed", "getresponse_client.models.contact.Contact.day_of_cycle")
    retyped = the_change(
        python,
        "python-attribute-type-changed",
        "getresponse_client.models.webinar_statistics.WebinarStatistics.visitors",
    )
    assert retyped.detail == "annotation int → str"
    assert all(change.breaking for change in python)


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
