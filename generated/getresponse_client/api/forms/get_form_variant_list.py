from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.form_variant_details import FormVariantDetails
from ...types import UNSET, Response, Unset


def _get_kwargs(
    form_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/forms/{form_id}/variants".format(
            form_id=quote(str(form_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[FormVariantDetails] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FormVariantDetails.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[FormVariantDetails]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | list[FormVariantDetails]]:
    """Get the list of form variants (A/B tests)

     Reference: https://apireference.getresponse.com/#operation/getFormVariantList

    Args:
        form_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FormVariantDetails]]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    form_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> ErrorResponse | list[FormVariantDetails] | None:
    """Get the list of form variants (A/B tests)

     Reference: https://apireference.getresponse.com/#operation/getFormVariantList

    Args:
        form_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FormVariantDetails]
    """

    return sync_detailed(
        form_id=form_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    form_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | list[FormVariantDetails]]:
    """Get the list of form variants (A/B tests)

     Reference: https://apireference.getresponse.com/#operation/getFormVariantList

    Args:
        form_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FormVariantDetails]]
    """

    kwargs = _get_kwargs(
        form_id=form_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    form_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> ErrorResponse | list[FormVariantDetails] | None:
    """Get the list of form variants (A/B tests)

     Reference: https://apireference.getresponse.com/#operation/getFormVariantList

    Args:
        form_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FormVariantDetails]
    """

    return (
        await asyncio_detailed(
            form_id=form_id,
            client=client,
            fields=fields,
        )
    ).parsed
