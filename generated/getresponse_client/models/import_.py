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

from ..models.import_status import ImportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_error_statistics import ImportErrorStatistics
    from ..models.import_statistics import ImportStatistics
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class Import(WireModel):
    """
    Attributes:
        import_id (str): The import ID Example: o6gE.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        status (ImportStatus | Unset):
        statistics (ImportStatistics | Unset):
        error_statistics (ImportErrorStatistics | Unset):
        created_on (datetime.datetime | Unset):
        finished_on (datetime.datetime | Unset):
        href (str | Unset): Direct hyperlink to a resource Example: https://api.getresponse.com/v3/imports/o6gE.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    import_id: str
    campaign: ListReference | Unset = UNSET
    status: ImportStatus | Unset = UNSET
    statistics: ImportStatistics | Unset = UNSET
    error_statistics: ImportErrorStatistics | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    finished_on: datetime.datetime | Unset = UNSET
    href: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.import_error_statistics import ImportErrorStatistics  # noqa: E402
from ..models.import_statistics import ImportStatistics  # noqa: E402
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    Import,
    {
        "import_id": WireField("importId", required=True),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "status": WireField("status", enum=ImportStatus),
        "statistics": WireField("statistics", decode=ImportStatistics.from_dict, keep=True),
        "error_statistics": WireField("errorStatistics", decode=ImportErrorStatistics.from_dict, keep=True),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "finished_on": WireField("finishedOn", decode=parse_datetime),
        "href": WireField("href"),
    },
    additional_properties=True,
)
