"""The forms a reader fills in: subscribe (address, language, what to hear about) and change."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core.localization import in_reader_language

from ..taxonomy import Topic, source_locale_only
from .models import AlertSubscription


class TopicChoiceField(forms.ModelMultipleChoiceField):
    """Source-language topics, each labelled with its name in the reader's language."""

    def __init__(self, **kwargs):
        super().__init__(queryset=Topic.objects.filter(source_locale_only()), **kwargs)

    def label_from_instance(self, obj):
        return self.localized_names.get(obj.pk, obj.name)

    @property
    def localized_names(self):
        if not hasattr(self, "_localized_names"):
            topics = list(self.queryset)
            self._localized_names = {
                topic.pk: copy.name for topic, copy in zip(topics, in_reader_language(topics), strict=True)
            }
        return self._localized_names


class AlertChoicesForm(forms.ModelForm):
    """What to hear about, and in which language: at least one of all news, press releases or a topic."""

    topics = TopicChoiceField(
        label=_("Topics"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("News and press releases filed under any topic you tick."),
    )

    class Meta:
        model = AlertSubscription
        fields = ["all_news", "press_releases", "topics", "language"]
        labels = {
            "all_news": _("All news"),
            "press_releases": _("Press releases"),
            "language": _("Language of the alerts"),
        }
        help_texts = {
            "all_news": _("Every story, press release and event we publish."),
            "press_releases": _("Official statements for the media."),
            "language": _("You get a story when it is published in this language."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.instance.pk:
            self.initial.setdefault("language", get_language())
        self.fields["language"].choices = settings.LANGUAGES

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("all_news") or cleaned.get("press_releases") or cleaned.get("topics")):
            raise ValidationError(
                _("Choose what to hear about: all news, press releases or at least one topic.")
            )
        return cleaned


class SubscribeForm(AlertChoicesForm):
    class Meta(AlertChoicesForm.Meta):
        fields = ["email", *AlertChoicesForm.Meta.fields]
        labels = {**AlertChoicesForm.Meta.labels, "email": _("Your e-mail address")}
        help_texts = {
            **AlertChoicesForm.Meta.help_texts,
            "email": _("We send a link to this address: your alerts start when you open it."),
        }
        widgets = {"email": forms.EmailInput(attrs={"autocomplete": "email"})}

    def clean_email(self):
        email = self.cleaned_data["email"].strip()
        if email.rpartition("@")[2].startswith("["):
            # An IP address as the domain would have our mail server write to any machine.
            raise ValidationError(_("Enter an address with a domain name, e.g. name@example.org."))
        return email
