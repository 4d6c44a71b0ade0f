"""Names that some locales keep exactly as written in English (see home/demo_translations/__init__.py)."""

# The hotels in the news story's workshop schedule.
HOTEL_NAMES = {
    name: name
    for name in [
        "M Resort &amp; Hotel",
        "DoubleTree by Hilton",
        "The Light Hotel",
        "Holiday Villa",
        "Grand Darul Makmur",
        "Hilton Hotel",
        "Promenade Hotel",
    ]
}
