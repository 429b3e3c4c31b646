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
from ..models.sms_sent_condition_delivery_status import SmsSentConditionDeliveryStatus
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SmsSentCondition(WireModel):
    """Find contacts who were sent an SMS

    Example:
        {'conditionType': 'sms_sent', 'smsId': 'ZTo', 'deliveryStatus': 'undelivered'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        sms_id (str): The SMS message ID Example: ZTo.
        delivery_status (SmsSentConditionDeliveryStatus | Unset): Specify the delivery status. Example: delivered.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    sms_id: str
    delivery_status: SmsSentConditionDeliveryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    SmsSentCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "sms_id": WireField("smsId", required=True),
        "delivery_status": WireField("deliveryStatus", enum=SmsSentConditionDeliveryStatus),
    },
    additional_properties=True,
)
