from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import DECODE_ERRORS, WireModel, absent, check_mapping, defer_decode_error

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_attachment import TransactionalEmailAttachment
    from ..models.transactional_email_content_content import TransactionalEmailContentContent


T = TypeVar("T", bound="TransactionalEmailContent")


@_attrs_define
class TransactionalEmailContent(WireModel):
    """
    Attributes:
        content (TransactionalEmailContentContent): The message content.
        subject (str | Unset):  Example: Order Confirmation - Example Shop.
        attachments (list[TransactionalEmailAttachment] | Unset):
    """

    content: TransactionalEmailContentContent
    subject: str | Unset = UNSET
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        content = self.content.to_dict()

        subject = self.subject

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_content(json_value_: Any) -> TransactionalEmailContentContent:
    content = TransactionalEmailContentContent.from_dict(json_value_)

    return content


def _encode_content(self: TransactionalEmailContent) -> Any:
    content = self.content.to_dict()
    return content


def _encode_subject(self: TransactionalEmailContent) -> Any:
    subject = self.subject
    return subject


def _decode_attachments(json_value_: Any) -> list[TransactionalEmailAttachment] | Unset:
    _attachments = json_value_
    attachments: list[TransactionalEmailAttachment] | Unset = UNSET
    if _attachments is not UNSET:
        attachments = []
        for attachments_item_data in _attachments:
            attachments_item = TransactionalEmailAttachment.from_dict(attachments_item_data)

            attachments.append(attachments_item)

    return attachments


def _encode_attachments(self: TransactionalEmailContent) -> Any:
    attachments: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.attachments, Unset):
        attachments = []
        for attachments_item_data in self.attachments:
            attachments_item = attachments_item_data.to_dict()
            attachments.append(attachments_item)

    return attachments


def _from_dict(cls: type[TransactionalEmailContent], src_dict: Mapping[str, Any]) -> TransactionalEmailContent:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("content", UNSET)
    if absent(value):
        self.content = value
    else:
        try:
            self.content = _decode_content(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "content", value, error)
    self.subject = get("subject", UNSET)
    value = get("attachments", UNSET)
    if absent(value):
        self.attachments = value
    else:
        try:
            self.attachments = _decode_attachments(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "attachments", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailContent._wire_fields}


setattr(TransactionalEmailContent, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
TransactionalEmailContent._wire_names = {
    "content": "content",
    "subject": "subject",
    "attachments": "attachments",
}
TransactionalEmailContent._wire_fields = frozenset(TransactionalEmailContent._wire_names.values())
TransactionalEmailContent._decoders = {
    "content": _decode_content,
    "subject": None,
    "attachments": _decode_attachments,
}
TransactionalEmailContent._encoders = {
    "content": _encode_content,
    "subject": _encode_subject,
    "attachments": _encode_attachments,
}
TransactionalEmailContent._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_attachment import TransactionalEmailAttachment  # noqa: E402
from ..models.transactional_email_content_content import TransactionalEmailContentContent  # noqa: E402
