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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from ..models.transactional_email_list_element_recipients import TransactionalEmailListElementRecipients
    from ..models.transactional_email_tag import TransactionalEmailTag


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class TransactionalEmailListElement(WireModel):
    """
    Attributes:
        transactional_email_id (str):  Example: tRe4i.
        from_field (FromFieldReference):
        recipients (TransactionalEmailListElementRecipients):
        subject (str):  Example: Order Confirmation - Example Shop.
        tag (TransactionalEmailTag | Unset):
        href (str | Unset): Direct hyperlink to a resource Example: https://api3.getresponse360.com/v3/transactional-
            emails/tRe4i.
    """

    transactional_email_id: str
    from_field: FromFieldReference
    recipients: TransactionalEmailListElementRecipients
    subject: str
    tag: TransactionalEmailTag | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in TransactionalEmailListElement._wire_fields}


TransactionalEmailListElement._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402
from ..models.transactional_email_list_element_recipients import TransactionalEmailListElementRecipients  # noqa: E402
from ..models.transactional_email_tag import TransactionalEmailTag  # noqa: E402

bind_fields(
    TransactionalEmailListElement,
    {
        "transactional_email_id": WireField("transactionalEmailId", required=True),
        "from_field": WireField("fromField", required=True, decode=FromFieldReference.from_dict, keep=True),
        "recipients": WireField(
            "recipients", required=True, decode=TransactionalEmailListElementRecipients.from_dict, keep=True
        ),
        "subject": WireField("subject", required=True),
        "tag": WireField("tag", decode=TransactionalEmailTag.from_dict, keep=True),
        "href": WireField("href"),
    },
    additional_properties=True,
)
