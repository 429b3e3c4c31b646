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
    from ..models.list_balance_statistics_list_additional_property_type_0 import (
        ListBalanceStatisticsListAdditionalPropertyType0,
    )
    from ..models.list_balance_statistics_list_additional_property_type_1 import (
        ListBalanceStatisticsListAdditionalPropertyType1,
    )


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class ListBalanceStatisticsList(WireModel):
    """
    Example:
        {'2014-12-05': {'removals': {'user': 5}, 'subscriptions': {'import': 0, 'email': 0, 'www': 0, 'panel': 0,
            'leads': 0, 'sale': 0, 'api': 7, 'forward': 0, 'survey': 0, 'mobile': 0, 'copy': 0, 'landing_page': 0,
            'webinar': 4, 'premium_newsletter': 1, 'course': 1, 'summary': 13}}, '2015-01-21': {'removals': {'user': 10}}}

    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    additional_properties: dict[
        str, ListBalanceStatisticsListAdditionalPropertyType0 | ListBalanceStatisticsListAdditionalPropertyType1
    ] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(
    d: Mapping[str, Any],
) -> dict[str, ListBalanceStatisticsListAdditionalPropertyType0 | ListBalanceStatisticsListAdditionalPropertyType1]:
    # The fields the spec does not name, decoded as its additionalProperties schema says (untyped ones need no
    # decoder: WireModel keeps them as they came).
    additional_properties: dict[
        str, ListBalanceStatisticsListAdditionalPropertyType0 | ListBalanceStatisticsListAdditionalPropertyType1
    ] = {}
    for prop_name, prop_dict in d.items():
        if prop_name in ListBalanceStatisticsList._wire_fields:
            continue

        def _parse_additional_property(
            data: object,
        ) -> ListBalanceStatisticsListAdditionalPropertyType0 | ListBalanceStatisticsListAdditionalPropertyType1:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_property_type_0 = ListBalanceStatisticsListAdditionalPropertyType0.from_dict(data)

                return additional_property_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            additional_property_type_1 = ListBalanceStatisticsListAdditionalPropertyType1.from_dict(data)

            return additional_property_type_1

        additional_property = _parse_additional_property(prop_dict)

        additional_properties[prop_name] = additional_property
    return additional_properties


ListBalanceStatisticsList._extra_decoder = _decode_additional_properties

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_balance_statistics_list_additional_property_type_0 import (
    ListBalanceStatisticsListAdditionalPropertyType0,  # noqa: E402
)
from ..models.list_balance_statistics_list_additional_property_type_1 import (
    ListBalanceStatisticsListAdditionalPropertyType1,  # noqa: E402
)

bind_fields(
    ListBalanceStatisticsList,
    {},
    additional_properties=True,
)
