from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.meta_field import MetaField
from ...types import UNSET, Response, Unset


def _get_kwargs(
    shop_id: str,
    meta_field_id: str,
    *,
    body: MetaField | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/shops/{shop_id}/meta-fields/{meta_field_id}".format(
            shop_id=quote(str(shop_id), safe=""),
            meta_field_id=quote(str(meta_field_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MetaField | None:
    if response.status_code == 200:
        response_200 = MetaField.from_dict(response.json())

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
) -> Response[ErrorResponse | MetaField]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    shop_id: str,
    meta_field_id: str,
    *,
    client: AuthenticatedClient,
    body: MetaField | Unset = UNSET,
) -> Response[ErrorResponse | MetaField]:
    """Update meta field

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateMetaField

    Args:
        shop_id (str):
        meta_field_id (str):
        body (MetaField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MetaField]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        meta_field_id=meta_field_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    shop_id: str,
    meta_field_id: str,
    *,
    client: AuthenticatedClient,
    body: MetaField | Unset = UNSET,
) -> ErrorResponse | MetaField | None:
    """Update meta field

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateMetaField

    Args:
        shop_id (str):
        meta_field_id (str):
        body (MetaField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MetaField
    """

    return sync_detailed(
        shop_id=shop_id,
        meta_field_id=meta_field_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    shop_id: str,
    meta_field_id: str,
    *,
    client: AuthenticatedClient,
    body: MetaField | Unset = UNSET,
) -> Response[ErrorResponse | MetaField]:
    """Update meta field

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateMetaField

    Args:
        shop_id (str):
        meta_field_id (str):
        body (MetaField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MetaField]
    """

    kwargs = _get_kwargs(
        shop_id=shop_id,
        meta_field_id=meta_field_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    shop_id: str,
    meta_field_id: str,
    *,
    client: AuthenticatedClient,
    body: MetaField | Unset = UNSET,
) -> ErrorResponse | MetaField | None:
    """Update meta field

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateMetaField

    Args:
        shop_id (str):
        meta_field_id (str):
        body (MetaField | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MetaField
    """

    return (
        await asyncio_detailed(
            shop_id=shop_id,
            meta_field_id=meta_field_id,
            client=client,
            body=body,
        )
    ).parsed
