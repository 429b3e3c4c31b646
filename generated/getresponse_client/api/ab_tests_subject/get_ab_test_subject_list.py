from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abtests_subject_list_item import AbtestsSubjectListItem
from ...models.error_response import ErrorResponse
from ...models.get_ab_test_subject_list_querystage import GetAbTestSubjectListQuerystage
from ...models.sort_order_enum import SortOrderEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryname: str | Unset = UNSET,
    querystage: GetAbTestSubjectListQuerystage | Unset = UNSET,
    queryab_test_id: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstage: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sorttotal_delivered: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[name]"] = queryname

    json_querystage: str | Unset = UNSET
    if not isinstance(querystage, Unset):
        json_querystage = querystage.value

    params["query[stage]"] = json_querystage

    params["query[abTestId]"] = queryab_test_id

    params["query[campaignId]"] = querycampaign_id

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortstage: str | Unset = UNSET
    if not isinstance(sortstage, Unset):
        json_sortstage = sortstage.value

    params["sort[stage]"] = json_sortstage

    json_sortsend_on: str | Unset = UNSET
    if not isinstance(sortsend_on, Unset):
        json_sortsend_on = sortsend_on.value

    params["sort[sendOn]"] = json_sortsend_on

    json_sorttotal_delivered: str | Unset = UNSET
    if not isinstance(sorttotal_delivered, Unset):
        json_sorttotal_delivered = sorttotal_delivered.value

    params["sort[totalDelivered]"] = json_sorttotal_delivered

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ab-tests/subject",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[AbtestsSubjectListItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = AbtestsSubjectListItem.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[AbtestsSubjectListItem]]:
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
    querystage: GetAbTestSubjectListQuerystage | Unset = UNSET,
    queryab_test_id: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstage: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sorttotal_delivered: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[AbtestsSubjectListItem]]:
    """The list of A/B tests

     Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList

    Args:
        queryname (str | Unset):
        querystage (GetAbTestSubjectListQuerystage | Unset):
        queryab_test_id (str | Unset):
        querycampaign_id (str | Unset):
        sortname (SortOrderEnum | Unset):
        sortstage (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sorttotal_delivered (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AbtestsSubjectListItem]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querystage=querystage,
        queryab_test_id=queryab_test_id,
        querycampaign_id=querycampaign_id,
        sortname=sortname,
        sortstage=sortstage,
        sortsend_on=sortsend_on,
        sorttotal_delivered=sorttotal_delivered,
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
    querystage: GetAbTestSubjectListQuerystage | Unset = UNSET,
    queryab_test_id: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstage: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sorttotal_delivered: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[AbtestsSubjectListItem] | None:
    """The list of A/B tests

     Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList

    Args:
        queryname (str | Unset):
        querystage (GetAbTestSubjectListQuerystage | Unset):
        queryab_test_id (str | Unset):
        querycampaign_id (str | Unset):
        sortname (SortOrderEnum | Unset):
        sortstage (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sorttotal_delivered (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AbtestsSubjectListItem]
    """

    return sync_detailed(
        client=client,
        queryname=queryname,
        querystage=querystage,
        queryab_test_id=queryab_test_id,
        querycampaign_id=querycampaign_id,
        sortname=sortname,
        sortstage=sortstage,
        sortsend_on=sortsend_on,
        sorttotal_delivered=sorttotal_delivered,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryname: str | Unset = UNSET,
    querystage: GetAbTestSubjectListQuerystage | Unset = UNSET,
    queryab_test_id: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstage: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sorttotal_delivered: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[AbtestsSubjectListItem]]:
    """The list of A/B tests

     Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList

    Args:
        queryname (str | Unset):
        querystage (GetAbTestSubjectListQuerystage | Unset):
        queryab_test_id (str | Unset):
        querycampaign_id (str | Unset):
        sortname (SortOrderEnum | Unset):
        sortstage (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sorttotal_delivered (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[AbtestsSubjectListItem]]
    """

    kwargs = _get_kwargs(
        queryname=queryname,
        querystage=querystage,
        queryab_test_id=queryab_test_id,
        querycampaign_id=querycampaign_id,
        sortname=sortname,
        sortstage=sortstage,
        sortsend_on=sortsend_on,
        sorttotal_delivered=sorttotal_delivered,
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
    querystage: GetAbTestSubjectListQuerystage | Unset = UNSET,
    queryab_test_id: str | Unset = UNSET,
    querycampaign_id: str | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortstage: SortOrderEnum | Unset = UNSET,
    sortsend_on: SortOrderEnum | Unset = UNSET,
    sorttotal_delivered: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[AbtestsSubjectListItem] | None:
    """The list of A/B tests

     Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList

    Args:
        queryname (str | Unset):
        querystage (GetAbTestSubjectListQuerystage | Unset):
        queryab_test_id (str | Unset):
        querycampaign_id (str | Unset):
        sortname (SortOrderEnum | Unset):
        sortstage (SortOrderEnum | Unset):
        sortsend_on (SortOrderEnum | Unset):
        sorttotal_delivered (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[AbtestsSubjectListItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryname=queryname,
            querystage=querystage,
            queryab_test_id=queryab_test_id,
            querycampaign_id=querycampaign_id,
            sortname=sortname,
            sortstage=sortstage,
            sortsend_on=sortsend_on,
            sorttotal_delivered=sorttotal_delivered,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
