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
from ..models.webinar_condition_contact_type import WebinarConditionContactType
from ..models.webinar_condition_webinar_condition import WebinarConditionWebinarCondition


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
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

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    condition_type: ConditionTypeConditionType
    scope: str
    webinar_condition: WebinarConditionWebinarCondition
    contact_type: WebinarConditionContactType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


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
