import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.import_ import Import
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortfinished_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_name: SortOrderEnum | Unset = UNSET,
    sortuploaded_contacts: SortOrderEnum | Unset = UNSET,
    sortupdated_contacts: SortOrderEnum | Unset = UNSET,
    sortadded_contacts: SortOrderEnum | Unset = UNSET,
    sortinvalid_contacts: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[campaignId]"] = querycampaign_id

    json_querycreated_onfrom: str | Unset
    if isinstance(querycreated_onfrom, Unset):
        json_querycreated_onfrom = UNSET
    elif isinstance(querycreated_onfrom, datetime.date):
        json_querycreated_onfrom = querycreated_onfrom.isoformat()
    else:
        json_querycreated_onfrom = querycreated_onfrom.isoformat()

    params["query[createdOn][from]"] = json_querycreated_onfrom

    json_querycreated_onto: str | Unset
    if isinstance(querycreated_onto, Unset):
        json_querycreated_onto = UNSET
    elif isinstance(querycreated_onto, datetime.date):
        json_querycreated_onto = querycreated_onto.isoformat()
    else:
        json_querycreated_onto = querycreated_onto.isoformat()

    params["query[createdOn][to]"] = json_querycreated_onto

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    json_sortfinished_on: str | Unset = UNSET
    if not isinstance(sortfinished_on, Unset):
        json_sortfinished_on = sortfinished_on.value

    params["sort[finishedOn]"] = json_sortfinished_on

    json_sortcampaign_name: str | Unset = UNSET
    if not isinstance(sortcampaign_name, Unset):
        json_sortcampaign_name = sortcampaign_name.value

    params["sort[campaignName]"] = json_sortcampaign_name

    json_sortuploaded_contacts: str | Unset = UNSET
    if not isinstance(sortuploaded_contacts, Unset):
        json_sortuploaded_contacts = sortuploaded_contacts.value

    params["sort[uploadedContacts]"] = json_sortuploaded_contacts

    json_sortupdated_contacts: str | Unset = UNSET
    if not isinstance(sortupdated_contacts, Unset):
        json_sortupdated_contacts = sortupdated_contacts.value

    params["sort[updatedContacts]"] = json_sortupdated_contacts

    json_sortadded_contacts: str | Unset = UNSET
    if not isinstance(sortadded_contacts, Unset):
        json_sortadded_contacts = sortadded_contacts.value

    params["sort[addedContacts]"] = json_sortadded_contacts

    json_sortinvalid_contacts: str | Unset = UNSET
    if not isinstance(sortinvalid_contacts, Unset):
        json_sortinvalid_contacts = sortinvalid_contacts.value

    params["sort[invalidContacts]"] = json_sortinvalid_contacts

    json_sortstatus: str | Unset = UNSET
    if not isinstance(sortstatus, Unset):
        json_sortstatus = sortstatus.value

    params["sort[status]"] = json_sortstatus

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/imports",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Import] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Import.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Import]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortfinished_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_name: SortOrderEnum | Unset = UNSET,
    sortuploaded_contacts: SortOrderEnum | Unset = UNSET,
    sortupdated_contacts: SortOrderEnum | Unset = UNSET,
    sortadded_contacts: SortOrderEnum | Unset = UNSET,
    sortinvalid_contacts: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Import]]:
    """Get a list of imports.

     Reference: https://apireference.getresponse.com/#operation/getImportList

    Args:
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortfinished_on (SortOrderEnum | Unset):
        sortcampaign_name (SortOrderEnum | Unset):
        sortuploaded_contacts (SortOrderEnum | Unset):
        sortupdated_contacts (SortOrderEnum | Unset):
        sortadded_contacts (SortOrderEnum | Unset):
        sortinvalid_contacts (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Import]]
    """

    kwargs = _get_kwargs(
        querycampaign_id=querycampaign_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        sortfinished_on=sortfinished_on,
        sortcampaign_name=sortcampaign_name,
        sortuploaded_contacts=sortuploaded_contacts,
        sortupdated_contacts=sortupdated_contacts,
        sortadded_contacts=sortadded_contacts,
        sortinvalid_contacts=sortinvalid_contacts,
        sortstatus=sortstatus,
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
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortfinished_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_name: SortOrderEnum | Unset = UNSET,
    sortuploaded_contacts: SortOrderEnum | Unset = UNSET,
    sortupdated_contacts: SortOrderEnum | Unset = UNSET,
    sortadded_contacts: SortOrderEnum | Unset = UNSET,
    sortinvalid_contacts: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Import] | None:
    """Get a list of imports.

     Reference: https://apireference.getresponse.com/#operation/getImportList

    Args:
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortfinished_on (SortOrderEnum | Unset):
        sortcampaign_name (SortOrderEnum | Unset):
        sortuploaded_contacts (SortOrderEnum | Unset):
        sortupdated_contacts (SortOrderEnum | Unset):
        sortadded_contacts (SortOrderEnum | Unset):
        sortinvalid_contacts (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Import]
    """

    return sync_detailed(
        client=client,
        querycampaign_id=querycampaign_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        sortfinished_on=sortfinished_on,
        sortcampaign_name=sortcampaign_name,
        sortuploaded_contacts=sortuploaded_contacts,
        sortupdated_contacts=sortupdated_contacts,
        sortadded_contacts=sortadded_contacts,
        sortinvalid_contacts=sortinvalid_contacts,
        sortstatus=sortstatus,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortfinished_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_name: SortOrderEnum | Unset = UNSET,
    sortuploaded_contacts: SortOrderEnum | Unset = UNSET,
    sortupdated_contacts: SortOrderEnum | Unset = UNSET,
    sortadded_contacts: SortOrderEnum | Unset = UNSET,
    sortinvalid_contacts: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Import]]:
    """Get a list of imports.

     Reference: https://apireference.getresponse.com/#operation/getImportList

    Args:
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortfinished_on (SortOrderEnum | Unset):
        sortcampaign_name (SortOrderEnum | Unset):
        sortuploaded_contacts (SortOrderEnum | Unset):
        sortupdated_contacts (SortOrderEnum | Unset):
        sortadded_contacts (SortOrderEnum | Unset):
        sortinvalid_contacts (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Import]]
    """

    kwargs = _get_kwargs(
        querycampaign_id=querycampaign_id,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        sortfinished_on=sortfinished_on,
        sortcampaign_name=sortcampaign_name,
        sortuploaded_contacts=sortuploaded_contacts,
        sortupdated_contacts=sortupdated_contacts,
        sortadded_contacts=sortadded_contacts,
        sortinvalid_contacts=sortinvalid_contacts,
        sortstatus=sortstatus,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortfinished_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_name: SortOrderEnum | Unset = UNSET,
    sortuploaded_contacts: SortOrderEnum | Unset = UNSET,
    sortupdated_contacts: SortOrderEnum | Unset = UNSET,
    sortadded_contacts: SortOrderEnum | Unset = UNSET,
    sortinvalid_contacts: SortOrderEnum | Unset = UNSET,
    sortstatus: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Import] | None:
    """Get a list of imports.

     Reference: https://apireference.getresponse.com/#operation/getImportList

    Args:
        querycampaign_id (str | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortfinished_on (SortOrderEnum | Unset):
        sortcampaign_name (SortOrderEnum | Unset):
        sortuploaded_contacts (SortOrderEnum | Unset):
        sortupdated_contacts (SortOrderEnum | Unset):
        sortadded_contacts (SortOrderEnum | Unset):
        sortinvalid_contacts (SortOrderEnum | Unset):
        sortstatus (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Import]
    """

    return (
        await asyncio_detailed(
            client=client,
            querycampaign_id=querycampaign_id,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            sortcreated_on=sortcreated_on,
            sortfinished_on=sortfinished_on,
            sortcampaign_name=sortcampaign_name,
            sortuploaded_contacts=sortuploaded_contacts,
            sortupdated_contacts=sortupdated_contacts,
            sortadded_contacts=sortadded_contacts,
            sortinvalid_contacts=sortinvalid_contacts,
            sortstatus=sortstatus,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
