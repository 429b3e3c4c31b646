import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_popup_general_performance_querydevice import GetPopupGeneralPerformanceQuerydevice
from ...models.popup_general_performance_stats import PopupGeneralPerformanceStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    popup_id: str,
    *,
    querydatefrom: datetime.date | Unset = UNSET,
    querydateto: datetime.date | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_querydatefrom: str | Unset = UNSET
    if not isinstance(querydatefrom, Unset):
        json_querydatefrom = querydatefrom.isoformat()
    params["query[date][from]"] = json_querydatefrom

    json_querydateto: str | Unset = UNSET
    if not isinstance(querydateto, Unset):
        json_querydateto = querydateto.isoformat()
    params["query[date][to]"] = json_querydateto

    params["query[location]"] = querylocation

    json_querydevice: str | Unset = UNSET
    if not isinstance(querydevice, Unset):
        json_querydevice = querydevice.value

    params["query[device]"] = json_querydevice

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/statistics/popups/{popup_id}/performance".format(
            popup_id=quote(str(popup_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | PopupGeneralPerformanceStats | None:
    if response.status_code == 200:
        response_200 = PopupGeneralPerformanceStats.from_dict(response.json())

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
) -> Response[ErrorResponse | PopupGeneralPerformanceStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    popup_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | Unset = UNSET,
    querydateto: datetime.date | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | PopupGeneralPerformanceStats]:
    """Get statistics for a single form or popup

     Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance

    Args:
        popup_id (str):
        querydatefrom (datetime.date | Unset):  Example: 2023-01-10.
        querydateto (datetime.date | Unset):  Example: 2023-01-20.
        querylocation (str | Unset):
        querydevice (GetPopupGeneralPerformanceQuerydevice | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PopupGeneralPerformanceStats]
    """

    kwargs = _get_kwargs(
        popup_id=popup_id,
        querydatefrom=querydatefrom,
        querydateto=querydateto,
        querylocation=querylocation,
        querydevice=querydevice,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    popup_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | Unset = UNSET,
    querydateto: datetime.date | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | PopupGeneralPerformanceStats | None:
    """Get statistics for a single form or popup

     Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance

    Args:
        popup_id (str):
        querydatefrom (datetime.date | Unset):  Example: 2023-01-10.
        querydateto (datetime.date | Unset):  Example: 2023-01-20.
        querylocation (str | Unset):
        querydevice (GetPopupGeneralPerformanceQuerydevice | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PopupGeneralPerformanceStats
    """

    return sync_detailed(
        popup_id=popup_id,
        client=client,
        querydatefrom=querydatefrom,
        querydateto=querydateto,
        querylocation=querylocation,
        querydevice=querydevice,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    popup_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | Unset = UNSET,
    querydateto: datetime.date | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | PopupGeneralPerformanceStats]:
    """Get statistics for a single form or popup

     Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance

    Args:
        popup_id (str):
        querydatefrom (datetime.date | Unset):  Example: 2023-01-10.
        querydateto (datetime.date | Unset):  Example: 2023-01-20.
        querylocation (str | Unset):
        querydevice (GetPopupGeneralPerformanceQuerydevice | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | PopupGeneralPerformanceStats]
    """

    kwargs = _get_kwargs(
        popup_id=popup_id,
        querydatefrom=querydatefrom,
        querydateto=querydateto,
        querylocation=querylocation,
        querydevice=querydevice,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    popup_id: str,
    *,
    client: AuthenticatedClient,
    querydatefrom: datetime.date | Unset = UNSET,
    querydateto: datetime.date | Unset = UNSET,
    querylocation: str | Unset = UNSET,
    querydevice: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | PopupGeneralPerformanceStats | None:
    """Get statistics for a single form or popup

     Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance

    Args:
        popup_id (str):
        querydatefrom (datetime.date | Unset):  Example: 2023-01-10.
        querydateto (datetime.date | Unset):  Example: 2023-01-20.
        querylocation (str | Unset):
        querydevice (GetPopupGeneralPerformanceQuerydevice | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | PopupGeneralPerformanceStats
    """

    return (
        await asyncio_detailed(
            popup_id=popup_id,
            client=client,
            querydatefrom=querydatefrom,
            querydateto=querydateto,
            querylocation=querylocation,
            querydevice=querydevice,
            fields=fields,
        )
    ).parsed
