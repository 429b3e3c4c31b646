"""Custom Events: client.custom_events (generated; do not edit)."""

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

    from ..models.custom_event import CustomEvent, CustomEventDict
    from ..models.custom_event_attribute_details import CustomEventAttributeDetails, CustomEventAttributeDetailsDict
    from ..models.custom_event_details import CustomEventDetails
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.string_boolean_enum import StringBooleanEnum
    from ..models.trigger_custom_event import TriggerCustomEvent, TriggerCustomEventDict
    from ..models.trigger_custom_event_attribute import TriggerCustomEventAttribute, TriggerCustomEventAttributeDict


class CustomEventsResource(SyncResource):
    """Custom Events: client.custom_events."""

    @overload
    def create(
        self,
        *,
        name: str,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict],
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    @overload
    def create(
        self,
        *,
        body: CustomEvent | CustomEventDict,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    def create(
        self,
        *,
        body: CustomEvent | CustomEventDict | None = None,
        name: str | Unset = UNSET,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails:
        """Create custom event.

        Args:
            name: Unique name of custom event
            attributes: Optional collection of attributes

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-events (createCustomEvent). Reference: https://apireference.getresponse.com/#operation/createCustomEvent
        """
        from ..models.custom_event_details import CustomEventDetails

        return self._request(
            "POST",
            "/custom-events",
            cast_to=CustomEventDetails,
            json=json_body(
                "custom_events.create",
                body,
                {"name": name, "attributes": attributes},
                CUSTOM_EVENTS_CREATE_WIRE,
                required=("name", "attributes"),
            ),
            operation="createCustomEvent",
            options=options,
        )

    def delete(
        self,
        custom_event_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a custom event by custom event ID.

        Args:
            custom_event_id: The custom event ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /custom-events/{customEventId} (deleteCustomEvent). Reference: https://apireference.getresponse.com/#operation/deleteCustomEvent
        """

        return self._request(
            "DELETE",
            f"/custom-events/{path_value(custom_event_id)}",
            cast_to=None,
            operation="deleteCustomEvent",
            options=options,
        )

    def get(
        self,
        custom_event_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails:
        """Get custom events by custom event ID.

        Args:
            custom_event_id: The custom event ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-events/{customEventId} (getCustomEventById). Reference: https://apireference.getresponse.com/#operation/getCustomEventById
        """
        from ..models.custom_event_details import CustomEventDetails

        return self._request(
            "GET",
            f"/custom-events/{path_value(custom_event_id)}",
            cast_to=CustomEventDetails,
            params={"fields": fields},
            operation="getCustomEventById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[CustomEventDetails]:
        """Get a list of custom events.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search custom events by name
            query_has_attributes: Search custom events with or without attributes
            sort_name: Sort by name
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-events (getCustomEventsList). Reference: https://apireference.getresponse.com/#operation/getCustomEventsList
        """
        from ..models.custom_event_details import CustomEventDetails

        return self._page(
            "/custom-events",
            item=CustomEventDetails,
            params={
                "query[name]": query_name,
                "query[hasAttributes]": query_has_attributes,
                "sort[name]": sort_name,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCustomEventsList",
            options=options,
        )

    @overload
    def update(
        self,
        custom_event_id: str,
        *,
        name: str,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict],
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    @overload
    def update(
        self,
        custom_event_id: str,
        *,
        body: CustomEvent | CustomEventDict,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    def update(
        self,
        custom_event_id: str,
        *,
        body: CustomEvent | CustomEventDict | None = None,
        name: str | Unset = UNSET,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails:
        """Update custom event details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            custom_event_id: The custom event ID
            name: Unique name of custom event
            attributes: Optional collection of attributes

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-events/{customEventId} (updateCustomEvent). Reference: https://apireference.getresponse.com/#operation/updateCustomEvent
        """
        from ..models.custom_event_details import CustomEventDetails

        return self._request(
            "POST",
            f"/custom-events/{path_value(custom_event_id)}",
            cast_to=CustomEventDetails,
            json=json_body(
                "custom_events.update",
                body,
                {"name": name, "attributes": attributes},
                CUSTOM_EVENTS_UPDATE_WIRE,
                required=("name", "attributes"),
            ),
            operation="updateCustomEvent",
            options=options,
        )

    @overload
    def trigger(
        self,
        *,
        name: str,
        contact_id: str,
        attributes: builtins.list[TriggerCustomEventAttribute | TriggerCustomEventAttributeDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def trigger(
        self,
        *,
        body: TriggerCustomEvent | TriggerCustomEventDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def trigger(
        self,
        *,
        body: TriggerCustomEvent | TriggerCustomEventDict | None = None,
        name: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        attributes: builtins.list[TriggerCustomEventAttribute | TriggerCustomEventAttributeDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Trigger a custom event.

        Args:
            name: The name of custom event.
            contact_id: The contact ID
            attributes: The attributes for the trigger

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-events/trigger (triggerCustomEvent). Reference: https://apireference.getresponse.com/#operation/triggerCustomEvent
        """

        return self._request(
            "POST",
            "/custom-events/trigger",
            cast_to=None,
            json=json_body(
                "custom_events.trigger",
                body,
                {"name": name, "contact_id": contact_id, "attributes": attributes},
                CUSTOM_EVENTS_TRIGGER_WIRE,
                required=("name", "contact_id"),
            ),
            operation="triggerCustomEvent",
            options=options,
        )

    @property
    def with_raw_response(self) -> CustomEventsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return CustomEventsResourceWithRawResponse(self._raw_copy())


class CustomEventsResourceWithRawResponse:
    """client.custom_events.with_raw_response."""

    def __init__(self, resource: CustomEventsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.trigger = raw_response(resource.trigger)


class AsyncCustomEventsResource(AsyncResource):
    """Custom Events: client.custom_events."""

    @overload
    async def create(
        self,
        *,
        name: str,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict],
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    @overload
    async def create(
        self,
        *,
        body: CustomEvent | CustomEventDict,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    async def create(
        self,
        *,
        body: CustomEvent | CustomEventDict | None = None,
        name: str | Unset = UNSET,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails:
        """Create custom event.

        Args:
            name: Unique name of custom event
            attributes: Optional collection of attributes

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-events (createCustomEvent). Reference: https://apireference.getresponse.com/#operation/createCustomEvent
        """
        from ..models.custom_event_details import CustomEventDetails

        return await self._request(
            "POST",
            "/custom-events",
            cast_to=CustomEventDetails,
            json=json_body(
                "custom_events.create",
                body,
                {"name": name, "attributes": attributes},
                CUSTOM_EVENTS_CREATE_WIRE,
                required=("name", "attributes"),
            ),
            operation="createCustomEvent",
            options=options,
        )

    async def delete(
        self,
        custom_event_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a custom event by custom event ID.

        Args:
            custom_event_id: The custom event ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /custom-events/{customEventId} (deleteCustomEvent). Reference: https://apireference.getresponse.com/#operation/deleteCustomEvent
        """

        return await self._request(
            "DELETE",
            f"/custom-events/{path_value(custom_event_id)}",
            cast_to=None,
            operation="deleteCustomEvent",
            options=options,
        )

    async def get(
        self,
        custom_event_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails:
        """Get custom events by custom event ID.

        Args:
            custom_event_id: The custom event ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-events/{customEventId} (getCustomEventById). Reference: https://apireference.getresponse.com/#operation/getCustomEventById
        """
        from ..models.custom_event_details import CustomEventDetails

        return await self._request(
            "GET",
            f"/custom-events/{path_value(custom_event_id)}",
            cast_to=CustomEventDetails,
            params={"fields": fields},
            operation="getCustomEventById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[CustomEventDetails]:
        """Get a list of custom events.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search custom events by name
            query_has_attributes: Search custom events with or without attributes
            sort_name: Sort by name
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /custom-events (getCustomEventsList). Reference: https://apireference.getresponse.com/#operation/getCustomEventsList
        """
        from ..models.custom_event_details import CustomEventDetails

        return self._page(
            "/custom-events",
            item=CustomEventDetails,
            params={
                "query[name]": query_name,
                "query[hasAttributes]": query_has_attributes,
                "sort[name]": sort_name,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getCustomEventsList",
            options=options,
        )

    @overload
    async def update(
        self,
        custom_event_id: str,
        *,
        name: str,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict],
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    @overload
    async def update(
        self,
        custom_event_id: str,
        *,
        body: CustomEvent | CustomEventDict,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails: ...

    async def update(
        self,
        custom_event_id: str,
        *,
        body: CustomEvent | CustomEventDict | None = None,
        name: str | Unset = UNSET,
        attributes: builtins.list[CustomEventAttributeDetails | CustomEventAttributeDetailsDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CustomEventDetails:
        """Update custom event details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            custom_event_id: The custom event ID
            name: Unique name of custom event
            attributes: Optional collection of attributes

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-events/{customEventId} (updateCustomEvent). Reference: https://apireference.getresponse.com/#operation/updateCustomEvent
        """
        from ..models.custom_event_details import CustomEventDetails

        return await self._request(
            "POST",
            f"/custom-events/{path_value(custom_event_id)}",
            cast_to=CustomEventDetails,
            json=json_body(
                "custom_events.update",
                body,
                {"name": name, "attributes": attributes},
                CUSTOM_EVENTS_UPDATE_WIRE,
                required=("name", "attributes"),
            ),
            operation="updateCustomEvent",
            options=options,
        )

    @overload
    async def trigger(
        self,
        *,
        name: str,
        contact_id: str,
        attributes: builtins.list[TriggerCustomEventAttribute | TriggerCustomEventAttributeDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def trigger(
        self,
        *,
        body: TriggerCustomEvent | TriggerCustomEventDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def trigger(
        self,
        *,
        body: TriggerCustomEvent | TriggerCustomEventDict | None = None,
        name: str | Unset = UNSET,
        contact_id: str | Unset = UNSET,
        attributes: builtins.list[TriggerCustomEventAttribute | TriggerCustomEventAttributeDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Trigger a custom event.

        Args:
            name: The name of custom event.
            contact_id: The contact ID
            attributes: The attributes for the trigger

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /custom-events/trigger (triggerCustomEvent). Reference: https://apireference.getresponse.com/#operation/triggerCustomEvent
        """

        return await self._request(
            "POST",
            "/custom-events/trigger",
            cast_to=None,
            json=json_body(
                "custom_events.trigger",
                body,
                {"name": name, "contact_id": contact_id, "attributes": attributes},
                CUSTOM_EVENTS_TRIGGER_WIRE,
                required=("name", "contact_id"),
            ),
            operation="triggerCustomEvent",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncCustomEventsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncCustomEventsResourceWithRawResponse(self._raw_copy())


class AsyncCustomEventsResourceWithRawResponse:
    """client.custom_events.with_raw_response."""

    def __init__(self, resource: AsyncCustomEventsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.trigger = async_raw_response(resource.trigger)


# Keyword argument -> JSON name, per method with a body.
CUSTOM_EVENTS_CREATE_WIRE = {"name": "name", "attributes": "attributes"}
CUSTOM_EVENTS_UPDATE_WIRE = {"name": "name", "attributes": "attributes"}
CUSTOM_EVENTS_TRIGGER_WIRE = {"name": "name", "contact_id": "contactId", "attributes": "attributes"}
