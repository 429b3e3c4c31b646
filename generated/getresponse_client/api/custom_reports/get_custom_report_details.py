from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_report_details import CustomReportDetails
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    custom_report_id: str,
    *,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/custom-reports/{custom_report_id}".format(
            custom_report_id=quote(str(custom_report_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomReportDetails | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CustomReportDetails.from_dict(response.json())

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
) -> Response[CustomReportDetails | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    custom_report_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[CustomReportDetails | ErrorResponse]:
    """Get a single custom report by ID

     Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails

    Args:
        custom_report_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomReportDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        custom_report_id=custom_report_id,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_report_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> CustomReportDetails | ErrorResponse | None:
    """Get a single custom report by ID

     Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails

    Args:
        custom_report_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomReportDetails | ErrorResponse
    """

    return sync_detailed(
        custom_report_id=custom_report_id,
        client=client,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    custom_report_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> Response[CustomReportDetails | ErrorResponse]:
    """Get a single custom report by ID

     Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails

    Args:
        custom_report_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomReportDetails | ErrorResponse]
    """

    kwargs = _get_kwargs(
        custom_report_id=custom_report_id,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_report_id: str,
    *,
    client: AuthenticatedClient,
    fields: str | Unset = UNSET,
) -> CustomReportDetails | ErrorResponse | None:
    """Get a single custom report by ID

     Reference: https://apireference.getresponse.com/#operation/getCustomReportDetails

    Args:
        custom_report_id (str):
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomReportDetails | ErrorResponse
    """

    return (
        await asyncio_detailed(
            custom_report_id=custom_report_id,
            client=client,
            fields=fields,
        )
    ).parsed
