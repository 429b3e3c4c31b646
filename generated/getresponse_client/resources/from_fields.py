"""From Fields: client.from_fields (generated; do not edit)."""

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
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.from_field import FromField
    from ..models.new_from_field import NewFromField, NewFromFieldDict
    from ..models.sort_order_enum import SortOrderEnum


class FromFieldsResource(SyncResource):
    """From Fields: client.from_fields."""

    @overload
    def create(
        self,
        *,
        email: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> FromField: ...

    @overload
    def create(
        self,
        *,
        body: NewFromField | NewFromFieldDict,
        **options: Unpack[RequestOptions],
    ) -> FromField: ...

    def create(
        self,
        *,
        body: NewFromField | NewFromFieldDict | None = None,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FromField:
        """Create 'From' address.

        Args:
            email: The email address
            name: The name connected to the email address

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /from-fields (createFromField). Reference: https://apireference.getresponse.com/#operation/createFromField
        """
        from ..models.from_field import FromField

        return self._request(
            "POST",
            "/from-fields",
            cast_to=FromField,
            json=json_body(
                "from_fields.create",
                body,
                {"email": email, "name": name},
                FROM_FIELDS_CREATE_WIRE,
                required=("email", "name"),
            ),
            operation="createFromField",
            options=options,
        )

    def delete(
        self,
        from_field_id: str,
        *,
        from_field_id_to_replace_with: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete 'From' address.

        Args:
            from_field_id: The 'From' address ID
            from_field_id_to_replace_with: The 'From' address ID that should replace the deleted 'From'
                address

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /from-fields/{fromFieldId} (deleteFromField). Reference: https://apireference.getresponse.com/#operation/deleteFromField
        """

        return self._request(
            "DELETE",
            f"/from-fields/{path_value(from_field_id)}",
            cast_to=None,
            params={"fromFieldIdToReplaceWith": from_field_id_to_replace_with},
            operation="deleteFromField",
            options=options,
        )

    def get(
        self,
        from_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FromField:
        """Get a single 'From' address by ID.

        Args:
            from_field_id: The 'From' address ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /from-fields/{fromFieldId} (getFromFieldById). Reference: https://apireference.getresponse.com/#operation/getFromFieldById
        """
        from ..models.from_field import FromField

        return self._request(
            "GET",
            f"/from-fields/{path_value(from_field_id)}",
            cast_to=FromField,
            params={"fields": fields},
            operation="getFromFieldById",
            options=options,
        )

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        query_is_active: bool | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[FromField]:
        """Get the list of 'From' addresses.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_email: Search 'From' address by email
            query_name: Search 'From' address by name
            query_is_default: Search only default 'From' address
            query_is_active: Search only active 'From' addresses
            sort_created_on: Sort 'From' address by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /from-fields (getFromFieldList). Reference: https://apireference.getresponse.com/#operation/getFromFieldList
        """
        from ..models.from_field import FromField

        return self._page(
            "/from-fields",
            item=FromField,
            params={
                "query[email]": query_email,
                "query[name]": query_name,
                "query[isDefault]": query_is_default,
                "query[isActive]": query_is_active,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getFromFieldList",
            options=options,
        )

    def set_default(
        self,
        from_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> FromField:
        """Set a 'From' address as default.

        Args:
            from_field_id: The 'From' address ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /from-fields/{fromFieldId}/default (setFromFieldAsDefault). Reference: https://apireference.getresponse.com/#operation/setFromFieldAsDefault
        """
        from ..models.from_field import FromField

        return self._request(
            "POST",
            f"/from-fields/{path_value(from_field_id)}/default",
            cast_to=FromField,
            operation="setFromFieldAsDefault",
            options=options,
        )

    @property
    def with_raw_response(self) -> FromFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return FromFieldsResourceWithRawResponse(self._raw_copy())


class FromFieldsResourceWithRawResponse:
    """client.from_fields.with_raw_response."""

    def __init__(self, resource: FromFieldsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.set_default = raw_response(resource.set_default)


class AsyncFromFieldsResource(AsyncResource):
    """From Fields: client.from_fields."""

    @overload
    async def create(
        self,
        *,
        email: str,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> FromField: ...

    @overload
    async def create(
        self,
        *,
        body: NewFromField | NewFromFieldDict,
        **options: Unpack[RequestOptions],
    ) -> FromField: ...

    async def create(
        self,
        *,
        body: NewFromField | NewFromFieldDict | None = None,
        email: str | Unset = UNSET,
        name: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FromField:
        """Create 'From' address.

        Args:
            email: The email address
            name: The name connected to the email address

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /from-fields (createFromField). Reference: https://apireference.getresponse.com/#operation/createFromField
        """
        from ..models.from_field import FromField

        return await self._request(
            "POST",
            "/from-fields",
            cast_to=FromField,
            json=json_body(
                "from_fields.create",
                body,
                {"email": email, "name": name},
                FROM_FIELDS_CREATE_WIRE,
                required=("email", "name"),
            ),
            operation="createFromField",
            options=options,
        )

    async def delete(
        self,
        from_field_id: str,
        *,
        from_field_id_to_replace_with: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete 'From' address.

        Args:
            from_field_id: The 'From' address ID
            from_field_id_to_replace_with: The 'From' address ID that should replace the deleted 'From'
                address

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /from-fields/{fromFieldId} (deleteFromField). Reference: https://apireference.getresponse.com/#operation/deleteFromField
        """

        return await self._request(
            "DELETE",
            f"/from-fields/{path_value(from_field_id)}",
            cast_to=None,
            params={"fromFieldIdToReplaceWith": from_field_id_to_replace_with},
            operation="deleteFromField",
            options=options,
        )

    async def get(
        self,
        from_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FromField:
        """Get a single 'From' address by ID.

        Args:
            from_field_id: The 'From' address ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /from-fields/{fromFieldId} (getFromFieldById). Reference: https://apireference.getresponse.com/#operation/getFromFieldById
        """
        from ..models.from_field import FromField

        return await self._request(
            "GET",
            f"/from-fields/{path_value(from_field_id)}",
            cast_to=FromField,
            params={"fields": fields},
            operation="getFromFieldById",
            options=options,
        )

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_is_default: bool | Unset = UNSET,
        query_is_active: bool | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[FromField]:
        """Get the list of 'From' addresses.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_email: Search 'From' address by email
            query_name: Search 'From' address by name
            query_is_default: Search only default 'From' address
            query_is_active: Search only active 'From' addresses
            sort_created_on: Sort 'From' address by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /from-fields (getFromFieldList). Reference: https://apireference.getresponse.com/#operation/getFromFieldList
        """
        from ..models.from_field import FromField

        return self._page(
            "/from-fields",
            item=FromField,
            params={
                "query[email]": query_email,
                "query[name]": query_name,
                "query[isDefault]": query_is_default,
                "query[isActive]": query_is_active,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getFromFieldList",
            options=options,
        )

    async def set_default(
        self,
        from_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> FromField:
        """Set a 'From' address as default.

        Args:
            from_field_id: The 'From' address ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /from-fields/{fromFieldId}/default (setFromFieldAsDefault). Reference: https://apireference.getresponse.com/#operation/setFromFieldAsDefault
        """
        from ..models.from_field import FromField

        return await self._request(
            "POST",
            f"/from-fields/{path_value(from_field_id)}/default",
            cast_to=FromField,
            operation="setFromFieldAsDefault",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncFromFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncFromFieldsResourceWithRawResponse(self._raw_copy())


class AsyncFromFieldsResourceWithRawResponse:
    """client.from_fields.with_raw_response."""

    def __init__(self, resource: AsyncFromFieldsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.set_default = async_raw_response(resource.set_default)


# Keyword argument -> JSON name, per method with a body.
FROM_FIELDS_CREATE_WIRE = {"email": "email", "name": "name"}
