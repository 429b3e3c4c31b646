"""Addresses: client.addresses (generated; do not edit)."""

from __future__ import annotations

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
    import datetime
    from typing import Unpack

    from getresponse_runtime.pagination import Page
    from getresponse_runtime.resource import AsyncPager
    from getresponse_runtime.transport import RequestOptions

    from ..models.address import Address, AddressDict
    from ..models.new_address import NewAddress, NewAddressDict
    from ..models.sort_order_enum import SortOrderEnum


class AddressesResource(SyncResource):
    """Addresses: client.addresses."""

    @overload
    def create(
        self,
        *,
        country_code: str,
        name: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    @overload
    def create(
        self,
        *,
        body: NewAddress | NewAddressDict,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    def create(
        self,
        *,
        body: NewAddress | NewAddressDict | None = None,
        country_code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address:
        """Create address.

        Args:
            country_code: The country code (ISO 3166-1 alpha-3)
            address1: Address line 1
            address2: Address line 2
            zip_: The ZIP/postal code, free text
            province_code: The province code, free text
            phone: The phone number, free text
            company: The company name, free text

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /addresses (createAddress). Reference: https://apireference.getresponse.com/#operation/createAddress
        """
        from ..models.address import Address

        return self._request(
            "POST",
            "/addresses",
            cast_to=Address,
            json=json_body(
                "addresses.create",
                body,
                {
                    "country_code": country_code,
                    "name": name,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "zip_": zip_,
                    "province": province,
                    "province_code": province_code,
                    "phone": phone,
                    "company": company,
                },
                ADDRESSES_CREATE_WIRE,
                required=("country_code", "name"),
            ),
            operation="createAddress",
            options=options,
        )

    def delete(
        self,
        address_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete address.

        Args:
            address_id: The address ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /addresses/{addressId} (deleteAddress). Reference: https://apireference.getresponse.com/#operation/deleteAddress
        """

        return self._request(
            "DELETE",
            f"/addresses/{path_value(address_id)}",
            cast_to=None,
            operation="deleteAddress",
            options=options,
        )

    def get(
        self,
        address_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address:
        """Get an address by ID.

        Args:
            address_id: The address ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /addresses/{addressId} (getAddress). Reference: https://apireference.getresponse.com/#operation/getAddress
        """
        from ..models.address import Address

        return self._request(
            "GET",
            f"/addresses/{path_value(address_id)}",
            cast_to=Address,
            params={"fields": fields},
            operation="getAddress",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[Address]:
        """Get a list of addresses.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_name: Search addresses by name
            query_first_name: Search addresses by first name
            query_last_name: Search addresses by last name
            query_address1: Search addresses by address1 field
            query_address2: Search addresses by address2 field
            query_city: Search addresses by city
            query_zip: Search addresses by ZIP
            query_province: Search addresses by province
            query_province_code: Search addresses by province code
            query_phone: Search addresses by phone
            query_company: Search addresses by company
            query_created_on_from: Search addresses created from this date
            query_created_on_to: Search addresses created to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /addresses (getAddressList). Reference: https://apireference.getresponse.com/#operation/getAddressList
        """
        from ..models.address import Address

        return self._page(
            "/addresses",
            item=Address,
            params={
                "query[name]": query_name,
                "query[firstName]": query_first_name,
                "query[lastName]": query_last_name,
                "query[address1]": query_address1,
                "query[address2]": query_address2,
                "query[city]": query_city,
                "query[zip]": query_zip,
                "query[province]": query_province,
                "query[provinceCode]": query_province_code,
                "query[phone]": query_phone,
                "query[company]": query_company,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getAddressList",
            options=options,
        )

    @overload
    def update(
        self,
        address_id: str,
        *,
        country_code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    @overload
    def update(
        self,
        address_id: str,
        *,
        body: Address | AddressDict,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    def update(
        self,
        address_id: str,
        *,
        body: Address | AddressDict | None = None,
        country_code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address:
        """Update address.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            address_id: The address ID
            country_code: The country code (ISO 3166-1 alpha-3)
            address1: Address line 1
            address2: Address line 2
            zip_: The ZIP/postal code, free text
            province_code: The province code, free text
            phone: The phone number, free text
            company: The company name, free text

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /addresses/{addressId} (updateAddress). Reference: https://apireference.getresponse.com/#operation/updateAddress
        """
        from ..models.address import Address

        return self._request(
            "POST",
            f"/addresses/{path_value(address_id)}",
            cast_to=Address,
            json=json_body(
                "addresses.update",
                body,
                {
                    "country_code": country_code,
                    "name": name,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "zip_": zip_,
                    "province": province,
                    "province_code": province_code,
                    "phone": phone,
                    "company": company,
                },
                ADDRESSES_UPDATE_WIRE,
            ),
            operation="updateAddress",
            options=options,
        )

    @property
    def with_raw_response(self) -> AddressesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AddressesResourceWithRawResponse(self._raw_copy())


class AddressesResourceWithRawResponse:
    """client.addresses.with_raw_response."""

    def __init__(self, resource: AddressesResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)


class AsyncAddressesResource(AsyncResource):
    """Addresses: client.addresses."""

    @overload
    async def create(
        self,
        *,
        country_code: str,
        name: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    @overload
    async def create(
        self,
        *,
        body: NewAddress | NewAddressDict,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    async def create(
        self,
        *,
        body: NewAddress | NewAddressDict | None = None,
        country_code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address:
        """Create address.

        Args:
            country_code: The country code (ISO 3166-1 alpha-3)
            address1: Address line 1
            address2: Address line 2
            zip_: The ZIP/postal code, free text
            province_code: The province code, free text
            phone: The phone number, free text
            company: The company name, free text

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /addresses (createAddress). Reference: https://apireference.getresponse.com/#operation/createAddress
        """
        from ..models.address import Address

        return await self._request(
            "POST",
            "/addresses",
            cast_to=Address,
            json=json_body(
                "addresses.create",
                body,
                {
                    "country_code": country_code,
                    "name": name,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "zip_": zip_,
                    "province": province,
                    "province_code": province_code,
                    "phone": phone,
                    "company": company,
                },
                ADDRESSES_CREATE_WIRE,
                required=("country_code", "name"),
            ),
            operation="createAddress",
            options=options,
        )

    async def delete(
        self,
        address_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete address.

        Args:
            address_id: The address ID

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /addresses/{addressId} (deleteAddress). Reference: https://apireference.getresponse.com/#operation/deleteAddress
        """

        return await self._request(
            "DELETE",
            f"/addresses/{path_value(address_id)}",
            cast_to=None,
            operation="deleteAddress",
            options=options,
        )

    async def get(
        self,
        address_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address:
        """Get an address by ID.

        Args:
            address_id: The address ID
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /addresses/{addressId} (getAddress). Reference: https://apireference.getresponse.com/#operation/getAddress
        """
        from ..models.address import Address

        return await self._request(
            "GET",
            f"/addresses/{path_value(address_id)}",
            cast_to=Address,
            params={"fields": fields},
            operation="getAddress",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Address]:
        """Get a list of addresses.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_name: Search addresses by name
            query_first_name: Search addresses by first name
            query_last_name: Search addresses by last name
            query_address1: Search addresses by address1 field
            query_address2: Search addresses by address2 field
            query_city: Search addresses by city
            query_zip: Search addresses by ZIP
            query_province: Search addresses by province
            query_province_code: Search addresses by province code
            query_phone: Search addresses by phone
            query_company: Search addresses by company
            query_created_on_from: Search addresses created from this date
            query_created_on_to: Search addresses created to this date
            sort_created_on: Sort by date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /addresses (getAddressList). Reference: https://apireference.getresponse.com/#operation/getAddressList
        """
        from ..models.address import Address

        return self._page(
            "/addresses",
            item=Address,
            params={
                "query[name]": query_name,
                "query[firstName]": query_first_name,
                "query[lastName]": query_last_name,
                "query[address1]": query_address1,
                "query[address2]": query_address2,
                "query[city]": query_city,
                "query[zip]": query_zip,
                "query[province]": query_province,
                "query[provinceCode]": query_province_code,
                "query[phone]": query_phone,
                "query[company]": query_company,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getAddressList",
            options=options,
        )

    @overload
    async def update(
        self,
        address_id: str,
        *,
        country_code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    @overload
    async def update(
        self,
        address_id: str,
        *,
        body: Address | AddressDict,
        **options: Unpack[RequestOptions],
    ) -> Address: ...

    async def update(
        self,
        address_id: str,
        *,
        body: Address | AddressDict | None = None,
        country_code: str | Unset = UNSET,
        name: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        address1: str | Unset = UNSET,
        address2: str | Unset = UNSET,
        city: str | Unset = UNSET,
        zip_: str | Unset = UNSET,
        province: str | Unset = UNSET,
        province_code: str | Unset = UNSET,
        phone: str | Unset = UNSET,
        company: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Address:
        """Update address.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            address_id: The address ID
            country_code: The country code (ISO 3166-1 alpha-3)
            address1: Address line 1
            address2: Address line 2
            zip_: The ZIP/postal code, free text
            province_code: The province code, free text
            phone: The phone number, free text
            company: The company name, free text

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /addresses/{addressId} (updateAddress). Reference: https://apireference.getresponse.com/#operation/updateAddress
        """
        from ..models.address import Address

        return await self._request(
            "POST",
            f"/addresses/{path_value(address_id)}",
            cast_to=Address,
            json=json_body(
                "addresses.update",
                body,
                {
                    "country_code": country_code,
                    "name": name,
                    "first_name": first_name,
                    "last_name": last_name,
                    "address1": address1,
                    "address2": address2,
                    "city": city,
                    "zip_": zip_,
                    "province": province,
                    "province_code": province_code,
                    "phone": phone,
                    "company": company,
                },
                ADDRESSES_UPDATE_WIRE,
            ),
            operation="updateAddress",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncAddressesResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncAddressesResourceWithRawResponse(self._raw_copy())


class AsyncAddressesResourceWithRawResponse:
    """client.addresses.with_raw_response."""

    def __init__(self, resource: AsyncAddressesResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)


# Keyword argument -> JSON name, per method with a body.
ADDRESSES_CREATE_WIRE = {
    "country_code": "countryCode",
    "name": "name",
    "first_name": "firstName",
    "last_name": "lastName",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "zip_": "zip",
    "province": "province",
    "province_code": "provinceCode",
    "phone": "phone",
    "company": "company",
}
ADDRESSES_UPDATE_WIRE = {
    "country_code": "countryCode",
    "name": "name",
    "first_name": "firstName",
    "last_name": "lastName",
    "address1": "address1",
    "address2": "address2",
    "city": "city",
    "zip_": "zip",
    "province": "province",
    "province_code": "provinceCode",
    "phone": "phone",
    "company": "company",
}
