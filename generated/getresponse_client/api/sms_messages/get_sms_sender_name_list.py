from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_sender_name import SmsSenderName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querystatus: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[status]"] = querystatus

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/sender-names",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[SmsSenderName] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SmsSenderName.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[SmsSenderName]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querystatus: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | list[SmsSenderName]]:
    """Get a list of SMS sender names

     Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList

    Args:
        querystatus (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[SmsSenderName]]
    """

    kwargs = _get_kwargs(
        querystatus=querystatus,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    querystatus: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | list[SmsSenderName] | None:
    """Get a list of SMS sender names

     Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList

    Args:
        querystatus (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[SmsSenderName]
    """

    return sync_detailed(
        client=client,
        querystatus=querystatus,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querystatus: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | list[SmsSenderName]]:
    """Get a list of SMS sender names

     Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList

    Args:
        querystatus (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[SmsSenderName]]
    """

    kwargs = _get_kwargs(
        querystatus=querystatus,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querystatus: str | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | list[SmsSenderName] | None:
    """Get a list of SMS sender names

     Reference: https://apireference.getresponse.com/#operation/getSmsSenderNameList

    Args:
        querystatus (str | Unset):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[SmsSenderName]
    """

    return (
        await asyncio_detailed(
            client=client,
            querystatus=querystatus,
            fields=fields,
        )
    ).parsed
