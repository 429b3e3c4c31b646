"""Meta Fields: client.meta_fields (generated; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, overload

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

    from ..models.base_meta_field_value_type import BaseMetaFieldValueType
    from ..models.meta_field import MetaField, MetaFieldDict
    from ..models.new_meta_field import NewMetaField, NewMetaFieldDict
    from ..models.sort_order_enum import SortOrderEnum


class MetaFieldsResource(SyncResource):
    """Meta Fields: client.meta_fields."""

    @overload
    def create(
        self,
        shop_id: str,
        *,
        name: str,
        value: str,
        value_type: BaseMetaFieldValueType | str,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    @overload
    def create(
        self,
        shop_id: str,
        *,
        body: NewMetaField | NewMetaFieldDict,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    def create(
        self,
        shop_id: str,
        *,
        body: NewMetaField | NewMetaFieldDict | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        value_type: BaseMetaFieldValueType | str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField:
        """Create meta field.

        Args:
            shop_id: The shop ID
            name: The meta field name
            value: The meta field value
            value_type: The value type enumerable
            description: The meta field description

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/meta-fields (createMetaField). Reference: https://apireference.getresponse.com/#operation/createMetaField
        """
        from ..models.meta_field import MetaField

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/meta-fields",
            cast_to=MetaField,
            json=json_body(
                "meta_fields.create",
                body,
                {"name": name, "value": value, "value_type": value_type, "description": description},
                META_FIELDS_CREATE_WIRE,
                required=("name", "value", "value_type"),
            ),
            operation="createMetaField",
            options=options,
        )

    def delete(
        self,
        shop_id: str,
        meta_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete meta field.

        Args:
            shop_id: The shop ID
            meta_field_id: The metafield ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/meta-fields/{metaFieldId} (deleteMetaField). Reference: https://apireference.getresponse.com/#operation/deleteMetaField
        """

        return self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/meta-fields/{path_value(meta_field_id)}",
            cast_to=None,
            operation="deleteMetaField",
            options=options,
        )

    def get(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField:
        """Get the meta field by ID.

        Args:
            shop_id: The shop ID
            meta_field_id: The metafield ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/meta-fields/{metaFieldId} (getMetaField). Reference: https://apireference.getresponse.com/#operation/getMetaField
        """
        from ..models.meta_field import MetaField

        return self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/meta-fields/{path_value(meta_field_id)}",
            cast_to=MetaField,
            params={"fields": fields},
            operation="getMetaField",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_description: str | Unset = UNSET,
        query_value: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MetaField]:
        """Get the shop meta fields.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            shop_id: The shop ID
            query_name: Search meta fields by name
            query_description: Search meta fields by description
            query_value: Search meta fields by value
            query_created_on_from: Search meta fields created from this date
            query_created_on_to: Search meta fields created to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/meta-fields (getMetaFields). Reference: https://apireference.getresponse.com/#operation/getMetaFields
        """
        from ..models.meta_field import MetaField

        return self._page(
            f"/shops/{path_value(shop_id)}/meta-fields",
            item=MetaField,
            params={
                "query[name]": query_name,
                "query[description]": query_description,
                "query[value]": query_value,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getMetaFields",
            options=options,
        )

    @overload
    def update(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        value_type: BaseMetaFieldValueType | str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    @overload
    def update(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        body: MetaField | MetaFieldDict,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    def update(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        body: MetaField | MetaFieldDict | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        value_type: BaseMetaFieldValueType | str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField:
        """Update meta field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            meta_field_id: The metafield ID
            name: The meta field name
            value: The meta field value
            value_type: The value type enumerable
            description: The meta field description

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/meta-fields/{metaFieldId} (updateMetaField). Reference: https://apireference.getresponse.com/#operation/updateMetaField
        """
        from ..models.meta_field import MetaField

        return self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/meta-fields/{path_value(meta_field_id)}",
            cast_to=MetaField,
            json=json_body(
                "meta_fields.update",
                body,
                {"name": name, "value": value, "value_type": value_type, "description": description},
                META_FIELDS_UPDATE_WIRE,
            ),
            operation="updateMetaField",
            options=options,
        )

    @property
    def with_raw_response(self) -> MetaFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return MetaFieldsResourceWithRawResponse(self._raw_copy())


class MetaFieldsResourceWithRawResponse:
    """client.meta_fields.with_raw_response."""

    def __init__(self, resource: MetaFieldsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncMetaFieldsResource(AsyncResource):
    """Meta Fields: client.meta_fields."""

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        name: str,
        value: str,
        value_type: BaseMetaFieldValueType | str,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    @overload
    async def create(
        self,
        shop_id: str,
        *,
        body: NewMetaField | NewMetaFieldDict,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    async def create(
        self,
        shop_id: str,
        *,
        body: NewMetaField | NewMetaFieldDict | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        value_type: BaseMetaFieldValueType | str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField:
        """Create meta field.

        Args:
            shop_id: The shop ID
            name: The meta field name
            value: The meta field value
            value_type: The value type enumerable
            description: The meta field description

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/meta-fields (createMetaField). Reference: https://apireference.getresponse.com/#operation/createMetaField
        """
        from ..models.meta_field import MetaField

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/meta-fields",
            cast_to=MetaField,
            json=json_body(
                "meta_fields.create",
                body,
                {"name": name, "value": value, "value_type": value_type, "description": description},
                META_FIELDS_CREATE_WIRE,
                required=("name", "value", "value_type"),
            ),
            operation="createMetaField",
            options=options,
        )

    async def delete(
        self,
        shop_id: str,
        meta_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete meta field.

        Args:
            shop_id: The shop ID
            meta_field_id: The metafield ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /shops/{shopId}/meta-fields/{metaFieldId} (deleteMetaField). Reference: https://apireference.getresponse.com/#operation/deleteMetaField
        """

        return await self._request(
            "DELETE",
            f"/shops/{path_value(shop_id)}/meta-fields/{path_value(meta_field_id)}",
            cast_to=None,
            operation="deleteMetaField",
            options=options,
        )

    async def get(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField:
        """Get the meta field by ID.

        Args:
            shop_id: The shop ID
            meta_field_id: The metafield ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/meta-fields/{metaFieldId} (getMetaField). Reference: https://apireference.getresponse.com/#operation/getMetaField
        """
        from ..models.meta_field import MetaField

        return await self._request(
            "GET",
            f"/shops/{path_value(shop_id)}/meta-fields/{path_value(meta_field_id)}",
            cast_to=MetaField,
            params={"fields": fields},
            operation="getMetaField",
            options=options,
        )

    def list(
        self,
        shop_id: str,
        *,
        query_name: str | Unset = UNSET,
        query_description: str | Unset = UNSET,
        query_value: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MetaField]:
        """Get the shop meta fields.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            shop_id: The shop ID
            query_name: Search meta fields by name
            query_description: Search meta fields by description
            query_value: Search meta fields by value
            query_created_on_from: Search meta fields created from this date
            query_created_on_to: Search meta fields created to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /shops/{shopId}/meta-fields (getMetaFields). Reference: https://apireference.getresponse.com/#operation/getMetaFields
        """
        from ..models.meta_field import MetaField

        return self._page(
            f"/shops/{path_value(shop_id)}/meta-fields",
            item=MetaField,
            params={
                "query[name]": query_name,
                "query[description]": query_description,
                "query[value]": query_value,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getMetaFields",
            options=options,
        )

    @overload
    async def update(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        value_type: BaseMetaFieldValueType | str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    @overload
    async def update(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        body: MetaField | MetaFieldDict,
        **options: Unpack[RequestOptions],
    ) -> MetaField: ...

    async def update(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        body: MetaField | MetaFieldDict | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        value_type: BaseMetaFieldValueType | str | Unset = UNSET,
        description: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MetaField:
        """Update meta field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            shop_id: The shop ID
            meta_field_id: The metafield ID
            name: The meta field name
            value: The meta field value
            value_type: The value type enumerable
            description: The meta field description

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /shops/{shopId}/meta-fields/{metaFieldId} (updateMetaField). Reference: https://apireference.getresponse.com/#operation/updateMetaField
        """
        from ..models.meta_field import MetaField

        return await self._request(
            "POST",
            f"/shops/{path_value(shop_id)}/meta-fields/{path_value(meta_field_id)}",
            cast_to=MetaField,
            json=json_body(
                "meta_fields.update",
                body,
                {"name": name, "value": value, "value_type": value_type, "description": description},
                META_FIELDS_UPDATE_WIRE,
            ),
            operation="updateMetaField",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncMetaFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncMetaFieldsResourceWithRawResponse(self._raw_copy())


class AsyncMetaFieldsResourceWithRawResponse:
    """client.meta_fields.with_raw_response."""

    def __init__(self, resource: AsyncMetaFieldsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
META_FIELDS_CREATE_WIRE = {"name": "name", "value": "value", "value_type": "valueType", "description": "description"}
META_FIELDS_UPDATE_WIRE = {"name": "name", "value": "value", "value_type": "valueType", "description": "description"}
