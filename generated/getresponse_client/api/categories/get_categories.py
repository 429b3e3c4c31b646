import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.error_response import ErrorResponse
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: str,
    *,
    queryname: str | Unset = UNSET,
    queryparent_id: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    searchcreated_atfrom: datetime.datetime | Unset = UNSET,
    searchcreated_atto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

    params["query[parentId]"] = queryparent_id

    params["query[externalId]"] = queryexternal_id

    json_searchcreated_atfrom: str | Unset = UNSET
    if not isinstance(searchcreated_atfrom, Unset):
        json_searchcreated_atfrom = searchcreated_atfrom.isoformat()
    params["search[createdAt][from]"] = json_searchcreated_atfrom

    json_searchcreated_atto: str | Unset = UNSET
    if not isinstance(searchcreated_atto, Unset):
        json_searchcreated_atto = searchcreated_atto.isoformat()
    params["search[createdAt][to]"] = json_searchcreated_atto

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortcreated_at: str | Unset = UNSET
    if not isinstance(sortcreated_at, Unset):
        json_sortcreated_at = sortcreated_at.value

    params["sort[createdAt]"] = json_sortcreated_at

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/categories".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Category] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Category.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[Category]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    queryparent_id: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    searchcreated_atfrom: datetime.datetime | Unset = UNSET,
    searchcreated_atto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Category]]:
    """Get the shop categories list

     Reference: https://apireference.getresponse.com/#operation/getCategories

    Args:
        shop_id (str):
        queryname (str | Unset):
        queryparent_id (str | Unset):
        queryexternal_id (str | Unset):
        searchcreated_atfrom (datetime.datetime | Unset):
        searchcreated_atto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Category]]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        queryname=queryname,
        queryparent_id=queryparent_id,
        queryexternal_id=queryexternal_id,
        searchcreated_atfrom=searchcreated_atfrom,
        searchcreated_atto=searchcreated_atto,
        sortname=sortname,
        sortcreated_at=sortcreated_at,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    queryparent_id: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    searchcreated_atfrom: datetime.datetime | Unset = UNSET,
    searchcreated_atto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Category] | None:
    """Get the shop categories list

     Reference: https://apireference.getresponse.com/#operation/getCategories

    Args:
        shop_id (str):
        queryname (str | Unset):
        queryparent_id (str | Unset):
        queryexternal_id (str | Unset):
        searchcreated_atfrom (datetime.datetime | Unset):
        searchcreated_atto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Category]
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        queryname=queryname,
        queryparent_id=queryparent_id,
        queryexternal_id=queryexternal_id,
        searchcreated_atfrom=searchcreated_atfrom,
        searchcreated_atto=searchcreated_atto,
        sortname=sortname,
        sortcreated_at=sortcreated_at,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    queryparent_id: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    searchcreated_atfrom: datetime.datetime | Unset = UNSET,
    searchcreated_atto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Category]]:
    """Get the shop categories list

     Reference: https://apireference.getresponse.com/#operation/getCategories

    Args:
        shop_id (str):
        queryname (str | Unset):
        queryparent_id (str | Unset):
        queryexternal_id (str | Unset):
        searchcreated_atfrom (datetime.datetime | Unset):
        searchcreated_atto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Category]]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        queryname=queryname,
        queryparent_id=queryparent_id,
        queryexternal_id=queryexternal_id,
        searchcreated_atfrom=searchcreated_atfrom,
        searchcreated_atto=searchcreated_atto,
        sortname=sortname,
        sortcreated_at=sortcreated_at,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    queryparent_id: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    searchcreated_atfrom: datetime.datetime | Unset = UNSET,
    searchcreated_atto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Category] | None:
    """Get the shop categories list

     Reference: https://apireference.getresponse.com/#operation/getCategories

    Args:
        shop_id (str):
        queryname (str | Unset):
        queryparent_id (str | Unset):
        queryexternal_id (str | Unset):
        searchcreated_atfrom (datetime.datetime | Unset):
        searchcreated_atto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Category]
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            queryname=queryname,
            queryparent_id=queryparent_id,
            queryexternal_id=queryexternal_id,
            searchcreated_atfrom=searchcreated_atfrom,
            searchcreated_atto=searchcreated_atto,
            sortname=sortname,
            sortcreated_at=sortcreated_at,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
