from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.newsletter_list_element_send_metrics_status import NewsletterListElementSendMetricsStatus
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class NewsletterListElementSendMetrics(WireModel):
    """The sending metrics

    Attributes:
        status (NewsletterListElementSendMetricsStatus | Unset):  Default:
            NewsletterListElementSendMetricsStatus.FINISHED.
        sent (str | Unset): Messages already sent Example: 123.
        total (str | Unset): The total amount of messages to send Example: 150.
        delivered (str | Unset): The amount of delivered messages Example: 99.
        open_rate (str | Unset): The ratio of unique opens to delivered messages Example: 0.32.
        click_rate (str | Unset): The ratio of unique link clicks to delivered messages Example: 0.23.
        human_open_rate (str | Unset): The ratio of unique human opens to delivered messages Example: 0.12.
        human_click_rate (str | Unset): The ratio of unique human link clicks to delivered messages Example: 0.13.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    status: NewsletterListElementSendMetricsStatus | Unset = NewsletterListElementSendMetricsStatus.FINISHED
    sent: str | Unset = UNSET
    total: str | Unset = UNSET
    delivered: str | Unset = UNSET
    open_rate: str | Unset = UNSET
    click_rate: str | Unset = UNSET
    human_open_rate: str | Unset = UNSET
    human_click_rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    NewsletterListElementSendMetrics,
    {
        "status": WireField("status", enum=NewsletterListElementSendMetricsStatus),
        "sent": WireField("sent"),
        "total": WireField("total"),
        "delivered": WireField("delivered"),
        "open_rate": WireField("openRate"),
        "click_rate": WireField("clickRate"),
        "human_open_rate": WireField("humanOpenRate"),
        "human_click_rate": WireField("humanClickRate"),
    },
    additional_properties=True,
)
