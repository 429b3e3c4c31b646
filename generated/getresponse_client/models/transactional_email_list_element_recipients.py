from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

if TYPE_CHECKING:
    from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailListElementRecipients(WireModel):
    """
    Attributes:
        to (TransactionalEmailListElementRecipientsTo):
    """

    to: TransactionalEmailListElementRecipientsTo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElementRecipients._wire_fields}


TransactionalEmailListElementRecipients._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.transactional_email_list_element_recipients_to import TransactionalEmailListElementRecipientsTo  # noqa: E402

bind_fields(
    TransactionalEmailListElementRecipients,
    {
        "to": WireField("to", required=True, decode=TransactionalEmailListElementRecipientsTo.from_dict, keep=True),
    },
    additional_properties=True,
)
