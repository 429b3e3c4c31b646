"""Subscription Confirmations: client.subscription_confirmations (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
    SyncResource,
    async_raw_response,
    path_value,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.transport import RequestOptions

    from ..models.subscription_confirmation_body import SubscriptionConfirmationBody
    from ..models.subscription_confirmation_subject import SubscriptionConfirmationSubject


class SubscriptionConfirmationsResource(SyncResource):
    """Subscription Confirmations: client.subscription_confirmations."""

    def list_bodies(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SubscriptionConfirmationBody]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS bodies.

        Args:
            language_code: ISO 639-1 Language Code Standard
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /subscription-confirmations/body/{languageCode} (getSubscriptionConfirmationBodyList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationBodyList
        """
        from ..models.subscription_confirmation_body import SubscriptionConfirmationBody

        return self._request(
            "GET",
            f"/subscription-confirmations/body/{path_value(language_code)}",
            cast_to=ListOf(SubscriptionConfirmationBody),
            params={"fields": fields},
            operation="getSubscriptionConfirmationBodyList",
            options=options,
        )

    def list_subjects(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SubscriptionConfirmationSubject]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS subjects.

        Args:
            language_code: ISO 639-1 Language Code Standard
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /subscription-confirmations/subject/{languageCode} (getSubscriptionConfirmationSubjectList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationSubjectList
        """
        from ..models.subscription_confirmation_subject import SubscriptionConfirmationSubject

        return self._request(
            "GET",
            f"/subscription-confirmations/subject/{path_value(language_code)}",
            cast_to=ListOf(SubscriptionConfirmationSubject),
            params={"fields": fields},
            operation="getSubscriptionConfirmationSubjectList",
            options=options,
        )

    @property
    def with_raw_response(self) -> SubscriptionConfirmationsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return SubscriptionConfirmationsResourceWithRawResponse(self._raw_copy())


class SubscriptionConfirmationsResourceWithRawResponse:
    """client.subscription_confirmations.with_raw_response."""

    def __init__(self, resource: SubscriptionConfirmationsResource) -> None:
        self.list_bodies = raw_response(resource.list_bodies)
        self.list_subjects = raw_response(resource.list_subjects)


class AsyncSubscriptionConfirmationsResource(AsyncResource):
    """Subscription Confirmations: client.subscription_confirmations."""

    async def list_bodies(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SubscriptionConfirmationBody]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS bodies.

        Args:
            language_code: ISO 639-1 Language Code Standard
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /subscription-confirmations/body/{languageCode} (getSubscriptionConfirmationBodyList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationBodyList
        """
        from ..models.subscription_confirmation_body import SubscriptionConfirmationBody

        return await self._request(
            "GET",
            f"/subscription-confirmations/body/{path_value(language_code)}",
            cast_to=ListOf(SubscriptionConfirmationBody),
            params={"fields": fields},
            operation="getSubscriptionConfirmationBodyList",
            options=options,
        )

    async def list_subjects(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SubscriptionConfirmationSubject]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS subjects.

        Args:
            language_code: ISO 639-1 Language Code Standard
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /subscription-confirmations/subject/{languageCode} (getSubscriptionConfirmationSubjectList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationSubjectList
        """
        from ..models.subscription_confirmation_subject import SubscriptionConfirmationSubject

        return await self._request(
            "GET",
            f"/subscription-confirmations/subject/{path_value(language_code)}",
            cast_to=ListOf(SubscriptionConfirmationSubject),
            params={"fields": fields},
            operation="getSubscriptionConfirmationSubjectList",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncSubscriptionConfirmationsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncSubscriptionConfirmationsResourceWithRawResponse(self._raw_copy())


class AsyncSubscriptionConfirmationsResourceWithRawResponse:
    """client.subscription_confirmations.with_raw_response."""

    def __init__(self, resource: AsyncSubscriptionConfirmationsResource) -> None:
        self.list_bodies = async_raw_response(resource.list_bodies)
        self.list_subjects = async_raw_response(resource.list_subjects)
