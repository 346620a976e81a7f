"""Knowledge about welfare technology: loading, validation and search."""
