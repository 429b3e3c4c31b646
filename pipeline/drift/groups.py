"""One root cause per group: each spec change with what it does to the Python surface, the cassettes and the overlays.

A root cause is named by its `cause` key:
- an operation: its wire route, `GET /custom-fields/{}` (what every change of that operation, its cassettes and
  its resource method have in common);
- a renamed path parameter: `path parameter customFieldId → fieldId` (one rename, however many operations);
- a component: `schema Contact`, `request body UpdateTag`, `response TagList`, `parameter PerPage`;
- a stale overlay action: the cause overlays.py linked it to, else its own file and number;
- what nothing above explains: `Python surface <where>`, `Python internals`.

Python changes are linked by what they name: a method by its route (api.md gives it), a model or enum by the schema
its class is generated from (the schema's `title`, else its name; inline models by the longest such prefix).

When both packages were generated and compared, the Python comparison decides the spec changes whose breakage is
about Python names and types (classify.PYTHON_JUDGED): a breaking one in a group with no breaking Python
effect becomes a heads-up ("generated Python unchanged"), such as an operationId renamed under an
unchanged `client.tags.list()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pipeline.drift.changes import SEVERITIES, Change
from pipeline.drift.classify import PYTHON_JUDGED
from pipeline.drift.documents import COMPONENT_SECTIONS, INLINE_OPERATION, OPERATION_WHERE, wire_route
from pipeline.spec_model import operations, unescape, wire_path
from pipeline.surface_diff import Surface

SPEC_AREAS = ("operation", "component")
PYTHON_AREAS = ("Python surface", "Python internals")
INTERNALS = "Python internals"
GRIFFE_RESOURCE = re.compile(r"^getresponse_client\.resources\.(?P<group>\w+)\.\w+\.(?P<method>\w+)")
GRIFFE_MODEL = re.compile(r"^getresponse_client\.models\.\w+\.(?P<name>\w+)")
API_METHOD = re.compile(r"^(?P<method>client\.\w+\.\w+)")
API_MODEL = re.compile(r"^models\.(?P<name>\w+)")
RENAMED_PATH_PARAMETER = re.compile(r"path parameter (?P<old>\S+)$")


def class_name(name: str) -> str:
    """openapi-python-client's class name for a schema title or name (its own ClassName rule, acronyms included)."""
    from openapi_python_client.strings import ClassName  # imported on use: the generator takes ~1 s to import

    from pipeline.resources import FIELD_PREFIX

    return str(ClassName(name, FIELD_PREFIX))


def griffe_documented_name(where: str) -> str | None:
    """The api.md name of what a griffe finding is about: `client.contacts.list`, `models.Contact`."""
    if resource := GRIFFE_RESOURCE.match(where):
        return f"client.{resource['group']}.{resource['method']}"
    if model := GRIFFE_MODEL.match(where):
        return f"models.{model['name']}"
    return None


def schema_classes(*documents: dict[str, Any]) -> dict[str, str]:
    """Model class name -> cause, over OLD and NEW: a component schema's (overlays may have set a `title`), and an
    operation's for the classes named after its operationId (a parameter's enum: `GetContactListQueryorigin`)."""
    found: dict[str, str] = {}
    for document in documents:
        for operation in operations(document):
            if operation.operation_id:
                found.setdefault(class_name(operation.operation_id), wire_route(operation))
        schemas = document.get("components", {}).get("schemas") or {}
        for name, schema in schemas.items():
            title = schema.get("title") if isinstance(schema, dict) else None
            found.setdefault(class_name(str(title or name)), f"schema {name}")
            found.setdefault(class_name(name), f"schema {name}")
    return found


@dataclass(frozen=True)
class Linker:
    """What a Python change names, mapped to the root cause of the spec changes around it."""

    surfaces: tuple[Surface, ...]  # OLD's and NEW's, when generated: method -> route
    classes: dict[str, str]  # model class -> its cause: `schema Contact`, or an operation's route
    causes: frozenset[str]  # the causes the spec changes found
    path_renames: dict[tuple[str, str], str] = field(default_factory=dict)  # (old, new) keyword -> cause

    def route_cause(self, method: str) -> str | None:
        for surface in self.surfaces:
            if method in surface.methods:
                return wire_path(surface.methods[method].route)
        return None

    def model_cause(self, name: str) -> str | None:
        """The schema group of a class, or of the longest class it starts with (an inline model)."""
        candidates = [known for known in self.classes if name.startswith(known)]
        for known in sorted(candidates, key=len, reverse=True):
            if self.classes[known] in self.causes or self.classes[known].startswith(("GET ", "POST ", "DELETE ")):
                return self.classes[known]
        return None

    def keyword_rename_cause(self, change: Change) -> str | None:
        if change.kind not in ("api-keyword-renamed", "python-parameter-renamed"):
            return None
        old = change.where.rsplit("(", 1)[-1].rstrip(")")
        new = change.detail.removeprefix("renamed to ").split(" ")[0]
        return self.path_renames.get((old, new))

    def cause_of_python(self, change: Change) -> str:
        if cause := self.keyword_rename_cause(change):
            return cause
        method = API_METHOD.match(change.where)
        method_name = method["method"] if method else griffe_documented_name(change.where)
        if method_name and method_name.startswith("client.") and (route := self.route_cause(method_name)):
            return route
        model = API_MODEL.match(change.where) or GRIFFE_MODEL.match(change.where)
        if model and (schema := self.model_cause(model["name"])):
            return schema
        return INTERNALS if change.area == INTERNALS else f"Python surface {change.where.split('(')[0]}"


def spec_cause(change: Change) -> str:
    """The root cause of a spec, cassette or overlay change, from where it is."""
    if change.kind == "parameter-renamed" and (renamed := RENAMED_PATH_PARAMETER.search(change.where)):
        return f"path parameter {renamed['old']} → {change.detail.removeprefix('renamed to ').split(' ')[0]}"
    if operation := OPERATION_WHERE.match(change.where):
        return f"{operation['method']} {wire_path(operation['path'])}"
    if change.where.startswith("#/components/"):
        section, name = change.where.removeprefix("#/components/").split("/")[:2]
        return f"{COMPONENT_SECTIONS.get(section, section)} {unescape(name)}"
    if inline := INLINE_OPERATION.match(change.where):  # a schema inline in an operation
        return f"{inline['method'].upper()} {wire_path(unescape(inline['path']))}"
    return change.where.split(":")[0]  # an overlay action, a generation failure


def _path_renames(changes: Iterable[Change]) -> dict[tuple[str, str], str]:
    """(old keyword, new keyword) of every renamed path parameter, as the default Python names spell them."""
    from pipeline.resources import public_parameter_name  # imported on use, as in class_name

    found = {}
    for change in changes:
        cause = spec_cause(change)
        if cause.startswith("path parameter "):
            old, new = cause.removeprefix("path parameter ").split(" → ")
            found[(public_parameter_name(old), public_parameter_name(new))] = cause
    return found


def link(changes: list[Change], *, surfaces: tuple[Surface, ...], classes: dict[str, str]) -> list[Change]:
    """Every change with its cause set (an overlay change keeps the cause overlays.py gave it)."""
    linked = [
        change if change.cause else change.caused_by(spec_cause(change)) for change in changes if not _python(change)
    ]
    linker = Linker(surfaces, classes, frozenset(c.cause for c in linked), _path_renames(changes))
    linked += [change.caused_by(linker.cause_of_python(change)) for change in changes if _python(change)]
    return linked


def _python(change: Change) -> bool:
    return change.area in PYTHON_AREAS


def let_python_decide(changes: list[Change]) -> list[Change]:
    """Spec changes of PYTHON_JUDGED kinds in a group whose Python effects break nothing: heads-up. (A cassette
    failing in the group still breaks it, as a row of its own: the replay looks operations up by operationId.)"""
    broken = {c.cause for c in changes if c.breaking and c.area in PYTHON_AREAS}
    return [
        change.with_severity("heads-up", "generated Python unchanged")
        if change.breaking and change.kind in PYTHON_JUDGED and change.cause not in broken
        else change
        for change in changes
    ]


@dataclass(frozen=True)
class RootCause:
    cause: str
    changes: tuple[Change, ...]

    @property
    def severity(self) -> str:
        return min((change.severity for change in self.changes), key=SEVERITIES.index)

    @property
    def acknowledged(self) -> str | None:
        """The reasons of a breaking group whose every breaking change is acknowledged, once each."""
        breaking = [change for change in self.changes if change.breaking]
        if not breaking or any(change.acknowledged is None for change in breaking):
            return None
        return "; ".join(dict.fromkeys(str(change.acknowledged) for change in breaking))

    @property
    def headline_severity(self) -> str:
        """What the headline counts it as: breaking, acknowledged, heads-up or additive."""
        return "acknowledged" if self.acknowledged is not None else self.severity

    def layer(self, *areas: str) -> list[Change]:
        return [change for change in self.changes if change.area in areas]

    @property
    def caller_fixes(self) -> list[str]:
        return list(dict.fromkeys(change.caller_fix for change in self.changes if change.caller_fix))

    @property
    def main(self) -> Change:
        """The change that says most about the group: the worst, a spec change first among equals."""
        return min(self.changes, key=lambda c: (SEVERITIES.index(c.severity), c.area not in SPEC_AREAS, c.sort_key()))


def root_causes(changes: list[Change]) -> list[RootCause]:
    """Groups, worst first, then by cause."""
    by_cause: dict[str, list[Change]] = {}
    for change in sorted(changes, key=Change.sort_key):
        by_cause.setdefault(change.cause, []).append(change)
    groups = [RootCause(cause, tuple(members)) for cause, members in by_cause.items()]
    order = ("breaking", "acknowledged", "heads-up", "additive")
    return sorted(groups, key=lambda group: (order.index(group.headline_severity), group.cause))
