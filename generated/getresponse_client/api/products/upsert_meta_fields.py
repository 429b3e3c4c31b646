from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.meta_field import MetaField
from ...models.upsert_meta_field import UpsertMetaField
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: str,
    product_id: str,
    *,
    body: UpsertMetaField | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/products/{product_id}/meta-fields".format(
            shop_id=quote(str(shop_id), safe=""),
            product_id=quote(str(product_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[MetaField] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = MetaField.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[MetaField]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: UpsertMetaField | Unset = UNSET,
) -> Response[ErrorResponse | list[MetaField]]:
    """Upsert product meta fields

     Reference: https://apireference.getresponse.com/#operation/upsertMetaFields

    Args:
        shop_id (str):
        product_id (str):
        body (UpsertMetaField | Unset): This method assigns metafields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[MetaField]]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        product_id=product_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: UpsertMetaField | Unset = UNSET,
) -> ErrorResponse | list[MetaField] | None:
    """Upsert product meta fields

     Reference: https://apireference.getresponse.com/#operation/upsertMetaFields

    Args:
        shop_id (str):
        product_id (str):
        body (UpsertMetaField | Unset): This method assigns metafields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[MetaField]
    """

    return sync_detailed(
        shop_id=shop_id,
        product_id=product_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: UpsertMetaField | Unset = UNSET,
) -> Response[ErrorResponse | list[MetaField]]:
    """Upsert product meta fields

     Reference: https://apireference.getresponse.com/#operation/upsertMetaFields

    Args:
        shop_id (str):
        product_id (str):
        body (UpsertMetaField | Unset): This method assigns metafields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[MetaField]]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        product_id=product_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: str,
    product_id: str,
    *,
    client: AuthenticatedClient,
    body: UpsertMetaField | Unset = UNSET,
) -> ErrorResponse | list[MetaField] | None:
    """Upsert product meta fields

     Reference: https://apireference.getresponse.com/#operation/upsertMetaFields

    Args:
        shop_id (str):
        product_id (str):
        body (UpsertMetaField | Unset): This method assigns metafields.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[MetaField]
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            product_id=product_id,
            client=client,
            body=body,
        )
    ).parsed
