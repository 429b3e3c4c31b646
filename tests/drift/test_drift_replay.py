"""Which replay results are drift and which are notes, and the worker's own guard; no regeneration here (the real
replay of regenerated packages is test_drift_regenerated.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from getresponse_client import GetResponse
from getresponse_client.models import ContactDetails
from pipeline import paths
from pipeline.drift.cassette_replay import (
    KIND,
    CassetteReplay,
    ReplayError,
    ReplayRun,
    replay_changes,
    worker_environment,
)
from pipeline.drift.compare import GENERATED_FROM_NEW, cassette_replay_drift
from pipeline.drift.replay_worker import untyped_fields  # the worker's module, here with the repo's package

TAG_BY_ID = "getTagById (GET /tags/{tagId})"


def replayed(
    name: str = "spec/getTagById", *, problems: tuple[str, ...] = (), untyped: frozenset[str] = frozenset()
) -> CassetteReplay:
    route = "GET /tags/{tagId}" if name.endswith("getTagById") else None
    return CassetteReplay(name, name.split("/")[1], route, problems, untyped)


def test_a_cassette_failing_only_against_new_is_breaking_drift() -> None:
    old = {"spec/getTagById": replayed()}
    problems = ("(c) response: $.name", "(b) TagDetails.to_dict() differs")  # as replay() lists them: (c) first
    new = {"spec/getTagById": replayed(problems=problems)}
    changes, notes = replay_changes(old, new)
    assert [(c.kind, c.where, c.breaking, c.detail) for c in changes] == [
        (KIND, TAG_BY_ID, True, "spec/getTagById: (b) TagDetails.to_dict() differs (and 1 more)")
    ]
    assert notes == []


def test_a_cassette_failing_against_both_is_a_note_unless_new_loses_a_field() -> None:
    failing = ("(c) response: $.changedOn: None for not nullable",)
    old = {name: replayed(name, problems=failing) for name in ("docs/getContactById", "docs/updateContact")}
    new = dict(old)
    new["docs/updateContact"] = replayed("docs/updateContact", problems=failing, untyped=frozenset({"response $.x"}))
    changes, notes = replay_changes(old, new)
    assert [(c.where, c.detail) for c in changes] == [
        (
            "updateContact",  # neither package knows the operation's route in this made-up case
            "docs/updateContact: no typed attribute in NEW for the recorded response $.x (OLD decoded it; NEW keeps "
            "it in additional_properties only)",
        )
    ]
    assert notes == [
        "1 cassette(s) fail replay the same way against the packages generated from OLD "
        "and NEW, so their failures are not "
        "counted as drift: docs/getContactById"
    ]


def test_fields_old_did_not_decode_either_are_not_drift() -> None:
    statistics = frozenset({"response $[0].key"})  # a map of dynamic keys: never a typed attribute
    old = {"spec/getTagById": replayed(untyped=statistics)}
    new = {"spec/getTagById": replayed(untyped=statistics | {f"response $.f{i}" for i in range(5)})}
    (change,) = replay_changes(old, new)[0]
    assert "response $.f0, response $.f1, response $.f2 (and 2 more)" in change.detail


class FailingRun(ReplayRun):
    def __init__(self, error: str | None) -> None:  # no worker process: results() says what the test needs
        self._error = error

    def results(self) -> dict[str, CassetteReplay]:
        if self._error:
            raise ReplayError(self._error)
        return {}


def test_a_worker_failing_on_new_is_breaking_and_on_old_is_a_note() -> None:
    changes, notes = cassette_replay_drift(FailingRun(None), FailingRun("ImportError: no module vcr"))
    assert [(c.kind, c.where, c.breaking) for c in changes] == [(KIND, GENERATED_FROM_NEW, True)]
    assert "ImportError" in changes[0].detail and notes == []
    changes, notes = cassette_replay_drift(FailingRun("ImportError: no module vcr"), FailingRun(None))
    assert changes == []
    assert notes[0].startswith("Cassettes were not replayed against NEW: their replay against OLD failed")


def test_the_worker_refuses_to_replay_a_package_it_did_not_import(tmp_path: Path) -> None:
    """PYTHONPATH names tmp_path, which holds no getresponse_client: the repo's installed copy gets imported."""
    with ReplayRun(tmp_path / "getresponse_client", {}, cassettes=tmp_path) as run, pytest.raises(ReplayError) as error:
        run.results()
    assert f"expected the package in {tmp_path / 'getresponse_client'}" in str(error.value)


def test_the_worker_finds_the_runtime_and_the_pipeline_without_installed_packages(tmp_path: Path) -> None:
    """`nox -s drift` installs neither package: the worker's path itself names the hand-written runtime (-S: no
    site-packages, so no editable install of the repo either)."""
    code = (
        "import importlib.util as u; print(u.find_spec('getresponse_runtime').origin, u.find_spec('pipeline').origin)"
    )
    environment = worker_environment(tmp_path / "getresponse_client")
    found = subprocess.run([sys.executable, "-S", "-c", code], env=environment, capture_output=True, text=True)
    assert found.returncode == 0, found.stderr
    runtime, pipeline = map(Path, found.stdout.split())
    assert runtime == paths.RUNTIME / "getresponse_runtime" / "__init__.py"
    assert pipeline == paths.ROOT / "pipeline" / "__init__.py"


def test_untyped_fields_are_located_by_wire_name_through_models_and_lists() -> None:
    recorded = {
        "contactId": "k",
        "mood": "ok",  # a field the model does not have
        "campaign": {"campaignId": "V", "x": 1},
        "tags": [{"tagId": "t", "shade": "red"}],
        "createdOn": "not a date",  # fails to decode: the replay checks report that, not this inventory
    }
    contact = ContactDetails.from_dict(recorded)
    assert sorted(untyped_fields(contact, "$")) == ["$.campaign.x", "$.mood", "$.tags[0].shade"]


def test_untyped_fields_of_a_list_answer_are_those_of_its_page_items() -> None:
    """A list method answers with a Page: its items are inventoried, without fetching the pages after it."""
    body = [{"tagId": "t", "name": "vip"}, {"tagId": "u", "name": "new", "shade": "red"}]
    headers = {"TotalCount": "4", "TotalPages": "2", "CurrentPage": "1"}  # a next page exists: it must not be fetched
    requests: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, headers=headers, json=body)

    with (
        httpx.Client(transport=httpx.MockTransport(answer)) as http,
        GetResponse(api_key="k", http_client=http, max_retries=0) as client,
    ):
        page = client.tags.list()
        assert list(untyped_fields(page, "$")) == ["$[1].shade"]
    assert len(requests) == 1
