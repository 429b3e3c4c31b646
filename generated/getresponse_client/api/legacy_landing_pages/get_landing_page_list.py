import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.base_landing_page import BaseLandingPage
from ...models.error_response import ErrorResponse
from ...models.sort_order_enum import SortOrderEnum
from ...models.status_enum import StatusEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querydomain: str | Unset = UNSET,
    querystatus: StatusEnum | Unset = UNSET,
    querysubdomain: str | Unset = UNSET,
    querymeta_title: str | Unset = UNSET,
    queryuser_domain: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortdomain: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    sortmeta_title: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[domain]"] = querydomain

    json_querystatus: str | Unset = UNSET
    if not isinstance(querystatus, Unset):
        json_querystatus = querystatus.value

    params["query[status]"] = json_querystatus

    params["query[subdomain]"] = querysubdomain

    params["query[metaTitle]"] = querymeta_title

    params["query[userDomain]"] = queryuser_domain

    params["query[campaignId]"] = querycampaign_id

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

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    json_sortdomain: str | Unset = UNSET
    if not isinstance(sortdomain, Unset):
        json_sortdomain = sortdomain.value

    params["sort[domain]"] = json_sortdomain

    json_sortcampaign_id: str | Unset = UNSET
    if not isinstance(sortcampaign_id, Unset):
        json_sortcampaign_id = sortcampaign_id.value

    params["sort[campaignId]"] = json_sortcampaign_id

    json_sortmeta_title: str | Unset = UNSET
    if not isinstance(sortmeta_title, Unset):
        json_sortmeta_title = sortmeta_title.value

    params["sort[metaTitle]"] = json_sortmeta_title

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/landing-pages",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[BaseLandingPage] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = BaseLandingPage.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[BaseLandingPage]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querydomain: str | Unset = UNSET,
    querystatus: StatusEnum | Unset = UNSET,
    querysubdomain: str | Unset = UNSET,
    querymeta_title: str | Unset = UNSET,
    queryuser_domain: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortdomain: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    sortmeta_title: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[BaseLandingPage]]:
    """Get a list of landing pages

     Reference: https://apireference.getresponse.com/#operation/getLandingPageList

    Args:
        querydomain (str | Unset):
        querystatus (StatusEnum | Unset):
        querysubdomain (str | Unset):
        querymeta_title (str | Unset):
        queryuser_domain (str | Unset):
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortdomain (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        sortmeta_title (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BaseLandingPage]]
    """

    kwargs = _get_kwargs(
        querydomain=querydomain,
        querystatus=querystatus,
        querysubdomain=querysubdomain,
        querymeta_title=querymeta_title,
        queryuser_domain=queryuser_domain,
        querycampaign_id=querycampaign_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        sortdomain=sortdomain,
        sortcampaign_id=sortcampaign_id,
        sortmeta_title=sortmeta_title,
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
    querydomain: str | Unset = UNSET,
    querystatus: StatusEnum | Unset = UNSET,
    querysubdomain: str | Unset = UNSET,
    querymeta_title: str | Unset = UNSET,
    queryuser_domain: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortdomain: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    sortmeta_title: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[BaseLandingPage] | None:
    """Get a list of landing pages

     Reference: https://apireference.getresponse.com/#operation/getLandingPageList

    Args:
        querydomain (str | Unset):
        querystatus (StatusEnum | Unset):
        querysubdomain (str | Unset):
        querymeta_title (str | Unset):
        queryuser_domain (str | Unset):
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortdomain (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        sortmeta_title (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BaseLandingPage]
    """

    return sync_detailed(
        client=client,
        querydomain=querydomain,
        querystatus=querystatus,
        querysubdomain=querysubdomain,
        querymeta_title=querymeta_title,
        queryuser_domain=queryuser_domain,
        querycampaign_id=querycampaign_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        sortdomain=sortdomain,
        sortcampaign_id=sortcampaign_id,
        sortmeta_title=sortmeta_title,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querydomain: str | Unset = UNSET,
    querystatus: StatusEnum | Unset = UNSET,
    querysubdomain: str | Unset = UNSET,
    querymeta_title: str | Unset = UNSET,
    queryuser_domain: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortdomain: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    sortmeta_title: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[BaseLandingPage]]:
    """Get a list of landing pages

     Reference: https://apireference.getresponse.com/#operation/getLandingPageList

    Args:
        querydomain (str | Unset):
        querystatus (StatusEnum | Unset):
        querysubdomain (str | Unset):
        querymeta_title (str | Unset):
        queryuser_domain (str | Unset):
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortdomain (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        sortmeta_title (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[BaseLandingPage]]
    """

    kwargs = _get_kwargs(
        querydomain=querydomain,
        querystatus=querystatus,
        querysubdomain=querysubdomain,
        querymeta_title=querymeta_title,
        queryuser_domain=queryuser_domain,
        querycampaign_id=querycampaign_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        sortdomain=sortdomain,
        sortcampaign_id=sortcampaign_id,
        sortmeta_title=sortmeta_title,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querydomain: str | Unset = UNSET,
    querystatus: StatusEnum | Unset = UNSET,
    querysubdomain: str | Unset = UNSET,
    querymeta_title: str | Unset = UNSET,
    queryuser_domain: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortdomain: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    sortmeta_title: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[BaseLandingPage] | None:
    """Get a list of landing pages

     Reference: https://apireference.getresponse.com/#operation/getLandingPageList

    Args:
        querydomain (str | Unset):
        querystatus (StatusEnum | Unset):
        querysubdomain (str | Unset):
        querymeta_title (str | Unset):
        queryuser_domain (str | Unset):
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortdomain (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        sortmeta_title (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[BaseLandingPage]
    """

    return (
        await asyncio_detailed(
            client=client,
            querydomain=querydomain,
            querystatus=querystatus,
            querysubdomain=querysubdomain,
            querymeta_title=querymeta_title,
            queryuser_domain=queryuser_domain,
            querycampaign_id=querycampaign_id,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            sortcreated_on=sortcreated_on,
            sortdomain=sortdomain,
            sortcampaign_id=sortcampaign_id,
            sortmeta_title=sortmeta_title,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
