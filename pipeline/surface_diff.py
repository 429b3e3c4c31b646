"""The difference between two api.md files (surface.py writes them), by method, model and enum, classified.

`python -m pipeline generate` compares the surface it generates with the committed api.md and prints this, so a
change we make ourselves (an overlay renaming a method, a template, the generator version) is as visible as one of
GetResponse's; the drift report uses it to tell what a spec change does to the documented surface.

api.md lines read here:

    ### client.<group>
    - `<method>(<positional>, *, <keyword>: <annotation> = <default>, ...) -> <return>` (or `body: ...`): GET /path
    - `<Model>(<field>: <annotation>, ...)`
    - `<Enum>`: 'value', 'value'

A method is named `client.<group>.<method>`; one removed and one added on the same wire route (path parameter
names aside) is a rename, and so is a removed keyword whose place, or annotation, an added one took.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline.drift.changes import SEVERITIES, Change
from pipeline.drift.classify import classified
from pipeline.spec_model import wire_path

GROUP_HEADING = "### client."
MODELS_HEADING, ENUMS_HEADING = "## Models", "## Enums"
TYPED_DICT = " (TypedDict)"


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str
    default: str | None  # None: required
    positional: bool


@dataclass(frozen=True)
class Method:
    parameters: tuple[Parameter, ...]
    returns: str
    route: str  # "GET /contacts/{contactId}"

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


@dataclass
class Surface:
    methods: dict[str, Method] = field(default_factory=dict)  # "client.contacts.list" -> Method
    models: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> {field: annotation}
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)


def split_top_level(text: str) -> list[str]:
    """`a: int, b: dict[str, int]` -> two parts: commas inside brackets belong to an annotation."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += char in "([{"
        depth -= char in ")]}"
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    if current.strip():
        parts.append(current.strip())
    return parts


def _parameters(text: str) -> tuple[Parameter, ...]:
    found, positional = [], True
    for part in split_top_level(text):
        if part == "*":
            positional = False
            continue
        name, _, rest = part.partition(": ")
        annotation, _, default = rest.partition(" = ")
        found.append(Parameter(name, annotation, default or None, positional))
    return tuple(found)


def _signature(code: str) -> tuple[str, str, str]:
    """`name(params) -> returns` -> (name, params, returns), the parentheses matched."""
    name, _, rest = code.partition("(")
    depth = 1
    for index, char in enumerate(rest):
        depth += char == "("
        depth -= char == ")"
        if depth == 0:
            return name, rest[:index], rest[index + 1 :].removeprefix(" -> ")
    return name, rest, ""


def parse_surface(text: str) -> Surface:
    surface, group, section = Surface(), "", ""
    for line in text.splitlines():
        if line.startswith(GROUP_HEADING):
            group, section = line.removeprefix("### "), "resources"
        elif line.startswith(MODELS_HEADING):
            section = "models"
        elif line.startswith(ENUMS_HEADING):
            section = "enums"
        elif line.startswith("- `"):
            code, _, rest = line[3:].partition("`")
            if section == "resources":
                name, parameters, returns = _signature(code)
                route = rest.rsplit(": ", 1)[-1]
                surface.methods[f"{group}.{name}"] = Method(_parameters(parameters), returns, route)
            elif section == "models" and not rest.startswith(TYPED_DICT):  # a TypedDict mirrors its model
                name, fields, _ = _signature(code)
                surface.models[name] = {p.name: p.annotation for p in _parameters(fields)}
            elif section == "enums":
                surface.enums[code] = tuple(split_top_level(rest.removeprefix(": ")))
    return surface


def _call(method: str, keyword: str) -> str:
    return f"{method}({keyword}=...)"


def _paired(removed: list[str], added: list[str], key: dict[str, str]) -> dict[str, str]:
    """Removed -> added names that share a key (a route, a field list) with no other candidate."""
    pairs = {}
    for old in removed:
        matches = [new for new in added if key.get(new) == key.get(old) and key.get(old) is not None]
        others = [other for other in removed if key.get(other) == key.get(old)]
        if len(matches) == 1 and len(others) == 1:
            pairs[old] = matches[0]
    return pairs


def _parameter_changes(method: str, old: Method, new: Method) -> Iterator[Change]:
    old_names = [p.name for p in old.parameters]
    new_names = [p.name for p in new.parameters]
    removed = [name for name in old_names if name not in new_names]
    added = [name for name in new_names if name not in old_names]
    renamed: dict[str, str] = {}
    for name in removed:
        position = old_names.index(name)
        same_place = new_names[position] if position < len(new_names) else None
        old_parameter = old.parameters[position]
        same_type = [a for a in added if a not in renamed.values() and new.parameter(a) == _renamed(old_parameter, a)]
        place_kept = old_parameter.positional and same_place in added and same_place not in renamed.values()
        if place_kept and same_place is not None:  # a path parameter: positional, its place is what callers use
            renamed[name] = same_place
        elif len(same_type) == 1:
            renamed[name] = same_type[0]
    for name in removed:
        where = f"{method}({name})"
        if name in renamed:
            fix = f"{_call(method, name)} → {renamed[name]}=..."
            yield classified("api-keyword-renamed", where, f"renamed to {renamed[name]}", caller_fix=fix)
        else:
            fix = f"{_call(method, name)}: drop {name}="
            yield classified("api-keyword-removed", where, "keyword removed", caller_fix=fix)
    for name in added:
        parameter = new.parameter(name)
        if name in renamed.values() or parameter is None:
            continue
        case = "required" if parameter.default is None else "optional"
        added_fix = f"{method}(...): pass {name}=" if case == "required" else None
        detail = f"{case} keyword added: {name}: {parameter.annotation}"
        yield classified("api-keyword-added", f"{method}({name})", detail, case=case, caller_fix=added_fix)
    for old_parameter in old.parameters:
        new_parameter = new.parameter(renamed.get(old_parameter.name, old_parameter.name))
        if new_parameter is None:
            continue
        where = f"{method}({new_parameter.name})"
        if old_parameter.annotation != new_parameter.annotation:
            detail = f"{old_parameter.annotation} → {new_parameter.annotation}"
            yield classified("api-keyword-type-changed", where, detail)
        if old_parameter.default is not None and new_parameter.default is None:
            fix = f"{method}(...): pass {new_parameter.name}="
            yield classified("api-keyword-now-required", where, "now required", caller_fix=fix)
        elif old_parameter.default is None and new_parameter.default is not None:
            yield classified("api-keyword-now-optional", where, f"now optional (= {new_parameter.default})")
    if old.returns != new.returns:
        yield classified("api-return-type-changed", method, f"{old.returns} → {new.returns}")
    if wire_path(old.route) != wire_path(new.route):
        yield classified("api-method-route-changed", method, f"{old.route} → {new.route}")


def _renamed(parameter: Parameter, name: str) -> Parameter:
    return Parameter(name, parameter.annotation, parameter.default, parameter.positional)


def _method_changes(old: Surface, new: Surface) -> Iterator[Change]:
    removed = sorted(old.methods.keys() - new.methods.keys())
    added = sorted(new.methods.keys() - old.methods.keys())
    routes = {name: wire_path(m.route) for name, m in [*old.methods.items(), *new.methods.items()]}
    renamed = _paired(removed, added, routes)
    for name in removed:
        if name in renamed:
            detail = f"renamed to {renamed[name]} ({new.methods[renamed[name]].route})"
            yield classified("api-method-renamed", name, detail, caller_fix=f"{name}(...) → {renamed[name]}(...)")
            yield from _parameter_changes(renamed[name], old.methods[name], new.methods[renamed[name]])
        else:
            yield classified("api-method-removed", name, f"method removed ({old.methods[name].route})")
    for name in added:
        if name not in renamed.values():
            yield classified("api-method-added", name, f"method added ({new.methods[name].route})")
    for name in sorted(old.methods.keys() & new.methods.keys()):
        yield from _parameter_changes(name, old.methods[name], new.methods[name])


def _model_changes(old: Surface, new: Surface) -> Iterator[Change]:
    removed = sorted(old.models.keys() - new.models.keys())
    added = sorted(new.models.keys() - old.models.keys())
    fields = {name: repr(sorted(f.items())) for name, f in [*old.models.items(), *new.models.items()] if f}
    renamed = _paired(removed, added, fields)
    for name in removed:
        if name in renamed:
            fix = f"{name}(...) → {renamed[name]}(...)"
            yield classified("api-model-renamed", f"models.{name}", f"renamed to {renamed[name]}", caller_fix=fix)
        else:
            yield classified("api-model-removed", f"models.{name}", "model removed")
    for name in added:
        if name not in renamed.values():
            yield classified("api-model-added", f"models.{name}", "model added")
    for name in sorted(old.models.keys() & new.models.keys()):
        old_fields, new_fields = old.models[name], new.models[name]
        for attribute in sorted(old_fields.keys() | new_fields.keys()):
            where = f"models.{name}.{attribute}"
            if attribute not in new_fields:
                fix = f"stop reading or passing {name}.{attribute}"
                yield classified("api-field-removed", where, f"field removed ({old_fields[attribute]})", caller_fix=fix)
            elif attribute not in old_fields:
                yield classified("api-field-added", where, f"field added ({new_fields[attribute]})")
            elif old_fields[attribute] != new_fields[attribute]:
                detail = f"{old_fields[attribute]} → {new_fields[attribute]}"
                yield classified("api-field-type-changed", where, detail)


def _enum_changes(old: Surface, new: Surface) -> Iterator[Change]:
    for name in sorted(old.enums.keys() | new.enums.keys()):
        where = f"models.{name}"
        if name not in new.enums:
            yield classified("api-enum-removed", where, "enum removed")
        elif name not in old.enums:
            yield classified("api-enum-added", where, "enum added")
        else:
            if gone := [value for value in old.enums[name] if value not in new.enums[name]]:
                detail = f"values removed: {', '.join(gone)}"
                yield classified("api-enum-value-removed", where, detail, caller_fix=f"stop using {name} {gone[0]}")
            if came := [value for value in new.enums[name] if value not in old.enums[name]]:
                yield classified("api-enum-value-added", where, f"values added: {', '.join(came)}")


def surface_changes(old: Surface, new: Surface) -> list[Change]:
    changes = [*_method_changes(old, new), *_model_changes(old, new), *_enum_changes(old, new)]
    return sorted(changes, key=Change.sort_key)


def surface_summary(old_text: str, new_text: str) -> list[str]:
    """The lines `python -m pipeline generate` prints: counts, then each breaking and heads-up change."""
    changes = surface_changes(parse_surface(old_text), parse_surface(new_text))
    if not changes:
        return ["api.md: the public surface is unchanged"]
    counts = ", ".join(f"{sum(c.severity == s for c in changes)} {s}" for s in SEVERITIES)
    lines = [f"api.md: the public surface changed: {counts} (commit api.md with the change)"]
    for change in changes:
        if change.severity == "additive":
            continue
        fix = f"; callers: {change.caller_fix}" if change.caller_fix else ""
        lines.append(f"  {change.severity}: {change.where}: {change.detail}{fix}")
    additive = sum(c.severity == "additive" for c in changes)
    if additive:
        lines.append(f"  and {additive} additive (see `git diff api.md`)")
    return lines
