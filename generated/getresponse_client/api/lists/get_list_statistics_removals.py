import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_list_statistics_removals_querygroup_by import GetListStatisticsRemovalsQuerygroupBy
from ...models.list_removals_statistics_list import ListRemovalsStatisticsList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querycampaign_id: str,
    querygroup_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[campaignId]"] = querycampaign_id

    json_querygroup_by: str | Unset = UNSET
    if not isinstance(querygroup_by, Unset):
        json_querygroup_by = querygroup_by.value

    params["query[groupBy]"] = json_querygroup_by

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/statistics/removals",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ListRemovalsStatisticsList] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_removals_by_dates_statistics_list_item_data in _response_200:
            componentsschemas_removals_by_dates_statistics_list_item = ListRemovalsStatisticsList.from_dict(
                componentsschemas_removals_by_dates_statistics_list_item_data
            )

            response_200.append(componentsschemas_removals_by_dates_statistics_list_item)

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
) -> Response[ErrorResponse | list[ListRemovalsStatisticsList]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str,
    querygroup_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | list[ListRemovalsStatisticsList]]:
    """Get removal statistics of lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals

    Args:
        querycampaign_id (str):  Example: 3Va2e.
        querygroup_by (GetListStatisticsRemovalsQuerygroupBy | Unset):  Example: month.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ListRemovalsStatisticsList]]
    """

    kwargs = _get_kwargs(
        querycampaign_id=querycampaign_id,
        querygroup_by=querygroup_by,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str,
    querygroup_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
) -> ErrorResponse | list[ListRemovalsStatisticsList] | None:
    """Get removal statistics of lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals

    Args:
        querycampaign_id (str):  Example: 3Va2e.
        querygroup_by (GetListStatisticsRemovalsQuerygroupBy | Unset):  Example: month.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ListRemovalsStatisticsList]
    """

    return sync_detailed(
        client=client,
        querycampaign_id=querycampaign_id,
        querygroup_by=querygroup_by,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str,
    querygroup_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
) -> Response[ErrorResponse | list[ListRemovalsStatisticsList]]:
    """Get removal statistics of lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals

    Args:
        querycampaign_id (str):  Example: 3Va2e.
        querygroup_by (GetListStatisticsRemovalsQuerygroupBy | Unset):  Example: month.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ListRemovalsStatisticsList]]
    """

    kwargs = _get_kwargs(
        querycampaign_id=querycampaign_id,
        querygroup_by=querygroup_by,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str,
    querygroup_by: GetListStatisticsRemovalsQuerygroupBy | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
) -> ErrorResponse | list[ListRemovalsStatisticsList] | None:
    """Get removal statistics of lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsRemovals

    Args:
        querycampaign_id (str):  Example: 3Va2e.
        querygroup_by (GetListStatisticsRemovalsQuerygroupBy | Unset):  Example: month.
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ListRemovalsStatisticsList]
    """

    return (
        await asyncio_detailed(
            client=client,
            querycampaign_id=querycampaign_id,
            querygroup_by=querygroup_by,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
        )
    ).parsed
