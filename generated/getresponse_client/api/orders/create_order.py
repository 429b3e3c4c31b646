from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.new_order import NewOrder
from ...models.order_response import OrderResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: str,
    *,
    body: NewOrder | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["additionalFlags"] = additional_flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/orders".format(
            shop_id=quote(str(shop_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OrderResponse | None:
    if response.status_code == 201:
        response_201 = OrderResponse.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | OrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    body: NewOrder | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
) -> Response[ErrorResponse | OrderResponse]:
    """Create order

     Reference: https://apireference.getresponse.com/#operation/createOrder

    Args:
        shop_id (str):
        additional_flags (str | Unset):
        body (NewOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderResponse]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
        additional_flags=additional_flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    body: NewOrder | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
) -> ErrorResponse | OrderResponse | None:
    """Create order

     Reference: https://apireference.getresponse.com/#operation/createOrder

    Args:
        shop_id (str):
        additional_flags (str | Unset):
        body (NewOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderResponse
    """

    return sync_detailed(
        shop_id=shop_id,
        client=client,
        body=body,
        additional_flags=additional_flags,
    ).parsed


async def asyncio_detailed(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    body: NewOrder | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
) -> Response[ErrorResponse | OrderResponse]:
    """Create order

     Reference: https://apireference.getresponse.com/#operation/createOrder

    Args:
        shop_id (str):
        additional_flags (str | Unset):
        body (NewOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OrderResponse]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        body=body,
        additional_flags=additional_flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: str,
    *,
    client: AuthenticatedClient,
    body: NewOrder | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
) -> ErrorResponse | OrderResponse | None:
    """Create order

     Reference: https://apireference.getresponse.com/#operation/createOrder

    Args:
        shop_id (str):
        additional_flags (str | Unset):
        body (NewOrder | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OrderResponse
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            client=client,
            body=body,
            additional_flags=additional_flags,
        )
    ).parsed
