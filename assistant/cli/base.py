"""What every command shares: the error printed to the user as it is, and JSON output."""

from __future__ import annotations

import json

from assistant.core.errors import AssistantError


class UserError(AssistantError):
    """Printed as-is (Chinese) with exit status 2; never a traceback."""


def print_json(obj: object) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)
