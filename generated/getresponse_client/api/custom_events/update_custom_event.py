from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_event import CustomEvent
from ...models.custom_event_details import CustomEventDetails
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    custom_event_id: str,
    *,
    body: CustomEvent | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/custom-events/{custom_event_id}".format(
            custom_event_id=quote(str(custom_event_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomEventDetails | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomEventDetails.from_dict(response.json())

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
) -> Response[CustomEventDetails | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_event_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomEvent | Unset = UNSET,
) -> Response[CustomEventDetails | ErrorResponse]:
    """Update custom event details

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateCustomEvent

    Args:
        custom_event_id (str):
        body (CustomEvent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomEventDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        custom_event_id=custom_event_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_event_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomEvent | Unset = UNSET,
) -> CustomEventDetails | ErrorResponse | None:
    """Update custom event details

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateCustomEvent

    Args:
        custom_event_id (str):
        body (CustomEvent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomEventDetails | ErrorResponse
    """

    return sync_detailed(
        custom_event_id=custom_event_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_event_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomEvent | Unset = UNSET,
) -> Response[CustomEventDetails | ErrorResponse]:
    """Update custom event details

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateCustomEvent

    Args:
        custom_event_id (str):
        body (CustomEvent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomEventDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        custom_event_id=custom_event_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_event_id: str,
    *,
    client: AuthenticatedClient,
    body: CustomEvent | Unset = UNSET,
) -> CustomEventDetails | ErrorResponse | None:
    """Update custom event details

     Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

    Reference: https://apireference.getresponse.com/#operation/updateCustomEvent

    Args:
        custom_event_id (str):
        body (CustomEvent | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomEventDetails | ErrorResponse
    """

    return (
        await asyncio_detailed(
            custom_event_id=custom_event_id,
            client=client,
            body=body,
        )
    ).parsed
