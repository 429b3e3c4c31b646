from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.list_confirmation_mime_type import ListConfirmationMimeType
from ..models.list_confirmation_redirect_type import ListConfirmationRedirectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.from_field_reference import FromFieldReference
    from .from_field_reference import FromFieldReferenceDict


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListConfirmation(WireModel):
    """
    Attributes:
        from_field (FromFieldReference | Unset):
        redirect_type (ListConfirmationRedirectType | Unset): What will happen after email confirmation. Example:
            hosted.
        mime_type (ListConfirmationMimeType | Unset): The MIME type for the confirmation message Example: text/plain.
        redirect_url (str | Unset): Required if the redirectType is customUrl. Example: http://example.com.
        reply_to (FromFieldReference | Unset):
        subscription_confirmation_body_id (str | Unset): The subscription confirmation body ID Example: asS1.
        subscription_confirmation_subject_id (str | Unset): Subscription confirmation subject ID Example: TEww.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    from_field: FromFieldReference | Unset = UNSET
    redirect_type: ListConfirmationRedirectType | Unset = UNSET
    mime_type: ListConfirmationMimeType | Unset = UNSET
    redirect_url: str | Unset = UNSET
    reply_to: FromFieldReference | Unset = UNSET
    subscription_confirmation_body_id: str | Unset = UNSET
    subscription_confirmation_subject_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


class ListConfirmationDict(TypedDict, total=False):
    """ListConfirmation as a plain dict, keyed by JSON name (accepted wherever a request takes the model)."""

    fromField: FromFieldReference | FromFieldReferenceDict
    redirectType: ListConfirmationRedirectType | str
    mimeType: ListConfirmationMimeType | str
    redirectUrl: str
    replyTo: FromFieldReference | FromFieldReferenceDict
    subscriptionConfirmationBodyId: str
    subscriptionConfirmationSubjectId: str


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.from_field_reference import FromFieldReference  # noqa: E402

bind_fields(
    ListConfirmation,
    {
        "from_field": WireField("fromField", decode=FromFieldReference.from_dict, keep=True),
        "redirect_type": WireField("redirectType", enum=ListConfirmationRedirectType),
        "mime_type": WireField("mimeType", enum=ListConfirmationMimeType),
        "redirect_url": WireField("redirectUrl"),
        "reply_to": WireField("replyTo", decode=FromFieldReference.from_dict, keep=True),
        "subscription_confirmation_body_id": WireField("subscriptionConfirmationBodyId"),
        "subscription_confirmation_subject_id": WireField("subscriptionConfirmationSubjectId"),
    },
    additional_properties=True,
)
