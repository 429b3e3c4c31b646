from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

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

from ..models.list_confirmation_mime_type import ListConfirmationMimeType
from ..models.list_confirmation_redirect_type import ListConfirmationRedirectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from .from_field_reference import FromFieldReferenceDict


@_attrs_define
class ListConfirmation(WireModel):
    """
    Attributes:
        from_field (FromFieldReference | Unset):
        redirect_type (ListConfirmationRedirectType | Unset): What will happen after email confirmation. Example:
            hosted.
        mime_type (ListConfirmationMimeType | Unset): The MIME type for the confirmation message Example: text/plain.
        redirect_url (str | Unset): Required if the redirectType is customUrl. Example: http://example.com.
        reply_to (FromFieldReference | Unset):
        subscription_confirmation_body_id (str | Unset): The subscription confirmation body ID Example: asS1.
        subscription_confirmation_subject_id (str | Unset): Subscription confirmation subject ID Example: TEww.
    """

    from_field: FromFieldReference | Unset = UNSET
    redirect_type: ListConfirmationRedirectType | Unset = UNSET
    mime_type: ListConfirmationMimeType | Unset = UNSET
    redirect_url: str | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    subscription_confirmation_body_id: str | Unset = UNSET
    subscription_confirmation_subject_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_from_field(json_value_: Any) -> FromFieldReference | Unset:
    _from_field = json_value_
    from_field: FromFieldReference | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = FromFieldReference.from_dict(_from_field)

    return from_field


def _decode_redirect_type(json_value_: Any) -> ListConfirmationRedirectType | Unset:
    _redirect_type = json_value_
    redirect_type: ListConfirmationRedirectType | Unset
    if isinstance(_redirect_type, Unset):
        redirect_type = UNSET
    else:
        redirect_type = ListConfirmationRedirectType(_redirect_type)

    return redirect_type


def _decode_mime_type(json_value_: Any) -> ListConfirmationMimeType | Unset:
    _mime_type = json_value_
    mime_type: ListConfirmationMimeType | Unset
    if isinstance(_mime_type, Unset):
        mime_type = UNSET
    else:
        mime_type = ListConfirmationMimeType(_mime_type)

    return mime_type


def _decode_reply_to(json_value_: Any) -> FromFieldReference | Unset:
    _reply_to = json_value_
    reply_to: FromFieldReference | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = FromFieldReference.from_dict(_reply_to)

    return reply_to


def _from_dict(cls: type[ListConfirmation], src_dict: Mapping[str, Any]) -> ListConfirmation:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
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
    value = get("redirectType", UNSET)
    if type(value) is str:
        try:
            self.redirect_type = _members_redirect_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.redirect_type = ListConfirmationRedirectType(value)
    elif absent(value):
        self.redirect_type = value
    else:
        try:
            self.redirect_type = _decode_redirect_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "redirect_type", value, error)
    value = get("mimeType", UNSET)
    if type(value) is str:
        try:
            self.mime_type = _members_mime_type[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.mime_type = ListConfirmationMimeType(value)
    elif absent(value):
        self.mime_type = value
    else:
        try:
            self.mime_type = _decode_mime_type(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "mime_type", value, error)
    self.redirect_url = get("redirectUrl", UNSET)
    value = get("replyTo", UNSET)
    if type(value) is dict:
        self.reply_to = FromFieldReference.from_dict(value)
    elif absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    self.subscription_confirmation_body_id = get("subscriptionConfirmationBodyId", UNSET)
    self.subscription_confirmation_subject_id = get("subscriptionConfirmationSubjectId", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListConfirmation._wire_fields}


class ListConfirmationDict(TypedDict, total=False):
    """ListConfirmation as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fromField: FromFieldReference | FromFieldReferenceDict
    redirectType: ListConfirmationRedirectType | str
    mimeType: ListConfirmationMimeType | str
    redirectUrl: str
    replyTo: FromFieldReference | FromFieldReferenceDict
    subscriptionConfirmationBodyId: str
    subscriptionConfirmationSubjectId: str


setattr(ListConfirmation, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
ListConfirmation._wire_names = {
    "from_field": "fromField",
    "redirect_type": "redirectType",
    "mime_type": "mimeType",
    "redirect_url": "redirectUrl",
    "reply_to": "replyTo",
    "subscription_confirmation_body_id": "subscriptionConfirmationBodyId",
    "subscription_confirmation_subject_id": "subscriptionConfirmationSubjectId",
}
ListConfirmation._wire_fields = frozenset(ListConfirmation._wire_names.values())
ListConfirmation._decoders = {
    "from_field": _decode_from_field,
    "redirect_type": _decode_redirect_type,
    "mime_type": _decode_mime_type,
    "redirect_url": None,
    "reply_to": _decode_reply_to,
    "subscription_confirmation_body_id": None,
    "subscription_confirmation_subject_id": None,
}
ListConfirmation._extra_decoder = _decode_additional_properties
_members_redirect_type = enum_members(ListConfirmationRedirectType)
_members_mime_type = enum_members(ListConfirmationMimeType)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
