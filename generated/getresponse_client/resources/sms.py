"""Sms: client.sms (generated; do not edit)."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.responses import RawResponse
    from ..models.sms_stats import SmsStats


class SmsRawResource(SyncResource):
    """client.sms.with_raw_response: the same calls, returning status, headers and body too."""

    def get_stats(
        self,
        sms_id: str,
        *,
        query_created_on_from: datetime.date | Unset = UNSET,
        query_created_on_to: datetime.date | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SmsStats]:
        """Get details for the SMS message statistics. Returns the raw response with the parsed body."""
        from ..api.sms import get_sms_stats as op

        return self._call(
            op._get_kwargs(
                sms_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class SmsResource(SyncResource):
    """Sms: client.sms."""

    @cached_property
    def with_raw_response(self) -> SmsRawResource:
        return SmsRawResource(self._transport)

    def get_stats(
        self,
        sms_id: str,
        *,
        query_created_on_from: datetime.date | Unset = UNSET,
        query_created_on_to: datetime.date | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SmsStats:
        """Get details for the SMS message statistics.

        GET /statistics/sms/{smsId} (getSmsStats). Reference: https://apireference.getresponse.com/#operation/getSmsStats
        """
        return (
            self.with_raw_response.get_stats(
                sms_id,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
                fields=fields,
            )
        ).parsed


class AsyncSmsRawResource(AsyncResource):
    """client.sms.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_stats(
        self,
        sms_id: str,
        *,
        query_created_on_from: datetime.date | Unset = UNSET,
        query_created_on_to: datetime.date | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SmsStats]:
        """Get details for the SMS message statistics. Returns the raw response with the parsed body."""
        from ..api.sms import get_sms_stats as op

        return await self._call(
            op._get_kwargs(
                sms_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncSmsResource(AsyncResource):
    """Sms: client.sms."""

    @cached_property
    def with_raw_response(self) -> AsyncSmsRawResource:
        return AsyncSmsRawResource(self._transport)

    async def get_stats(
        self,
        sms_id: str,
        *,
        query_created_on_from: datetime.date | Unset = UNSET,
        query_created_on_to: datetime.date | Unset = UNSET,
        fields: str | Unset = UNSET,
    ) -> SmsStats:
        """Get details for the SMS message statistics.

        GET /statistics/sms/{smsId} (getSmsStats). Reference: https://apireference.getresponse.com/#operation/getSmsStats
        """
        return (
            await self.with_raw_response.get_stats(
                sms_id,
                query_created_on_from=query_created_on_from,
                query_created_on_to=query_created_on_to,
                fields=fields,
            )
        ).parsed
