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
from ..models.subscription_method_condition_method import SubscriptionMethodConditionMethod
from ..models.subscription_method_condition_webform_type import SubscriptionMethodConditionWebformType
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    method: SubscriptionMethodConditionMethod
    webform_type: SubscriptionMethodConditionWebformType | Unset = UNSET
    value: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
