from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.condition_type_condition_type import ConditionTypeConditionType
from ..models.gdpr_condition_consent_status import GdprConditionConsentStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gdpr_condition_consent_date import GdprConditionConsentDate


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class GdprCondition(WireModel):
    """Find contacts based on whether they have given or not given specific consents.

    Example:
        {'conditionType': 'gdpr', 'gdprFieldId': 'abC', 'consentStatus': 'given', 'consentDate': {'operator':
            'anytime'}}

    Attributes:
        condition_type (ConditionTypeConditionType):
        gdpr_field_id (str): The ID of the consent field. Example: abC.
        consent_status (GdprConditionConsentStatus): Specify whether you want to search for contacts who have given or
            not given consent. Example: given.
        consent_date (GdprConditionConsentDate | Unset): Specify when consent was given or not given.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    gdpr_field_id: str
    consent_status: GdprConditionConsentStatus
    consent_date: GdprConditionConsentDate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.gdpr_condition_consent_date import GdprConditionConsentDate  # noqa: E402

bind_fields(
    GdprCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "gdpr_field_id": WireField("gdprFieldId", required=True),
        "consent_status": WireField("consentStatus", required=True, enum=GdprConditionConsentStatus),
        "consent_date": WireField("consentDate", decode=GdprConditionConsentDate.from_dict, keep=True),
    },
    additional_properties=True,
)
