import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.order import Order
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: str,
    *,
    querydescription: str | Unset = UNSET,
    querystatus: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    queryprocessed_atfrom: datetime.datetime | Unset = UNSET,
    queryprocessed_atto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[description]"] = querydescription

    params["query[status]"] = querystatus

    params["query[externalId]"] = queryexternal_id

    json_queryprocessed_atfrom: str | Unset = UNSET
    if not isinstance(queryprocessed_atfrom, Unset):
        json_queryprocessed_atfrom = queryprocessed_atfrom.isoformat()
    params["query[processedAt][from]"] = json_queryprocessed_atfrom

    json_queryprocessed_atto: str | Unset = UNSET
    if not isinstance(queryprocessed_atto, Unset):
        json_queryprocessed_atto = queryprocessed_atto.isoformat()
    params["query[processedAt][to]"] = json_queryprocessed_atto

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/orders".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Order] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Order.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Order]]:
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
    querydescription: str | Unset = UNSET,
    querystatus: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    queryprocessed_atfrom: datetime.datetime | Unset = UNSET,
    queryprocessed_atto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Order]]:
    """Get the list of orders

     Reference: https://apireference.getresponse.com/#operation/getOrderList

    Args:
        shop_id (str):
        querydescription (str | Unset):
        querystatus (str | Unset):
        queryexternal_id (str | Unset):
        queryprocessed_atfrom (datetime.datetime | Unset):
        queryprocessed_atto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Order]]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        querydescription=querydescription,
        querystatus=querystatus,
        queryexternal_id=queryexternal_id,
        queryprocessed_atfrom=queryprocessed_atfrom,
        queryprocessed_atto=queryprocessed_atto,
        sortcreated_on=sortcreated_on,
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
    querydescription: str | Unset = UNSET,
    querystatus: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    queryprocessed_atfrom: datetime.datetime | Unset = UNSET,
    queryprocessed_atto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Order] | None:
    """Get the list of orders

     Reference: https://apireference.getresponse.com/#operation/getOrderList

    Args:
        shop_id (str):
        querydescription (str | Unset):
        querystatus (str | Unset):
        queryexternal_id (str | Unset):
        queryprocessed_atfrom (datetime.datetime | Unset):
        queryprocessed_atto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Order]
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        querydescription=querydescription,
        querystatus=querystatus,
        queryexternal_id=queryexternal_id,
        queryprocessed_atfrom=queryprocessed_atfrom,
        queryprocessed_atto=queryprocessed_atto,
        sortcreated_on=sortcreated_on,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    querydescription: str | Unset = UNSET,
    querystatus: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    queryprocessed_atfrom: datetime.datetime | Unset = UNSET,
    queryprocessed_atto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Order]]:
    """Get the list of orders

     Reference: https://apireference.getresponse.com/#operation/getOrderList

    Args:
        shop_id (str):
        querydescription (str | Unset):
        querystatus (str | Unset):
        queryexternal_id (str | Unset):
        queryprocessed_atfrom (datetime.datetime | Unset):
        queryprocessed_atto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Order]]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        querydescription=querydescription,
        querystatus=querystatus,
        queryexternal_id=queryexternal_id,
        queryprocessed_atfrom=queryprocessed_atfrom,
        queryprocessed_atto=queryprocessed_atto,
        sortcreated_on=sortcreated_on,
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
    querydescription: str | Unset = UNSET,
    querystatus: str | Unset = UNSET,
    queryexternal_id: str | Unset = UNSET,
    queryprocessed_atfrom: datetime.datetime | Unset = UNSET,
    queryprocessed_atto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Order] | None:
    """Get the list of orders

     Reference: https://apireference.getresponse.com/#operation/getOrderList

    Args:
        shop_id (str):
        querydescription (str | Unset):
        querystatus (str | Unset):
        queryexternal_id (str | Unset):
        queryprocessed_atfrom (datetime.datetime | Unset):
        queryprocessed_atto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Order]
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            querydescription=querydescription,
            querystatus=querystatus,
            queryexternal_id=queryexternal_id,
            queryprocessed_atfrom=queryprocessed_atfrom,
            queryprocessed_atto=queryprocessed_atto,
            sortcreated_on=sortcreated_on,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
