"""Suppressions: client.suppressions (generated; do not edit)."""

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
    from ..models.new_suppression import NewSuppression
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.suppression import Suppression
    from ..models.suppression_details import SuppressionDetails
    from ..models.update_suppression import UpdateSuppression


class SuppressionsRawResource(SyncResource):
    """client.suppressions.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewSuppression | Unset = UNSET,
    ) -> RawResponse[SuppressionDetails]:
        """Creates a new suppression list. Returns the raw response with the parsed body."""
        from ..api.suppressions import create_suppression as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        suppression_id: str,
    ) -> RawResponse[None]:
        """Deletes a given suppression list by ID. Returns the raw response with the parsed body."""
        from ..api.suppressions import delete_suppression as op

        return self._call(
            op._get_kwargs(
                suppression_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        suppression_id: str,
    ) -> RawResponse[SuppressionDetails]:
        """Get a suppression list by ID. Returns the raw response with the parsed body."""
        from ..api.suppressions import get_suppression_by_id as op

        return self._call(
            op._get_kwargs(
                suppression_id,
            ),
            op._parse_response,
            idempotent=True,
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
    ) -> RawResponse[builtins.list[Suppression]]:
        """Get suppression lists. Returns the raw response with the parsed body."""
        from ..api.suppressions import get_suppressions_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
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
        suppression_id: str,
        body: UpdateSuppression | Unset = UNSET,
    ) -> RawResponse[SuppressionDetails]:
        """Update a suppression list by ID. Returns the raw response with the parsed body."""
        from ..api.suppressions import update_suppression as op

        return self._call(
            op._get_kwargs(
                suppression_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class SuppressionsResource(SyncResource):
    """Suppressions: client.suppressions."""

    @cached_property
    def with_raw_response(self) -> SuppressionsRawResource:
        return SuppressionsRawResource(self._transport)

    def create(
        self,
        body: NewSuppression | Unset = UNSET,
    ) -> SuppressionDetails:
        """Creates a new suppression list.

        POST /suppressions (createSuppression). Reference: https://apireference.getresponse.com/#operation/createSuppression
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        suppression_id: str,
    ) -> None:
        """Deletes a given suppression list by ID.

        DELETE /suppressions/{suppressionId} (deleteSuppression). Reference: https://apireference.getresponse.com/#operation/deleteSuppression
        """
        return (
            self.with_raw_response.delete(
                suppression_id,
            )
        ).parsed

    def get(
        self,
        suppression_id: str,
    ) -> SuppressionDetails:
        """Get a suppression list by ID.

        GET /suppressions/{suppressionId} (getSuppressionById). Reference: https://apireference.getresponse.com/#operation/getSuppressionById
        """
        return (
            self.with_raw_response.get(
                suppression_id,
            )
        ).parsed

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
    ) -> Page[Suppression]:
        """Get suppression lists.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /suppressions (getSuppressionsList). Reference: https://apireference.getresponse.com/#operation/getSuppressionsList
        """
        from ..api.suppressions import get_suppressions_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
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
        suppression_id: str,
        body: UpdateSuppression | Unset = UNSET,
    ) -> SuppressionDetails:
        """Update a suppression list by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /suppressions/{suppressionId} (updateSuppression). Reference: https://apireference.getresponse.com/#operation/updateSuppression
        """
        return (
            self.with_raw_response.update(
                suppression_id,
                body,
            )
        ).parsed


class AsyncSuppressionsRawResource(AsyncResource):
    """client.suppressions.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewSuppression | Unset = UNSET,
    ) -> RawResponse[SuppressionDetails]:
        """Creates a new suppression list. Returns the raw response with the parsed body."""
        from ..api.suppressions import create_suppression as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        suppression_id: str,
    ) -> RawResponse[None]:
        """Deletes a given suppression list by ID. Returns the raw response with the parsed body."""
        from ..api.suppressions import delete_suppression as op

        return await self._call(
            op._get_kwargs(
                suppression_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        suppression_id: str,
    ) -> RawResponse[SuppressionDetails]:
        """Get a suppression list by ID. Returns the raw response with the parsed body."""
        from ..api.suppressions import get_suppression_by_id as op

        return await self._call(
            op._get_kwargs(
                suppression_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
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
    ) -> RawResponse[builtins.list[Suppression]]:
        """Get suppression lists. Returns the raw response with the parsed body."""
        from ..api.suppressions import get_suppressions_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
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
        suppression_id: str,
        body: UpdateSuppression | Unset = UNSET,
    ) -> RawResponse[SuppressionDetails]:
        """Update a suppression list by ID. Returns the raw response with the parsed body."""
        from ..api.suppressions import update_suppression as op

        return await self._call(
            op._get_kwargs(
                suppression_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncSuppressionsResource(AsyncResource):
    """Suppressions: client.suppressions."""

    @cached_property
    def with_raw_response(self) -> AsyncSuppressionsRawResource:
        return AsyncSuppressionsRawResource(self._transport)

    async def create(
        self,
        body: NewSuppression | Unset = UNSET,
    ) -> SuppressionDetails:
        """Creates a new suppression list.

        POST /suppressions (createSuppression). Reference: https://apireference.getresponse.com/#operation/createSuppression
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        suppression_id: str,
    ) -> None:
        """Deletes a given suppression list by ID.

        DELETE /suppressions/{suppressionId} (deleteSuppression). Reference: https://apireference.getresponse.com/#operation/deleteSuppression
        """
        return (
            await self.with_raw_response.delete(
                suppression_id,
            )
        ).parsed

    async def get(
        self,
        suppression_id: str,
    ) -> SuppressionDetails:
        """Get a suppression list by ID.

        GET /suppressions/{suppressionId} (getSuppressionById). Reference: https://apireference.getresponse.com/#operation/getSuppressionById
        """
        return (
            await self.with_raw_response.get(
                suppression_id,
            )
        ).parsed

    async def list(
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
    ) -> AsyncPage[Suppression]:
        """Get suppression lists.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /suppressions (getSuppressionsList). Reference: https://apireference.getresponse.com/#operation/getSuppressionsList
        """
        from ..api.suppressions import get_suppressions_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortname=sort_name,
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
        suppression_id: str,
        body: UpdateSuppression | Unset = UNSET,
    ) -> SuppressionDetails:
        """Update a suppression list by ID.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /suppressions/{suppressionId} (updateSuppression). Reference: https://apireference.getresponse.com/#operation/updateSuppression
        """
        return (
            await self.with_raw_response.update(
                suppression_id,
                body,
            )
        ).parsed
