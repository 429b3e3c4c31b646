from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._wire import WireModel
from ..models.import_status import ImportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_error_statistics import ImportErrorStatistics
    from ..models.import_statistics import ImportStatistics
    from ..models.list_reference import ListReference


T = TypeVar("T", bound="Import")


@_attrs_define
class Import(WireModel):
    """
    Attributes:
        import_id (str | Unset): The import ID Example: o6gE.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        status (ImportStatus | Unset):
        statistics (ImportStatistics | Unset):
        error_statistics (ImportErrorStatistics | Unset):
        created_on (datetime.datetime | Unset):
        finished_on (datetime.datetime | Unset):
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/imports/o6gE.
    """

    import_id: str | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    status: ImportStatus | Unset = UNSET
    statistics: ImportStatistics | Unset = UNSET
    error_statistics: ImportErrorStatistics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    finished_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def _encode(self) -> dict[str, Any]:
        import_id = self.import_id

        campaign: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign, Unset):
            campaign = self.campaign.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.statistics, Unset):
            statistics = self.statistics.to_dict()

        error_statistics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error_statistics, Unset):
            error_statistics = self.error_statistics.to_dict()

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat()

        finished_on: str | Unset = UNSET
        if not isinstance(self.finished_on, Unset):
            finished_on = self.finished_on.isoformat()

        href = self.href

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if campaign is not UNSET:
            field_dict["campaign"] = campaign
        if status is not UNSET:
            field_dict["status"] = status
        if statistics is not UNSET:
            field_dict["statistics"] = statistics
        if error_statistics is not UNSET:
            field_dict["errorStatistics"] = error_statistics
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if finished_on is not UNSET:
            field_dict["finishedOn"] = finished_on
        if href is not UNSET:
            field_dict["href"] = href

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


def _decode_import_id(d: Mapping[str, Any]) -> str | Unset:
    import_id: str | Unset = d.get("importId", UNSET)
    return import_id


def _decode_campaign(d: Mapping[str, Any]) -> ListReference | Unset:
    from ..models.list_reference import ListReference  # noqa: PLC0415

    _campaign = d.get("campaign", UNSET)
    campaign: ListReference | Unset
    if isinstance(_campaign, Unset):
        campaign = UNSET
    else:
        campaign = ListReference.from_dict(_campaign)

    return campaign


def _decode_status(d: Mapping[str, Any]) -> ImportStatus | Unset:
    _status = d.get("status", UNSET)
    status: ImportStatus | Unset
    if isinstance(_status, Unset):
        status = UNSET
    else:
        status = ImportStatus(_status)

    return status


def _decode_statistics(d: Mapping[str, Any]) -> ImportStatistics | Unset:
    from ..models.import_statistics import ImportStatistics  # noqa: PLC0415

    _statistics = d.get("statistics", UNSET)
    statistics: ImportStatistics | Unset
    if isinstance(_statistics, Unset):
        statistics = UNSET
    else:
        statistics = ImportStatistics.from_dict(_statistics)

    return statistics


def _decode_error_statistics(d: Mapping[str, Any]) -> ImportErrorStatistics | Unset:
    from ..models.import_error_statistics import ImportErrorStatistics  # noqa: PLC0415

    _error_statistics = d.get("errorStatistics", UNSET)
    error_statistics: ImportErrorStatistics | Unset
    if isinstance(_error_statistics, Unset):
        error_statistics = UNSET
    else:
        error_statistics = ImportErrorStatistics.from_dict(_error_statistics)

    return error_statistics


def _decode_created_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _created_on = d.get("createdOn", UNSET)
    created_on: datetime.datetime | Unset
    if isinstance(_created_on, Unset):
        created_on = UNSET
    else:
        created_on = datetime.datetime.fromisoformat(_created_on)

    return created_on


def _decode_finished_on(d: Mapping[str, Any]) -> datetime.datetime | Unset:
    _finished_on = d.get("finishedOn", UNSET)
    finished_on: datetime.datetime | Unset
    if isinstance(_finished_on, Unset):
        finished_on = UNSET
    else:
        finished_on = datetime.datetime.fromisoformat(_finished_on)

    return finished_on


def _decode_href(d: Mapping[str, Any]) -> str | Unset:
    href: str | Unset = d.get("href", UNSET)
    return href


def _encode_import_id(self: Import) -> Any:
    import_id = self.import_id
    return import_id


def _encode_campaign(self: Import) -> Any:
    campaign: dict[str, Any] | Unset = UNSET
    if not isinstance(self.campaign, Unset):
        campaign = self.campaign.to_dict()
    return campaign


def _encode_status(self: Import) -> Any:
    status: str | Unset = UNSET
    if not isinstance(self.status, Unset):
        status = self.status.value

    return status


def _encode_statistics(self: Import) -> Any:
    statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.statistics, Unset):
        statistics = self.statistics.to_dict()
    return statistics


def _encode_error_statistics(self: Import) -> Any:
    error_statistics: dict[str, Any] | Unset = UNSET
    if not isinstance(self.error_statistics, Unset):
        error_statistics = self.error_statistics.to_dict()
    return error_statistics


def _encode_created_on(self: Import) -> Any:
    created_on: str | Unset = UNSET
    if not isinstance(self.created_on, Unset):
        created_on = self.created_on.isoformat()
    return created_on


def _encode_finished_on(self: Import) -> Any:
    finished_on: str | Unset = UNSET
    if not isinstance(self.finished_on, Unset):
        finished_on = self.finished_on.isoformat()
    return finished_on


def _encode_href(self: Import) -> Any:
    href = self.href
    return href


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in Import._wire_fields}


Import._wire_names = {
    "import_id": "importId",
    "campaign": "campaign",
    "status": "status",
    "statistics": "statistics",
    "error_statistics": "errorStatistics",
    "created_on": "createdOn",
    "finished_on": "finishedOn",
    "href": "href",
}
Import._wire_fields = frozenset(Import._wire_names.values())
Import._decoders = {
    "import_id": _decode_import_id,
    "campaign": _decode_campaign,
    "status": _decode_status,
    "statistics": _decode_statistics,
    "error_statistics": _decode_error_statistics,
    "created_on": _decode_created_on,
    "finished_on": _decode_finished_on,
    "href": _decode_href,
    "additional_properties": _decode_additional_properties,
}
Import._encoders = {
    "import_id": _encode_import_id,
    "campaign": _encode_campaign,
    "status": _encode_status,
    "statistics": _encode_statistics,
    "error_statistics": _encode_error_statistics,
    "created_on": _encode_created_on,
    "finished_on": _encode_finished_on,
    "href": _encode_href,
}
