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

from ..models.splittest_choose_winning import SplittestChooseWinning
from ..models.splittest_stage import SplittestStage
from ..models.splittest_status import SplittestStatus
from ..models.splittest_type import SplittestType
from ..models.splittest_winning_criteria import SplittestWinningCriteria
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference
    from ..models.splittest_newsletter import SplittestNewsletter
    from ..models.splittest_send_settings import SplittestSendSettings


@_attrs_define
class Splittest(WireModel):
    """
    Attributes:
        splittest_id (str): A/B test ID Example: A3r.
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/splittests/A3r.
        name (str | Unset): A/B test name Example: A/B test.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        status (SplittestStatus | Unset): A/B test status
        winning_criteria (SplittestWinningCriteria | Unset): A/B test winning criteria
        winning_target (str | Unset): A/B test wining target Example: 10.
        stage (SplittestStage | Unset): A/B test stage
        type_ (SplittestType | Unset): A/B test type
        sampling_percentage (None | str | Unset): A/B test sample percentage Example: 18.
        sampling_time (None | str | Unset): A/B test sampling time in seconds Example: 86400.
        choose_winning (SplittestChooseWinning | Unset): The method of choosing the winning A/B test
        winning_score_opens (str | Unset): The open rate of the winning A/B test Example: 5.
        winning_score_clicks (str | Unset): The click rate of the winning A/B test Example: 3.
        winning_delivered (str | Unset): The delivery rate of the winning A/B test Example: 12.
        winning_schedule_on (datetime.datetime | None | Unset): The date for wchich the winning A/B test was scheduled
            Example: 2015-06-25T20:05:10+0000.
        next_step_on (datetime.datetime | None | Unset): The date of the next step in the A/B test Example:
            2015-07-25T20:05:10+0000.
        evaluation_skipped_on (datetime.datetime | None | Unset): The date when the A/B test was skipped Example:
            2015-07-25T20:05:10+0000.
        canceled_on (datetime.datetime | None | Unset): The date when the A/B test was canceled Example:
            2015-07-25T20:05:10+0000.
        created_on (datetime.datetime | None | Unset): The date when the A/B test was created Example:
            2015-07-25T20:05:10+0000.
        newsletters (list[SplittestNewsletter] | Unset): The newsletters that are associated with the A/B test
        send_settings (SplittestSendSettings | Unset): The send settings for the A/B test
    """

    splittest_id: str
    href: str | Unset = UNSET
    name: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    status: SplittestStatus | Unset = UNSET
    winning_criteria: SplittestWinningCriteria | Unset = UNSET
    winning_target: str | Unset = UNSET
    stage: SplittestStage | Unset = UNSET
    type_: SplittestType | Unset = UNSET
    sampling_percentage: None | str | Unset = UNSET
    sampling_time: None | str | Unset = UNSET
    choose_winning: SplittestChooseWinning | Unset = UNSET
    winning_score_opens: str | Unset = UNSET
    winning_score_clicks: str | Unset = UNSET
    winning_delivered: str | Unset = UNSET
    winning_schedule_on: datetime.datetime | None | Unset = UNSET
    next_step_on: datetime.datetime | None | Unset = UNSET
    evaluation_skipped_on: datetime.datetime | None | Unset = UNSET
    canceled_on: datetime.datetime | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    newsletters: list[SplittestNewsletter] | Unset = UNSET
    send_settings: SplittestSendSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_campaign(json_value_: Any) -> ListReference | Unset:
    _campaign = json_value_
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_status(json_value_: Any) -> SplittestStatus | Unset:
    _status = json_value_
    status: SplittestStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SplittestStatus(_status)

    return status


def _decode_winning_criteria(json_value_: Any) -> SplittestWinningCriteria | Unset:
    _winning_criteria = json_value_
    winning_criteria: SplittestWinningCriteria | Unset
    if isinstance(_winning_criteria, Unset):
        winning_criteria = UNSET
    else:
        winning_criteria = SplittestWinningCriteria(_winning_criteria)

    return winning_criteria


def _decode_stage(json_value_: Any) -> SplittestStage | Unset:
    _stage = json_value_
    stage: SplittestStage | Unset
    if isinstance(_stage, Unset):
        stage = UNSET
    else:
        stage = SplittestStage(_stage)

    return stage


def _decode_type_(json_value_: Any) -> SplittestType | Unset:
    _type_ = json_value_
    type_: SplittestType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = SplittestType(_type_)

    return type_


def _decode_choose_winning(json_value_: Any) -> SplittestChooseWinning | Unset:
    _choose_winning = json_value_
    choose_winning: SplittestChooseWinning | Unset
    if isinstance(_choose_winning, Unset):
        choose_winning = UNSET
    else:
        choose_winning = SplittestChooseWinning(_choose_winning)

    return choose_winning


def _decode_winning_schedule_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_winning_schedule_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            winning_schedule_on_type_0 = datetime.datetime.fromisoformat(data)

            return winning_schedule_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    winning_schedule_on = _parse_winning_schedule_on(json_value_)

    return winning_schedule_on


def _decode_next_step_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_next_step_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            next_step_on_type_0 = datetime.datetime.fromisoformat(data)

            return next_step_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    next_step_on = _parse_next_step_on(json_value_)

    return next_step_on


def _decode_evaluation_skipped_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_evaluation_skipped_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            evaluation_skipped_on_type_0 = datetime.datetime.fromisoformat(data)

            return evaluation_skipped_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    evaluation_skipped_on = _parse_evaluation_skipped_on(json_value_)

    return evaluation_skipped_on


def _decode_canceled_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_canceled_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            canceled_on_type_0 = datetime.datetime.fromisoformat(data)

            return canceled_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    canceled_on = _parse_canceled_on(json_value_)

    return canceled_on


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


def _decode_newsletters(json_value_: Any) -> list[SplittestNewsletter] | Unset:
    _newsletters = json_value_
    newsletters: list[SplittestNewsletter] | Unset = UNSET
    if _newsletters is not UNSET:
        newsletters = []
        for newsletters_item_data in _newsletters:
            newsletters_item = SplittestNewsletter.from_dict(newsletters_item_data)

            newsletters.append(newsletters_item)

    return newsletters


def _decode_send_settings(json_value_: Any) -> SplittestSendSettings | Unset:
    _send_settings = json_value_
    send_settings: SplittestSendSettings | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = SplittestSendSettings.from_dict(_send_settings)

    return send_settings


def _from_dict(cls: type[Splittest], src_dict: Mapping[str, Any]) -> Splittest:
    # Straight-line on purpose: one statement per field is the fastest way to parse a page of thousands.
    if type(src_dict) is not dict:
        check_mapping(cls, src_dict)
    self = cls.__new__(cls)
    base: WireModel = self  # (type checkers see _wire among the base class's slots only)
    base._wire = src_dict
    get = src_dict.get
    value: Any
    value = get("splittestId", UNSET)
    if value is UNSET:
        not_in_response(self, "splittest_id")
    else:
        self.splittest_id = value
    self.href = get("href", UNSET)
    self.name = get("name", UNSET)
    value = get("campaign", UNSET)
    if type(value) is dict:
        self.campaign = ListReference.from_dict(value)
    elif absent(value):
        self.campaign = value
    else:
        try:
            self.campaign = _decode_campaign(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "campaign", value, error)
    value = get("status", UNSET)
    if type(value) is str:
        try:
            self.status = _members_status[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.status = SplittestStatus(value)
    elif absent(value):
        self.status = value
    else:
        try:
            self.status = _decode_status(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "status", value, error)
    value = get("winningCriteria", UNSET)
    if type(value) is str:
        try:
            self.winning_criteria = _members_winning_criteria[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.winning_criteria = SplittestWinningCriteria(value)
    elif absent(value):
        self.winning_criteria = value
    else:
        try:
            self.winning_criteria = _decode_winning_criteria(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winning_criteria", value, error)
    self.winning_target = get("winningTarget", UNSET)
    value = get("stage", UNSET)
    if type(value) is str:
        try:
            self.stage = _members_stage[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.stage = SplittestStage(value)
    elif absent(value):
        self.stage = value
    else:
        try:
            self.stage = _decode_stage(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "stage", value, error)
    value = get("type", UNSET)
    if type(value) is str:
        try:
            self.type_ = _members_type_[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.type_ = SplittestType(value)
    elif absent(value):
        self.type_ = value
    else:
        try:
            self.type_ = _decode_type_(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "type_", value, error)
    self.sampling_percentage = get("samplingPercentage", UNSET)
    self.sampling_time = get("samplingTime", UNSET)
    value = get("chooseWinning", UNSET)
    if type(value) is str:
        try:
            self.choose_winning = _members_choose_winning[value]
        except KeyError:  # a value the spec does not list: a member of its own (the enum's _missing_)
            self.choose_winning = SplittestChooseWinning(value)
    elif absent(value):
        self.choose_winning = value
    else:
        try:
            self.choose_winning = _decode_choose_winning(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "choose_winning", value, error)
    self.winning_score_opens = get("winningScoreOpens", UNSET)
    self.winning_score_clicks = get("winningScoreClicks", UNSET)
    self.winning_delivered = get("winningDelivered", UNSET)
    value = get("winningScheduleOn", UNSET)
    if absent(value):
        self.winning_schedule_on = value
    else:
        try:
            self.winning_schedule_on = _decode_winning_schedule_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "winning_schedule_on", value, error)
    value = get("nextStepOn", UNSET)
    if absent(value):
        self.next_step_on = value
    else:
        try:
            self.next_step_on = _decode_next_step_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "next_step_on", value, error)
    value = get("evaluationSkippedOn", UNSET)
    if absent(value):
        self.evaluation_skipped_on = value
    else:
        try:
            self.evaluation_skipped_on = _decode_evaluation_skipped_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "evaluation_skipped_on", value, error)
    value = get("canceledOn", UNSET)
    if absent(value):
        self.canceled_on = value
    else:
        try:
            self.canceled_on = _decode_canceled_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "canceled_on", value, error)
    value = get("createdOn", UNSET)
    if absent(value):
        self.created_on = value
    else:
        try:
            self.created_on = _decode_created_on(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "created_on", value, error)
    value = get("newsletters", UNSET)
    if absent(value):
        self.newsletters = value
    else:
        try:
            self.newsletters = _decode_newsletters(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "newsletters", value, error)
    value = get("sendSettings", UNSET)
    if type(value) is dict:
        self.send_settings = SplittestSendSettings.from_dict(value)
    elif absent(value):
        self.send_settings = value
    else:
        try:
            self.send_settings = _decode_send_settings(value)
        except DECODE_ERRORS as error:
            defer_decode_error(self, "send_settings", value, error)
    return self


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Splittest._wire_fields}


setattr(Splittest, "from_dict", classmethod(_from_dict))  # WireModel.from_dict is only its signature
Splittest._wire_names = {
    "splittest_id": "splittestId",
    "href": "href",
    "name": "name",
    "campaign": "campaign",
    "status": "status",
    "winning_criteria": "winningCriteria",
    "winning_target": "winningTarget",
    "stage": "stage",
    "type_": "type",
    "sampling_percentage": "samplingPercentage",
    "sampling_time": "samplingTime",
    "choose_winning": "chooseWinning",
    "winning_score_opens": "winningScoreOpens",
    "winning_score_clicks": "winningScoreClicks",
    "winning_delivered": "winningDelivered",
    "winning_schedule_on": "winningScheduleOn",
    "next_step_on": "nextStepOn",
    "evaluation_skipped_on": "evaluationSkippedOn",
    "canceled_on": "canceledOn",
    "created_on": "createdOn",
    "newsletters": "newsletters",
    "send_settings": "sendSettings",
}
Splittest._wire_fields = frozenset(Splittest._wire_names.values())
Splittest._decoders = {
    "splittest_id": None,
    "href": None,
    "name": None,
    "campaign": _decode_campaign,
    "status": _decode_status,
    "winning_criteria": _decode_winning_criteria,
    "winning_target": None,
    "stage": _decode_stage,
    "type_": _decode_type_,
    "sampling_percentage": None,
    "sampling_time": None,
    "choose_winning": _decode_choose_winning,
    "winning_score_opens": None,
    "winning_score_clicks": None,
    "winning_delivered": None,
    "winning_schedule_on": _decode_winning_schedule_on,
    "next_step_on": _decode_next_step_on,
    "evaluation_skipped_on": _decode_evaluation_skipped_on,
    "canceled_on": _decode_canceled_on,
    "created_on": _decode_created_on,
    "newsletters": _decode_newsletters,
    "send_settings": _decode_send_settings,
}
Splittest._extra_decoder = _decode_additional_properties
_members_status = enum_members(SplittestStatus)
_members_winning_criteria = enum_members(SplittestWinningCriteria)
_members_stage = enum_members(SplittestStage)
_members_type_ = enum_members(SplittestType)
_members_choose_winning = enum_members(SplittestChooseWinning)

# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402
from ..models.splittest_newsletter import SplittestNewsletter  # noqa: E402
from ..models.splittest_send_settings import SplittestSendSettings  # noqa: E402
