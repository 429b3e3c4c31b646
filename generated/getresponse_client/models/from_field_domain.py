from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from getresponse_runtime.wire import (
    WireField,
    WireModel,
    bind_fields,
)

from ..models.from_field_domain_dkim_warning import FromFieldDomainDKIMWarning
from ..models.from_field_domain_status import FromFieldDomainStatus
from ..types import UNSET, Unset


# Not slotted by attrs: the fields are properties over the JSON object, and a slot per field would only make each
# model bigger (192 bytes instead of 64 for a contact). The state is WireModel's own slots.
@_attrs_define(slots=False, getstate_setstate=False)
class FromFieldDomain(WireModel):
    """
    Attributes:
        status (FromFieldDomainStatus | Unset): Status of domain
        dkim_warning (FromFieldDomainDKIMWarning | Unset): DKIM warning status
    """

    if not TYPE_CHECKING:  # no __dict__, so a misspelt attribute still fails; type checkers see the fields
        __slots__ = ()

    status: FromFieldDomainStatus | Unset = UNSET
    dkim_warning: FromFieldDomainDKIMWarning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


bind_fields(
    FromFieldDomain,
    {
        "status": WireField("status", enum=FromFieldDomainStatus),
        "dkim_warning": WireField("DKIMWarning", enum=FromFieldDomainDKIMWarning),
    },
    additional_properties=True,
)
