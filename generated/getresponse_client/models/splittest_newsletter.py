from __future__ import annotations

import datetime
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
    enum_members,
    parse_datetime,
)

from ..models.splittest_newsletter_status import SplittestNewsletterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference


@_attrs_define
class SplittestNewsletter(WireModel):
    """
    Attributes:
        newsletter_id (str | Unset): The newsletter ID Example: Z6e.
        href (str | Unset): The direct newsletter URL Example: https://api.getresponse.com/v3/newsletters/B2fvv.
        name (str | Unset): The newsletter name Example: Newsletter name.
        subject (str | Unset): The newsletter subject Example: Example subject.
        from_field (FromFieldReference | Unset):
        status (SplittestNewsletterStatus | Unset): The status of the newsletter
        send_on (datetime.datetime | Unset): The date when the newsletter was sent Example: 2015-06-25T20:05:10+0000.
        sampling_targets (str | Unset): The newsletter sample targets Example: 2.
        sampling_delivered (str | Unset): The newsletter sample delivery Example: 2.
        score_opens (str | Unset): The newsletter open rate Example: 2.
        score_clicks (str | Unset): The newsletter click rate Example: 2.
    """

    newsletter_id: str | Unset = UNSET
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_field: FromFieldReference | Unset = UNSET
    status: SplittestNewsletterStatus | Unset = UNSET
    send_on: datetime.datetime | Unset = UNSET
    sampling_targets: str | Unset = UNSET
    sampling_delivered: str | Unset = UNSET
    score_opens: str | Unset = UNSET
    score_clicks: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_from_field(json_value_: Any) -> FromFieldReference | Unset:
    _from_field = json_value_
    from_field: FromFieldReference | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = FromFieldReference.from_dict(_from_field)

    return from_field


def _decode_status(json_value_: Any) -> SplittestNewsletterStatus | Unset:
    _status = json_value_
    status: SplittestNewsletterStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SplittestNewsletterStatus(_status)

    return status


def _decode_send_on(json_value_: Any) -> datetime.datetime | Unset:
    _send_on = json_value_
    send_on: datetime.datetime | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = datetime.datetime.fromisoformat(_send_on)

    return send_on


def _from_dict(cls: type[SplittestNewsletter], src_dict: Mapping[str, Any]) -> SplittestNewsletter:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.newsletter_id = get("newsletterId", UNSET)
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    self.subject = get("subject", UNSET)
    value = get("fromField", UNSET)
    if type(value) is dict:
        self.from_field = FromFieldReference.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = SplittestNewsletterStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("sendOn", UNSET)
    if type(value) is str:
        try:
            self.send_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    elif absent(value):
        self.send_on = value
    else:
        try:
            self.send_on = _decode_send_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_on", value, error)
    self.sampling_targets = get("samplingTargets", UNSET)
    self.sampling_delivered = get("samplingDelivered", UNSET)
    self.score_opens = get("scoreOpens", UNSET)
    self.score_clicks = get("scoreClicks", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SplittestNewsletter._wire_fields}


setattr(SplittestNewsletter, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SplittestNewsletter._wire_names = {
    "newsletter_id": "newsletterId",
    "href": "href",
    "name": "name",
    "subject": "subject",
    "from_field": "fromField",
    "status": "status",
    "send_on": "sendOn",
    "sampling_targets": "samplingTargets",
    "sampling_delivered": "samplingDelivered",
    "score_opens": "scoreOpens",
    "score_clicks": "scoreClicks",
}
SplittestNewsletter._wire_fields = frozenset(SplittestNewsletter._wire_names.values())
SplittestNewsletter._decoders = {
    "newsletter_id": None,
    "href": None,
    "name": None,
    "subject": None,
    "from_field": _decode_from_field,
    "status": _decode_status,
    "send_on": _decode_send_on,
    "sampling_targets": None,
    "sampling_delivered": None,
    "score_opens": None,
    "score_clicks": None,
}
SplittestNewsletter._extra_decoder = _decode_additional_properties
_members_status = enum_members(SplittestNewsletterStatus)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
