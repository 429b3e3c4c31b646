"""Forms: client.forms (generated; do not edit)."""

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
    from ..models.form import Form
    from ..models.form_details import FormDetails
    from ..models.form_variant_details import FormVariantDetails
    from ..models.get_form_list_querystatus import GetFormListQuerystatus
    from ..models.sort_order_enum import SortOrderEnum


class FormsRawResource(SyncResource):
    """client.forms.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[FormDetails]:
        """Get form by ID. Returns the raw response with the parsed body."""
        from ..api.forms import get_form as op

        return self._call(
            op._get_kwargs(
                form_id,
                fields=fields,
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
        query_campaign_id: str | Unset = UNSET,
        query_status: GetFormListQuerystatus | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_visitors: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_subscribed: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Form]]:
        """Get the list of forms. Returns the raw response with the parsed body."""
        from ..api.forms import get_form_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortcreated_on=sort_created_on,
                sortname=sort_name,
                sortvisitors=sort_visitors,
                sortunique_visitors=sort_unique_visitors,
                sortsubscribed=sort_subscribed,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_variant_list(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[FormVariantDetails]]:
        """Get the list of form variants (A/B tests). Returns the raw response with the parsed body."""
        from ..api.forms import get_form_variant_list as op

        return self._call(
            op._get_kwargs(
                form_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class FormsResource(SyncResource):
    """Forms: client.forms."""

    @cached_property
    def with_raw_response(self) -> FormsRawResource:
        return FormsRawResource(self._transport)

    def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> FormDetails:
        """Get form by ID.

        GET /forms/{formId} (getForm). Reference: https://apireference.getresponse.com/#operation/getForm
        """
        return (
            self.with_raw_response.get(
                form_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_status: GetFormListQuerystatus | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_visitors: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_subscribed: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Form]:
        """Get the list of forms.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /forms (getFormList). Reference: https://apireference.getresponse.com/#operation/getFormList
        """
        from ..api.forms import get_form_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortcreated_on=sort_created_on,
                sortname=sort_name,
                sortvisitors=sort_visitors,
                sortunique_visitors=sort_unique_visitors,
                sortsubscribed=sort_subscribed,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_variant_list(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[FormVariantDetails]:
        """Get the list of form variants (A/B tests).

        GET /forms/{formId}/variants (getFormVariantList). Reference: https://apireference.getresponse.com/#operation/getFormVariantList
        """
        return (
            self.with_raw_response.get_variant_list(
                form_id,
                fields=fields,
            )
        ).parsed


class AsyncFormsRawResource(AsyncResource):
    """client.forms.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[FormDetails]:
        """Get form by ID. Returns the raw response with the parsed body."""
        from ..api.forms import get_form as op

        return await self._call(
            op._get_kwargs(
                form_id,
                fields=fields,
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
        query_campaign_id: str | Unset = UNSET,
        query_status: GetFormListQuerystatus | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_visitors: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_subscribed: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Form]]:
        """Get the list of forms. Returns the raw response with the parsed body."""
        from ..api.forms import get_form_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortcreated_on=sort_created_on,
                sortname=sort_name,
                sortvisitors=sort_visitors,
                sortunique_visitors=sort_unique_visitors,
                sortsubscribed=sort_subscribed,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_variant_list(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[FormVariantDetails]]:
        """Get the list of form variants (A/B tests). Returns the raw response with the parsed body."""
        from ..api.forms import get_form_variant_list as op

        return await self._call(
            op._get_kwargs(
                form_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncFormsResource(AsyncResource):
    """Forms: client.forms."""

    @cached_property
    def with_raw_response(self) -> AsyncFormsRawResource:
        return AsyncFormsRawResource(self._transport)

    async def get(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> FormDetails:
        """Get form by ID.

        GET /forms/{formId} (getForm). Reference: https://apireference.getresponse.com/#operation/getForm
        """
        return (
            await self.with_raw_response.get(
                form_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_status: GetFormListQuerystatus | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_visitors: SortOrderEnum | Unset = UNSET,
        sort_unique_visitors: SortOrderEnum | Unset = UNSET,
        sort_subscribed: SortOrderEnum | Unset = UNSET,
        sort_subscription_rate: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Form]:
        """Get the list of forms.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /forms (getFormList). Reference: https://apireference.getresponse.com/#operation/getFormList
        """
        from ..api.forms import get_form_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querycampaign_id=query_campaign_id,
                querystatus=query_status,
                sortcreated_on=sort_created_on,
                sortname=sort_name,
                sortvisitors=sort_visitors,
                sortunique_visitors=sort_unique_visitors,
                sortsubscribed=sort_subscribed,
                sortsubscription_rate=sort_subscription_rate,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_variant_list(
        self,
        form_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[FormVariantDetails]:
        """Get the list of form variants (A/B tests).

        GET /forms/{formId}/variants (getFormVariantList). Reference: https://apireference.getresponse.com/#operation/getFormVariantList
        """
        return (
            await self.with_raw_response.get_variant_list(
                form_id,
                fields=fields,
            )
        ).parsed
