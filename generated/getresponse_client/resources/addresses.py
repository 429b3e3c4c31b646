"""Addresses: client.addresses (generated; do not edit)."""

from __future__ import annotations

import builtins
from functools import cached_property
from typing import TYPE_CHECKING

from .._resource import AsyncResource, SyncResource
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from .._runtime.pagination import AsyncPage, Page
    from .._runtime.responses import RawResponse
    from ..models.address import Address
    from ..models.new_address import NewAddress
    from ..models.sort_order_enum import SortOrderEnum


class AddressesRawResource(SyncResource):
    """client.addresses.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewAddress | Unset = UNSET,
    ) -> RawResponse[Address]:
        """Create address. Returns the raw response with the parsed body."""
        from ..api.addresses import create_address as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        address_id: str,
    ) -> RawResponse[None]:
        """Delete address. Returns the raw response with the parsed body."""
        from ..api.addresses import delete_address as op

        return self._call(
            op._get_kwargs(
                address_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        address_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Address]:
        """Get an address by ID. Returns the raw response with the parsed body."""
        from ..api.addresses import get_address as op

        return self._call(
            op._get_kwargs(
                address_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_first_name: str | Unset = UNSET,
        query_last_name: str | Unset = UNSET,
        query_address1: str | Unset = UNSET,
        query_address2: str | Unset = UNSET,
        query_city: str | Unset = UNSET,
        query_zip: str | Unset = UNSET,
        query_province: str | Unset = UNSET,
        query_province_code: str | Unset = UNSET,
        query_phone: str | Unset = UNSET,
        query_company: str | Unset = UNSET,
        query_created_on_from: datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Address]]:
        """Get a list of addresses. Returns the raw response with the parsed body."""
        from ..api.addresses import get_address_list as op

        return self._call(
            op._get_kwargs(
                queryname=query_name,
                queryfirst_name=query_first_name,
                querylast_name=query_last_name,
                queryaddress1=query_address1,
                queryaddress2=query_address2,
                querycity=query_city,
                queryzip=query_zip,
                queryprovince=query_province,
                queryprovince_code=query_province_code,
                queryphone=query_phone,
                querycompany=query_company,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        address_id: str,
        body: Address | Unset = UNSET,
    ) -> RawResponse[Address]:
        """Update address. Returns the raw response with the parsed body."""
        from ..api.addresses import update_address as op

        return self._call(
            op._get_kwargs(
                address_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AddressesResource(SyncResource):
    """Addresses: client.addresses."""

    @cached_property
    def with_raw_response(self) -> AddressesRawResource:
        return AddressesRawResource(self._transport)

    def create(
        self,
        body: NewAddress | Unset = UNSET,
    ) -> Address:
        """Create address.

        POST /addresses (createAddress). Reference: https://apireference.getresponse.com/#operation/createAddress
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        address_id: str,
    ) -> None:
        """Delete address.

        DELETE /addresses/{addressId} (deleteAddress). Reference: https://apireference.getresponse.com/#operation/deleteAddress
        """
        return (
            self.with_raw_response.delete(
                address_id,
            )
        ).parsed

    def get(
        self,
        address_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Address:
        """Get an address by ID.

        GET /addresses/{addressId} (getAddress). Reference: https://apireference.getresponse.com/#operation/getAddress
        """
        return (
            self.with_raw_response.get(
                address_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_first_name: str | Unset = UNSET,
        query_last_name: str | Unset = UNSET,
        query_address1: str | Unset = UNSET,
        query_address2: str | Unset = UNSET,
        query_city: str | Unset = UNSET,
        query_zip: str | Unset = UNSET,
        query_province: str | Unset = UNSET,
        query_province_code: str | Unset = UNSET,
        query_phone: str | Unset = UNSET,
        query_company: str | Unset = UNSET,
        query_created_on_from: datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[Address]:
        """Get a list of addresses.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /addresses (getAddressList). Reference: https://apireference.getresponse.com/#operation/getAddressList
        """
        from ..api.addresses import get_address_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                queryfirst_name=query_first_name,
                querylast_name=query_last_name,
                queryaddress1=query_address1,
                queryaddress2=query_address2,
                querycity=query_city,
                queryzip=query_zip,
                queryprovince=query_province,
                queryprovince_code=query_province_code,
                queryphone=query_phone,
                querycompany=query_company,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        address_id: str,
        body: Address | Unset = UNSET,
    ) -> Address:
        """Update address.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /addresses/{addressId} (updateAddress). Reference: https://apireference.getresponse.com/#operation/updateAddress
        """
        return (
            self.with_raw_response.update(
                address_id,
                body,
            )
        ).parsed


class AsyncAddressesRawResource(AsyncResource):
    """client.addresses.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewAddress | Unset = UNSET,
    ) -> RawResponse[Address]:
        """Create address. Returns the raw response with the parsed body."""
        from ..api.addresses import create_address as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        address_id: str,
    ) -> RawResponse[None]:
        """Delete address. Returns the raw response with the parsed body."""
        from ..api.addresses import delete_address as op

        return await self._call(
            op._get_kwargs(
                address_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        address_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[Address]:
        """Get an address by ID. Returns the raw response with the parsed body."""
        from ..api.addresses import get_address as op

        return await self._call(
            op._get_kwargs(
                address_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_first_name: str | Unset = UNSET,
        query_last_name: str | Unset = UNSET,
        query_address1: str | Unset = UNSET,
        query_address2: str | Unset = UNSET,
        query_city: str | Unset = UNSET,
        query_zip: str | Unset = UNSET,
        query_province: str | Unset = UNSET,
        query_province_code: str | Unset = UNSET,
        query_phone: str | Unset = UNSET,
        query_company: str | Unset = UNSET,
        query_created_on_from: datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[Address]]:
        """Get a list of addresses. Returns the raw response with the parsed body."""
        from ..api.addresses import get_address_list as op

        return await self._call(
            op._get_kwargs(
                queryname=query_name,
                queryfirst_name=query_first_name,
                querylast_name=query_last_name,
                queryaddress1=query_address1,
                queryaddress2=query_address2,
                querycity=query_city,
                queryzip=query_zip,
                queryprovince=query_province,
                queryprovince_code=query_province_code,
                queryphone=query_phone,
                querycompany=query_company,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        address_id: str,
        body: Address | Unset = UNSET,
    ) -> RawResponse[Address]:
        """Update address. Returns the raw response with the parsed body."""
        from ..api.addresses import update_address as op

        return await self._call(
            op._get_kwargs(
                address_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncAddressesResource(AsyncResource):
    """Addresses: client.addresses."""

    @cached_property
    def with_raw_response(self) -> AsyncAddressesRawResource:
        return AsyncAddressesRawResource(self._transport)

    async def create(
        self,
        body: NewAddress | Unset = UNSET,
    ) -> Address:
        """Create address.

        POST /addresses (createAddress). Reference: https://apireference.getresponse.com/#operation/createAddress
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        address_id: str,
    ) -> None:
        """Delete address.

        DELETE /addresses/{addressId} (deleteAddress). Reference: https://apireference.getresponse.com/#operation/deleteAddress
        """
        return (
            await self.with_raw_response.delete(
                address_id,
            )
        ).parsed

    async def get(
        self,
        address_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> Address:
        """Get an address by ID.

        GET /addresses/{addressId} (getAddress). Reference: https://apireference.getresponse.com/#operation/getAddress
        """
        return (
            await self.with_raw_response.get(
                address_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_name: str | Unset = UNSET,
        query_first_name: str | Unset = UNSET,
        query_last_name: str | Unset = UNSET,
        query_address1: str | Unset = UNSET,
        query_address2: str | Unset = UNSET,
        query_city: str | Unset = UNSET,
        query_zip: str | Unset = UNSET,
        query_province: str | Unset = UNSET,
        query_province_code: str | Unset = UNSET,
        query_phone: str | Unset = UNSET,
        query_company: str | Unset = UNSET,
        query_created_on_from: datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.datetime | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[Address]:
        """Get a list of addresses.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /addresses (getAddressList). Reference: https://apireference.getresponse.com/#operation/getAddressList
        """
        from ..api.addresses import get_address_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryname=query_name,
                queryfirst_name=query_first_name,
                querylast_name=query_last_name,
                queryaddress1=query_address1,
                queryaddress2=query_address2,
                querycity=query_city,
                queryzip=query_zip,
                queryprovince=query_province,
                queryprovince_code=query_province_code,
                queryphone=query_phone,
                querycompany=query_company,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        address_id: str,
        body: Address | Unset = UNSET,
    ) -> Address:
        """Update address.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /addresses/{addressId} (updateAddress). Reference: https://apireference.getresponse.com/#operation/updateAddress
        """
        return (
            await self.with_raw_response.update(
                address_id,
                body,
            )
        ).parsed
