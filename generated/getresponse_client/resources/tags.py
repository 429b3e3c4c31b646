"""Tags: client.tags (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

from getresponse_runtime.pagination import ConsistentOrder
from getresponse_runtime.resource import (
    AsyncResource,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.new_tag import NewTag, NewTagDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.tag import Tag
    from ..models.tag_details import TagDetails
    from ..models.update_tag import UpdateTag, UpdateTagDict


class TagsResource(SyncResource):
    """Tags: client.tags."""

    @overload
    def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewTag | NewTagDict,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    def create(
        self,
        *,
        body: NewTag | NewTagDict | None = None,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagDetails:
        """Add a new tag.

        Args:
            name: The tag name

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /tags (createTag). Reference: https://apireference.getresponse.com/#operation/createTag
        """
        from ..models.tag_details import TagDetails

        return self._request(
            "POST",
            "/tags",
            cast_to=TagDetails,
            json=json_body(
                "tags.create",
                body,
                {"name": name},
                TAGS_CREATE_WIRE,
                required=("name",),
            ),
            operation="createTag",
            options=options,
        )

    def delete(
        self,
        tag_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete tag by ID.

        Args:
            tag_id: The tag ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /tags/{tagId} (deleteTag). Reference: https://apireference.getresponse.com/#operation/deleteTag
        """

        return self._request(
            "DELETE",
            f"/tags/{path_value(tag_id)}",
            cast_to=None,
            operation="deleteTag",
            options=options,
        )

    def get(
        self,
        tag_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagDetails:
        """Get tag by ID.

        Args:
            tag_id: Unique identifier of the tag.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tags/{tagId} (getTagById). Reference: https://apireference.getresponse.com/#operation/getTagById
        """
        from ..models.tag_details import TagDetails

        return self._request(
            "GET",
            f"/tags/{path_value(tag_id)}",
            cast_to=TagDetails,
            params={"fields": fields},
            operation="getTagById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Tag]:
        """Get the list of tags.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search tags by name
            query_created_at_from: Search tags created from this date
            query_created_at_to: Search tags created to this date
            sort_created_at: Sort tags by creation date
            sort_name: Sort by name
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tags (getTagsList). Reference: https://apireference.getresponse.com/#operation/getTagsList
        """
        from ..models.tag import Tag

        return self._page(
            "/tags",
            item=Tag,
            params={
                "query[name]": query_name,
                "query[createdAt][from]": query_created_at_from,
                "query[createdAt][to]": query_created_at_to,
                "sort[createdAt]": sort_created_at,
                "sort[name]": sort_name,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdAt]", "query[createdAt][from]", "createdAt", "tagId"),
            operation="getTagsList",
            options=options,
        )

    @overload
    def update(
        self,
        tag_id: str,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    @overload
    def update(
        self,
        tag_id: str,
        *,
        body: UpdateTag | UpdateTagDict,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    def update(
        self,
        tag_id: str,
        *,
        body: UpdateTag | UpdateTagDict | None = None,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagDetails:
        """Update tag by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            tag_id: The tag ID
            name: The tag name

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /tags/{tagId} (updateTag). Reference: https://apireference.getresponse.com/#operation/updateTag
        """
        from ..models.tag_details import TagDetails

        return self._request(
            "POST",
            f"/tags/{path_value(tag_id)}",
            cast_to=TagDetails,
            json=json_body(
                "tags.update",
                body,
                {"name": name},
                TAGS_UPDATE_WIRE,
                required=("name",),
            ),
            operation="updateTag",
            options=options,
        )

    @property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return TagsResourceWithRawResponse(self._raw_copy())


class TagsResourceWithRawResponse:
    """client.tags.with_raw_response."""

    def __init__(self, resource: TagsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncTagsResource(AsyncResource):
    """Tags: client.tags."""

    @overload
    async def create(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewTag | NewTagDict,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    async def create(
        self,
        *,
        body: NewTag | NewTagDict | None = None,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagDetails:
        """Add a new tag.

        Args:
            name: The tag name

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /tags (createTag). Reference: https://apireference.getresponse.com/#operation/createTag
        """
        from ..models.tag_details import TagDetails

        return await self._request(
            "POST",
            "/tags",
            cast_to=TagDetails,
            json=json_body(
                "tags.create",
                body,
                {"name": name},
                TAGS_CREATE_WIRE,
                required=("name",),
            ),
            operation="createTag",
            options=options,
        )

    async def delete(
        self,
        tag_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete tag by ID.

        Args:
            tag_id: The tag ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /tags/{tagId} (deleteTag). Reference: https://apireference.getresponse.com/#operation/deleteTag
        """

        return await self._request(
            "DELETE",
            f"/tags/{path_value(tag_id)}",
            cast_to=None,
            operation="deleteTag",
            options=options,
        )

    async def get(
        self,
        tag_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagDetails:
        """Get tag by ID.

        Args:
            tag_id: Unique identifier of the tag.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tags/{tagId} (getTagById). Reference: https://apireference.getresponse.com/#operation/getTagById
        """
        from ..models.tag_details import TagDetails

        return await self._request(
            "GET",
            f"/tags/{path_value(tag_id)}",
            cast_to=TagDetails,
            params={"fields": fields},
            operation="getTagById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Tag]:
        """Get the list of tags.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search tags by name
            query_created_at_from: Search tags created from this date
            query_created_at_to: Search tags created to this date
            sort_created_at: Sort tags by creation date
            sort_name: Sort by name
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /tags (getTagsList). Reference: https://apireference.getresponse.com/#operation/getTagsList
        """
        from ..models.tag import Tag

        return self._page(
            "/tags",
            item=Tag,
            params={
                "query[name]": query_name,
                "query[createdAt][from]": query_created_at_from,
                "query[createdAt][to]": query_created_at_to,
                "sort[createdAt]": sort_created_at,
                "sort[name]": sort_name,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdAt]", "query[createdAt][from]", "createdAt", "tagId"),
            operation="getTagsList",
            options=options,
        )

    @overload
    async def update(
        self,
        tag_id: str,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    @overload
    async def update(
        self,
        tag_id: str,
        *,
        body: UpdateTag | UpdateTagDict,
        **options: Unpack[RequestOptions],
    ) -> TagDetails: ...

    async def update(
        self,
        tag_id: str,
        *,
        body: UpdateTag | UpdateTagDict | None = None,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TagDetails:
        """Update tag by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            tag_id: The tag ID
            name: The tag name

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /tags/{tagId} (updateTag). Reference: https://apireference.getresponse.com/#operation/updateTag
        """
        from ..models.tag_details import TagDetails

        return await self._request(
            "POST",
            f"/tags/{path_value(tag_id)}",
            cast_to=TagDetails,
            json=json_body(
                "tags.update",
                body,
                {"name": name},
                TAGS_UPDATE_WIRE,
                required=("name",),
            ),
            operation="updateTag",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncTagsResourceWithRawResponse(self._raw_copy())


class AsyncTagsResourceWithRawResponse:
    """client.tags.with_raw_response."""

    def __init__(self, resource: AsyncTagsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
TAGS_CREATE_WIRE = {"name": "name"}
TAGS_UPDATE_WIRE = {"name": "name"}
