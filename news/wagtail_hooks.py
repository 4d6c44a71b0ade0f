"""Admin for the news snippets: topics and media contacts, grouped in one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import MediaContact, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "user"
    list_display = ["name", "role", "organisation", "locale"]
    search_fields = ["name", "organisation"]


class NewsSnippets(SnippetViewSetGroup):
    menu_label = _("News")
    menu_icon = "doc-full-inverse"
    menu_order = 300
    items = (TopicViewSet, MediaContactViewSet)


register_snippet(NewsSnippets)
