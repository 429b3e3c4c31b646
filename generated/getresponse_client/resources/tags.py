"""Tags: client.tags (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.new_tag import NewTag
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.tag import Tag
    from ..models.tag_details import TagDetails
    from ..models.update_tag import UpdateTag


class TagsRawResource(SyncResource):
    """client.tags.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewTag | Unset = UNSET,
    ) -> RawResponse[TagDetails]:
        """Add a new tag. Returns the raw response with the parsed body."""
        from ..api.tags import create_tag as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        tag_id: str,
    ) -> RawResponse[None]:
        """Delete tag by ID. Returns the raw response with the parsed body."""
        from ..api.tags import delete_tag as op

        return self._call(
            op._get_kwargs(
                tag_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        tag_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[TagDetails]:
        """Get tag by ID. Returns the raw response with the parsed body."""
        from ..api.tags import get_tag_by_id as op

        return self._call(
            op._get_kwargs(
                tag_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_at_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_at_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Tag]]:
        """Get the list of tags. Returns the raw response with the parsed body."""
        from ..api.tags import get_tags_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
                sortcreated_at=sort_created_at,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        tag_id: str,
        body: UpdateTag | Unset = UNSET,
    ) -> RawResponse[TagDetails]:
        """Update tag by ID. Returns the raw response with the parsed body."""
        from ..api.tags import update_tag as op

        return self._call(
            op._get_kwargs(
                tag_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class TagsResource(SyncResource):
    """Tags: client.tags."""

    @cached_property
    def with_raw_response(self) -> TagsRawResource:
        return TagsRawResource(self._transport)

    def create(
        self,
        body: NewTag | Unset = UNSET,
    ) -> TagDetails:
        """Add a new tag.

        POST /tags (createTag). Reference: https://apireference.getresponse.com/#operation/createTag
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        tag_id: str,
    ) -> None:
        """Delete tag by ID.

        DELETE /tags/{tagId} (deleteTag). Reference: https://apireference.getresponse.com/#operation/deleteTag
        """
        return (
            self.with_raw_response.delete(
                tag_id,
            )
        ).parsed

    def get(
        self,
        tag_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> TagDetails:
        """Get tag by ID.

        GET /tags/{tagId} (getTagById). Reference: https://apireference.getresponse.com/#operation/getTagById
        """
        return (
            self.with_raw_response.get(
                tag_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_at_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_at_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Tag]:
        """Get the list of tags.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /tags (getTagsList). Reference: https://apireference.getresponse.com/#operation/getTagsList
        """
        from ..api.tags import get_tags_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
                sortcreated_at=sort_created_at,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        tag_id: str,
        body: UpdateTag | Unset = UNSET,
    ) -> TagDetails:
        """Update tag by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /tags/{tagId} (updateTag). Reference: https://apireference.getresponse.com/#operation/updateTag
        """
        return (
            self.with_raw_response.update(
                tag_id,
                body,
            )
        ).parsed


class AsyncTagsRawResource(AsyncResource):
    """client.tags.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewTag | Unset = UNSET,
    ) -> RawResponse[TagDetails]:
        """Add a new tag. Returns the raw response with the parsed body."""
        from ..api.tags import create_tag as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        tag_id: str,
    ) -> RawResponse[None]:
        """Delete tag by ID. Returns the raw response with the parsed body."""
        from ..api.tags import delete_tag as op

        return await self._call(
            op._get_kwargs(
                tag_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        tag_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[TagDetails]:
        """Get tag by ID. Returns the raw response with the parsed body."""
        from ..api.tags import get_tag_by_id as op

        return await self._call(
            op._get_kwargs(
                tag_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_at_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_at_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Tag]]:
        """Get the list of tags. Returns the raw response with the parsed body."""
        from ..api.tags import get_tags_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
                sortcreated_at=sort_created_at,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        tag_id: str,
        body: UpdateTag | Unset = UNSET,
    ) -> RawResponse[TagDetails]:
        """Update tag by ID. Returns the raw response with the parsed body."""
        from ..api.tags import update_tag as op

        return await self._call(
            op._get_kwargs(
                tag_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncTagsResource(AsyncResource):
    """Tags: client.tags."""

    @cached_property
    def with_raw_response(self) -> AsyncTagsRawResource:
        return AsyncTagsRawResource(self._transport)

    async def create(
        self,
        body: NewTag | Unset = UNSET,
    ) -> TagDetails:
        """Add a new tag.

        POST /tags (createTag). Reference: https://apireference.getresponse.com/#operation/createTag
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        tag_id: str,
    ) -> None:
        """Delete tag by ID.

        DELETE /tags/{tagId} (deleteTag). Reference: https://apireference.getresponse.com/#operation/deleteTag
        """
        return (
            await self.with_raw_response.delete(
                tag_id,
            )
        ).parsed

    async def get(
        self,
        tag_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> TagDetails:
        """Get tag by ID.

        GET /tags/{tagId} (getTagById). Reference: https://apireference.getresponse.com/#operation/getTagById
        """
        return (
            await self.with_raw_response.get(
                tag_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_at_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_at_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_at: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Tag]:
        """Get the list of tags.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /tags (getTagsList). Reference: https://apireference.getresponse.com/#operation/getTagsList
        """
        from ..api.tags import get_tags_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycreated_atfrom=query_created_at_from,
                querycreated_atto=query_created_at_to,
                sortcreated_at=sort_created_at,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        tag_id: str,
        body: UpdateTag | Unset = UNSET,
    ) -> TagDetails:
        """Update tag by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /tags/{tagId} (updateTag). Reference: https://apireference.getresponse.com/#operation/updateTag
        """
        return (
            await self.with_raw_response.update(
                tag_id,
                body,
            )
        ).parsed
