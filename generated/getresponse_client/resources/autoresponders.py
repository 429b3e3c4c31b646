"""Autoresponders: client.autoresponders (generated; do not edit)."""

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
from getresponse_runtime.types import File as BinaryFile  # a model of the API is called File

from ..models.get_autoresponder_thumbnail_size import GetAutoresponderThumbnailSize

if TYPE_CHECKING:
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.autoresponder_details import AutoresponderDetails
    from ..models.autoresponder_list_item import AutoresponderListItem
    from ..models.autoresponder_send_settings_input import (
        AutoresponderSendSettingsInput,
        AutoresponderSendSettingsInputDict,
    )
    from ..models.autoresponder_trigger_settings import AutoresponderTriggerSettings, AutoresponderTriggerSettingsDict
    from ..models.from_field_reference import FromFieldReference, FromFieldReferenceDict
    from ..models.get_autoresponder_list_querystatus import GetAutoresponderListQuerystatus
    from ..models.get_autoresponder_statistics_collection_querygroup_by import (
        GetAutoresponderStatisticsCollectionQuerygroupBy,
    )
    from ..models.get_autoresponder_thumbnail_size import GetAutoresponderThumbnailSize
    from ..models.get_single_autoresponder_statistics_querygroup_by import GetSingleAutoresponderStatisticsQuerygroupBy
    from ..models.message_content import MessageContent, MessageContentDict
    from ..models.message_flags_array_item import MessageFlagsArrayItem
    from ..models.message_statistics_list_element import MessageStatisticsListElement
    from ..models.new_autoresponder import NewAutoresponder, NewAutoresponderDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.status_enum import StatusEnum
    from ..models.update_autoresponder import UpdateAutoresponder, UpdateAutoresponderDict


class AutorespondersResource(SyncResource):
    """Autoresponders: client.autoresponders."""

    @overload
    def create(
        self,
        *,
        subject: str,
        status: StatusEnum | str,
        content: MessageContent | MessageContentDict,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict,
        name: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewAutoresponder | NewAutoresponderDict,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    def create(
        self,
        *,
        body: NewAutoresponder | NewAutoresponderDict | None = None,
        subject: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict | Unset = UNSET,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict | Unset = UNSET,
        name: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails:
        """Create autoresponder.

        Args:
            subject: The autoresponder message subject
            content: The message content.
            trigger_settings: The conditions that will trigger the autoresponder
            send_settings: How the message will be delivered to the subscriber
            name: The autoresponder name
            campaign_id: The campaign ID.
            flags: The message flags.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /autoresponders (createAutoresponder). Reference: https://apireference.getresponse.com/#operation/createAutoresponder
        """
        from ..models.autoresponder_details import AutoresponderDetails

        return self._request(
            "POST",
            "/autoresponders",
            cast_to=AutoresponderDetails,
            json=json_body(
                "autoresponders.create",
                body,
                {
                    "subject": subject,
                    "status": status,
                    "content": content,
                    "trigger_settings": trigger_settings,
                    "send_settings": send_settings,
                    "name": name,
                    "campaign_id": campaign_id,
                    "from_field": from_field,
                    "reply_to": reply_to,
                    "flags": flags,
                },
                AUTORESPONDERS_CREATE_WIRE,
                required=("subject", "status", "content", "trigger_settings", "send_settings"),
            ),
            operation="createAutoresponder",
            options=options,
        )

    def delete(
        self,
        autoresponder_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete autoresponder.

        Args:
            autoresponder_id: The autoresponder ID.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /autoresponders/{autoresponderId} (deleteAutoresponder). Reference: https://apireference.getresponse.com/#operation/deleteAutoresponder
        """

        return self._request(
            "DELETE",
            f"/autoresponders/{path_value(autoresponder_id)}",
            cast_to=None,
            operation="deleteAutoresponder",
            options=options,
        )

    def get(
        self,
        autoresponder_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails:
        """Get a single autoresponder by its ID.

        Args:
            autoresponder_id: The autoresponder ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/{autoresponderId} (getAutoresponder). Reference: https://apireference.getresponse.com/#operation/getAutoresponder
        """
        from ..models.autoresponder_details import AutoresponderDetails

        return self._request(
            "GET",
            f"/autoresponders/{path_value(autoresponder_id)}",
            cast_to=AutoresponderDetails,
            params={"fields": fields},
            operation="getAutoresponder",
            options=options,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetAutoresponderListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        sort_day_of_cycle: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_open_rate: SortOrderEnum | Unset = UNSET,
        sort_click_rate: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[AutoresponderListItem]:
        """Get the list of autoresponders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_subject: Search autoresponder by subject
            query_name: Search autoresponder by name
            query_status: Search autoresponder by status
            query_created_on_from: Search autoresponder created from this date
            query_created_on_to: Search autoresponder created to this date
            query_list_id: Search autoresponder by campaign ID
            sort_name: Sort by name
            sort_subject: Sort by subject
            sort_day_of_cycle: Sort by cycle day
            sort_delivered: Sort by delivered
            sort_open_rate: Sort by open rate
            sort_click_rate: Sort by click rate
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders (getAutoresponderList). Reference: https://apireference.getresponse.com/#operation/getAutoresponderList
        """
        from ..models.autoresponder_list_item import AutoresponderListItem

        return self._page(
            "/autoresponders",
            item=AutoresponderListItem,
            params={
                "query[subject]": query_subject,
                "query[name]": query_name,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[campaignId]": query_list_id,
                "sort[name]": sort_name,
                "sort[subject]": sort_subject,
                "sort[dayOfCycle]": sort_day_of_cycle,
                "sort[delivered]": sort_delivered,
                "sort[openRate]": sort_open_rate,
                "sort[clickRate]": sort_click_rate,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "autoresponderId"),
            operation="getAutoresponderList",
            options=options,
        )

    @overload
    def update(
        self,
        autoresponder_id: str,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict | Unset = UNSET,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    @overload
    def update(
        self,
        autoresponder_id: str,
        *,
        body: UpdateAutoresponder | UpdateAutoresponderDict,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    def update(
        self,
        autoresponder_id: str,
        *,
        body: UpdateAutoresponder | UpdateAutoresponderDict | None = None,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict | Unset = UNSET,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails:
        """Update autoresponder.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            autoresponder_id: The autoresponder ID.
            name: The autoresponder name
            subject: The autoresponder message subject
            campaign_id: The campaign ID.
            content: The message content.
            flags: The message flags.
            trigger_settings: The conditions that will trigger the autoresponder
            send_settings: How the message will be delivered to the subscriber

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /autoresponders/{autoresponderId} (updateAutoresponder). Reference: https://apireference.getresponse.com/#operation/updateAutoresponder
        """
        from ..models.autoresponder_details import AutoresponderDetails

        return self._request(
            "POST",
            f"/autoresponders/{path_value(autoresponder_id)}",
            cast_to=AutoresponderDetails,
            json=json_body(
                "autoresponders.update",
                body,
                {
                    "name": name,
                    "subject": subject,
                    "campaign_id": campaign_id,
                    "status": status,
                    "from_field": from_field,
                    "reply_to": reply_to,
                    "content": content,
                    "flags": flags,
                    "trigger_settings": trigger_settings,
                    "send_settings": send_settings,
                },
                AUTORESPONDERS_UPDATE_WIRE,
            ),
            operation="updateAutoresponder",
            options=options,
        )

    def get_statistics(
        self,
        autoresponder_id: str,
        *,
        query_group_by: GetSingleAutoresponderStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MessageStatisticsListElement]:
        """The statistics for a single autoresponder.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            autoresponder_id: The autoresponder ID.
            query_group_by: Group results by time interval
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/{autoresponderId}/statistics (getSingleAutoresponderStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleAutoresponderStatistics
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            f"/autoresponders/{path_value(autoresponder_id)}/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getSingleAutoresponderStatistics",
            options=options,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetAutoresponderStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_autoreponder_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MessageStatisticsListElement]:
        """The statistics for all autoresponders.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_group_by: Group results by time interval
            query_autoreponder_id: The list of autoresponder resource IDs (string separated with '')
            query_list_id: The list of campaign resource IDs (string separated with '')
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/statistics (getAutoresponderStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getAutoresponderStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            "/autoresponders/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[autoreponderId]": query_autoreponder_id,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getAutoresponderStatisticsCollection",
            options=options,
        )

    def get_thumbnail(
        self,
        autoresponder_id: str,
        *,
        size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
        **options: Unpack[RequestOptions],
    ) -> BinaryFile:
        """Get the autoresponder thumbnail.

        Args:
            autoresponder_id: The autoresponder ID.
            size: The size of the autoresponder thumbnail

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/{autoresponderId}/thumbnail (getAutoresponderThumbnail). Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail
        """

        return self._request(
            "GET",
            f"/autoresponders/{path_value(autoresponder_id)}/thumbnail",
            cast_to=BinaryFile,
            params={"size": size},
            operation="getAutoresponderThumbnail",
            options=options,
        )

    @property
    def with_raw_response(self) -> AutorespondersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AutorespondersResourceWithRawResponse(self._raw_copy())


class AutorespondersResourceWithRawResponse:
    """client.autoresponders.with_raw_response."""

    def __init__(self, resource: AutorespondersResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.get_statistics = raw_response(resource.get_statistics)
        self.get_statistics_collection = raw_response(resource.get_statistics_collection)
        self.get_thumbnail = raw_response(resource.get_thumbnail)


class AsyncAutorespondersResource(AsyncResource):
    """Autoresponders: client.autoresponders."""

    @overload
    async def create(
        self,
        *,
        subject: str,
        status: StatusEnum | str,
        content: MessageContent | MessageContentDict,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict,
        name: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewAutoresponder | NewAutoresponderDict,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    async def create(
        self,
        *,
        body: NewAutoresponder | NewAutoresponderDict | None = None,
        subject: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict | Unset = UNSET,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict | Unset = UNSET,
        name: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails:
        """Create autoresponder.

        Args:
            subject: The autoresponder message subject
            content: The message content.
            trigger_settings: The conditions that will trigger the autoresponder
            send_settings: How the message will be delivered to the subscriber
            name: The autoresponder name
            campaign_id: The campaign ID.
            flags: The message flags.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /autoresponders (createAutoresponder). Reference: https://apireference.getresponse.com/#operation/createAutoresponder
        """
        from ..models.autoresponder_details import AutoresponderDetails

        return await self._request(
            "POST",
            "/autoresponders",
            cast_to=AutoresponderDetails,
            json=json_body(
                "autoresponders.create",
                body,
                {
                    "subject": subject,
                    "status": status,
                    "content": content,
                    "trigger_settings": trigger_settings,
                    "send_settings": send_settings,
                    "name": name,
                    "campaign_id": campaign_id,
                    "from_field": from_field,
                    "reply_to": reply_to,
                    "flags": flags,
                },
                AUTORESPONDERS_CREATE_WIRE,
                required=("subject", "status", "content", "trigger_settings", "send_settings"),
            ),
            operation="createAutoresponder",
            options=options,
        )

    async def delete(
        self,
        autoresponder_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete autoresponder.

        Args:
            autoresponder_id: The autoresponder ID.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /autoresponders/{autoresponderId} (deleteAutoresponder). Reference: https://apireference.getresponse.com/#operation/deleteAutoresponder
        """

        return await self._request(
            "DELETE",
            f"/autoresponders/{path_value(autoresponder_id)}",
            cast_to=None,
            operation="deleteAutoresponder",
            options=options,
        )

    async def get(
        self,
        autoresponder_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails:
        """Get a single autoresponder by its ID.

        Args:
            autoresponder_id: The autoresponder ID.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/{autoresponderId} (getAutoresponder). Reference: https://apireference.getresponse.com/#operation/getAutoresponder
        """
        from ..models.autoresponder_details import AutoresponderDetails

        return await self._request(
            "GET",
            f"/autoresponders/{path_value(autoresponder_id)}",
            cast_to=AutoresponderDetails,
            params={"fields": fields},
            operation="getAutoresponder",
            options=options,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_status: GetAutoresponderListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_subject: SortOrderEnum | Unset = UNSET,
        sort_day_of_cycle: SortOrderEnum | Unset = UNSET,
        sort_delivered: SortOrderEnum | Unset = UNSET,
        sort_open_rate: SortOrderEnum | Unset = UNSET,
        sort_click_rate: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AutoresponderListItem]:
        """Get the list of autoresponders.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_subject: Search autoresponder by subject
            query_name: Search autoresponder by name
            query_status: Search autoresponder by status
            query_created_on_from: Search autoresponder created from this date
            query_created_on_to: Search autoresponder created to this date
            query_list_id: Search autoresponder by campaign ID
            sort_name: Sort by name
            sort_subject: Sort by subject
            sort_day_of_cycle: Sort by cycle day
            sort_delivered: Sort by delivered
            sort_open_rate: Sort by open rate
            sort_click_rate: Sort by click rate
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders (getAutoresponderList). Reference: https://apireference.getresponse.com/#operation/getAutoresponderList
        """
        from ..models.autoresponder_list_item import AutoresponderListItem

        return self._page(
            "/autoresponders",
            item=AutoresponderListItem,
            params={
                "query[subject]": query_subject,
                "query[name]": query_name,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[campaignId]": query_list_id,
                "sort[name]": sort_name,
                "sort[subject]": sort_subject,
                "sort[dayOfCycle]": sort_day_of_cycle,
                "sort[delivered]": sort_delivered,
                "sort[openRate]": sort_open_rate,
                "sort[clickRate]": sort_click_rate,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "autoresponderId"),
            operation="getAutoresponderList",
            options=options,
        )

    @overload
    async def update(
        self,
        autoresponder_id: str,
        *,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict | Unset = UNSET,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    @overload
    async def update(
        self,
        autoresponder_id: str,
        *,
        body: UpdateAutoresponder | UpdateAutoresponderDict,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails: ...

    async def update(
        self,
        autoresponder_id: str,
        *,
        body: UpdateAutoresponder | UpdateAutoresponderDict | None = None,
        name: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        campaign_id: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        trigger_settings: AutoresponderTriggerSettings | AutoresponderTriggerSettingsDict | Unset = UNSET,
        send_settings: AutoresponderSendSettingsInput | AutoresponderSendSettingsInputDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AutoresponderDetails:
        """Update autoresponder.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            autoresponder_id: The autoresponder ID.
            name: The autoresponder name
            subject: The autoresponder message subject
            campaign_id: The campaign ID.
            content: The message content.
            flags: The message flags.
            trigger_settings: The conditions that will trigger the autoresponder
            send_settings: How the message will be delivered to the subscriber

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /autoresponders/{autoresponderId} (updateAutoresponder). Reference: https://apireference.getresponse.com/#operation/updateAutoresponder
        """
        from ..models.autoresponder_details import AutoresponderDetails

        return await self._request(
            "POST",
            f"/autoresponders/{path_value(autoresponder_id)}",
            cast_to=AutoresponderDetails,
            json=json_body(
                "autoresponders.update",
                body,
                {
                    "name": name,
                    "subject": subject,
                    "campaign_id": campaign_id,
                    "status": status,
                    "from_field": from_field,
                    "reply_to": reply_to,
                    "content": content,
                    "flags": flags,
                    "trigger_settings": trigger_settings,
                    "send_settings": send_settings,
                },
                AUTORESPONDERS_UPDATE_WIRE,
            ),
            operation="updateAutoresponder",
            options=options,
        )

    def get_statistics(
        self,
        autoresponder_id: str,
        *,
        query_group_by: GetSingleAutoresponderStatisticsQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MessageStatisticsListElement]:
        """The statistics for a single autoresponder.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            autoresponder_id: The autoresponder ID.
            query_group_by: Group results by time interval
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/{autoresponderId}/statistics (getSingleAutoresponderStatistics). Reference: https://apireference.getresponse.com/#operation/getSingleAutoresponderStatistics
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            f"/autoresponders/{path_value(autoresponder_id)}/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getSingleAutoresponderStatistics",
            options=options,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetAutoresponderStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_autoreponder_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MessageStatisticsListElement]:
        """The statistics for all autoresponders.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_group_by: Group results by time interval
            query_autoreponder_id: The list of autoresponder resource IDs (string separated with '')
            query_list_id: The list of campaign resource IDs (string separated with '')
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/statistics (getAutoresponderStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getAutoresponderStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            "/autoresponders/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[autoreponderId]": query_autoreponder_id,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getAutoresponderStatisticsCollection",
            options=options,
        )

    async def get_thumbnail(
        self,
        autoresponder_id: str,
        *,
        size: GetAutoresponderThumbnailSize | Unset = GetAutoresponderThumbnailSize.DEFAULT,
        **options: Unpack[RequestOptions],
    ) -> BinaryFile:
        """Get the autoresponder thumbnail.

        Args:
            autoresponder_id: The autoresponder ID.
            size: The size of the autoresponder thumbnail

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /autoresponders/{autoresponderId}/thumbnail (getAutoresponderThumbnail). Reference: https://apireference.getresponse.com/#operation/getAutoresponderThumbnail
        """

        return await self._request(
            "GET",
            f"/autoresponders/{path_value(autoresponder_id)}/thumbnail",
            cast_to=BinaryFile,
            params={"size": size},
            operation="getAutoresponderThumbnail",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncAutorespondersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncAutorespondersResourceWithRawResponse(self._raw_copy())


class AsyncAutorespondersResourceWithRawResponse:
    """client.autoresponders.with_raw_response."""

    def __init__(self, resource: AsyncAutorespondersResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.get_statistics = async_raw_pager(resource.get_statistics)
        self.get_statistics_collection = async_raw_pager(resource.get_statistics_collection)
        self.get_thumbnail = async_raw_response(resource.get_thumbnail)


# Keyword argument -> JSON name, per method with a body.
AUTORESPONDERS_CREATE_WIRE = {
    "subject": "subject",
    "status": "status",
    "content": "content",
    "trigger_settings": "triggerSettings",
    "send_settings": "sendSettings",
    "name": "name",
    "campaign_id": "campaignId",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "flags": "flags",
}
AUTORESPONDERS_UPDATE_WIRE = {
    "name": "name",
    "subject": "subject",
    "campaign_id": "campaignId",
    "status": "status",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "content": "content",
    "flags": "flags",
    "trigger_settings": "triggerSettings",
    "send_settings": "sendSettings",
}
