"""The Jinja environment for the modules the pipeline renders itself (beside openapi-python-client's)."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2

_BARE_LIST = re.compile(r"(?<![\w.])list\[")


def builtin_list(annotation: str) -> str:
    """Inside a class with a method named `list`, annotations must say builtins.list[...]."""
    return _BARE_LIST.sub("builtins.list[", annotation)


def environment(template_folder: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_folder),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["builtin_list"] = builtin_list
    return env
