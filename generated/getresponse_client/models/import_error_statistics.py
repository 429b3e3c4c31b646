from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ImportErrorStatistics(WireModel):
    """
    Attributes:
        syntax_errors (int | Unset): The number of contacts with a syntax error Example: 2.
        already_in_queue (int | Unset): The number of contacts already in queue Example: 1.
        invalid_domains (int | Unset): The number of contacts with invalid domains Example: 1.
        blacklist (int | Unset): The number of blocked contacts Example: 1.
        policy_failures (int | Unset): The number of contacts rejected for policy reasons Example: 1.
        mismatched_criteria (int | Unset): The number of contacts rejected because of mismatched criteria, learn more
            Example: 1.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    syntax_errors: int | Unset = UNSET
    already_in_queue: int | Unset = UNSET
    invalid_domains: int | Unset = UNSET
    blacklist: int | Unset = UNSET
    policy_failures: int | Unset = UNSET
    mismatched_criteria: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    ImportErrorStatistics,
    {
        "syntax_errors": WireField("syntaxErrors", decode=wire_int),
        "already_in_queue": WireField("alreadyInQueue", decode=wire_int),
        "invalid_domains": WireField("invalidDomains", decode=wire_int),
        "blacklist": WireField("blacklist", decode=wire_int),
        "policy_failures": WireField("policyFailures", decode=wire_int),
        "mismatched_criteria": WireField("mismatchedCriteria", decode=wire_int),
    },
    additional_properties=True,
)
