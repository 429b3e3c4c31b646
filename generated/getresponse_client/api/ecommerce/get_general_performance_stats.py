import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.general_performance_stats import GeneralPerformanceStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryorder_datefrom: datetime.date | Unset = UNSET,
    queryorder_dateto: datetime.date | Unset = UNSET,
    queryshop_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_queryorder_datefrom: str | Unset = UNSET
    if not isinstance(queryorder_datefrom, Unset):
        json_queryorder_datefrom = queryorder_datefrom.isoformat()
    params["query[orderDate][from]"] = json_queryorder_datefrom

    json_queryorder_dateto: str | Unset = UNSET
    if not isinstance(queryorder_dateto, Unset):
        json_queryorder_dateto = queryorder_dateto.isoformat()
    params["query[orderDate][to]"] = json_queryorder_dateto

    params["query[shopId]"] = queryshop_id

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/statistics/ecommerce/performance",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GeneralPerformanceStats | None:
    if response.status_code == 200:
        response_200 = GeneralPerformanceStats.from_dict(response.json())

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
) -> Response[ErrorResponse | GeneralPerformanceStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    queryorder_datefrom: datetime.date | Unset = UNSET,
    queryorder_dateto: datetime.date | Unset = UNSET,
    queryshop_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | GeneralPerformanceStats]:
    """Get the ecommerce general performance statistics

     Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats

    Args:
        queryorder_datefrom (datetime.date | Unset):
        queryorder_dateto (datetime.date | Unset):
        queryshop_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GeneralPerformanceStats]
    """

    kwargs = _get_kwargs(
        queryorder_datefrom=queryorder_datefrom,
        queryorder_dateto=queryorder_dateto,
        queryshop_id=queryshop_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    queryorder_datefrom: datetime.date | Unset = UNSET,
    queryorder_dateto: datetime.date | Unset = UNSET,
    queryshop_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | GeneralPerformanceStats | None:
    """Get the ecommerce general performance statistics

     Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats

    Args:
        queryorder_datefrom (datetime.date | Unset):
        queryorder_dateto (datetime.date | Unset):
        queryshop_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GeneralPerformanceStats
    """

    return sync_detailed(
        client=client,
        queryorder_datefrom=queryorder_datefrom,
        queryorder_dateto=queryorder_dateto,
        queryshop_id=queryshop_id,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryorder_datefrom: datetime.date | Unset = UNSET,
    queryorder_dateto: datetime.date | Unset = UNSET,
    queryshop_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | GeneralPerformanceStats]:
    """Get the ecommerce general performance statistics

     Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats

    Args:
        queryorder_datefrom (datetime.date | Unset):
        queryorder_dateto (datetime.date | Unset):
        queryshop_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GeneralPerformanceStats]
    """

    kwargs = _get_kwargs(
        queryorder_datefrom=queryorder_datefrom,
        queryorder_dateto=queryorder_dateto,
        queryshop_id=queryshop_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    queryorder_datefrom: datetime.date | Unset = UNSET,
    queryorder_dateto: datetime.date | Unset = UNSET,
    queryshop_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | GeneralPerformanceStats | None:
    """Get the ecommerce general performance statistics

     Reference: https://apireference.getresponse.com/#operation/getGeneralPerformanceStats

    Args:
        queryorder_datefrom (datetime.date | Unset):
        queryorder_dateto (datetime.date | Unset):
        queryshop_id (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GeneralPerformanceStats
    """

    return (
        await asyncio_detailed(
            client=client,
            queryorder_datefrom=queryorder_datefrom,
            queryorder_dateto=queryorder_dateto,
            queryshop_id=queryshop_id,
            fields=fields,
        )
    ).parsed
