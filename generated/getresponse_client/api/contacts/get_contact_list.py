import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_list_element import ContactListElement
from ...models.error_response import ErrorResponse
from ...models.get_contact_list_queryorigin import GetContactListQueryorigin
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryorigin: GetContactListQueryorigin | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortemail: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortchanged_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[email]"] = queryemail

    params["query[name]"] = queryname

    params["query[campaignId]"] = querycampaign_id

    json_queryorigin: str | Unset = UNSET
    if not isinstance(queryorigin, Unset):
        json_queryorigin = queryorigin.value

    params["query[origin]"] = json_queryorigin

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

    json_querychanged_onfrom: str | Unset
    if isinstance(querychanged_onfrom, Unset):
        json_querychanged_onfrom = UNSET
    elif isinstance(querychanged_onfrom, datetime.date):
        json_querychanged_onfrom = querychanged_onfrom.isoformat()
    else:
        json_querychanged_onfrom = querychanged_onfrom.isoformat()

    params["query[changedOn][from]"] = json_querychanged_onfrom

    json_querychanged_onto: str | Unset
    if isinstance(querychanged_onto, Unset):
        json_querychanged_onto = UNSET
    elif isinstance(querychanged_onto, datetime.date):
        json_querychanged_onto = querychanged_onto.isoformat()
    else:
        json_querychanged_onto = querychanged_onto.isoformat()

    params["query[changedOn][to]"] = json_querychanged_onto

    json_sortemail: str | Unset = UNSET
    if not isinstance(sortemail, Unset):
        json_sortemail = sortemail.value

    params["sort[email]"] = json_sortemail

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortcreated_on: str | Unset = UNSET
    if not isinstance(sortcreated_on, Unset):
        json_sortcreated_on = sortcreated_on.value

    params["sort[createdOn]"] = json_sortcreated_on

    json_sortchanged_on: str | Unset = UNSET
    if not isinstance(sortchanged_on, Unset):
        json_sortchanged_on = sortchanged_on.value

    params["sort[changedOn]"] = json_sortchanged_on

    json_sortcampaign_id: str | Unset = UNSET
    if not isinstance(sortcampaign_id, Unset):
        json_sortcampaign_id = sortcampaign_id.value

    params["sort[campaignId]"] = json_sortcampaign_id

    params["additionalFlags"] = additional_flags

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ContactListElement] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContactListElement.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[ContactListElement]]:
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
    querycampaign_id: str | Unset = UNSET,
    queryorigin: GetContactListQueryorigin | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortemail: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortchanged_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[ContactListElement]]:
    """Get contact list

     Reference: https://apireference.getresponse.com/#operation/getContactList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryorigin (GetContactListQueryorigin | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querychanged_onfrom (datetime.date | datetime.datetime | Unset):
        querychanged_onto (datetime.date | datetime.datetime | Unset):
        sortemail (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortchanged_on (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        additional_flags (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ContactListElement]]
    """

    kwargs = _get_kwargs(
        queryemail=queryemail,
        queryname=queryname,
        querycampaign_id=querycampaign_id,
        queryorigin=queryorigin,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        querychanged_onfrom=querychanged_onfrom,
        querychanged_onto=querychanged_onto,
        sortemail=sortemail,
        sortname=sortname,
        sortcreated_on=sortcreated_on,
        sortchanged_on=sortchanged_on,
        sortcampaign_id=sortcampaign_id,
        additional_flags=additional_flags,
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
    querycampaign_id: str | Unset = UNSET,
    queryorigin: GetContactListQueryorigin | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortemail: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortchanged_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[ContactListElement] | None:
    """Get contact list

     Reference: https://apireference.getresponse.com/#operation/getContactList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryorigin (GetContactListQueryorigin | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querychanged_onfrom (datetime.date | datetime.datetime | Unset):
        querychanged_onto (datetime.date | datetime.datetime | Unset):
        sortemail (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortchanged_on (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        additional_flags (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ContactListElement]
    """

    return sync_detailed(
        client=client,
        queryemail=queryemail,
        queryname=queryname,
        querycampaign_id=querycampaign_id,
        queryorigin=queryorigin,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        querychanged_onfrom=querychanged_onfrom,
        querychanged_onto=querychanged_onto,
        sortemail=sortemail,
        sortname=sortname,
        sortcreated_on=sortcreated_on,
        sortchanged_on=sortchanged_on,
        sortcampaign_id=sortcampaign_id,
        additional_flags=additional_flags,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryemail: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    queryorigin: GetContactListQueryorigin | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortemail: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortchanged_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[ContactListElement]]:
    """Get contact list

     Reference: https://apireference.getresponse.com/#operation/getContactList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryorigin (GetContactListQueryorigin | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querychanged_onfrom (datetime.date | datetime.datetime | Unset):
        querychanged_onto (datetime.date | datetime.datetime | Unset):
        sortemail (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortchanged_on (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        additional_flags (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ContactListElement]]
    """

    kwargs = _get_kwargs(
        queryemail=queryemail,
        queryname=queryname,
        querycampaign_id=querycampaign_id,
        queryorigin=queryorigin,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        querychanged_onfrom=querychanged_onfrom,
        querychanged_onto=querychanged_onto,
        sortemail=sortemail,
        sortname=sortname,
        sortcreated_on=sortcreated_on,
        sortchanged_on=sortchanged_on,
        sortcampaign_id=sortcampaign_id,
        additional_flags=additional_flags,
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
    querycampaign_id: str | Unset = UNSET,
    queryorigin: GetContactListQueryorigin | Unset = UNSET,
    querycreated_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onfrom: datetime.date | datetime.datetime | Unset = UNSET,
    querychanged_onto: datetime.date | datetime.datetime | Unset = UNSET,
    sortemail: SortOrderEnum | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    sortchanged_on: SortOrderEnum | Unset = UNSET,
    sortcampaign_id: SortOrderEnum | Unset = UNSET,
    additional_flags: str | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[ContactListElement] | None:
    """Get contact list

     Reference: https://apireference.getresponse.com/#operation/getContactList

    Args:
        queryemail (str | Unset):
        queryname (str | Unset):
        querycampaign_id (str | Unset):
        queryorigin (GetContactListQueryorigin | Unset):
        querycreated_onfrom (datetime.date | datetime.datetime | Unset):
        querycreated_onto (datetime.date | datetime.datetime | Unset):
        querychanged_onfrom (datetime.date | datetime.datetime | Unset):
        querychanged_onto (datetime.date | datetime.datetime | Unset):
        sortemail (SortOrderEnum | Unset):
        sortname (SortOrderEnum | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        sortchanged_on (SortOrderEnum | Unset):
        sortcampaign_id (SortOrderEnum | Unset):
        additional_flags (str | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ContactListElement]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryemail=queryemail,
            queryname=queryname,
            querycampaign_id=querycampaign_id,
            queryorigin=queryorigin,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            querychanged_onfrom=querychanged_onfrom,
            querychanged_onto=querychanged_onto,
            sortemail=sortemail,
            sortname=sortname,
            sortcreated_on=sortcreated_on,
            sortchanged_on=sortchanged_on,
            sortcampaign_id=sortcampaign_id,
            additional_flags=additional_flags,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
