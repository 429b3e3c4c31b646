"""Accounts: client.accounts (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.account import Account
    from ..models.account_badge_details import AccountBadgeDetails
    from ..models.account_billing import AccountBilling
    from ..models.accounts_login_history_list_element import AccountsLoginHistoryListElement
    from ..models.blocklist import Blocklist
    from ..models.callback import Callback
    from ..models.industry_tag import IndustryTag
    from ..models.sending_limits_list_item import SendingLimitsListItem
    from ..models.timezone import Timezone
    from ..models.update_account_badge_body import UpdateAccountBadgeBody
    from ..models.update_account_blocklist_additional_flags import UpdateAccountBlocklistAdditionalFlags
    from ..models.update_blocklist import UpdateBlocklist
    from ..models.update_callbacks import UpdateCallbacks


class AccountsRawResource(SyncResource):
    """client.accounts.with_raw_response: the same calls, returning status, headers and body too."""

    def get(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Account]:
        """Account information. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account as op

        return self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        body: Account | Unset = UNSET,
    ) -> RawResponse[Account]:
        """Update account. Returns the raw response with the parsed body."""
        from ..api.accounts import update_account as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def disable_callbacks(
        self,
    ) -> RawResponse[None]:
        """Disable callbacks. Returns the raw response with the parsed body."""
        from ..api.accounts import disable_callbacks as op

        return self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    def get_badge(
        self,
    ) -> RawResponse[AccountBadgeDetails]:
        """Current status of your GetResponse badge. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_badge as op

        return self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    def get_billing(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[AccountBilling]:
        """Billing information. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_billing as op

        return self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_blocklist(
        self,
        *,
        query_mask: str | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Returns account blocklist masks. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_blocklist as op

        return self._call(
            op._get_kwargs(
                querymask=query_mask,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_callbacks(
        self,
    ) -> RawResponse[Callback]:
        """Get callbacks configuration. Returns the raw response with the parsed body."""
        from ..api.accounts import get_callbacks as op

        return self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    def get_industries(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[IndustryTag]]:
        """List of Industry Tags. Returns the raw response with the parsed body."""
        from ..api.accounts import get_industries as op

        return self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_login_history(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[AccountsLoginHistoryListElement]]:
        """History of logins. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_login_history as op

        return self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_sending_limits(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SendingLimitsListItem]]:
        """Send limits. Returns the raw response with the parsed body."""
        from ..api.accounts import get_sending_limits as op

        return self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_timezones(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[Timezone]]:
        """List of timezones. Returns the raw response with the parsed body."""
        from ..api.accounts import get_timezones as op

        return self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update_badge(
        self,
        body: UpdateAccountBadgeBody | Unset = UNSET,
    ) -> RawResponse[AccountBadgeDetails]:
        """Turn on/off the GetResponse Badge. Returns the raw response with the parsed body."""
        from ..api.accounts import update_account_badge as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def update_blocklist(
        self,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Update account blocklist. Returns the raw response with the parsed body."""
        from ..api.accounts import update_account_blocklist as op

        return self._call(
            op._get_kwargs(
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )

    def update_callbacks(
        self,
        body: UpdateCallbacks | Unset = UNSET,
    ) -> RawResponse[Callback]:
        """Enable or update callbacks configuration. Returns the raw response with the parsed body."""
        from ..api.accounts import update_callbacks as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AccountsResource(SyncResource):
    """Accounts: client.accounts."""

    @cached_property
    def with_raw_response(self) -> AccountsRawResource:
        return AccountsRawResource(self._transport)

    def get(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> Account:
        """Account information.

        GET /accounts (getAccount). Reference: https://apireference.getresponse.com/#operation/getAccount
        """
        return (
            self.with_raw_response.get(
                fields=fields,
            )
        ).parsed

    def update(
        self,
        body: Account | Unset = UNSET,
    ) -> Account:
        """Update account.

        POST /accounts (updateAccount). Reference: https://apireference.getresponse.com/#operation/updateAccount
        """
        return (
            self.with_raw_response.update(
                body,
            )
        ).parsed

    def disable_callbacks(
        self,
    ) -> None:
        """Disable callbacks.

        DELETE /accounts/callbacks (disableCallbacks). Reference: https://apireference.getresponse.com/#operation/disableCallbacks
        """
        return (self.with_raw_response.disable_callbacks()).parsed

    def get_badge(
        self,
    ) -> AccountBadgeDetails:
        """Current status of your GetResponse badge.

        GET /accounts/badge (getAccountBadge). Reference: https://apireference.getresponse.com/#operation/getAccountBadge
        """
        return (self.with_raw_response.get_badge()).parsed

    def get_billing(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> AccountBilling:
        """Billing information.

        GET /accounts/billing (getAccountBilling). Reference: https://apireference.getresponse.com/#operation/getAccountBilling
        """
        return (
            self.with_raw_response.get_billing(
                fields=fields,
            )
        ).parsed

    def get_blocklist(
        self,
        *,
        query_mask: str | Unset = UNSET,
    ) -> Blocklist:
        """Returns account blocklist masks.

        GET /accounts/blocklists (getAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/getAccountBlocklist
        """
        return (
            self.with_raw_response.get_blocklist(
                query_mask=query_mask,
            )
        ).parsed

    def get_callbacks(
        self,
    ) -> Callback:
        """Get callbacks configuration.

        GET /accounts/callbacks (getCallbacks). Reference: https://apireference.getresponse.com/#operation/getCallbacks
        """
        return (self.with_raw_response.get_callbacks()).parsed

    def get_industries(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[IndustryTag]:
        """List of Industry Tags.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /accounts/industries (getIndustries). Reference: https://apireference.getresponse.com/#operation/getIndustries
        """
        from ..api.accounts import get_industries as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_login_history(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[AccountsLoginHistoryListElement]:
        """History of logins.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /accounts/login-history (getAccountLoginHistory). Reference: https://apireference.getresponse.com/#operation/getAccountLoginHistory
        """
        from ..api.accounts import get_account_login_history as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_sending_limits(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SendingLimitsListItem]:
        """Send limits.

        GET /accounts/sending-limits (getSendingLimits). Reference: https://apireference.getresponse.com/#operation/getSendingLimits
        """
        return (
            self.with_raw_response.get_sending_limits(
                fields=fields,
            )
        ).parsed

    def get_timezones(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[Timezone]:
        """List of timezones.

        GET /accounts/timezones (getTimezones). Reference: https://apireference.getresponse.com/#operation/getTimezones
        """
        return (
            self.with_raw_response.get_timezones(
                fields=fields,
            )
        ).parsed

    def update_badge(
        self,
        body: UpdateAccountBadgeBody | Unset = UNSET,
    ) -> AccountBadgeDetails:
        """Turn on/off the GetResponse Badge.

        POST /accounts/badge (updateAccountBadge). Reference: https://apireference.getresponse.com/#operation/updateAccountBadge
        """
        return (
            self.with_raw_response.update_badge(
                body,
            )
        ).parsed

    def update_blocklist(
        self,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
    ) -> Blocklist:
        """Update account blocklist.

        POST /accounts/blocklists (updateAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist
        """
        return (
            self.with_raw_response.update_blocklist(
                body,
                additional_flags=additional_flags,
            )
        ).parsed

    def update_callbacks(
        self,
        body: UpdateCallbacks | Unset = UNSET,
    ) -> Callback:
        """Enable or update callbacks configuration.

        POST /accounts/callbacks (updateCallbacks). Reference: https://apireference.getresponse.com/#operation/updateCallbacks
        """
        return (
            self.with_raw_response.update_callbacks(
                body,
            )
        ).parsed


class AsyncAccountsRawResource(AsyncResource):
    """client.accounts.with_raw_response: the same calls, returning status, headers and body too."""

    async def get(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Account]:
        """Account information. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        body: Account | Unset = UNSET,
    ) -> RawResponse[Account]:
        """Update account. Returns the raw response with the parsed body."""
        from ..api.accounts import update_account as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def disable_callbacks(
        self,
    ) -> RawResponse[None]:
        """Disable callbacks. Returns the raw response with the parsed body."""
        from ..api.accounts import disable_callbacks as op

        return await self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    async def get_badge(
        self,
    ) -> RawResponse[AccountBadgeDetails]:
        """Current status of your GetResponse badge. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_badge as op

        return await self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    async def get_billing(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[AccountBilling]:
        """Billing information. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_billing as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_blocklist(
        self,
        *,
        query_mask: str | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Returns account blocklist masks. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_blocklist as op

        return await self._call(
            op._get_kwargs(
                querymask=query_mask,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_callbacks(
        self,
    ) -> RawResponse[Callback]:
        """Get callbacks configuration. Returns the raw response with the parsed body."""
        from ..api.accounts import get_callbacks as op

        return await self._call(op._get_kwargs(), op._parse_response, idempotent=True)

    async def get_industries(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[IndustryTag]]:
        """List of Industry Tags. Returns the raw response with the parsed body."""
        from ..api.accounts import get_industries as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_login_history(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[AccountsLoginHistoryListElement]]:
        """History of logins. Returns the raw response with the parsed body."""
        from ..api.accounts import get_account_login_history as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_sending_limits(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[SendingLimitsListItem]]:
        """Send limits. Returns the raw response with the parsed body."""
        from ..api.accounts import get_sending_limits as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_timezones(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[Timezone]]:
        """List of timezones. Returns the raw response with the parsed body."""
        from ..api.accounts import get_timezones as op

        return await self._call(
            op._get_kwargs(
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update_badge(
        self,
        body: UpdateAccountBadgeBody | Unset = UNSET,
    ) -> RawResponse[AccountBadgeDetails]:
        """Turn on/off the GetResponse Badge. Returns the raw response with the parsed body."""
        from ..api.accounts import update_account_badge as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def update_blocklist(
        self,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
    ) -> RawResponse[Blocklist]:
        """Update account blocklist. Returns the raw response with the parsed body."""
        from ..api.accounts import update_account_blocklist as op

        return await self._call(
            op._get_kwargs(
                body=body,
                additional_flags=additional_flags,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def update_callbacks(
        self,
        body: UpdateCallbacks | Unset = UNSET,
    ) -> RawResponse[Callback]:
        """Enable or update callbacks configuration. Returns the raw response with the parsed body."""
        from ..api.accounts import update_callbacks as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncAccountsResource(AsyncResource):
    """Accounts: client.accounts."""

    @cached_property
    def with_raw_response(self) -> AsyncAccountsRawResource:
        return AsyncAccountsRawResource(self._transport)

    async def get(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> Account:
        """Account information.

        GET /accounts (getAccount). Reference: https://apireference.getresponse.com/#operation/getAccount
        """
        return (
            await self.with_raw_response.get(
                fields=fields,
            )
        ).parsed

    async def update(
        self,
        body: Account | Unset = UNSET,
    ) -> Account:
        """Update account.

        POST /accounts (updateAccount). Reference: https://apireference.getresponse.com/#operation/updateAccount
        """
        return (
            await self.with_raw_response.update(
                body,
            )
        ).parsed

    async def disable_callbacks(
        self,
    ) -> None:
        """Disable callbacks.

        DELETE /accounts/callbacks (disableCallbacks). Reference: https://apireference.getresponse.com/#operation/disableCallbacks
        """
        return (await self.with_raw_response.disable_callbacks()).parsed

    async def get_badge(
        self,
    ) -> AccountBadgeDetails:
        """Current status of your GetResponse badge.

        GET /accounts/badge (getAccountBadge). Reference: https://apireference.getresponse.com/#operation/getAccountBadge
        """
        return (await self.with_raw_response.get_badge()).parsed

    async def get_billing(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> AccountBilling:
        """Billing information.

        GET /accounts/billing (getAccountBilling). Reference: https://apireference.getresponse.com/#operation/getAccountBilling
        """
        return (
            await self.with_raw_response.get_billing(
                fields=fields,
            )
        ).parsed

    async def get_blocklist(
        self,
        *,
        query_mask: str | Unset = UNSET,
    ) -> Blocklist:
        """Returns account blocklist masks.

        GET /accounts/blocklists (getAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/getAccountBlocklist
        """
        return (
            await self.with_raw_response.get_blocklist(
                query_mask=query_mask,
            )
        ).parsed

    async def get_callbacks(
        self,
    ) -> Callback:
        """Get callbacks configuration.

        GET /accounts/callbacks (getCallbacks). Reference: https://apireference.getresponse.com/#operation/getCallbacks
        """
        return (await self.with_raw_response.get_callbacks()).parsed

    async def get_industries(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[IndustryTag]:
        """List of Industry Tags.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /accounts/industries (getIndustries). Reference: https://apireference.getresponse.com/#operation/getIndustries
        """
        from ..api.accounts import get_industries as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_login_history(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[AccountsLoginHistoryListElement]:
        """History of logins.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /accounts/login-history (getAccountLoginHistory). Reference: https://apireference.getresponse.com/#operation/getAccountLoginHistory
        """
        from ..api.accounts import get_account_login_history as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_sending_limits(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[SendingLimitsListItem]:
        """Send limits.

        GET /accounts/sending-limits (getSendingLimits). Reference: https://apireference.getresponse.com/#operation/getSendingLimits
        """
        return (
            await self.with_raw_response.get_sending_limits(
                fields=fields,
            )
        ).parsed

    async def get_timezones(
        self,
        *,
        fields: str | Unset = UNSET,
    ) -> builtins.list[Timezone]:
        """List of timezones.

        GET /accounts/timezones (getTimezones). Reference: https://apireference.getresponse.com/#operation/getTimezones
        """
        return (
            await self.with_raw_response.get_timezones(
                fields=fields,
            )
        ).parsed

    async def update_badge(
        self,
        body: UpdateAccountBadgeBody | Unset = UNSET,
    ) -> AccountBadgeDetails:
        """Turn on/off the GetResponse Badge.

        POST /accounts/badge (updateAccountBadge). Reference: https://apireference.getresponse.com/#operation/updateAccountBadge
        """
        return (
            await self.with_raw_response.update_badge(
                body,
            )
        ).parsed

    async def update_blocklist(
        self,
        body: UpdateBlocklist | Unset = UNSET,
        *,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
    ) -> Blocklist:
        """Update account blocklist.

        POST /accounts/blocklists (updateAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist
        """
        return (
            await self.with_raw_response.update_blocklist(
                body,
                additional_flags=additional_flags,
            )
        ).parsed

    async def update_callbacks(
        self,
        body: UpdateCallbacks | Unset = UNSET,
    ) -> Callback:
        """Enable or update callbacks configuration.

        POST /accounts/callbacks (updateCallbacks). Reference: https://apireference.getresponse.com/#operation/updateCallbacks
        """
        return (
            await self.with_raw_response.update_callbacks(
                body,
            )
        ).parsed
