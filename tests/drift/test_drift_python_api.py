"""The public Python API of the packages regenerated from OLD and NEW: when NEW cannot be generated, and the griffe
comparison on small packages of the generated shape (the real regeneration is test_drift_regenerated.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from pipeline import paths
from pipeline.drift import compare
from pipeline.drift.compare import GENERATED_FROM_NEW, find_drift
from pipeline.drift.python_api import python_api_changes
from pipeline.errors import GenerationError
from pipeline.overlay import overlay_files

from .helpers import spec, the_change


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


# A package of the generated shape, small enough to compare in milliseconds: client classes defined in a private
# module and re-exported, resource methods taking `**options: Unpack[RequestOptions]`, a method with a body as
# @overloads (keyword fields, or body=) over an implementation taking every field as optional, and a name table.
PACKAGE_INIT = """
from getresponse_runtime.errors import APIError

from ._clients import AsyncGetResponse, GetResponse

__all__ = ("APIError", "AsyncGetResponse", "GetResponse")
"""
CLIENTS = """
from functools import cached_property

from getresponse_runtime.client import AsyncClientBase, SyncClientBase

from .resources.tags import AsyncTagsResource, TagsResource


class GetResponse(SyncClientBase):
    @cached_property
    def tags(self) -> TagsResource:
        return TagsResource(self)
{groups}

class AsyncGetResponse(AsyncClientBase):
    @cached_property
    def tags(self) -> AsyncTagsResource:
        return AsyncTagsResource(self)
"""
WEBINARS_GROUP = """
    @cached_property
    def webinars(self) -> WebinarsResource:
        return WebinarsResource(self)
"""
TAGS = """
from typing import Unpack, overload

from getresponse_runtime.resource import AsyncResource, SyncResource
from getresponse_runtime.transport import RequestOptions
from getresponse_runtime.types import UNSET, Unset

from ..models.new_tag import NewTag


class TagsResource(SyncResource):
    @overload
    def create(self, *, name: str, {required}color: str | Unset = UNSET, **options: Unpack[RequestOptions]) -> None: ...

    @overload
    def create(self, *, body: NewTag, **options: Unpack[RequestOptions]) -> None: ...

    def create(
        self, *, body: NewTag | None = None, name: str | Unset = UNSET, {optional}color: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        return None

    def list(self, *, {query}per_page: int | Unset = 100, **options: Unpack[RequestOptions]) -> None:
        return None


class AsyncTagsResource(AsyncResource):
    pass


{table}
"""


def write_package(folder: Path, *, new: bool) -> Path:
    package = folder / "getresponse_client"
    (package / "resources").mkdir(parents=True)
    (package / "__init__.py").write_text(PACKAGE_INIT)
    (package / "_clients.py").write_text(CLIENTS.format(groups="" if new else WEBINARS_GROUP))
    (package / "resources" / "__init__.py").write_text("")
    tags = TAGS.format(
        required="priority: int, " if new else "",  # a new required body field: required in the overload only
        optional="priority: int | Unset = UNSET, " if new else "",
        query="" if new else "query_name: str | Unset = UNSET, ",  # a query parameter removed
        table='TAGS_CREATE_FIELDS = {"priority": "priority"}' if new else 'TAGS_CREATE_WIRE = {"name": "name"}',
    )
    (package / "resources" / "tags.py").write_text(tags)
    return package


def test_the_public_surface_is_compared_by_the_paths_users_import(tmp_path: Path) -> None:
    old, new = write_package(tmp_path / "old", new=False), write_package(tmp_path / "new", new=True)
    changes = python_api_changes(old, new)
    tags = "getresponse_client.resources.tags.TagsResource"
    assert [(change.kind, change.where, change.detail) for change in changes] == [
        ("python-object-removed", "getresponse_client.GetResponse.webinars", "public attribute removed"),
        (
            "python-parameter-added-required",
            f"{tags}.create(priority)",
            "parameter was added as required (in @overload #1)",
        ),
        ("python-parameter-removed", f"{tags}.list(query_name)", "parameter was removed"),
    ]
    assert all(change.breaking for change in changes)  # and the name table, TAGS_CREATE_WIRE, is not the surface


def test_the_same_package_has_no_python_api_change(tmp_path: Path) -> None:
    old, new = write_package(tmp_path / "old", new=False), write_package(tmp_path / "new", new=False)
    assert python_api_changes(old, new) == []
