from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SmsSentCondition(WireModel):
    """Find contacts who were sent an SMS

    Example:
        {'conditionType': 'sms_sent', 'smsId': 'ZTo', 'deliveryStatus': 'undelivered'}

    Attributes:
        condition_type (ConditionTypeConditionType):
        sms_id (str): The SMS message ID Example: ZTo.
        delivery_status (SmsSentConditionDeliveryStatus | Unset): Specify the delivery status. Example: delivered.
    """

    condition_type: ConditionTypeConditionType
    sms_id: str
    delivery_status: SmsSentConditionDeliveryStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SmsSentCondition._wire_fields}


SmsSentCondition._extra_decoder = _decode_additional_properties

bind_fields(
    SmsSentCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "sms_id": WireField("smsId", required=True),
        "delivery_status": WireField("deliveryStatus", enum=SmsSentConditionDeliveryStatus),
    },
    additional_properties=True,
)
