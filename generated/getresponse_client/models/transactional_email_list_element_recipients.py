from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel

if TYPE_CHECKING:
    from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo


T = TypeVar("T", bound="TransactionalEmailListElementRecipients")


@_attrs_define
class TransactionalEmailListElementRecipients(WireModel):
    """
    Attributes:
        to (TransactionalEmailListElementRecipientsTo):
    """

    to: TransactionalEmailListElementRecipientsTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        to = self.to.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "to": to,
            }
        )

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


def _decode_to(d: Mapping[str, Any]) -> TransactionalEmailListElementRecipientsTo:
    from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo  # noqa: PLC0415

    to = TransactionalEmailListElementRecipientsTo.from_dict(d["to"])

    return to


def _encode_to(self: TransactionalEmailListElementRecipients) -> Any:
    to = self.to.to_dict()
    return to


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElementRecipients._wire_fields}


TransactionalEmailListElementRecipients._wire_names = {
    "to": "to",
}
TransactionalEmailListElementRecipients._wire_fields = frozenset(
    TransactionalEmailListElementRecipients._wire_names.values()
)
TransactionalEmailListElementRecipients._decoders = {
    "to": _decode_to,
    "additional_properties": _decode_additional_properties,
}
TransactionalEmailListElementRecipients._encoders = {
    "to": _encode_to,
}
