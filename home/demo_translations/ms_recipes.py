"""Demo content strings in Malay for the Dari Dapur campaign page and its recipes."""

STRINGS = {}
