from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_from_field import AbtestsSubjectFromField
    from ..models.abtests_subject_list import AbtestsSubjectList
    from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo


@_attrs_define
class AbtestsSubject(WireModel):
    """
    Attributes:
        ab_test_id (str): A/B test ID Example: A3r.
        name (str | Unset): A/B test name Example: A/B test.
        campaign (AbtestsSubjectList | Unset): List linked to A/B test
        from_field (AbtestsSubjectFromField | Unset): Newsletter's From" address"
        reply_to (AbtestsSubjectReplyTo | Unset): Newsletter's reply-to address
    """

    ab_test_id: str
    name: str | Unset = UNSET
    campaign: AbtestsSubjectList | Unset = UNSET
    from_field: AbtestsSubjectFromField | Unset = UNSET
    reply_to: AbtestsSubjectReplyTo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> AbtestsSubjectList | Unset:
    _campaign = json_value_
    campaign: AbtestsSubjectList | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = AbtestsSubjectList.from_dict(_campaign)

    return campaign


def _decode_from_field(json_value_: Any) -> AbtestsSubjectFromField | Unset:
    _from_field = json_value_
    from_field: AbtestsSubjectFromField | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = AbtestsSubjectFromField.from_dict(_from_field)

    return from_field


def _decode_reply_to(json_value_: Any) -> AbtestsSubjectReplyTo | Unset:
    _reply_to = json_value_
    reply_to: AbtestsSubjectReplyTo | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = AbtestsSubjectReplyTo.from_dict(_reply_to)

    return reply_to


def _from_dict(cls: type[AbtestsSubject], src_dict: Mapping[str, Any]) -> AbtestsSubject:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("abTestId", UNSET)
    if value is UNSET:
        not_in_response(self, "ab_test_id")
    else:
        self.ab_test_id = value
    self.name = get("name", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = AbtestsSubjectList.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("fromField", UNSET)
    if type(value) is dict:
        self.from_field = AbtestsSubjectFromField.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("replyTo", UNSET)
    if type(value) is dict:
        self.reply_to = AbtestsSubjectReplyTo.from_dict(value)
    elif absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubject._wire_fields}


setattr(AbtestsSubject, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AbtestsSubject._wire_names = {
    "ab_test_id": "abTestId",
    "name": "name",
    "campaign": "campaign",
    "from_field": "fromField",
    "reply_to": "replyTo",
}
AbtestsSubject._wire_fields = frozenset(AbtestsSubject._wire_names.values())
AbtestsSubject._decoders = {
    "ab_test_id": None,
    "name": None,
    "campaign": _decode_campaign,
    "from_field": _decode_from_field,
    "reply_to": _decode_reply_to,
}
AbtestsSubject._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_from_field import AbtestsSubjectFromField  # noqa: E402
from ..models.abtests_subject_list import AbtestsSubjectList  # noqa: E402
from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo  # noqa: E402
