from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.form_variant_status import FormVariantStatus
from ..models.string_boolean_enum import StringBooleanEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_statistics import FormStatistics


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class FormVariant(WireModel):
    """
    Attributes:
        variant (str | Unset): The index of variants Example: 0.
        variant_name (str | Unset):  Example: Variant A.
        winner (StringBooleanEnum | Unset):
        status (FormVariantStatus | Unset):
        created_on (datetime.datetime | Unset):  Example: 2018-07-11T13:37:25+0000.
        statistics (FormStatistics | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    variant: str | Unset = UNSET
    variant_name: str | Unset = UNSET
    winner: StringBooleanEnum | Unset = UNSET
    status: FormVariantStatus | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    statistics: FormStatistics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.form_statistics import FormStatistics  # noqa: E402

bind_fields(
    FormVariant,
    {
        "variant": WireField("variant"),
        "variant_name": WireField("variantName"),
        "winner": WireField("winner", enum=StringBooleanEnum),
        "status": WireField("status", enum=FormVariantStatus),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "statistics": WireField("statistics", decode=FormStatistics.from_dict, keep=True),
    },
    additional_properties=True,
)
