from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_autoresponder_thumbnail_size import GetAutoresponderThumbnailSize
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    autoresponder_id: str,
    *,
    size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_size: str | Unset = UNSET
    if not isinstance(size, Unset):
        json_size = size.value

    params["size"] = json_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/autoresponders/{autoresponder_id}/thumbnail".format(
            autoresponder_id=quote(str(autoresponder_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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
) -> Response[ErrorResponse | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    autoresponder_id: str,
    *,
    client: AuthenticatedClient,
    size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
) -> Response[ErrorResponse | File]:
    """Get the autoresponder thumbnail

     Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail

    Args:
        autoresponder_id (str):
        size (GetAutoresponderThumbnailSize | Unset):  Default:
            GetAutoresponderThumbnailSize.DEFAULT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        autoresponder_id=autoresponder_id,
        size=size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    autoresponder_id: str,
    *,
    client: AuthenticatedClient,
    size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
) -> ErrorResponse | File | None:
    """Get the autoresponder thumbnail

     Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail

    Args:
        autoresponder_id (str):
        size (GetAutoresponderThumbnailSize | Unset):  Default:
            GetAutoresponderThumbnailSize.DEFAULT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return sync_detailed(
        autoresponder_id=autoresponder_id,
        client=client,
        size=size,
    ).parsed


async def asyncio_detailed(
    autoresponder_id: str,
    *,
    client: AuthenticatedClient,
    size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
) -> Response[ErrorResponse | File]:
    """Get the autoresponder thumbnail

     Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail

    Args:
        autoresponder_id (str):
        size (GetAutoresponderThumbnailSize | Unset):  Default:
            GetAutoresponderThumbnailSize.DEFAULT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | File]
    """

    kwargs = _get_kwargs(
        autoresponder_id=autoresponder_id,
        size=size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    autoresponder_id: str,
    *,
    client: AuthenticatedClient,
    size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
) -> ErrorResponse | File | None:
    """Get the autoresponder thumbnail

     Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail

    Args:
        autoresponder_id (str):
        size (GetAutoresponderThumbnailSize | Unset):  Default:
            GetAutoresponderThumbnailSize.DEFAULT.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | File
    """

    return (
        await asyncio_detailed(
            autoresponder_id=autoresponder_id,
            client=client,
            size=size,
        )
    ).parsed
