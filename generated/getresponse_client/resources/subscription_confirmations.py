"""Subscription Confirmations: client.subscription_confirmations (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.responses import RawResponse
    from ..models.subscription_confirmation_body import SubscriptionConfirmationBody
    from ..models.subscription_confirmation_subject import SubscriptionConfirmationSubject


class SubscriptionConfirmationsRawResource(SyncResource):
    """client.subscription_confirmations.with_raw_response: the same calls, returning status, headers and body too."""

    def get_confirmation_body_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SubscriptionConfirmationBody]]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS bodies. Returns the raw response with the parsed body."""
        from ..api.subscription_confirmations import get_subscription_confirmation_body_list as op

        return self._call(
            op._get_kwargs(
                language_code,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_confirmation_subject_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SubscriptionConfirmationSubject]]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS subjects. Returns the raw response with the parsed body."""
        from ..api.subscription_confirmations import get_subscription_confirmation_subject_list as op

        return self._call(
            op._get_kwargs(
                language_code,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class SubscriptionConfirmationsResource(SyncResource):
    """Subscription Confirmations: client.subscription_confirmations."""

    @cached_property
    def with_raw_response(self) -> SubscriptionConfirmationsRawResource:
        return SubscriptionConfirmationsRawResource(self._transport)

    def get_confirmation_body_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SubscriptionConfirmationBody]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS bodies.

        GET /subscription-confirmations/body/{languageCode} (getSubscriptionConfirmationBodyList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationBodyList
        """
        return (
            self.with_raw_response.get_confirmation_body_list(
                language_code,
                fields=fields,
            )
        ).parsed

    def get_confirmation_subject_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SubscriptionConfirmationSubject]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS subjects.

        GET /subscription-confirmations/subject/{languageCode} (getSubscriptionConfirmationSubjectList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationSubjectList
        """
        return (
            self.with_raw_response.get_confirmation_subject_list(
                language_code,
                fields=fields,
            )
        ).parsed


class AsyncSubscriptionConfirmationsRawResource(AsyncResource):
    """client.subscription_confirmations.with_raw_response: the same calls, returning status, headers and body too."""

    async def get_confirmation_body_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SubscriptionConfirmationBody]]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS bodies. Returns the raw response with the parsed body."""
        from ..api.subscription_confirmations import get_subscription_confirmation_body_list as op

        return await self._call(
            op._get_kwargs(
                language_code,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_confirmation_subject_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SubscriptionConfirmationSubject]]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS subjects. Returns the raw response with the parsed body."""
        from ..api.subscription_confirmations import get_subscription_confirmation_subject_list as op

        return await self._call(
            op._get_kwargs(
                language_code,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )


class AsyncSubscriptionConfirmationsResource(AsyncResource):
    """Subscription Confirmations: client.subscription_confirmations."""

    @cached_property
    def with_raw_response(self) -> AsyncSubscriptionConfirmationsRawResource:
        return AsyncSubscriptionConfirmationsRawResource(self._transport)

    async def get_confirmation_body_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SubscriptionConfirmationBody]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS bodies.

        GET /subscription-confirmations/body/{languageCode} (getSubscriptionConfirmationBodyList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationBodyList
        """
        return (
            await self.with_raw_response.get_confirmation_body_list(
                language_code,
                fields=fields,
            )
        ).parsed

    async def get_confirmation_subject_list(
        self,
        language_code: str,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SubscriptionConfirmationSubject]:
        """Get collection of SUBSCRIPTION CONFIRMATIONS subjects.

        GET /subscription-confirmations/subject/{languageCode} (getSubscriptionConfirmationSubjectList). Reference: https://apireference.getresponse.com/#operation/getSubscriptionConfirmationSubjectList
        """
        return (
            await self.with_raw_response.get_confirmation_subject_list(
                language_code,
                fields=fields,
            )
        ).parsed
