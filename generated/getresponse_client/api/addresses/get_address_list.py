import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address import Address
from ...models.error_response import ErrorResponse
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryname: str | Unset = UNSET,
    queryfirst_name: str | Unset = UNSET,
    querylast_name: str | Unset = UNSET,
    queryaddress1: str | Unset = UNSET,
    queryaddress2: str | Unset = UNSET,
    querycity: str | Unset = UNSET,
    queryzip: str | Unset = UNSET,
    queryprovince: str | Unset = UNSET,
    queryprovince_code: str | Unset = UNSET,
    queryphone: str | Unset = UNSET,
    querycompany: str | Unset = UNSET,
    querycreated_onfrom: datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

    params["query[firstName]"] = queryfirst_name

    params["query[lastName]"] = querylast_name

    params["query[address1]"] = queryaddress1

    params["query[address2]"] = queryaddress2

    params["query[city]"] = querycity

    params["query[zip]"] = queryzip

    params["query[province]"] = queryprovince

    params["query[provinceCode]"] = queryprovince_code

    params["query[phone]"] = queryphone

    params["query[company]"] = querycompany

    json_querycreated_onfrom: str | Unset = UNSET
    if not isinstance(querycreated_onfrom, Unset):
        json_querycreated_onfrom = querycreated_onfrom.isoformat()
    params["query[createdOn][from]"] = json_querycreated_onfrom

    json_querycreated_onto: str | Unset = UNSET
    if not isinstance(querycreated_onto, Unset):
        json_querycreated_onto = querycreated_onto.isoformat()
    params["query[createdOn][to]"] = json_querycreated_onto

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
        "url": "/addresses",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[Address] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Address.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[Address]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    queryfirst_name: str | Unset = UNSET,
    querylast_name: str | Unset = UNSET,
    queryaddress1: str | Unset = UNSET,
    queryaddress2: str | Unset = UNSET,
    querycity: str | Unset = UNSET,
    queryzip: str | Unset = UNSET,
    queryprovince: str | Unset = UNSET,
    queryprovince_code: str | Unset = UNSET,
    queryphone: str | Unset = UNSET,
    querycompany: str | Unset = UNSET,
    querycreated_onfrom: datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Address]]:
    """Get a list of addresses

     Reference: https://apireference.getresponse.com/#operation/getAddressList

    Args:
        queryname (str | Unset):
        queryfirst_name (str | Unset):
        querylast_name (str | Unset):
        queryaddress1 (str | Unset):
        queryaddress2 (str | Unset):
        querycity (str | Unset):
        queryzip (str | Unset):
        queryprovince (str | Unset):
        queryprovince_code (str | Unset):
        queryphone (str | Unset):
        querycompany (str | Unset):
        querycreated_onfrom (datetime.datetime | Unset):
        querycreated_onto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Address]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        queryfirst_name=queryfirst_name,
        querylast_name=querylast_name,
        queryaddress1=queryaddress1,
        queryaddress2=queryaddress2,
        querycity=querycity,
        queryzip=queryzip,
        queryprovince=queryprovince,
        queryprovince_code=queryprovince_code,
        queryphone=queryphone,
        querycompany=querycompany,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
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
    queryname: str | Unset = UNSET,
    queryfirst_name: str | Unset = UNSET,
    querylast_name: str | Unset = UNSET,
    queryaddress1: str | Unset = UNSET,
    queryaddress2: str | Unset = UNSET,
    querycity: str | Unset = UNSET,
    queryzip: str | Unset = UNSET,
    queryprovince: str | Unset = UNSET,
    queryprovince_code: str | Unset = UNSET,
    queryphone: str | Unset = UNSET,
    querycompany: str | Unset = UNSET,
    querycreated_onfrom: datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Address] | None:
    """Get a list of addresses

     Reference: https://apireference.getresponse.com/#operation/getAddressList

    Args:
        queryname (str | Unset):
        queryfirst_name (str | Unset):
        querylast_name (str | Unset):
        queryaddress1 (str | Unset):
        queryaddress2 (str | Unset):
        querycity (str | Unset):
        queryzip (str | Unset):
        queryprovince (str | Unset):
        queryprovince_code (str | Unset):
        queryphone (str | Unset):
        querycompany (str | Unset):
        querycreated_onfrom (datetime.datetime | Unset):
        querycreated_onto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Address]
    """

    return sync_detailed(
        client=client,
        queryname=queryname,
        queryfirst_name=queryfirst_name,
        querylast_name=querylast_name,
        queryaddress1=queryaddress1,
        queryaddress2=queryaddress2,
        querycity=querycity,
        queryzip=queryzip,
        queryprovince=queryprovince,
        queryprovince_code=queryprovince_code,
        queryphone=queryphone,
        querycompany=querycompany,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
        sortcreated_on=sortcreated_on,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    queryfirst_name: str | Unset = UNSET,
    querylast_name: str | Unset = UNSET,
    queryaddress1: str | Unset = UNSET,
    queryaddress2: str | Unset = UNSET,
    querycity: str | Unset = UNSET,
    queryzip: str | Unset = UNSET,
    queryprovince: str | Unset = UNSET,
    queryprovince_code: str | Unset = UNSET,
    queryphone: str | Unset = UNSET,
    querycompany: str | Unset = UNSET,
    querycreated_onfrom: datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[Address]]:
    """Get a list of addresses

     Reference: https://apireference.getresponse.com/#operation/getAddressList

    Args:
        queryname (str | Unset):
        queryfirst_name (str | Unset):
        querylast_name (str | Unset):
        queryaddress1 (str | Unset):
        queryaddress2 (str | Unset):
        querycity (str | Unset):
        queryzip (str | Unset):
        queryprovince (str | Unset):
        queryprovince_code (str | Unset):
        queryphone (str | Unset):
        querycompany (str | Unset):
        querycreated_onfrom (datetime.datetime | Unset):
        querycreated_onto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[Address]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        queryfirst_name=queryfirst_name,
        querylast_name=querylast_name,
        queryaddress1=queryaddress1,
        queryaddress2=queryaddress2,
        querycity=querycity,
        queryzip=queryzip,
        queryprovince=queryprovince,
        queryprovince_code=queryprovince_code,
        queryphone=queryphone,
        querycompany=querycompany,
        querycreated_onfrom=querycreated_onfrom,
        querycreated_onto=querycreated_onto,
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
    queryname: str | Unset = UNSET,
    queryfirst_name: str | Unset = UNSET,
    querylast_name: str | Unset = UNSET,
    queryaddress1: str | Unset = UNSET,
    queryaddress2: str | Unset = UNSET,
    querycity: str | Unset = UNSET,
    queryzip: str | Unset = UNSET,
    queryprovince: str | Unset = UNSET,
    queryprovince_code: str | Unset = UNSET,
    queryphone: str | Unset = UNSET,
    querycompany: str | Unset = UNSET,
    querycreated_onfrom: datetime.datetime | Unset = UNSET,
    querycreated_onto: datetime.datetime | Unset = UNSET,
    sortcreated_on: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[Address] | None:
    """Get a list of addresses

     Reference: https://apireference.getresponse.com/#operation/getAddressList

    Args:
        queryname (str | Unset):
        queryfirst_name (str | Unset):
        querylast_name (str | Unset):
        queryaddress1 (str | Unset):
        queryaddress2 (str | Unset):
        querycity (str | Unset):
        queryzip (str | Unset):
        queryprovince (str | Unset):
        queryprovince_code (str | Unset):
        queryphone (str | Unset):
        querycompany (str | Unset):
        querycreated_onfrom (datetime.datetime | Unset):
        querycreated_onto (datetime.datetime | Unset):
        sortcreated_on (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[Address]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryname=queryname,
            queryfirst_name=queryfirst_name,
            querylast_name=querylast_name,
            queryaddress1=queryaddress1,
            queryaddress2=queryaddress2,
            querycity=querycity,
            queryzip=queryzip,
            queryprovince=queryprovince,
            queryprovince_code=queryprovince_code,
            queryphone=queryphone,
            querycompany=querycompany,
            querycreated_onfrom=querycreated_onfrom,
            querycreated_onto=querycreated_onto,
            sortcreated_on=sortcreated_on,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
