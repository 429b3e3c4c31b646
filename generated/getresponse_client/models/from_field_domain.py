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
    enum_members,
)

from ..models.from_field_domain_dkim_warning import FromFieldDomainDKIMWarning
from ..models.from_field_domain_status import FromFieldDomainStatus
from ..types import UNSET, Unset


@_attrs_define
class FromFieldDomain(WireModel):
    """
    Attributes:
        status (FromFieldDomainStatus | Unset): Status of domain
        dkim_warning (FromFieldDomainDKIMWarning | Unset): DKIM warning status
    """

    status: FromFieldDomainStatus | Unset = UNSET
    dkim_warning: FromFieldDomainDKIMWarning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_status(json_value_: Any) -> FromFieldDomainStatus | Unset:
    _status = json_value_
    status: FromFieldDomainStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = FromFieldDomainStatus(_status)

    return status


def _decode_dkim_warning(json_value_: Any) -> FromFieldDomainDKIMWarning | Unset:
    _dkim_warning = json_value_
    dkim_warning: FromFieldDomainDKIMWarning | Unset
    if isinstance(_dkim_warning, Unset):
        dkim_warning = UNSET
    else:
        dkim_warning = FromFieldDomainDKIMWarning(_dkim_warning)

    return dkim_warning


def _from_dict(cls: type[FromFieldDomain], src_dict: Mapping[str, Any]) -> FromFieldDomain:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = FromFieldDomainStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("DKIMWarning", UNSET)
    if type(value) is str:
        try:
            self.dkim_warning = _members_dkim_warning[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.dkim_warning = FromFieldDomainDKIMWarning(value)
    elif absent(value):
        self.dkim_warning = value
    else:
        try:
            self.dkim_warning = _decode_dkim_warning(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "dkim_warning", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FromFieldDomain._wire_fields}


setattr(FromFieldDomain, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
FromFieldDomain._wire_names = {
    "status": "status",
    "dkim_warning": "DKIMWarning",
}
FromFieldDomain._wire_fields = frozenset(FromFieldDomain._wire_names.values())
FromFieldDomain._decoders = {
    "status": _decode_status,
    "dkim_warning": _decode_dkim_warning,
}
FromFieldDomain._extra_decoder = _decode_additional_properties
_members_status = enum_members(FromFieldDomainStatus)
_members_dkim_warning = enum_members(FromFieldDomainDKIMWarning)
