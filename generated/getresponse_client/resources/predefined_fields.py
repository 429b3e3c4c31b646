"""Predefined Fields: client.predefined_fields (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.new_predefined_field import NewPredefinedField
    from ..models.predefined_field import PredefinedField
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_predefined_field import UpdatePredefinedField


class PredefinedFieldsRawResource(SyncResource):
    """client.predefined_fields.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewPredefinedField | Unset = UNSET,
    ) -> RawResponse[PredefinedField]:
        """Create a predefined field. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import create_predefined_field as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        predefined_field_id: str,
    ) -> RawResponse[None]:
        """Delete a predefined field. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import delete_predefined_field as op

        return self._call(
            op._get_kwargs(
                predefined_field_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        predefined_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[PredefinedField]:
        """Get a predefined field by ID. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import get_predefined_field_by_id as op

        return self._call(
            op._get_kwargs(
                predefined_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[PredefinedField]]:
        """Get the predefined fields list. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import get_predefined_field_list as op

        return self._call(
            op._get_kwargs(
                sortname=sort_name,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        predefined_field_id: str,
        body: UpdatePredefinedField | Unset = UNSET,
    ) -> RawResponse[PredefinedField]:
        """Update a predefined field. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import update_predefined_field as op

        return self._call(
            op._get_kwargs(
                predefined_field_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class PredefinedFieldsResource(SyncResource):
    """Predefined Fields: client.predefined_fields."""

    @cached_property
    def with_raw_response(self) -> PredefinedFieldsRawResource:
        return PredefinedFieldsRawResource(self._transport)

    def create(
        self,
        body: NewPredefinedField | Unset = UNSET,
    ) -> PredefinedField:
        """Create a predefined field.

        POST /predefined-fields (createPredefinedField). Reference: https://apireference.getresponse.com/#operation/createPredefinedField
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        predefined_field_id: str,
    ) -> None:
        """Delete a predefined field.

        DELETE /predefined-fields/{predefinedFieldId} (deletePredefinedField). Reference: https://apireference.getresponse.com/#operation/deletePredefinedField
        """
        return (
            self.with_raw_response.delete(
                predefined_field_id,
            )
        ).parsed

    def get(
        self,
        predefined_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PredefinedField:
        """Get a predefined field by ID.

        GET /predefined-fields/{predefinedFieldId} (getPredefinedFieldById). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldById
        """
        return (
            self.with_raw_response.get(
                predefined_field_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[PredefinedField]:
        """Get the predefined fields list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /predefined-fields (getPredefinedFieldList). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldList
        """
        from ..api.predefined_fields import get_predefined_field_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                sortname=sort_name,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        predefined_field_id: str,
        body: UpdatePredefinedField | Unset = UNSET,
    ) -> PredefinedField:
        """Update a predefined field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /predefined-fields/{predefinedFieldId} (updatePredefinedField). Reference: https://apireference.getresponse.com/#operation/updatePredefinedField
        """
        return (
            self.with_raw_response.update(
                predefined_field_id,
                body,
            )
        ).parsed


class AsyncPredefinedFieldsRawResource(AsyncResource):
    """client.predefined_fields.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewPredefinedField | Unset = UNSET,
    ) -> RawResponse[PredefinedField]:
        """Create a predefined field. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import create_predefined_field as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        predefined_field_id: str,
    ) -> RawResponse[None]:
        """Delete a predefined field. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import delete_predefined_field as op

        return await self._call(
            op._get_kwargs(
                predefined_field_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        predefined_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[PredefinedField]:
        """Get a predefined field by ID. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import get_predefined_field_by_id as op

        return await self._call(
            op._get_kwargs(
                predefined_field_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[PredefinedField]]:
        """Get the predefined fields list. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import get_predefined_field_list as op

        return await self._call(
            op._get_kwargs(
                sortname=sort_name,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        predefined_field_id: str,
        body: UpdatePredefinedField | Unset = UNSET,
    ) -> RawResponse[PredefinedField]:
        """Update a predefined field. Returns the raw response with the parsed body."""
        from ..api.predefined_fields import update_predefined_field as op

        return await self._call(
            op._get_kwargs(
                predefined_field_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncPredefinedFieldsResource(AsyncResource):
    """Predefined Fields: client.predefined_fields."""

    @cached_property
    def with_raw_response(self) -> AsyncPredefinedFieldsRawResource:
        return AsyncPredefinedFieldsRawResource(self._transport)

    async def create(
        self,
        body: NewPredefinedField | Unset = UNSET,
    ) -> PredefinedField:
        """Create a predefined field.

        POST /predefined-fields (createPredefinedField). Reference: https://apireference.getresponse.com/#operation/createPredefinedField
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        predefined_field_id: str,
    ) -> None:
        """Delete a predefined field.

        DELETE /predefined-fields/{predefinedFieldId} (deletePredefinedField). Reference: https://apireference.getresponse.com/#operation/deletePredefinedField
        """
        return (
            await self.with_raw_response.delete(
                predefined_field_id,
            )
        ).parsed

    async def get(
        self,
        predefined_field_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> PredefinedField:
        """Get a predefined field by ID.

        GET /predefined-fields/{predefinedFieldId} (getPredefinedFieldById). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldById
        """
        return (
            await self.with_raw_response.get(
                predefined_field_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[PredefinedField]:
        """Get the predefined fields list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /predefined-fields (getPredefinedFieldList). Reference: https://apireference.getresponse.com/#operation/getPredefinedFieldList
        """
        from ..api.predefined_fields import get_predefined_field_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                sortname=sort_name,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        predefined_field_id: str,
        body: UpdatePredefinedField | Unset = UNSET,
    ) -> PredefinedField:
        """Update a predefined field.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /predefined-fields/{predefinedFieldId} (updatePredefinedField). Reference: https://apireference.getresponse.com/#operation/updatePredefinedField
        """
        return (
            await self.with_raw_response.update(
                predefined_field_id,
                body,
            )
        ).parsed
