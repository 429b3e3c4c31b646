"""Form and Popup: client.form_and_popup (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.responses import RawResponse
    from ..models.get_popup_general_performance_querydevice import GetPopupGeneralPerformanceQuerydevice
    from ..models.popup_general_performance_stats import PopupGeneralPerformanceStats


class FormAndPopupRawResource(SyncResource):
    """client.form_and_popup.with_raw_response: the same calls, returning status, headers and body too."""

    def get_general_performance(
        self,
        popup_id: str,
        *,
        query_date_from: datetime.date | Unset = UNSET,
        query_date_to: datetime.date | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[PopupGeneralPerformanceStats]:
        """Get statistics for a single form or popup. Returns the raw response with the parsed body."""
        from ..api.form_and_popup import get_popup_general_performance as op

        return self._call(
            op._get_kwargs(
                popup_id,
                querydatefrom=query_date_from,
                querydateto=query_date_to,
                querylocation=query_location,
                querydevice=query_device,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class FormAndPopupResource(SyncResource):
    """Form and Popup: client.form_and_popup."""

    @cached_property
    def with_raw_response(self) -> FormAndPopupRawResource:
        return FormAndPopupRawResource(self._transport)

    def get_general_performance(
        self,
        popup_id: str,
        *,
        query_date_from: datetime.date | Unset = UNSET,
        query_date_to: datetime.date | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> PopupGeneralPerformanceStats:
        """Get statistics for a single form or popup.

        GET /statistics/popups/{popupId}/performance (getPopupGeneralPerformance). Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance
        """
        return (
            self.with_raw_response.get_general_performance(
                popup_id,
                query_date_from=query_date_from,
                query_date_to=query_date_to,
                query_location=query_location,
                query_device=query_device,
                fields=fields,
            )
        ).parsed


class AsyncFormAndPopupRawResource(AsyncResource):
    """client.form_and_popup.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_general_performance(
        self,
        popup_id: str,
        *,
        query_date_from: datetime.date | Unset = UNSET,
        query_date_to: datetime.date | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[PopupGeneralPerformanceStats]:
        """Get statistics for a single form or popup. Returns the raw response with the parsed body."""
        from ..api.form_and_popup import get_popup_general_performance as op

        return await self._call(
            op._get_kwargs(
                popup_id,
                querydatefrom=query_date_from,
                querydateto=query_date_to,
                querylocation=query_location,
                querydevice=query_device,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncFormAndPopupResource(AsyncResource):
    """Form and Popup: client.form_and_popup."""

    @cached_property
    def with_raw_response(self) -> AsyncFormAndPopupRawResource:
        return AsyncFormAndPopupRawResource(self._transport)

    async def get_general_performance(
        self,
        popup_id: str,
        *,
        query_date_from: datetime.date | Unset = UNSET,
        query_date_to: datetime.date | Unset = UNSET,
        query_location: str | Unset = UNSET,
        query_device: GetPopupGeneralPerformanceQuerydevice | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> PopupGeneralPerformanceStats:
        """Get statistics for a single form or popup.

        GET /statistics/popups/{popupId}/performance (getPopupGeneralPerformance). Reference: https://apireference.getresponse.com/#operation/getPopupGeneralPerformance
        """
        return (
            await self.with_raw_response.get_general_performance(
                popup_id,
                query_date_from=query_date_from,
                query_date_to=query_date_to,
                query_location=query_location,
                query_device=query_device,
                fields=fields,
            )
        ).parsed
