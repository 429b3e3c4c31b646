from __future__ import annotations

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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    transactional_email_id: str
    from_field: FromFieldReference
    recipients: TransactionalEmailListElementRecipients
    subject: str
    tag: TransactionalEmailTag | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
