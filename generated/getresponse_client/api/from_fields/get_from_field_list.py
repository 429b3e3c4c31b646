from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.from_field import FromField
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    queryis_default: bool | Unset = UNSET,
    queryis_active: bool | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[email]"] = queryemail

    params["query[name]"] = queryname

    params["query[isDefault]"] = queryis_default

    params["query[isActive]"] = queryis_active

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/from-fields",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[FromField] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = FromField.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[FromField]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    queryis_default: bool | Unset = UNSET,
    queryis_active: bool | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[FromField]]:
    """Get the list of 'From' addresses

     Reference: https://apireference.getresponse.com/#operation/getFromFieldList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        queryis_default (bool | Unset):  Example: True.
        queryis_active (bool | Unset):  Example: True.
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FromField]]
    """

    kwargs = _get_kwargs(
        queryemail=queryemail,
        queryname=queryname,
        queryis_default=queryis_default,
        queryis_active=queryis_active,
        sortcreated_on=sortcreated_on,
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
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    queryis_default: bool | Unset = UNSET,
    queryis_active: bool | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[FromField] | None:
    """Get the list of 'From' addresses

     Reference: https://apireference.getresponse.com/#operation/getFromFieldList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        queryis_default (bool | Unset):  Example: True.
        queryis_active (bool | Unset):  Example: True.
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FromField]
    """

    return sync_detailed(
        client=client,
        queryemail=queryemail,
        queryname=queryname,
        queryis_default=queryis_default,
        queryis_active=queryis_active,
        sortcreated_on=sortcreated_on,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    queryis_default: bool | Unset = UNSET,
    queryis_active: bool | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[FromField]]:
    """Get the list of 'From' addresses

     Reference: https://apireference.getresponse.com/#operation/getFromFieldList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        queryis_default (bool | Unset):  Example: True.
        queryis_active (bool | Unset):  Example: True.
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[FromField]]
    """

    kwargs = _get_kwargs(
        queryemail=queryemail,
        queryname=queryname,
        queryis_default=queryis_default,
        queryis_active=queryis_active,
        sortcreated_on=sortcreated_on,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    queryis_default: bool | Unset = UNSET,
    queryis_active: bool | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[FromField] | None:
    """Get the list of 'From' addresses

     Reference: https://apireference.getresponse.com/#operation/getFromFieldList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        queryis_default (bool | Unset):  Example: True.
        queryis_active (bool | Unset):  Example: True.
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[FromField]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryemail=queryemail,
            queryname=queryname,
            queryis_default=queryis_default,
            queryis_active=queryis_active,
            sortcreated_on=sortcreated_on,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
