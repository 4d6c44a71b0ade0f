"""E-mail translators when the English source of a page they translated is published again.

Who: the people whose translations of the page's text wagtail-localize records
(`StringTranslation.last_translated_by`), per language, with an e-mail address.
What: one message each, naming the page, their language(s) and a link to their
copy's editor, where "Sync translated pages" brings the new text in. Sent after
the publication commits, through Django's e-mail framework; a refused message is
logged without the address and never undoes the publication.
"""

import logging
from smtplib import SMTPException

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ObjectDoesNotExist
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.signals import page_published
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

logger = logging.getLogger(__name__)


def translators_of(source):
    """{user: [copy pages]} for the people who translated `source`'s text, by language."""
    # A translation of this page's text: of one of its strings, in that string's place (context)
    # on this page; the same words translated on another page do not count.
    on_this_page = StringSegment.objects.filter(
        source=source, string_id=OuterRef("translation_of_id"), context_id=OuterRef("context_id")
    )
    pairs = list(
        StringTranslation.objects.filter(Exists(on_this_page), last_translated_by__isnull=False)
        .values_list("last_translated_by_id", "locale_id")
        .distinct()
    )
    by_user = {}
    locales_done = {locale_id for _user, locale_id in pairs}
    copies = {}
    for copy_translation in Translation.objects.filter(source=source, target_locale_id__in=locales_done):
        try:
            copies[copy_translation.target_locale_id] = copy_translation.get_target_instance()
        except ObjectDoesNotExist:
            continue  # the copy was deleted: nothing to update
    users = get_user_model().objects.in_bulk({user_id for user_id, _locale in pairs})
    for user_id, locale_id in pairs:
        user, copy = users.get(user_id), copies.get(locale_id)
        if user is not None and user.is_active and user.email and copy is not None:
            by_user.setdefault(user, []).append(copy)
    return by_user


def message_for(user, page, copies):
    language = (
        getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "")
        or settings.LANGUAGE_CODE
    )
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with translation.override(language):
        context = {
            "user": user,
            "page": page,
            "copies": [
                {
                    "language": copy.locale.get_display_name(),
                    "url": base_url + reverse("wagtailadmin_pages:edit", args=[copy.pk]),
                }
                for copy in copies
            ],
        }
        subject = render_to_string("translation_status/email/source_changed_subject.txt", context)
        body = render_to_string("translation_status/email/source_changed.txt", context)
    return EmailMessage(
        " ".join(subject.split()), body.strip() + "\n", settings.DEFAULT_FROM_EMAIL, [user.email]
    )


def send_messages(page, by_user):
    for user, copies in by_user.items():
        try:
            message_for(user, page, copies).send()
        except (SMTPException, OSError) as error:
            logger.warning(
                "translator notice for page %s to user %s not sent: %s",
                page.pk,
                user.pk,
                type(error).__name__,
            )
        except Exception:  # noqa: BLE001  a notice must never fail the editor's publication
            logger.exception("translator notice for page %s to user %s failed", page.pk, user.pk)


def on_page_published(sender, instance, **kwargs):
    page = instance
    if page.locale.language_code != settings.LANGUAGE_CODE:
        return
    source = TranslationSource.objects.filter(
        object_id=page.translation_key, locale_id=page.locale_id
    ).first()
    if source is None:
        return
    by_user = translators_of(source)
    if by_user:
        transaction.on_commit(lambda: send_messages(page, by_user))


def connect_translator_notifications():
    page_published.connect(on_page_published, weak=False, dispatch_uid="translator_notifications")
