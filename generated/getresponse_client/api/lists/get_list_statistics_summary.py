from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_summary_item import ListSummaryItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    querycampaign_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query[campaignId]"] = querycampaign_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/campaigns/statistics/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ListSummaryItem] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for componentsschemas_campaign_summary_list_item_data in _response_200:
            componentsschemas_campaign_summary_list_item = ListSummaryItem.from_dict(
                componentsschemas_campaign_summary_list_item_data
            )

            response_200.append(componentsschemas_campaign_summary_list_item)

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
) -> Response[ErrorResponse | list[ListSummaryItem]]:
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
) -> Response[ErrorResponse | list[ListSummaryItem]]:
    """Get the statistics summary of selected lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary

    Args:
        querycampaign_id (str | Unset):  Example: 3Va2e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ListSummaryItem]]
    """

    kwargs = _get_kwargs(
        querycampaign_id=querycampaign_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str | Unset = UNSET,
) -> ErrorResponse | list[ListSummaryItem] | None:
    """Get the statistics summary of selected lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary

    Args:
        querycampaign_id (str | Unset):  Example: 3Va2e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ListSummaryItem]
    """

    return sync_detailed(
        client=client,
        querycampaign_id=querycampaign_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ListSummaryItem]]:
    """Get the statistics summary of selected lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary

    Args:
        querycampaign_id (str | Unset):  Example: 3Va2e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ListSummaryItem]]
    """

    kwargs = _get_kwargs(
        querycampaign_id=querycampaign_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    querycampaign_id: str | Unset = UNSET,
) -> ErrorResponse | list[ListSummaryItem] | None:
    """Get the statistics summary of selected lists (campaigns in the API)

     Reference: https://apireference.getresponse.com/#operation/getCampaignStatisticsSummary

    Args:
        querycampaign_id (str | Unset):  Example: 3Va2e.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ListSummaryItem]
    """

    return (
        await asyncio_detailed(
            client=client,
            querycampaign_id=querycampaign_id,
        )
    ).parsed
