from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sort_order_enum import SortOrderEnum
from ...models.transactional_emails_template_list_element import TransactionalEmailsTemplateListElement
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querysubject: str | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortsubject: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[subject]"] = querysubject

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    json_sortsubject: str | Unset = UNSET
    if not isinstance(sortsubject, Unset):
        json_sortsubject = sortsubject.value

    params["sort[subject]"] = json_sortsubject

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/transactional-emails/templates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[TransactionalEmailsTemplateListElement] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TransactionalEmailsTemplateListElement.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[TransactionalEmailsTemplateListElement]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querysubject: str | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortsubject: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[TransactionalEmailsTemplateListElement]]:
    """Get the list of transactional email templates

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList

    Args:
        querysubject (str | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortsubject (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TransactionalEmailsTemplateListElement]]
    """

    kwargs = _get_kwargs(
        querysubject=querysubject,
        sortcreated_on=sortcreated_on,
        sortsubject=sortsubject,
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
    querysubject: str | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortsubject: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[TransactionalEmailsTemplateListElement] | None:
    """Get the list of transactional email templates

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList

    Args:
        querysubject (str | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortsubject (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TransactionalEmailsTemplateListElement]
    """

    return sync_detailed(
        client=client,
        querysubject=querysubject,
        sortcreated_on=sortcreated_on,
        sortsubject=sortsubject,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querysubject: str | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortsubject: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[TransactionalEmailsTemplateListElement]]:
    """Get the list of transactional email templates

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList

    Args:
        querysubject (str | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortsubject (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[TransactionalEmailsTemplateListElement]]
    """

    kwargs = _get_kwargs(
        querysubject=querysubject,
        sortcreated_on=sortcreated_on,
        sortsubject=sortsubject,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querysubject: str | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortsubject: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[TransactionalEmailsTemplateListElement] | None:
    """Get the list of transactional email templates

     Reference: https://apireference.getresponse.com/#operation/getTransactionalEmailsTemplatesList

    Args:
        querysubject (str | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortsubject (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[TransactionalEmailsTemplateListElement]
    """

    return (
        await asyncio_detailed(
            client=client,
            querysubject=querysubject,
            sortcreated_on=sortcreated_on,
            sortsubject=sortsubject,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
