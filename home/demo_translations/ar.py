"""Demo content strings in ar (see home/demo_translations/__init__.py)."""

# The home page and the organisation profile (footer).
STRINGS = {
    'IOM Malaysia': 'المنظمة الدولية للهجرة – ماليزيا',
    'Safe, orderly and dignified migration for all': 'هجرة آمنة ومنظمة وكريمة للجميع',
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": 'تعمل المنظمة الدولية للهجرة مع حكومة ماليزيا وأصحاب العمل والمجتمعات المحلية لحماية المهاجرين واللاجئين ولجعل الهجرة مفيدة للجميع.',
    'The International Organization for Migration in Malaysia.': 'المنظمة الدولية للهجرة في ماليزيا.',
}
