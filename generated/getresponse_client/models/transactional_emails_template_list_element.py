from __future__ import annotations

import datetime
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
    not_in_response,
    parse_datetime,
)

from ..models.transactional_emails_template_list_element_editor import TransactionalEmailsTemplateListElementEditor
from ..types import UNSET, Unset


@_attrs_define
class TransactionalEmailsTemplateListElement(WireModel):
    """
    Attributes:
        template_id (str): Transactional email template ID Example: p.
        href (str | Unset): Direct hyperlink to a resource Example: https://api3.getresponse360.com/v3/transactional-
            emails/templates/tRe4i.
        subject (str | Unset): The template subject Example: Order Confirmation Template.
        created_on (datetime.datetime | Unset): The creation date
        updated_on (datetime.datetime | Unset): The date of the last template update
        editor (TransactionalEmailsTemplateListElementEditor | Unset): The editor the template was made with.
    """

    template_id: str
    href: str | Unset = UNSET
    subject: str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    editor: TransactionalEmailsTemplateListElementEditor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_created_on(json_value_: Any) -> datetime.datetime | Unset:
    _created_on = json_value_
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | Unset:
    _updated_on = json_value_
    updated_on: datetime.datetime | Unset
    if isinstance(_updated_on, Unset):
        updated_on = UNSET
    else:
        updated_on = datetime.datetime.fromisoformat(_updated_on)

    return updated_on


def _decode_editor(json_value_: Any) -> TransactionalEmailsTemplateListElementEditor | Unset:
    _editor = json_value_
    editor: TransactionalEmailsTemplateListElementEditor | Unset
    if isinstance(_editor, Unset):
        editor = UNSET
    else:
        editor = TransactionalEmailsTemplateListElementEditor(_editor)

    return editor


def _from_dict(
    cls: type[TransactionalEmailsTemplateListElement], src_dict: Mapping[str, Any]
) -> TransactionalEmailsTemplateListElement:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("templateId", UNSET)
    if value is UNSET:
        not_in_response(self, "template_id")
    else:
        self.template_id = value
    self.href = get("href", UNSET)
    self.subject = get("subject", UNSET)
    value = get("createdOn", UNSET)
    if type(value) is str:
        try:
            self.created_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    elif absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if type(value) is str:
        try:
            self.updated_on = parse_datetime(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    elif absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    value = get("editor", UNSET)
    if type(value) is str:
        try:
            self.editor = _members_editor[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.editor = TransactionalEmailsTemplateListElementEditor(value)
    elif absent(value):
        self.editor = value
    else:
        try:
            self.editor = _decode_editor(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "editor", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailsTemplateListElement._wire_fields}


setattr(
    TransactionalEmailsTemplateListElement, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailsTemplateListElement._wire_names = {
    "template_id": "templateId",
    "href": "href",
    "subject": "subject",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "editor": "editor",
}
TransactionalEmailsTemplateListElement._wire_fields = frozenset(
    TransactionalEmailsTemplateListElement._wire_names.values()
)
TransactionalEmailsTemplateListElement._decoders = {
    "template_id": None,
    "href": None,
    "subject": None,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "editor": _decode_editor,
}
TransactionalEmailsTemplateListElement._extra_decoder = _decode_additional_properties
_members_editor = enum_members(TransactionalEmailsTemplateListElementEditor)
