"""Benchmarks for the assistant (run as modules: `python -m bench.quality`, `bench.speed`, `bench.scale`, `bench.embedders`)."""
