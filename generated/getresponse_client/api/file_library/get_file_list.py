from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file import File
from ...models.file_group import FileGroup
from ...models.sort_order_enum import SortOrderEnum
from ...models.string_boolean_enum import StringBooleanEnum
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    queryall_folders: StringBooleanEnum | Unset = UNSET,
    queryfolder_id: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querygroup: FileGroup | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortgroup: SortOrderEnum | Unset = UNSET,
    sortsize: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_queryall_folders: str | Unset = UNSET
    if not isinstance(queryall_folders, Unset):
        json_queryall_folders = queryall_folders.value

    params["query[allFolders]"] = json_queryall_folders

    params["query[folderId]"] = queryfolder_id

    params["query[name]"] = queryname

    json_querygroup: str | Unset = UNSET
    if not isinstance(querygroup, Unset):
        json_querygroup = querygroup.value

    params["query[group]"] = json_querygroup

    json_sortname: str | Unset = UNSET
    if not isinstance(sortname, Unset):
        json_sortname = sortname.value

    params["sort[name]"] = json_sortname

    json_sortgroup: str | Unset = UNSET
    if not isinstance(sortgroup, Unset):
        json_sortgroup = sortgroup.value

    params["sort[group]"] = json_sortgroup

    json_sortsize: str | Unset = UNSET
    if not isinstance(sortsize, Unset):
        json_sortsize = sortsize.value

    params["sort[size]"] = json_sortsize

    params["fields"] = fields

    params["perPage"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/file-library/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[File] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = File.from_dict(response_200_item_data)

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
) -> Response[ErrorResponse | list[File]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    queryall_folders: StringBooleanEnum | Unset = UNSET,
    queryfolder_id: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querygroup: FileGroup | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortgroup: SortOrderEnum | Unset = UNSET,
    sortsize: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[File]]:
    """Get the list of files

     Reference: https://apireference.getresponse.com/#operation/getFileList

    Args:
        queryall_folders (StringBooleanEnum | Unset):
        queryfolder_id (str | Unset):
        queryname (str | Unset):
        querygroup (FileGroup | Unset): The file group Example: photo.
        sortname (SortOrderEnum | Unset):
        sortgroup (SortOrderEnum | Unset):
        sortsize (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[File]]
    """

    kwargs = _get_kwargs(
        queryall_folders=queryall_folders,
        queryfolder_id=queryfolder_id,
        queryname=queryname,
        querygroup=querygroup,
        sortname=sortname,
        sortgroup=sortgroup,
        sortsize=sortsize,
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
    queryall_folders: StringBooleanEnum | Unset = UNSET,
    queryfolder_id: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querygroup: FileGroup | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortgroup: SortOrderEnum | Unset = UNSET,
    sortsize: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[File] | None:
    """Get the list of files

     Reference: https://apireference.getresponse.com/#operation/getFileList

    Args:
        queryall_folders (StringBooleanEnum | Unset):
        queryfolder_id (str | Unset):
        queryname (str | Unset):
        querygroup (FileGroup | Unset): The file group Example: photo.
        sortname (SortOrderEnum | Unset):
        sortgroup (SortOrderEnum | Unset):
        sortsize (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[File]
    """

    return sync_detailed(
        client=client,
        queryall_folders=queryall_folders,
        queryfolder_id=queryfolder_id,
        queryname=queryname,
        querygroup=querygroup,
        sortname=sortname,
        sortgroup=sortgroup,
        sortsize=sortsize,
        fields=fields,
        per_page=per_page,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    queryall_folders: StringBooleanEnum | Unset = UNSET,
    queryfolder_id: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querygroup: FileGroup | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortgroup: SortOrderEnum | Unset = UNSET,
    sortsize: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> Response[ErrorResponse | list[File]]:
    """Get the list of files

     Reference: https://apireference.getresponse.com/#operation/getFileList

    Args:
        queryall_folders (StringBooleanEnum | Unset):
        queryfolder_id (str | Unset):
        queryname (str | Unset):
        querygroup (FileGroup | Unset): The file group Example: photo.
        sortname (SortOrderEnum | Unset):
        sortgroup (SortOrderEnum | Unset):
        sortsize (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[File]]
    """

    kwargs = _get_kwargs(
        queryall_folders=queryall_folders,
        queryfolder_id=queryfolder_id,
        queryname=queryname,
        querygroup=querygroup,
        sortname=sortname,
        sortgroup=sortgroup,
        sortsize=sortsize,
        fields=fields,
        per_page=per_page,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    queryall_folders: StringBooleanEnum | Unset = UNSET,
    queryfolder_id: str | Unset = UNSET,
    queryname: str | Unset = UNSET,
    querygroup: FileGroup | Unset = UNSET,
    sortname: SortOrderEnum | Unset = UNSET,
    sortgroup: SortOrderEnum | Unset = UNSET,
    sortsize: SortOrderEnum | Unset = UNSET,
    fields: str | Unset = UNSET,
    per_page: int | Unset = 100,
    page: int | Unset = 1,
) -> ErrorResponse | list[File] | None:
    """Get the list of files

     Reference: https://apireference.getresponse.com/#operation/getFileList

    Args:
        queryall_folders (StringBooleanEnum | Unset):
        queryfolder_id (str | Unset):
        queryname (str | Unset):
        querygroup (FileGroup | Unset): The file group Example: photo.
        sortname (SortOrderEnum | Unset):
        sortgroup (SortOrderEnum | Unset):
        sortsize (SortOrderEnum | Unset):
        fields (str | Unset):
        per_page (int | Unset):  Default: 100.
        page (int | Unset):  Default: 1.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[File]
    """

    return (
        await asyncio_detailed(
            client=client,
            queryall_folders=queryall_folders,
            queryfolder_id=queryfolder_id,
            queryname=queryname,
            querygroup=querygroup,
            sortname=sortname,
            sortgroup=sortgroup,
            sortsize=sortsize,
            fields=fields,
            per_page=per_page,
            page=page,
        )
    ).parsed
