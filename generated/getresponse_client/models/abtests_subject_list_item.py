from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    DECODE_ERRORS,
    WireModel,
    absent,
    check_mapping,
    defer_decode_error,
    enum_members,
    not_in_response,
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


@_attrs_define
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


def _decode_campaign(json_value_: Any) -> AbtestsSubjectList | Unset:
    _campaign = json_value_
    campaign: AbtestsSubjectList | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = AbtestsSubjectList.from_dict(_campaign)

    return campaign


def _decode_from_field(json_value_: Any) -> AbtestsSubjectFromField | Unset:
    _from_field = json_value_
    from_field: AbtestsSubjectFromField | Unset
    if isinstance(_from_field, Unset):
        from_field = UNSET
    else:
        from_field = AbtestsSubjectFromField.from_dict(_from_field)

    return from_field


def _decode_reply_to(json_value_: Any) -> AbtestsSubjectReplyTo | Unset:
    _reply_to = json_value_
    reply_to: AbtestsSubjectReplyTo | Unset
    if isinstance(_reply_to, Unset):
        reply_to = UNSET
    else:
        reply_to = AbtestsSubjectReplyTo.from_dict(_reply_to)

    return reply_to


def _decode_status(json_value_: Any) -> AbtestsSubjectListItemStatus | Unset:
    _status = json_value_
    status: AbtestsSubjectListItemStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = AbtestsSubjectListItemStatus(_status)

    return status


def _decode_stage(json_value_: Any) -> AbtestsSubjectListItemStage | Unset:
    _stage = json_value_
    stage: AbtestsSubjectListItemStage | Unset
    if isinstance(_stage, Unset):
        stage = UNSET
    else:
        stage = AbtestsSubjectListItemStage(_stage)

    return stage


def _decode_delivery_settings(json_value_: Any) -> AbtestsSubjectListItemDeliverySettings | Unset:
    _delivery_settings = json_value_
    delivery_settings: AbtestsSubjectListItemDeliverySettings | Unset
    if isinstance(_delivery_settings, Unset):
        delivery_settings = UNSET
    else:
        delivery_settings = AbtestsSubjectListItemDeliverySettings.from_dict(_delivery_settings)

    return delivery_settings


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


def _from_dict(cls: type[AbtestsSubjectListItem], src_dict: Mapping[str, Any]) -> AbtestsSubjectListItem:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("abTestId", UNSET)
    if value is UNSET:
        not_in_response(self, "ab_test_id")
    else:
        self.ab_test_id = value
    self.name = get("name", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = AbtestsSubjectList.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("fromField", UNSET)
    if type(value) is dict:
        self.from_field = AbtestsSubjectFromField.from_dict(value)
    elif absent(value):
        self.from_field = value
    else:
        try:
            self.from_field = _decode_from_field(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "from_field", value, error)
    value = get("replyTo", UNSET)
    if type(value) is dict:
        self.reply_to = AbtestsSubjectReplyTo.from_dict(value)
    elif absent(value):
        self.reply_to = value
    else:
        try:
            self.reply_to = _decode_reply_to(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "reply_to", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = AbtestsSubjectListItemStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("stage", UNSET)
    if type(value) is str:
        try:
            self.stage = _members_stage[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.stage = AbtestsSubjectListItemStage(value)
    elif absent(value):
        self.stage = value
    else:
        try:
            self.stage = _decode_stage(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "stage", value, error)
    value = get("deliverySettings", UNSET)
    if type(value) is dict:
        self.delivery_settings = AbtestsSubjectListItemDeliverySettings.from_dict(value)
    elif absent(value):
        self.delivery_settings = value
    else:
        try:
            self.delivery_settings = _decode_delivery_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "delivery_settings", value, error)
    value = get("flags", UNSET)
    if absent(value):
        self.flags = value
    else:
        try:
            self.flags = _decode_flags(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "flags", value, error)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("updatedOn", UNSET)
    if absent(value):
        self.updated_on = value
    else:
        try:
            self.updated_on = _decode_updated_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "updated_on", value, error)
    self.href = get("href", UNSET)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in AbtestsSubjectListItem._wire_fields}


setattr(AbtestsSubjectListItem, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
AbtestsSubjectListItem._wire_names = {
    "ab_test_id": "abTestId",
    "name": "name",
    "campaign": "campaign",
    "from_field": "fromField",
    "reply_to": "replyTo",
    "status": "status",
    "stage": "stage",
    "delivery_settings": "deliverySettings",
    "flags": "flags",
    "created_on": "createdOn",
    "updated_on": "updatedOn",
    "href": "href",
}
AbtestsSubjectListItem._wire_fields = frozenset(AbtestsSubjectListItem._wire_names.values())
AbtestsSubjectListItem._decoders = {
    "ab_test_id": None,
    "name": None,
    "campaign": _decode_campaign,
    "from_field": _decode_from_field,
    "reply_to": _decode_reply_to,
    "status": _decode_status,
    "stage": _decode_stage,
    "delivery_settings": _decode_delivery_settings,
    "flags": _decode_flags,
    "created_on": _decode_created_on,
    "updated_on": _decode_updated_on,
    "href": None,
}
AbtestsSubjectListItem._extra_decoder = _decode_additional_properties
_members_status = enum_members(AbtestsSubjectListItemStatus)
_members_stage = enum_members(AbtestsSubjectListItemStage)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.abtests_subject_from_field import AbtestsSubjectFromField  # noqa: E402
from ..models.abtests_subject_list import AbtestsSubjectList  # noqa: E402
from ..models.abtests_subject_list_item_delivery_settings import AbtestsSubjectListItemDeliverySettings  # noqa: E402
from ..models.abtests_subject_reply_to import AbtestsSubjectReplyTo  # noqa: E402
