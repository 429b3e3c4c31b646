from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.abtests_subject_list_item_flags_item import AbtestsSubjectListItemFlagsItem
from ..models.abtests_subject_list_item_stage import AbtestsSubjectListItemStage
from ..models.abtests_subject_list_item_status import AbtestsSubjectListItemStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.abtests_subject_from_field import AbtestsSubjectFromField
    from ..models.abtests_subject_list import AbtestsSubjectList
    from ..models.abtests_subject_list_item_delivery_settings import AbtestsSubjectListItemDeliverySettings
    from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class AbtestsSubjectListItem(WireModel):
    """
    Attributes:
        ab_test_id (str): A/B test ID Example: A3r.
        name (str | Unset): A/B test name Example: A/B test.
        campaign (AbtestsSubjectList | Unset): List linked to A/B test
        from_field (AbtestsSubjectFromField | Unset): Newsletter's From" address"
        reply_to (AbtestsSubjectReplyTo | Unset): Newsletter's reply-to address
        status (AbtestsSubjectListItemStatus | Unset): Newsletter status
        stage (AbtestsSubjectListItemStage | Unset): A/B test stage
        delivery_settings (AbtestsSubjectListItemDeliverySettings | Unset): The A/B test delivery settings
        flags (list[AbtestsSubjectListItemFlagsItem] | Unset):
        created_on (datetime.datetime | None | Unset): Date the A/B test was created on Example:
            2015-07-25T20:05:10+0000.
        updated_on (datetime.datetime | None | Unset): Date A/B test was updated on Example: 2015-07-25T20:05:10+0000.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/ab-tests/subject/A3r.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    ab_test_id: str
    name: str | Unset = UNSET
    campaign: AbtestsSubjectList | Unset = UNSET
    from_field: AbtestsSubjectFromField | Unset = UNSET
    reply_to: AbtestsSubjectReplyTo | Unset = UNSET
    status: AbtestsSubjectListItemStatus | Unset = UNSET
    stage: AbtestsSubjectListItemStage | Unset = UNSET
    delivery_settings: AbtestsSubjectListItemDeliverySettings | Unset = UNSET
    flags: list[AbtestsSubjectListItemFlagsItem] | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    updated_on: datetime.datetime | None | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_flags(json_value_: Any) -> list[AbtestsSubjectListItemFlagsItem] | Unset:
    _flags = json_value_
    flags: list[AbtestsSubjectListItemFlagsItem] | Unset = UNSET
    if _flags is not UNSET:
        flags = []
        for flags_item_data in _flags:
            flags_item = AbtestsSubjectListItemFlagsItem(flags_item_data)

            flags.append(flags_item)

    return flags


def _decode_created_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            created_on_type_0 = datetime.datetime.fromisoformat(data)

            return created_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    created_on = _parse_created_on(json_value_)

    return created_on


def _decode_updated_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_updated_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            updated_on_type_0 = datetime.datetime.fromisoformat(data)

            return updated_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    updated_on = _parse_updated_on(json_value_)

    return updated_on


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_from_field import AbtestsSubjectFromField  # noqa: E402
from ..models.abtests_subject_list import AbtestsSubjectList  # noqa: E402
from ..models.abtests_subject_list_item_delivery_settings import AbtestsSubjectListItemDeliverySettings  # noqa: E402
from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo  # noqa: E402

bind_fields(
    AbtestsSubjectListItem,
    {
        "ab_test_id": WireField("abTestId", required=True),
        "name": WireField("name"),
        "campaign": WireField("campaign", decode=AbtestsSubjectList.from_dict, keep=True),
        "from_field": WireField("fromField", decode=AbtestsSubjectFromField.from_dict, keep=True),
        "reply_to": WireField("replyTo", decode=AbtestsSubjectReplyTo.from_dict, keep=True),
        "status": WireField("status", enum=AbtestsSubjectListItemStatus),
        "stage": WireField("stage", enum=AbtestsSubjectListItemStage),
        "delivery_settings": WireField(
            "deliverySettings", decode=AbtestsSubjectListItemDeliverySettings.from_dict, keep=True
        ),
        "flags": WireField("flags", decode=_decode_flags, keep=True),
        "created_on": WireField("createdOn", decode=_decode_created_on, keep=True),
        "updated_on": WireField("updatedOn", decode=_decode_updated_on, keep=True),
        "href": WireField("href"),
    },
    additional_properties=True,
)
