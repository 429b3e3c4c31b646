from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    not_in_response,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo


@_attrs_define
class TransactionalEmailListElementRecipients(WireModel):
    """
    Attributes:
        to (TransactionalEmailListElementRecipientsTo):
    """

    to: TransactionalEmailListElementRecipientsTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_to(json_value_: Any) -> TransactionalEmailListElementRecipientsTo:
    to = TransactionalEmailListElementRecipientsTo.from_dict(json_value_)

    return to


def _from_dict(
    cls: type[TransactionalEmailListElementRecipients], src_dict: Mapping[str, Any]
) -> TransactionalEmailListElementRecipients:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("to", UNSET)
    if value is UNSET:
        not_in_response(self, "to")
    elif type(value) is dict:
        self.to = TransactionalEmailListElementRecipientsTo.from_dict(value)
    elif absent(value):
        self.to = value
    else:
        try:
            self.to = _decode_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "to", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElementRecipients._wire_fields}


setattr(
    TransactionalEmailListElementRecipients, "from_dict", classmethod(_from_dict)
)  # WireModel.from_dict is only its signature
TransactionalEmailListElementRecipients._wire_names = {
    "to": "to",
}
TransactionalEmailListElementRecipients._wire_fields = frozenset(
    TransactionalEmailListElementRecipients._wire_names.values()
)
TransactionalEmailListElementRecipients._decoders = {
    "to": _decode_to,
}
TransactionalEmailListElementRecipients._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo  # noqa: E402
