from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireModel,
    bind_fields,
)

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
class ListRemovalsStatisticsList(WireModel):
    """
    Example:
        {'2014-12-05': {'user': 5}, '2015-01-22': {'user': 12, 'bounce': 2}}

    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    additional_properties: dict[
        str,
        ListRemovalsStatisticsItemType0
        | ListRemovalsStatisticsItemType1
        | ListRemovalsStatisticsItemType2
        | ListRemovalsStatisticsItemType3
        | ListRemovalsStatisticsItemType4
        | ListRemovalsStatisticsItemType5
        | ListRemovalsStatisticsItemType6
        | ListRemovalsStatisticsItemType7
        | ListRemovalsStatisticsItemType8,
    ] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(
    d: Mapping[str, Any],
) -> dict[
    str,
    ListRemovalsStatisticsItemType0
    | ListRemovalsStatisticsItemType1
    | ListRemovalsStatisticsItemType2
    | ListRemovalsStatisticsItemType3
    | ListRemovalsStatisticsItemType4
    | ListRemovalsStatisticsItemType5
    | ListRemovalsStatisticsItemType6
    | ListRemovalsStatisticsItemType7
    | ListRemovalsStatisticsItemType8,
]:
    # The fields the spec does not name, decoded as its additionalProperties schema says (untyped ones need no
    # decoder: WireModel keeps them as they came).
    additional_properties: dict[
        str,
        ListRemovalsStatisticsItemType0
        | ListRemovalsStatisticsItemType1
        | ListRemovalsStatisticsItemType2
        | ListRemovalsStatisticsItemType3
        | ListRemovalsStatisticsItemType4
        | ListRemovalsStatisticsItemType5
        | ListRemovalsStatisticsItemType6
        | ListRemovalsStatisticsItemType7
        | ListRemovalsStatisticsItemType8,
    ] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListRemovalsStatisticsList._wire_fields:
            continue

        def _parse_additional_property(
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
        ):
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

        additional_property = _parse_additional_property(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


ListRemovalsStatisticsList._extra_decoder = _decode_additional_properties

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
    ListRemovalsStatisticsList,
    {},
    additional_properties=True,
)
