"""The news index's filters: every query parameter is validated before it reaches the ORM.

A value that is not one of the offered choices (`?topic=nope`, `?year=abc`,
`?kind=<script>`) gives an empty list and a message saying which filter was
not understood, never an error page; page numbers are handled by paginate().
"""

from urllib.parse import urlencode

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from home.pagination import paginate

from .models import (
    STORIES_PER_PAGE,
    NewsStoryPage,
    Topic,
    attach_localized_topics,
    localize_snippets,
    source_locale_only,
)

FILTERS = ("topic", "kind", "year")


class StoryFilterForm(forms.Form):
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, years):
        super().__init__(data)
        self.fields["topic"].choices = [
            ("", _("All topics")),
            *((topic.slug, topic.name) for topic in topics),
        ]
        self.fields["kind"].choices = [("", _("All kinds")), *NewsStoryPage.Kind.choices]
        self.fields["year"].choices = [("", _("All years")), *((str(year), str(year)) for year in years)]


def listing_context(index, request):
    stories = index.stories()
    topics = localize_snippets(Topic.objects.filter(source_locale_only()))
    topics_by_slug = {topic.slug: topic for topic in topics}
    years = [day.year for day in stories.dates("date", "year", order="DESC")]
    data = {name: request.GET.get(name, "") for name in FILTERS}
    form = StoryFilterForm(data, topics=topics, years=years)

    notice = ""
    active = {}
    if form.is_valid():
        values = form.cleaned_data
        if values["topic"]:
            topic = topics_by_slug[values["topic"]]
            stories = stories.filter(topics__translation_key=topic.translation_key)
            active["topic"] = topic.name
        if values["kind"]:
            stories = stories.filter(kind=values["kind"])
            active["kind"] = NewsStoryPage.Kind(values["kind"]).label
        if values["year"]:
            stories = stories.filter(date__year=values["year"])
            active["year"] = str(values["year"])
    else:
        stories = stories.none()
        labels = ", ".join(str(form.fields[name].label) for name in form.errors)
        notice = gettext("This filter was not understood: %(filters)s. Choose from the lists below.") % {
            "filters": labels
        }

    page = paginate(stories, request.GET.get("page"), STORIES_PER_PAGE)
    page_stories = list(page["page_obj"].object_list)
    attach_localized_topics(page_stories)

    kept = {name: value for name, value in data.items() if value and name in active}
    removals = [
        {
            "name": name,
            "label": form.fields[name].label,
            "value": active[name],
            "url": "?" + urlencode({key: value for key, value in kept.items() if key != name}),
        }
        for name in FILTERS
        if name in active
    ]
    return {
        **page,
        "stories": page_stories,
        "filter_form": form,
        "active_filters": removals,
        "filter_notice": notice,
        "query_string": urlencode(kept),
        "topic_feeds": [
            (topic, index.url + index.reverse_subpage("topic_feed_rss", kwargs={"topic": topic.slug}))
            for topic in topics
        ],
    }
