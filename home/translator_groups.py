"""The translator groups, one per content language: named here once for the roles and the workflow."""

TRANSLATOR_GROUPS = {
    "ms": "Translators (Malay)",
    "zh-hans": "Translators (Chinese)",
    "ta": "Translators (Tamil)",
    "my": "Translators (Burmese)",
    "ar": "Translators (Arabic)",
}
