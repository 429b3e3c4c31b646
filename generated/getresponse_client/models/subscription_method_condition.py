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
from ..models.subscription_method_condition_method import SubscriptionMethodConditionMethod
from ..models.subscription_method_condition_webform_type import SubscriptionMethodConditionWebformType
from ..types import UNSET, Unset


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class SubscriptionMethodCondition(WireModel):
    """The subscription method.

    Attributes:
        condition_type (ConditionTypeConditionType):
        method (SubscriptionMethodConditionMethod):
        webform_type (SubscriptionMethodConditionWebformType | Unset): The property required for the webform
            subscription method.
        value (Any | Unset): The field required for import, landing_page, webinar and website_builder_elegant, optional
            for the webform method
    """

    condition_type: ConditionTypeConditionType
    method: SubscriptionMethodConditionMethod
    webform_type: SubscriptionMethodConditionWebformType | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in SubscriptionMethodCondition._wire_fields}


SubscriptionMethodCondition._extra_decoder = _decode_additional_properties

bind_fields(
    SubscriptionMethodCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "method": WireField("method", required=True, enum=SubscriptionMethodConditionMethod),
        "webform_type": WireField("webformType", enum=SubscriptionMethodConditionWebformType),
        "value": WireField("value"),
    },
    additional_properties=True,
)
