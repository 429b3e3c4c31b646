import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_lps_general_performance_stats_querydevice import GetLpsGeneralPerformanceStatsQuerydevice
from ...models.lps_stats import LpsStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    lps_id: str,
    *,
    querydatefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querydateto: datetime.date | datetime.datetime | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
    querypage: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_querydatefrom: str | Unset
    if isinstance(querydatefrom, Unset):
        json_querydatefrom = UNSET
    elif isinstance(querydatefrom, datetime.date):
        json_querydatefrom = querydatefrom.isoformat()
    else:
        json_querydatefrom = querydatefrom.isoformat()

    params["query[date][from]"] = json_querydatefrom

    json_querydateto: str | Unset
    if isinstance(querydateto, Unset):
        json_querydateto = UNSET
    elif isinstance(querydateto, datetime.date):
        json_querydateto = querydateto.isoformat()
    else:
        json_querydateto = querydateto.isoformat()

    params["query[date][to]"] = json_querydateto

    params["query[location]"] = querylocation

    json_querydevice: str | Unset = UNSET
    if not isinstance(querydevice, Unset):
        json_querydevice = querydevice.value

    params["query[device]"] = json_querydevice

    params["query[page]"] = querypage

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/statistics/lps/{lps_id}/performance".format(
            lps_id=quote(str(lps_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LpsStats | None:
    if response.status_code == 200:
        response_200 = LpsStats.from_dict(response.json())

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
) -> Response[ErrorResponse | LpsStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    lps_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querydateto: datetime.date | datetime.datetime | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
    querypage: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | LpsStats]:
    """Get details for landing page statistics

     Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats

    Args:
        lps_id (str):
        querydatefrom (datetime.date | datetime.datetime | Unset):
        querydateto (datetime.date | datetime.datetime | Unset):
        querylocation (str | Unset):
        querydevice (GetLpsGeneralPerformanceStatsQuerydevice | Unset):
        querypage (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LpsStats]
    """

    kwargs = _get_kwargs(
        lps_id=lps_id,
        querydatefrom=querydatefrom,
        querydateto=querydateto,
        querylocation=querylocation,
        querydevice=querydevice,
        querypage=querypage,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    lps_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querydateto: datetime.date | datetime.datetime | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
    querypage: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | LpsStats | None:
    """Get details for landing page statistics

     Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats

    Args:
        lps_id (str):
        querydatefrom (datetime.date | datetime.datetime | Unset):
        querydateto (datetime.date | datetime.datetime | Unset):
        querylocation (str | Unset):
        querydevice (GetLpsGeneralPerformanceStatsQuerydevice | Unset):
        querypage (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LpsStats
    """

    return sync_detailed(
        lps_id=lps_id,
        client=client,
        querydatefrom=querydatefrom,
        querydateto=querydateto,
        querylocation=querylocation,
        querydevice=querydevice,
        querypage=querypage,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    lps_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querydateto: datetime.date | datetime.datetime | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
    querypage: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | LpsStats]:
    """Get details for landing page statistics

     Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats

    Args:
        lps_id (str):
        querydatefrom (datetime.date | datetime.datetime | Unset):
        querydateto (datetime.date | datetime.datetime | Unset):
        querylocation (str | Unset):
        querydevice (GetLpsGeneralPerformanceStatsQuerydevice | Unset):
        querypage (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LpsStats]
    """

    kwargs = _get_kwargs(
        lps_id=lps_id,
        querydatefrom=querydatefrom,
        querydateto=querydateto,
        querylocation=querylocation,
        querydevice=querydevice,
        querypage=querypage,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    lps_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | datetime.datetime | Unset = UNSET,
    querydateto: datetime.date | datetime.datetime | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetLpsGeneralPerformanceStatsQuerydevice | Unset = UNSET,
    querypage: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | LpsStats | None:
    """Get details for landing page statistics

     Reference: https://apireference.getresponse.com/#operation/getLpsGeneralPerformanceStats

    Args:
        lps_id (str):
        querydatefrom (datetime.date | datetime.datetime | Unset):
        querydateto (datetime.date | datetime.datetime | Unset):
        querylocation (str | Unset):
        querydevice (GetLpsGeneralPerformanceStatsQuerydevice | Unset):
        querypage (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LpsStats
    """

    return (
        await asyncio_detailed(
            lps_id=lps_id,
            client=client,
            querydatefrom=querydatefrom,
            querydateto=querydateto,
            querylocation=querylocation,
            querydevice=querydevice,
            querypage=querypage,
            fields=fields,
        )
    ).parsed
