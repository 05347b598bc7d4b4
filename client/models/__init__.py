"""Qt item models over domain queries."""
