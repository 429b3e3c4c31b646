from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.splittest_newsletter_status import SplittestNewsletterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

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


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402

bind_fields(
    SplittestNewsletter,
    {
        "newsletter_id": WireField("newsletterId"),
        "href": WireField("href"),
        "name": WireField("name"),
        "subject": WireField("subject"),
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "status": WireField("status", enum=SplittestNewsletterStatus),
        "send_on": WireField("sendOn", decode=parse_datetime),
        "sampling_targets": WireField("samplingTargets"),
        "sampling_delivered": WireField("samplingDelivered"),
        "score_opens": WireField("scoreOpens"),
        "score_clicks": WireField("scoreClicks"),
    },
    additional_properties=True,
)
