"""Benchmarks: each script measures, prints a Markdown table and records JSON in var/bench/."""
