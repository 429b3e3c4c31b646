from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
    parse_datetime,
)

from ..models.searched_contact_details_origin import SearchedContactDetailsOrigin
from ..models.searched_contact_details_reason import SearchedContactDetailsReason
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_reference import ListReference


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class SearchedContactDetails(WireModel):
    """
    Attributes:
        contact_id (str): The contact identifier Example: jtLF5i.
        name (None | str | Unset): The contact description Example: John Doe.
        email (str | Unset):  Example: john.doe@example.com.
        origin (SearchedContactDetailsOrigin | Unset):  Example: landing_page.
        day_of_cycle (None | str | Unset):  Example: 153.
        created_on (datetime.datetime | Unset):  Example: 2018-01-15T13:30:42+0000.
        campaign (ListReference | Unset): A reference to a list (campaign in the API).
        score (None | str | Unset):  Example: 5.
        reason (SearchedContactDetailsReason | Unset):  Example: support.
        deleted_on (datetime.datetime | None | Unset):  Example: 2024-02-12T11:00:00+0000.
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    contact_id: str
    name: None | str | Unset = UNSET
    email: str | Unset = UNSET
    origin: SearchedContactDetailsOrigin | Unset = UNSET
    day_of_cycle: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    campaign: ListReference | Unset = UNSET
    score: None | str | Unset = UNSET
    reason: SearchedContactDetailsReason | Unset = UNSET
    deleted_on: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_deleted_on(json_value_: Any) -> datetime.datetime | None | Unset:
    def _parse_deleted_on(data: object) -> datetime.datetime | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            deleted_on_type_0 = datetime.datetime.fromisoformat(data)

            return deleted_on_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(datetime.datetime | None | Unset, data)

    deleted_on = _parse_deleted_on(json_value_)

    return deleted_on


# Imported last, not first: these models may import this one (a cycle), and by now this class exists.
# The decoders above find them as module globals, with no import statement on each call.
from ..models.list_reference import ListReference  # noqa: E402

bind_fields(
    SearchedContactDetails,
    {
        "contact_id": WireField("contactId", required=True),
        "name": WireField("name"),
        "email": WireField("email"),
        "origin": WireField("origin", enum=SearchedContactDetailsOrigin),
        "day_of_cycle": WireField("dayOfCycle"),
        "created_on": WireField("createdOn", decode=parse_datetime),
        "campaign": WireField("campaign", decode=ListReference.from_dict, keep=True),
        "score": WireField("score"),
        "reason": WireField("reason", enum=SearchedContactDetailsReason),
        "deleted_on": WireField("deletedOn", decode=_decode_deleted_on, keep=True),
    },
    additional_properties=True,
)
