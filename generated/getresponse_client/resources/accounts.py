"""Accounts: client.accounts (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
    SyncResource,
    async_raw_pager,
    async_raw_response,
    json_body,
    raw_response,
)
from getresponse_runtime.types import UNSET, Unset

if TYPE_CHECKING:
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.account import Account, AccountDict
    from ..models.account_badge_details import AccountBadgeDetails
    from ..models.account_billing import AccountBilling
    from ..models.account_number_of_employees import AccountNumberOfEmployees
    from ..models.account_time_format import AccountTimeFormat
    from ..models.accounts_login_history_list_element import AccountsLoginHistoryListElement
    from ..models.blocklist import Blocklist
    from ..models.callback import Callback
    from ..models.callback_actions import CallbackActions, CallbackActionsDict
    from ..models.industry_tag import IndustryTag
    from ..models.sending_limits_list_item import SendingLimitsListItem
    from ..models.status_enum import StatusEnum
    from ..models.timezone import Timezone
    from ..models.update_account_badge_body import UpdateAccountBadgeBody, UpdateAccountBadgeBodyDict
    from ..models.update_account_badge_body_type import UpdateAccountBadgeBodyType
    from ..models.update_account_blocklist_additional_flags import UpdateAccountBlocklistAdditionalFlags
    from ..models.update_blocklist import UpdateBlocklist, UpdateBlocklistDict
    from ..models.update_callbacks import UpdateCallbacks, UpdateCallbacksDict


class AccountsResource(SyncResource):
    """Accounts: client.accounts."""

    def get(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Account information.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts (getAccount). Reference: https://apireference.getresponse.com/#operation/getAccount
        """
        from ..models.account import Account

        return self._request(
            "GET",
            "/accounts",
            cast_to=Account,
            params={"fields": fields},
            operation="getAccount",
            options=options,
        )

    @overload
    def update(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        street: str | Unset = UNSET,
        zip_code: str | Unset = UNSET,
        number_of_employees: AccountNumberOfEmployees | str | Unset = UNSET,
        time_format: AccountTimeFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Account: ...

    @overload
    def update(
        self,
        *,
        body: Account | AccountDict,
        **options: Unpack[RequestOptions],
    ) -> Account: ...

    def update(
        self,
        *,
        body: Account | AccountDict | None = None,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        street: str | Unset = UNSET,
        zip_code: str | Unset = UNSET,
        number_of_employees: AccountNumberOfEmployees | str | Unset = UNSET,
        time_format: AccountTimeFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Update account.

        Args:
            first_name: First name
            last_name: Last name
            company_name: Company name
            phone: Phone number
            state: State
            city: City
            street: Street
            zip_code: ZIP Code
            number_of_employees: Numbers of employees
            time_format: Account time notation

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts (updateAccount). Reference: https://apireference.getresponse.com/#operation/updateAccount
        """
        from ..models.account import Account

        return self._request(
            "POST",
            "/accounts",
            cast_to=Account,
            json=json_body(
                "accounts.update",
                body,
                {
                    "first_name": first_name,
                    "last_name": last_name,
                    "company_name": company_name,
                    "phone": phone,
                    "state": state,
                    "city": city,
                    "street": street,
                    "zip_code": zip_code,
                    "number_of_employees": number_of_employees,
                    "time_format": time_format,
                },
                ACCOUNTS_UPDATE_WIRE,
            ),
            operation="updateAccount",
            options=options,
        )

    def disable_callbacks(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disable callbacks.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /accounts/callbacks (disableCallbacks). Reference: https://apireference.getresponse.com/#operation/disableCallbacks
        """

        return self._request(
            "DELETE",
            "/accounts/callbacks",
            cast_to=None,
            operation="disableCallbacks",
            options=options,
        )

    def get_badge(
        self,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails:
        """Current status of your GetResponse badge.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/badge (getAccountBadge). Reference: https://apireference.getresponse.com/#operation/getAccountBadge
        """
        from ..models.account_badge_details import AccountBadgeDetails

        return self._request(
            "GET",
            "/accounts/badge",
            cast_to=AccountBadgeDetails,
            operation="getAccountBadge",
            options=options,
        )

    def get_billing(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBilling:
        """Billing information.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/billing (getAccountBilling). Reference: https://apireference.getresponse.com/#operation/getAccountBilling
        """
        from ..models.account_billing import AccountBilling

        return self._request(
            "GET",
            "/accounts/billing",
            cast_to=AccountBilling,
            params={"fields": fields},
            operation="getAccountBilling",
            options=options,
        )

    def get_blocklist(
        self,
        *,
        query_mask: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Returns account blocklist masks.

        Args:
            query_mask: Blocklist mask to search for

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/blocklists (getAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/getAccountBlocklist
        """
        from ..models.blocklist import Blocklist

        return self._request(
            "GET",
            "/accounts/blocklists",
            cast_to=Blocklist,
            params={"query[mask]": query_mask},
            operation="getAccountBlocklist",
            options=options,
        )

    def get_callbacks(
        self,
        **options: Unpack[RequestOptions],
    ) -> Callback:
        """Get callbacks configuration.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/callbacks (getCallbacks). Reference: https://apireference.getresponse.com/#operation/getCallbacks
        """
        from ..models.callback import Callback

        return self._request(
            "GET",
            "/accounts/callbacks",
            cast_to=Callback,
            operation="getCallbacks",
            options=options,
        )

    def get_industries(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[IndustryTag]:
        """List of Industry Tags.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/industries (getIndustries). Reference: https://apireference.getresponse.com/#operation/getIndustries
        """
        from ..models.industry_tag import IndustryTag

        return self._page(
            "/accounts/industries",
            item=IndustryTag,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getIndustries",
            options=options,
        )

    def get_login_history(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[AccountsLoginHistoryListElement]:
        """History of logins.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/login-history (getAccountLoginHistory). Reference: https://apireference.getresponse.com/#operation/getAccountLoginHistory
        """
        from ..models.accounts_login_history_list_element import AccountsLoginHistoryListElement

        return self._page(
            "/accounts/login-history",
            item=AccountsLoginHistoryListElement,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getAccountLoginHistory",
            options=options,
        )

    def get_sending_limits(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SendingLimitsListItem]:
        """Send limits.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/sending-limits (getSendingLimits). Reference: https://apireference.getresponse.com/#operation/getSendingLimits
        """
        from ..models.sending_limits_list_item import SendingLimitsListItem

        return self._request(
            "GET",
            "/accounts/sending-limits",
            cast_to=ListOf(SendingLimitsListItem),
            params={"fields": fields},
            operation="getSendingLimits",
            options=options,
        )

    def get_timezones(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Timezone]:
        """List of timezones.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/timezones (getTimezones). Reference: https://apireference.getresponse.com/#operation/getTimezones
        """
        from ..models.timezone import Timezone

        return self._request(
            "GET",
            "/accounts/timezones",
            cast_to=ListOf(Timezone),
            params={"fields": fields},
            operation="getTimezones",
            options=options,
        )

    @overload
    def update_badge(
        self,
        *,
        status: StatusEnum | str,
        type_: UpdateAccountBadgeBodyType | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails: ...

    @overload
    def update_badge(
        self,
        *,
        body: UpdateAccountBadgeBody | UpdateAccountBadgeBodyDict,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails: ...

    def update_badge(
        self,
        *,
        body: UpdateAccountBadgeBody | UpdateAccountBadgeBodyDict | None = None,
        status: StatusEnum | str | Unset = UNSET,
        type_: UpdateAccountBadgeBodyType | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails:
        """Turn on/off the GetResponse Badge.

        Args:
            type_: Account badge type

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts/badge (updateAccountBadge). Reference: https://apireference.getresponse.com/#operation/updateAccountBadge
        """
        from ..models.account_badge_details import AccountBadgeDetails

        return self._request(
            "POST",
            "/accounts/badge",
            cast_to=AccountBadgeDetails,
            json=json_body(
                "accounts.update_badge",
                body,
                {"status": status, "type_": type_},
                ACCOUNTS_UPDATE_BADGE_WIRE,
                required=("status",),
            ),
            operation="updateAccountBadge",
            options=options,
        )

    @overload
    def update_blocklist(
        self,
        *,
        masks: builtins.list[str],
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    @overload
    def update_blocklist(
        self,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    def update_blocklist(
        self,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict | None = None,
        masks: builtins.list[str] | Unset = UNSET,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Update account blocklist.

        Args:
            additional_flags: The flag value add adds the masks provided in the request body to your
                blocklist.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts/blocklists (updateAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist
        """
        from ..models.blocklist import Blocklist

        return self._request(
            "POST",
            "/accounts/blocklists",
            cast_to=Blocklist,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "accounts.update_blocklist",
                body,
                {"masks": masks},
                ACCOUNTS_UPDATE_BLOCKLIST_WIRE,
                required=("masks",),
            ),
            operation="updateAccountBlocklist",
            options=options,
        )

    @overload
    def update_callbacks(
        self,
        *,
        url: str | Unset = UNSET,
        actions: CallbackActions | CallbackActionsDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Callback: ...

    @overload
    def update_callbacks(
        self,
        *,
        body: UpdateCallbacks | UpdateCallbacksDict,
        **options: Unpack[RequestOptions],
    ) -> Callback: ...

    def update_callbacks(
        self,
        *,
        body: UpdateCallbacks | UpdateCallbacksDict | None = None,
        url: str | Unset = UNSET,
        actions: CallbackActions | CallbackActionsDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Callback:
        """Enable or update callbacks configuration.

        Args:
            url: URL to use to post notifications, required if callbacks are not yet enabled

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts/callbacks (updateCallbacks). Reference: https://apireference.getresponse.com/#operation/updateCallbacks
        """
        from ..models.callback import Callback

        return self._request(
            "POST",
            "/accounts/callbacks",
            cast_to=Callback,
            json=json_body(
                "accounts.update_callbacks",
                body,
                {"url": url, "actions": actions},
                ACCOUNTS_UPDATE_CALLBACKS_WIRE,
            ),
            operation="updateCallbacks",
            options=options,
        )

    @property
    def with_raw_response(self) -> AccountsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AccountsResourceWithRawResponse(self._raw_copy())


class AccountsResourceWithRawResponse:
    """client.accounts.with_raw_response."""

    def __init__(self, resource: AccountsResource) -> None:
        self.get = raw_response(resource.get)
        self.update = raw_response(resource.update)
        self.disable_callbacks = raw_response(resource.disable_callbacks)
        self.get_badge = raw_response(resource.get_badge)
        self.get_billing = raw_response(resource.get_billing)
        self.get_blocklist = raw_response(resource.get_blocklist)
        self.get_callbacks = raw_response(resource.get_callbacks)
        self.get_industries = raw_response(resource.get_industries)
        self.get_login_history = raw_response(resource.get_login_history)
        self.get_sending_limits = raw_response(resource.get_sending_limits)
        self.get_timezones = raw_response(resource.get_timezones)
        self.update_badge = raw_response(resource.update_badge)
        self.update_blocklist = raw_response(resource.update_blocklist)
        self.update_callbacks = raw_response(resource.update_callbacks)


class AsyncAccountsResource(AsyncResource):
    """Accounts: client.accounts."""

    async def get(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Account information.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts (getAccount). Reference: https://apireference.getresponse.com/#operation/getAccount
        """
        from ..models.account import Account

        return await self._request(
            "GET",
            "/accounts",
            cast_to=Account,
            params={"fields": fields},
            operation="getAccount",
            options=options,
        )

    @overload
    async def update(
        self,
        *,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        street: str | Unset = UNSET,
        zip_code: str | Unset = UNSET,
        number_of_employees: AccountNumberOfEmployees | str | Unset = UNSET,
        time_format: AccountTimeFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Account: ...

    @overload
    async def update(
        self,
        *,
        body: Account | AccountDict,
        **options: Unpack[RequestOptions],
    ) -> Account: ...

    async def update(
        self,
        *,
        body: Account | AccountDict | None = None,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        company_name: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        state: str | Unset = UNSET,
        city: str | Unset = UNSET,
        street: str | Unset = UNSET,
        zip_code: str | Unset = UNSET,
        number_of_employees: AccountNumberOfEmployees | str | Unset = UNSET,
        time_format: AccountTimeFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Update account.

        Args:
            first_name: First name
            last_name: Last name
            company_name: Company name
            phone: Phone number
            state: State
            city: City
            street: Street
            zip_code: ZIP Code
            number_of_employees: Numbers of employees
            time_format: Account time notation

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts (updateAccount). Reference: https://apireference.getresponse.com/#operation/updateAccount
        """
        from ..models.account import Account

        return await self._request(
            "POST",
            "/accounts",
            cast_to=Account,
            json=json_body(
                "accounts.update",
                body,
                {
                    "first_name": first_name,
                    "last_name": last_name,
                    "company_name": company_name,
                    "phone": phone,
                    "state": state,
                    "city": city,
                    "street": street,
                    "zip_code": zip_code,
                    "number_of_employees": number_of_employees,
                    "time_format": time_format,
                },
                ACCOUNTS_UPDATE_WIRE,
            ),
            operation="updateAccount",
            options=options,
        )

    async def disable_callbacks(
        self,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Disable callbacks.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /accounts/callbacks (disableCallbacks). Reference: https://apireference.getresponse.com/#operation/disableCallbacks
        """

        return await self._request(
            "DELETE",
            "/accounts/callbacks",
            cast_to=None,
            operation="disableCallbacks",
            options=options,
        )

    async def get_badge(
        self,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails:
        """Current status of your GetResponse badge.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/badge (getAccountBadge). Reference: https://apireference.getresponse.com/#operation/getAccountBadge
        """
        from ..models.account_badge_details import AccountBadgeDetails

        return await self._request(
            "GET",
            "/accounts/badge",
            cast_to=AccountBadgeDetails,
            operation="getAccountBadge",
            options=options,
        )

    async def get_billing(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBilling:
        """Billing information.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/billing (getAccountBilling). Reference: https://apireference.getresponse.com/#operation/getAccountBilling
        """
        from ..models.account_billing import AccountBilling

        return await self._request(
            "GET",
            "/accounts/billing",
            cast_to=AccountBilling,
            params={"fields": fields},
            operation="getAccountBilling",
            options=options,
        )

    async def get_blocklist(
        self,
        *,
        query_mask: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Returns account blocklist masks.

        Args:
            query_mask: Blocklist mask to search for

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/blocklists (getAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/getAccountBlocklist
        """
        from ..models.blocklist import Blocklist

        return await self._request(
            "GET",
            "/accounts/blocklists",
            cast_to=Blocklist,
            params={"query[mask]": query_mask},
            operation="getAccountBlocklist",
            options=options,
        )

    async def get_callbacks(
        self,
        **options: Unpack[RequestOptions],
    ) -> Callback:
        """Get callbacks configuration.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/callbacks (getCallbacks). Reference: https://apireference.getresponse.com/#operation/getCallbacks
        """
        from ..models.callback import Callback

        return await self._request(
            "GET",
            "/accounts/callbacks",
            cast_to=Callback,
            operation="getCallbacks",
            options=options,
        )

    def get_industries(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[IndustryTag]:
        """List of Industry Tags.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/industries (getIndustries). Reference: https://apireference.getresponse.com/#operation/getIndustries
        """
        from ..models.industry_tag import IndustryTag

        return self._page(
            "/accounts/industries",
            item=IndustryTag,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getIndustries",
            options=options,
        )

    def get_login_history(
        self,
        *,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[AccountsLoginHistoryListElement]:
        """History of logins.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/login-history (getAccountLoginHistory). Reference: https://apireference.getresponse.com/#operation/getAccountLoginHistory
        """
        from ..models.accounts_login_history_list_element import AccountsLoginHistoryListElement

        return self._page(
            "/accounts/login-history",
            item=AccountsLoginHistoryListElement,
            params={"fields": fields, "perPage": per_page},
            page=page,
            operation="getAccountLoginHistory",
            options=options,
        )

    async def get_sending_limits(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[SendingLimitsListItem]:
        """Send limits.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/sending-limits (getSendingLimits). Reference: https://apireference.getresponse.com/#operation/getSendingLimits
        """
        from ..models.sending_limits_list_item import SendingLimitsListItem

        return await self._request(
            "GET",
            "/accounts/sending-limits",
            cast_to=ListOf(SendingLimitsListItem),
            params={"fields": fields},
            operation="getSendingLimits",
            options=options,
        )

    async def get_timezones(
        self,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Timezone]:
        """List of timezones.

        Args:
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /accounts/timezones (getTimezones). Reference: https://apireference.getresponse.com/#operation/getTimezones
        """
        from ..models.timezone import Timezone

        return await self._request(
            "GET",
            "/accounts/timezones",
            cast_to=ListOf(Timezone),
            params={"fields": fields},
            operation="getTimezones",
            options=options,
        )

    @overload
    async def update_badge(
        self,
        *,
        status: StatusEnum | str,
        type_: UpdateAccountBadgeBodyType | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails: ...

    @overload
    async def update_badge(
        self,
        *,
        body: UpdateAccountBadgeBody | UpdateAccountBadgeBodyDict,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails: ...

    async def update_badge(
        self,
        *,
        body: UpdateAccountBadgeBody | UpdateAccountBadgeBodyDict | None = None,
        status: StatusEnum | str | Unset = UNSET,
        type_: UpdateAccountBadgeBodyType | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AccountBadgeDetails:
        """Turn on/off the GetResponse Badge.

        Args:
            type_: Account badge type

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts/badge (updateAccountBadge). Reference: https://apireference.getresponse.com/#operation/updateAccountBadge
        """
        from ..models.account_badge_details import AccountBadgeDetails

        return await self._request(
            "POST",
            "/accounts/badge",
            cast_to=AccountBadgeDetails,
            json=json_body(
                "accounts.update_badge",
                body,
                {"status": status, "type_": type_},
                ACCOUNTS_UPDATE_BADGE_WIRE,
                required=("status",),
            ),
            operation="updateAccountBadge",
            options=options,
        )

    @overload
    async def update_blocklist(
        self,
        *,
        masks: builtins.list[str],
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    @overload
    async def update_blocklist(
        self,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist: ...

    async def update_blocklist(
        self,
        *,
        body: UpdateBlocklist | UpdateBlocklistDict | None = None,
        masks: builtins.list[str] | Unset = UNSET,
        additional_flags: UpdateAccountBlocklistAdditionalFlags | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Blocklist:
        """Update account blocklist.

        Args:
            additional_flags: The flag value add adds the masks provided in the request body to your
                blocklist.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts/blocklists (updateAccountBlocklist). Reference: https://apireference.getresponse.com/#operation/updateAccountBlocklist
        """
        from ..models.blocklist import Blocklist

        return await self._request(
            "POST",
            "/accounts/blocklists",
            cast_to=Blocklist,
            params={"additionalFlags": additional_flags},
            json=json_body(
                "accounts.update_blocklist",
                body,
                {"masks": masks},
                ACCOUNTS_UPDATE_BLOCKLIST_WIRE,
                required=("masks",),
            ),
            operation="updateAccountBlocklist",
            options=options,
        )

    @overload
    async def update_callbacks(
        self,
        *,
        url: str | Unset = UNSET,
        actions: CallbackActions | CallbackActionsDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Callback: ...

    @overload
    async def update_callbacks(
        self,
        *,
        body: UpdateCallbacks | UpdateCallbacksDict,
        **options: Unpack[RequestOptions],
    ) -> Callback: ...

    async def update_callbacks(
        self,
        *,
        body: UpdateCallbacks | UpdateCallbacksDict | None = None,
        url: str | Unset = UNSET,
        actions: CallbackActions | CallbackActionsDict | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Callback:
        """Enable or update callbacks configuration.

        Args:
            url: URL to use to post notifications, required if callbacks are not yet enabled

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /accounts/callbacks (updateCallbacks). Reference: https://apireference.getresponse.com/#operation/updateCallbacks
        """
        from ..models.callback import Callback

        return await self._request(
            "POST",
            "/accounts/callbacks",
            cast_to=Callback,
            json=json_body(
                "accounts.update_callbacks",
                body,
                {"url": url, "actions": actions},
                ACCOUNTS_UPDATE_CALLBACKS_WIRE,
            ),
            operation="updateCallbacks",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncAccountsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncAccountsResourceWithRawResponse(self._raw_copy())


class AsyncAccountsResourceWithRawResponse:
    """client.accounts.with_raw_response."""

    def __init__(self, resource: AsyncAccountsResource) -> None:
        self.get = async_raw_response(resource.get)
        self.update = async_raw_response(resource.update)
        self.disable_callbacks = async_raw_response(resource.disable_callbacks)
        self.get_badge = async_raw_response(resource.get_badge)
        self.get_billing = async_raw_response(resource.get_billing)
        self.get_blocklist = async_raw_response(resource.get_blocklist)
        self.get_callbacks = async_raw_response(resource.get_callbacks)
        self.get_industries = async_raw_pager(resource.get_industries)
        self.get_login_history = async_raw_pager(resource.get_login_history)
        self.get_sending_limits = async_raw_response(resource.get_sending_limits)
        self.get_timezones = async_raw_response(resource.get_timezones)
        self.update_badge = async_raw_response(resource.update_badge)
        self.update_blocklist = async_raw_response(resource.update_blocklist)
        self.update_callbacks = async_raw_response(resource.update_callbacks)


# Keyword argument -> JSON name, per method with a body.
ACCOUNTS_UPDATE_WIRE = {
    "first_name": "firstName",
    "last_name": "lastName",
    "company_name": "companyName",
    "phone": "phone",
    "state": "state",
    "city": "city",
    "street": "street",
    "zip_code": "zipCode",
    "number_of_employees": "numberOfEmployees",
    "time_format": "timeFormat",
}
ACCOUNTS_UPDATE_BADGE_WIRE = {"status": "status", "type_": "type"}
ACCOUNTS_UPDATE_BLOCKLIST_WIRE = {"masks": "masks"}
ACCOUNTS_UPDATE_CALLBACKS_WIRE = {"url": "url", "actions": "actions"}
