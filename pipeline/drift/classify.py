"""Which changes break a user of this Python client: the rules, one row per kind of change (and case).

"In a request" applies where the changed element is sent by the client (parameters, request bodies and
the schemas reachable from them), "in a response" where the client receives it; a schema used both ways
breaks if either column says so. "heads-up" is not breaking but is listed apart from the additive changes:
a deprecation, a readOnly/writeOnly flip, a rename the Python names may hide. "n/a" marks a combination that
cannot occur (a parameter is never part of a response); asking for it is a programming error. Changes that
are not about one direction (an operation, a model class, the overlays, the regenerated package, a replayed
cassette) have the same answer in both columns.

The user's view has two halves, and a change breaks if it breaks either: code written against the client
generated from OLD must still run against the client generated from NEW (signatures, model attributes,
enum members), and the client already installed must still work against the API that serves NEW.

| kind | case | in a request | in a response | why |
|---|---|---|---|---|
| `operation-added` | | no | no | a new function; existing code is untouched |
| `operation-removed` | | yes | yes | the function and its module disappear |
| `operation-moved` | | yes | yes | same operationId, another wire route: installed clients call a gone route |
| `operation-renamed` | | yes | yes | same route, new operationId: the method's name may follow (the packages decide) |
| `operation-deprecated` | | heads-up | heads-up | still served; callers should plan to move off it |
| `operation-undeprecated` | | heads-up | heads-up | no longer deprecated |
| `parameter-added` | required | yes | n/a | every existing call lacks the new argument |
| `parameter-added` | optional | no | n/a | a new keyword argument with a default |
| `parameter-removed` | | yes | n/a | calls passing the keyword argument fail |
| `parameter-renamed` | | yes | n/a | removed + added in one location with the same schema: the keyword changes |
| `parameter-renamed` | path | yes | n/a | keyword renamed, wire unchanged: a path template's name is never sent |
| `parameter-deprecated` | | heads-up | n/a | still accepted; callers should stop passing it |
| `parameter-required-changed` | now required | yes | n/a | calls that left the argument out fail |
| `parameter-required-changed` | now optional | no | n/a | the argument gains a default |
| `parameter-type-changed` | | yes | n/a | values of the old type are rejected |
| `request-body-added` | required | yes | n/a | every existing call lacks the body |
| `request-body-added` | optional | no | n/a | a new optional `body` argument |
| `request-body-removed` | | yes | n/a | calls passing `body` fail |
| `request-body-required-changed` | now required | yes | n/a | calls without a body fail |
| `request-body-required-changed` | now optional | no | n/a | the body gains a default |
| `response-added` | | n/a | no | a new status code: one more parsed type, none lost |
| `response-removed` | success | n/a | yes | a 2xx response and its parsed model are gone |
| `response-removed` | error | n/a | no | the error is no longer documented: handling it is dead code, not broken |
| `content-type-added` | | no | no | one more accepted or returned media type |
| `content-type-removed` | | yes | yes | what the client sends is rejected, or what it parses is not sent |
| `schema-added` | | no | no | a new model class |
| `schema-removed` | | yes | yes | the model class disappears (every component schema becomes one) |
| `schema-renamed` | | yes | yes | removed + added, same shape: the class may be renamed (the packages decide) |
| `property-added` | required | yes | no | requests without it are rejected; responses that always have it are fine |
| `property-added` | optional | no | no | a new optional field (models ignore unknown fields) |
| `property-removed` | | yes | yes | the model attribute disappears; code reading or setting it fails |
| `type-changed` | | yes | yes | another type, `$ref`, composition or enum-ness: the Python type changes |
| `format-changed` | python type | yes | yes | date, date-time, uuid or binary on a side: str/datetime/date/UUID/File |
| `format-changed` | validation only | no | no | a format the generator ignores (email, uri, ...): still `str` |
| `nullable-changed` | now nullable | no | yes | sending None is allowed; receiving None breaks code expecting a value |
| `nullable-changed` | no longer nullable | yes | no | sending None is rejected; never receiving None is harmless |
| `required-added` | | yes | no | requests must carry the field; responses always carry it |
| `required-removed` | | no | yes | requests may omit it; responses may lack it (`Unset` where a value was sure) |
| `enum-value-added` | | no | no | one more accepted value; the client's models are tolerant of new values |
| `enum-value-removed` | | yes | yes | sending it is rejected; the generated StrEnum loses a member code may name |
| `constraint-narrowed` | | yes | no | a value the API took (length, pattern, range) is now rejected |
| `constraint-widened` | | no | no | more values are accepted, or come back: the tolerant reader takes them |
| `deprecated-changed` | now deprecated | heads-up | heads-up | still there; plan to stop using the field |
| `deprecated-changed` | no longer deprecated | heads-up | heads-up | no longer deprecated |
| `read-only-changed` | | heads-up | heads-up | the field leaves (or joins) the request models: the packages tell |
| `write-only-changed` | | heads-up | heads-up | the field leaves (or joins) the response models |
| `overlay-action-stale` | | yes | yes | an overlay action matches nothing in NEW: regenerating fails until fixed |
| `python-codegen-failed` | | yes | yes | the package cannot be generated from NEW (with the overlays) at all |
| `python-codegen-warnings` | | yes | yes | the generator warns on NEW: regenerate fails until an overlay fixes it |
| `api-method-removed` | | yes | yes | a documented method is gone |
| `api-method-renamed` | | yes | yes | the same route under another method name |
| `api-method-added` | | no | no | a new documented method |
| `api-method-route-changed` | | heads-up | heads-up | the same method calls another route |
| `api-keyword-removed` | | yes | yes | calls passing the keyword fail |
| `api-keyword-renamed` | | yes | yes | calls passing the old keyword fail; positional calls still work |
| `api-keyword-added` | required | yes | yes | every existing call lacks the argument |
| `api-keyword-added` | optional | no | no | a new keyword with a default |
| `api-keyword-now-required` | | yes | yes | calls that left it out fail |
| `api-keyword-now-optional` | | no | no | the keyword gains a default |
| `api-keyword-type-changed` | | yes | yes | the annotation changed: type-checked calls break |
| `api-return-type-changed` | | yes | yes | the method returns another type |
| `api-model-removed` | | yes | yes | a documented model class is gone |
| `api-model-renamed` | | yes | yes | the same fields under another class name |
| `api-model-added` | | no | no | a new model class |
| `api-field-removed` | | yes | yes | code reading or setting the attribute fails |
| `api-field-added` | | no | no | a new attribute |
| `api-field-type-changed` | | yes | yes | the attribute's annotation changed |
| `api-enum-removed` | | yes | yes | a documented enum is gone |
| `api-enum-added` | | no | no | a new enum |
| `api-enum-value-removed` | | yes | yes | code naming the member fails |
| `api-enum-value-added` | | no | no | one more member |
| `python-object-removed` | | yes | yes | a public module, function, class or attribute is gone |
| `python-object-renamed` | | yes | yes | removed, and a same-kind sibling with a similar name added |
| `python-object-kind-changed` | | yes | yes | e.g. an attribute became a function |
| `python-parameter-removed` | | yes | yes | calls passing the keyword argument fail |
| `python-parameter-renamed` | | yes | yes | removed, and a new parameter took its position |
| `python-parameter-added-required` | | yes | yes | every existing call lacks the argument |
| `python-parameter-now-required` | | yes | yes | calls that left the argument out fail |
| `python-parameter-moved` | | yes | yes | positional calls pass values to the wrong parameter |
| `python-parameter-kind-changed` | | yes | yes | e.g. positional-or-keyword became keyword-only |
| `python-parameter-default-changed` | | yes | yes | calls relying on the default behave differently |
| `python-return-type-changed` | | yes | yes | the annotated return type was removed |
| `python-class-base-removed` | | yes | yes | isinstance checks and inherited members break |
| `python-attribute-type-changed` | | yes | yes | a model attribute's annotation changed; type-checked code breaks |
| `python-attribute-value-changed` | | yes | yes | a public constant has another value |
| `cassette-replay-failed` | | yes | yes | an exchange OLD's client replays fails in NEW's, or loses a typed field |
| `cassette-replay-changed` | | heads-up | heads-up | an exchange failing against both fails differently against NEW |
| `cassette-replay-fixed` | | no | no | an exchange failing against OLD's client replays against NEW's |
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.drift.changes import SEVERITIES, Change, Usage

# Spec changes whose breakage is a question of the generated Python names and types: when both packages generate,
# their comparison (api.md, griffe, replay) decides; a breaking one with no breaking effect there is a heads-up.
PYTHON_JUDGED = frozenset(
    {
        "operation-renamed",
        "schema-renamed",
        "schema-removed",
        "type-changed",
        "format-changed",
        "nullable-changed",
        "required-removed",
        "property-removed",
    }
)


@dataclass(frozen=True)
class Rule:
    in_request: str | None  # "breaking", "heads-up" or "additive"; None: the kind never occurs in a request
    in_response: str | None
    why: str


def _parse_rules(table: str) -> dict[tuple[str, str], Rule]:
    """The docstring table above is the single source of the rules, so docs and behaviour cannot drift."""
    answers = {"yes": "breaking", "heads-up": "heads-up", "no": "additive", "n/a": None}
    rules: dict[tuple[str, str], Rule] = {}
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        kind, case, request, response, why = (cell.strip() for cell in line.strip("|").split("|"))
        rules[(kind.strip("`"), case)] = Rule(answers[request], answers[response], why)
    return rules


RULES = _parse_rules(__doc__ or "")
KINDS = frozenset(kind for kind, _ in RULES)


def severity(kind: str, usage: Usage, case: str = "") -> str:
    """The worst answer of the columns that apply: breaking, then heads-up, then additive."""
    try:
        rule = RULES[(kind, case)]
    except KeyError:
        raise ValueError(f"no drift rule for kind {kind!r} case {case!r} (see pipeline/drift/classify.py)") from None
    answers = []
    for direction, name, answer in (
        (Usage.REQUEST, "request", rule.in_request),
        (Usage.RESPONSE, "response", rule.in_response),
    ):
        if direction in usage:
            if answer is None:
                raise ValueError(f"{kind} ({case or 'any case'}) cannot occur in a {name}")
            answers.append(answer)
    return min(answers, key=SEVERITIES.index, default="additive")


def is_breaking(kind: str, usage: Usage, case: str = "") -> bool:
    return severity(kind, usage, case) == "breaking"


def classified(
    kind: str, where: str, detail: str, *, usage: Usage = Usage.BOTH, case: str = "", caller_fix: str | None = None
) -> Change:
    """A change judged by the rules table; `usage` says which way the element travels."""
    judged = severity(kind, usage, case)
    return Change(
        kind=kind,
        where=where,
        breaking=judged == "breaking",
        detail=detail,
        heads_up=judged == "heads-up",
        caller_fix=caller_fix,
    )
