"""Demo content strings in ms (see home/demo_translations/__init__.py)."""

from .ms_recipes import STRINGS as RECIPE_STRINGS

# The home page and the organisation profile (footer).
STRINGS = {
    "IOM Malaysia": "IOM Malaysia",
    "Safe, orderly and dignified migration for all": "Migrasi yang selamat, teratur dan bermaruah untuk semua",
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": "IOM bekerjasama dengan kerajaan Malaysia, majikan dan komuniti untuk melindungi migran dan pelarian serta memastikan migrasi memberi manfaat kepada semua.",
    "The International Organization for Migration in Malaysia.": "Pertubuhan Antarabangsa bagi Migrasi di Malaysia.",
    "International Organization for Migration": "Pertubuhan Antarabangsa bagi Migrasi",
    "Malaysia": "Malaysia",
    "IOM is part of the United Nations system and has promoted humane and orderly migration since 1951.": "IOM ialah sebahagian daripada sistem Pertubuhan Bangsa-Bangsa Bersatu dan telah memperjuangkan migrasi yang berperikemanusiaan dan teratur sejak tahun 1951.",
}
STRINGS.update(RECIPE_STRINGS)
