from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.transactional_email_recipient_status import TransactionalEmailRecipientStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.transactional_email_recipient_sent_on_status import TransactionalEmailRecipientSentOnStatus


T = TypeVar("T", bound="TransactionalEmailListElementRecipientsTo")


@_attrs_define
class TransactionalEmailListElementRecipientsTo(WireModel):
    """
    Attributes:
        email (str):  Example: john.doe@example.com.
        name (str | Unset):  Example: John Doe.
        status (TransactionalEmailRecipientStatus | Unset):
        statuses (TransactionalEmailRecipientSentOnStatus | Unset):
    """

    email: str
    name: str | Unset = UNSET
    status: TransactionalEmailRecipientStatus | Unset = UNSET
    statuses: TransactionalEmailRecipientSentOnStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        statuses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = self.statuses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

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


def _decode_email(d: Mapping[str, Any]) -> str:
    email: str = d["email"]
    return email


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_status(d: Mapping[str, Any]) -> TransactionalEmailRecipientStatus | Unset:
    _status = d.get("status", UNSET)
    status: TransactionalEmailRecipientStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = TransactionalEmailRecipientStatus(_status)

    return status


def _decode_statuses(d: Mapping[str, Any]) -> TransactionalEmailRecipientSentOnStatus | Unset:
    from ..models.transactional_email_recipient_sent_on_status import TransactionalEmailRecipientSentOnStatus  # noqa: PLC0415

    _statuses = d.get("statuses", UNSET)
    statuses: TransactionalEmailRecipientSentOnStatus | Unset
    if isinstance(_statuses, Unset):
        statuses = UNSET
    else:
        statuses = TransactionalEmailRecipientSentOnStatus.from_dict(_statuses)

    return statuses


def _encode_email(self: TransactionalEmailListElementRecipientsTo) -> Any:
    email = self.email
    return email


def _encode_name(self: TransactionalEmailListElementRecipientsTo) -> Any:
    name = self.name
    return name


def _encode_status(self: TransactionalEmailListElementRecipientsTo) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_statuses(self: TransactionalEmailListElementRecipientsTo) -> Any:
    statuses: dict[str, Any] | Unset = UNSET
    if not isinstance(self.statuses, Unset):
        statuses = self.statuses.to_dict()
    return statuses


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElementRecipientsTo._wire_fields}


TransactionalEmailListElementRecipientsTo._wire_names = {
    "email": "email",
    "name": "name",
    "status": "status",
    "statuses": "statuses",
}
TransactionalEmailListElementRecipientsTo._wire_fields = frozenset(
    TransactionalEmailListElementRecipientsTo._wire_names.values()
)
TransactionalEmailListElementRecipientsTo._decoders = {
    "email": _decode_email,
    "name": _decode_name,
    "status": _decode_status,
    "statuses": _decode_statuses,
    "additional_properties": _decode_additional_properties,
}
TransactionalEmailListElementRecipientsTo._encoders = {
    "email": _encode_email,
    "name": _encode_name,
    "status": _encode_status,
    "statuses": _encode_statuses,
}
