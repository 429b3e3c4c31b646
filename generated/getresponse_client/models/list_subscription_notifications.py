from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.status_enum import StatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference


T = TypeVar("T", bound="ListSubscriptionNotifications")


@_attrs_define
class ListSubscriptionNotifications(WireModel):
    """
    Attributes:
        status (StatusEnum | Unset):
        recipients (list[FromFieldReference] | Unset):
    """

    status: StatusEnum | Unset = UNSET
    recipients: list[FromFieldReference] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if recipients is not UNSET:
            field_dict["recipients"] = recipients

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


def _decode_status(d: Mapping[str, Any]) -> StatusEnum | Unset:
    _status = d.get("status", UNSET)
    status: StatusEnum | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = StatusEnum(_status)

    return status


def _decode_recipients(d: Mapping[str, Any]) -> list[FromFieldReference] | Unset:
    from ..models.from_field_reference import FromFieldReference  # noqa: PLC0415

    _recipients = d.get("recipients", UNSET)
    recipients: list[FromFieldReference] | Unset = UNSET
    if _recipients is not UNSET:
        recipients = []
        for recipients_item_data in _recipients:
            recipients_item = FromFieldReference.from_dict(recipients_item_data)

            recipients.append(recipients_item)

    return recipients


def _encode_status(self: ListSubscriptionNotifications) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_recipients(self: ListSubscriptionNotifications) -> Any:
    recipients: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.recipients, Unset):
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

    return recipients


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in ListSubscriptionNotifications._wire_fields}


ListSubscriptionNotifications._wire_names = {
    "status": "status",
    "recipients": "recipients",
}
ListSubscriptionNotifications._wire_fields = frozenset(ListSubscriptionNotifications._wire_names.values())
ListSubscriptionNotifications._decoders = {
    "status": _decode_status,
    "recipients": _decode_recipients,
    "additional_properties": _decode_additional_properties,
}
ListSubscriptionNotifications._encoders = {
    "status": _encode_status,
    "recipients": _encode_recipients,
}
