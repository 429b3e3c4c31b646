import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.form import Form
from ...models.get_form_list_querystatus import GetFormListQuerystatus
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryname: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querystatus: GetFormListQuerystatus | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortvisitors: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortsubscribed: SortOrderEnum | Unset = UNSET,
    sortsubscription_rate: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

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

    params["query[campaignId]"] = querycampaign_id

    json_querystatus: str | Unset = UNSET
    if not isinstance(querystatus, Unset):
        json_querystatus = querystatus.value

    params["query[status]"] = json_querystatus

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortvisitors: str | Unset = UNSET
    if not isinstance(sortvisitors, Unset):
        json_sortvisitors = sortvisitors.value

    params["sort[visitors]"] = json_sortvisitors

    json_sortunique_visitors: str | Unset = UNSET
    if not isinstance(sortunique_visitors, Unset):
        json_sortunique_visitors = sortunique_visitors.value

    params["sort[uniqueVisitors]"] = json_sortunique_visitors

    json_sortsubscribed: str | Unset = UNSET
    if not isinstance(sortsubscribed, Unset):
        json_sortsubscribed = sortsubscribed.value

    params["sort[subscribed]"] = json_sortsubscribed

    json_sortsubscription_rate: str | Unset = UNSET
    if not isinstance(sortsubscription_rate, Unset):
        json_sortsubscription_rate = sortsubscription_rate.value

    params["sort[subscriptionRate]"] = json_sortsubscription_rate

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Form] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Form.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Form]]:
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
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querystatus: GetFormListQuerystatus | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortvisitors: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortsubscribed: SortOrderEnum | Unset = UNSET,
    sortsubscription_rate: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Form]]:
    """Get the list of forms.

     Reference: https://apireference.getresponse.com/#operation/getFormList

    Args:
        queryname (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querycampaign_id (str | Unset):
        querystatus (GetFormListQuerystatus | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortvisitors (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortsubscribed (SortOrderEnum | Unset):
        sortsubscription_rate (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Form]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        querycampaign_id=querycampaign_id,
        querystatus=querystatus,
        sortcreated_on=sortcreated_on,
        sortname=sortname,
        sortvisitors=sortvisitors,
        sortunique_visitors=sortunique_visitors,
        sortsubscribed=sortsubscribed,
        sortsubscription_rate=sortsubscription_rate,
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
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querystatus: GetFormListQuerystatus | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortvisitors: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortsubscribed: SortOrderEnum | Unset = UNSET,
    sortsubscription_rate: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Form] | None:
    """Get the list of forms.

     Reference: https://apireference.getresponse.com/#operation/getFormList

    Args:
        queryname (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querycampaign_id (str | Unset):
        querystatus (GetFormListQuerystatus | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortvisitors (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortsubscribed (SortOrderEnum | Unset):
        sortsubscription_rate (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Form]
    """

    return sync_detailed(
        client=client,
        queryname=queryname,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        querycampaign_id=querycampaign_id,
        querystatus=querystatus,
        sortcreated_on=sortcreated_on,
        sortname=sortname,
        sortvisitors=sortvisitors,
        sortunique_visitors=sortunique_visitors,
        sortsubscribed=sortsubscribed,
        sortsubscription_rate=sortsubscription_rate,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querystatus: GetFormListQuerystatus | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortvisitors: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortsubscribed: SortOrderEnum | Unset = UNSET,
    sortsubscription_rate: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Form]]:
    """Get the list of forms.

     Reference: https://apireference.getresponse.com/#operation/getFormList

    Args:
        queryname (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querycampaign_id (str | Unset):
        querystatus (GetFormListQuerystatus | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortvisitors (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortsubscribed (SortOrderEnum | Unset):
        sortsubscription_rate (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Form]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        querycampaign_id=querycampaign_id,
        querystatus=querystatus,
        sortcreated_on=sortcreated_on,
        sortname=sortname,
        sortvisitors=sortvisitors,
        sortunique_visitors=sortunique_visitors,
        sortsubscribed=sortsubscribed,
        sortsubscription_rate=sortsubscription_rate,
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
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querystatus: GetFormListQuerystatus | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortvisitors: SortOrderEnum | Unset = UNSET,
    sortunique_visitors: SortOrderEnum | Unset = UNSET,
    sortsubscribed: SortOrderEnum | Unset = UNSET,
    sortsubscription_rate: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Form] | None:
    """Get the list of forms.

     Reference: https://apireference.getresponse.com/#operation/getFormList

    Args:
        queryname (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querycampaign_id (str | Unset):
        querystatus (GetFormListQuerystatus | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortvisitors (SortOrderEnum | Unset):
        sortunique_visitors (SortOrderEnum | Unset):
        sortsubscribed (SortOrderEnum | Unset):
        sortsubscription_rate (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Form]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryname=queryname,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            querycampaign_id=querycampaign_id,
            querystatus=querystatus,
            sortcreated_on=sortcreated_on,
            sortname=sortname,
            sortvisitors=sortvisitors,
            sortunique_visitors=sortunique_visitors,
            sortsubscribed=sortsubscribed,
            sortsubscription_rate=sortsubscription_rate,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
