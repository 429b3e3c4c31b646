"""Custom Events: client.custom_events (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.custom_event import CustomEvent
    from ..models.custom_event_details import CustomEventDetails
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.string_boolean_enum import StringBooleanEnum
    from ..models.trigger_custom_event import TriggerCustomEvent


class CustomEventsRawResource(SyncResource):
    """client.custom_events.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: CustomEvent | Unset = UNSET,
    ) -> RawResponse[CustomEventDetails]:
        """Create custom event. Returns the raw response with the parsed body."""
        from ..api.custom_events import create_custom_event as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        custom_event_id: str,
    ) -> RawResponse[None]:
        """Delete a custom event by custom event ID. Returns the raw response with the parsed body."""
        from ..api.custom_events import delete_custom_event as op

        return self._call(
            op._get_kwargs(
                custom_event_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        custom_event_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[CustomEventDetails]:
        """Get custom events by custom event ID. Returns the raw response with the parsed body."""
        from ..api.custom_events import get_custom_event_by_id as op

        return self._call(
            op._get_kwargs(
                custom_event_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_has_attributes: StringBooleanEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[CustomEventDetails]]:
        """Get a list of custom events. Returns the raw response with the parsed body."""
        from ..api.custom_events import get_custom_events_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                queryhas_attributes=query_has_attributes,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        custom_event_id: str,
        body: CustomEvent | Unset = UNSET,
    ) -> RawResponse[CustomEventDetails]:
        """Update custom event details. Returns the raw response with the parsed body."""
        from ..api.custom_events import update_custom_event as op

        return self._call(
            op._get_kwargs(
                custom_event_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def trigger_event(
        self,
        body: TriggerCustomEvent | Unset = UNSET,
    ) -> RawResponse[None]:
        """Trigger a custom event. Returns the raw response with the parsed body."""
        from ..api.custom_events import trigger_custom_event as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class CustomEventsResource(SyncResource):
    """Custom Events: client.custom_events."""

    @cached_property
    def with_raw_response(self) -> CustomEventsRawResource:
        return CustomEventsRawResource(self._transport)

    def create(
        self,
        body: CustomEvent | Unset = UNSET,
    ) -> CustomEventDetails:
        """Create custom event.

        POST /custom-events (createCustomEvent). Reference: https://apireference.getresponse.com/#operation/createCustomEvent
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        custom_event_id: str,
    ) -> None:
        """Delete a custom event by custom event ID.

        DELETE /custom-events/{customEventId} (deleteCustomEvent). Reference: https://apireference.getresponse.com/#operation/deleteCustomEvent
        """
        return (
            self.with_raw_response.delete(
                custom_event_id,
            )
        ).parsed

    def get(
        self,
        custom_event_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomEventDetails:
        """Get custom events by custom event ID.

        GET /custom-events/{customEventId} (getCustomEventById). Reference: https://apireference.getresponse.com/#operation/getCustomEventById
        """
        return (
            self.with_raw_response.get(
                custom_event_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_has_attributes: StringBooleanEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[CustomEventDetails]:
        """Get a list of custom events.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /custom-events (getCustomEventsList). Reference: https://apireference.getresponse.com/#operation/getCustomEventsList
        """
        from ..api.custom_events import get_custom_events_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                queryhas_attributes=query_has_attributes,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        custom_event_id: str,
        body: CustomEvent | Unset = UNSET,
    ) -> CustomEventDetails:
        """Update custom event details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /custom-events/{customEventId} (updateCustomEvent). Reference: https://apireference.getresponse.com/#operation/updateCustomEvent
        """
        return (
            self.with_raw_response.update(
                custom_event_id,
                body,
            )
        ).parsed

    def trigger_event(
        self,
        body: TriggerCustomEvent | Unset = UNSET,
    ) -> None:
        """Trigger a custom event.

        POST /custom-events/trigger (triggerCustomEvent). Reference: https://apireference.getresponse.com/#operation/triggerCustomEvent
        """
        return (
            self.with_raw_response.trigger_event(
                body,
            )
        ).parsed


class AsyncCustomEventsRawResource(AsyncResource):
    """client.custom_events.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: CustomEvent | Unset = UNSET,
    ) -> RawResponse[CustomEventDetails]:
        """Create custom event. Returns the raw response with the parsed body."""
        from ..api.custom_events import create_custom_event as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        custom_event_id: str,
    ) -> RawResponse[None]:
        """Delete a custom event by custom event ID. Returns the raw response with the parsed body."""
        from ..api.custom_events import delete_custom_event as op

        return await self._call(
            op._get_kwargs(
                custom_event_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        custom_event_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[CustomEventDetails]:
        """Get custom events by custom event ID. Returns the raw response with the parsed body."""
        from ..api.custom_events import get_custom_event_by_id as op

        return await self._call(
            op._get_kwargs(
                custom_event_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_has_attributes: StringBooleanEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[CustomEventDetails]]:
        """Get a list of custom events. Returns the raw response with the parsed body."""
        from ..api.custom_events import get_custom_events_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                queryhas_attributes=query_has_attributes,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        custom_event_id: str,
        body: CustomEvent | Unset = UNSET,
    ) -> RawResponse[CustomEventDetails]:
        """Update custom event details. Returns the raw response with the parsed body."""
        from ..api.custom_events import update_custom_event as op

        return await self._call(
            op._get_kwargs(
                custom_event_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def trigger_event(
        self,
        body: TriggerCustomEvent | Unset = UNSET,
    ) -> RawResponse[None]:
        """Trigger a custom event. Returns the raw response with the parsed body."""
        from ..api.custom_events import trigger_custom_event as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncCustomEventsResource(AsyncResource):
    """Custom Events: client.custom_events."""

    @cached_property
    def with_raw_response(self) -> AsyncCustomEventsRawResource:
        return AsyncCustomEventsRawResource(self._transport)

    async def create(
        self,
        body: CustomEvent | Unset = UNSET,
    ) -> CustomEventDetails:
        """Create custom event.

        POST /custom-events (createCustomEvent). Reference: https://apireference.getresponse.com/#operation/createCustomEvent
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        custom_event_id: str,
    ) -> None:
        """Delete a custom event by custom event ID.

        DELETE /custom-events/{customEventId} (deleteCustomEvent). Reference: https://apireference.getresponse.com/#operation/deleteCustomEvent
        """
        return (
            await self.with_raw_response.delete(
                custom_event_id,
            )
        ).parsed

    async def get(
        self,
        custom_event_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> CustomEventDetails:
        """Get custom events by custom event ID.

        GET /custom-events/{customEventId} (getCustomEventById). Reference: https://apireference.getresponse.com/#operation/getCustomEventById
        """
        return (
            await self.with_raw_response.get(
                custom_event_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_has_attributes: StringBooleanEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[CustomEventDetails]:
        """Get a list of custom events.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /custom-events (getCustomEventsList). Reference: https://apireference.getresponse.com/#operation/getCustomEventsList
        """
        from ..api.custom_events import get_custom_events_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                queryhas_attributes=query_has_attributes,
                sortname=sort_name,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        custom_event_id: str,
        body: CustomEvent | Unset = UNSET,
    ) -> CustomEventDetails:
        """Update custom event details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /custom-events/{customEventId} (updateCustomEvent). Reference: https://apireference.getresponse.com/#operation/updateCustomEvent
        """
        return (
            await self.with_raw_response.update(
                custom_event_id,
                body,
            )
        ).parsed

    async def trigger_event(
        self,
        body: TriggerCustomEvent | Unset = UNSET,
    ) -> None:
        """Trigger a custom event.

        POST /custom-events/trigger (triggerCustomEvent). Reference: https://apireference.getresponse.com/#operation/triggerCustomEvent
        """
        return (
            await self.with_raw_response.trigger_event(
                body,
            )
        ).parsed
