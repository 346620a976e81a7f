"""The application layer: what starts processes and what people type. Imported by
nothing else in bot/ (an import contract in pyproject.toml)."""
