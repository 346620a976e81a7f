"""A citizen's data: export, deletion on request, and the retention of conversations."""
