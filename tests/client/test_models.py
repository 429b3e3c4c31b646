"""Models are tolerant (unknown values, nulls, other date formats) and lossless (to_dict gives the wire JSON back)."""

from __future__ import annotations

import copy
import datetime
from typing import Any

import pytest

from getresponse_client import UNSET, FieldDecodeError, FieldNotInResponseError, GetResponseError, Unset
from getresponse_client.models.contact_details import ContactDetails
from getresponse_client.models.contact_list_element import ContactListElement
from getresponse_client.models.contact_origin import ContactOrigin
from getresponse_client.models.list_reference import ListReference
from getresponse_client.models.new_contact import NewContact

# Shapes from GetResponse's contacts documentation (note the older date format and the nulls).
CONTACT_DETAILS: dict[str, Any] = {
    "contactId": "V",
    "href": "https://api.getresponse.com/v3/contacts/V",
    "campaign": {"campaignId": "V", "name": "asdbasdfbsdbsd", "href": "https://api.getresponse.com/v3/campaigns/V"},
    "name": "John Smith",
    "email": "jsmith@example.com",
    "note": None,
    "origin": "iphone",
    "dayOfCycle": "175",
    "createdOn": "2014-09-29 12:25:55",
    "changedOn": None,
    "geolocation": {
        "latitude": "54.3608",
        "longitude": "18.6583",
        "countryCode": "PL",
        "city": "Gdansk",
        "postalCode": None,
    },
    "timeZone": "America/St_Johns",
    "ipAddress": "102.170.128.19",
    "scoring": 10,
    "tags": [{"tagId": "Xw"}, {"tagId": "Nn"}],
    "customFieldValues": [
        {"customFieldId": "V", "href": "https://api.getresponse.com/v3/custom-fields/p", "value": ["84"]}
    ],
    "activities": "https://api.getresponse.com/v3/contacts/V/get-activities",
}
LIST_ELEMENT: dict[str, Any] = {
    "contactId": "V",
    "href": "https://api.getresponse.com/v3/contacts/V",
    "name": "John Smith",
    "email": "jsmith@example.com",
    "note": "best contact ever",
    "dayOfCycle": None,
    "origin": "iphone",
    "createdOn": "2014-09-29T12:25:55+0000",
    "changedOn": "2014-10-29T12:25:55+0000",
    "campaign": {"campaignId": "V", "name": "Test campaign", "href": "https://api.getresponse.com/v3/campaigns/V"},
    "timeZone": "America/St_Johns",
    "ipAddress": "127.0.0.1",
    "activities": "https://api.getresponse.com/v3/contacts/V/activities",
    "scoring": 10,
}


def test_documented_contact_parses_with_older_date_format() -> None:
    contact = ContactDetails.from_dict(copy.deepcopy(CONTACT_DETAILS))
    assert contact.created_on == datetime.datetime(2014, 9, 29, 12, 25, 55)
    assert contact.changed_on is None  # a null the spec does not allow reads as None
    assert contact.origin is ContactOrigin.IPHONE
    assert isinstance(contact.campaign, ListReference) and contact.campaign.name == "asdbasdfbsdbsd"
    assert contact.to_dict() == CONTACT_DETAILS


def test_to_dict_gives_back_the_wire_json_after_every_field_was_read() -> None:
    contact = ContactListElement.from_dict(copy.deepcopy(LIST_ELEMENT))
    for name in ContactListElement._wire_names:
        getattr(contact, name)
    assert contact.created_on == datetime.datetime(2014, 9, 29, 12, 25, 55, tzinfo=datetime.UTC)
    assert contact.to_dict() == LIST_ELEMENT  # "+0000" stays "+0000", nulls stay null


def test_unknown_enum_value_and_unknown_fields_are_kept() -> None:
    wire = {**LIST_ELEMENT, "origin": "zapier", "brandNewField": {"x": 1}}
    contact = ContactListElement.from_dict(wire)
    assert contact.origin == "zapier"
    assert isinstance(contact.origin, ContactOrigin)
    assert contact.origin is ContactOrigin("zapier")  # the same unknown value is the same member
    assert contact.additional_properties == {"brandNewField": {"x": 1}}
    assert contact.to_dict() == wire


def test_omitted_optional_fields_read_as_unset() -> None:
    contact = ContactListElement.from_dict({"contactId": "V", "email": "jsmith@example.com"})
    assert contact.name is UNSET
    assert contact.to_dict() == {"contactId": "V", "email": "jsmith@example.com"}


def test_an_omitted_required_field_raises_naming_it_and_the_rest_still_reads() -> None:
    # A partial object (fields=contactId): email is typed str, and no str is made up for it.
    contact = ContactListElement.from_dict({"contactId": "V"})
    with pytest.raises(FieldNotInResponseError, match=r"ContactListElement\.email \(wire name 'email'\) was not in"):
        _ = contact.email
    with pytest.raises(GetResponseError):  # caught by the handler for every error of the client
        _ = contact.email
    assert not hasattr(contact, "email")
    assert contact.contact_id == "V"
    assert contact.to_dict() == {"contactId": "V"}
    contact.email = "jane@example.com"  # set later: then it reads and is written like any field
    assert contact.email == "jane@example.com"
    assert contact.to_dict() == {"contactId": "V", "email": "jane@example.com"}


def test_undecodable_value_raises_on_access_naming_the_field() -> None:
    contact = ContactListElement.from_dict({**LIST_ELEMENT, "createdOn": "last tuesday"})
    assert contact.email == "jsmith@example.com"  # the rest of the model still reads
    with pytest.raises(FieldDecodeError, match=r"ContactListElement\.created_on .*'createdOn'.*last tuesday"):
        _ = contact.created_on
    assert contact.to_dict()["createdOn"] == "last tuesday"


def test_changed_fields_are_encoded_over_the_wire_json() -> None:
    contact = ContactListElement.from_dict(copy.deepcopy(LIST_ELEMENT))
    contact.name = "Jane"
    assert isinstance(contact.campaign, ListReference)
    contact.campaign.name = "Renamed"
    result = contact.to_dict()
    assert result["name"] == "Jane"
    assert result["campaign"] == {**LIST_ELEMENT["campaign"], "name": "Renamed"}
    assert result["createdOn"] == "2014-09-29T12:25:55+0000"


def test_requests_serialise_only_what_the_caller_set() -> None:
    body = NewContact(email="a@example.com", campaign=ListReference(campaign_id="V"))
    assert body.to_dict() == {"email": "a@example.com", "campaign": {"campaignId": "V"}}


def test_parsing_a_non_object_is_a_typed_error() -> None:
    from getresponse_runtime.wire import ResponseShapeError

    with pytest.raises(ResponseShapeError, match="ContactListElement expects a JSON object, got list"):
        ContactListElement.from_dict([])  # type: ignore[arg-type]


def test_models_compare_and_print_by_their_fields() -> None:
    parsed = ListReference.from_dict({"campaignId": "V"})
    assert parsed == ListReference(campaign_id="V")
    assert "campaign_id='V'" in repr(parsed)


def test_a_field_that_failed_to_decode_can_be_set_and_is_sent_as_set() -> None:
    contact = ContactListElement.from_dict({**LIST_ELEMENT, "createdOn": "last tuesday"})
    contact.created_on = None  # type: ignore[assignment]
    assert contact.to_dict()["createdOn"] is None


def test_counts_and_booleans_sent_as_text_read_typed_and_write_back_as_sent() -> None:
    # Some endpoints send integers and booleans as text ("12", "true"); the fields keep their Python type.
    from getresponse_client.models import CallbackActions, MessageStatisticsListElement

    statistics = MessageStatisticsListElement.from_dict({"sent": "12", "goals": 0})
    assert (statistics.sent, statistics.goals) == (12, 0)
    assert statistics.to_dict() == {"sent": "12", "goals": 0}
    actions = CallbackActions.from_dict({"open": "true", "click": "false"})
    assert (actions.open_, actions.click) == (True, False)
    assert actions.to_dict() == {"open": "true", "click": "false"}


def test_text_that_is_no_count_or_boolean_raises_on_access() -> None:
    from getresponse_client.models import CallbackActions, MessageStatisticsListElement

    with pytest.raises(FieldDecodeError, match=r"MessageStatisticsListElement\.sent .*'12\.5'"):
        _ = MessageStatisticsListElement.from_dict({"sent": "12.5"}).sent
    with pytest.raises(FieldDecodeError, match=r"CallbackActions\.open_ .*'yes'"):
        _ = CallbackActions.from_dict({"open": "yes"}).open_


def test_a_model_reads_and_writes_the_json_object_it_was_given() -> None:
    wire = copy.deepcopy(LIST_ELEMENT)
    contact = ContactListElement.from_dict(wire)
    contact.name = "Jane"
    contact.created_on = datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    contact.note = UNSET  # UNSET: the field is left out
    assert contact.campaign is contact.campaign  # a nested model is decoded once and kept
    assert isinstance(contact.campaign, ListReference)
    contact.campaign.name = "Renamed"
    assert wire["name"] == "Jane" and "note" not in wire
    assert wire["createdOn"] == "2020-01-02T03:04:05+00:00"
    assert wire["campaign"]["name"] == "Renamed"
    result = contact.to_dict()
    assert result == wire
    result["campaign"]["name"] = "changed in the copy"  # to_dict() shares nothing with the model
    assert contact.campaign.name == "Renamed"


def test_models_copy_and_pickle_with_their_json() -> None:
    import pickle

    parsed = ContactListElement.from_dict(copy.deepcopy(LIST_ELEMENT))
    built = NewContact(email="a@example.com", campaign=ListReference(campaign_id="V"))
    for model in (parsed, built):
        for twin in (copy.deepcopy(model), pickle.loads(pickle.dumps(model))):
            assert twin == model
            assert twin.to_dict() == model.to_dict()
    twin = copy.deepcopy(parsed)
    twin.name = "Other"
    assert parsed.name == "John Smith"


def test_a_shallow_copy_is_a_model_of_its_own() -> None:
    parsed = ContactListElement.from_dict(copy.deepcopy(LIST_ELEMENT))
    twin = copy.copy(parsed)
    twin.name = "Other"
    assert (parsed.name, twin.name) == ("John Smith", "Other")


def test_setting_a_field_decoded_through_a_union_writes_its_json() -> None:
    from getresponse_client.models import AbtestsSubjectDetails

    wire: dict[str, Any] = {"createdOn": "2020-01-01T00:00:00+0000"}
    details = AbtestsSubjectDetails.from_dict(wire)
    assert details.created_on == datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    assert details.to_dict() == {"createdOn": "2020-01-01T00:00:00+0000"}  # read, not changed: as it came
    details.created_on = datetime.datetime(2021, 2, 3, tzinfo=datetime.UTC)
    assert wire == {"createdOn": "2021-02-03T00:00:00+00:00"}
    del details.created_on  # as setting UNSET: left out
    assert wire == {}
    assert details.to_dict() == {} and isinstance(getattr(details, "created_on"), Unset)  # noqa: B009


def test_threads_reading_a_nested_model_first_get_the_same_one() -> None:
    import threading

    contacts = [ContactListElement.from_dict(copy.deepcopy(LIST_ELEMENT)) for _ in range(2000)]
    seen: list[list[Any]] = [[], []]
    start = threading.Barrier(2)

    def read(into: list[Any]) -> None:
        start.wait()
        into.extend((contact.campaign, contact.additional_properties) for contact in contacts)

    threads = [threading.Thread(target=read, args=(into,)) for into in seen]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(a[0] is b[0] and a[1] is b[1] for a, b in zip(*seen, strict=True))
    assert all(contact.campaign is pair[0] for contact, pair in zip(contacts, seen[0], strict=True))
