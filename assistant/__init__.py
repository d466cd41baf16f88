"""党建知识助手: offline question answering over Party documents, with citations.

Importing the package sets the offline defaults once, before any library that reads them
(huggingface_hub, gradio, chromadb) is imported: no model hub, no analytics, no telemetry.
The user's own environment wins (setdefault).
"""

import os

OFFLINE_ENVIRONMENT = {
    "HF_HUB_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
}

for _name, _value in OFFLINE_ENVIRONMENT.items():
    os.environ.setdefault(_name, _value)
