"""File Library: client.file_library (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.file import File
    from ..models.file_group import FileGroup
    from ..models.folder import Folder
    from ..models.folder_short import FolderShort, FolderShortDict
    from ..models.new_file import NewFile, NewFileDict
    from ..models.new_folder import NewFolder, NewFolderDict
    from ..models.quota import Quota
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.string_boolean_enum import StringBooleanEnum


class FileLibraryResource(SyncResource):
    """File Library: client.file_library."""

    @overload
    def create(
        self,
        *,
        name: str,
        extension: str,
        folder: FolderShort | FolderShortDict,
        content: str,
        **options: Unpack[RequestOptions],
    ) -> File: ...

    @overload
    def create(
        self,
        *,
        body: NewFile | NewFileDict,
        **options: Unpack[RequestOptions],
    ) -> File: ...

    def create(
        self,
        *,
        body: NewFile | NewFileDict | None = None,
        name: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        folder: FolderShort | FolderShortDict | Unset = UNSET,
        content: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Create a file.

        Args:
            name: The file name
            extension: The file extension
            content: The base64 encoded file content

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /file-library/files (createFile). Reference: https://apireference.getresponse.com/#operation/createFile
        """
        from ..models.file import File

        return self._request(
            "POST",
            "/file-library/files",
            cast_to=File,
            json=json_body(
                "file_library.create",
                body,
                {"name": name, "extension": extension, "folder": folder, "content": content},
                FILE_LIBRARY_CREATE_WIRE,
                required=("name", "extension", "folder", "content"),
            ),
            operation="createFile",
            options=options,
        )

    def delete(
        self,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete file by file ID.

        Args:
            file_id: The file ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /file-library/files/{fileId} (deleteFile). Reference: https://apireference.getresponse.com/#operation/deleteFile
        """

        return self._request(
            "DELETE",
            f"/file-library/files/{path_value(file_id)}",
            cast_to=None,
            operation="deleteFile",
            options=options,
        )

    def get(
        self,
        file_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Get file by ID.

        Args:
            file_id: The file ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/files/{fileId} (getFileById). Reference: https://apireference.getresponse.com/#operation/getFileById
        """
        from ..models.file import File

        return self._request(
            "GET",
            f"/file-library/files/{path_value(file_id)}",
            cast_to=File,
            params={"fields": fields},
            operation="getFileById",
            options=options,
        )

    def list(
        self,
        *,
        query_all_folders: StringBooleanEnum | Unset = UNSET,
        query_folder_id: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_group: FileGroup | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_group: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[File]:
        """Get the list of files.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_all_folders: Return files from all folders, including the root folder.
            query_folder_id: Search for files in a specific folder.
            query_name: Search for files by name
            query_group: Search for files by group
            sort_name: Sort by name
            sort_group: Sort files by group
            sort_size: Sort files by size
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/files (getFileList). Reference: https://apireference.getresponse.com/#operation/getFileList
        """
        from ..models.file import File

        return self._page(
            "/file-library/files",
            item=File,
            params={
                "query[allFolders]": query_all_folders,
                "query[folderId]": query_folder_id,
                "query[name]": query_name,
                "query[group]": query_group,
                "sort[name]": sort_name,
                "sort[group]": sort_group,
                "sort[size]": sort_size,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getFileList",
            options=options,
        )

    @overload
    def create_folder(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Folder]: ...

    @overload
    def create_folder(
        self,
        *,
        body: NewFolder | NewFolderDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Folder]: ...

    def create_folder(
        self,
        *,
        body: NewFolder | NewFolderDict | None = None,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Folder]:
        """Create a folder.

        Args:
            name: The folder name

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /file-library/folders (createFolder). Reference: https://apireference.getresponse.com/#operation/createFolder
        """
        from ..models.folder import Folder

        return self._request(
            "POST",
            "/file-library/folders",
            cast_to=ListOf(Folder),
            json=json_body(
                "file_library.create_folder",
                body,
                {"name": name},
                FILE_LIBRARY_CREATE_FOLDER_WIRE,
                required=("name",),
            ),
            operation="createFolder",
            options=options,
        )

    def delete_folder(
        self,
        folder_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete folder by folder ID.

        Args:
            folder_id: The folder ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /file-library/folders/{folderId} (deleteFolder). Reference: https://apireference.getresponse.com/#operation/deleteFolder
        """

        return self._request(
            "DELETE",
            f"/file-library/folders/{path_value(folder_id)}",
            cast_to=None,
            operation="deleteFolder",
            options=options,
        )

    def get_quota(
        self,
        **options: Unpack[RequestOptions],
    ) -> Quota:
        """Get storage space information.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/quota (quota). Reference: https://apireference.getresponse.com/#operation/quota
        """
        from ..models.quota import Quota

        return self._request(
            "GET",
            "/file-library/quota",
            cast_to=Quota,
            operation="quota",
            options=options,
        )

    def list_folders(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Folder]:
        """Get the list of folders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search folders by name
            sort_name: Sort folders by name
            sort_size: Sort folders by size
            sort_created_on: Sort folders by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/folders (getFolderList). Reference: https://apireference.getresponse.com/#operation/getFolderList
        """
        from ..models.folder import Folder

        return self._page(
            "/file-library/folders",
            item=Folder,
            params={
                "query[name]": query_name,
                "sort[name]": sort_name,
                "sort[size]": sort_size,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getFolderList",
            options=options,
        )

    @property
    def with_raw_response(self) -> FileLibraryResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return FileLibraryResourceWithRawResponse(self._raw_copy())


class FileLibraryResourceWithRawResponse:
    """client.file_library.with_raw_response."""

    def __init__(self, resource: FileLibraryResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.create_folder = raw_response(resource.create_folder)
        self.delete_folder = raw_response(resource.delete_folder)
        self.get_quota = raw_response(resource.get_quota)
        self.list_folders = raw_response(resource.list_folders)


class AsyncFileLibraryResource(AsyncResource):
    """File Library: client.file_library."""

    @overload
    async def create(
        self,
        *,
        name: str,
        extension: str,
        folder: FolderShort | FolderShortDict,
        content: str,
        **options: Unpack[RequestOptions],
    ) -> File: ...

    @overload
    async def create(
        self,
        *,
        body: NewFile | NewFileDict,
        **options: Unpack[RequestOptions],
    ) -> File: ...

    async def create(
        self,
        *,
        body: NewFile | NewFileDict | None = None,
        name: str | Unset = UNSET,
        extension: str | Unset = UNSET,
        folder: FolderShort | FolderShortDict | Unset = UNSET,
        content: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Create a file.

        Args:
            name: The file name
            extension: The file extension
            content: The base64 encoded file content

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /file-library/files (createFile). Reference: https://apireference.getresponse.com/#operation/createFile
        """
        from ..models.file import File

        return await self._request(
            "POST",
            "/file-library/files",
            cast_to=File,
            json=json_body(
                "file_library.create",
                body,
                {"name": name, "extension": extension, "folder": folder, "content": content},
                FILE_LIBRARY_CREATE_WIRE,
                required=("name", "extension", "folder", "content"),
            ),
            operation="createFile",
            options=options,
        )

    async def delete(
        self,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete file by file ID.

        Args:
            file_id: The file ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /file-library/files/{fileId} (deleteFile). Reference: https://apireference.getresponse.com/#operation/deleteFile
        """

        return await self._request(
            "DELETE",
            f"/file-library/files/{path_value(file_id)}",
            cast_to=None,
            operation="deleteFile",
            options=options,
        )

    async def get(
        self,
        file_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> File:
        """Get file by ID.

        Args:
            file_id: The file ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/files/{fileId} (getFileById). Reference: https://apireference.getresponse.com/#operation/getFileById
        """
        from ..models.file import File

        return await self._request(
            "GET",
            f"/file-library/files/{path_value(file_id)}",
            cast_to=File,
            params={"fields": fields},
            operation="getFileById",
            options=options,
        )

    def list(
        self,
        *,
        query_all_folders: StringBooleanEnum | Unset = UNSET,
        query_folder_id: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_group: FileGroup | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_group: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[File]:
        """Get the list of files.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_all_folders: Return files from all folders, including the root folder.
            query_folder_id: Search for files in a specific folder.
            query_name: Search for files by name
            query_group: Search for files by group
            sort_name: Sort by name
            sort_group: Sort files by group
            sort_size: Sort files by size
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/files (getFileList). Reference: https://apireference.getresponse.com/#operation/getFileList
        """
        from ..models.file import File

        return self._page(
            "/file-library/files",
            item=File,
            params={
                "query[allFolders]": query_all_folders,
                "query[folderId]": query_folder_id,
                "query[name]": query_name,
                "query[group]": query_group,
                "sort[name]": sort_name,
                "sort[group]": sort_group,
                "sort[size]": sort_size,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getFileList",
            options=options,
        )

    @overload
    async def create_folder(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Folder]: ...

    @overload
    async def create_folder(
        self,
        *,
        body: NewFolder | NewFolderDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Folder]: ...

    async def create_folder(
        self,
        *,
        body: NewFolder | NewFolderDict | None = None,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Folder]:
        """Create a folder.

        Args:
            name: The folder name

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /file-library/folders (createFolder). Reference: https://apireference.getresponse.com/#operation/createFolder
        """
        from ..models.folder import Folder

        return await self._request(
            "POST",
            "/file-library/folders",
            cast_to=ListOf(Folder),
            json=json_body(
                "file_library.create_folder",
                body,
                {"name": name},
                FILE_LIBRARY_CREATE_FOLDER_WIRE,
                required=("name",),
            ),
            operation="createFolder",
            options=options,
        )

    async def delete_folder(
        self,
        folder_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete folder by folder ID.

        Args:
            folder_id: The folder ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /file-library/folders/{folderId} (deleteFolder). Reference: https://apireference.getresponse.com/#operation/deleteFolder
        """

        return await self._request(
            "DELETE",
            f"/file-library/folders/{path_value(folder_id)}",
            cast_to=None,
            operation="deleteFolder",
            options=options,
        )

    async def get_quota(
        self,
        **options: Unpack[RequestOptions],
    ) -> Quota:
        """Get storage space information.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/quota (quota). Reference: https://apireference.getresponse.com/#operation/quota
        """
        from ..models.quota import Quota

        return await self._request(
            "GET",
            "/file-library/quota",
            cast_to=Quota,
            operation="quota",
            options=options,
        )

    def list_folders(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Folder]:
        """Get the list of folders.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search folders by name
            sort_name: Sort folders by name
            sort_size: Sort folders by size
            sort_created_on: Sort folders by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /file-library/folders (getFolderList). Reference: https://apireference.getresponse.com/#operation/getFolderList
        """
        from ..models.folder import Folder

        return self._page(
            "/file-library/folders",
            item=Folder,
            params={
                "query[name]": query_name,
                "sort[name]": sort_name,
                "sort[size]": sort_size,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getFolderList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncFileLibraryResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncFileLibraryResourceWithRawResponse(self._raw_copy())


class AsyncFileLibraryResourceWithRawResponse:
    """client.file_library.with_raw_response."""

    def __init__(self, resource: AsyncFileLibraryResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.create_folder = async_raw_response(resource.create_folder)
        self.delete_folder = async_raw_response(resource.delete_folder)
        self.get_quota = async_raw_response(resource.get_quota)
        self.list_folders = async_raw_pager(resource.list_folders)


# Keyword argument -> JSON name, per method with a body.
FILE_LIBRARY_CREATE_WIRE = {"name": "name", "extension": "extension", "folder": "folder", "content": "content"}
FILE_LIBRARY_CREATE_FOLDER_WIRE = {"name": "name"}
