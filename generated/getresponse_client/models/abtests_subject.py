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
    from ..models.abtests_subject_from_field import AbtestsSubjectFromField
    from ..models.abtests_subject_list import AbtestsSubjectList
    from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AbtestsSubject(WireModel):
    """
    Attributes:
        ab_test_id (str): A/B test ID Example: A3r.
        name (str | Unset): A/B test name Example: A/B test.
        campaign (AbtestsSubjectList | Unset): List linked to A/B test
        from_field (AbtestsSubjectFromField | Unset): Newsletter's From" address"
        reply_to (AbtestsSubjectReplyTo | Unset): Newsletter's reply-to address
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    ab_test_id: str
    name: str | Unset = UNSET
    campaign: AbtestsSubjectList | Unset = UNSET
    from_field: AbtestsSubjectFromField | Unset = UNSET
    reply_to: AbtestsSubjectReplyTo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_from_field import AbtestsSubjectFromField  # noqa: E402
from ..models.abtests_subject_list import AbtestsSubjectList  # noqa: E402
from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo  # noqa: E402

bind_fields(
    AbtestsSubject,
    {
        "ab_test_id": WireField("abTestId", required=True),
        "name": WireField("name"),
        "campaign": WireField("campaign", decode=AbtestsSubjectList.from_dict, keep=True),
        "from_field": WireField("fromField", decode=AbtestsSubjectFromField.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=AbtestsSubjectReplyTo.from_dict, keep=True),
    },
    additional_properties=True,
)
