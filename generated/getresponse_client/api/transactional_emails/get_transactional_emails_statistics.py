import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_transactional_emails_statistics_querygroup_by import GetTransactionalEmailsStatisticsQuerygroupBy
from ...models.string_boolean_enum import StringBooleanEnum
from ...models.transactional_email_statistics import TransactionalEmailStatistics
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querygroup_by: GetTransactionalEmailsStatisticsQuerygroupBy,
    querytime_framefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querytime_frameto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_querygroup_by = querygroup_by.value
    params["query[groupBy]"] = json_querygroup_by

    json_querytime_framefrom: str | Unset
    if isinstance(querytime_framefrom, Unset):
        json_querytime_framefrom = UNSET
    elif isinstance(querytime_framefrom, datetime.date):
        json_querytime_framefrom = querytime_framefrom.isoformat()
    else:
        json_querytime_framefrom = querytime_framefrom.isoformat()

    params["query[timeFrame][from]"] = json_querytime_framefrom

    json_querytime_frameto: str | Unset
    if isinstance(querytime_frameto, Unset):
        json_querytime_frameto = UNSET
    elif isinstance(querytime_frameto, datetime.date):
        json_querytime_frameto = querytime_frameto.isoformat()
    else:
        json_querytime_frameto = querytime_frameto.isoformat()

    params["query[timeFrame][to]"] = json_querytime_frameto

    json_querytagged: str | Unset = UNSET
    if not isinstance(querytagged, Unset):
        json_querytagged = querytagged.value

    params["query[tagged]"] = json_querytagged

    params["query[tagId]"] = querytag_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactional-emails/statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TransactionalEmailStatistics] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TransactionalEmailStatistics.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TransactionalEmailStatistics]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querygroup_by: GetTransactionalEmailsStatisticsQuerygroupBy,
    querytime_framefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querytime_frameto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | list[TransactionalEmailStatistics]]:
    """Get the overall statistics of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics

    Args:
        querygroup_by (GetTransactionalEmailsStatisticsQuerygroupBy):
        querytime_framefrom (datetime.date | datetime.datetime | Unset):
        querytime_frameto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TransactionalEmailStatistics]]
    """

    kwargs = _get_kwargs(
        querygroup_by=querygroup_by,
        querytime_framefrom=querytime_framefrom,
        querytime_frameto=querytime_frameto,
        querytagged=querytagged,
        querytag_id=querytag_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    querygroup_by: GetTransactionalEmailsStatisticsQuerygroupBy,
    querytime_framefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querytime_frameto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | list[TransactionalEmailStatistics] | None:
    """Get the overall statistics of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics

    Args:
        querygroup_by (GetTransactionalEmailsStatisticsQuerygroupBy):
        querytime_framefrom (datetime.date | datetime.datetime | Unset):
        querytime_frameto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TransactionalEmailStatistics]
    """

    return sync_detailed(
        client=client,
        querygroup_by=querygroup_by,
        querytime_framefrom=querytime_framefrom,
        querytime_frameto=querytime_frameto,
        querytagged=querytagged,
        querytag_id=querytag_id,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querygroup_by: GetTransactionalEmailsStatisticsQuerygroupBy,
    querytime_framefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querytime_frameto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | list[TransactionalEmailStatistics]]:
    """Get the overall statistics of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics

    Args:
        querygroup_by (GetTransactionalEmailsStatisticsQuerygroupBy):
        querytime_framefrom (datetime.date | datetime.datetime | Unset):
        querytime_frameto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TransactionalEmailStatistics]]
    """

    kwargs = _get_kwargs(
        querygroup_by=querygroup_by,
        querytime_framefrom=querytime_framefrom,
        querytime_frameto=querytime_frameto,
        querytagged=querytagged,
        querytag_id=querytag_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querygroup_by: GetTransactionalEmailsStatisticsQuerygroupBy,
    querytime_framefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querytime_frameto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | list[TransactionalEmailStatistics] | None:
    """Get the overall statistics of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsStatistics

    Args:
        querygroup_by (GetTransactionalEmailsStatisticsQuerygroupBy):
        querytime_framefrom (datetime.date | datetime.datetime | Unset):
        querytime_frameto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TransactionalEmailStatistics]
    """

    return (
        await asyncio_detailed(
            client=client,
            querygroup_by=querygroup_by,
            querytime_framefrom=querytime_framefrom,
            querytime_frameto=querytime_frameto,
            querytagged=querytagged,
            querytag_id=querytag_id,
            fields=fields,
        )
    ).parsed
