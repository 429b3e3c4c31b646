from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category import Category
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: str,
    category_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/shops/{shop_id}/categories/{category_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            category_id=quote(str(category_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Category | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Category.from_dict(response.json())

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
) -> Response[Category | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: str,
    category_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[Category | ErrorResponse]:
    """Get a single category by ID

     Reference: https://apireference.getresponse.com/#operation/getCategory

    Args:
        shop_id (str):
        category_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Category | ErrorResponse]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        category_id=category_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: str,
    category_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Category | ErrorResponse | None:
    """Get a single category by ID

     Reference: https://apireference.getresponse.com/#operation/getCategory

    Args:
        shop_id (str):
        category_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Category | ErrorResponse
    """

    return sync_detailed(
        shop_id=shop_id,
        category_id=category_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    shop_id: str,
    category_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[Category | ErrorResponse]:
    """Get a single category by ID

     Reference: https://apireference.getresponse.com/#operation/getCategory

    Args:
        shop_id (str):
        category_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Category | ErrorResponse]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        category_id=category_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: str,
    category_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Category | ErrorResponse | None:
    """Get a single category by ID

     Reference: https://apireference.getresponse.com/#operation/getCategory

    Args:
        shop_id (str):
        category_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Category | ErrorResponse
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            category_id=category_id,
            client=client,
            fields=fields,
        )
    ).parsed
