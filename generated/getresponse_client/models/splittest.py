from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
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


T = TypeVar("T", bound="Splittest")


@_attrs_define
class Splittest(WireModel):
    """
    Attributes:
        splittest_id (str | Unset): A/B test ID Example: A3r.
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

    splittest_id: str | Unset = UNSET
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

    def _encode(self) -> dict[str, Any]:
        splittest_id = self.splittest_id

        href = self.href

        name = self.name

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        winning_criteria: str | Unset = UNSET
        if not isinstance(self.winning_criteria, Unset):
            winning_criteria = self.winning_criteria.value

        winning_target = self.winning_target

        stage: str | Unset = UNSET
        if not isinstance(self.stage, Unset):
            stage = self.stage.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        sampling_percentage: None | str | Unset
        if isinstance(self.sampling_percentage, Unset):
            sampling_percentage = UNSET
        else:
            sampling_percentage = self.sampling_percentage

        sampling_time: None | str | Unset
        if isinstance(self.sampling_time, Unset):
            sampling_time = UNSET
        else:
            sampling_time = self.sampling_time

        choose_winning: str | Unset = UNSET
        if not isinstance(self.choose_winning, Unset):
            choose_winning = self.choose_winning.value

        winning_score_opens = self.winning_score_opens

        winning_score_clicks = self.winning_score_clicks

        winning_delivered = self.winning_delivered

        winning_schedule_on: None | str | Unset
        if isinstance(self.winning_schedule_on, Unset):
            winning_schedule_on = UNSET
        elif isinstance(self.winning_schedule_on, datetime.datetime):
            winning_schedule_on = self.winning_schedule_on.isoformat()
        else:
            winning_schedule_on = self.winning_schedule_on

        next_step_on: None | str | Unset
        if isinstance(self.next_step_on, Unset):
            next_step_on = UNSET
        elif isinstance(self.next_step_on, datetime.datetime):
            next_step_on = self.next_step_on.isoformat()
        else:
            next_step_on = self.next_step_on

        evaluation_skipped_on: None | str | Unset
        if isinstance(self.evaluation_skipped_on, Unset):
            evaluation_skipped_on = UNSET
        elif isinstance(self.evaluation_skipped_on, datetime.datetime):
            evaluation_skipped_on = self.evaluation_skipped_on.isoformat()
        else:
            evaluation_skipped_on = self.evaluation_skipped_on

        canceled_on: None | str | Unset
        if isinstance(self.canceled_on, Unset):
            canceled_on = UNSET
        elif isinstance(self.canceled_on, datetime.datetime):
            canceled_on = self.canceled_on.isoformat()
        else:
            canceled_on = self.canceled_on

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        newsletters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.newsletters, Unset):
            newsletters = []
            for newsletters_item_data in self.newsletters:
                newsletters_item = newsletters_item_data.to_dict()
                newsletters.append(newsletters_item)

        send_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.send_settings, Unset):
            send_settings = self.send_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if splittest_id is not UNSET:
            field_dict["splittestId"] = splittest_id
        if href is not UNSET:
            field_dict["href"] = href
        if name is not UNSET:
            field_dict["name"] = name
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if status is not UNSET:
            field_dict["status"] = status
        if winning_criteria is not UNSET:
            field_dict["winningCriteria"] = winning_criteria
        if winning_target is not UNSET:
            field_dict["winningTarget"] = winning_target
        if stage is not UNSET:
            field_dict["stage"] = stage
        if type_ is not UNSET:
            field_dict["type"] = type_
        if sampling_percentage is not UNSET:
            field_dict["samplingPercentage"] = sampling_percentage
        if sampling_time is not UNSET:
            field_dict["samplingTime"] = sampling_time
        if choose_winning is not UNSET:
            field_dict["chooseWinning"] = choose_winning
        if winning_score_opens is not UNSET:
            field_dict["winningScoreOpens"] = winning_score_opens
        if winning_score_clicks is not UNSET:
            field_dict["winningScoreClicks"] = winning_score_clicks
        if winning_delivered is not UNSET:
            field_dict["winningDelivered"] = winning_delivered
        if winning_schedule_on is not UNSET:
            field_dict["winningScheduleOn"] = winning_schedule_on
        if next_step_on is not UNSET:
            field_dict["nextStepOn"] = next_step_on
        if evaluation_skipped_on is not UNSET:
            field_dict["evaluationSkippedOn"] = evaluation_skipped_on
        if canceled_on is not UNSET:
            field_dict["canceledOn"] = canceled_on
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if newsletters is not UNSET:
            field_dict["newsletters"] = newsletters
        if send_settings is not UNSET:
            field_dict["sendSettings"] = send_settings

        return field_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_splittest_id(d: Mapping[str, Any]) -> str | Unset:
    splittest_id: str | Unset = d.get("splittestId", UNSET)
    return splittest_id


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _decode_name(d: Mapping[str, Any]) -> str | Unset:
    name: str | Unset = d.get("name", UNSET)
    return name


def _decode_campaign(d: Mapping[str, Any]) -> ListReference | Unset:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    _campaign = d.get("campaign", UNSET)
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_status(d: Mapping[str, Any]) -> SplittestStatus | Unset:
    _status = d.get("status", UNSET)
    status: SplittestStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = SplittestStatus(_status)

    return status


def _decode_winning_criteria(d: Mapping[str, Any]) -> SplittestWinningCriteria | Unset:
    _winning_criteria = d.get("winningCriteria", UNSET)
    winning_criteria: SplittestWinningCriteria | Unset
    if isinstance(_winning_criteria, Unset):
        winning_criteria = UNSET
    else:
        winning_criteria = SplittestWinningCriteria(_winning_criteria)

    return winning_criteria


def _decode_winning_target(d: Mapping[str, Any]) -> str | Unset:
    winning_target: str | Unset = d.get("winningTarget", UNSET)
    return winning_target


def _decode_stage(d: Mapping[str, Any]) -> SplittestStage | Unset:
    _stage = d.get("stage", UNSET)
    stage: SplittestStage | Unset
    if isinstance(_stage, Unset):
        stage = UNSET
    else:
        stage = SplittestStage(_stage)

    return stage


def _decode_type_(d: Mapping[str, Any]) -> SplittestType | Unset:
    _type_ = d.get("type", UNSET)
    type_: SplittestType | Unset
    if isinstance(_type_, Unset):
        type_ = UNSET
    else:
        type_ = SplittestType(_type_)

    return type_


def _decode_sampling_percentage(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_sampling_percentage(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    sampling_percentage = _parse_sampling_percentage(d.get("samplingPercentage", UNSET))

    return sampling_percentage


def _decode_sampling_time(d: Mapping[str, Any]) -> None | str | Unset:
    def _parse_sampling_time(data: object) -> None | str | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        return cast(None | str | Unset, data)

    sampling_time = _parse_sampling_time(d.get("samplingTime", UNSET))

    return sampling_time


def _decode_choose_winning(d: Mapping[str, Any]) -> SplittestChooseWinning | Unset:
    _choose_winning = d.get("chooseWinning", UNSET)
    choose_winning: SplittestChooseWinning | Unset
    if isinstance(_choose_winning, Unset):
        choose_winning = UNSET
    else:
        choose_winning = SplittestChooseWinning(_choose_winning)

    return choose_winning


def _decode_winning_score_opens(d: Mapping[str, Any]) -> str | Unset:
    winning_score_opens: str | Unset = d.get("winningScoreOpens", UNSET)
    return winning_score_opens


def _decode_winning_score_clicks(d: Mapping[str, Any]) -> str | Unset:
    winning_score_clicks: str | Unset = d.get("winningScoreClicks", UNSET)
    return winning_score_clicks


def _decode_winning_delivered(d: Mapping[str, Any]) -> str | Unset:
    winning_delivered: str | Unset = d.get("winningDelivered", UNSET)
    return winning_delivered


def _decode_winning_schedule_on(d: Mapping[str, Any]) -> datetime.datetime | None | Unset:
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

    winning_schedule_on = _parse_winning_schedule_on(d.get("winningScheduleOn", UNSET))

    return winning_schedule_on


def _decode_next_step_on(d: Mapping[str, Any]) -> datetime.datetime | None | Unset:
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

    next_step_on = _parse_next_step_on(d.get("nextStepOn", UNSET))

    return next_step_on


def _decode_evaluation_skipped_on(d: Mapping[str, Any]) -> datetime.datetime | None | Unset:
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

    evaluation_skipped_on = _parse_evaluation_skipped_on(d.get("evaluationSkippedOn", UNSET))

    return evaluation_skipped_on


def _decode_canceled_on(d: Mapping[str, Any]) -> datetime.datetime | None | Unset:
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

    canceled_on = _parse_canceled_on(d.get("canceledOn", UNSET))

    return canceled_on


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | None | Unset:
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

    created_on = _parse_created_on(d.get("createdOn", UNSET))

    return created_on


def _decode_newsletters(d: Mapping[str, Any]) -> list[SplittestNewsletter] | Unset:
    from ..models.splittest_newsletter import SplittestNewsletter  # noqa: PLC0415

    _newsletters = d.get("newsletters", UNSET)
    newsletters: list[SplittestNewsletter] | Unset = UNSET
    if _newsletters is not UNSET:
        newsletters = []
        for newsletters_item_data in _newsletters:
            newsletters_item = SplittestNewsletter.from_dict(newsletters_item_data)

            newsletters.append(newsletters_item)

    return newsletters


def _decode_send_settings(d: Mapping[str, Any]) -> SplittestSendSettings | Unset:
    from ..models.splittest_send_settings import SplittestSendSettings  # noqa: PLC0415

    _send_settings = d.get("sendSettings", UNSET)
    send_settings: SplittestSendSettings | Unset
    if isinstance(_send_settings, Unset):
        send_settings = UNSET
    else:
        send_settings = SplittestSendSettings.from_dict(_send_settings)

    return send_settings


def _encode_splittest_id(self: Splittest) -> Any:
    splittest_id = self.splittest_id
    return splittest_id


def _encode_href(self: Splittest) -> Any:
    href = self.href
    return href


def _encode_name(self: Splittest) -> Any:
    name = self.name
    return name


def _encode_campaign(self: Splittest) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _encode_status(self: Splittest) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_winning_criteria(self: Splittest) -> Any:
    winning_criteria: str | Unset = UNSET
    if not isinstance(self.winning_criteria, Unset):
        winning_criteria = self.winning_criteria.value

    return winning_criteria


def _encode_winning_target(self: Splittest) -> Any:
    winning_target = self.winning_target
    return winning_target


def _encode_stage(self: Splittest) -> Any:
    stage: str | Unset = UNSET
    if not isinstance(self.stage, Unset):
        stage = self.stage.value

    return stage


def _encode_type_(self: Splittest) -> Any:
    type_: str | Unset = UNSET
    if not isinstance(self.type_, Unset):
        type_ = self.type_.value

    return type_


def _encode_sampling_percentage(self: Splittest) -> Any:
    sampling_percentage: None | str | Unset
    if isinstance(self.sampling_percentage, Unset):
        sampling_percentage = UNSET
    else:
        sampling_percentage = self.sampling_percentage
    return sampling_percentage


def _encode_sampling_time(self: Splittest) -> Any:
    sampling_time: None | str | Unset
    if isinstance(self.sampling_time, Unset):
        sampling_time = UNSET
    else:
        sampling_time = self.sampling_time
    return sampling_time


def _encode_choose_winning(self: Splittest) -> Any:
    choose_winning: str | Unset = UNSET
    if not isinstance(self.choose_winning, Unset):
        choose_winning = self.choose_winning.value

    return choose_winning


def _encode_winning_score_opens(self: Splittest) -> Any:
    winning_score_opens = self.winning_score_opens
    return winning_score_opens


def _encode_winning_score_clicks(self: Splittest) -> Any:
    winning_score_clicks = self.winning_score_clicks
    return winning_score_clicks


def _encode_winning_delivered(self: Splittest) -> Any:
    winning_delivered = self.winning_delivered
    return winning_delivered


def _encode_winning_schedule_on(self: Splittest) -> Any:
    winning_schedule_on: None | str | Unset
    if isinstance(self.winning_schedule_on, Unset):
        winning_schedule_on = UNSET
    elif isinstance(self.winning_schedule_on, datetime.datetime):
        winning_schedule_on = self.winning_schedule_on.isoformat()
    else:
        winning_schedule_on = self.winning_schedule_on
    return winning_schedule_on


def _encode_next_step_on(self: Splittest) -> Any:
    next_step_on: None | str | Unset
    if isinstance(self.next_step_on, Unset):
        next_step_on = UNSET
    elif isinstance(self.next_step_on, datetime.datetime):
        next_step_on = self.next_step_on.isoformat()
    else:
        next_step_on = self.next_step_on
    return next_step_on


def _encode_evaluation_skipped_on(self: Splittest) -> Any:
    evaluation_skipped_on: None | str | Unset
    if isinstance(self.evaluation_skipped_on, Unset):
        evaluation_skipped_on = UNSET
    elif isinstance(self.evaluation_skipped_on, datetime.datetime):
        evaluation_skipped_on = self.evaluation_skipped_on.isoformat()
    else:
        evaluation_skipped_on = self.evaluation_skipped_on
    return evaluation_skipped_on


def _encode_canceled_on(self: Splittest) -> Any:
    canceled_on: None | str | Unset
    if isinstance(self.canceled_on, Unset):
        canceled_on = UNSET
    elif isinstance(self.canceled_on, datetime.datetime):
        canceled_on = self.canceled_on.isoformat()
    else:
        canceled_on = self.canceled_on
    return canceled_on


def _encode_created_on(self: Splittest) -> Any:
    created_on: None | str | Unset
    if isinstance(self.created_on, Unset):
        created_on = UNSET
    elif isinstance(self.created_on, datetime.datetime):
        created_on = self.created_on.isoformat()
    else:
        created_on = self.created_on
    return created_on


def _encode_newsletters(self: Splittest) -> Any:
    newsletters: list[dict[str, Any]] | Unset = UNSET
    if not isinstance(self.newsletters, Unset):
        newsletters = []
        for newsletters_item_data in self.newsletters:
            newsletters_item = newsletters_item_data.to_dict()
            newsletters.append(newsletters_item)

    return newsletters


def _encode_send_settings(self: Splittest) -> Any:
    send_settings: dict[str, Any] | Unset = UNSET
    if not isinstance(self.send_settings, Unset):
        send_settings = self.send_settings.to_dict()
    return send_settings


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Splittest._wire_fields}


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
    "splittest_id": _decode_splittest_id,
    "href": _decode_href,
    "name": _decode_name,
    "campaign": _decode_campaign,
    "status": _decode_status,
    "winning_criteria": _decode_winning_criteria,
    "winning_target": _decode_winning_target,
    "stage": _decode_stage,
    "type_": _decode_type_,
    "sampling_percentage": _decode_sampling_percentage,
    "sampling_time": _decode_sampling_time,
    "choose_winning": _decode_choose_winning,
    "winning_score_opens": _decode_winning_score_opens,
    "winning_score_clicks": _decode_winning_score_clicks,
    "winning_delivered": _decode_winning_delivered,
    "winning_schedule_on": _decode_winning_schedule_on,
    "next_step_on": _decode_next_step_on,
    "evaluation_skipped_on": _decode_evaluation_skipped_on,
    "canceled_on": _decode_canceled_on,
    "created_on": _decode_created_on,
    "newsletters": _decode_newsletters,
    "send_settings": _decode_send_settings,
    "additional_properties": _decode_additional_properties,
}
Splittest._encoders = {
    "splittest_id": _encode_splittest_id,
    "href": _encode_href,
    "name": _encode_name,
    "campaign": _encode_campaign,
    "status": _encode_status,
    "winning_criteria": _encode_winning_criteria,
    "winning_target": _encode_winning_target,
    "stage": _encode_stage,
    "type_": _encode_type_,
    "sampling_percentage": _encode_sampling_percentage,
    "sampling_time": _encode_sampling_time,
    "choose_winning": _encode_choose_winning,
    "winning_score_opens": _encode_winning_score_opens,
    "winning_score_clicks": _encode_winning_score_clicks,
    "winning_delivered": _encode_winning_delivered,
    "winning_schedule_on": _encode_winning_schedule_on,
    "next_step_on": _encode_next_step_on,
    "evaluation_skipped_on": _encode_evaluation_skipped_on,
    "canceled_on": _encode_canceled_on,
    "created_on": _encode_created_on,
    "newsletters": _encode_newsletters,
    "send_settings": _encode_send_settings,
}
