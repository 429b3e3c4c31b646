from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    from_field_id: str,
    *,
    from_field_id_to_replace_with: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fromFieldIdToReplaceWith"] = from_field_id_to_replace_with

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/from-fields/{from_field_id}".format(
            from_field_id=quote(str(from_field_id), safe=""),
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
    from_field_id: str,
    *,
    client: AuthenticatedClient,
    from_field_id_to_replace_with: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete 'From' address

     Reference: https://apireference.getresponse.com/#operation/deleteFromField

    Args:
        from_field_id (str):
        from_field_id_to_replace_with (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        from_field_id=from_field_id,
        from_field_id_to_replace_with=from_field_id_to_replace_with,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    from_field_id: str,
    *,
    client: AuthenticatedClient,
    from_field_id_to_replace_with: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete 'From' address

     Reference: https://apireference.getresponse.com/#operation/deleteFromField

    Args:
        from_field_id (str):
        from_field_id_to_replace_with (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        from_field_id=from_field_id,
        client=client,
        from_field_id_to_replace_with=from_field_id_to_replace_with,
    ).parsed


async def asyncio_detailed(
    from_field_id: str,
    *,
    client: AuthenticatedClient,
    from_field_id_to_replace_with: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Delete 'From' address

     Reference: https://apireference.getresponse.com/#operation/deleteFromField

    Args:
        from_field_id (str):
        from_field_id_to_replace_with (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        from_field_id=from_field_id,
        from_field_id_to_replace_with=from_field_id_to_replace_with,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    from_field_id: str,
    *,
    client: AuthenticatedClient,
    from_field_id_to_replace_with: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Delete 'From' address

     Reference: https://apireference.getresponse.com/#operation/deleteFromField

    Args:
        from_field_id (str):
        from_field_id_to_replace_with (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            from_field_id=from_field_id,
            client=client,
            from_field_id_to_replace_with=from_field_id_to_replace_with,
        )
    ).parsed
