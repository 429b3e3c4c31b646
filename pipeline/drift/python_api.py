"""The public Python API of two regenerated packages, compared with griffe.

`griffe.find_breaking_changes` finds removed objects, removed or now-required parameters and the like.
On top of it: a removed object with a same-kind sibling of a similar name added next to it, or a removed
parameter whose position a new parameter took, is reported as a rename (what a user would look for), and
model attributes whose annotation changed are reported (griffe does not compare attribute types yet).
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


def load_package(package: Path) -> griffe.Object:
    """Static analysis only (no import): the generated code never runs here."""
    loaded = griffe.load(PACKAGE, search_paths=[package.parent], allow_inspection=False)
    if not isinstance(loaded, griffe.Object) or not loaded.is_module:
        raise PipelineError(f"{package} is not a Python package")
    return loaded


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


class _Comparison:
    """One OLD/NEW pair of loaded packages, remembering which added objects already explain a rename."""

    def __init__(self, old: griffe.Object, new: griffe.Object) -> None:
        self.old = old
        self.new = new
        self.renamed_to: set[str] = set()  # paths already explained as a rename target

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
            return classified("python-object-renamed", removed.path, f"{what}; probably renamed to {match[0]}")
        return classified("python-object-removed", removed.path, what)

    def function_changes(self, function_path: str, breakages: list[griffe.Breakage]) -> Iterator[Change]:
        """A removed parameter whose position a parameter new to the function took reads as a rename."""
        old_function, new_function = _member(self.old, function_path), _member(self.new, function_path)
        old_names = [p.name for p in old_function.parameters] if isinstance(old_function, griffe.Function) else []
        new_names = [p.name for p in new_function.parameters] if isinstance(new_function, griffe.Function) else []
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
                yield classified("python-parameter-renamed", where, f"renamed to {renamed[name]}")
            elif breakage.kind is griffe.BreakageKind.PARAMETER_ADDED_REQUIRED and name in renamed.values():
                continue  # the rename above already tells it
            else:
                yield classified(BREAKAGE_KINDS[breakage.kind], where, _explain(breakage))

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
                    yield classified("python-attribute-type-changed", old_attribute.path, detail)


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
            changes.append(classified(BREAKAGE_KINDS[breakage.kind], breakage.obj.path, _explain(breakage)))
    for function_path, function_breakages in by_function.items():
        changes.extend(comparison.function_changes(function_path, function_breakages))
    changes.extend(comparison.attribute_types())
    return sorted(changes, key=Change.sort_key)
