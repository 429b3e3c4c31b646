from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_automation_list_item import SmsAutomationListItem
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryname: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

    params["query[campaignId]"] = querycampaign_id

    params["query[hasLinks]"] = queryhas_links

    json_sortstatus: str | Unset = UNSET
    if not isinstance(sortstatus, Unset):
        json_sortstatus = sortstatus.value

    params["sort[status]"] = json_sortstatus

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

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
        "url": "/sms-automation",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsAutomationListItem | None:
    if response.status_code == 200:
        response_200 = SmsAutomationListItem.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsAutomationListItem]:
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
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | SmsAutomationListItem]:
    """Get the list of automated SMS messages.

     Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList

    Args:
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
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
        Response[ErrorResponse | SmsAutomationListItem]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querycampaign_id=querycampaign_id,
        queryhas_links=queryhas_links,
        sortstatus=sortstatus,
        sortname=sortname,
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
    queryname: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | SmsAutomationListItem | None:
    """Get the list of automated SMS messages.

     Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList

    Args:
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
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
        ErrorResponse | SmsAutomationListItem
    """

    return sync_detailed(
        client=client,
        queryname=queryname,
        querycampaign_id=querycampaign_id,
        queryhas_links=queryhas_links,
        sortstatus=sortstatus,
        sortname=sortname,
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
    queryname: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | SmsAutomationListItem]:
    """Get the list of automated SMS messages.

     Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList

    Args:
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
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
        Response[ErrorResponse | SmsAutomationListItem]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querycampaign_id=querycampaign_id,
        queryhas_links=queryhas_links,
        sortstatus=sortstatus,
        sortname=sortname,
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
    queryname: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryhas_links: bool | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortmodified_on: SortOrderEnum | Unset = UNSET,
    sortdelivered: SortOrderEnum | Unset = UNSET,
    sortsent: SortOrderEnum | Unset = UNSET,
    sortclicks: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | SmsAutomationListItem | None:
    """Get the list of automated SMS messages.

     Reference: https://apireference.getresponse.com/#operation/getSMSAutomationList

    Args:
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryhas_links (bool | Unset):
        sortstatus (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
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
        ErrorResponse | SmsAutomationListItem
    """

    return (
        await asyncio_detailed(
            client=client,
            queryname=queryname,
            querycampaign_id=querycampaign_id,
            queryhas_links=queryhas_links,
            sortstatus=sortstatus,
            sortname=sortname,
            sortmodified_on=sortmodified_on,
            sortdelivered=sortdelivered,
            sortsent=sortsent,
            sortclicks=sortclicks,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
