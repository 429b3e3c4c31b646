"""The resource layer: client.<group>.<method>, wire encoding, pages, raw access, errors raised not returned."""

from __future__ import annotations

import asyncio
import datetime
import inspect
import json
from collections.abc import Callable
from urllib.parse import parse_qsl

import httpx
import pytest

from getresponse_client import (
    AsyncGetResponse,
    GetResponse,
    NotFoundError,
    Page,
    PaginationDriftWarning,
    RawResponse,
    ValidationError,
)
from getresponse_client.models.contact_details import ContactDetails
from getresponse_client.models.contact_list_element import ContactListElement
from getresponse_client.models.list_reference import ListReference
from getresponse_client.models.new_contact import NewContact
from getresponse_client.models.sort_order_enum import SortOrderEnum
from getresponse_client.models.update_contact import UpdateContact
from tests.client.conftest import Recorder, json_response

CONTACT = {"contactId": "V", "href": "https://api.getresponse.com/v3/contacts/V", "email": "a@example.com"}


def contacts_page(count: int, start: int = 0) -> list[dict[str, str]]:
    return [{**CONTACT, "contactId": f"c{start + i}"} for i in range(count)]


def test_groups_and_crud_names_read_like_python(client: GetResponse) -> None:
    for name in ("list", "get", "create", "update", "delete"):
        assert callable(getattr(client.contacts, name)), name
    for name in ("list", "get", "create", "update", "get_blocklist", "get_statistics_origins"):
        assert callable(getattr(client.lists, name)), name
    assert callable(client.tags.list) and callable(client.custom_fields.update)
    assert callable(client.accounts.get_callbacks) and callable(client.accounts.update_callbacks)


def test_async_client_mirrors_the_sync_one(client: GetResponse, async_client: AsyncGetResponse) -> None:
    for group in ("contacts", "lists", "tags", "newsletters", "accounts", "shops"):
        sync_group, async_group = getattr(client, group), getattr(async_client, group)
        sync_methods = {n for n, _ in inspect.getmembers(sync_group, inspect.ismethod) if not n.startswith("_")}
        async_methods = {n for n, _ in inspect.getmembers(async_group, inspect.ismethod) if not n.startswith("_")}
        assert sync_methods == async_methods, group
        for name in sync_methods:
            returns = inspect.signature(getattr(sync_group, name)).return_annotation
            if str(returns).startswith("Page["):  # async list methods return an AsyncPager (await it or async for)
                assert not inspect.iscoroutinefunction(getattr(async_group, name)), f"{group}.{name}"
                pager = inspect.signature(getattr(async_group, name)).return_annotation
                assert pager == "Async" + str(returns).replace("Page[", "Pager[", 1), f"{group}.{name}"
            else:
                assert inspect.iscoroutinefunction(getattr(async_group, name)), f"{group}.{name}"
            sync_params = list(inspect.signature(getattr(sync_group, name)).parameters)
            assert sync_params == list(inspect.signature(getattr(async_group, name)).parameters), f"{group}.{name}"


def test_filters_sort_and_flags_are_encoded_as_getresponse_expects(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response(contacts_page(1), TotalCount="1", TotalPages="1", CurrentPage="1")
    client.contacts.list(
        query_email="@example.com",
        query_created_on_from=datetime.date(2024, 1, 1),
        query_created_on_to=datetime.date(2024, 1, 31),
        query_list_id="V,X",
        sort_created_on=SortOrderEnum.DESC,
        additional_flags="exactMatch",
        fields="name,email",
        per_page=1000,
    )
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/v3/contacts"
    assert dict(parse_qsl(request.url.query.decode())) == {
        "query[email]": "@example.com",
        "query[createdOn][from]": "2024-01-01",
        "query[createdOn][to]": "2024-01-31",
        "query[campaignId]": "V,X",
        "sort[createdOn]": "DESC",
        "additionalFlags": "exactMatch",
        "fields": "name,email",
        "perPage": "1000",
        "page": "1",
    }
    assert request.headers["X-Auth-Token"] == "api-key k3y"


def test_get_returns_the_typed_model(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response({**CONTACT, "origin": "api"})
    contact = client.contacts.get("V", fields="email")
    assert isinstance(contact, ContactDetails)
    assert contact.email == "a@example.com"
    assert server.last.url.path == "/v3/contacts/V"


def test_create_sends_only_what_was_set_and_update_posts_to_the_id(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: httpx.Response(202)
    expected = {"email": "n@example.com", "campaign": {"campaignId": "V"}}
    client.contacts.create(email="n@example.com", campaign=ListReference(campaign_id="V"))
    assert server.last.method == "POST" and server.last.url.path == "/v3/contacts"
    assert json.loads(server.last.content) == expected
    client.contacts.create(email="n@example.com", campaign={"campaignId": "V"})  # a nested dict, by wire name
    assert json.loads(server.last.content) == expected
    client.contacts.create(body=NewContact(email="n@example.com", campaign=ListReference(campaign_id="V")))
    assert json.loads(server.last.content) == expected
    client.contacts.create(body={"email": "n@example.com", "campaign": {"campaignId": "V"}})
    assert json.loads(server.last.content) == expected

    server.handler = lambda request: json_response({**CONTACT, "name": "New"})
    updated = client.contacts.update("V", name="New")
    assert updated.name == "New"
    assert server.last.method == "POST" and server.last.url.path == "/v3/contacts/V"
    assert json.loads(server.last.content) == {"name": "New"}
    client.contacts.update("V", body=UpdateContact(name="New"))
    assert json.loads(server.last.content) == {"name": "New"}


def test_body_mistakes_are_type_errors_naming_the_problem(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: httpx.Response(202)
    with pytest.raises(
        TypeError, match=r"contacts.create\(\) missing required keyword argument\(s\): 'email', 'campaign'"
    ):
        client.contacts.create()  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="either as body= or as keyword arguments, not both"):
        client.contacts.create(body={"email": "a@example.com"}, name="x")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="body= must be a model or a dict, not str"):
        client.contacts.create(body="nope")  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="unexpected keyword argument"):
        client.tags.get("T", timeot=3)  # type: ignore[call-arg]
    assert server.requests == []  # nothing was sent


def test_errors_are_raised_never_returned(client: GetResponse, server: Recorder) -> None:
    server.handler = lambda request: json_response(
        {
            "httpStatus": 404,
            "code": 1013,
            "codeDescription": "Resource not found",
            "message": "Contact not found",
            "moreInfo": "https://apidocs.getresponse.com/v3/errors/1013",
            "context": [],
            "uuid": "u-1",
        },
        404,
    )
    with pytest.raises(NotFoundError) as caught:
        client.contacts.get("missing")
    assert caught.value.code == 1013 and caught.value.uuid == "u-1"

    server.handler = lambda request: json_response(
        {
            "httpStatus": 400,
            "code": 1000,
            "codeDescription": "General error of validation process",
            "message": "Custom message",
            "moreInfo": "",
            "context": [{"fieldName": ["email"]}],
            "uuid": "u-2",
        },
        400,
    )
    with pytest.raises(ValidationError) as validation:
        client.contacts.create(email="bad", campaign=ListReference(campaign_id="V"))
    assert validation.value.context == [{"fieldName": ["email"]}]


def test_raw_response_keeps_status_headers_and_the_parsed_model(client: GetResponse, server: Recorder) -> None:
    rate_limit = {"X-RateLimit-Limit": "30000", "X-RateLimit-Remaining": "29999", "X-RateLimit-Reset": "600 seconds"}
    server.handler = lambda request: json_response(CONTACT, headers=rate_limit)
    raw = client.contacts.with_raw_response.get("V")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.json() == CONTACT
    assert isinstance(raw.parsed, ContactDetails) and raw.parsed.contact_id == "V"
    assert raw.rate_limit.limit == 30000 and raw.rate_limit.remaining == 29999


def test_iterating_a_page_walks_every_later_page_lazily(client: GetResponse, server: Recorder) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        return json_response(
            contacts_page(2, start=(number - 1) * 2), TotalCount="6", TotalPages="3", CurrentPage=str(number)
        )

    server.handler = answer
    page = client.contacts.list(per_page=2)
    assert isinstance(page, Page)
    assert (page.total_count, page.total_pages, page.current_page) == (6, 3, 1)
    assert [c.contact_id for c in page.items] == ["c0", "c1"]
    assert len(server.requests) == 1  # later pages are fetched only when iteration reaches them
    ids = [contact.contact_id for contact in page]
    assert ids == ["c0", "c1", "c2", "c3", "c4", "c5"]
    assert [int(r.url.params["page"]) for r in server.requests] == [1, 2, 3]
    assert all(isinstance(c, ContactListElement) for c in page.items)


def test_async_pages_and_calls(async_client: AsyncGetResponse, server: Recorder) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        items = contacts_page(2, start=(number - 1) * 2) if number < 3 else []
        return json_response(items, TotalPages="5", CurrentPage=str(number))

    server.handler = answer

    async def walk() -> list[str]:
        async with async_client:
            page = await async_client.contacts.list(per_page=2)
            return [contact.contact_id async for contact in page]

    with pytest.warns(PaginationDriftWarning, match="page 3 of 5 came back empty"):
        assert asyncio.run(walk()) == ["c0", "c1", "c2", "c3"]  # stops at the empty third page


def test_a_2xx_body_that_is_not_text_is_a_typed_error(client: GetResponse, server: Recorder) -> None:
    from getresponse_client import ResponseDecodeError

    server.handler = lambda request: httpx.Response(
        200, content=b"\xff\xfe\x00\x00{", headers={"Content-Type": "application/json"}
    )
    with pytest.raises(ResponseDecodeError):
        client.contacts.get("V")


def test_a_closed_client_says_so(server: Recorder) -> None:
    from getresponse_client import ClientClosedError

    client = GetResponse(api_key="k")  # owns its httpx client
    client.close()
    with pytest.raises(ClientClosedError):
        client.contacts.get("V")

    async def closed_async() -> None:
        async with AsyncGetResponse(api_key="k") as async_client:
            pass
        await async_client.contacts.get("V")

    with pytest.raises(ClientClosedError):
        asyncio.run(closed_async())


def test_a_multipart_body_from_keywords_a_dict_or_the_model(client: GetResponse, server: Recorder) -> None:
    import io

    from getresponse_client import BinaryFile
    from getresponse_client.models import CreateMultimedia

    server.handler = lambda request: json_response({"imageId": "I", "originalImageUrl": "https://x/a.gif"})

    def upload() -> BinaryFile:
        return BinaryFile(payload=io.BytesIO(b"GIF89a"), file_name="a.gif", mime_type="image/gif")

    calls: list[Callable[[], object]] = [
        lambda: client.multimedia.upload_image(file=upload()),
        lambda: client.multimedia.upload_image(body={"file": upload()}),
        lambda: client.multimedia.upload_image(body=CreateMultimedia(file=upload())),
    ]
    for call in calls:
        call()
        assert server.last.headers["Content-Type"].startswith("multipart/form-data; boundary=")
        assert b'name="file"; filename="a.gif"' in server.last.content and b"GIF89a" in server.last.content
    with pytest.raises(TypeError, match="not both"):
        client.multimedia.upload_image(body={"file": upload()}, file=upload())  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="fields the form does not take: picture"):
        client.multimedia.upload_image(body={"picture": upload()})  # type: ignore[call-overload]
    with pytest.raises(TypeError, match="must be a CreateMultimedia or a dict, not str"):
        client.multimedia.upload_image(body="a.gif")  # type: ignore[call-overload]
    assert len(server.requests) == 3
