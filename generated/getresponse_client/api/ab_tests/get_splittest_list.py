import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_splittest_list_querystatus import GetSplittestListQuerystatus
from ...models.sort_order_enum import SortOrderEnum
from ...models.splittest import Splittest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryname: str | Unset = UNSET,
    querytype: str | Unset = UNSET,
    querystatus: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

    params["query[type]"] = querytype

    json_querystatus: str | Unset = UNSET
    if not isinstance(querystatus, Unset):
        json_querystatus = querystatus.value

    params["query[status]"] = json_querystatus

    json_querycreated_onfrom: str | Unset
    if isinstance(querycreated_onfrom, Unset):
        json_querycreated_onfrom = UNSET
    elif isinstance(querycreated_onfrom, datetime.date):
        json_querycreated_onfrom = querycreated_onfrom.isoformat()
    else:
        json_querycreated_onfrom = querycreated_onfrom.isoformat()

    params["query[createdOn][from]"] = json_querycreated_onfrom

    json_querycreated_onto: str | Unset
    if isinstance(querycreated_onto, Unset):
        json_querycreated_onto = UNSET
    elif isinstance(querycreated_onto, datetime.date):
        json_querycreated_onto = querycreated_onto.isoformat()
    else:
        json_querycreated_onto = querycreated_onto.isoformat()

    params["query[createdOn][to]"] = json_querycreated_onto

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

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
        "url": "/splittests",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Splittest] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Splittest.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Splittest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querytype: str | Unset = UNSET,
    querystatus: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Splittest]]:
    """The list of A/B tests.

     Reference: https://apireference.getresponse.com/#operation/getSplittestList

    Args:
        queryname (str | Unset):
        querytype (str | Unset):
        querystatus (GetSplittestListQuerystatus | Unset):  Default:
            GetSplittestListQuerystatus.ACTIVE.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Splittest]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querytype=querytype,
        querystatus=querystatus,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortname=sortname,
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
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querytype: str | Unset = UNSET,
    querystatus: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Splittest] | None:
    """The list of A/B tests.

     Reference: https://apireference.getresponse.com/#operation/getSplittestList

    Args:
        queryname (str | Unset):
        querytype (str | Unset):
        querystatus (GetSplittestListQuerystatus | Unset):  Default:
            GetSplittestListQuerystatus.ACTIVE.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Splittest]
    """

    return sync_detailed(
        client=client,
        queryname=queryname,
        querytype=querytype,
        querystatus=querystatus,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortname=sortname,
        sortcreated_on=sortcreated_on,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querytype: str | Unset = UNSET,
    querystatus: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Splittest]]:
    """The list of A/B tests.

     Reference: https://apireference.getresponse.com/#operation/getSplittestList

    Args:
        queryname (str | Unset):
        querytype (str | Unset):
        querystatus (GetSplittestListQuerystatus | Unset):  Default:
            GetSplittestListQuerystatus.ACTIVE.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Splittest]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querytype=querytype,
        querystatus=querystatus,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortname=sortname,
        sortcreated_on=sortcreated_on,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querytype: str | Unset = UNSET,
    querystatus: GetSplittestListQuerystatus | Unset = GetSplittestListQuerystatus.ACTIVE,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Splittest] | None:
    """The list of A/B tests.

     Reference: https://apireference.getresponse.com/#operation/getSplittestList

    Args:
        queryname (str | Unset):
        querytype (str | Unset):
        querystatus (GetSplittestListQuerystatus | Unset):  Default:
            GetSplittestListQuerystatus.ACTIVE.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Splittest]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryname=queryname,
            querytype=querytype,
            querystatus=querystatus,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            sortname=sortname,
            sortcreated_on=sortcreated_on,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
