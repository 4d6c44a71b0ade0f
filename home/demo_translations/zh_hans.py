"""Demo content strings in zh_hans (see home/demo_translations/__init__.py)."""

# The home page and the organisation profile (footer).
STRINGS = {
    'IOM Malaysia': '国际移民组织马来西亚办事处',
    'Safe, orderly and dignified migration for all': '让所有人都能安全、有序、有尊严地移民',
    "IOM works with Malaysia's government, employers and communities to protect migrants and refugees and to make migration work for everyone.": '国际移民组织与马来西亚政府、雇主和社区合作，保护移民和难民，让移民惠及每一个人。',
    'The International Organization for Migration in Malaysia.': '国际移民组织驻马来西亚办事处。',
}
