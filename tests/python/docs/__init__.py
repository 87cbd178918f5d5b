"""The documentation stays true to the code."""
