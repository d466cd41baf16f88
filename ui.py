"""党建知识助手 — web UI: `python ui.py [--host 127.0.0.1] [--port 7860]`.

Thin launcher, the same as `assistant serve`: settings from the environment (ASSISTANT_*),
the app from `assistant.web.app`, the pipeline from `assistant.runtime`.
"""

from __future__ import annotations

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main(["serve", *sys.argv[1:]]))
