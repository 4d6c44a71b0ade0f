"""The translator groups, one per content language: named here once for the roles and the workflow."""

TRANSLATOR_GROUPS = {
    "ms": "Translators (Malay)",
    "zh-hans": "Translators (Chinese)",
    "ta": "Translators (Tamil)",
    "my": "Translators (Burmese)",
    "ar": "Translators (Arabic)",
}


def translator_locales(user):
    """The language codes a translator may work in, or None when the user is not limited to some.

    Superusers and anyone in a group other than a translator group keep
    whatever their other permissions allow.
    """
    if not user.is_authenticated or user.is_superuser:
        return None
    names = set(user.groups.values_list("name", flat=True))
    codes = {code for code, name in TRANSLATOR_GROUPS.items() if name in names}
    if not codes or names - set(TRANSLATOR_GROUPS.values()):
        return None
    return codes
