from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.suppression_details import SuppressionDetails
from ...types import Response


def _get_kwargs(
    suppression_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/suppressions/{suppression_id}".format(
            suppression_id=quote(str(suppression_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SuppressionDetails | None:
    if response.status_code == 200:
        response_200 = SuppressionDetails.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SuppressionDetails]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    suppression_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | SuppressionDetails]:
    """Get a suppression list by ID

     Reference: https://apireference.getresponse.com/#operation/getSuppressionById

    Args:
        suppression_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuppressionDetails]
    """

    kwargs = _get_kwargs(
        suppression_id=suppression_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    suppression_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | SuppressionDetails | None:
    """Get a suppression list by ID

     Reference: https://apireference.getresponse.com/#operation/getSuppressionById

    Args:
        suppression_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuppressionDetails
    """

    return sync_detailed(
        suppression_id=suppression_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    suppression_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorResponse | SuppressionDetails]:
    """Get a suppression list by ID

     Reference: https://apireference.getresponse.com/#operation/getSuppressionById

    Args:
        suppression_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SuppressionDetails]
    """

    kwargs = _get_kwargs(
        suppression_id=suppression_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    suppression_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorResponse | SuppressionDetails | None:
    """Get a suppression list by ID

     Reference: https://apireference.getresponse.com/#operation/getSuppressionById

    Args:
        suppression_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SuppressionDetails
    """

    return (
        await asyncio_detailed(
            suppression_id=suppression_id,
            client=client,
        )
    ).parsed
