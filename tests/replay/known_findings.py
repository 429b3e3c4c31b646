"""What replay found and what is not fixed yet: each entry names the defect and where a fix belongs.

A cassette listed here must show exactly these problems (every problem matches a signature, every signature
matches a problem); the test then xfails with the reason, so the finding stays visible in every run. A new problem,
or a fixed one, fails the test: remove the entry once the overlay, template or spec is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    title: str  # what the xfail line says
    reason: str  # the defect, and where its fix belongs
    signatures: tuple[str, ...]  # substrings, each matching one or more of the reported problems


KNOWN_FINDINGS: dict[str, Finding] = {
    # -- spec-derived cassettes: none left (the defects replay found are fixed in overlays/ and templates) ----
    # -- the documentation's exchanges: where the docs and the spec disagree ----------------------------------
    "docs/getActivities": Finding(
        "null resource fields not nullable in the spec (docs vs spec)",
        "docs vs spec: activities of non-newsletter messages have resource.resourceType/href null (the docs say "
        "so), the spec does not mark them nullable",
        ("$[1].resource.resourceType: None for not nullable", "$[1].resource.href: None for not nullable"),
    ),
    "docs/getContactById": Finding(
        "createdOn format, null changedOn (docs vs spec)",
        "docs vs spec: the docs' contact has createdOn '2014-09-29 12:25:55' (not a date-time) and changedOn null "
        "(not nullable in the spec); its customFieldValues lack name/type/values, which a fields= answer may",
        ("$.createdOn: '2014-09-29 12:25:55' is not a 'date-time'", "$.changedOn: None"),
    ),
    "docs/updateContact": Finding(
        "createdOn format, null changedOn, custom field shape (docs vs spec)",
        "docs vs spec: as getContactById (createdOn format, changedOn null, customFieldValues' required fields)",
        ("$.createdOn: '2014-09-29 12:25:55' is not a 'date-time'", "$.changedOn: None", "is a required property"),
    ),
    "docs/getContactList": Finding(
        "sort order 'desc' not in the spec's enum (docs vs spec)",
        "docs vs spec: the docs sort with 'desc'; the spec's SortOrderEnum has 'ASC'/'DESC' only (the client "
        "sends 'desc' as given, through its tolerant enums)",
        ("request: $: 'desc' is not one of ['ASC', 'DESC']",),
    ),
    "docs/upsertTags": Finding(
        "object answer where the spec has an array (docs vs spec)",
        'docs vs spec: the docs answer {"tags": [...]}, the spec (and so the client) expects a JSON array; the '
        "client raises ResponseValidationError on the documented body. Record it live to tell which is right",
        ("is not of type 'array'", "raised ResponseValidationError"),
    ),
    "docs/upsertContactCustoms": Finding(
        "object answer where the spec has an array (docs vs spec)",
        'docs vs spec: the docs answer {"customFieldValues": [...]}, the spec (and so the client) expects a JSON '
        "array; the client raises ResponseValidationError on the documented body. Record it live to tell which is "
        "right",
        ("is not of type 'array'", "raised ResponseValidationError"),
    ),
}


def unexplained(problems: list[str], finding: Finding) -> tuple[list[str], list[str]]:
    """(problems no signature explains, signatures no problem shows)."""
    extra = [p for p in problems if not any(signature in p for signature in finding.signatures)]
    gone = [s for s in finding.signatures if not any(s in p for p in problems)]
    return extra, gone
