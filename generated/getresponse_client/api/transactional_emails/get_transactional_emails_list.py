import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.string_boolean_enum import StringBooleanEnum
from ...models.transactional_email_list_element import TransactionalEmailListElement
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querysent_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querysent_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_querysent_onfrom: str | Unset
    if isinstance(querysent_onfrom, Unset):
        json_querysent_onfrom = UNSET
    elif isinstance(querysent_onfrom, datetime.date):
        json_querysent_onfrom = querysent_onfrom.isoformat()
    else:
        json_querysent_onfrom = querysent_onfrom.isoformat()

    params["query[sentOn][from]"] = json_querysent_onfrom

    json_querysent_onto: str | Unset
    if isinstance(querysent_onto, Unset):
        json_querysent_onto = UNSET
    elif isinstance(querysent_onto, datetime.date):
        json_querysent_onto = querysent_onto.isoformat()
    else:
        json_querysent_onto = querysent_onto.isoformat()

    params["query[sentOn][to]"] = json_querysent_onto

    json_querytagged: str | Unset = UNSET
    if not isinstance(querytagged, Unset):
        json_querytagged = querytagged.value

    params["query[tagged]"] = json_querytagged

    params["query[tagId]"] = querytag_id

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactional-emails",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TransactionalEmailListElement] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TransactionalEmailListElement.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TransactionalEmailListElement]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querysent_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querysent_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[TransactionalEmailListElement]]:
    """Get the list of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList

    Args:
        querysent_onfrom (datetime.date | datetime.datetime | Unset):
        querysent_onto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TransactionalEmailListElement]]
    """

    kwargs = _get_kwargs(
        querysent_onfrom=querysent_onfrom,
        querysent_onto=querysent_onto,
        querytagged=querytagged,
        querytag_id=querytag_id,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    querysent_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querysent_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[TransactionalEmailListElement] | None:
    """Get the list of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList

    Args:
        querysent_onfrom (datetime.date | datetime.datetime | Unset):
        querysent_onto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TransactionalEmailListElement]
    """

    return sync_detailed(
        client=client,
        querysent_onfrom=querysent_onfrom,
        querysent_onto=querysent_onto,
        querytagged=querytagged,
        querytag_id=querytag_id,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querysent_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querysent_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[TransactionalEmailListElement]]:
    """Get the list of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList

    Args:
        querysent_onfrom (datetime.date | datetime.datetime | Unset):
        querysent_onto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TransactionalEmailListElement]]
    """

    kwargs = _get_kwargs(
        querysent_onfrom=querysent_onfrom,
        querysent_onto=querysent_onto,
        querytagged=querytagged,
        querytag_id=querytag_id,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querysent_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querysent_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querytagged: StringBooleanEnum | Unset = UNSET,
    querytag_id: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[TransactionalEmailListElement] | None:
    """Get the list of transactional emails

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsList

    Args:
        querysent_onfrom (datetime.date | datetime.datetime | Unset):
        querysent_onto (datetime.date | datetime.datetime | Unset):
        querytagged (StringBooleanEnum | Unset):
        querytag_id (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TransactionalEmailListElement]
    """

    return (
        await asyncio_detailed(
            client=client,
            querysent_onfrom=querysent_onfrom,
            querysent_onto=querysent_onto,
            querytagged=querytagged,
            querytag_id=querytag_id,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
