from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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


@_attrs_define(getstate_setstate=False)  # (the state is the JSON object: WireModel's slots)
class FromFieldDomain(WireModel):
    """
    Attributes:
        status (FromFieldDomainStatus | Unset): Status of domain
        dkim_warning (FromFieldDomainDKIMWarning | Unset): DKIM warning status
    """

    status: FromFieldDomainStatus | Unset = UNSET
    dkim_warning: FromFieldDomainDKIMWarning | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)


def _decode_additional_properties(d: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in d.items() if key not in FromFieldDomain._wire_fields}


FromFieldDomain._extra_decoder = _decode_additional_properties

bind_fields(
    FromFieldDomain,
    {
        "status": WireField("status", enum=FromFieldDomainStatus),
        "dkim_warning": WireField("DKIMWarning", enum=FromFieldDomainDKIMWarning),
    },
    additional_properties=True,
)
