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


EDITOR_AS_OBJECT = Finding(
    "editor decoded as an object model (generated client)",
    "generated client: TransactionalEmailsTemplateListElement.editor is `allOf: [{type: string, enum: [html, "
    "wysiwyg]}]` in the spec and became an empty object model (TransactionalEmailsTemplateListElementEditor), so "
    "every real value ('html') fails to decode; fix in overlays/10-spec-fixes.yaml (make it a plain string enum)",
    ("cannot be decoded from 'html': TransactionalEmailsTemplateListElementEditor expects a JSON object",),
)
ADDITIONAL_PROPERTIES_NAME_ERROR = Finding(
    "NameError decoding additionalProperties (model template)",
    "generated client: _decode_additional_properties of models whose additionalProperties are models or unions "
    "uses classes imported only under TYPE_CHECKING, so reading any entry raises NameError; fix in "
    "generator_templates/model.py.jinja (emit model.lazy_imports in _decode_additional_properties, as the "
    "per-field decoders do)",
    ("raised NameError: name '",),
)
DELIMITED_ISO_INTERVAL_PATTERN = Finding(
    "ISO interval pattern with PHP delimiters (spec)",
    "spec: the ISO 8601 interval pattern of timeInterval/timeFrame is written with PHP delimiters ('/^...$/', and "
    "a soft hyphen inside), so no value can match it; the client ignores patterns, validators reject every real "
    "value; fix in overlays/10-spec-fixes.yaml (strip the delimiters and the U+00AD)",
    ("does not match '/^([\\\\+-]?\\\\d{4}",),
)
DELIMITED_OFFSET_PATTERN = Finding(
    "time zone offset pattern with PHP delimiters (spec)",
    "spec: TimezoneOffset.offset's pattern is '/^(?:Z|[+-]...)$/' with PHP delimiters, so '+01:00' cannot match; "
    "fix in overlays/10-spec-fixes.yaml",
    ("offset: '+01:00' does not match '/^(?:Z|",),
)

KNOWN_FINDINGS: dict[str, Finding] = {
    # -- spec-derived cassettes: defects of the generated client or of the (overlaid) spec --------------------
    "spec/getTransactionalEmailsTemplatesList": EDITOR_AS_OBJECT,
    "spec/getTransactionalEmailsTemplatesById": EDITOR_AS_OBJECT,
    "spec/createTransactionalEmailTemplate": EDITOR_AS_OBJECT,
    "spec/updateTransactionalEmailsTemplate": EDITOR_AS_OBJECT,
    "spec/getListStatisticsBalance": ADDITIONAL_PROPERTIES_NAME_ERROR,
    "spec/getListStatisticsLocations": ADDITIONAL_PROPERTIES_NAME_ERROR,
    "spec/getListStatisticsOrigins": ADDITIONAL_PROPERTIES_NAME_ERROR,
    "spec/getListStatisticsRemovals": ADDITIONAL_PROPERTIES_NAME_ERROR,
    "spec/getListStatisticsSubscriptions": ADDITIONAL_PROPERTIES_NAME_ERROR,
    "spec/getListStatisticsSummary": ADDITIONAL_PROPERTIES_NAME_ERROR,
    "spec/getAutoresponderStatisticsCollection": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getNewsletterStatisticsCollection": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getRssNewsletterStatisticsCollection": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getSingleAutoresponderStatistics": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getSingleNewsletterStatistics": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getSingleRssNewsletterStatisticsCollection": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getRevenueStats": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getTransactionalEmailsStatistics": DELIMITED_ISO_INTERVAL_PATTERN,
    "spec/getAccount": DELIMITED_OFFSET_PATTERN,
    "spec/updateAccount": DELIMITED_OFFSET_PATTERN,
    "spec/getTimezones": DELIMITED_OFFSET_PATTERN,
    "spec/getForm": Finding(
        "trackingCustomField: $ref with a sibling type: string (spec)",
        "spec: FormSettings.trackingCustomField is `{type: string, nullable: true, $ref: CustomFieldReference}`; "
        "OpenAPI 3.0 ignores the siblings of $ref (the generator builds the object), validators apply both and "
        "reject every value; fix in overlays/10-spec-fixes.yaml (allOf: [$ref] with nullable, no type)",
        ("$.settings.trackingCustomField: {",),
    ),
    # -- the documentation's exchanges: where the docs and the spec disagree ----------------------------------
    "docs/getActivities": Finding(
        "null resource fields not nullable in the spec (docs vs spec)",
        "docs vs spec: activities of non-newsletter messages have resource.resourceType/href null (the docs say "
        "so), the spec does not mark them nullable",
        ("$[1].resource.resourceType: None for not nullable", "$[1].resource.href: None for not nullable"),
    ),
    "docs/getContactById": Finding(
        "createdOn format, null changedOn, custom field shape (docs vs spec)",
        "docs vs spec: the docs' contact has createdOn '2014-09-29 12:25:55' (not a date-time), changedOn null "
        "(not nullable in the spec) and customFieldValues without the name/type/values the spec requires",
        ("$.createdOn: '2014-09-29 12:25:55' is not a 'date-time'", "$.changedOn: None", "is a required property"),
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
        "client raises ResponseDecodeError on the documented body. Record it live to tell which is right",
        ("is not of type 'array'", "raised ResponseDecodeError"),
    ),
    "docs/upsertContactCustoms": Finding(
        "object answer where the spec has an array (docs vs spec)",
        'docs vs spec: the docs answer {"customFieldValues": [...]}, the spec (and so the client) expects a JSON '
        "array; the client raises ResponseDecodeError on the documented body. Record it live to tell which is right",
        ("is not of type 'array'", "raised ResponseDecodeError"),
    ),
}


def unexplained(problems: list[str], finding: Finding) -> tuple[list[str], list[str]]:
    """(problems no signature explains, signatures no problem shows)."""
    extra = [p for p in problems if not any(signature in p for signature in finding.signatures)]
    gone = [s for s in finding.signatures if not any(s in p for p in problems)]
    return extra, gone
