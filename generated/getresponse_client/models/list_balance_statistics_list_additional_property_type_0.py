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
    from ..models.list_removals_statistics_item_type_0 import ListRemovalsStatisticsItemType0
    from ..models.list_removals_statistics_item_type_1 import ListRemovalsStatisticsItemType1
    from ..models.list_removals_statistics_item_type_2 import ListRemovalsStatisticsItemType2
    from ..models.list_removals_statistics_item_type_3 import ListRemovalsStatisticsItemType3
    from ..models.list_removals_statistics_item_type_4 import ListRemovalsStatisticsItemType4
    from ..models.list_removals_statistics_item_type_5 import ListRemovalsStatisticsItemType5
    from ..models.list_removals_statistics_item_type_6 import ListRemovalsStatisticsItemType6
    from ..models.list_removals_statistics_item_type_7 import ListRemovalsStatisticsItemType7
    from ..models.list_removals_statistics_item_type_8 import ListRemovalsStatisticsItemType8


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListBalanceStatisticsListAdditionalPropertyType0(WireModel):
    """
    Attributes:
        removals (ListRemovalsStatisticsItemType0 | ListRemovalsStatisticsItemType1 | ListRemovalsStatisticsItemType2 |
            ListRemovalsStatisticsItemType3 | ListRemovalsStatisticsItemType4 | ListRemovalsStatisticsItemType5 |
            ListRemovalsStatisticsItemType6 | ListRemovalsStatisticsItemType7 | ListRemovalsStatisticsItemType8 | Unset):
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    removals: (
        ListRemovalsStatisticsItemType0
        | ListRemovalsStatisticsItemType1
        | ListRemovalsStatisticsItemType2
        | ListRemovalsStatisticsItemType3
        | ListRemovalsStatisticsItemType4
        | ListRemovalsStatisticsItemType5
        | ListRemovalsStatisticsItemType6
        | ListRemovalsStatisticsItemType7
        | ListRemovalsStatisticsItemType8
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_removals(
    json_value_: Any,
) -> (
    ListRemovalsStatisticsItemType0
    | ListRemovalsStatisticsItemType1
    | ListRemovalsStatisticsItemType2
    | ListRemovalsStatisticsItemType3
    | ListRemovalsStatisticsItemType4
    | ListRemovalsStatisticsItemType5
    | ListRemovalsStatisticsItemType6
    | ListRemovalsStatisticsItemType7
    | ListRemovalsStatisticsItemType8
    | Unset
):
    def _parse_removals(
        data: object,
    ) -> (
        ListRemovalsStatisticsItemType0
        | ListRemovalsStatisticsItemType1
        | ListRemovalsStatisticsItemType2
        | ListRemovalsStatisticsItemType3
        | ListRemovalsStatisticsItemType4
        | ListRemovalsStatisticsItemType5
        | ListRemovalsStatisticsItemType6
        | ListRemovalsStatisticsItemType7
        | ListRemovalsStatisticsItemType8
        | Unset
    ):
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_0 = (
                ListRemovalsStatisticsItemType0.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_1 = (
                ListRemovalsStatisticsItemType1.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_2 = (
                ListRemovalsStatisticsItemType2.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_3 = (
                ListRemovalsStatisticsItemType3.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_4 = (
                ListRemovalsStatisticsItemType4.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_5 = (
                ListRemovalsStatisticsItemType5.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_6 = (
                ListRemovalsStatisticsItemType6.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        try:
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_7 = (
                ListRemovalsStatisticsItemType7.from_dict(data)
            )

            return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_8 = (
            ListRemovalsStatisticsItemType8.from_dict(data)
        )

        return componentsschemas_campaign_removals_statistics_item_list_removals_statistics_item_type_8

    removals = _parse_removals(json_value_)

    return removals


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_removals_statistics_item_type_0 import ListRemovalsStatisticsItemType0  # noqa: E402
from ..models.list_removals_statistics_item_type_1 import ListRemovalsStatisticsItemType1  # noqa: E402
from ..models.list_removals_statistics_item_type_2 import ListRemovalsStatisticsItemType2  # noqa: E402
from ..models.list_removals_statistics_item_type_3 import ListRemovalsStatisticsItemType3  # noqa: E402
from ..models.list_removals_statistics_item_type_4 import ListRemovalsStatisticsItemType4  # noqa: E402
from ..models.list_removals_statistics_item_type_5 import ListRemovalsStatisticsItemType5  # noqa: E402
from ..models.list_removals_statistics_item_type_6 import ListRemovalsStatisticsItemType6  # noqa: E402
from ..models.list_removals_statistics_item_type_7 import ListRemovalsStatisticsItemType7  # noqa: E402
from ..models.list_removals_statistics_item_type_8 import ListRemovalsStatisticsItemType8  # noqa: E402

bind_fields(
    ListBalanceStatisticsListAdditionalPropertyType0,
    {
        "removals": WireField("removals", decode=_decode_removals, keep=True),
    },
    additional_properties=True,
)
