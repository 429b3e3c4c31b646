import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_popups_list_querystatus import GetPopupsListQuerystatus
from ...models.popup_list_item import PopupListItem
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryname: str | Unset = UNSET,
    querystatus: GetPopupsListQuerystatus | Unset = UNSET,
    statsfrom: datetime.datetime | Unset = UNSET,
    statsto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    sortupdated_at: SortOrderEnum | Unset = UNSET,
    sortviews: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortleads: SortOrderEnum | Unset = UNSET,
    sortctr: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

    json_querystatus: str | Unset = UNSET
    if not isinstance(querystatus, Unset):
        json_querystatus = querystatus.value

    params["query[status]"] = json_querystatus

    json_statsfrom: str | Unset = UNSET
    if not isinstance(statsfrom, Unset):
        json_statsfrom = statsfrom.isoformat()
    params["stats[from]"] = json_statsfrom

    json_statsto: str | Unset = UNSET
    if not isinstance(statsto, Unset):
        json_statsto = statsto.isoformat()
    params["stats[to]"] = json_statsto

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortstatus: str | Unset = UNSET
    if not isinstance(sortstatus, Unset):
        json_sortstatus = sortstatus.value

    params["sort[status]"] = json_sortstatus

    json_sortcreated_at: str | Unset = UNSET
    if not isinstance(sortcreated_at, Unset):
        json_sortcreated_at = sortcreated_at.value

    params["sort[createdAt]"] = json_sortcreated_at

    json_sortupdated_at: str | Unset = UNSET
    if not isinstance(sortupdated_at, Unset):
        json_sortupdated_at = sortupdated_at.value

    params["sort[updatedAt]"] = json_sortupdated_at

    json_sortviews: str | Unset = UNSET
    if not isinstance(sortviews, Unset):
        json_sortviews = sortviews.value

    params["sort[views]"] = json_sortviews

    json_sortunique_visitors: str | Unset = UNSET
    if not isinstance(sortunique_visitors, Unset):
        json_sortunique_visitors = sortunique_visitors.value

    params["sort[uniqueVisitors]"] = json_sortunique_visitors

    json_sortleads: str | Unset = UNSET
    if not isinstance(sortleads, Unset):
        json_sortleads = sortleads.value

    params["sort[leads]"] = json_sortleads

    json_sortctr: str | Unset = UNSET
    if not isinstance(sortctr, Unset):
        json_sortctr = sortctr.value

    params["sort[ctr]"] = json_sortctr

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/popups",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[PopupListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PopupListItem.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[PopupListItem]]:
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
    querystatus: GetPopupsListQuerystatus | Unset = UNSET,
    statsfrom: datetime.datetime | Unset = UNSET,
    statsto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    sortupdated_at: SortOrderEnum | Unset = UNSET,
    sortviews: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortleads: SortOrderEnum | Unset = UNSET,
    sortctr: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[PopupListItem]]:
    """Get the list of forms and popups

     Reference: https://apireference.getresponse.com/#operation/getPopupsList

    Args:
        queryname (str | Unset):
        querystatus (GetPopupsListQuerystatus | Unset):
        statsfrom (datetime.datetime | Unset):
        statsto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        sortupdated_at (SortOrderEnum | Unset):
        sortviews (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortleads (SortOrderEnum | Unset):
        sortctr (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[PopupListItem]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querystatus=querystatus,
        statsfrom=statsfrom,
        statsto=statsto,
        sortname=sortname,
        sortstatus=sortstatus,
        sortcreated_at=sortcreated_at,
        sortupdated_at=sortupdated_at,
        sortviews=sortviews,
        sortunique_visitors=sortunique_visitors,
        sortleads=sortleads,
        sortctr=sortctr,
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
    querystatus: GetPopupsListQuerystatus | Unset = UNSET,
    statsfrom: datetime.datetime | Unset = UNSET,
    statsto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    sortupdated_at: SortOrderEnum | Unset = UNSET,
    sortviews: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortleads: SortOrderEnum | Unset = UNSET,
    sortctr: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[PopupListItem] | None:
    """Get the list of forms and popups

     Reference: https://apireference.getresponse.com/#operation/getPopupsList

    Args:
        queryname (str | Unset):
        querystatus (GetPopupsListQuerystatus | Unset):
        statsfrom (datetime.datetime | Unset):
        statsto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        sortupdated_at (SortOrderEnum | Unset):
        sortviews (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortleads (SortOrderEnum | Unset):
        sortctr (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[PopupListItem]
    """

    return sync_detailed(
        client=client,
        queryname=queryname,
        querystatus=querystatus,
        statsfrom=statsfrom,
        statsto=statsto,
        sortname=sortname,
        sortstatus=sortstatus,
        sortcreated_at=sortcreated_at,
        sortupdated_at=sortupdated_at,
        sortviews=sortviews,
        sortunique_visitors=sortunique_visitors,
        sortleads=sortleads,
        sortctr=sortctr,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querystatus: GetPopupsListQuerystatus | Unset = UNSET,
    statsfrom: datetime.datetime | Unset = UNSET,
    statsto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    sortupdated_at: SortOrderEnum | Unset = UNSET,
    sortviews: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortleads: SortOrderEnum | Unset = UNSET,
    sortctr: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[PopupListItem]]:
    """Get the list of forms and popups

     Reference: https://apireference.getresponse.com/#operation/getPopupsList

    Args:
        queryname (str | Unset):
        querystatus (GetPopupsListQuerystatus | Unset):
        statsfrom (datetime.datetime | Unset):
        statsto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        sortupdated_at (SortOrderEnum | Unset):
        sortviews (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortleads (SortOrderEnum | Unset):
        sortctr (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[PopupListItem]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querystatus=querystatus,
        statsfrom=statsfrom,
        statsto=statsto,
        sortname=sortname,
        sortstatus=sortstatus,
        sortcreated_at=sortcreated_at,
        sortupdated_at=sortupdated_at,
        sortviews=sortviews,
        sortunique_visitors=sortunique_visitors,
        sortleads=sortleads,
        sortctr=sortctr,
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
    querystatus: GetPopupsListQuerystatus | Unset = UNSET,
    statsfrom: datetime.datetime | Unset = UNSET,
    statsto: datetime.datetime | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortcreated_at: SortOrderEnum | Unset = UNSET,
    sortupdated_at: SortOrderEnum | Unset = UNSET,
    sortviews: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortleads: SortOrderEnum | Unset = UNSET,
    sortctr: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[PopupListItem] | None:
    """Get the list of forms and popups

     Reference: https://apireference.getresponse.com/#operation/getPopupsList

    Args:
        queryname (str | Unset):
        querystatus (GetPopupsListQuerystatus | Unset):
        statsfrom (datetime.datetime | Unset):
        statsto (datetime.datetime | Unset):
        sortname (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortcreated_at (SortOrderEnum | Unset):
        sortupdated_at (SortOrderEnum | Unset):
        sortviews (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortleads (SortOrderEnum | Unset):
        sortctr (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[PopupListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryname=queryname,
            querystatus=querystatus,
            statsfrom=statsfrom,
            statsto=statsto,
            sortname=sortname,
            sortstatus=sortstatus,
            sortcreated_at=sortcreated_at,
            sortupdated_at=sortupdated_at,
            sortviews=sortviews,
            sortunique_visitors=sortunique_visitors,
            sortleads=sortleads,
            sortctr=sortctr,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
