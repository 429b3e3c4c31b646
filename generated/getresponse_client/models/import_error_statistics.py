from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

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
    self.syntax_errors = get("syntaxErrors", UNSET)
    self.already_in_queue = get("alreadyInQueue", UNSET)
    self.invalid_domains = get("invalidDomains", UNSET)
    self.blacklist = get("blacklist", UNSET)
    self.policy_failures = get("policyFailures", UNSET)
    self.mismatched_criteria = get("mismatchedCriteria", UNSET)
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
    "syntax_errors": None,
    "already_in_queue": None,
    "invalid_domains": None,
    "blacklist": None,
    "policy_failures": None,
    "mismatched_criteria": None,
}
ImportErrorStatistics._extra_decoder = _decode_additional_properties
