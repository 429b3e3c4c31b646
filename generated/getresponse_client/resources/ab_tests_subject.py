"""A/B tests - subject: client.ab_tests_subject (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.abtests_subject_details import AbtestsSubjectDetails
    from ..models.abtests_subject_list_item import AbtestsSubjectListItem
    from ..models.choose_winner_abtests_subject import ChooseWinnerAbtestsSubject
    from ..models.get_ab_test_subject_list_querystage import GetAbTestSubjectListQuerystage
    from ..models.new_abtests_subject import NewAbtestsSubject
    from ..models.sort_order_enum import SortOrderEnum


class AbTestsSubjectRawResource(SyncResource):
    """client.ab_tests_subject.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewAbtestsSubject | Unset = UNSET,
    ) -> RawResponse[AbtestsSubjectDetails]:
        """Create a new A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import create_subject_ab_test as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        ab_test_id: str,
    ) -> RawResponse[None]:
        """Delete A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import delete_ab_test as op

        return self._call(
            op._get_kwargs(
                ab_test_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        ab_test_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[AbtestsSubjectDetails]:
        """Get a single A/B test by ID. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import get_ab_test_subject_by_id as op

        return self._call(
            op._get_kwargs(
                ab_test_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_stage: GetAbTestSubjectListQuerystage | Unset = UNSET,
        query_ab_test_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_stage: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_total_delivered: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[AbtestsSubjectListItem]]:
        """The list of A/B tests. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import get_ab_test_subject_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                querystage=query_stage,
                queryab_test_id=query_ab_test_id,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortstage=sort_stage,
                sortsend_on=sort_send_on,
                sorttotal_delivered=sort_total_delivered,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def cancel(
        self,
        ab_test_id: str,
    ) -> RawResponse[None]:
        """Cancel A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import cancel_ab_test as op

        return self._call(
            op._get_kwargs(
                ab_test_id,
            ),
            op._parse_response,
            idempotent=False,
        )

    def choose_winner(
        self,
        ab_test_id: str,
        body: ChooseWinnerAbtestsSubject | Unset = UNSET,
    ) -> RawResponse[None]:
        """Choose A/B test winner. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import post_abtests_subject_by_id_winner as op

        return self._call(
            op._get_kwargs(
                ab_test_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AbTestsSubjectResource(SyncResource):
    """A/B tests - subject: client.ab_tests_subject."""

    @cached_property
    def with_raw_response(self) -> AbTestsSubjectRawResource:
        return AbTestsSubjectRawResource(self._transport)

    def create(
        self,
        body: NewAbtestsSubject | Unset = UNSET,
    ) -> AbtestsSubjectDetails:
        """Create a new A/B test.

        POST /ab-tests/subject (createSubjectAbTest). Reference: https://apireference.getresponse.com/#operation/createSubjectAbTest
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        ab_test_id: str,
    ) -> None:
        """Delete A/B test.

        DELETE /ab-tests/{abTestId} (deleteAbTest). Reference: https://apireference.getresponse.com/#operation/deleteAbTest
        """
        return (
            self.with_raw_response.delete(
                ab_test_id,
            )
        ).parsed

    def get(
        self,
        ab_test_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> AbtestsSubjectDetails:
        """Get a single A/B test by ID.

        GET /ab-tests/subject/{abTestId} (getAbTestSubjectById). Reference: https://apireference.getresponse.com/#operation/getAbTestSubjectById
        """
        return (
            self.with_raw_response.get(
                ab_test_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_stage: GetAbTestSubjectListQuerystage | Unset = UNSET,
        query_ab_test_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_stage: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_total_delivered: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[AbtestsSubjectListItem]:
        """The list of A/B tests.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /ab-tests/subject (GetAbTestSubjectList). Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList
        """
        from ..api.ab_tests_subject import get_ab_test_subject_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystage=query_stage,
                queryab_test_id=query_ab_test_id,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortstage=sort_stage,
                sortsend_on=sort_send_on,
                sorttotal_delivered=sort_total_delivered,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def cancel(
        self,
        ab_test_id: str,
    ) -> None:
        """Cancel A/B test.

        POST /ab-tests/{abTestId}/cancel (cancelAbTest). Reference: https://apireference.getresponse.com/#operation/cancelAbTest
        """
        return (
            self.with_raw_response.cancel(
                ab_test_id,
            )
        ).parsed

    def choose_winner(
        self,
        ab_test_id: str,
        body: ChooseWinnerAbtestsSubject | Unset = UNSET,
    ) -> None:
        """Choose A/B test winner.

        POST /ab-tests/subject/{abTestId}/winner (postAbtestsSubjectByIdWinner). Reference: https://apireference.getresponse.com/#operation/postAbtestsSubjectByIdWinner
        """
        return (
            self.with_raw_response.choose_winner(
                ab_test_id,
                body,
            )
        ).parsed


class AsyncAbTestsSubjectRawResource(AsyncResource):
    """client.ab_tests_subject.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewAbtestsSubject | Unset = UNSET,
    ) -> RawResponse[AbtestsSubjectDetails]:
        """Create a new A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import create_subject_ab_test as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        ab_test_id: str,
    ) -> RawResponse[None]:
        """Delete A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import delete_ab_test as op

        return await self._call(
            op._get_kwargs(
                ab_test_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        ab_test_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[AbtestsSubjectDetails]:
        """Get a single A/B test by ID. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import get_ab_test_subject_by_id as op

        return await self._call(
            op._get_kwargs(
                ab_test_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_stage: GetAbTestSubjectListQuerystage | Unset = UNSET,
        query_ab_test_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_stage: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_total_delivered: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[AbtestsSubjectListItem]]:
        """The list of A/B tests. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import get_ab_test_subject_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                querystage=query_stage,
                queryab_test_id=query_ab_test_id,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortstage=sort_stage,
                sortsend_on=sort_send_on,
                sorttotal_delivered=sort_total_delivered,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def cancel(
        self,
        ab_test_id: str,
    ) -> RawResponse[None]:
        """Cancel A/B test. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import cancel_ab_test as op

        return await self._call(
            op._get_kwargs(
                ab_test_id,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def choose_winner(
        self,
        ab_test_id: str,
        body: ChooseWinnerAbtestsSubject | Unset = UNSET,
    ) -> RawResponse[None]:
        """Choose A/B test winner. Returns the raw response with the parsed body."""
        from ..api.ab_tests_subject import post_abtests_subject_by_id_winner as op

        return await self._call(
            op._get_kwargs(
                ab_test_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncAbTestsSubjectResource(AsyncResource):
    """A/B tests - subject: client.ab_tests_subject."""

    @cached_property
    def with_raw_response(self) -> AsyncAbTestsSubjectRawResource:
        return AsyncAbTestsSubjectRawResource(self._transport)

    async def create(
        self,
        body: NewAbtestsSubject | Unset = UNSET,
    ) -> AbtestsSubjectDetails:
        """Create a new A/B test.

        POST /ab-tests/subject (createSubjectAbTest). Reference: https://apireference.getresponse.com/#operation/createSubjectAbTest
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        ab_test_id: str,
    ) -> None:
        """Delete A/B test.

        DELETE /ab-tests/{abTestId} (deleteAbTest). Reference: https://apireference.getresponse.com/#operation/deleteAbTest
        """
        return (
            await self.with_raw_response.delete(
                ab_test_id,
            )
        ).parsed

    async def get(
        self,
        ab_test_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> AbtestsSubjectDetails:
        """Get a single A/B test by ID.

        GET /ab-tests/subject/{abTestId} (getAbTestSubjectById). Reference: https://apireference.getresponse.com/#operation/getAbTestSubjectById
        """
        return (
            await self.with_raw_response.get(
                ab_test_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_stage: GetAbTestSubjectListQuerystage | Unset = UNSET,
        query_ab_test_id: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_stage: SortOrderEnum | Unset = UNSET,
        sort_send_on: SortOrderEnum | Unset = UNSET,
        sort_total_delivered: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[AbtestsSubjectListItem]:
        """The list of A/B tests.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /ab-tests/subject (GetAbTestSubjectList). Reference: https://apireference.getresponse.com/#operation/GetAbTestSubjectList
        """
        from ..api.ab_tests_subject import get_ab_test_subject_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                querystage=query_stage,
                queryab_test_id=query_ab_test_id,
                querycampaign_id=query_campaign_id,
                sortname=sort_name,
                sortstage=sort_stage,
                sortsend_on=sort_send_on,
                sorttotal_delivered=sort_total_delivered,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def cancel(
        self,
        ab_test_id: str,
    ) -> None:
        """Cancel A/B test.

        POST /ab-tests/{abTestId}/cancel (cancelAbTest). Reference: https://apireference.getresponse.com/#operation/cancelAbTest
        """
        return (
            await self.with_raw_response.cancel(
                ab_test_id,
            )
        ).parsed

    async def choose_winner(
        self,
        ab_test_id: str,
        body: ChooseWinnerAbtestsSubject | Unset = UNSET,
    ) -> None:
        """Choose A/B test winner.

        POST /ab-tests/subject/{abTestId}/winner (postAbtestsSubjectByIdWinner). Reference: https://apireference.getresponse.com/#operation/postAbtestsSubjectByIdWinner
        """
        return (
            await self.with_raw_response.choose_winner(
                ab_test_id,
                body,
            )
        ).parsed
