"""One reader per file format; the suffix -> reader table is `assistant.ingest.loaders.READERS`."""
