from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    check_mapping,
)

from ..types import UNSET, Unset


@_attrs_define
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

    subscription_confirmation_body_id: str | Unset = UNSET
    name: str | Unset = UNSET
    content_plain: str | Unset = UNSET
    content_html: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _from_dict(cls: type[SubscriptionConfirmationBody], src_dict: Mapping[str, Any]) -> SubscriptionConfirmationBody:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    self.subscription_confirmation_body_id = get("subscriptionConfirmationBodyId", UNSET)
    self.name = get("name", UNSET)
    self.content_plain = get("contentPlain", UNSET)
    self.content_html = get("contentHtml", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionConfirmationBody._wire_fields}


setattr(SubscriptionConfirmationBody, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
SubscriptionConfirmationBody._wire_names = {
    "subscription_confirmation_body_id": "subscriptionConfirmationBodyId",
    "name": "name",
    "content_plain": "contentPlain",
    "content_html": "contentHtml",
}
SubscriptionConfirmationBody._wire_fields = frozenset(SubscriptionConfirmationBody._wire_names.values())
SubscriptionConfirmationBody._decoders = {
    "subscription_confirmation_body_id": None,
    "name": None,
    "content_plain": None,
    "content_html": None,
}
SubscriptionConfirmationBody._extra_decoder = _decode_additional_properties
