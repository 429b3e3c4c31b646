from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    wire_int,
)

from ..types import UNSET, Unset


@_attrs_define
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

    syntax_errors: int | Unset = UNSET
    already_in_queue: int | Unset = UNSET
    invalid_domains: int | Unset = UNSET
    blacklist: int | Unset = UNSET
    policy_failures: int | Unset = UNSET
    mismatched_criteria: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[ImportErrorStatistics], src_dict: Mapping[str, Any]) -> ImportErrorStatistics:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("syntaxErrors", UNSET)
    if type(value) is int or absent(value):
        self.syntax_errors = value
    else:
        try:
            self.syntax_errors = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "syntax_errors", value, error)
    value = get("alreadyInQueue", UNSET)
    if type(value) is int or absent(value):
        self.already_in_queue = value
    else:
        try:
            self.already_in_queue = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "already_in_queue", value, error)
    value = get("invalidDomains", UNSET)
    if type(value) is int or absent(value):
        self.invalid_domains = value
    else:
        try:
            self.invalid_domains = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "invalid_domains", value, error)
    value = get("blacklist", UNSET)
    if type(value) is int or absent(value):
        self.blacklist = value
    else:
        try:
            self.blacklist = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "blacklist", value, error)
    value = get("policyFailures", UNSET)
    if type(value) is int or absent(value):
        self.policy_failures = value
    else:
        try:
            self.policy_failures = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "policy_failures", value, error)
    value = get("mismatchedCriteria", UNSET)
    if type(value) is int or absent(value):
        self.mismatched_criteria = value
    else:
        try:
            self.mismatched_criteria = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "mismatched_criteria", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ImportErrorStatistics._wire_fields}


setattr(ImportErrorStatistics, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ImportErrorStatistics._wire_names = {
    "syntax_errors": "syntaxErrors",
    "already_in_queue": "alreadyInQueue",
    "invalid_domains": "invalidDomains",
    "blacklist": "blacklist",
    "policy_failures": "policyFailures",
    "mismatched_criteria": "mismatchedCriteria",
}
ImportErrorStatistics._wire_fields = frozenset(ImportErrorStatistics._wire_names.values())
ImportErrorStatistics._decoders = {
    "syntax_errors": wire_int,
    "already_in_queue": wire_int,
    "invalid_domains": wire_int,
    "blacklist": wire_int,
    "policy_failures": wire_int,
    "mismatched_criteria": wire_int,
}
ImportErrorStatistics._extra_decoder = _decode_additional_properties
