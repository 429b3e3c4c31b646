from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.splittest_newsletter_status import SplittestNewsletterStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference


T = TypeVar("T", bound="SplittestNewsletter")


@_attrs_define
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

    def _encode(self) -> dict[str, Any]:
        newsletter_id = self.newsletter_id

        href = self.href

        name = self.name

        subject = self.subject

        from_field: dict[str, Any] | Unset = UNSET
        if not isinstance(self.from_field, Unset):
            from_field = self.from_field.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        send_on: str | Unset = UNSET
        if not isinstance(self.send_on, Unset):
            send_on = self.send_on.isoformat()

        sampling_targets = self.sampling_targets

        sampling_delivered = self.sampling_delivered

        score_opens = self.score_opens

        score_clicks = self.score_clicks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if newsletter_id is not UNSET:
            field_dict["newsletterId"] = newsletter_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_field is not UNSET:
            field_dict["fromField"] = from_field
        if status is not UNSET:
            field_dict["status"] = status
        if send_on is not UNSET:
            field_dict["sendOn"] = send_on
        if sampling_targets is not UNSET:
            field_dict["samplingTargets"] = sampling_targets
        if sampling_delivered is not UNSET:
            field_dict["samplingDelivered"] = sampling_delivered
        if score_opens is not UNSET:
            field_dict["scoreOpens"] = score_opens
        if score_clicks is not UNSET:
            field_dict["scoreClicks"] = score_clicks

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


def _decode_newsletter_id(d: Mapping[str, Any]) -> str | Unset:
    newsletter_id: str | Unset = d.get("newsletterId", UNSET)
    return newsletter_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_subject(d: Mapping[str, Any]) -> str | Unset:
    subject: str | Unset = d.get("subject", UNSET)
    return subject


def _decode_from_field(d: Mapping[str, Any]) -> FromFieldReference | Unset:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    _from_field = d.get("fromField", UNSET)
    from_field: FromFieldReference | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = FromFieldReference.from_dict(_from_field)

    return from_field


def _decode_status(d: Mapping[str, Any]) -> SplittestNewsletterStatus | Unset:
    _status = d.get("status", UNSET)
    status: SplittestNewsletterStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SplittestNewsletterStatus(_status)

    return status


def _decode_send_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _send_on = d.get("sendOn", UNSET)
    send_on: datetime.datetime | Unset
    if isinstance(_send_on, Unset):
        send_on = UNSET
    else:
        send_on = datetime.datetime.fromisoformat(_send_on)

    return send_on


def _decode_sampling_targets(d: Mapping[str, Any]) -> str | Unset:
    sampling_targets: str | Unset = d.get("samplingTargets", UNSET)
    return sampling_targets


def _decode_sampling_delivered(d: Mapping[str, Any]) -> str | Unset:
    sampling_delivered: str | Unset = d.get("samplingDelivered", UNSET)
    return sampling_delivered


def _decode_score_opens(d: Mapping[str, Any]) -> str | Unset:
    score_opens: str | Unset = d.get("scoreOpens", UNSET)
    return score_opens


def _decode_score_clicks(d: Mapping[str, Any]) -> str | Unset:
    score_clicks: str | Unset = d.get("scoreClicks", UNSET)
    return score_clicks


def _encode_newsletter_id(self: SplittestNewsletter) -> Any:
    newsletter_id = self.newsletter_id
    return newsletter_id


def _encode_href(self: SplittestNewsletter) -> Any:
    href = self.href
    return href


def _encode_name(self: SplittestNewsletter) -> Any:
    name = self.name
    return name


def _encode_subject(self: SplittestNewsletter) -> Any:
    subject = self.subject
    return subject


def _encode_from_field(self: SplittestNewsletter) -> Any:
    from_field: dict[str, Any] | Unset = UNSET
    if not isinstance(self.from_field, Unset):
        from_field = self.from_field.to_dict()
    return from_field


def _encode_status(self: SplittestNewsletter) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_send_on(self: SplittestNewsletter) -> Any:
    send_on: str | Unset = UNSET
    if not isinstance(self.send_on, Unset):
        send_on = self.send_on.isoformat()
    return send_on


def _encode_sampling_targets(self: SplittestNewsletter) -> Any:
    sampling_targets = self.sampling_targets
    return sampling_targets


def _encode_sampling_delivered(self: SplittestNewsletter) -> Any:
    sampling_delivered = self.sampling_delivered
    return sampling_delivered


def _encode_score_opens(self: SplittestNewsletter) -> Any:
    score_opens = self.score_opens
    return score_opens


def _encode_score_clicks(self: SplittestNewsletter) -> Any:
    score_clicks = self.score_clicks
    return score_clicks


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SplittestNewsletter._wire_fields}


SplittestNewsletter._wire_names = {
    "newsletter_id": "newsletterId",
    "href": "href",
    "name": "name",
    "subject": "subject",
    "from_field": "fromField",
    "status": "status",
    "send_on": "sendOn",
    "sampling_targets": "samplingTargets",
    "sampling_delivered": "samplingDelivered",
    "score_opens": "scoreOpens",
    "score_clicks": "scoreClicks",
}
SplittestNewsletter._wire_fields = frozenset(SplittestNewsletter._wire_names.values())
SplittestNewsletter._decoders = {
    "newsletter_id": _decode_newsletter_id,
    "href": _decode_href,
    "name": _decode_name,
    "subject": _decode_subject,
    "from_field": _decode_from_field,
    "status": _decode_status,
    "send_on": _decode_send_on,
    "sampling_targets": _decode_sampling_targets,
    "sampling_delivered": _decode_sampling_delivered,
    "score_opens": _decode_score_opens,
    "score_clicks": _decode_score_clicks,
    "additional_properties": _decode_additional_properties,
}
SplittestNewsletter._encoders = {
    "newsletter_id": _encode_newsletter_id,
    "href": _encode_href,
    "name": _encode_name,
    "subject": _encode_subject,
    "from_field": _encode_from_field,
    "status": _encode_status,
    "send_on": _encode_send_on,
    "sampling_targets": _encode_sampling_targets,
    "sampling_delivered": _encode_sampling_delivered,
    "score_opens": _encode_score_opens,
    "score_clicks": _encode_score_clicks,
}
