"""allow=, dry_run= and audit= against a loopback GetResponse: denied calls send nothing, `*:read` reads every read of
the operation table and writes none, a dry run returns the exact request, and every call leaves one audit record."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from getresponse_client import (
    AccessDeniedError,
    AsyncGetResponse,
    AuditRecord,
    ConfigurationError,
    DryRunResult,
    GetResponse,
    GetResponseError,
    NotFoundError,
    PermissionDeniedError,
)
from getresponse_client._operations import OPERATIONS
from pipeline.cassettes.calls import CallBuilder
from pipeline.cassettes.cassette import load
from pipeline.cassettes.layout import cassette_files
from tests.runtime._support import LoopbackServer, Reply

TAG = {"tagId": "T1", "name": "vip", "href": "https://api.getresponse.com/v3/tags/T1"}
NOT_FOUND = {"httpStatus": 404, "code": 1013, "codeDescription": "Resource not found", "message": "no such"}


@pytest.fixture
def server(loopback_server: LoopbackServer) -> LoopbackServer:
    loopback_server.handler = lambda seen: Reply(
        200, [TAG] if seen.method == "GET" and seen.path == "/v3/tags" else TAG
    )
    return loopback_server


def client_for(server: LoopbackServer, **kwargs: Any) -> GetResponse:
    return GetResponse(api_key="k3y", base_url=server.url + "/v3", max_retries=0, **kwargs)


def test_a_denied_operation_sends_nothing(server: LoopbackServer) -> None:
    with client_for(server, allow=["contacts:read", "tags:write"]) as gr:
        with pytest.raises(AccessDeniedError) as caught:
            gr.tags.list()
        gr.tags.create(name="vip")  # tags:write
        with pytest.raises(AccessDeniedError, match=r"client.contacts.delete .* it needs 'contacts:write'"):
            gr.contacts.delete("pV3r")
    assert isinstance(caught.value, PermissionDeniedError) and isinstance(caught.value, GetResponseError)
    assert "denied by the client, not by GetResponse" in str(caught.value)
    assert [(seen.method, seen.path) for seen in server.seen] == [("POST", "/v3/tags")]


def test_read_only_allows_every_read_of_the_operation_table_and_no_write(server: LoopbackServer) -> None:
    """Every operation, called through its method with the spec cassette's arguments, under allow=["*:read"]."""
    server.handler = lambda seen: Reply(404, NOT_FOUND)  # a read that got through answers "not found"
    builder = CallBuilder()
    cassettes = {
        load(path).metadata.operation_id: load(path) for path in cassette_files() if path.parent.name == "spec"
    }
    assert len(cassettes) == len(OPERATIONS) == 219
    reads, writes = [], []
    with client_for(server, allow=["*:read"]) as gr:
        for operation_id, _info in sorted(OPERATIONS.items()):
            call = builder.build(operation_id, cassettes[operation_id].request)
            sent_before = len(server.seen)
            try:
                call.invoke(gr)
            except AccessDeniedError:
                writes.append(operation_id)
                assert len(server.seen) == sent_before, f"{call} was denied but sent a request"
            except NotFoundError:
                reads.append(operation_id)
                assert len(server.seen) == sent_before + 1
    # Worked out here, not from the table's own "kind": every GET, and the one POST that only searches.
    expected_reads = {op for op, info in OPERATIONS.items() if info.method == "GET"}
    expected_reads.add("getContactsFromSearchContactsConditions")
    assert set(reads) == expected_reads and set(writes) == set(OPERATIONS) - expected_reads
    assert "getContactsFromSearchContactsConditions" in reads  # a POST that only searches is a read
    assert (len(reads), len(writes)) == (len(expected_reads), 219 - len(expected_reads))


def test_allow_entries_are_checked(server: LoopbackServer) -> None:
    with pytest.raises(ConfigurationError, match="no resource group 'contact'"):
        client_for(server, allow=["contact:read"])
    with pytest.raises(ConfigurationError, match="the access is one of read, write or"):
        client_for(server, allow=["contacts:delete"])
    with pytest.raises(ConfigurationError, match="entries look like 'contacts:read'"):
        client_for(server, allow=["contacts"])
    with pytest.raises(ConfigurationError, match="not one string"):
        client_for(server, allow="contacts:read")


def test_a_dry_run_sends_no_write_and_returns_the_exact_request(server: LoopbackServer) -> None:
    with client_for(server, dry_run=True, time_zone="UTC") as gr:
        result: Any = gr.tags.create(name="vip", extra_body={"note": "x"})
        deleted: Any = gr.contacts.delete("pV3r", message_id="M1")  # type: ignore[func-returns-value]
        page = gr.tags.list()  # reads still go out
    assert result == DryRunResult("createTag", "POST", server.url + "/v3/tags", {"name": "vip", "note": "x"})
    assert deleted == DryRunResult("deleteContact", "DELETE", server.url + "/v3/contacts/pV3r?messageId=M1", None)
    assert page.items[0].tag_id == "T1"
    assert [(seen.method, seen.path) for seen in server.seen] == [("GET", "/v3/tags")]


def test_every_call_leaves_one_audit_record(server: LoopbackServer) -> None:
    records: list[AuditRecord] = []
    answers = iter([Reply(500, {"httpStatus": 500, "message": "oops"}), Reply(200, [TAG]), Reply(404, NOT_FOUND)])
    server.handler = lambda seen: next(answers)
    with GetResponse(
        api_key="s3cret-key", base_url=server.url + "/v3", max_retries=1, allow=["tags:read"], audit=records.append
    ) as gr:
        gr.tags.list(query_name="vip@example.com")  # a 500, then a 200: two attempts
        with pytest.raises(NotFoundError):
            gr.tags.get("T9")
        with pytest.raises(AccessDeniedError):
            gr.tags.delete("T1")
    by_outcome = [(r.operation, r.method, r.path, r.decision, r.status, r.attempts, r.error) for r in records]
    assert by_outcome == [
        ("getTagsList", "GET", "/tags", "allowed", 200, 2, None),
        ("getTagById", "GET", "/tags/T9", "allowed", 404, 1, "NotFoundError"),
        ("deleteTag", "DELETE", "/tags/T1", "denied", None, 0, "AccessDeniedError"),
    ]
    assert all(record.duration >= 0 for record in records)
    assert "s3cret" not in repr(records) and "example.com" not in repr(records)  # no credential, no query


def test_async_policy_dry_run_and_audit(server: LoopbackServer) -> None:
    records: list[AuditRecord] = []

    async def run() -> Any:
        async with AsyncGetResponse(
            api_key="k", base_url=server.url + "/v3", allow=["tags:*"], dry_run=True, audit=records.append
        ) as gr:
            with pytest.raises(AccessDeniedError):
                await gr.contacts.get("pV3r")
            listed = [tag.name async for tag in gr.tags.list()]
            return listed, await gr.tags.create(name="vip")

    listed, created = asyncio.run(run())
    assert listed == ["vip"] and isinstance(created, DryRunResult)
    assert [r.decision for r in records] == ["denied", "allowed", "dry_run"]
    assert [seen.method for seen in server.seen] == ["GET"]


def test_a_client_without_access_settings_needs_no_operation_table(server: LoopbackServer, monkeypatch: Any) -> None:
    def fail() -> Any:
        raise AssertionError("the operation table was loaded")

    monkeypatch.setattr(GetResponse, "_operation_table", staticmethod(fail))
    with client_for(server) as gr:
        assert gr.tags.get("T1").tag_id == "T1"
