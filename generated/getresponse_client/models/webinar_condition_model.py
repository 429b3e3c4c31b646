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
from ..models.webinar_condition_contact_type import WebinarConditionContactType
from ..models.webinar_condition_webinar_condition import WebinarConditionWebinarCondition


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class WebinarCondition(WireModel):
    """Search contacts that have participated/not participated in a specific webinar as a
    host/listener/presenter/registrant/any user.

        Example:
            {'conditionType': 'webinar', 'scope': 'MNAR', 'webinarCondition': 'participated', 'contactType': 'presenter'}

        Attributes:
            condition_type (ConditionTypeConditionType):
            scope (str): The identifier of a webinar Example: MNAR.
            webinar_condition (WebinarConditionWebinarCondition):  Example: participated.
            contact_type (WebinarConditionContactType):  Example: presenter.
    """

    condition_type: ConditionTypeConditionType
    scope: str
    webinar_condition: WebinarConditionWebinarCondition
    contact_type: WebinarConditionContactType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in WebinarCondition._wire_fields}


WebinarCondition._extra_decoder = _decode_additional_properties

bind_fields(
    WebinarCondition,
    {
        "condition_type": WireField("conditionType", required=True, enum=ConditionTypeConditionType),
        "scope": WireField("scope", required=True),
        "webinar_condition": WireField("webinarCondition", required=True, enum=WebinarConditionWebinarCondition),
        "contact_type": WireField("contactType", required=True, enum=WebinarConditionContactType),
    },
    additional_properties=True,
)
