"""The real thing: both packages regenerated, compared with griffe, and every cassette replayed through each.

One test, so that the two regenerations and replays (~20-40 s on two cores) run once, even spread over
pytest-xdist workers (a session fixture would run once per worker). Its mutations do not interfere: each
assertion group below names the mutation it is about.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from pipeline import paths
from pipeline.drift.cassette_replay import KIND as REPLAY
from pipeline.drift.compare import find_drift
from pipeline.drift.report import DriftReport, report_markdown
from pipeline.overlay import overlay_files

from .helpers import spec, the_change

CONTACTS = "getresponse_client.resources.contacts.ContactsResource"  # client.contacts
ASYNC_CONTACTS = "getresponse_client.resources.contacts.AsyncContactsResource"
TAGS = "getresponse_client.resources.tags.TagsResource"
TAG_BY_ID = "getTagById (GET /tags/{tagId})"


def rename_tag_name_to_title(document: dict[str, Any]) -> None:
    """The tag's `name` goes over the wire as `title`: every tag GetResponse answers with has a field the client
    from NEW does not know, and requests must name `title`."""
    schemas = document["components"]["schemas"]
    properties = schemas["BaseTag"]["properties"]
    properties["title"] = properties.pop("name")
    for request_model in ("NewTag", "UpdateTag"):
        schemas[request_model]["required"] = ["title"]


def mutated(pinned_spec: dict[str, Any]) -> dict[str, Any]:
    new = copy.deepcopy(pinned_spec)
    for parameter in new["paths"]["/contacts"]["get"]["parameters"]:
        if parameter.get("name") == "query[email]":
            parameter["name"] = "query[mail]"  # a rename of the keyword argument
        elif parameter.get("name") == "query[origin]":
            parameter["required"] = True
    del new["components"]["schemas"]["Contact"]["properties"]["dayOfCycle"]
    new["components"]["schemas"]["WebinarStatistics"]["properties"]["visitors"] = {"type": "string"}
    new["paths"]["/contacts/{contactId}"]["delete"]["operationId"] = "removeContact"  # still client.contacts.delete
    new["paths"]["/contacts/batch"]["post"]["operationId"] = "createContactsBulk"  # contacts.create_bulk now
    rename_tag_name_to_title(new)
    return new


@pytest.mark.slow
def test_regenerated_packages_are_compared_with_griffe_and_replayed(pinned_spec: dict[str, Any]) -> None:
    report = find_drift(
        spec(pinned_spec, "1"),
        spec(mutated(pinned_spec), "2"),
        overlay_paths=overlay_files(paths.OVERLAYS),
        acknowledgements=[],
    )
    assert not [note for note in report.notes if "could not be generated" in note], "both packages were generated"
    check_python_api(report)
    check_replay_of_the_renamed_tag_field(report)
    check_replay_of_the_other_mutations(report)
    check_cassettes_already_failing_against_old_are_notes(report)


def check_python_api(report: DriftReport) -> None:
    """The documented surface (api.md of each package) tells each change once, with what callers must change;
    griffe's findings about the same methods and models (async and raw twins, overloads) are folded into it."""
    surface = [change for change in report.changes if change.area == "Python surface"]
    renamed = the_change(surface, "api-method-renamed", "client.contacts.create_batch")
    assert renamed.caller_fix == "client.contacts.create_batch(...) → client.contacts.create_bulk(...)"
    assert renamed.cause == "POST /contacts/batch"
    # A CRUD method keeps its name whatever the operationId: the Python comparison decides it is not breaking.
    assert not [change.where for change in surface if change.where.startswith("client.contacts.delete")]
    operation = the_change(report.changes, "operation-renamed", "removeContact (DELETE /contacts/{contactId})")
    assert operation.severity == "heads-up"
    keyword = the_change(surface, "api-keyword-renamed", "client.contacts.list(query_email)")
    assert keyword.caller_fix == "client.contacts.list(query_email=...) → query_mail=..."
    the_change(surface, "api-keyword-now-required", "client.contacts.list(query_origin)")
    the_change(surface, "api-field-removed", "models.Contact.day_of_cycle")
    assert the_change(surface, "api-keyword-renamed", "client.tags.create(name)").detail == "renamed to title"
    retyped = the_change(surface, "api-field-type-changed", "models.WebinarStatistics.visitors")
    assert retyped.detail == "int → str"
    assert retyped.cause == "schema WebinarStatistics"
    assert renamed.breaking and keyword.breaking and retyped.breaking
    assert not [c for c in report.changes if c.area == "Python internals" and "ContactsResource.list" in c.where]


def check_replay_of_the_renamed_tag_field(report: DriftReport) -> None:
    """Tag's `name` -> `title`: the recorded tags still parse and round-trip (the models are lossless), but NEW no
    longer decodes `name`; the recorded requests no longer fit NEW's spec, which requires `title`."""
    change = the_change(report.changes, REPLAY, TAG_BY_ID)
    assert change.breaking
    assert change.area == "cassette replay"
    assert change.detail == (
        "spec/getTagById: no typed attribute in NEW for the recorded response $.name "
        "(OLD decoded it; NEW keeps it in additional_properties only)"
    )
    assert "response $[0].name" in the_change(report.changes, REPLAY, "getTagsList (GET /tags)").detail
    created = the_change(report.changes, REPLAY, "createTag (POST /tags)")
    assert created.detail == "spec/createTag: (c) request: $: 'title' is a required property"
    row = f"| breaking | cassette replay | `{REPLAY}` | `GET /tags/{{tagId}}` | {change.detail} |"
    assert row in report_markdown(report)


def check_replay_of_the_other_mutations(report: DriftReport) -> None:
    details = {change.detail.split(":")[0]: change.detail for change in report.changes if change.kind == REPLAY}
    for renamed in ("deleteContact", "createBatchContacts"):  # NEW's operation table names them otherwise
        assert details[f"spec/{renamed}"].startswith(f"spec/{renamed}: (a) the client cannot make the recorded")
    assert "query parameter 'query[email]' is not a parameter" in details["spec/getContactList"]
    assert "response $.dayOfCycle" in details["spec/getContactById"]
    assert "$.statistics.visitors" in details["spec/getWebinarById"]


def check_cassettes_already_failing_against_old_are_notes(report: DriftReport) -> None:
    """Known findings (tests/replay/known_findings.py) fail against OLD as against NEW: notes, not drift."""
    (note,) = [note for note in report.notes if "fail replay the same way" in note]
    assert "docs/upsertTags" in note and "docs/getActivities" in note
    replayed = {change.detail.split(":")[0] for change in report.changes if change.kind == REPLAY}
    assert not replayed & {"docs/upsertTags", "docs/getActivities"}
