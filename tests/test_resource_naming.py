"""pipeline/resources.py: the names the resource layer gives groups, methods and keywords."""

from __future__ import annotations

import pytest

from pipeline.resources import descriptive_name, name_methods, primary_collection, public_parameter_name
from pipeline.spec_model import Operation


def op(method: str, path: str, operation_id: str, update: bool = False) -> Operation:
    raw = {"operationId": operation_id, **({"x-getresponse-update": {"partial": True}} if update else {})}
    return Operation(method, path, operation_id, "T", "", raw)


@pytest.mark.parametrize(
    ("wire", "python"),
    [
        ("query[createdOn][from]", "query_created_on_from"),
        ("sort[createdOn]", "sort_created_on"),
        ("perPage", "per_page"),
        ("additionalFlags", "additional_flags"),
        ("query[campaignId]", "query_campaign_id"),
        ("fields", "fields"),
    ],
)
def test_keywords_read_like_python(wire: str, python: str) -> None:
    assert public_parameter_name(wire) == python


def test_primary_collection_is_the_path_most_operations_hang_off() -> None:
    paths = ["/contacts", "/contacts/{contactId}", "/contacts/{contactId}/tags", "/campaigns/{campaignId}/contacts"]
    assert primary_collection(paths) == "/contacts"
    assert primary_collection(["/tracking", "/tracking/facebook-pixels"]) == "/tracking"
    assert primary_collection(["/accounts/billing"]) is None


def test_crud_names_for_the_main_collection_and_descriptive_names_elsewhere() -> None:
    ops = [
        (op("GET", "/contacts", "getContactList"), True),
        (op("POST", "/contacts", "createContact"), False),
        (op("GET", "/contacts/{contactId}", "getContactById"), False),
        (op("POST", "/contacts/{contactId}", "updateContact", update=True), False),
        (op("DELETE", "/contacts/{contactId}", "deleteContact"), False),
        (op("POST", "/contacts/batch", "createBatchContacts"), False),
        (op("GET", "/campaigns/{campaignId}/contacts", "getContactsFromCampaign"), True),
    ]
    assert name_methods("contacts", ops) == {
        "getContactList": "list",
        "createContact": "create",
        "getContactById": "get",
        "updateContact": "update",
        "deleteContact": "delete",
        "createBatchContacts": "create_batch",
        "getContactsFromCampaign": "get_contacts_from_campaign",
    }


def test_a_name_two_operations_want_falls_back_to_their_operation_ids() -> None:
    ops = [(op("GET", "/a/stats", "getThingStats"), False), (op("GET", "/b/stats", "getStats"), False)]
    assert descriptive_name("getThingStats", "things") == descriptive_name("getStats", "things") == "get_stats"
    assert name_methods("things", ops) == {"getThingStats": "get_thing_stats", "getStats": "get_stats"}


def test_descriptive_names_drop_the_group_noun_after_the_verb() -> None:
    assert descriptive_name("getListStatisticsOrigins", "lists") == "get_statistics_origins"
    assert descriptive_name("getContactsFromList", "contacts") == "get_contacts_from_list"


def test_the_overlay_names_a_method_before_any_rule() -> None:
    winner = op("POST", "/ab-tests/subject/{abTestId}/winner", "postAbtestsSubjectByIdWinner")
    winner.raw["x-getresponse-python-method"] = "choose_winner"
    account = op("GET", "/accounts", "getAccount")
    account.raw["x-getresponse-python-method"] = "get"
    names = name_methods("ab_tests_subject", [(winner, False), (account, False)])
    assert names == {"postAbtestsSubjectByIdWinner": "choose_winner", "getAccount": "get"}
