"""Search Contacts: client.search_contacts (generated; do not edit)."""

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
    from ..models.base_search_contacts_details import BaseSearchContactsDetails
    from ..models.new_search_contacts import NewSearchContacts
    from ..models.search_contacts_by_search_form import SearchContactsBySearchForm
    from ..models.search_contacts_details import SearchContactsDetails
    from ..models.searched_contact_details import SearchedContactDetails
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_search_contacts import UpdateSearchContacts
    from ..models.upsert_contact_custom_fields import UpsertContactCustomFields


class SearchContactsRawResource(SyncResource):
    """client.search_contacts.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewSearchContacts | Unset = UNSET,
    ) -> RawResponse[SearchContactsDetails]:
        """Create search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import new_search_contacts as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        search_contact_id: str,
    ) -> RawResponse[None]:
        """Delete search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import delete_search_contacts as op

        return self._call(
            op._get_kwargs(
                search_contact_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        search_contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SearchContactsDetails]:
        """Get search contacts by contact ID. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_search_contacts_by_id as op

        return self._call(
            op._get_kwargs(
                search_contact_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[BaseSearchContactsDetails]]:
        """Get a saved search contact list. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_search_contacts_list as op

        return self._call(
            op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        search_contact_id: str,
        body: UpdateSearchContacts | Unset = UNSET,
    ) -> RawResponse[SearchContactsDetails]:
        """Update search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import update_search_contacts as op

        return self._call(
            op._get_kwargs(
                search_contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def get_contacts(
        self,
        search_contact_id: str,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[SearchedContactDetails]]:
        """Get contacts by search contacts ID. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_contacts_by_id_search_contacts as op

        return self._call(
            op._get_kwargs(
                search_contact_id,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def search(
        self,
        body: SearchContactsBySearchForm | Unset = UNSET,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[SearchedContactDetails]]:
        """Search contacts using conditions. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_contacts_from_search_contacts_conditions as op

        return self._call(
            op._get_kwargs(
                body=body,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=False,
        )

    def upsert_custom_fields(
        self,
        search_contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> RawResponse[None]:
        """Upsert custom fields by search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import upsert_custom_fields_by_search_contact_id as op

        return self._call(
            op._get_kwargs(
                search_contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class SearchContactsResource(SyncResource):
    """Search Contacts: client.search_contacts."""

    @cached_property
    def with_raw_response(self) -> SearchContactsRawResource:
        return SearchContactsRawResource(self._transport)

    def create(
        self,
        body: NewSearchContacts | Unset = UNSET,
    ) -> SearchContactsDetails:
        """Create search contacts.

        POST /search-contacts (newSearchContacts). Reference: https://apireference.getresponse.com/#operation/newSearchContacts
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        search_contact_id: str,
    ) -> None:
        """Delete search contacts.

        DELETE /search-contacts/{searchContactId} (deleteSearchContacts). Reference: https://apireference.getresponse.com/#operation/deleteSearchContacts
        """
        return (
            self.with_raw_response.delete(
                search_contact_id,
            )
        ).parsed

    def get(
        self,
        search_contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SearchContactsDetails:
        """Get search contacts by contact ID.

        GET /search-contacts/{searchContactId} (getSearchContactsById). Reference: https://apireference.getresponse.com/#operation/getSearchContactsById
        """
        return (
            self.with_raw_response.get(
                search_contact_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[BaseSearchContactsDetails]:
        """Get a saved search contact list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /search-contacts (getSearchContactsList). Reference: https://apireference.getresponse.com/#operation/getSearchContactsList
        """
        from ..api.search_contacts import get_search_contacts_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        search_contact_id: str,
        body: UpdateSearchContacts | Unset = UNSET,
    ) -> SearchContactsDetails:
        """Update search contacts.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /search-contacts/{searchContactId} (updateSearchContacts). Reference: https://apireference.getresponse.com/#operation/updateSearchContacts
        """
        return (
            self.with_raw_response.update(
                search_contact_id,
                body,
            )
        ).parsed

    def get_contacts(
        self,
        search_contact_id: str,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[SearchedContactDetails]:
        """Get contacts by search contacts ID.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /search-contacts/{searchContactId}/contacts (getContactsByIdSearchContacts). Reference: https://apireference.getresponse.com/#operation/getContactsByIdSearchContacts
        """
        from ..api.search_contacts import get_contacts_by_id_search_contacts as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                search_contact_id,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def search(
        self,
        body: SearchContactsBySearchForm | Unset = UNSET,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[SearchedContactDetails]:
        """Search contacts using conditions.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        POST /search-contacts/contacts (getContactsFromSearchContactsConditions). Reference: https://apireference.getresponse.com/#operation/getContactsFromSearchContactsConditions
        """
        from ..api.search_contacts import get_contacts_from_search_contacts_conditions as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                body=body,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def upsert_custom_fields(
        self,
        search_contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> None:
        """Upsert custom fields by search contacts.

        POST /search-contacts/{searchContactId}/custom-fields (upsertCustomFieldsBySearchContactId). Reference: https://apireference.getresponse.com/#operation/upsertCustomFieldsBySearchContactId
        """
        return (
            self.with_raw_response.upsert_custom_fields(
                search_contact_id,
                body,
            )
        ).parsed


class AsyncSearchContactsRawResource(AsyncResource):
    """client.search_contacts.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewSearchContacts | Unset = UNSET,
    ) -> RawResponse[SearchContactsDetails]:
        """Create search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import new_search_contacts as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        search_contact_id: str,
    ) -> RawResponse[None]:
        """Delete search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import delete_search_contacts as op

        return await self._call(
            op._get_kwargs(
                search_contact_id,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        search_contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[SearchContactsDetails]:
        """Get search contacts by contact ID. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_search_contacts_by_id as op

        return await self._call(
            op._get_kwargs(
                search_contact_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[BaseSearchContactsDetails]]:
        """Get a saved search contact list. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_search_contacts_list as op

        return await self._call(
            op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        search_contact_id: str,
        body: UpdateSearchContacts | Unset = UNSET,
    ) -> RawResponse[SearchContactsDetails]:
        """Update search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import update_search_contacts as op

        return await self._call(
            op._get_kwargs(
                search_contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get_contacts(
        self,
        search_contact_id: str,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[SearchedContactDetails]]:
        """Get contacts by search contacts ID. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_contacts_by_id_search_contacts as op

        return await self._call(
            op._get_kwargs(
                search_contact_id,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def search(
        self,
        body: SearchContactsBySearchForm | Unset = UNSET,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[SearchedContactDetails]]:
        """Search contacts using conditions. Returns the raw response with the parsed body."""
        from ..api.search_contacts import get_contacts_from_search_contacts_conditions as op

        return await self._call(
            op._get_kwargs(
                body=body,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def upsert_custom_fields(
        self,
        search_contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> RawResponse[None]:
        """Upsert custom fields by search contacts. Returns the raw response with the parsed body."""
        from ..api.search_contacts import upsert_custom_fields_by_search_contact_id as op

        return await self._call(
            op._get_kwargs(
                search_contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncSearchContactsResource(AsyncResource):
    """Search Contacts: client.search_contacts."""

    @cached_property
    def with_raw_response(self) -> AsyncSearchContactsRawResource:
        return AsyncSearchContactsRawResource(self._transport)

    async def create(
        self,
        body: NewSearchContacts | Unset = UNSET,
    ) -> SearchContactsDetails:
        """Create search contacts.

        POST /search-contacts (newSearchContacts). Reference: https://apireference.getresponse.com/#operation/newSearchContacts
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        search_contact_id: str,
    ) -> None:
        """Delete search contacts.

        DELETE /search-contacts/{searchContactId} (deleteSearchContacts). Reference: https://apireference.getresponse.com/#operation/deleteSearchContacts
        """
        return (
            await self.with_raw_response.delete(
                search_contact_id,
            )
        ).parsed

    async def get(
        self,
        search_contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> SearchContactsDetails:
        """Get search contacts by contact ID.

        GET /search-contacts/{searchContactId} (getSearchContactsById). Reference: https://apireference.getresponse.com/#operation/getSearchContactsById
        """
        return (
            await self.with_raw_response.get(
                search_contact_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[BaseSearchContactsDetails]:
        """Get a saved search contact list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /search-contacts (getSearchContactsList). Reference: https://apireference.getresponse.com/#operation/getSearchContactsList
        """
        from ..api.search_contacts import get_search_contacts_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        search_contact_id: str,
        body: UpdateSearchContacts | Unset = UNSET,
    ) -> SearchContactsDetails:
        """Update search contacts.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        POST /search-contacts/{searchContactId} (updateSearchContacts). Reference: https://apireference.getresponse.com/#operation/updateSearchContacts
        """
        return (
            await self.with_raw_response.update(
                search_contact_id,
                body,
            )
        ).parsed

    async def get_contacts(
        self,
        search_contact_id: str,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[SearchedContactDetails]:
        """Get contacts by search contacts ID.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /search-contacts/{searchContactId}/contacts (getContactsByIdSearchContacts). Reference: https://apireference.getresponse.com/#operation/getContactsByIdSearchContacts
        """
        from ..api.search_contacts import get_contacts_by_id_search_contacts as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                search_contact_id,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def search(
        self,
        body: SearchContactsBySearchForm | Unset = UNSET,
        *,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[SearchedContactDetails]:
        """Search contacts using conditions.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        POST /search-contacts/contacts (getContactsFromSearchContactsConditions). Reference: https://apireference.getresponse.com/#operation/getContactsFromSearchContactsConditions
        """
        from ..api.search_contacts import get_contacts_from_search_contacts_conditions as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                body=body,
                sortname=sort_name,
                sortemail=sort_email,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def upsert_custom_fields(
        self,
        search_contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> None:
        """Upsert custom fields by search contacts.

        POST /search-contacts/{searchContactId}/custom-fields (upsertCustomFieldsBySearchContactId). Reference: https://apireference.getresponse.com/#operation/upsertCustomFieldsBySearchContactId
        """
        return (
            await self.with_raw_response.upsert_custom_fields(
                search_contact_id,
                body,
            )
        ).parsed
