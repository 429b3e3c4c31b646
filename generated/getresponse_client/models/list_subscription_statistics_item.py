from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.types import UNSET, Unset
from getresponse_runtime.wire import WireModel, check_mapping

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListSubscriptionStatisticsItem")


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

    def _encode(self) -> dict[str, Any]:
        import_ = self.import_

        email = self.email

        www = self.www

        panel = self.panel

        leads = self.leads

        sale = self.sale

        api = self.api

        forward = self.forward

        survey = self.survey

        mobile = self.mobile

        copy = self.copy

        landing_page = self.landing_page

        webinar = self.webinar

        premium_newsletter = self.premium_newsletter

        course = self.course

        website_buider_elegant = self.website_buider_elegant

        chat = self.chat

        summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_ is not UNSET:
            field_dict["import"] = import_
        if email is not UNSET:
            field_dict["email"] = email
        if www is not UNSET:
            field_dict["www"] = www
        if panel is not UNSET:
            field_dict["panel"] = panel
        if leads is not UNSET:
            field_dict["leads"] = leads
        if sale is not UNSET:
            field_dict["sale"] = sale
        if api is not UNSET:
            field_dict["api"] = api
        if forward is not UNSET:
            field_dict["forward"] = forward
        if survey is not UNSET:
            field_dict["survey"] = survey
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if copy is not UNSET:
            field_dict["copy"] = copy
        if landing_page is not UNSET:
            field_dict["landing_page"] = landing_page
        if webinar is not UNSET:
            field_dict["webinar"] = webinar
        if premium_newsletter is not UNSET:
            field_dict["premium_newsletter"] = premium_newsletter
        if course is not UNSET:
            field_dict["course"] = course
        if website_buider_elegant is not UNSET:
            field_dict["website_buider_elegant"] = website_buider_elegant
        if chat is not UNSET:
            field_dict["chat"] = chat
        if summary is not UNSET:
            field_dict["summary"] = summary

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


def _encode_import_(self: ListSubscriptionStatisticsItem) -> Any:
    import_ = self.import_
    return import_


def _encode_email(self: ListSubscriptionStatisticsItem) -> Any:
    email = self.email
    return email


def _encode_www(self: ListSubscriptionStatisticsItem) -> Any:
    www = self.www
    return www


def _encode_panel(self: ListSubscriptionStatisticsItem) -> Any:
    panel = self.panel
    return panel


def _encode_leads(self: ListSubscriptionStatisticsItem) -> Any:
    leads = self.leads
    return leads


def _encode_sale(self: ListSubscriptionStatisticsItem) -> Any:
    sale = self.sale
    return sale


def _encode_api(self: ListSubscriptionStatisticsItem) -> Any:
    api = self.api
    return api


def _encode_forward(self: ListSubscriptionStatisticsItem) -> Any:
    forward = self.forward
    return forward


def _encode_survey(self: ListSubscriptionStatisticsItem) -> Any:
    survey = self.survey
    return survey


def _encode_mobile(self: ListSubscriptionStatisticsItem) -> Any:
    mobile = self.mobile
    return mobile


def _encode_copy(self: ListSubscriptionStatisticsItem) -> Any:
    copy = self.copy
    return copy


def _encode_landing_page(self: ListSubscriptionStatisticsItem) -> Any:
    landing_page = self.landing_page
    return landing_page


def _encode_webinar(self: ListSubscriptionStatisticsItem) -> Any:
    webinar = self.webinar
    return webinar


def _encode_premium_newsletter(self: ListSubscriptionStatisticsItem) -> Any:
    premium_newsletter = self.premium_newsletter
    return premium_newsletter


def _encode_course(self: ListSubscriptionStatisticsItem) -> Any:
    course = self.course
    return course


def _encode_website_buider_elegant(self: ListSubscriptionStatisticsItem) -> Any:
    website_buider_elegant = self.website_buider_elegant
    return website_buider_elegant


def _encode_chat(self: ListSubscriptionStatisticsItem) -> Any:
    chat = self.chat
    return chat


def _encode_summary(self: ListSubscriptionStatisticsItem) -> Any:
    summary = self.summary
    return summary


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
    self.import_ = get("import", UNSET)
    self.email = get("email", UNSET)
    self.www = get("www", UNSET)
    self.panel = get("panel", UNSET)
    self.leads = get("leads", UNSET)
    self.sale = get("sale", UNSET)
    self.api = get("api", UNSET)
    self.forward = get("forward", UNSET)
    self.survey = get("survey", UNSET)
    self.mobile = get("mobile", UNSET)
    self.copy = get("copy", UNSET)
    self.landing_page = get("landing_page", UNSET)
    self.webinar = get("webinar", UNSET)
    self.premium_newsletter = get("premium_newsletter", UNSET)
    self.course = get("course", UNSET)
    self.website_buider_elegant = get("website_buider_elegant", UNSET)
    self.chat = get("chat", UNSET)
    self.summary = get("summary", UNSET)
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
    "import_": None,
    "email": None,
    "www": None,
    "panel": None,
    "leads": None,
    "sale": None,
    "api": None,
    "forward": None,
    "survey": None,
    "mobile": None,
    "copy": None,
    "landing_page": None,
    "webinar": None,
    "premium_newsletter": None,
    "course": None,
    "website_buider_elegant": None,
    "chat": None,
    "summary": None,
}
ListSubscriptionStatisticsItem._encoders = {
    "import_": _encode_import_,
    "email": _encode_email,
    "www": _encode_www,
    "panel": _encode_panel,
    "leads": _encode_leads,
    "sale": _encode_sale,
    "api": _encode_api,
    "forward": _encode_forward,
    "survey": _encode_survey,
    "mobile": _encode_mobile,
    "copy": _encode_copy,
    "landing_page": _encode_landing_page,
    "webinar": _encode_webinar,
    "premium_newsletter": _encode_premium_newsletter,
    "course": _encode_course,
    "website_buider_elegant": _encode_website_buider_elegant,
    "chat": _encode_chat,
    "summary": _encode_summary,
}
ListSubscriptionStatisticsItem._extra_decoder = _decode_additional_properties
