"""Custom Fields: client.custom_fields (generated; do not edit)."""

from __future__ import annotations

import builtins
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
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.custom_field import CustomField
    from ..models.custom_field_format_enum import CustomFieldFormatEnum
    from ..models.custom_field_response import CustomFieldResponse
    from ..models.custom_field_type_enum import CustomFieldTypeEnum
    from ..models.new_custom_field import NewCustomField, NewCustomFieldDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.string_boolean_enum import StringBooleanEnum
    from ..models.update_custom_field import UpdateCustomField, UpdateCustomFieldDict


class CustomFieldsResource(SyncResource):
    """Custom Fields: client.custom_fields."""

    @overload
    def create(
        self,
        *,
        name: str,
        type_: CustomFieldTypeEnum | str,
        format_: CustomFieldFormatEnum | str,
        hidden: StringBooleanEnum | str,
        values: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    @overload
    def create(
        self,
        *,
        body: NewCustomField | NewCustomFieldDict,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    def create(
        self,
        *,
        body: NewCustomField | NewCustomFieldDict | None = None,
        name: str | Unset = UNSET,
        type_: CustomFieldTypeEnum | str | Unset = UNSET,
        format_: CustomFieldFormatEnum | str | Unset = UNSET,
        hidden: StringBooleanEnum | str | Unset = UNSET,
        values: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse:
        """Create a custom field.

        Args:
            name: The name of the custom field.
            values: The list of assigned default values, starting from zero depending on the custom field
                format.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-fields (createCustomField). Reference: https://apireference.getresponse.com/#operation/createCustomField
        """
        from ..models.custom_field_response import CustomFieldResponse

        return self._request(
            "POST",
            "/custom-fields",
            cast_to=CustomFieldResponse,
            json=json_body(
                "custom_fields.create",
                body,
                {"name": name, "type_": type_, "format_": format_, "hidden": hidden, "values": values},
                CUSTOM_FIELDS_CREATE_WIRE,
                required=("name", "type_", "format_", "hidden", "values"),
            ),
            operation="createCustomField",
            options=options,
        )

    def delete(
        self,
        custom_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a single custom field definition.

        Args:
            custom_field_id: Unique identifier of the custom field.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /custom-fields/{customFieldId} (deleteCustomField). Reference: https://apireference.getresponse.com/#operation/deleteCustomField
        """

        return self._request(
            "DELETE",
            f"/custom-fields/{path_value(custom_field_id)}",
            cast_to=None,
            operation="deleteCustomField",
            options=options,
        )

    def get(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse:
        """Get a single custom field definition by the custom field ID.

        Args:
            custom_field_id: Unique identifier of the custom field.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-fields/{customFieldId} (getCustomFieldById). Reference: https://apireference.getresponse.com/#operation/getCustomFieldById
        """
        from ..models.custom_field_response import CustomFieldResponse

        return self._request(
            "GET",
            f"/custom-fields/{path_value(custom_field_id)}",
            cast_to=CustomFieldResponse,
            params={"fields": fields},
            operation="getCustomFieldById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[CustomField]:
        """Get a list of custom fields.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search custom fields by name
            sort_name: Sort by name
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-fields (getCustomFieldList). Reference: https://apireference.getresponse.com/#operation/getCustomFieldList
        """
        from ..models.custom_field import CustomField

        return self._page(
            "/custom-fields",
            item=CustomField,
            params={"query[name]": query_name, "sort[name]": sort_name, "fields": fields, "perPage": per_page},
            page=page,
            operation="getCustomFieldList",
            options=options,
        )

    @overload
    def update(
        self,
        custom_field_id: str,
        *,
        hidden: StringBooleanEnum | str,
        values: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    @overload
    def update(
        self,
        custom_field_id: str,
        *,
        body: UpdateCustomField | UpdateCustomFieldDict,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    def update(
        self,
        custom_field_id: str,
        *,
        body: UpdateCustomField | UpdateCustomFieldDict | None = None,
        hidden: StringBooleanEnum | str | Unset = UNSET,
        values: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse:
        """Update the custom field definition.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            custom_field_id: Unique identifier of the custom field.
            values: The list of assigned values (zero or more - depending on the custom field type.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-fields/{customFieldId} (updateCustomField). Reference: https://apireference.getresponse.com/#operation/updateCustomField
        """
        from ..models.custom_field_response import CustomFieldResponse

        return self._request(
            "POST",
            f"/custom-fields/{path_value(custom_field_id)}",
            cast_to=CustomFieldResponse,
            json=json_body(
                "custom_fields.update",
                body,
                {"hidden": hidden, "values": values},
                CUSTOM_FIELDS_UPDATE_WIRE,
                required=("hidden", "values"),
            ),
            operation="updateCustomField",
            options=options,
        )

    @property
    def with_raw_response(self) -> CustomFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return CustomFieldsResourceWithRawResponse(self._raw_copy())


class CustomFieldsResourceWithRawResponse:
    """client.custom_fields.with_raw_response."""

    def __init__(self, resource: CustomFieldsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncCustomFieldsResource(AsyncResource):
    """Custom Fields: client.custom_fields."""

    @overload
    async def create(
        self,
        *,
        name: str,
        type_: CustomFieldTypeEnum | str,
        format_: CustomFieldFormatEnum | str,
        hidden: StringBooleanEnum | str,
        values: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    @overload
    async def create(
        self,
        *,
        body: NewCustomField | NewCustomFieldDict,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    async def create(
        self,
        *,
        body: NewCustomField | NewCustomFieldDict | None = None,
        name: str | Unset = UNSET,
        type_: CustomFieldTypeEnum | str | Unset = UNSET,
        format_: CustomFieldFormatEnum | str | Unset = UNSET,
        hidden: StringBooleanEnum | str | Unset = UNSET,
        values: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse:
        """Create a custom field.

        Args:
            name: The name of the custom field.
            values: The list of assigned default values, starting from zero depending on the custom field
                format.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-fields (createCustomField). Reference: https://apireference.getresponse.com/#operation/createCustomField
        """
        from ..models.custom_field_response import CustomFieldResponse

        return await self._request(
            "POST",
            "/custom-fields",
            cast_to=CustomFieldResponse,
            json=json_body(
                "custom_fields.create",
                body,
                {"name": name, "type_": type_, "format_": format_, "hidden": hidden, "values": values},
                CUSTOM_FIELDS_CREATE_WIRE,
                required=("name", "type_", "format_", "hidden", "values"),
            ),
            operation="createCustomField",
            options=options,
        )

    async def delete(
        self,
        custom_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a single custom field definition.

        Args:
            custom_field_id: Unique identifier of the custom field.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /custom-fields/{customFieldId} (deleteCustomField). Reference: https://apireference.getresponse.com/#operation/deleteCustomField
        """

        return await self._request(
            "DELETE",
            f"/custom-fields/{path_value(custom_field_id)}",
            cast_to=None,
            operation="deleteCustomField",
            options=options,
        )

    async def get(
        self,
        custom_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse:
        """Get a single custom field definition by the custom field ID.

        Args:
            custom_field_id: Unique identifier of the custom field.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-fields/{customFieldId} (getCustomFieldById). Reference: https://apireference.getresponse.com/#operation/getCustomFieldById
        """
        from ..models.custom_field_response import CustomFieldResponse

        return await self._request(
            "GET",
            f"/custom-fields/{path_value(custom_field_id)}",
            cast_to=CustomFieldResponse,
            params={"fields": fields},
            operation="getCustomFieldById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomField]:
        """Get a list of custom fields.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search custom fields by name
            sort_name: Sort by name
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-fields (getCustomFieldList). Reference: https://apireference.getresponse.com/#operation/getCustomFieldList
        """
        from ..models.custom_field import CustomField

        return self._page(
            "/custom-fields",
            item=CustomField,
            params={"query[name]": query_name, "sort[name]": sort_name, "fields": fields, "perPage": per_page},
            page=page,
            operation="getCustomFieldList",
            options=options,
        )

    @overload
    async def update(
        self,
        custom_field_id: str,
        *,
        hidden: StringBooleanEnum | str,
        values: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    @overload
    async def update(
        self,
        custom_field_id: str,
        *,
        body: UpdateCustomField | UpdateCustomFieldDict,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse: ...

    async def update(
        self,
        custom_field_id: str,
        *,
        body: UpdateCustomField | UpdateCustomFieldDict | None = None,
        hidden: StringBooleanEnum | str | Unset = UNSET,
        values: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomFieldResponse:
        """Update the custom field definition.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            custom_field_id: Unique identifier of the custom field.
            values: The list of assigned values (zero or more - depending on the custom field type.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-fields/{customFieldId} (updateCustomField). Reference: https://apireference.getresponse.com/#operation/updateCustomField
        """
        from ..models.custom_field_response import CustomFieldResponse

        return await self._request(
            "POST",
            f"/custom-fields/{path_value(custom_field_id)}",
            cast_to=CustomFieldResponse,
            json=json_body(
                "custom_fields.update",
                body,
                {"hidden": hidden, "values": values},
                CUSTOM_FIELDS_UPDATE_WIRE,
                required=("hidden", "values"),
            ),
            operation="updateCustomField",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncCustomFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncCustomFieldsResourceWithRawResponse(self._raw_copy())


class AsyncCustomFieldsResourceWithRawResponse:
    """client.custom_fields.with_raw_response."""

    def __init__(self, resource: AsyncCustomFieldsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
CUSTOM_FIELDS_CREATE_WIRE = {
    "name": "name",
    "type_": "type",
    "format_": "format",
    "hidden": "hidden",
    "values": "values",
}
CUSTOM_FIELDS_UPDATE_WIRE = {"hidden": "hidden", "values": "values"}
