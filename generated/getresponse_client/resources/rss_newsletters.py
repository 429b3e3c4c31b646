"""RSS Newsletters: client.rss_newsletters (generated; do not edit)."""

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

    from ..models.from_field_reference import FromFieldReference, FromFieldReferenceDict
    from ..models.get_rss_newsletter_statistics_collection_querygroup_by import (
        GetRssNewsletterStatisticsCollectionQuerygroupBy,
    )
    from ..models.get_rss_newsletters_list_querystatus import GetRssNewslettersListQuerystatus
    from ..models.get_single_rss_newsletter_statistics_collection_querygroup_by import (
        GetSingleRssNewsletterStatisticsCollectionQuerygroupBy,
    )
    from ..models.message_content import MessageContent, MessageContentDict
    from ..models.message_editor_enum import MessageEditorEnum
    from ..models.message_flags_array_item import MessageFlagsArrayItem
    from ..models.message_statistics_list_element import MessageStatisticsListElement
    from ..models.new_rss_newsletter import NewRssNewsletter, NewRssNewsletterDict
    from ..models.rss_newsletter_details import RssNewsletterDetails
    from ..models.rss_newsletter_list_item import RssNewsletterListItem
    from ..models.rss_newsletter_send_settings_details import (
        RssNewsletterSendSettingsDetails,
        RssNewsletterSendSettingsDetailsDict,
    )
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.status_enum import StatusEnum
    from ..models.update_rss_newsletter import UpdateRssNewsletter, UpdateRssNewsletterDict


class RssNewslettersResource(SyncResource):
    """RSS Newsletters: client.rss_newsletters."""

    @overload
    def create(
        self,
        *,
        rss_feed_url: str,
        subject: str,
        status: StatusEnum | str,
        from_field: FromFieldReference | FromFieldReferenceDict,
        content: MessageContent | MessageContentDict,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict,
        name: str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewRssNewsletter | NewRssNewsletterDict,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    def create(
        self,
        *,
        body: NewRssNewsletter | NewRssNewsletterDict | None = None,
        rss_feed_url: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict | Unset = UNSET,
        name: str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails:
        """Create RSS newsletter.

        Args:
            rss_feed_url: The URL for the RSS Feed
            subject: The RSS message subject
            content: The message content.
            name: How your newsletters will be seen inside the application
            editor: Indicates how the message was created: custom means a custom-made message, text means
                plain text content, getresponse means that the message was created using…
            flags: The message flags.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /rss-newsletters (createRssNewsletter). Reference: https://apireference.getresponse.com/#operation/createRssNewsletter
        """
        from ..models.rss_newsletter_details import RssNewsletterDetails

        return self._request(
            "POST",
            "/rss-newsletters",
            cast_to=RssNewsletterDetails,
            json=json_body(
                "rss_newsletters.create",
                body,
                {
                    "rss_feed_url": rss_feed_url,
                    "subject": subject,
                    "status": status,
                    "from_field": from_field,
                    "content": content,
                    "send_settings": send_settings,
                    "name": name,
                    "editor": editor,
                    "reply_to": reply_to,
                    "flags": flags,
                },
                RSS_NEWSLETTERS_CREATE_WIRE,
                required=("rss_feed_url", "subject", "status", "from_field", "content", "send_settings"),
            ),
            operation="createRssNewsletter",
            options=options,
        )

    def delete(
        self,
        rss_newsletter_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RSS newsletter.

        Args:
            rss_newsletter_id: The RSS newsletter ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /rss-newsletters/{rssNewsletterId} (deleteRssNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteRssNewsletter
        """

        return self._request(
            "DELETE",
            f"/rss-newsletters/{path_value(rss_newsletter_id)}",
            cast_to=None,
            operation="deleteRssNewsletter",
            options=options,
        )

    def get(
        self,
        rss_newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails:
        """Get RSS newsletter by ID.

        Args:
            rss_newsletter_id: The RSS newsletter ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters/{rssNewsletterId} (getRssNewsletterById). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterById
        """
        from ..models.rss_newsletter_details import RssNewsletterDetails

        return self._request(
            "GET",
            f"/rss-newsletters/{path_value(rss_newsletter_id)}",
            cast_to=RssNewsletterDetails,
            params={"fields": fields},
            operation="getRssNewsletterById",
            options=options,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_status: GetRssNewslettersListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[RssNewsletterListItem]:
        """Get the list of RSS newsletters.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_subject: Search RSS newsletters by subject
            query_status: Search RSS newsletters by status
            query_created_on_from: Search RSS newsletters created from this date
            query_created_on_to: Search RSS newsletters created to this date
            query_list_id: Search RSS newsletters by campaign ID
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters (getRssNewslettersList). Reference: https://apireference.getresponse.com/#operation/getRssNewslettersList
        """
        from ..models.rss_newsletter_list_item import RssNewsletterListItem

        return self._page(
            "/rss-newsletters",
            item=RssNewsletterListItem,
            params={
                "query[subject]": query_subject,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[campaignId]": query_list_id,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "rssNewsletterId"),
            operation="getRssNewslettersList",
            options=options,
        )

    @overload
    def update(
        self,
        rss_newsletter_id: str,
        *,
        rss_feed_url: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    @overload
    def update(
        self,
        rss_newsletter_id: str,
        *,
        body: UpdateRssNewsletter | UpdateRssNewsletterDict,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    def update(
        self,
        rss_newsletter_id: str,
        *,
        body: UpdateRssNewsletter | UpdateRssNewsletterDict | None = None,
        rss_feed_url: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails:
        """Update RSS newsletter.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            rss_newsletter_id: The RSS newsletter ID
            rss_feed_url: The URL for the RSS Feed
            subject: The RSS message subject
            name: How your newsletters will be seen inside the application
            editor: Indicates how the message was created: custom means a custom-made message, text means
                plain text content, getresponse means that the message was created using…
            content: The message content.
            flags: The message flags.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /rss-newsletters/{rssNewsletterId} (updateRssNewsletter). Reference: https://apireference.getresponse.com/#operation/updateRssNewsletter
        """
        from ..models.rss_newsletter_details import RssNewsletterDetails

        return self._request(
            "POST",
            f"/rss-newsletters/{path_value(rss_newsletter_id)}",
            cast_to=RssNewsletterDetails,
            json=json_body(
                "rss_newsletters.update",
                body,
                {
                    "rss_feed_url": rss_feed_url,
                    "subject": subject,
                    "name": name,
                    "status": status,
                    "editor": editor,
                    "from_field": from_field,
                    "reply_to": reply_to,
                    "content": content,
                    "send_settings": send_settings,
                    "flags": flags,
                },
                RSS_NEWSLETTERS_UPDATE_WIRE,
            ),
            operation="updateRssNewsletter",
            options=options,
        )

    def get_statistics(
        self,
        rss_newsletter_id: str,
        *,
        query_group_by: GetSingleRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MessageStatisticsListElement]:
        """Get RSS newsletter statistics by ID.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            rss_newsletter_id: The RSS newsletter ID
            query_group_by: Group results by time interval
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters/{rssNewsletterId}/statistics (getSingleRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getSingleRssNewsletterStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            f"/rss-newsletters/{path_value(rss_newsletter_id)}/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getSingleRssNewsletterStatisticsCollection",
            options=options,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_rss_newsletter_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[MessageStatisticsListElement]:
        """The statistics for all RSS newsletters.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_group_by: Group results by time interval
            query_rss_newsletter_id: The list of RSS newsletter resource IDs (string separated with ',')
            query_list_id: The list of campaign resource IDs (string separated with ',')
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters/statistics (getRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            "/rss-newsletters/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[rssNewsletterId]": query_rss_newsletter_id,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getRssNewsletterStatisticsCollection",
            options=options,
        )

    @property
    def with_raw_response(self) -> RssNewslettersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return RssNewslettersResourceWithRawResponse(self._raw_copy())


class RssNewslettersResourceWithRawResponse:
    """client.rss_newsletters.with_raw_response."""

    def __init__(self, resource: RssNewslettersResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.get_statistics = raw_response(resource.get_statistics)
        self.get_statistics_collection = raw_response(resource.get_statistics_collection)


class AsyncRssNewslettersResource(AsyncResource):
    """RSS Newsletters: client.rss_newsletters."""

    @overload
    async def create(
        self,
        *,
        rss_feed_url: str,
        subject: str,
        status: StatusEnum | str,
        from_field: FromFieldReference | FromFieldReferenceDict,
        content: MessageContent | MessageContentDict,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict,
        name: str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewRssNewsletter | NewRssNewsletterDict,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    async def create(
        self,
        *,
        body: NewRssNewsletter | NewRssNewsletterDict | None = None,
        rss_feed_url: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict | Unset = UNSET,
        name: str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails:
        """Create RSS newsletter.

        Args:
            rss_feed_url: The URL for the RSS Feed
            subject: The RSS message subject
            content: The message content.
            name: How your newsletters will be seen inside the application
            editor: Indicates how the message was created: custom means a custom-made message, text means
                plain text content, getresponse means that the message was created using…
            flags: The message flags.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /rss-newsletters (createRssNewsletter). Reference: https://apireference.getresponse.com/#operation/createRssNewsletter
        """
        from ..models.rss_newsletter_details import RssNewsletterDetails

        return await self._request(
            "POST",
            "/rss-newsletters",
            cast_to=RssNewsletterDetails,
            json=json_body(
                "rss_newsletters.create",
                body,
                {
                    "rss_feed_url": rss_feed_url,
                    "subject": subject,
                    "status": status,
                    "from_field": from_field,
                    "content": content,
                    "send_settings": send_settings,
                    "name": name,
                    "editor": editor,
                    "reply_to": reply_to,
                    "flags": flags,
                },
                RSS_NEWSLETTERS_CREATE_WIRE,
                required=("rss_feed_url", "subject", "status", "from_field", "content", "send_settings"),
            ),
            operation="createRssNewsletter",
            options=options,
        )

    async def delete(
        self,
        rss_newsletter_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete RSS newsletter.

        Args:
            rss_newsletter_id: The RSS newsletter ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /rss-newsletters/{rssNewsletterId} (deleteRssNewsletter). Reference: https://apireference.getresponse.com/#operation/deleteRssNewsletter
        """

        return await self._request(
            "DELETE",
            f"/rss-newsletters/{path_value(rss_newsletter_id)}",
            cast_to=None,
            operation="deleteRssNewsletter",
            options=options,
        )

    async def get(
        self,
        rss_newsletter_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails:
        """Get RSS newsletter by ID.

        Args:
            rss_newsletter_id: The RSS newsletter ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters/{rssNewsletterId} (getRssNewsletterById). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterById
        """
        from ..models.rss_newsletter_details import RssNewsletterDetails

        return await self._request(
            "GET",
            f"/rss-newsletters/{path_value(rss_newsletter_id)}",
            cast_to=RssNewsletterDetails,
            params={"fields": fields},
            operation="getRssNewsletterById",
            options=options,
        )

    def list(
        self,
        *,
        query_subject: str | Unset = UNSET,
        query_status: GetRssNewslettersListQuerystatus | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[RssNewsletterListItem]:
        """Get the list of RSS newsletters.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_subject: Search RSS newsletters by subject
            query_status: Search RSS newsletters by status
            query_created_on_from: Search RSS newsletters created from this date
            query_created_on_to: Search RSS newsletters created to this date
            query_list_id: Search RSS newsletters by campaign ID
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters (getRssNewslettersList). Reference: https://apireference.getresponse.com/#operation/getRssNewslettersList
        """
        from ..models.rss_newsletter_list_item import RssNewsletterListItem

        return self._page(
            "/rss-newsletters",
            item=RssNewsletterListItem,
            params={
                "query[subject]": query_subject,
                "query[status]": query_status,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[campaignId]": query_list_id,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "rssNewsletterId"),
            operation="getRssNewslettersList",
            options=options,
        )

    @overload
    async def update(
        self,
        rss_newsletter_id: str,
        *,
        rss_feed_url: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    @overload
    async def update(
        self,
        rss_newsletter_id: str,
        *,
        body: UpdateRssNewsletter | UpdateRssNewsletterDict,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails: ...

    async def update(
        self,
        rss_newsletter_id: str,
        *,
        body: UpdateRssNewsletter | UpdateRssNewsletterDict | None = None,
        rss_feed_url: str | Unset = UNSET,
        subject: str | Unset = UNSET,
        name: str | Unset = UNSET,
        status: StatusEnum | str | Unset = UNSET,
        editor: MessageEditorEnum | str | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        send_settings: RssNewsletterSendSettingsDetails | RssNewsletterSendSettingsDetailsDict | Unset = UNSET,
        flags: builtins.list[MessageFlagsArrayItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> RssNewsletterDetails:
        """Update RSS newsletter.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            rss_newsletter_id: The RSS newsletter ID
            rss_feed_url: The URL for the RSS Feed
            subject: The RSS message subject
            name: How your newsletters will be seen inside the application
            editor: Indicates how the message was created: custom means a custom-made message, text means
                plain text content, getresponse means that the message was created using…
            content: The message content.
            flags: The message flags.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /rss-newsletters/{rssNewsletterId} (updateRssNewsletter). Reference: https://apireference.getresponse.com/#operation/updateRssNewsletter
        """
        from ..models.rss_newsletter_details import RssNewsletterDetails

        return await self._request(
            "POST",
            f"/rss-newsletters/{path_value(rss_newsletter_id)}",
            cast_to=RssNewsletterDetails,
            json=json_body(
                "rss_newsletters.update",
                body,
                {
                    "rss_feed_url": rss_feed_url,
                    "subject": subject,
                    "name": name,
                    "status": status,
                    "editor": editor,
                    "from_field": from_field,
                    "reply_to": reply_to,
                    "content": content,
                    "send_settings": send_settings,
                    "flags": flags,
                },
                RSS_NEWSLETTERS_UPDATE_WIRE,
            ),
            operation="updateRssNewsletter",
            options=options,
        )

    def get_statistics(
        self,
        rss_newsletter_id: str,
        *,
        query_group_by: GetSingleRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MessageStatisticsListElement]:
        """Get RSS newsletter statistics by ID.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            rss_newsletter_id: The RSS newsletter ID
            query_group_by: Group results by time interval
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters/{rssNewsletterId}/statistics (getSingleRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getSingleRssNewsletterStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            f"/rss-newsletters/{path_value(rss_newsletter_id)}/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getSingleRssNewsletterStatisticsCollection",
            options=options,
        )

    def get_statistics_collection(
        self,
        *,
        query_group_by: GetRssNewsletterStatisticsCollectionQuerygroupBy | Unset = UNSET,
        query_rss_newsletter_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[MessageStatisticsListElement]:
        """The statistics for all RSS newsletters.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_group_by: Group results by time interval
            query_rss_newsletter_id: The list of RSS newsletter resource IDs (string separated with ',')
            query_list_id: The list of campaign resource IDs (string separated with ',')
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /rss-newsletters/statistics (getRssNewsletterStatisticsCollection). Reference: https://apireference.getresponse.com/#operation/getRssNewsletterStatisticsCollection
        """
        from ..models.message_statistics_list_element import MessageStatisticsListElement

        return self._page(
            "/rss-newsletters/statistics",
            item=MessageStatisticsListElement,
            params={
                "query[groupBy]": query_group_by,
                "query[rssNewsletterId]": query_rss_newsletter_id,
                "query[campaignId]": query_list_id,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getRssNewsletterStatisticsCollection",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncRssNewslettersResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncRssNewslettersResourceWithRawResponse(self._raw_copy())


class AsyncRssNewslettersResourceWithRawResponse:
    """client.rss_newsletters.with_raw_response."""

    def __init__(self, resource: AsyncRssNewslettersResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.get_statistics = async_raw_pager(resource.get_statistics)
        self.get_statistics_collection = async_raw_pager(resource.get_statistics_collection)


# Keyword argument -> JSON name, per method with a body.
RSS_NEWSLETTERS_CREATE_WIRE = {
    "rss_feed_url": "rssFeedUrl",
    "subject": "subject",
    "status": "status",
    "from_field": "fromField",
    "content": "content",
    "send_settings": "sendSettings",
    "name": "name",
    "editor": "editor",
    "reply_to": "replyTo",
    "flags": "flags",
}
RSS_NEWSLETTERS_UPDATE_WIRE = {
    "rss_feed_url": "rssFeedUrl",
    "subject": "subject",
    "name": "name",
    "status": "status",
    "editor": "editor",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "content": "content",
    "send_settings": "sendSettings",
    "flags": "flags",
}
