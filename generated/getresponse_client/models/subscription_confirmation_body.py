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


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SubscriptionConfirmationBody(WireModel):
    """
    Attributes:
        subscription_confirmation_body_id (str | Unset): Subscription confirmation subject ID Example: asS1.
        name (str | Unset): Name Example: Database signup.
        content_plain (str | Unset): Plain text content equivalent of confirmation message Example:
            Hello {{CONTACT \\"subscriber_first_name\\"}},        \\r\\n               \\r\\n{{INTERNAL \\"body\\"}}\\r\\n
            Your request to sign up to our\\r\\ndatabase has been received and\\r\\nrequires your confirmation.\\r\\n\\r\\n
            EASY 1-CLICK CONFIRMATION:\\r\\n{{LINK \\"confirm\\"}}\\r\\n\\r\\nYou will be added to the database\\r\\n
            instantly upon your confirmation.\\r\\n\\r\\n\\r\\nYou will be able to unsubscribe\\r\\nor change your details
            at any time.\\r\\n\\r\\n
            If you have received this email in\\r\\nerror and did not intend to join\\r\\nour database, no further action
            is\\r\\n
            required on your part.\\r\\n\\r\\nYou won't receive further\\r\\ninformation and you won't be\\r\\n
            subscribed to any list until you\\r\\nconfirm your request above.\\r\\n\\r\\n{{INTERNAL \\"signature\\"}}
            .
        content_html (str | Unset): HTML content of confirmation message Example: [HTML_CODE].
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    subscription_confirmation_body_id: str | Unset = UNSET
    name: str | Unset = UNSET
    content_plain: str | Unset = UNSET
    content_html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SubscriptionConfirmationBody,
    {
        "subscription_confirmation_body_id": WireField("subscriptionConfirmationBodyId"),
        "name": WireField("name"),
        "content_plain": WireField("contentPlain"),
        "content_html": WireField("contentHtml"),
    },
    additional_properties=True,
)
