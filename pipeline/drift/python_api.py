"""The public Python API of two regenerated packages, compared with griffe.

The surface compared is what a user of the client touches:
- the client classes, `getresponse_client.GetResponse` and `AsyncGetResponse` (one attribute per resource group);
- the resource classes of `getresponse_client.resources.<group>` (`ContactsResource`, `AsyncContactsResource`
  and their `with_raw_response` twins): every method's signature, and for a method taking a request body each
  of its `@overload`s too, since the implementation takes every body field as optional and only the overloads
  say which ones are required;
- the models and enums of `getresponse_client.models`, their attributes and annotations.

Two things are left out before comparing. The module-level tables of the resource modules (`CONTACTS_CREATE_WIRE`)
are how the methods encode a body, not something to call. And every method's `**options: Unpack[RequestOptions]`:
griffe takes any `**kwargs` to swallow a removed keyword argument, but a `TypedDict`-typed one does not (it takes
the per-call options, the same in OLD and NEW), so a removed keyword would go unreported.

`griffe.find_breaking_changes` finds removed objects, removed or now-required parameters and the like. On top of
it: a removed object with a same-kind sibling of a similar name added next to it, or a removed parameter whose
position a new parameter took, is reported as a rename (what a user would look for), and model attributes whose
annotation changed are reported (griffe does not compare attribute types yet). Changes are named by the path a
user imports (`getresponse_client.GetResponse.contacts`, not the private module defining it).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from pathlib import Path

import griffe

from pipeline.drift.changes import Change
from pipeline.drift.classify import classified
from pipeline.errors import PipelineError
from pipeline.generate import PACKAGE

RENAME_SIMILARITY = 0.6  # difflib ratio above which an added sibling is taken for the removed object renamed
RESOURCES = "resources"  # getresponse_client.resources.<group>: the resource classes
TYPED_KWARGS = "Unpack["  # **options: Unpack[RequestOptions]: a closed set of keywords, not a catch-all

BREAKAGE_KINDS = {
    griffe.BreakageKind.OBJECT_REMOVED: "python-object-removed",
    griffe.BreakageKind.OBJECT_CHANGED_KIND: "python-object-kind-changed",
    griffe.BreakageKind.PARAMETER_REMOVED: "python-parameter-removed",
    griffe.BreakageKind.PARAMETER_ADDED_REQUIRED: "python-parameter-added-required",
    griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED: "python-parameter-now-required",
    griffe.BreakageKind.PARAMETER_MOVED: "python-parameter-moved",
    griffe.BreakageKind.PARAMETER_CHANGED_KIND: "python-parameter-kind-changed",
    griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT: "python-parameter-default-changed",
    griffe.BreakageKind.RETURN_CHANGED_TYPE: "python-return-type-changed",
    griffe.BreakageKind.CLASS_REMOVED_BASE: "python-class-base-removed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_TYPE: "python-attribute-type-changed",
    griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE: "python-attribute-value-changed",
}


def load_package(package: Path) -> griffe.Module:
    """Static analysis only (no import): the generated code never runs here. Returns the public surface."""
    loaded = griffe.load(PACKAGE, search_paths=[package.parent], allow_inspection=False)
    if not isinstance(loaded, griffe.Module):
        raise PipelineError(f"{package} is not a Python package")
    _drop_resource_tables(loaded)
    for function in _functions(loaded):
        _drop_typed_kwargs(function)
    return loaded


def _drop_resource_tables(package: griffe.Module) -> None:
    """Only classes are the surface of a resource module; its module-level name tables are implementation."""
    resources = package.members.get(RESOURCES)
    if not isinstance(resources, griffe.Module):
        return
    for module in resources.modules.values():
        for name, member in list(module.members.items()):
            if not member.is_alias and not isinstance(member, griffe.Class):
                module.del_member(name)


def _functions(obj: griffe.Object) -> Iterator[griffe.Function]:
    """Every function defined in the package (not imported), with the @overloads of each."""
    for member in obj.members.values():
        if isinstance(member, griffe.Function):
            yield member
            yield from member.overloads or []
        elif isinstance(member, griffe.Class | griffe.Module):
            yield from _functions(member)


def _drop_typed_kwargs(function: griffe.Function) -> None:
    for parameter in list(function.parameters):
        if parameter.kind is griffe.ParameterKind.var_keyword and str(parameter.annotation).startswith(TYPED_KWARGS):
            del function.parameters[parameter.name]


def _kind(obj: griffe.Object | griffe.Alias) -> str:
    try:
        return obj.kind.value  # an alias answers with its target's kind
    except griffe.AliasResolutionError:
        return "alias"


def _member(root: griffe.Object, path: str) -> griffe.Object | griffe.Alias | None:
    relative = path.removeprefix(f"{root.path}.") if path != root.path else ""
    try:
        return root[relative] if relative else root
    except (KeyError, griffe.AliasResolutionError):
        return None


def _parameter_name(breakage: griffe.Breakage) -> str:
    parameter = breakage.old_value if breakage.old_value is not None else breakage.new_value
    return str(parameter.name)


def _parameter_names(function: griffe.Object | griffe.Alias | None) -> list[str]:
    return [p.name for p in function.parameters] if isinstance(function, griffe.Function) else []


def _overload_breakages(old: griffe.Function, new: griffe.Function) -> list[griffe.Breakage]:
    """griffe compares functions as members of a parent: hold each in a class of its own (neither is moved)."""
    old_holder, new_holder = griffe.Class(old.name), griffe.Class(new.name)
    old_holder.members[old.name] = old  # not set_member: that would re-parent the overload, changing its path
    new_holder.members[new.name] = new
    return list(griffe.find_breaking_changes(old_holder, new_holder))


def public_paths(package: griffe.Module) -> dict[str, str]:
    """Objects a private module defines and the package re-exports: their path -> the path users import.

    `getresponse_client._clients.GetResponse` -> `getresponse_client.GetResponse`.
    """
    found = {}
    for name, member in package.members.items():
        if member.is_alias and member.is_public:
            target = str(getattr(member, "target_path", ""))
            inside = target.removeprefix(f"{package.path}.")
            if target != inside and any(part.startswith("_") for part in inside.split(".")[:-1]):
                found[target] = f"{package.path}.{name}"
    return found


class _Comparison:
    """One OLD/NEW pair of loaded packages, remembering which added objects already explain a rename."""

    def __init__(self, old: griffe.Module, new: griffe.Module) -> None:
        self.old = old
        self.new = new
        self.renamed_to: set[str] = set()  # paths already explained as a rename target
        self._public = {**public_paths(old), **public_paths(new)}

    def public(self, path: str) -> str:
        """The path a user imports: a re-exported object's, and so its members' and parameters'."""
        for defined, exported in self._public.items():
            if path == defined or path.startswith((f"{defined}.", f"{defined}(")):
                return exported + path[len(defined) :]
        return path

    def change(self, kind: str, where: str, detail: str) -> Change:
        return classified(kind, self.public(where), detail)

    def _added_siblings(self, removed: griffe.Object | griffe.Alias) -> dict[str, str]:
        """Public members of the same kind that NEW adds next to `removed`, by name, with their paths."""
        old_parent = removed.parent
        new_parent = _member(self.new, old_parent.path) if old_parent is not None else None
        if old_parent is None or new_parent is None:
            return {}
        return {
            name: member.path
            for name, member in new_parent.all_members.items()
            if name not in old_parent.all_members
            and member.is_public
            and _kind(member) == _kind(removed)
            and member.path not in self.renamed_to
        }

    def object_removed(self, breakage: griffe.Breakage) -> Change:
        removed = breakage.obj
        what = f"public {_kind(removed)} removed"
        siblings = self._added_siblings(removed)
        match = difflib.get_close_matches(removed.name, sorted(siblings), n=1, cutoff=RENAME_SIMILARITY)
        if match:
            self.renamed_to.add(siblings[match[0]])
            return self.change("python-object-renamed", removed.path, f"{what}; probably renamed to {match[0]}")
        return self.change("python-object-removed", removed.path, what)

    def function_changes(
        self,
        function_path: str,
        breakages: list[griffe.Breakage],
        *,
        overload: tuple[griffe.Function, griffe.Function, int] | None = None,
    ) -> Iterator[Change]:
        """A removed parameter whose position a parameter new to the function took reads as a rename.

        `overload` is (OLD's, NEW's, number) when the breakages are those of one @overload, not the implementation.
        """
        if overload is None:
            old_names = _parameter_names(_member(self.old, function_path))
            new_names = _parameter_names(_member(self.new, function_path))
            suffix = ""
        else:
            old_names, new_names = _parameter_names(overload[0]), _parameter_names(overload[1])
            suffix = f" (in @overload #{overload[2]})"
        renamed: dict[str, str] = {}
        for breakage in breakages:
            name = _parameter_name(breakage)
            if breakage.kind is griffe.BreakageKind.PARAMETER_REMOVED and name in old_names:
                position = old_names.index(name)
                if position < len(new_names) and new_names[position] not in old_names:
                    renamed[name] = new_names[position]
        for breakage in breakages:
            name = _parameter_name(breakage)
            where = f"{function_path}({name})"
            if breakage.kind is griffe.BreakageKind.PARAMETER_REMOVED and name in renamed:
                yield self.change("python-parameter-renamed", where, f"renamed to {renamed[name]}{suffix}")
            elif breakage.kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED and name in renamed.values():
                continue  # the rename above already tells it
            else:
                yield self.change(BREAKAGE_KINDS[breakage.kind], where, _explain(breakage) + suffix)

    def overload_changes(self) -> Iterator[Change]:
        """Each @overload of a method against the one in the same place in NEW (same count: same forms)."""
        for old_function in _functions(self.old):
            if not old_function.overloads:
                continue
            new_function = _member(self.new, old_function.path)
            if not isinstance(new_function, griffe.Function) or not new_function.overloads:
                continue
            if len(new_function.overloads) != len(old_function.overloads):
                continue  # a body gained or lost: the implementation's parameters tell it
            pairs = zip(old_function.overloads, new_function.overloads, strict=True)
            for number, (old_overload, new_overload) in enumerate(pairs, start=1):
                breakages = _overload_breakages(old_overload, new_overload)
                parameter_breakages = [b for b in breakages if b.kind.name.startswith("PARAMETER_")]
                overload = (old_overload, new_overload, number)
                yield from self.function_changes(old_function.path, parameter_breakages, overload=overload)

    def attribute_types(self) -> Iterator[Change]:
        for old_class in _public_classes(self.old):
            new_class = _member(self.new, old_class.path)
            if not isinstance(new_class, griffe.Class):
                continue  # removed or changed kind: griffe reports it
            for name, old_attribute in old_class.members.items():
                new_attribute = new_class.members.get(name)
                if not (isinstance(old_attribute, griffe.Attribute) and isinstance(new_attribute, griffe.Attribute)):
                    continue
                if old_attribute.is_public and str(old_attribute.annotation) != str(new_attribute.annotation):
                    detail = f"annotation {old_attribute.annotation} → {new_attribute.annotation}"
                    yield self.change("python-attribute-type-changed", old_attribute.path, detail)


def _public_classes(module: griffe.Object) -> Iterator[griffe.Class]:
    for member in module.members.values():
        if member.is_alias or not member.is_public:
            continue
        if isinstance(member, griffe.Class):
            yield member
        elif isinstance(member, griffe.Module):
            yield from _public_classes(member)


def _explain(breakage: griffe.Breakage) -> str:
    text = breakage.kind.value.lower()
    if breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT:
        text += f": {breakage.old_value.default} → {breakage.new_value.default}"
    elif breakage.kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND:
        text += f": {breakage.old_value.kind.value} → {breakage.new_value.kind.value}"
    elif breakage.kind is griffe.BreakageKind.OBJECT_CHANGED_KIND:
        text += f": {breakage.old_value.value} → {breakage.new_value.value}"
    elif breakage.details:
        text += f": {breakage.details}"
    return text


def python_api_changes(old_package: Path, new_package: Path) -> list[Change]:
    comparison = _Comparison(load_package(old_package), load_package(new_package))
    breakages = sorted(
        griffe.find_breaking_changes(comparison.old, comparison.new), key=lambda b: (b.obj.path, b.kind.name)
    )
    changes: list[Change] = []
    by_function: dict[str, list[griffe.Breakage]] = {}
    for breakage in breakages:
        if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
            changes.append(comparison.object_removed(breakage))
        elif breakage.kind.name.startswith("PARAMETER_"):
            by_function.setdefault(breakage.obj.path, []).append(breakage)
        else:
            changes.append(comparison.change(BREAKAGE_KINDS[breakage.kind], breakage.obj.path, _explain(breakage)))
    for function_path, function_breakages in by_function.items():
        changes.extend(comparison.function_changes(function_path, function_breakages))
    changes.extend(comparison.overload_changes())  # after the implementations: theirs is the change kept
    changes.extend(comparison.attribute_types())
    unique = {change.key: change for change in reversed(changes)}  # one change per kind and place, the first
    return sorted(unique.values(), key=Change.sort_key)
