"""The project's own exceptions. Each carries a Chinese message fit to show a user as is."""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every error the CLI, web app and API report to the user instead of a traceback."""
