"""Contacts: client.contacts (generated; do not edit)."""

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
    from ..models.contact_activity import ContactActivity
    from ..models.contact_custom_field import ContactCustomField
    from ..models.contact_details import ContactDetails
    from ..models.contact_list_element import ContactListElement
    from ..models.create_batch_contacts_body import CreateBatchContactsBody
    from ..models.get_contact_list_queryorigin import GetContactListQueryorigin
    from ..models.new_contact import NewContact
    from ..models.sort_order_enum import SortOrderEnum
    from ..models.update_contact import UpdateContact
    from ..models.upsert_contact_custom_fields import UpsertContactCustomFields
    from ..models.upsert_contact_tags import UpsertContactTags
    from ..models.upsert_tags_response_200_item import UpsertTagsResponse200Item


class ContactsRawResource(SyncResource):
    """client.contacts.with_raw_response: the same calls, returning status, headers and body too."""

    def create(
        self,
        body: NewContact | Unset = UNSET,
    ) -> RawResponse[None]:
        """Create a new contact. Returns the raw response with the parsed body."""
        from ..api.contacts import create_contact as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def delete(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        ip_address: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Delete a contact by contact ID. Returns the raw response with the parsed body."""
        from ..api.contacts import delete_contact as op

        return self._call(
            op._get_kwargs(
                contact_id,
                message_id=message_id,
                ip_address=ip_address,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ContactDetails]:
        """Get contact details by contact ID. Returns the raw response with the parsed body."""
        from ..api.contacts import get_contact_by_id as op

        return self._call(
            op._get_kwargs(
                contact_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_origin: GetContactListQueryorigin | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_changed_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ContactListElement]]:
        """Get contact list. Returns the raw response with the parsed body."""
        from ..api.contacts import get_contact_list as op

        return self._call(
            op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                queryorigin=query_origin,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querychanged_onfrom=query_changed_on_from,
                querychanged_onto=query_changed_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortchanged_on=sort_changed_on,
                sortcampaign_id=sort_campaign_id,
                additional_flags=additional_flags,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def update(
        self,
        contact_id: str,
        body: UpdateContact | Unset = UNSET,
    ) -> RawResponse[ContactDetails]:
        """Update contact details. Returns the raw response with the parsed body."""
        from ..api.contacts import update_contact as op

        return self._call(
            op._get_kwargs(
                contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def create_batch(
        self,
        body: CreateBatchContactsBody | Unset = UNSET,
    ) -> RawResponse[None]:
        """Create multiple contacts at once. Returns the raw response with the parsed body."""
        from ..api.contacts import create_batch_contacts as op

        return self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
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
    ) -> RawResponse[builtins.list[ContactActivity]]:
        """Get a list of contact activities. Returns the raw response with the parsed body."""
        from ..api.contacts import get_activities as op

        return self._call(
            op._get_kwargs(
                contact_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def get_contacts_from_list(
        self,
        campaign_id: str,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ContactListElement]]:
        """Get contacts from a single list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.contacts import get_contacts_from_list as op

        return self._call(
            op._get_kwargs(
                campaign_id,
                queryemail=query_email,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    def upsert_customs(
        self,
        contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> RawResponse[builtins.list[ContactCustomField]]:
        """Upsert the custom fields of a contact. Returns the raw response with the parsed body."""
        from ..api.contacts import upsert_contact_customs as op

        return self._call(
            op._get_kwargs(
                contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    def upsert_tags(
        self,
        contact_id: str,
        body: UpsertContactTags | Unset = UNSET,
    ) -> RawResponse[builtins.list[UpsertTagsResponse200Item]]:
        """Upsert the tags of a contact. Returns the raw response with the parsed body."""
        from ..api.contacts import upsert_tags as op

        return self._call(
            op._get_kwargs(
                contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class ContactsResource(SyncResource):
    """Contacts: client.contacts."""

    @cached_property
    def with_raw_response(self) -> ContactsRawResource:
        return ContactsRawResource(self._transport)

    def create(
        self,
        body: NewContact | Unset = UNSET,
    ) -> None:
        """Create a new contact.

        POST /contacts (createContact). Reference: https://apireference.getresponse.com/#operation/createContact
        """
        return (
            self.with_raw_response.create(
                body,
            )
        ).parsed

    def delete(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        ip_address: str | Unset = UNSET,
    ) -> None:
        """Delete a contact by contact ID.

        DELETE /contacts/{contactId} (deleteContact). Reference: https://apireference.getresponse.com/#operation/deleteContact
        """
        return (
            self.with_raw_response.delete(
                contact_id,
                message_id=message_id,
                ip_address=ip_address,
            )
        ).parsed

    def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ContactDetails:
        """Get contact details by contact ID.

        GET /contacts/{contactId} (getContactById). Reference: https://apireference.getresponse.com/#operation/getContactById
        """
        return (
            self.with_raw_response.get(
                contact_id,
                fields=fields,
            )
        ).parsed

    def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_origin: GetContactListQueryorigin | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_changed_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[ContactListElement]:
        """Get contact list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /contacts (getContactList). Reference: https://apireference.getresponse.com/#operation/getContactList
        """
        from ..api.contacts import get_contact_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                queryorigin=query_origin,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querychanged_onfrom=query_changed_on_from,
                querychanged_onto=query_changed_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortchanged_on=sort_changed_on,
                sortcampaign_id=sort_campaign_id,
                additional_flags=additional_flags,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def update(
        self,
        contact_id: str,
        body: UpdateContact | Unset = UNSET,
    ) -> ContactDetails:
        """Update contact details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.
        tags, customFieldValues are replaced as a whole, not merged.

        POST /contacts/{contactId} (updateContact). Reference: https://apireference.getresponse.com/#operation/updateContact
        """
        return (
            self.with_raw_response.update(
                contact_id,
                body,
            )
        ).parsed

    def create_batch(
        self,
        body: CreateBatchContactsBody | Unset = UNSET,
    ) -> None:
        """Create multiple contacts at once.

        POST /contacts/batch (createBatchContacts). Reference: https://apireference.getresponse.com/#operation/createBatchContacts
        """
        return (
            self.with_raw_response.create_batch(
                body,
            )
        ).parsed

    def get_activities(
        self,
        contact_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[ContactActivity]:
        """Get a list of contact activities.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /contacts/{contactId}/activities (getActivities). Reference: https://apireference.getresponse.com/#operation/getActivities
        """
        from ..api.contacts import get_activities as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                contact_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def get_contacts_from_list(
        self,
        campaign_id: str,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> Page[ContactListElement]:
        """Get contacts from a single list (campaign in the API).

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /campaigns/{campaignId}/contacts (getContactsFromList). Reference: https://apireference.getresponse.com/#operation/getContactsFromCampaign
        """
        from ..api.contacts import get_contacts_from_list as op

        return self._paginate(
            lambda page_number: op._get_kwargs(
                campaign_id,
                queryemail=query_email,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    def upsert_customs(
        self,
        contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> builtins.list[ContactCustomField]:
        """Upsert the custom fields of a contact.

        POST /contacts/{contactId}/custom-fields (upsertContactCustoms). Reference: https://apireference.getresponse.com/#operation/upsertContactCustoms
        """
        return (
            self.with_raw_response.upsert_customs(
                contact_id,
                body,
            )
        ).parsed

    def upsert_tags(
        self,
        contact_id: str,
        body: UpsertContactTags | Unset = UNSET,
    ) -> builtins.list[UpsertTagsResponse200Item]:
        """Upsert the tags of a contact.

        POST /contacts/{contactId}/tags (upsertTags). Reference: https://apireference.getresponse.com/#operation/upsertTags
        """
        return (
            self.with_raw_response.upsert_tags(
                contact_id,
                body,
            )
        ).parsed


class AsyncContactsRawResource(AsyncResource):
    """client.contacts.with_raw_response: the same calls, returning status, headers and body too."""

    async def create(
        self,
        body: NewContact | Unset = UNSET,
    ) -> RawResponse[None]:
        """Create a new contact. Returns the raw response with the parsed body."""
        from ..api.contacts import create_contact as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def delete(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        ip_address: str | Unset = UNSET,
    ) -> RawResponse[None]:
        """Delete a contact by contact ID. Returns the raw response with the parsed body."""
        from ..api.contacts import delete_contact as op

        return await self._call(
            op._get_kwargs(
                contact_id,
                message_id=message_id,
                ip_address=ip_address,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> RawResponse[ContactDetails]:
        """Get contact details by contact ID. Returns the raw response with the parsed body."""
        from ..api.contacts import get_contact_by_id as op

        return await self._call(
            op._get_kwargs(
                contact_id,
                fields=fields,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_origin: GetContactListQueryorigin | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_changed_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ContactListElement]]:
        """Get contact list. Returns the raw response with the parsed body."""
        from ..api.contacts import get_contact_list as op

        return await self._call(
            op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                queryorigin=query_origin,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querychanged_onfrom=query_changed_on_from,
                querychanged_onto=query_changed_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortchanged_on=sort_changed_on,
                sortcampaign_id=sort_campaign_id,
                additional_flags=additional_flags,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def update(
        self,
        contact_id: str,
        body: UpdateContact | Unset = UNSET,
    ) -> RawResponse[ContactDetails]:
        """Update contact details. Returns the raw response with the parsed body."""
        from ..api.contacts import update_contact as op

        return await self._call(
            op._get_kwargs(
                contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def create_batch(
        self,
        body: CreateBatchContactsBody | Unset = UNSET,
    ) -> RawResponse[None]:
        """Create multiple contacts at once. Returns the raw response with the parsed body."""
        from ..api.contacts import create_batch_contacts as op

        return await self._call(
            op._get_kwargs(
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def get_activities(
        self,
        contact_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ContactActivity]]:
        """Get a list of contact activities. Returns the raw response with the parsed body."""
        from ..api.contacts import get_activities as op

        return await self._call(
            op._get_kwargs(
                contact_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def get_contacts_from_list(
        self,
        campaign_id: str,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> RawResponse[builtins.list[ContactListElement]]:
        """Get contacts from a single list (campaign in the API). Returns the raw response with the parsed body."""
        from ..api.contacts import get_contacts_from_list as op

        return await self._call(
            op._get_kwargs(
                campaign_id,
                queryemail=query_email,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page,
            ),
            op._parse_response,
            idempotent=True,
        )

    async def upsert_customs(
        self,
        contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> RawResponse[builtins.list[ContactCustomField]]:
        """Upsert the custom fields of a contact. Returns the raw response with the parsed body."""
        from ..api.contacts import upsert_contact_customs as op

        return await self._call(
            op._get_kwargs(
                contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )

    async def upsert_tags(
        self,
        contact_id: str,
        body: UpsertContactTags | Unset = UNSET,
    ) -> RawResponse[builtins.list[UpsertTagsResponse200Item]]:
        """Upsert the tags of a contact. Returns the raw response with the parsed body."""
        from ..api.contacts import upsert_tags as op

        return await self._call(
            op._get_kwargs(
                contact_id,
                body=body,
            ),
            op._parse_response,
            idempotent=False,
        )


class AsyncContactsResource(AsyncResource):
    """Contacts: client.contacts."""

    @cached_property
    def with_raw_response(self) -> AsyncContactsRawResource:
        return AsyncContactsRawResource(self._transport)

    async def create(
        self,
        body: NewContact | Unset = UNSET,
    ) -> None:
        """Create a new contact.

        POST /contacts (createContact). Reference: https://apireference.getresponse.com/#operation/createContact
        """
        return (
            await self.with_raw_response.create(
                body,
            )
        ).parsed

    async def delete(
        self,
        contact_id: str,
        *,
        message_id: str | Unset = UNSET,
        ip_address: str | Unset = UNSET,
    ) -> None:
        """Delete a contact by contact ID.

        DELETE /contacts/{contactId} (deleteContact). Reference: https://apireference.getresponse.com/#operation/deleteContact
        """
        return (
            await self.with_raw_response.delete(
                contact_id,
                message_id=message_id,
                ip_address=ip_address,
            )
        ).parsed

    async def get(
        self,
        contact_id: str,
        *,
        fields: str | Unset = UNSET,
    ) -> ContactDetails:
        """Get contact details by contact ID.

        GET /contacts/{contactId} (getContactById). Reference: https://apireference.getresponse.com/#operation/getContactById
        """
        return (
            await self.with_raw_response.get(
                contact_id,
                fields=fields,
            )
        ).parsed

    async def list(
        self,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_campaign_id: str | Unset = UNSET,
        query_origin: GetContactListQueryorigin | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_changed_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        sort_changed_on: SortOrderEnum | Unset = UNSET,
        sort_campaign_id: SortOrderEnum | Unset = UNSET,
        additional_flags: str | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[ContactListElement]:
        """Get contact list.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /contacts (getContactList). Reference: https://apireference.getresponse.com/#operation/getContactList
        """
        from ..api.contacts import get_contact_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                queryemail=query_email,
                queryname=query_name,
                querycampaign_id=query_campaign_id,
                queryorigin=query_origin,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                querychanged_onfrom=query_changed_on_from,
                querychanged_onto=query_changed_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                sortchanged_on=sort_changed_on,
                sortcampaign_id=sort_campaign_id,
                additional_flags=additional_flags,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def update(
        self,
        contact_id: str,
        body: UpdateContact | Unset = UNSET,
    ) -> ContactDetails:
        """Update contact details.

        Partial update: only the fields you set are sent and the others keep their values. Not idempotent.
        tags, customFieldValues are replaced as a whole, not merged.

        POST /contacts/{contactId} (updateContact). Reference: https://apireference.getresponse.com/#operation/updateContact
        """
        return (
            await self.with_raw_response.update(
                contact_id,
                body,
            )
        ).parsed

    async def create_batch(
        self,
        body: CreateBatchContactsBody | Unset = UNSET,
    ) -> None:
        """Create multiple contacts at once.

        POST /contacts/batch (createBatchContacts). Reference: https://apireference.getresponse.com/#operation/createBatchContacts
        """
        return (
            await self.with_raw_response.create_batch(
                body,
            )
        ).parsed

    async def get_activities(
        self,
        contact_id: str,
        *,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[ContactActivity]:
        """Get a list of contact activities.

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /contacts/{contactId}/activities (getActivities). Reference: https://apireference.getresponse.com/#operation/getActivities
        """
        from ..api.contacts import get_activities as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                contact_id,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def get_contacts_from_list(
        self,
        campaign_id: str,
        *,
        query_email: str | Unset = UNSET,
        query_name: str | Unset = UNSET,
        query_created_on_from: datetime.date | datetime.datetime | Unset = UNSET,
        query_created_on_to: datetime.date | datetime.datetime | Unset = UNSET,
        sort_email: SortOrderEnum | Unset = UNSET,
        sort_name: SortOrderEnum | Unset = UNSET,
        sort_created_on: SortOrderEnum | Unset = UNSET,
        fields: str | Unset = UNSET,
        per_page: int | Unset = 100,
        page: int | Unset = 1,
    ) -> AsyncPage[ContactListElement]:
        """Get contacts from a single list (campaign in the API).

        Returns a page; iterating it walks this and every later page, fetching them lazily.

        GET /campaigns/{campaignId}/contacts (getContactsFromList). Reference: https://apireference.getresponse.com/#operation/getContactsFromCampaign
        """
        from ..api.contacts import get_contacts_from_list as op

        return await self._paginate(
            lambda page_number: op._get_kwargs(
                campaign_id,
                queryemail=query_email,
                queryname=query_name,
                querycreated_onfrom=query_created_on_from,
                querycreated_onto=query_created_on_to,
                sortemail=sort_email,
                sortname=sort_name,
                sortcreated_on=sort_created_on,
                fields=fields,
                per_page=per_page,
                page=page_number,
            ),
            op._parse_response,
            first_page=page,
        )

    async def upsert_customs(
        self,
        contact_id: str,
        body: UpsertContactCustomFields | Unset = UNSET,
    ) -> builtins.list[ContactCustomField]:
        """Upsert the custom fields of a contact.

        POST /contacts/{contactId}/custom-fields (upsertContactCustoms). Reference: https://apireference.getresponse.com/#operation/upsertContactCustoms
        """
        return (
            await self.with_raw_response.upsert_customs(
                contact_id,
                body,
            )
        ).parsed

    async def upsert_tags(
        self,
        contact_id: str,
        body: UpsertContactTags | Unset = UNSET,
    ) -> builtins.list[UpsertTagsResponse200Item]:
        """Upsert the tags of a contact.

        POST /contacts/{contactId}/tags (upsertTags). Reference: https://apireference.getresponse.com/#operation/upsertTags
        """
        return (
            await self.with_raw_response.upsert_tags(
                contact_id,
                body,
            )
        ).parsed
