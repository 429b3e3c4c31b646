from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    wire_int,
)

from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


bind_fields(
    ListSubscriptionStatisticsItem,
    {
        "import_": WireField("import", decode=wire_int),
        "email": WireField("email", decode=wire_int),
        "www": WireField("www", decode=wire_int),
        "panel": WireField("panel", decode=wire_int),
        "leads": WireField("leads", decode=wire_int),
        "sale": WireField("sale", decode=wire_int),
        "api": WireField("api", decode=wire_int),
        "forward": WireField("forward", decode=wire_int),
        "survey": WireField("survey", decode=wire_int),
        "mobile": WireField("mobile", decode=wire_int),
        "copy": WireField("copy", decode=wire_int),
        "landing_page": WireField("landing_page", decode=wire_int),
        "webinar": WireField("webinar", decode=wire_int),
        "premium_newsletter": WireField("premium_newsletter", decode=wire_int),
        "course": WireField("course", decode=wire_int),
        "website_buider_elegant": WireField("website_buider_elegant", decode=wire_int),
        "chat": WireField("chat", decode=wire_int),
        "summary": WireField("summary", decode=wire_int),
    },
    additional_properties=True,
)
