"""File Library: client.file_library (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.file import File
    from ..models.file_group import FileGroup
    from ..models.folder import Folder
    from ..models.new_file import NewFile
    from ..models.new_folder import NewFolder
    from ..models.quota import Quota
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.string_boolean_enum import StringBooleanEnum


class FileLibraryRawResource(SyncResource):
    """client.file_library.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewFile | Unset = UNSET,
    ) -> RawResponse[File]:
        """Create a file. Returns the raw response with the parsed body."""
        from ..api.file_library import create_file as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        file_id: str,
    ) -> RawResponse[None]:
        """Delete file by file ID. Returns the raw response with the parsed body."""
        from ..api.file_library import delete_file as op

        return self._call(
            op._get_kwargs(
                file_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        file_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Get file by ID. Returns the raw response with the parsed body."""
        from ..api.file_library import get_file_by_id as op

        return self._call(
            op._get_kwargs(
                file_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[File]]:
        """Get the list of files. Returns the raw response with the parsed body."""
        from ..api.file_library import get_file_list as op

        return self._call(
            op._get_kwargs(
                queryall_folders=query_all_folders,
                queryfolder_id=query_folder_id,
                queryname=query_name,
                querygroup=query_group,
                sortname=sort_name,
                sortgroup=sort_group,
                sortsize=sort_size,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def create_folder(
        self,
        body: NewFolder | Unset = UNSET,
    ) -> RawResponse[builtins.list[Folder]]:
        """Create a folder. Returns the raw response with the parsed body."""
        from ..api.file_library import create_folder as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete_folder(
        self,
        folder_id: str,
    ) -> RawResponse[None]:
        """Delete folder by folder ID. Returns the raw response with the parsed body."""
        from ..api.file_library import delete_folder as op

        return self._call(
            op._get_kwargs(
                folder_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_folder_list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Folder]]:
        """Get the list of folders. Returns the raw response with the parsed body."""
        from ..api.file_library import get_folder_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortsize=sort_size,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def quota(
        self,
    ) -> RawResponse[Quota]:
        """Get storage space information. Returns the raw response with the parsed body."""
        from ..api.file_library import quota as op

        return self._call(op._get_kwargs(), op._parse_response, idempotent=True)


class FileLibraryResource(SyncResource):
    """File Library: client.file_library."""

    @cached_property
    def with_raw_response(self) -> FileLibraryRawResource:
        return FileLibraryRawResource(self._transport)

    def create(
        self,
        body: NewFile | Unset = UNSET,
    ) -> File:
        """Create a file.

        POST /file-library/files (createFile). Reference: https://apireference.getresponse.com/#operation/createFile
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        file_id: str,
    ) -> None:
        """Delete file by file ID.

        DELETE /file-library/files/{fileId} (deleteFile). Reference: https://apireference.getresponse.com/#operation/deleteFile
        """
        return (
            self.with_raw_response.delete(
                file_id,
            )
        ).parsed

    def get(
        self,
        file_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> File:
        """Get file by ID.

        GET /file-library/files/{fileId} (getFileById). Reference: https://apireference.getresponse.com/#operation/getFileById
        """
        return (
            self.with_raw_response.get(
                file_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[File]:
        """Get the list of files.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /file-library/files (getFileList). Reference: https://apireference.getresponse.com/#operation/getFileList
        """
        from ..api.file_library import get_file_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryall_folders=query_all_folders,
                queryfolder_id=query_folder_id,
                queryname=query_name,
                querygroup=query_group,
                sortname=sort_name,
                sortgroup=sort_group,
                sortsize=sort_size,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def create_folder(
        self,
        body: NewFolder | Unset = UNSET,
    ) -> builtins.list[Folder]:
        """Create a folder.

        POST /file-library/folders (createFolder). Reference: https://apireference.getresponse.com/#operation/createFolder
        """
        return (
            self.with_raw_response.create_folder(
                body,
            )
        ).parsed

    def delete_folder(
        self,
        folder_id: str,
    ) -> None:
        """Delete folder by folder ID.

        DELETE /file-library/folders/{folderId} (deleteFolder). Reference: https://apireference.getresponse.com/#operation/deleteFolder
        """
        return (
            self.with_raw_response.delete_folder(
                folder_id,
            )
        ).parsed

    def get_folder_list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Folder]:
        """Get the list of folders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /file-library/folders (getFolderList). Reference: https://apireference.getresponse.com/#operation/getFolderList
        """
        from ..api.file_library import get_folder_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortsize=sort_size,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def quota(
        self,
    ) -> Quota:
        """Get storage space information.

        GET /file-library/quota (quota). Reference: https://apireference.getresponse.com/#operation/quota
        """
        return (self.with_raw_response.quota()).parsed


class AsyncFileLibraryRawResource(AsyncResource):
    """client.file_library.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewFile | Unset = UNSET,
    ) -> RawResponse[File]:
        """Create a file. Returns the raw response with the parsed body."""
        from ..api.file_library import create_file as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        file_id: str,
    ) -> RawResponse[None]:
        """Delete file by file ID. Returns the raw response with the parsed body."""
        from ..api.file_library import delete_file as op

        return await self._call(
            op._get_kwargs(
                file_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        file_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[File]:
        """Get file by ID. Returns the raw response with the parsed body."""
        from ..api.file_library import get_file_by_id as op

        return await self._call(
            op._get_kwargs(
                file_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
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
    ) -> RawResponse[builtins.list[File]]:
        """Get the list of files. Returns the raw response with the parsed body."""
        from ..api.file_library import get_file_list as op

        return await self._call(
            op._get_kwargs(
                queryall_folders=query_all_folders,
                queryfolder_id=query_folder_id,
                queryname=query_name,
                querygroup=query_group,
                sortname=sort_name,
                sortgroup=sort_group,
                sortsize=sort_size,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def create_folder(
        self,
        body: NewFolder | Unset = UNSET,
    ) -> RawResponse[builtins.list[Folder]]:
        """Create a folder. Returns the raw response with the parsed body."""
        from ..api.file_library import create_folder as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete_folder(
        self,
        folder_id: str,
    ) -> RawResponse[None]:
        """Delete folder by folder ID. Returns the raw response with the parsed body."""
        from ..api.file_library import delete_folder as op

        return await self._call(
            op._get_kwargs(
                folder_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_folder_list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Folder]]:
        """Get the list of folders. Returns the raw response with the parsed body."""
        from ..api.file_library import get_folder_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortsize=sort_size,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def quota(
        self,
    ) -> RawResponse[Quota]:
        """Get storage space information. Returns the raw response with the parsed body."""
        from ..api.file_library import quota as op

        return await self._call(op._get_kwargs(), op._parse_response, idempotent=True)


class AsyncFileLibraryResource(AsyncResource):
    """File Library: client.file_library."""

    @cached_property
    def with_raw_response(self) -> AsyncFileLibraryRawResource:
        return AsyncFileLibraryRawResource(self._transport)

    async def create(
        self,
        body: NewFile | Unset = UNSET,
    ) -> File:
        """Create a file.

        POST /file-library/files (createFile). Reference: https://apireference.getresponse.com/#operation/createFile
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        file_id: str,
    ) -> None:
        """Delete file by file ID.

        DELETE /file-library/files/{fileId} (deleteFile). Reference: https://apireference.getresponse.com/#operation/deleteFile
        """
        return (
            await self.with_raw_response.delete(
                file_id,
            )
        ).parsed

    async def get(
        self,
        file_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> File:
        """Get file by ID.

        GET /file-library/files/{fileId} (getFileById). Reference: https://apireference.getresponse.com/#operation/getFileById
        """
        return (
            await self.with_raw_response.get(
                file_id,
                fields=fields,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[File]:
        """Get the list of files.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /file-library/files (getFileList). Reference: https://apireference.getresponse.com/#operation/getFileList
        """
        from ..api.file_library import get_file_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryall_folders=query_all_folders,
                queryfolder_id=query_folder_id,
                queryname=query_name,
                querygroup=query_group,
                sortname=sort_name,
                sortgroup=sort_group,
                sortsize=sort_size,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def create_folder(
        self,
        body: NewFolder | Unset = UNSET,
    ) -> builtins.list[Folder]:
        """Create a folder.

        POST /file-library/folders (createFolder). Reference: https://apireference.getresponse.com/#operation/createFolder
        """
        return (
            await self.with_raw_response.create_folder(
                body,
            )
        ).parsed

    async def delete_folder(
        self,
        folder_id: str,
    ) -> None:
        """Delete folder by folder ID.

        DELETE /file-library/folders/{folderId} (deleteFolder). Reference: https://apireference.getresponse.com/#operation/deleteFolder
        """
        return (
            await self.with_raw_response.delete_folder(
                folder_id,
            )
        ).parsed

    async def get_folder_list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_size: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Folder]:
        """Get the list of folders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /file-library/folders (getFolderList). Reference: https://apireference.getresponse.com/#operation/getFolderList
        """
        from ..api.file_library import get_folder_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                sortname=sort_name,
                sortsize=sort_size,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def quota(
        self,
    ) -> Quota:
        """Get storage space information.

        GET /file-library/quota (quota). Reference: https://apireference.getresponse.com/#operation/quota
        """
        return (await self.with_raw_response.quota()).parsed
