"""The sentinel for "not given" and the file type (from the runtime; the generated models import them from here)."""

from getresponse_runtime.types import UNSET, File, FileTypes, RequestFiles, Unset, is_set

__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Unset", "is_set"]
