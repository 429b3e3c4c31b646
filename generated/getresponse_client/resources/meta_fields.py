"""Meta Fields: client.meta_fields (generated; do not edit)."""

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
    from ..models.meta_field import MetaField
    from ..models.new_meta_field import NewMetaField
    from ..models.sort_order_enum import SortOrderEnum


class MetaFieldsRawResource(SyncResource):
    """client.meta_fields.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        shop_id: str,
        body: NewMetaField | Unset = UNSET,
    ) -> RawResponse[MetaField]:
        """Create meta field. Returns the raw response with the parsed body."""
        from ..api.meta_fields import create_meta_field as op

        return self._call(
            op._get_kwargs(
                shop_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        shop_id: str,
        meta_field_id: str,
    ) -> RawResponse[None]:
        """Delete meta field. Returns the raw response with the parsed body."""
        from ..api.meta_fields import delete_meta_field as op

        return self._call(
            op._get_kwargs(
                shop_id,
                meta_field_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[MetaField]:
        """Get the meta field by ID. Returns the raw response with the parsed body."""
        from ..api.meta_fields import get_meta_field as op

        return self._call(
            op._get_kwargs(
                shop_id,
                meta_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[MetaField]]:
        """Get the shop meta fields. Returns the raw response with the parsed body."""
        from ..api.meta_fields import get_meta_fields as op

        return self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                querydescription=query_description,
                queryvalue=query_value,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        shop_id: str,
        meta_field_id: str,
        body: MetaField | Unset = UNSET,
    ) -> RawResponse[MetaField]:
        """Update meta field. Returns the raw response with the parsed body."""
        from ..api.meta_fields import update_meta_field as op

        return self._call(
            op._get_kwargs(
                shop_id,
                meta_field_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class MetaFieldsResource(SyncResource):
    """Meta Fields: client.meta_fields."""

    @cached_property
    def with_raw_response(self) -> MetaFieldsRawResource:
        return MetaFieldsRawResource(self._transport)

    def create(
        self,
        shop_id: str,
        body: NewMetaField | Unset = UNSET,
    ) -> MetaField:
        """Create meta field.

        POST /shops/{shopId}/meta-fields (createMetaField). Reference: https://apireference.getresponse.com/#operation/createMetaField
        """
        return (
            self.with_raw_response.create(
                shop_id,
                body,
            )
        ).parsed

    def delete(
        self,
        shop_id: str,
        meta_field_id: str,
    ) -> None:
        """Delete meta field.

        DELETE /shops/{shopId}/meta-fields/{metaFieldId} (deleteMetaField). Reference: https://apireference.getresponse.com/#operation/deleteMetaField
        """
        return (
            self.with_raw_response.delete(
                shop_id,
                meta_field_id,
            )
        ).parsed

    def get(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> MetaField:
        """Get the meta field by ID.

        GET /shops/{shopId}/meta-fields/{metaFieldId} (getMetaField). Reference: https://apireference.getresponse.com/#operation/getMetaField
        """
        return (
            self.with_raw_response.get(
                shop_id,
                meta_field_id,
                fields=fields,
            )
        ).parsed

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
    ) -> Page[MetaField]:
        """Get the shop meta fields.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/meta-fields (getMetaFields). Reference: https://apireference.getresponse.com/#operation/getMetaFields
        """
        from ..api.meta_fields import get_meta_fields as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                querydescription=query_description,
                queryvalue=query_value,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        shop_id: str,
        meta_field_id: str,
        body: MetaField | Unset = UNSET,
    ) -> MetaField:
        """Update meta field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/meta-fields/{metaFieldId} (updateMetaField). Reference: https://apireference.getresponse.com/#operation/updateMetaField
        """
        return (
            self.with_raw_response.update(
                shop_id,
                meta_field_id,
                body,
            )
        ).parsed


class AsyncMetaFieldsRawResource(AsyncResource):
    """client.meta_fields.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        shop_id: str,
        body: NewMetaField | Unset = UNSET,
    ) -> RawResponse[MetaField]:
        """Create meta field. Returns the raw response with the parsed body."""
        from ..api.meta_fields import create_meta_field as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        shop_id: str,
        meta_field_id: str,
    ) -> RawResponse[None]:
        """Delete meta field. Returns the raw response with the parsed body."""
        from ..api.meta_fields import delete_meta_field as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                meta_field_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[MetaField]:
        """Get the meta field by ID. Returns the raw response with the parsed body."""
        from ..api.meta_fields import get_meta_field as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                meta_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
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
    ) -> RawResponse[builtins.list[MetaField]]:
        """Get the shop meta fields. Returns the raw response with the parsed body."""
        from ..api.meta_fields import get_meta_fields as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                queryname=query_name,
                querydescription=query_description,
                queryvalue=query_value,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        shop_id: str,
        meta_field_id: str,
        body: MetaField | Unset = UNSET,
    ) -> RawResponse[MetaField]:
        """Update meta field. Returns the raw response with the parsed body."""
        from ..api.meta_fields import update_meta_field as op

        return await self._call(
            op._get_kwargs(
                shop_id,
                meta_field_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncMetaFieldsResource(AsyncResource):
    """Meta Fields: client.meta_fields."""

    @cached_property
    def with_raw_response(self) -> AsyncMetaFieldsRawResource:
        return AsyncMetaFieldsRawResource(self._transport)

    async def create(
        self,
        shop_id: str,
        body: NewMetaField | Unset = UNSET,
    ) -> MetaField:
        """Create meta field.

        POST /shops/{shopId}/meta-fields (createMetaField). Reference: https://apireference.getresponse.com/#operation/createMetaField
        """
        return (
            await self.with_raw_response.create(
                shop_id,
                body,
            )
        ).parsed

    async def delete(
        self,
        shop_id: str,
        meta_field_id: str,
    ) -> None:
        """Delete meta field.

        DELETE /shops/{shopId}/meta-fields/{metaFieldId} (deleteMetaField). Reference: https://apireference.getresponse.com/#operation/deleteMetaField
        """
        return (
            await self.with_raw_response.delete(
                shop_id,
                meta_field_id,
            )
        ).parsed

    async def get(
        self,
        shop_id: str,
        meta_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> MetaField:
        """Get the meta field by ID.

        GET /shops/{shopId}/meta-fields/{metaFieldId} (getMetaField). Reference: https://apireference.getresponse.com/#operation/getMetaField
        """
        return (
            await self.with_raw_response.get(
                shop_id,
                meta_field_id,
                fields=fields,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[MetaField]:
        """Get the shop meta fields.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /shops/{shopId}/meta-fields (getMetaFields). Reference: https://apireference.getresponse.com/#operation/getMetaFields
        """
        from ..api.meta_fields import get_meta_fields as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                shop_id,
                queryname=query_name,
                querydescription=query_description,
                queryvalue=query_value,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        shop_id: str,
        meta_field_id: str,
        body: MetaField | Unset = UNSET,
    ) -> MetaField:
        """Update meta field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /shops/{shopId}/meta-fields/{metaFieldId} (updateMetaField). Reference: https://apireference.getresponse.com/#operation/updateMetaField
        """
        return (
            await self.with_raw_response.update(
                shop_id,
                meta_field_id,
                body,
            )
        ).parsed
