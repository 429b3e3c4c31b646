from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.blocklist import Blocklist
from ...models.error_response import ErrorResponse
from ...models.update_account_blocklist_additional_flags import UpdateAccountBlocklistAdditionalFlags
from ...models.update_blocklist import UpdateBlocklist
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: UpdateBlocklist | Unset = UNSET,
    additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_additional_flags: str | Unset = UNSET
    if not isinstance(additional_flags, Unset):
        json_additional_flags = additional_flags.value

    params["additionalFlags"] = json_additional_flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/blocklists",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Blocklist | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Blocklist.from_dict(response.json())

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
) -> Response[Blocklist | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateBlocklist | Unset = UNSET,
    additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
) -> Response[Blocklist | ErrorResponse]:
    """Update account blocklist

     Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist

    Args:
        additional_flags (UpdateAccountBlocklistAdditionalFlags | Unset):
        body (UpdateBlocklist | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Blocklist | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        additional_flags=additional_flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: UpdateBlocklist | Unset = UNSET,
    additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
) -> Blocklist | ErrorResponse | None:
    """Update account blocklist

     Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist

    Args:
        additional_flags (UpdateAccountBlocklistAdditionalFlags | Unset):
        body (UpdateBlocklist | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blocklist | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        additional_flags=additional_flags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateBlocklist | Unset = UNSET,
    additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
) -> Response[Blocklist | ErrorResponse]:
    """Update account blocklist

     Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist

    Args:
        additional_flags (UpdateAccountBlocklistAdditionalFlags | Unset):
        body (UpdateBlocklist | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Blocklist | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        additional_flags=additional_flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateBlocklist | Unset = UNSET,
    additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
) -> Blocklist | ErrorResponse | None:
    """Update account blocklist

     Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist

    Args:
        additional_flags (UpdateAccountBlocklistAdditionalFlags | Unset):
        body (UpdateBlocklist | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Blocklist | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            additional_flags=additional_flags,
        )
    ).parsed
