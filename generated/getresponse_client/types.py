"""The sentinel for "not given" and the file type (from the runtime; the generated models import them from here)."""

from getresponse_runtime.types import UNSET, File, FileTypes, RequestFiles, Unset, is_set

BinaryFile = File  # the name getresponse_client exports it under (the API has a model called File)

__all__ = ["UNSET", "BinaryFile", "File", "FileTypes", "RequestFiles", "Unset", "is_set"]
