from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import WireModel, check_mapping

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
ListSubscriptionStatisticsItem._extra_decoder = _decode_additional_properties
