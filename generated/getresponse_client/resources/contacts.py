"""Contacts: client.contacts (generated; do not edit)."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, overload

from getresponse_runtime.pagination import ConsistentOrder
from getresponse_runtime.resource import (
    AsyncResource,
    ListOf,
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

    from ..models.contact_activity import ContactActivity
    from ..models.contact_custom_field import ContactCustomField
    from ..models.contact_details import ContactDetails
    from ..models.contact_list_element import ContactListElement
    from ..models.create_batch_contacts_body import CreateBatchContactsBody, CreateBatchContactsBodyDict
    from ..models.create_batch_contacts_body_contacts_item import (
        CreateBatchContactsBodyContactsItem,
        CreateBatchContactsBodyContactsItemDict,
    )
    from ..models.get_contact_list_queryorigin import GetContactListQueryorigin
    from ..models.list_reference import ListReference, ListReferenceDict
    from ..models.new_contact import NewContact, NewContactDict
    from ..models.new_contact_custom_field_value import NewContactCustomFieldValue, NewContactCustomFieldValueDict
    from ..models.new_contact_tag import NewContactTag, NewContactTagDict
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_contact import UpdateContact, UpdateContactDict
    from ..models.update_contact_list import UpdateContactList, UpdateContactListDict
    from ..models.upsert_contact_custom_fields import UpsertContactCustomFields, UpsertContactCustomFieldsDict
    from ..models.upsert_contact_tags import UpsertContactTags, UpsertContactTagsDict
    from ..models.upsert_tags_response_200_item import UpsertTagsResponse200Item


class ContactsResource(SyncResource):
    """Contacts: client.contacts."""

    @overload
    def create(
        self,
        *,
        email: str,
        campaign: ListReference | ListReferenceDict,
        name: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        ip_address: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create(
        self,
        *,
        body: NewContact | NewContactDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create(
        self,
        *,
        body: NewContact | NewContactDict | None = None,
        email: str | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        name: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        ip_address: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new contact.

        Args:
            campaign: A reference to a list (campaign in the API).
            day_of_cycle: The day on which the contact is in the Autoresponder cycle.
            scoring: Contact scoring, pass null to remove the score from a contact
            ip_address: The contact's IP address.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts (createContact). Reference: https://apireference.getresponse.com/#operation/createContact
        """

        return self._request(
            "POST",
            "/contacts",
            cast_to=None,
            json=json_body(
                "contacts.create",
                body,
                {
                    "email": email,
                    "campaign": campaign,
                    "name": name,
                    "day_of_cycle": day_of_cycle,
                    "scoring": scoring,
                    "tags": tags,
                    "custom_field_values": custom_field_values,
                    "ip_address": ip_address,
                },
                CONTACTS_CREATE_WIRE,
                required=("email", "campaign"),
            ),
            operation="createContact",
            options=options,
        )

    def delete(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        ip_address: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a contact by contact ID.

        Args:
            contact_id: Unique identifier of the contact.
            message_id: >
            ip_address: This makes it possible to pass the IP from which the contact unsubscribed.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /contacts/{contactId} (deleteContact). Reference: https://apireference.getresponse.com/#operation/deleteContact
        """

        return self._request(
            "DELETE",
            f"/contacts/{path_value(contact_id)}",
            cast_to=None,
            params={"messageId": message_id, "ipAddress": ip_address},
            operation="deleteContact",
            options=options,
        )

    def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails:
        """Get contact details by contact ID.

        Args:
            contact_id: Unique identifier of the contact.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /contacts/{contactId} (getContactById). Reference: https://apireference.getresponse.com/#operation/getContactById
        """
        from ..models.contact_details import ContactDetails

        return self._request(
            "GET",
            f"/contacts/{path_value(contact_id)}",
            cast_to=ContactDetails,
            params={"fields": fields},
            operation="getContactById",
            options=options,
        )

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_origin: GetContactListQueryorigin | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_changed_on: SortOrderEnum | Unset = UNSET,
        sort_list_id: SortOrderEnum | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[ContactListElement]:
        """Get contact list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            query_email: Search contacts by email
            query_name: Search contacts by name
            query_list_id: Search contacts by campaign ID
            query_origin: Search contacts by origin
            query_created_on_from: Return only contacts created on or after the given date.
            query_created_on_to: Return only contacts created on or before the given date.
            query_changed_on_from: Return only contacts whose data was changed on or after the given date.
            query_changed_on_to: Return only contacts whose data was changed on or before the given date.
            sort_email: Sort by email
            sort_name: Sort by name
            sort_created_on: Sort contacts by subscription date
            sort_changed_on: Sort by change date
            sort_list_id: Sort by campaign ID
            additional_flags: The additional flags parameter with the value 'exactMatch' will search for
                contacts with the exact value of the email and name provided in the query string.
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /contacts (getContactList). Reference: https://apireference.getresponse.com/#operation/getContactList
        """
        from ..models.contact_list_element import ContactListElement

        return self._page(
            "/contacts",
            item=ContactListElement,
            params={
                "query[email]": query_email,
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "query[origin]": query_origin,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[changedOn][from]": query_changed_on_from,
                "query[changedOn][to]": query_changed_on_to,
                "sort[email]": sort_email,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "sort[changedOn]": sort_changed_on,
                "sort[campaignId]": sort_list_id,
                "additionalFlags": additional_flags,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "contactId"),
            operation="getContactList",
            options=options,
        )

    @overload
    def update(
        self,
        contact_id: str,
        *,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        campaign: UpdateContactList | UpdateContactListDict | Unset = UNSET,
        email: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails: ...

    @overload
    def update(
        self,
        contact_id: str,
        *,
        body: UpdateContact | UpdateContactDict,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails: ...

    def update(
        self,
        contact_id: str,
        *,
        body: UpdateContact | UpdateContactDict | None = None,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        campaign: UpdateContactList | UpdateContactListDict | Unset = UNSET,
        email: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails:
        """Update contact details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.
        tags, customFieldValues are replaced as a whole, not merged.

        Args:
            contact_id: Unique identifier of the contact.
            day_of_cycle: The day on which the contact is in the Autoresponder cycle.
            scoring: Contact scoring, pass null to remove the score from a contact

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/{contactId} (updateContact). Reference: https://apireference.getresponse.com/#operation/updateContact
        """
        from ..models.contact_details import ContactDetails

        return self._request(
            "POST",
            f"/contacts/{path_value(contact_id)}",
            cast_to=ContactDetails,
            json=json_body(
                "contacts.update",
                body,
                {
                    "tags": tags,
                    "custom_field_values": custom_field_values,
                    "name": name,
                    "campaign": campaign,
                    "email": email,
                    "day_of_cycle": day_of_cycle,
                    "scoring": scoring,
                    "note": note,
                },
                CONTACTS_UPDATE_WIRE,
            ),
            operation="updateContact",
            options=options,
        )

    @overload
    def create_batch(
        self,
        *,
        campaign_id: str,
        contacts: builtins.list[CreateBatchContactsBodyContactsItem | CreateBatchContactsBodyContactsItemDict],
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    def create_batch(
        self,
        *,
        body: CreateBatchContactsBody | CreateBatchContactsBodyDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    def create_batch(
        self,
        *,
        body: CreateBatchContactsBody | CreateBatchContactsBodyDict | None = None,
        campaign_id: str | Unset = UNSET,
        contacts: builtins.list[CreateBatchContactsBodyContactsItem | CreateBatchContactsBodyContactsItemDict]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create multiple contacts at once.

        Args:
            campaign_id: ID of the destination campaign (list).
            contacts: Contacts that will be created.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/batch (createBatchContacts). Reference: https://apireference.getresponse.com/#operation/createBatchContacts
        """

        return self._request(
            "POST",
            "/contacts/batch",
            cast_to=None,
            json=json_body(
                "contacts.create_batch",
                body,
                {"campaign_id": campaign_id, "contacts": contacts},
                CONTACTS_CREATE_BATCH_WIRE,
                required=("campaign_id", "contacts"),
            ),
            operation="createBatchContacts",
            options=options,
        )

    def get_activities(
        self,
        contact_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> Page[ContactActivity]:
        """Get a list of contact activities.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        Args:
            contact_id: Unique identifier of the contact.
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /contacts/{contactId}/activities (getActivities). Reference: https://apireference.getresponse.com/#operation/getActivities
        """
        from ..models.contact_activity import ContactActivity

        return self._page(
            f"/contacts/{path_value(contact_id)}/activities",
            item=ContactActivity,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getActivities",
            options=options,
        )

    @overload
    def upsert_custom_fields(
        self,
        contact_id: str,
        *,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ContactCustomField]: ...

    @overload
    def upsert_custom_fields(
        self,
        contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ContactCustomField]: ...

    def upsert_custom_fields(
        self,
        contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict | None = None,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ContactCustomField]:
        """Upsert the custom fields of a contact.

        Args:
            contact_id: Unique identifier of the contact.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/{contactId}/custom-fields (upsertContactCustoms). Reference: https://apireference.getresponse.com/#operation/upsertContactCustoms
        """
        from ..models.contact_custom_field import ContactCustomField

        return self._request(
            "POST",
            f"/contacts/{path_value(contact_id)}/custom-fields",
            cast_to=ListOf(ContactCustomField),
            json=json_body(
                "contacts.upsert_custom_fields",
                body,
                {"custom_field_values": custom_field_values},
                CONTACTS_UPSERT_CUSTOM_FIELDS_WIRE,
                required=("custom_field_values",),
            ),
            operation="upsertContactCustoms",
            options=options,
        )

    @overload
    def upsert_tags(
        self,
        contact_id: str,
        *,
        tags: builtins.list[NewContactTag | NewContactTagDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UpsertTagsResponse200Item]: ...

    @overload
    def upsert_tags(
        self,
        contact_id: str,
        *,
        body: UpsertContactTags | UpsertContactTagsDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UpsertTagsResponse200Item]: ...

    def upsert_tags(
        self,
        contact_id: str,
        *,
        body: UpsertContactTags | UpsertContactTagsDict | None = None,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UpsertTagsResponse200Item]:
        """Upsert the tags of a contact.

        Args:
            contact_id: Unique identifier of the contact.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/{contactId}/tags (upsertTags). Reference: https://apireference.getresponse.com/#operation/upsertTags
        """
        from ..models.upsert_tags_response_200_item import UpsertTagsResponse200Item

        return self._request(
            "POST",
            f"/contacts/{path_value(contact_id)}/tags",
            cast_to=ListOf(UpsertTagsResponse200Item),
            json=json_body(
                "contacts.upsert_tags",
                body,
                {"tags": tags},
                CONTACTS_UPSERT_TAGS_WIRE,
                required=("tags",),
            ),
            operation="upsertTags",
            options=options,
        )

    @property
    def with_raw_response(self) -> ContactsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return ContactsResourceWithRawResponse(self._raw_copy())


class ContactsResourceWithRawResponse:
    """client.contacts.with_raw_response."""

    def __init__(self, resource: ContactsResource) -> None:
        self.create = raw_response(resource.create)
        self.delete = raw_response(resource.delete)
        self.get = raw_response(resource.get)
        self.list = raw_response(resource.list)
        self.update = raw_response(resource.update)
        self.create_batch = raw_response(resource.create_batch)
        self.get_activities = raw_response(resource.get_activities)
        self.upsert_custom_fields = raw_response(resource.upsert_custom_fields)
        self.upsert_tags = raw_response(resource.upsert_tags)


class AsyncContactsResource(AsyncResource):
    """Contacts: client.contacts."""

    @overload
    async def create(
        self,
        *,
        email: str,
        campaign: ListReference | ListReferenceDict,
        name: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        ip_address: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create(
        self,
        *,
        body: NewContact | NewContactDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create(
        self,
        *,
        body: NewContact | NewContactDict | None = None,
        email: str | Unset = UNSET,
        campaign: ListReference | ListReferenceDict | Unset = UNSET,
        name: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        ip_address: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create a new contact.

        Args:
            campaign: A reference to a list (campaign in the API).
            day_of_cycle: The day on which the contact is in the Autoresponder cycle.
            scoring: Contact scoring, pass null to remove the score from a contact
            ip_address: The contact's IP address.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts (createContact). Reference: https://apireference.getresponse.com/#operation/createContact
        """

        return await self._request(
            "POST",
            "/contacts",
            cast_to=None,
            json=json_body(
                "contacts.create",
                body,
                {
                    "email": email,
                    "campaign": campaign,
                    "name": name,
                    "day_of_cycle": day_of_cycle,
                    "scoring": scoring,
                    "tags": tags,
                    "custom_field_values": custom_field_values,
                    "ip_address": ip_address,
                },
                CONTACTS_CREATE_WIRE,
                required=("email", "campaign"),
            ),
            operation="createContact",
            options=options,
        )

    async def delete(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        ip_address: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a contact by contact ID.

        Args:
            contact_id: Unique identifier of the contact.
            message_id: >
            ip_address: This makes it possible to pass the IP from which the contact unsubscribed.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        DELETE /contacts/{contactId} (deleteContact). Reference: https://apireference.getresponse.com/#operation/deleteContact
        """

        return await self._request(
            "DELETE",
            f"/contacts/{path_value(contact_id)}",
            cast_to=None,
            params={"messageId": message_id, "ipAddress": ip_address},
            operation="deleteContact",
            options=options,
        )

    async def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails:
        """Get contact details by contact ID.

        Args:
            contact_id: Unique identifier of the contact.
            fields: List of fields that should be returned.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /contacts/{contactId} (getContactById). Reference: https://apireference.getresponse.com/#operation/getContactById
        """
        from ..models.contact_details import ContactDetails

        return await self._request(
            "GET",
            f"/contacts/{path_value(contact_id)}",
            cast_to=ContactDetails,
            params={"fields": fields},
            operation="getContactById",
            options=options,
        )

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_list_id: str | Unset = UNSET,
        query_origin: GetContactListQueryorigin | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_changed_on: SortOrderEnum | Unset = UNSET,
        sort_list_id: SortOrderEnum | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ContactListElement]:
        """Get contact list.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            query_email: Search contacts by email
            query_name: Search contacts by name
            query_list_id: Search contacts by campaign ID
            query_origin: Search contacts by origin
            query_created_on_from: Return only contacts created on or after the given date.
            query_created_on_to: Return only contacts created on or before the given date.
            query_changed_on_from: Return only contacts whose data was changed on or after the given date.
            query_changed_on_to: Return only contacts whose data was changed on or before the given date.
            sort_email: Sort by email
            sort_name: Sort by name
            sort_created_on: Sort contacts by subscription date
            sort_changed_on: Sort by change date
            sort_list_id: Sort by campaign ID
            additional_flags: The additional flags parameter with the value 'exactMatch' will search for
                contacts with the exact value of the email and name provided in the query string.
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /contacts (getContactList). Reference: https://apireference.getresponse.com/#operation/getContactList
        """
        from ..models.contact_list_element import ContactListElement

        return self._page(
            "/contacts",
            item=ContactListElement,
            params={
                "query[email]": query_email,
                "query[name]": query_name,
                "query[campaignId]": query_list_id,
                "query[origin]": query_origin,
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "query[changedOn][from]": query_changed_on_from,
                "query[changedOn][to]": query_changed_on_to,
                "sort[email]": sort_email,
                "sort[name]": sort_name,
                "sort[createdOn]": sort_created_on,
                "sort[changedOn]": sort_changed_on,
                "sort[campaignId]": sort_list_id,
                "additionalFlags": additional_flags,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            order=ConsistentOrder("sort[createdOn]", "query[createdOn][from]", "createdOn", "contactId"),
            operation="getContactList",
            options=options,
        )

    @overload
    async def update(
        self,
        contact_id: str,
        *,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        campaign: UpdateContactList | UpdateContactListDict | Unset = UNSET,
        email: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails: ...

    @overload
    async def update(
        self,
        contact_id: str,
        *,
        body: UpdateContact | UpdateContactDict,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails: ...

    async def update(
        self,
        contact_id: str,
        *,
        body: UpdateContact | UpdateContactDict | None = None,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        name: str | Unset = UNSET,
        campaign: UpdateContactList | UpdateContactListDict | Unset = UNSET,
        email: str | Unset = UNSET,
        day_of_cycle: str | None | Unset = UNSET,
        scoring: float | None | Unset = UNSET,
        note: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ContactDetails:
        """Update contact details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.
        tags, customFieldValues are replaced as a whole, not merged.

        Args:
            contact_id: Unique identifier of the contact.
            day_of_cycle: The day on which the contact is in the Autoresponder cycle.
            scoring: Contact scoring, pass null to remove the score from a contact

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/{contactId} (updateContact). Reference: https://apireference.getresponse.com/#operation/updateContact
        """
        from ..models.contact_details import ContactDetails

        return await self._request(
            "POST",
            f"/contacts/{path_value(contact_id)}",
            cast_to=ContactDetails,
            json=json_body(
                "contacts.update",
                body,
                {
                    "tags": tags,
                    "custom_field_values": custom_field_values,
                    "name": name,
                    "campaign": campaign,
                    "email": email,
                    "day_of_cycle": day_of_cycle,
                    "scoring": scoring,
                    "note": note,
                },
                CONTACTS_UPDATE_WIRE,
            ),
            operation="updateContact",
            options=options,
        )

    @overload
    async def create_batch(
        self,
        *,
        campaign_id: str,
        contacts: builtins.list[CreateBatchContactsBodyContactsItem | CreateBatchContactsBodyContactsItemDict],
        **options: Unpack[RequestOptions],
    ) -> None: ...

    @overload
    async def create_batch(
        self,
        *,
        body: CreateBatchContactsBody | CreateBatchContactsBodyDict,
        **options: Unpack[RequestOptions],
    ) -> None: ...

    async def create_batch(
        self,
        *,
        body: CreateBatchContactsBody | CreateBatchContactsBodyDict | None = None,
        campaign_id: str | Unset = UNSET,
        contacts: builtins.list[CreateBatchContactsBodyContactsItem | CreateBatchContactsBodyContactsItemDict]
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Create multiple contacts at once.

        Args:
            campaign_id: ID of the destination campaign (list).
            contacts: Contacts that will be created.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/batch (createBatchContacts). Reference: https://apireference.getresponse.com/#operation/createBatchContacts
        """

        return await self._request(
            "POST",
            "/contacts/batch",
            cast_to=None,
            json=json_body(
                "contacts.create_batch",
                body,
                {"campaign_id": campaign_id, "contacts": contacts},
                CONTACTS_CREATE_BATCH_WIRE,
                required=("campaign_id", "contacts"),
            ),
            operation="createBatchContacts",
            options=options,
        )

    def get_activities(
        self,
        contact_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ContactActivity]:
        """Get a list of contact activities.

        Returns an AsyncPager: ``await`` it for the first page, or ``async for`` over every item of every page.

        Args:
            contact_id: Unique identifier of the contact.
            fields: List of fields that should be returned.
            per_page: Requested number of results per page

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        GET /contacts/{contactId}/activities (getActivities). Reference: https://apireference.getresponse.com/#operation/getActivities
        """
        from ..models.contact_activity import ContactActivity

        return self._page(
            f"/contacts/{path_value(contact_id)}/activities",
            item=ContactActivity,
            params={
                "query[createdOn][from]": query_created_on_from,
                "query[createdOn][to]": query_created_on_to,
                "fields": fields,
                "perPage": per_page,
            },
            page=page,
            operation="getActivities",
            options=options,
        )

    @overload
    async def upsert_custom_fields(
        self,
        contact_id: str,
        *,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ContactCustomField]: ...

    @overload
    async def upsert_custom_fields(
        self,
        contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ContactCustomField]: ...

    async def upsert_custom_fields(
        self,
        contact_id: str,
        *,
        body: UpsertContactCustomFields | UpsertContactCustomFieldsDict | None = None,
        custom_field_values: builtins.list[NewContactCustomFieldValue | NewContactCustomFieldValueDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ContactCustomField]:
        """Upsert the custom fields of a contact.

        Args:
            contact_id: Unique identifier of the contact.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/{contactId}/custom-fields (upsertContactCustoms). Reference: https://apireference.getresponse.com/#operation/upsertContactCustoms
        """
        from ..models.contact_custom_field import ContactCustomField

        return await self._request(
            "POST",
            f"/contacts/{path_value(contact_id)}/custom-fields",
            cast_to=ListOf(ContactCustomField),
            json=json_body(
                "contacts.upsert_custom_fields",
                body,
                {"custom_field_values": custom_field_values},
                CONTACTS_UPSERT_CUSTOM_FIELDS_WIRE,
                required=("custom_field_values",),
            ),
            operation="upsertContactCustoms",
            options=options,
        )

    @overload
    async def upsert_tags(
        self,
        contact_id: str,
        *,
        tags: builtins.list[NewContactTag | NewContactTagDict],
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UpsertTagsResponse200Item]: ...

    @overload
    async def upsert_tags(
        self,
        contact_id: str,
        *,
        body: UpsertContactTags | UpsertContactTagsDict,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UpsertTagsResponse200Item]: ...

    async def upsert_tags(
        self,
        contact_id: str,
        *,
        body: UpsertContactTags | UpsertContactTagsDict | None = None,
        tags: builtins.list[NewContactTag | NewContactTagDict] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[UpsertTagsResponse200Item]:
        """Upsert the tags of a contact.

        Args:
            contact_id: Unique identifier of the contact.

        Also takes the per-call options timeout, extra_headers, extra_query, extra_body and max_retries.

        POST /contacts/{contactId}/tags (upsertTags). Reference: https://apireference.getresponse.com/#operation/upsertTags
        """
        from ..models.upsert_tags_response_200_item import UpsertTagsResponse200Item

        return await self._request(
            "POST",
            f"/contacts/{path_value(contact_id)}/tags",
            cast_to=ListOf(UpsertTagsResponse200Item),
            json=json_body(
                "contacts.upsert_tags",
                body,
                {"tags": tags},
                CONTACTS_UPSERT_TAGS_WIRE,
                required=("tags",),
            ),
            operation="upsertTags",
            options=options,
        )

    @property
    def with_raw_response(self) -> AsyncContactsResourceWithRawResponse:
        """The same methods, each returning a RawResponse (status, headers, rate limit) around its result."""
        return AsyncContactsResourceWithRawResponse(self._raw_copy())


class AsyncContactsResourceWithRawResponse:
    """client.contacts.with_raw_response."""

    def __init__(self, resource: AsyncContactsResource) -> None:
        self.create = async_raw_response(resource.create)
        self.delete = async_raw_response(resource.delete)
        self.get = async_raw_response(resource.get)
        self.list = async_raw_pager(resource.list)
        self.update = async_raw_response(resource.update)
        self.create_batch = async_raw_response(resource.create_batch)
        self.get_activities = async_raw_pager(resource.get_activities)
        self.upsert_custom_fields = async_raw_response(resource.upsert_custom_fields)
        self.upsert_tags = async_raw_response(resource.upsert_tags)


# Keyword argument -> JSON name, per method with a body.
CONTACTS_CREATE_WIRE = {
    "email": "email",
    "campaign": "campaign",
    "name": "name",
    "day_of_cycle": "dayOfCycle",
    "scoring": "scoring",
    "tags": "tags",
    "custom_field_values": "customFieldValues",
    "ip_address": "ipAddress",
}
CONTACTS_UPDATE_WIRE = {
    "tags": "tags",
    "custom_field_values": "customFieldValues",
    "name": "name",
    "campaign": "campaign",
    "email": "email",
    "day_of_cycle": "dayOfCycle",
    "scoring": "scoring",
    "note": "note",
}
CONTACTS_CREATE_BATCH_WIRE = {"campaign_id": "campaignId", "contacts": "contacts"}
CONTACTS_UPSERT_CUSTOM_FIELDS_WIRE = {"custom_field_values": "customFieldValues"}
CONTACTS_UPSERT_TAGS_WIRE = {"tags": "tags"}
