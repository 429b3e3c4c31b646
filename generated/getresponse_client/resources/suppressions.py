"""Suppressions: client.suppressions (generated; do not edit)."""

from __future__ import annotations

import builtins
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

    from ..models.new_suppression import NewSuppression, NewSuppressionDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.suppression import Suppression
    from ..models.suppression_details import SuppressionDetails
    from ..models.update_suppression import UpdateSuppression, UpdateSuppressionDict


class SuppressionsResource(SyncResource):
    """Suppressions: client.suppressions."""

    @overload
    def create(
        self,
        *,
        name: str,
        masks: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewSuppression | NewSuppressionDict,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    def create(
        self,
        *,
        body: NewSuppression | NewSuppressionDict | None = None,
        name: str | Unset = UNSET,
        masks: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails:
        """Creates a new suppression list.

        Args:
            name: The name of the suppression list

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /suppressions (createSuppression). Reference: https://apireference.getresponse.com/#operation/createSuppression
        """
        from ..models.suppression_details import SuppressionDetails

        return self._request(
            "POST",
            "/suppressions",
            cast_to=SuppressionDetails,
            json=json_body(
                "suppressions.create",
                body,
                {"name": name, "masks": masks},
                SUPPRESSIONS_CREATE_WIRE,
                required=("name",),
            ),
            operation="createSuppression",
            options=options,
        )

    def delete(
        self,
        suppression_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes a given suppression list by ID.

        Args:
            suppression_id: The suppression ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /suppressions/{suppressionId} (deleteSuppression). Reference: https://apireference.getresponse.com/#operation/deleteSuppression
        """

        return self._request(
            "DELETE",
            f"/suppressions/{path_value(suppression_id)}",
            cast_to=None,
            operation="deleteSuppression",
            options=options,
        )

    def get(
        self,
        suppression_id: str,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails:
        """Get a suppression list by ID.

        Args:
            suppression_id: The suppression ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /suppressions/{suppressionId} (getSuppressionById). Reference: https://apireference.getresponse.com/#operation/getSuppressionById
        """
        from ..models.suppression_details import SuppressionDetails

        return self._request(
            "GET",
            f"/suppressions/{path_value(suppression_id)}",
            cast_to=SuppressionDetails,
            operation="getSuppressionById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[Suppression]:
        """Get suppression lists.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search suppressions by name
            query_created_on_from: Search suppressions created from this date
            query_created_on_to: Search suppressions created to this date
            sort_name: Sort by name
            sort_created_on: Sort by the createdOn date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /suppressions (getSuppressionsList). Reference: https://apireference.getresponse.com/#operation/getSuppressionsList
        """
        from ..models.suppression import Suppression

        return self._page(
            "/suppressions",
            item=Suppression,
            params={
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "suppressionId"),
            operation="getSuppressionsList",
            options=options,
        )

    @overload
    def update(
        self,
        suppression_id: str,
        *,
        name: str,
        masks: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    @overload
    def update(
        self,
        suppression_id: str,
        *,
        body: UpdateSuppression | UpdateSuppressionDict,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    def update(
        self,
        suppression_id: str,
        *,
        body: UpdateSuppression | UpdateSuppressionDict | None = None,
        name: str | Unset = UNSET,
        masks: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails:
        """Update a suppression list by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            suppression_id: The suppression ID
            name: The name of the suppression list

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /suppressions/{suppressionId} (updateSuppression). Reference: https://apireference.getresponse.com/#operation/updateSuppression
        """
        from ..models.suppression_details import SuppressionDetails

        return self._request(
            "POST",
            f"/suppressions/{path_value(suppression_id)}",
            cast_to=SuppressionDetails,
            json=json_body(
                "suppressions.update",
                body,
                {"name": name, "masks": masks},
                SUPPRESSIONS_UPDATE_WIRE,
                required=("name", "masks"),
            ),
            operation="updateSuppression",
            options=options,
        )

    @property
    def with_raw_response(self) -> SuppressionsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return SuppressionsResourceWithRawResponse(self._raw_copy())


class SuppressionsResourceWithRawResponse:
    """client.suppressions.with_raw_response."""

    def __init__(self, resource: SuppressionsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncSuppressionsResource(AsyncResource):
    """Suppressions: client.suppressions."""

    @overload
    async def create(
        self,
        *,
        name: str,
        masks: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewSuppression | NewSuppressionDict,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    async def create(
        self,
        *,
        body: NewSuppression | NewSuppressionDict | None = None,
        name: str | Unset = UNSET,
        masks: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails:
        """Creates a new suppression list.

        Args:
            name: The name of the suppression list

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /suppressions (createSuppression). Reference: https://apireference.getresponse.com/#operation/createSuppression
        """
        from ..models.suppression_details import SuppressionDetails

        return await self._request(
            "POST",
            "/suppressions",
            cast_to=SuppressionDetails,
            json=json_body(
                "suppressions.create",
                body,
                {"name": name, "masks": masks},
                SUPPRESSIONS_CREATE_WIRE,
                required=("name",),
            ),
            operation="createSuppression",
            options=options,
        )

    async def delete(
        self,
        suppression_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Deletes a given suppression list by ID.

        Args:
            suppression_id: The suppression ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /suppressions/{suppressionId} (deleteSuppression). Reference: https://apireference.getresponse.com/#operation/deleteSuppression
        """

        return await self._request(
            "DELETE",
            f"/suppressions/{path_value(suppression_id)}",
            cast_to=None,
            operation="deleteSuppression",
            options=options,
        )

    async def get(
        self,
        suppression_id: str,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails:
        """Get a suppression list by ID.

        Args:
            suppression_id: The suppression ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /suppressions/{suppressionId} (getSuppressionById). Reference: https://apireference.getresponse.com/#operation/getSuppressionById
        """
        from ..models.suppression_details import SuppressionDetails

        return await self._request(
            "GET",
            f"/suppressions/{path_value(suppression_id)}",
            cast_to=SuppressionDetails,
            operation="getSuppressionById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Suppression]:
        """Get suppression lists.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search suppressions by name
            query_created_on_from: Search suppressions created from this date
            query_created_on_to: Search suppressions created to this date
            sort_name: Sort by name
            sort_created_on: Sort by the createdOn date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /suppressions (getSuppressionsList). Reference: https://apireference.getresponse.com/#operation/getSuppressionsList
        """
        from ..models.suppression import Suppression

        return self._page(
            "/suppressions",
            item=Suppression,
            params={
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "suppressionId"),
            operation="getSuppressionsList",
            options=options,
        )

    @overload
    async def update(
        self,
        suppression_id: str,
        *,
        name: str,
        masks: builtins.list[str],
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    @overload
    async def update(
        self,
        suppression_id: str,
        *,
        body: UpdateSuppression | UpdateSuppressionDict,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails: ...

    async def update(
        self,
        suppression_id: str,
        *,
        body: UpdateSuppression | UpdateSuppressionDict | None = None,
        name: str | Unset = UNSET,
        masks: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SuppressionDetails:
        """Update a suppression list by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            suppression_id: The suppression ID
            name: The name of the suppression list

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /suppressions/{suppressionId} (updateSuppression). Reference: https://apireference.getresponse.com/#operation/updateSuppression
        """
        from ..models.suppression_details import SuppressionDetails

        return await self._request(
            "POST",
            f"/suppressions/{path_value(suppression_id)}",
            cast_to=SuppressionDetails,
            json=json_body(
                "suppressions.update",
                body,
                {"name": name, "masks": masks},
                SUPPRESSIONS_UPDATE_WIRE,
                required=("name", "masks"),
            ),
            operation="updateSuppression",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncSuppressionsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncSuppressionsResourceWithRawResponse(self._raw_copy())


class AsyncSuppressionsResourceWithRawResponse:
    """client.suppressions.with_raw_response."""

    def __init__(self, resource: AsyncSuppressionsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
SUPPRESSIONS_CREATE_WIRE = {"name": "name", "masks": "masks"}
SUPPRESSIONS_UPDATE_WIRE = {"name": "name", "masks": "masks"}
