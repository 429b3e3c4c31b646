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
class ListSubscriptionStatisticsItem(WireModel):
    """
    Attributes:
        import_ (int | Unset):  Example: 0.
        email (int | Unset):  Example: 0.
        www (int | Unset):  Example: 0.
        panel (int | Unset):  Example: 0.
        leads (int | Unset):  Example: 0.
        sale (int | Unset):  Example: 0.
        api (int | Unset):  Example: 0.
        forward (int | Unset):  Example: 0.
        survey (int | Unset):  Example: 0.
        mobile (int | Unset):  Example: 0.
        copy (int | Unset):  Example: 0.
        landing_page (int | Unset):  Example: 0.
        webinar (int | Unset):  Example: 0.
        premium_newsletter (int | Unset):  Example: 0.
        course (int | Unset):  Example: 0.
        website_buider_elegant (int | Unset):  Example: 0.
        chat (int | Unset):  Example: 0.
        summary (int | Unset):  Example: 0.
    """

    import_: int | Unset = UNSET
    email: int | Unset = UNSET
    www: int | Unset = UNSET
    panel: int | Unset = UNSET
    leads: int | Unset = UNSET
    sale: int | Unset = UNSET
    api: int | Unset = UNSET
    forward: int | Unset = UNSET
    survey: int | Unset = UNSET
    mobile: int | Unset = UNSET
    copy: int | Unset = UNSET
    landing_page: int | Unset = UNSET
    webinar: int | Unset = UNSET
    premium_newsletter: int | Unset = UNSET
    course: int | Unset = UNSET
    website_buider_elegant: int | Unset = UNSET
    chat: int | Unset = UNSET
    summary: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(
    cls: type[ListSubscriptionStatisticsItem], src_dict: Mapping[str, Any]
) -> ListSubscriptionStatisticsItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("import", UNSET)
    if type(value) is int or absent(value):
        self.import_ = value
    else:
        try:
            self.import_ = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "import_", value, error)
    value = get("email", UNSET)
    if type(value) is int or absent(value):
        self.email = value
    else:
        try:
            self.email = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "email", value, error)
    value = get("www", UNSET)
    if type(value) is int or absent(value):
        self.www = value
    else:
        try:
            self.www = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "www", value, error)
    value = get("panel", UNSET)
    if type(value) is int or absent(value):
        self.panel = value
    else:
        try:
            self.panel = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "panel", value, error)
    value = get("leads", UNSET)
    if type(value) is int or absent(value):
        self.leads = value
    else:
        try:
            self.leads = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "leads", value, error)
    value = get("sale", UNSET)
    if type(value) is int or absent(value):
        self.sale = value
    else:
        try:
            self.sale = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "sale", value, error)
    value = get("api", UNSET)
    if type(value) is int or absent(value):
        self.api = value
    else:
        try:
            self.api = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "api", value, error)
    value = get("forward", UNSET)
    if type(value) is int or absent(value):
        self.forward = value
    else:
        try:
            self.forward = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "forward", value, error)
    value = get("survey", UNSET)
    if type(value) is int or absent(value):
        self.survey = value
    else:
        try:
            self.survey = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "survey", value, error)
    value = get("mobile", UNSET)
    if type(value) is int or absent(value):
        self.mobile = value
    else:
        try:
            self.mobile = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "mobile", value, error)
    value = get("copy", UNSET)
    if type(value) is int or absent(value):
        self.copy = value
    else:
        try:
            self.copy = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "copy", value, error)
    value = get("landing_page", UNSET)
    if type(value) is int or absent(value):
        self.landing_page = value
    else:
        try:
            self.landing_page = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "landing_page", value, error)
    value = get("webinar", UNSET)
    if type(value) is int or absent(value):
        self.webinar = value
    else:
        try:
            self.webinar = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "webinar", value, error)
    value = get("premium_newsletter", UNSET)
    if type(value) is int or absent(value):
        self.premium_newsletter = value
    else:
        try:
            self.premium_newsletter = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "premium_newsletter", value, error)
    value = get("course", UNSET)
    if type(value) is int or absent(value):
        self.course = value
    else:
        try:
            self.course = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "course", value, error)
    value = get("website_buider_elegant", UNSET)
    if type(value) is int or absent(value):
        self.website_buider_elegant = value
    else:
        try:
            self.website_buider_elegant = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "website_buider_elegant", value, error)
    value = get("chat", UNSET)
    if type(value) is int or absent(value):
        self.chat = value
    else:
        try:
            self.chat = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "chat", value, error)
    value = get("summary", UNSET)
    if type(value) is int or absent(value):
        self.summary = value
    else:
        try:
            self.summary = wire_int(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "summary", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListSubscriptionStatisticsItem._wire_fields}


setattr(
    ListSubscriptionStatisticsItem, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
ListSubscriptionStatisticsItem._wire_names = {
    "import_": "import",
    "email": "email",
    "www": "www",
    "panel": "panel",
    "leads": "leads",
    "sale": "sale",
    "api": "api",
    "forward": "forward",
    "survey": "survey",
    "mobile": "mobile",
    "copy": "copy",
    "landing_page": "landing_page",
    "webinar": "webinar",
    "premium_newsletter": "premium_newsletter",
    "course": "course",
    "website_buider_elegant": "website_buider_elegant",
    "chat": "chat",
    "summary": "summary",
}
ListSubscriptionStatisticsItem._wire_fields = frozenset(ListSubscriptionStatisticsItem._wire_names.values())
ListSubscriptionStatisticsItem._decoders = {
    "import_": wire_int,
    "email": wire_int,
    "www": wire_int,
    "panel": wire_int,
    "leads": wire_int,
    "sale": wire_int,
    "api": wire_int,
    "forward": wire_int,
    "survey": wire_int,
    "mobile": wire_int,
    "copy": wire_int,
    "landing_page": wire_int,
    "webinar": wire_int,
    "premium_newsletter": wire_int,
    "course": wire_int,
    "website_buider_elegant": wire_int,
    "chat": wire_int,
    "summary": wire_int,
}
ListSubscriptionStatisticsItem._extra_decoder = _decode_additional_properties
