import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_stats import SmsStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sms_id: str,
    *,
    querycreated_onfrom: datetime.date | Unset = UNSET,
    querycreated_onto: datetime.date | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_querycreated_onfrom: str | Unset = UNSET
    if not isinstance(querycreated_onfrom, Unset):
        json_querycreated_onfrom = querycreated_onfrom.isoformat()
    params["query[createdOn][from]"] = json_querycreated_onfrom

    json_querycreated_onto: str | Unset = UNSET
    if not isinstance(querycreated_onto, Unset):
        json_querycreated_onto = querycreated_onto.isoformat()
    params["query[createdOn][to]"] = json_querycreated_onto

    params["fields"] = fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/statistics/sms/{sms_id}".format(
            sms_id=quote(str(sms_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsStats | None:
    if response.status_code == 200:
        response_200 = SmsStats.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sms_id: str,
    *,
    client: AuthenticatedClient,
    querycreated_onfrom: datetime.date | Unset = UNSET,
    querycreated_onto: datetime.date | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | SmsStats]:
    """Get details for the SMS message statistics

     Reference: https://apireference.getresponse.com/#operation/getSmsStats

    Args:
        sms_id (str):
        querycreated_onfrom (datetime.date | Unset):  Example: 2023-01-20.
        querycreated_onto (datetime.date | Unset):  Example: 2023-01-20.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsStats]
    """

    kwargs = _get_kwargs(
        sms_id=sms_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        fields=fields,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sms_id: str,
    *,
    client: AuthenticatedClient,
    querycreated_onfrom: datetime.date | Unset = UNSET,
    querycreated_onto: datetime.date | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | SmsStats | None:
    """Get details for the SMS message statistics

     Reference: https://apireference.getresponse.com/#operation/getSmsStats

    Args:
        sms_id (str):
        querycreated_onfrom (datetime.date | Unset):  Example: 2023-01-20.
        querycreated_onto (datetime.date | Unset):  Example: 2023-01-20.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsStats
    """

    return sync_detailed(
        sms_id=sms_id,
        client=client,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        fields=fields,
    ).parsed


async def asyncio_detailed(
    sms_id: str,
    *,
    client: AuthenticatedClient,
    querycreated_onfrom: datetime.date | Unset = UNSET,
    querycreated_onto: datetime.date | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> Response[ErrorResponse | SmsStats]:
    """Get details for the SMS message statistics

     Reference: https://apireference.getresponse.com/#operation/getSmsStats

    Args:
        sms_id (str):
        querycreated_onfrom (datetime.date | Unset):  Example: 2023-01-20.
        querycreated_onto (datetime.date | Unset):  Example: 2023-01-20.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsStats]
    """

    kwargs = _get_kwargs(
        sms_id=sms_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        fields=fields,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sms_id: str,
    *,
    client: AuthenticatedClient,
    querycreated_onfrom: datetime.date | Unset = UNSET,
    querycreated_onto: datetime.date | Unset = UNSET,
    fields: str | Unset = UNSET,
) -> ErrorResponse | SmsStats | None:
    """Get details for the SMS message statistics

     Reference: https://apireference.getresponse.com/#operation/getSmsStats

    Args:
        sms_id (str):
        querycreated_onfrom (datetime.date | Unset):  Example: 2023-01-20.
        querycreated_onto (datetime.date | Unset):  Example: 2023-01-20.
        fields (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsStats
    """

    return (
        await asyncio_detailed(
            sms_id=sms_id,
            client=client,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            fields=fields,
        )
    ).parsed
