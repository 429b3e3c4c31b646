"""A/B tests - subject: client.ab_tests_subject (generated; do not edit)."""

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

    from ..models.abtests_subject_details import AbtestsSubjectDetails
    from ..models.abtests_subject_list_item import AbtestsSubjectListItem
    from ..models.choose_winner_abtests_subject import ChooseWinnerAbtestsSubject, ChooseWinnerAbtestsSubjectDict
    from ..models.from_field_reference import FromFieldReference, FromFieldReferenceDict
    from ..models.get_ab_test_subject_list_querystage import GetAbTestSubjectListQuerystage
    from ..models.list_reference import ListReference, ListReferenceDict
    from ..models.message_content import MessageContent, MessageContentDict
    from ..models.new_abtests_subject import NewAbtestsSubject, NewAbtestsSubjectDict
    from ..models.new_abtests_subject_delivery_settings import (
        NewAbtestsSubjectDeliverySettings,
        NewAbtestsSubjectDeliverySettingsDict,
    )
    from ..models.new_abtests_subject_flags_item import NewAbtestsSubjectFlagsItem
    from ..models.new_abtests_subject_send_settings import (
        NewAbtestsSubjectSendSettings,
        NewAbtestsSubjectSendSettingsDict,
    )
    from ..models.sort_order_enum import SortOrderEnum


class AbTestsSubjectResource(SyncResource):
    """A/B tests - subject: client.ab_tests_subject."""

    @overload
    def create(
        self,
        *,
        name: str,
        campaign: ListReference | ListReferenceDict,
        from_field: FromFieldReference | FromFieldReferenceDict,
        delivery_settings: NewAbtestsSubjectDeliverySettings | NewAbtestsSubjectDeliverySettingsDict,
        variants: builtins.list[str],
        send_settings: NewAbtestsSubjectSendSettings | NewAbtestsSubjectSendSettingsDict,
        content: MessageContent | MessageContentDict,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[NewAbtestsSubjectFlagsItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewAbtestsSubject | NewAbtestsSubjectDict,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails: ...

    def create(
        self,
        *,
        body: NewAbtestsSubject | NewAbtestsSubjectDict | None = None,
        name: str | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        delivery_settings: NewAbtestsSubjectDeliverySettings | NewAbtestsSubjectDeliverySettingsDict | Unset = UNSET,
        variants: builtins.list[str] | Unset = UNSET,
        send_settings: NewAbtestsSubjectSendSettings | NewAbtestsSubjectSendSettingsDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[NewAbtestsSubjectFlagsItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails:
        """Create a new A/B test.

        Args:
            name: A/B test name
            campaign: A reference to a list (campaign in the API).
            delivery_settings: The A/B test delivery settings
            variants: Message variants.
            send_settings: The send settings for the A/B test
            content: The message content.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /ab-tests/subject (createSubjectAbTest). Reference: https://apireference.getresponse.com/#operation/createSubjectAbTest
        """
        from ..models.abtests_subject_details import AbtestsSubjectDetails

        return self._request(
            "POST",
            "/ab-tests/subject",
            cast_to=AbtestsSubjectDetails,
            json=json_body(
                "ab_tests_subject.create",
                body,
                {
                    "name": name,
                    "campaign": campaign,
                    "from_field": from_field,
                    "delivery_settings": delivery_settings,
                    "variants": variants,
                    "send_settings": send_settings,
                    "content": content,
                    "reply_to": reply_to,
                    "flags": flags,
                },
                AB_TESTS_SUBJECT_CREATE_WIRE,
                required=(
                    "name",
                    "campaign",
                    "from_field",
                    "delivery_settings",
                    "variants",
                    "send_settings",
                    "content",
                ),
            ),
            operation="createSubjectAbTest",
            options=options,
        )

    def delete(
        self,
        ab_test_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete A/B test.

        Args:
            ab_test_id: A/B test ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /ab-tests/{abTestId} (deleteAbTest). Reference: https://apireference.getresponse.com/#operation/deleteAbTest
        """

        return self._request(
            "DELETE",
            f"/ab-tests/{path_value(ab_test_id)}",
            cast_to=None,
            operation="deleteAbTest",
            options=options,
        )

    def get(
        self,
        ab_test_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails:
        """Get a single A/B test by ID.

        Args:
            ab_test_id: A/B test ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /ab-tests/subject/{abTestId} (getAbTestSubjectById). Reference: https://apireference.getresponse.com/#operation/getAbTestSubjectById
        """
        from ..models.abtests_subject_details import AbtestsSubjectDetails

        return self._request(
            "GET",
            f"/ab-tests/subject/{path_value(ab_test_id)}",
            cast_to=AbtestsSubjectDetails,
            params={"fields": fields},
            operation="getAbTestSubjectById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_stage: GetAbTestSubjectListQuerystage | Unset = UNSET,
        query_ab_test_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_stage: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_total_delivered: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[AbtestsSubjectListItem]:
        """The list of A/B tests.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search A/B tests by name
            query_stage: Search A/B tests by stage
            query_ab_test_id: Search A/B tests by ID.
            query_list_id: Search A/B tests by list ID.
            sort_name: Sort by name
            sort_stage: Sort by stage
            sort_send_on: Sort by send date
            sort_total_delivered: Sort by total delivered
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /ab-tests/subject (GetAbTestSubjectList). Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList
        """
        from ..models.abtests_subject_list_item import AbtestsSubjectListItem

        return self._page(
            "/ab-tests/subject",
            item=AbtestsSubjectListItem,
            params={
                "query[name]": query_name,
                "query[stage]": query_stage,
                "query[abTestId]": query_ab_test_id,
                "query[campaignId]": query_list_id,
                "sort[name]": sort_name,
                "sort[stage]": sort_stage,
                "sort[sendOn]": sort_send_on,
                "sort[totalDelivered]": sort_total_delivered,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="GetAbTestSubjectList",
            options=options,
        )

    def cancel(
        self,
        ab_test_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel A/B test.

        Args:
            ab_test_id: A/B test ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /ab-tests/{abTestId}/cancel (cancelAbTest). Reference: https://apireference.getresponse.com/#operation/cancelAbTest
        """

        return self._request(
            "POST",
            f"/ab-tests/{path_value(ab_test_id)}/cancel",
            cast_to=None,
            operation="cancelAbTest",
            options=options,
        )

    @overload
    def choose_winner(
        self,
        ab_test_id: str,
        *,
        variant_id: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def choose_winner(
        self,
        ab_test_id: str,
        *,
        body: ChooseWinnerAbtestsSubject | ChooseWinnerAbtestsSubjectDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def choose_winner(
        self,
        ab_test_id: str,
        *,
        body: ChooseWinnerAbtestsSubject | ChooseWinnerAbtestsSubjectDict | None = None,
        variant_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Choose A/B test winner.

        Args:
            ab_test_id: A/B test ID
            variant_id: The message variant ID.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /ab-tests/subject/{abTestId}/winner (postAbtestsSubjectByIdWinner). Reference: https://apireference.getresponse.com/#operation/postAbtestsSubjectByIdWinner
        """

        return self._request(
            "POST",
            f"/ab-tests/subject/{path_value(ab_test_id)}/winner",
            cast_to=None,
            json=json_body(
                "ab_tests_subject.choose_winner",
                body,
                {"variant_id": variant_id},
                AB_TESTS_SUBJECT_CHOOSE_WINNER_WIRE,
                required=("variant_id",),
            ),
            operation="postAbtestsSubjectByIdWinner",
            options=options,
        )

    @property
    def with_raw_response(self) -> AbTestsSubjectResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AbTestsSubjectResourceWithRawResponse(self._raw_copy())


class AbTestsSubjectResourceWithRawResponse:
    """client.ab_tests_subject.with_raw_response."""

    def __init__(self, resource: AbTestsSubjectResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.cancel = raw_response(resource.cancel)
        self.choose_winner = raw_response(resource.choose_winner)


class AsyncAbTestsSubjectResource(AsyncResource):
    """A/B tests - subject: client.ab_tests_subject."""

    @overload
    async def create(
        self,
        *,
        name: str,
        campaign: ListReference | ListReferenceDict,
        from_field: FromFieldReference | FromFieldReferenceDict,
        delivery_settings: NewAbtestsSubjectDeliverySettings | NewAbtestsSubjectDeliverySettingsDict,
        variants: builtins.list[str],
        send_settings: NewAbtestsSubjectSendSettings | NewAbtestsSubjectSendSettingsDict,
        content: MessageContent | MessageContentDict,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[NewAbtestsSubjectFlagsItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewAbtestsSubject | NewAbtestsSubjectDict,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails: ...

    async def create(
        self,
        *,
        body: NewAbtestsSubject | NewAbtestsSubjectDict | None = None,
        name: str | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        from_field: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        delivery_settings: NewAbtestsSubjectDeliverySettings | NewAbtestsSubjectDeliverySettingsDict | Unset = UNSET,
        variants: builtins.list[str] | Unset = UNSET,
        send_settings: NewAbtestsSubjectSendSettings | NewAbtestsSubjectSendSettingsDict | Unset = UNSET,
        content: MessageContent | MessageContentDict | Unset = UNSET,
        reply_to: FromFieldReference | FromFieldReferenceDict | Unset = UNSET,
        flags: builtins.list[NewAbtestsSubjectFlagsItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails:
        """Create a new A/B test.

        Args:
            name: A/B test name
            campaign: A reference to a list (campaign in the API).
            delivery_settings: The A/B test delivery settings
            variants: Message variants.
            send_settings: The send settings for the A/B test
            content: The message content.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /ab-tests/subject (createSubjectAbTest). Reference: https://apireference.getresponse.com/#operation/createSubjectAbTest
        """
        from ..models.abtests_subject_details import AbtestsSubjectDetails

        return await self._request(
            "POST",
            "/ab-tests/subject",
            cast_to=AbtestsSubjectDetails,
            json=json_body(
                "ab_tests_subject.create",
                body,
                {
                    "name": name,
                    "campaign": campaign,
                    "from_field": from_field,
                    "delivery_settings": delivery_settings,
                    "variants": variants,
                    "send_settings": send_settings,
                    "content": content,
                    "reply_to": reply_to,
                    "flags": flags,
                },
                AB_TESTS_SUBJECT_CREATE_WIRE,
                required=(
                    "name",
                    "campaign",
                    "from_field",
                    "delivery_settings",
                    "variants",
                    "send_settings",
                    "content",
                ),
            ),
            operation="createSubjectAbTest",
            options=options,
        )

    async def delete(
        self,
        ab_test_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete A/B test.

        Args:
            ab_test_id: A/B test ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /ab-tests/{abTestId} (deleteAbTest). Reference: https://apireference.getresponse.com/#operation/deleteAbTest
        """

        return await self._request(
            "DELETE",
            f"/ab-tests/{path_value(ab_test_id)}",
            cast_to=None,
            operation="deleteAbTest",
            options=options,
        )

    async def get(
        self,
        ab_test_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AbtestsSubjectDetails:
        """Get a single A/B test by ID.

        Args:
            ab_test_id: A/B test ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /ab-tests/subject/{abTestId} (getAbTestSubjectById). Reference: https://apireference.getresponse.com/#operation/getAbTestSubjectById
        """
        from ..models.abtests_subject_details import AbtestsSubjectDetails

        return await self._request(
            "GET",
            f"/ab-tests/subject/{path_value(ab_test_id)}",
            cast_to=AbtestsSubjectDetails,
            params={"fields": fields},
            operation="getAbTestSubjectById",
            options=options,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_stage: GetAbTestSubjectListQuerystage | Unset = UNSET,
        query_ab_test_id: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_stage: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_total_delivered: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AbtestsSubjectListItem]:
        """The list of A/B tests.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search A/B tests by name
            query_stage: Search A/B tests by stage
            query_ab_test_id: Search A/B tests by ID.
            query_list_id: Search A/B tests by list ID.
            sort_name: Sort by name
            sort_stage: Sort by stage
            sort_send_on: Sort by send date
            sort_total_delivered: Sort by total delivered
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /ab-tests/subject (GetAbTestSubjectList). Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList
        """
        from ..models.abtests_subject_list_item import AbtestsSubjectListItem

        return self._page(
            "/ab-tests/subject",
            item=AbtestsSubjectListItem,
            params={
                "query[name]": query_name,
                "query[stage]": query_stage,
                "query[abTestId]": query_ab_test_id,
                "query[campaignId]": query_list_id,
                "sort[name]": sort_name,
                "sort[stage]": sort_stage,
                "sort[sendOn]": sort_send_on,
                "sort[totalDelivered]": sort_total_delivered,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="GetAbTestSubjectList",
            options=options,
        )

    async def cancel(
        self,
        ab_test_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel A/B test.

        Args:
            ab_test_id: A/B test ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /ab-tests/{abTestId}/cancel (cancelAbTest). Reference: https://apireference.getresponse.com/#operation/cancelAbTest
        """

        return await self._request(
            "POST",
            f"/ab-tests/{path_value(ab_test_id)}/cancel",
            cast_to=None,
            operation="cancelAbTest",
            options=options,
        )

    @overload
    async def choose_winner(
        self,
        ab_test_id: str,
        *,
        variant_id: str,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def choose_winner(
        self,
        ab_test_id: str,
        *,
        body: ChooseWinnerAbtestsSubject | ChooseWinnerAbtestsSubjectDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def choose_winner(
        self,
        ab_test_id: str,
        *,
        body: ChooseWinnerAbtestsSubject | ChooseWinnerAbtestsSubjectDict | None = None,
        variant_id: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Choose A/B test winner.

        Args:
            ab_test_id: A/B test ID
            variant_id: The message variant ID.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /ab-tests/subject/{abTestId}/winner (postAbtestsSubjectByIdWinner). Reference: https://apireference.getresponse.com/#operation/postAbtestsSubjectByIdWinner
        """

        return await self._request(
            "POST",
            f"/ab-tests/subject/{path_value(ab_test_id)}/winner",
            cast_to=None,
            json=json_body(
                "ab_tests_subject.choose_winner",
                body,
                {"variant_id": variant_id},
                AB_TESTS_SUBJECT_CHOOSE_WINNER_WIRE,
                required=("variant_id",),
            ),
            operation="postAbtestsSubjectByIdWinner",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncAbTestsSubjectResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncAbTestsSubjectResourceWithRawResponse(self._raw_copy())


class AsyncAbTestsSubjectResourceWithRawResponse:
    """client.ab_tests_subject.with_raw_response."""

    def __init__(self, resource: AsyncAbTestsSubjectResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.cancel = async_raw_response(resource.cancel)
        self.choose_winner = async_raw_response(resource.choose_winner)


# Keyword argument -> JSON name, per method with a body.
AB_TESTS_SUBJECT_CREATE_WIRE = {
    "name": "name",
    "campaign": "campaign",
    "from_field": "fromField",
    "delivery_settings": "deliverySettings",
    "variants": "variants",
    "send_settings": "sendSettings",
    "content": "content",
    "reply_to": "replyTo",
    "flags": "flags",
}
AB_TESTS_SUBJECT_CHOOSE_WINNER_WIRE = {"variant_id": "variantId"}
