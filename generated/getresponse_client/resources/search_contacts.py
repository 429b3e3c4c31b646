"""Search Contacts: client.search_contacts (generated; do not edit)."""

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

    from ..models.base_search_contacts_details import BaseSearchContactsDetails
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue, NewContactCustomFieldValueDict
    from ..models.new_search_contacts import NewSearchContacts, NewSearchContactsDict
    from ..models.search_contact_section import SearchContactSection, SearchContactSectionDict
    from ..models.search_contacts_by_search_form import SearchContactsBySearchForm, SearchContactsBySearchFormDict
    from ..models.search_contacts_conditions_details_section_logic_operator import (
        SearchContactsConditionsDetailsSectionLogicOperator,
    )
    from ..models.search_contacts_details import SearchContactsDetails
    from ..models.searched_contact_details import SearchedContactDetails
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.subscribers_type_enum_for_searching_subscribers_type_item import (
        SubscribersTypeEnumForSearchingSubscribersTypeItem,
    )
    from ..models.subscribers_type_enum_for_segments_subscribers_type_item import (
        SubscribersTypeEnumForSegmentsSubscribersTypeItem,
    )
    from ..models.update_search_contacts import UpdateSearchContacts, UpdateSearchContactsDict
    from ..models.upsert_contact_custom_fields import UpsertContactCustomFields, UpsertContactCustomFieldsDict


class SearchContactsResource(SyncResource):
    """Search Contacts: client.search_contacts."""

    @overload
    def create(
        self,
        *,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str,
        section: builtins.list[SearchContactSection | SearchContactSectionDict],
        name: str,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    @overload
    def create(
        self,
        *,
        body: NewSearchContacts | NewSearchContactsDict,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    def create(
        self,
        *,
        body: NewSearchContacts | NewSearchContactsDict | None = None,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str | Unset = UNSET,
        section: builtins.list[SearchContactSection | SearchContactSectionDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails:
        """Create search contacts.

        Args:
            section_logic_operator: Match 'any' (or value) or 'all' (and value) of the following conditions
            name: The unique name of search-contact
            subscribers_type: Only one subscription status

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts (newSearchContacts). Reference: https://apireference.getresponse.com/#operation/newSearchContacts
        """
        from ..models.search_contacts_details import SearchContactsDetails

        return self._request(
            "POST",
            "/search-contacts",
            cast_to=SearchContactsDetails,
            json=json_body(
                "search_contacts.create",
                body,
                {
                    "section_logic_operator": section_logic_operator,
                    "section": section,
                    "name": name,
                    "subscribers_type": subscribers_type,
                },
                SEARCH_CONTACTS_CREATE_WIRE,
                required=("section_logic_operator", "section", "name"),
            ),
            operation="newSearchContacts",
            options=options,
        )

    def delete(
        self,
        search_contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete search contacts.

        Args:
            search_contact_id: The saved search contact identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /search-contacts/{searchContactId} (deleteSearchContacts). Reference: https://apireference.getresponse.com/#operation/deleteSearchContacts
        """

        return self._request(
            "DELETE",
            f"/search-contacts/{path_value(search_contact_id)}",
            cast_to=None,
            operation="deleteSearchContacts",
            options=options,
        )

    def get(
        self,
        search_contact_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails:
        """Get search contacts by contact ID.

        Args:
            search_contact_id: The saved search contact identifier
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /search-contacts/{searchContactId} (getSearchContactsById). Reference: https://apireference.getresponse.com/#operation/getSearchContactsById
        """
        from ..models.search_contacts_details import SearchContactsDetails

        return self._request(
            "GET",
            f"/search-contacts/{path_value(search_contact_id)}",
            cast_to=SearchContactsDetails,
            params={"fields": fields},
            operation="getSearchContactsById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[BaseSearchContactsDetails]:
        """Get a saved search contact list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            sort_name: Sort by name
            sort_created_on: Sort by creation date
            query_name: Search by name
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /search-contacts (getSearchContactsList). Reference: https://apireference.getresponse.com/#operation/getSearchContactsList
        """
        from ..models.base_search_contacts_details import BaseSearchContactsDetails

        return self._page(
            "/search-contacts",
            item=BaseSearchContactsDetails,
            params={
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "searchContactId"),
            operation="getSearchContactsList",
            options=options,
        )

    @overload
    def update(
        self,
        search_contact_id: str,
        *,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str,
        section: builtins.list[SearchContactSection | SearchContactSectionDict],
        name: str,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    @overload
    def update(
        self,
        search_contact_id: str,
        *,
        body: UpdateSearchContacts | UpdateSearchContactsDict,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    def update(
        self,
        search_contact_id: str,
        *,
        body: UpdateSearchContacts | UpdateSearchContactsDict | None = None,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str | Unset = UNSET,
        section: builtins.list[SearchContactSection | SearchContactSectionDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails:
        """Update search contacts.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            search_contact_id: The saved search contact identifier
            section_logic_operator: Match 'any' (or value) or 'all' (and value) of the following conditions
            name: The unique name of search-contact
            subscribers_type: Only one subscription status

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts/{searchContactId} (updateSearchContacts). Reference: https://apireference.getresponse.com/#operation/updateSearchContacts
        """
        from ..models.search_contacts_details import SearchContactsDetails

        return self._request(
            "POST",
            f"/search-contacts/{path_value(search_contact_id)}",
            cast_to=SearchContactsDetails,
            json=json_body(
                "search_contacts.update",
                body,
                {
                    "section_logic_operator": section_logic_operator,
                    "section": section,
                    "name": name,
                    "subscribers_type": subscribers_type,
                },
                SEARCH_CONTACTS_UPDATE_WIRE,
                required=("section_logic_operator", "section", "name"),
            ),
            operation="updateSearchContacts",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> Page[SearchedContactDetails]:
        """Get contacts by search contacts ID.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            search_contact_id: The saved search contact identifier
            sort_name: Sort by name
            sort_email: Sort by email
            sort_created_on: Sort by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /search-contacts/{searchContactId}/contacts (getContactsByIdSearchContacts). Reference: https://apireference.getresponse.com/#operation/getContactsByIdSearchContacts
        """
        from ..models.searched_contact_details import SearchedContactDetails

        return self._page(
            f"/search-contacts/{path_value(search_contact_id)}/contacts",
            item=SearchedContactDetails,
            params={
                "sort[name]": sort_name,
                "sort[email]": sort_email,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getContactsByIdSearchContacts",
            options=options,
        )

    @overload
    def search(
        self,
        *,
        subscribers_type: builtins.list[SubscribersTypeEnumForSearchingSubscribersTypeItem | str],
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str,
        section: builtins.list[SearchContactSection | SearchContactSectionDict],
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[SearchedContactDetails]: ...

    @overload
    def search(
        self,
        *,
        body: SearchContactsBySearchForm | SearchContactsBySearchFormDict,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[SearchedContactDetails]: ...

    def search(
        self,
        *,
        body: SearchContactsBySearchForm | SearchContactsBySearchFormDict | None = None,
        subscribers_type: builtins.list[SubscribersTypeEnumForSearchingSubscribersTypeItem | str] | Unset = UNSET,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str | Unset = UNSET,
        section: builtins.list[SearchContactSection | SearchContactSectionDict] | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[SearchedContactDetails]:
        """Search contacts using conditions.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            subscribers_type: Only one subscription status
            section_logic_operator: Match 'any' (or value) or 'all' (and value) of the following conditions
            sort_name: Sort by name
            sort_email: Sort by email
            sort_created_on: Sort by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts/contacts (getContactsFromSearchContactsConditions). Reference: https://apireference.getresponse.com/#operation/getContactsFromSearchContactsConditions
        """
        from ..models.searched_contact_details import SearchedContactDetails

        return self._page(
            "/search-contacts/contacts",
            item=SearchedContactDetails,
            params={
                "sort[name]": sort_name,
                "sort[email]": sort_email,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            http_method="POST",
            json=json_body(
                "search_contacts.search",
                body,
                {
                    "subscribers_type": subscribers_type,
                    "section_logic_operator": section_logic_operator,
                    "section": section,
                },
                SEARCH_CONTACTS_SEARCH_WIRE,
                required=("subscribers_type", "section_logic_operator", "section"),
            ),
            operation="getContactsFromSearchContactsConditions",
            options=options,
        )

    @overload
    def upsert_custom_fields(
        self,
        search_contact_id: str,
        *,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict],
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def upsert_custom_fields(
        self,
        search_contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def upsert_custom_fields(
        self,
        search_contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict | None = None,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Upsert custom fields by search contacts.

        Args:
            search_contact_id: The saved search contact identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts/{searchContactId}/custom-fields (upsertCustomFieldsBySearchContactId). Reference: https://apireference.getresponse.com/#operation/upsertCustomFieldsBySearchContactId
        """

        return self._request(
            "POST",
            f"/search-contacts/{path_value(search_contact_id)}/custom-fields",
            cast_to=None,
            json=json_body(
                "search_contacts.upsert_custom_fields",
                body,
                {"custom_field_values": custom_field_values},
                SEARCH_CONTACTS_UPSERT_CUSTOM_FIELDS_WIRE,
                required=("custom_field_values",),
            ),
            operation="upsertCustomFieldsBySearchContactId",
            options=options,
        )

    @property
    def with_raw_response(self) -> SearchContactsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return SearchContactsResourceWithRawResponse(self._raw_copy())


class SearchContactsResourceWithRawResponse:
    """client.search_contacts.with_raw_response."""

    def __init__(self, resource: SearchContactsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.get_contacts = raw_response(resource.get_contacts)
        self.search = raw_response(resource.search)
        self.upsert_custom_fields = raw_response(resource.upsert_custom_fields)


class AsyncSearchContactsResource(AsyncResource):
    """Search Contacts: client.search_contacts."""

    @overload
    async def create(
        self,
        *,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str,
        section: builtins.list[SearchContactSection | SearchContactSectionDict],
        name: str,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    @overload
    async def create(
        self,
        *,
        body: NewSearchContacts | NewSearchContactsDict,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    async def create(
        self,
        *,
        body: NewSearchContacts | NewSearchContactsDict | None = None,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str | Unset = UNSET,
        section: builtins.list[SearchContactSection | SearchContactSectionDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails:
        """Create search contacts.

        Args:
            section_logic_operator: Match 'any' (or value) or 'all' (and value) of the following conditions
            name: The unique name of search-contact
            subscribers_type: Only one subscription status

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts (newSearchContacts). Reference: https://apireference.getresponse.com/#operation/newSearchContacts
        """
        from ..models.search_contacts_details import SearchContactsDetails

        return await self._request(
            "POST",
            "/search-contacts",
            cast_to=SearchContactsDetails,
            json=json_body(
                "search_contacts.create",
                body,
                {
                    "section_logic_operator": section_logic_operator,
                    "section": section,
                    "name": name,
                    "subscribers_type": subscribers_type,
                },
                SEARCH_CONTACTS_CREATE_WIRE,
                required=("section_logic_operator", "section", "name"),
            ),
            operation="newSearchContacts",
            options=options,
        )

    async def delete(
        self,
        search_contact_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete search contacts.

        Args:
            search_contact_id: The saved search contact identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /search-contacts/{searchContactId} (deleteSearchContacts). Reference: https://apireference.getresponse.com/#operation/deleteSearchContacts
        """

        return await self._request(
            "DELETE",
            f"/search-contacts/{path_value(search_contact_id)}",
            cast_to=None,
            operation="deleteSearchContacts",
            options=options,
        )

    async def get(
        self,
        search_contact_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails:
        """Get search contacts by contact ID.

        Args:
            search_contact_id: The saved search contact identifier
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /search-contacts/{searchContactId} (getSearchContactsById). Reference: https://apireference.getresponse.com/#operation/getSearchContactsById
        """
        from ..models.search_contacts_details import SearchContactsDetails

        return await self._request(
            "GET",
            f"/search-contacts/{path_value(search_contact_id)}",
            cast_to=SearchContactsDetails,
            params={"fields": fields},
            operation="getSearchContactsById",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[BaseSearchContactsDetails]:
        """Get a saved search contact list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            sort_name: Sort by name
            sort_created_on: Sort by creation date
            query_name: Search by name
            query_created_on_from: Count data from this date
            query_created_on_to: Count data to this date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /search-contacts (getSearchContactsList). Reference: https://apireference.getresponse.com/#operation/getSearchContactsList
        """
        from ..models.base_search_contacts_details import BaseSearchContactsDetails

        return self._page(
            "/search-contacts",
            item=BaseSearchContactsDetails,
            params={
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "query[name]": query_name,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "searchContactId"),
            operation="getSearchContactsList",
            options=options,
        )

    @overload
    async def update(
        self,
        search_contact_id: str,
        *,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str,
        section: builtins.list[SearchContactSection | SearchContactSectionDict],
        name: str,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    @overload
    async def update(
        self,
        search_contact_id: str,
        *,
        body: UpdateSearchContacts | UpdateSearchContactsDict,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails: ...

    async def update(
        self,
        search_contact_id: str,
        *,
        body: UpdateSearchContacts | UpdateSearchContactsDict | None = None,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str | Unset = UNSET,
        section: builtins.list[SearchContactSection | SearchContactSectionDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        subscribers_type: builtins.list[SubscribersTypeEnumForSegmentsSubscribersTypeItem | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchContactsDetails:
        """Update search contacts.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.

        Args:
            search_contact_id: The saved search contact identifier
            section_logic_operator: Match 'any' (or value) or 'all' (and value) of the following conditions
            name: The unique name of search-contact
            subscribers_type: Only one subscription status

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts/{searchContactId} (updateSearchContacts). Reference: https://apireference.getresponse.com/#operation/updateSearchContacts
        """
        from ..models.search_contacts_details import SearchContactsDetails

        return await self._request(
            "POST",
            f"/search-contacts/{path_value(search_contact_id)}",
            cast_to=SearchContactsDetails,
            json=json_body(
                "search_contacts.update",
                body,
                {
                    "section_logic_operator": section_logic_operator,
                    "section": section,
                    "name": name,
                    "subscribers_type": subscribers_type,
                },
                SEARCH_CONTACTS_UPDATE_WIRE,
                required=("section_logic_operator", "section", "name"),
            ),
            operation="updateSearchContacts",
            options=options,
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
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SearchedContactDetails]:
        """Get contacts by search contacts ID.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            search_contact_id: The saved search contact identifier
            sort_name: Sort by name
            sort_email: Sort by email
            sort_created_on: Sort by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /search-contacts/{searchContactId}/contacts (getContactsByIdSearchContacts). Reference: https://apireference.getresponse.com/#operation/getContactsByIdSearchContacts
        """
        from ..models.searched_contact_details import SearchedContactDetails

        return self._page(
            f"/search-contacts/{path_value(search_contact_id)}/contacts",
            item=SearchedContactDetails,
            params={
                "sort[name]": sort_name,
                "sort[email]": sort_email,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getContactsByIdSearchContacts",
            options=options,
        )

    @overload
    def search(
        self,
        *,
        subscribers_type: builtins.list[SubscribersTypeEnumForSearchingSubscribersTypeItem | str],
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str,
        section: builtins.list[SearchContactSection | SearchContactSectionDict],
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SearchedContactDetails]: ...

    @overload
    def search(
        self,
        *,
        body: SearchContactsBySearchForm | SearchContactsBySearchFormDict,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SearchedContactDetails]: ...

    def search(
        self,
        *,
        body: SearchContactsBySearchForm | SearchContactsBySearchFormDict | None = None,
        subscribers_type: builtins.list[SubscribersTypeEnumForSearchingSubscribersTypeItem | str] | Unset = UNSET,
        section_logic_operator: SearchContactsConditionsDetailsSectionLogicOperator | str | Unset = UNSET,
        section: builtins.list[SearchContactSection | SearchContactSectionDict] | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[SearchedContactDetails]:
        """Search contacts using conditions.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            subscribers_type: Only one subscription status
            section_logic_operator: Match 'any' (or value) or 'all' (and value) of the following conditions
            sort_name: Sort by name
            sort_email: Sort by email
            sort_created_on: Sort by creation date
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts/contacts (getContactsFromSearchContactsConditions). Reference: https://apireference.getresponse.com/#operation/getContactsFromSearchContactsConditions
        """
        from ..models.searched_contact_details import SearchedContactDetails

        return self._page(
            "/search-contacts/contacts",
            item=SearchedContactDetails,
            params={
                "sort[name]": sort_name,
                "sort[email]": sort_email,
                "sort[createdOn]": sort_created_on,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            http_method="POST",
            json=json_body(
                "search_contacts.search",
                body,
                {
                    "subscribers_type": subscribers_type,
                    "section_logic_operator": section_logic_operator,
                    "section": section,
                },
                SEARCH_CONTACTS_SEARCH_WIRE,
                required=("subscribers_type", "section_logic_operator", "section"),
            ),
            operation="getContactsFromSearchContactsConditions",
            options=options,
        )

    @overload
    async def upsert_custom_fields(
        self,
        search_contact_id: str,
        *,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict],
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def upsert_custom_fields(
        self,
        search_contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def upsert_custom_fields(
        self,
        search_contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict | None = None,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Upsert custom fields by search contacts.

        Args:
            search_contact_id: The saved search contact identifier

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /search-contacts/{searchContactId}/custom-fields (upsertCustomFieldsBySearchContactId). Reference: https://apireference.getresponse.com/#operation/upsertCustomFieldsBySearchContactId
        """

        return await self._request(
            "POST",
            f"/search-contacts/{path_value(search_contact_id)}/custom-fields",
            cast_to=None,
            json=json_body(
                "search_contacts.upsert_custom_fields",
                body,
                {"custom_field_values": custom_field_values},
                SEARCH_CONTACTS_UPSERT_CUSTOM_FIELDS_WIRE,
                required=("custom_field_values",),
            ),
            operation="upsertCustomFieldsBySearchContactId",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncSearchContactsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncSearchContactsResourceWithRawResponse(self._raw_copy())


class AsyncSearchContactsResourceWithRawResponse:
    """client.search_contacts.with_raw_response."""

    def __init__(self, resource: AsyncSearchContactsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.get_contacts = async_raw_pager(resource.get_contacts)
        self.search = async_raw_pager(resource.search)
        self.upsert_custom_fields = async_raw_response(resource.upsert_custom_fields)


# Keyword argument -> JSON name, per method with a body.
SEARCH_CONTACTS_CREATE_WIRE = {
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
    "name": "name",
    "subscribers_type": "subscribersType",
}
SEARCH_CONTACTS_UPDATE_WIRE = {
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
    "name": "name",
    "subscribers_type": "subscribersType",
}
SEARCH_CONTACTS_SEARCH_WIRE = {
    "subscribers_type": "subscribersType",
    "section_logic_operator": "sectionLogicOperator",
    "section": "section",
}
SEARCH_CONTACTS_UPSERT_CUSTOM_FIELDS_WIRE = {"custom_field_values": "customFieldValues"}
