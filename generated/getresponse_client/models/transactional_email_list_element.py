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
    from ..models.from_field_reference import FromFieldReference
    from ..models.transactional_email_list_element_recipients import TransactionalEmailListElementRecipients
    from ..models.transactional_email_tag import TransactionalEmailTag


@_attrs_define
class TransactionalEmailListElement(WireModel):
    """
    Attributes:
        transactional_email_id (str):  Example: tRe4i.
        from_field (FromFieldReference):
        recipients (TransactionalEmailListElementRecipients):
        subject (str):  Example: Order Confirmation - Example Shop.
        tag (TransactionalEmailTag | Unset):
        href (str | Unset): Direct hyperlink to a resource Example: https://api3.getresponse360.com/v3/transactional-
            emails/tRe4i.
    """

    transactional_email_id: str
    from_field: FromFieldReference
    recipients: TransactionalEmailListElementRecipients
    subject: str
    tag: TransactionalEmailTag | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_from_field(json_value_: Any) -> FromFieldReference:
    from_field = FromFieldReference.from_dict(json_value_)

    return from_field


def _decode_recipients(json_value_: Any) -> TransactionalEmailListElementRecipients:
    recipients = TransactionalEmailListElementRecipients.from_dict(json_value_)

    return recipients


def _decode_tag(json_value_: Any) -> TransactionalEmailTag | Unset:
    _tag = json_value_
    tag: TransactionalEmailTag | Unset
    if isinstance(_tag, Unset):
        tag = UNSET
    else:
        tag = TransactionalEmailTag.from_dict(_tag)

    return tag


def _from_dict(cls: type[TransactionalEmailListElement], src_dict: Mapping[str, Any]) -> TransactionalEmailListElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("transactionalEmailId", UNSET)
    if value is UNSET:
        not_in_response(self, "transactional_email_id")
    else:
        self.transactional_email_id = value
    value = get("fromField", UNSET)
    if value is UNSET:
        not_in_response(self, "from_field")
    elif type(value) is dict:
        self.from_field = FromFieldReference.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("recipients", UNSET)
    if value is UNSET:
        not_in_response(self, "recipients")
    elif type(value) is dict:
        self.recipients = TransactionalEmailListElementRecipients.from_dict(value)
    elif absent(value):
        self.recipients = value
    else:
        try:
            self.recipients = _decode_recipients(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "recipients", value, error)
    value = get("subject", UNSET)
    if value is UNSET:
        not_in_response(self, "subject")
    else:
        self.subject = value
    value = get("tag", UNSET)
    if type(value) is dict:
        self.tag = TransactionalEmailTag.from_dict(value)
    elif absent(value):
        self.tag = value
    else:
        try:
            self.tag = _decode_tag(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "tag", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElement._wire_fields}


setattr(
    TransactionalEmailListElement, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailListElement._wire_names = {
    "transactional_email_id": "transactionalEmailId",
    "from_field": "fromField",
    "recipients": "recipients",
    "subject": "subject",
    "tag": "tag",
    "href": "href",
}
TransactionalEmailListElement._wire_fields = frozenset(TransactionalEmailListElement._wire_names.values())
TransactionalEmailListElement._decoders = {
    "transactional_email_id": None,
    "from_field": _decode_from_field,
    "recipients": _decode_recipients,
    "subject": None,
    "tag": _decode_tag,
    "href": None,
}
TransactionalEmailListElement._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.transactional_email_list_element_recipients import TransactionalEmailListElementRecipients  # noqa: E402
from ..models.transactional_email_tag import TransactionalEmailTag  # noqa: E402
