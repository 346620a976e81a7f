"""Danish phrasing shared by the features: spoken times, lists, lateness, time errors."""
