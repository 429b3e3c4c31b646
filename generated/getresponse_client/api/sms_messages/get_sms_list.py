from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_sms_list_querysending_status import GetSmsListQuerysendingStatus
from ...models.get_sms_list_querytype import GetSmsListQuerytype
from ...models.sms_list_item import SmsListItem
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querytype: GetSmsListQuerytype | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querysending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortsending_status: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_querytype: str | Unset = UNSET
    if not isinstance(querytype, Unset):
        json_querytype = querytype.value

    params["query[type]"] = json_querytype

    params["query[name]"] = queryname

    json_querysending_status: str | Unset = UNSET
    if not isinstance(querysending_status, Unset):
        json_querysending_status = querysending_status.value

    params["query[sendingStatus]"] = json_querysending_status

    params["query[campaignId]"] = querycampaign_id

    params["query[hasLinks]"] = queryhas_links

    json_sortsending_status: str | Unset = UNSET
    if not isinstance(sortsending_status, Unset):
        json_sortsending_status = sortsending_status.value

    params["sort[sendingStatus]"] = json_sortsending_status

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortsend_on: str | Unset = UNSET
    if not isinstance(sortsend_on, Unset):
        json_sortsend_on = sortsend_on.value

    params["sort[sendOn]"] = json_sortsend_on

    json_sortmodified_on: str | Unset = UNSET
    if not isinstance(sortmodified_on, Unset):
        json_sortmodified_on = sortmodified_on.value

    params["sort[modifiedOn]"] = json_sortmodified_on

    json_sortdelivered: str | Unset = UNSET
    if not isinstance(sortdelivered, Unset):
        json_sortdelivered = sortdelivered.value

    params["sort[delivered]"] = json_sortdelivered

    json_sortsent: str | Unset = UNSET
    if not isinstance(sortsent, Unset):
        json_sortsent = sortsent.value

    params["sort[sent]"] = json_sortsent

    json_sortclicks: str | Unset = UNSET
    if not isinstance(sortclicks, Unset):
        json_sortclicks = sortclicks.value

    params["sort[clicks]"] = json_sortclicks

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsListItem | None:
    if response.status_code == 200:
        response_200 = SmsListItem.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsListItem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querytype: GetSmsListQuerytype | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querysending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortsending_status: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | SmsListItem]:
    """Get the list of SMS messages

     Reference: https://apireference.getresponse.com/#operation/getSMSList

    Args:
        querytype (GetSmsListQuerytype | Unset):
        queryname (str | Unset):
        querysending_status (GetSmsListQuerysendingStatus | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortsending_status (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sortmodified_on (SortOrderEnum | Unset):
        sortdelivered (SortOrderEnum | Unset):
        sortsent (SortOrderEnum | Unset):
        sortclicks (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsListItem]
    """

    kwargs = _get_kwargs(
        querytype=querytype,
        queryname=queryname,
        querysending_status=querysending_status,
        querycampaign_id=querycampaign_id,
        queryhas_links=queryhas_links,
        sortsending_status=sortsending_status,
        sortname=sortname,
        sortsend_on=sortsend_on,
        sortmodified_on=sortmodified_on,
        sortdelivered=sortdelivered,
        sortsent=sortsent,
        sortclicks=sortclicks,
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
    querytype: GetSmsListQuerytype | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querysending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortsending_status: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | SmsListItem | None:
    """Get the list of SMS messages

     Reference: https://apireference.getresponse.com/#operation/getSMSList

    Args:
        querytype (GetSmsListQuerytype | Unset):
        queryname (str | Unset):
        querysending_status (GetSmsListQuerysendingStatus | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortsending_status (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sortmodified_on (SortOrderEnum | Unset):
        sortdelivered (SortOrderEnum | Unset):
        sortsent (SortOrderEnum | Unset):
        sortclicks (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsListItem
    """

    return sync_detailed(
        client=client,
        querytype=querytype,
        queryname=queryname,
        querysending_status=querysending_status,
        querycampaign_id=querycampaign_id,
        queryhas_links=queryhas_links,
        sortsending_status=sortsending_status,
        sortname=sortname,
        sortsend_on=sortsend_on,
        sortmodified_on=sortmodified_on,
        sortdelivered=sortdelivered,
        sortsent=sortsent,
        sortclicks=sortclicks,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querytype: GetSmsListQuerytype | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querysending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortsending_status: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | SmsListItem]:
    """Get the list of SMS messages

     Reference: https://apireference.getresponse.com/#operation/getSMSList

    Args:
        querytype (GetSmsListQuerytype | Unset):
        queryname (str | Unset):
        querysending_status (GetSmsListQuerysendingStatus | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortsending_status (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sortmodified_on (SortOrderEnum | Unset):
        sortdelivered (SortOrderEnum | Unset):
        sortsent (SortOrderEnum | Unset):
        sortclicks (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsListItem]
    """

    kwargs = _get_kwargs(
        querytype=querytype,
        queryname=queryname,
        querysending_status=querysending_status,
        querycampaign_id=querycampaign_id,
        queryhas_links=queryhas_links,
        sortsending_status=sortsending_status,
        sortname=sortname,
        sortsend_on=sortsend_on,
        sortmodified_on=sortmodified_on,
        sortdelivered=sortdelivered,
        sortsent=sortsent,
        sortclicks=sortclicks,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querytype: GetSmsListQuerytype | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querysending_status: GetSmsListQuerysendingStatus | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortsending_status: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | SmsListItem | None:
    """Get the list of SMS messages

     Reference: https://apireference.getresponse.com/#operation/getSMSList

    Args:
        querytype (GetSmsListQuerytype | Unset):
        queryname (str | Unset):
        querysending_status (GetSmsListQuerysendingStatus | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortsending_status (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sortmodified_on (SortOrderEnum | Unset):
        sortdelivered (SortOrderEnum | Unset):
        sortsent (SortOrderEnum | Unset):
        sortclicks (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsListItem
    """

    return (
        await asyncio_detailed(
            client=client,
            querytype=querytype,
            queryname=queryname,
            querysending_status=querysending_status,
            querycampaign_id=querycampaign_id,
            queryhas_links=queryhas_links,
            sortsending_status=sortsending_status,
            sortname=sortname,
            sortsend_on=sortsend_on,
            sortmodified_on=sortmodified_on,
            sortdelivered=sortdelivered,
            sortsent=sortsent,
            sortclicks=sortclicks,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
