"""Predefined Fields: client.predefined_fields (generated; do not edit)."""

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

    from ..models.list_reference import ListReference, ListReferenceDict
    from ..models.new_predefined_field import NewPredefinedField, NewPredefinedFieldDict
    from ..models.predefined_field import PredefinedField
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_predefined_field import UpdatePredefinedField, UpdatePredefinedFieldDict


class PredefinedFieldsResource(SyncResource):
    """Predefined Fields: client.predefined_fields."""

    @overload
    def create(
        self,
        *,
        name: str,
        value: str,
        campaign: ListReference | ListReferenceDict,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    @overload
    def create(
        self,
        *,
        body: NewPredefinedField | NewPredefinedFieldDict,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    def create(
        self,
        *,
        body: NewPredefinedField | NewPredefinedFieldDict | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField:
        """Create a predefined field.

        Args:
            campaign: A reference to a list (campaign in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /predefined-fields (createPredefinedField). Reference: https://apireference.getresponse.com/#operation/createPredefinedField
        """
        from ..models.predefined_field import PredefinedField

        return self._request(
            "POST",
            "/predefined-fields",
            cast_to=PredefinedField,
            json=json_body(
                "predefined_fields.create",
                body,
                {"name": name, "value": value, "campaign": campaign},
                PREDEFINED_FIELDS_CREATE_WIRE,
                required=("name", "value", "campaign"),
            ),
            operation="createPredefinedField",
            options=options,
        )

    def delete(
        self,
        predefined_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a predefined field.

        Args:
            predefined_field_id: The predefined field identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /predefined-fields/{predefinedFieldId} (deletePredefinedField). Reference: https://apireference.getresponse.com/#operation/deletePredefinedField
        """

        return self._request(
            "DELETE",
            f"/predefined-fields/{path_value(predefined_field_id)}",
            cast_to=None,
            operation="deletePredefinedField",
            options=options,
        )

    def get(
        self,
        predefined_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField:
        """Get a predefined field by ID.

        Args:
            predefined_field_id: The predefined field identifier
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /predefined-fields/{predefinedFieldId} (getPredefinedFieldById). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldById
        """
        from ..models.predefined_field import PredefinedField

        return self._request(
            "GET",
            f"/predefined-fields/{path_value(predefined_field_id)}",
            cast_to=PredefinedField,
            params={"fields": fields},
            operation="getPredefinedFieldById",
            options=options,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[PredefinedField]:
        """Get the predefined fields list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            sort_name: Sort by name
            query_name: Search by name
            query_list_id: Search by campaign ID
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /predefined-fields (getPredefinedFieldList). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldList
        """
        from ..models.predefined_field import PredefinedField

        return self._page(
            "/predefined-fields",
            item=PredefinedField,
            params={
                "sort[name]": sort_name,
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getPredefinedFieldList",
            options=options,
        )

    @overload
    def update(
        self,
        predefined_field_id: str,
        *,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    @overload
    def update(
        self,
        predefined_field_id: str,
        *,
        body: UpdatePredefinedField | UpdatePredefinedFieldDict,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    def update(
        self,
        predefined_field_id: str,
        *,
        body: UpdatePredefinedField | UpdatePredefinedFieldDict | None = None,
        value: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField:
        """Update a predefined field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            predefined_field_id: The predefined field identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /predefined-fields/{predefinedFieldId} (updatePredefinedField). Reference: https://apireference.getresponse.com/#operation/updatePredefinedField
        """
        from ..models.predefined_field import PredefinedField

        return self._request(
            "POST",
            f"/predefined-fields/{path_value(predefined_field_id)}",
            cast_to=PredefinedField,
            json=json_body(
                "predefined_fields.update",
                body,
                {"value": value},
                PREDEFINED_FIELDS_UPDATE_WIRE,
                required=("value",),
            ),
            operation="updatePredefinedField",
            options=options,
        )

    @property
    def with_raw_response(self) -> PredefinedFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return PredefinedFieldsResourceWithRawResponse(self._raw_copy())


class PredefinedFieldsResourceWithRawResponse:
    """client.predefined_fields.with_raw_response."""

    def __init__(self, resource: PredefinedFieldsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncPredefinedFieldsResource(AsyncResource):
    """Predefined Fields: client.predefined_fields."""

    @overload
    async def create(
        self,
        *,
        name: str,
        value: str,
        campaign: ListReference | ListReferenceDict,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    @overload
    async def create(
        self,
        *,
        body: NewPredefinedField | NewPredefinedFieldDict,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    async def create(
        self,
        *,
        body: NewPredefinedField | NewPredefinedFieldDict | None = None,
        name: str | Unset = UNSET,
        value: str | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField:
        """Create a predefined field.

        Args:
            campaign: A reference to a list (campaign in the API).

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /predefined-fields (createPredefinedField). Reference: https://apireference.getresponse.com/#operation/createPredefinedField
        """
        from ..models.predefined_field import PredefinedField

        return await self._request(
            "POST",
            "/predefined-fields",
            cast_to=PredefinedField,
            json=json_body(
                "predefined_fields.create",
                body,
                {"name": name, "value": value, "campaign": campaign},
                PREDEFINED_FIELDS_CREATE_WIRE,
                required=("name", "value", "campaign"),
            ),
            operation="createPredefinedField",
            options=options,
        )

    async def delete(
        self,
        predefined_field_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a predefined field.

        Args:
            predefined_field_id: The predefined field identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /predefined-fields/{predefinedFieldId} (deletePredefinedField). Reference: https://apireference.getresponse.com/#operation/deletePredefinedField
        """

        return await self._request(
            "DELETE",
            f"/predefined-fields/{path_value(predefined_field_id)}",
            cast_to=None,
            operation="deletePredefinedField",
            options=options,
        )

    async def get(
        self,
        predefined_field_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField:
        """Get a predefined field by ID.

        Args:
            predefined_field_id: The predefined field identifier
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /predefined-fields/{predefinedFieldId} (getPredefinedFieldById). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldById
        """
        from ..models.predefined_field import PredefinedField

        return await self._request(
            "GET",
            f"/predefined-fields/{path_value(predefined_field_id)}",
            cast_to=PredefinedField,
            params={"fields": fields},
            operation="getPredefinedFieldById",
            options=options,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[PredefinedField]:
        """Get the predefined fields list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            sort_name: Sort by name
            query_name: Search by name
            query_list_id: Search by campaign ID
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /predefined-fields (getPredefinedFieldList). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldList
        """
        from ..models.predefined_field import PredefinedField

        return self._page(
            "/predefined-fields",
            item=PredefinedField,
            params={
                "sort[name]": sort_name,
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getPredefinedFieldList",
            options=options,
        )

    @overload
    async def update(
        self,
        predefined_field_id: str,
        *,
        value: str,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    @overload
    async def update(
        self,
        predefined_field_id: str,
        *,
        body: UpdatePredefinedField | UpdatePredefinedFieldDict,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField: ...

    async def update(
        self,
        predefined_field_id: str,
        *,
        body: UpdatePredefinedField | UpdatePredefinedFieldDict | None = None,
        value: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> PredefinedField:
        """Update a predefined field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            predefined_field_id: The predefined field identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /predefined-fields/{predefinedFieldId} (updatePredefinedField). Reference: https://apireference.getresponse.com/#operation/updatePredefinedField
        """
        from ..models.predefined_field import PredefinedField

        return await self._request(
            "POST",
            f"/predefined-fields/{path_value(predefined_field_id)}",
            cast_to=PredefinedField,
            json=json_body(
                "predefined_fields.update",
                body,
                {"value": value},
                PREDEFINED_FIELDS_UPDATE_WIRE,
                required=("value",),
            ),
            operation="updatePredefinedField",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncPredefinedFieldsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncPredefinedFieldsResourceWithRawResponse(self._raw_copy())


class AsyncPredefinedFieldsResourceWithRawResponse:
    """client.predefined_fields.with_raw_response."""

    def __init__(self, resource: AsyncPredefinedFieldsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
PREDEFINED_FIELDS_CREATE_WIRE = {"name": "name", "value": "value", "campaign": "campaign"}
PREDEFINED_FIELDS_UPDATE_WIRE = {"value": "value"}
