from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    contact_id: str,
    *,
    message_id: str | Unset = UNSET,
    ip_address: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["messageId"] = message_id

    params["ipAddress"] = ip_address

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/contacts/{contact_id}".format(
            contact_id=quote(str(contact_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    message_id: str | Unset = UNSET,
    ip_address: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete a contact by contact ID

     Reference: https://apireference.getresponse.com/#operation/deleteContact

    Args:
        contact_id (str):
        message_id (str | Unset):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        message_id=message_id,
        ip_address=ip_address,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    message_id: str | Unset = UNSET,
    ip_address: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete a contact by contact ID

     Reference: https://apireference.getresponse.com/#operation/deleteContact

    Args:
        contact_id (str):
        message_id (str | Unset):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        contact_id=contact_id,
        client=client,
        message_id=message_id,
        ip_address=ip_address,
    ).parsed


async def asyncio_detailed(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    message_id: str | Unset = UNSET,
    ip_address: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete a contact by contact ID

     Reference: https://apireference.getresponse.com/#operation/deleteContact

    Args:
        contact_id (str):
        message_id (str | Unset):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        contact_id=contact_id,
        message_id=message_id,
        ip_address=ip_address,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    contact_id: str,
    *,
    client: AuthenticatedClient,
    message_id: str | Unset = UNSET,
    ip_address: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete a contact by contact ID

     Reference: https://apireference.getresponse.com/#operation/deleteContact

    Args:
        contact_id (str):
        message_id (str | Unset):
        ip_address (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            contact_id=contact_id,
            client=client,
            message_id=message_id,
            ip_address=ip_address,
        )
    ).parsed
