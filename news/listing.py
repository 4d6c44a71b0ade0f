"""The news index's filters: every query parameter is validated before it reaches the ORM.

A value that is not one of the offered choices (`?topic=nope`, `?year=abc`,
`?kind=<script>`) gives an empty list and a message saying which filter was
not understood, never an error page; page numbers are handled by paginate().
"""

from urllib.parse import urlencode

from django import forms
from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.cards import CardListing
from core.fragments import fragment
from core.localization import in_reader_language
from core.pagination import listing_address, paginate

from .taxonomy import StoryKind, Topic, attach_localized_topics, source_locale_only

STORIES_PER_PAGE = 12

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
        self.fields["kind"].choices = [("", _("All kinds")), *StoryKind.choices]
        self.fields["year"].choices = [("", _("All years")), *((str(year), str(year)) for year in years)]


def stories_per_year(stories):
    """{year: number of stories}, newest year first.

    One pass over the listing gives both the year filter's choices and, when
    no other filter is active, the paginator's count: with thousands of
    stories, each pass is most of the listing's database time.
    """
    rows = (
        stories.order_by()
        .annotate(year=ExtractYear("date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by(F("year").desc(nulls_last=True))
    )
    return {row["year"]: row["count"] for row in rows}


def listing_context(index, request):
    stories = index.stories()
    # The filters' choices change only when stories or topics are published (core/fragments.py).
    topics = fragment(
        f"news-topics:{translation.get_language()}",
        lambda: list(in_reader_language(Topic.objects.filter(source_locale_only()))),
        request=request,
    )
    topics_by_slug = {topic.slug: topic for topic in topics}
    per_year = fragment(f"news-years:{index.pk}", lambda: stories_per_year(stories), request=request)
    years = [year for year in per_year if year is not None]
    known_count = sum(per_year.values())
    data = {name: request.GET.get(name, "") for name in FILTERS}
    form = StoryFilterForm(data, topics=topics, years=years)

    notice = ""
    active = {}
    filter_key = None  # the filters' HTML is kept for each valid choice, never for an invalid one
    if form.is_valid():
        values = form.cleaned_data
        filter_key = "|".join(str(values[name] or "") for name in FILTERS)
        if values["topic"]:
            topic = topics_by_slug[values["topic"]]
            stories = stories.filter(topics__translation_key=topic.translation_key)
            active["topic"] = topic.name
        if values["kind"]:
            stories = stories.filter(kind=values["kind"])
            active["kind"] = StoryKind(values["kind"]).label
        if values["year"]:
            stories = stories.filter(date__year=values["year"])
            active["year"] = str(values["year"])
            known_count = per_year[values["year"]]
        if values["topic"] or values["kind"]:
            known_count = None  # the paginator counts the filtered list itself
    else:
        stories = stories.none()
        known_count = 0
        labels = ", ".join(str(form.fields[name].label) for name in form.errors)
        notice = gettext("This filter was not understood: %(filters)s. Choose from the lists below.") % {
            "filters": labels
        }

    # Only the ids of the page's stories are read here: their cards are kept (`{% cards %}`).
    story_ids = stories.select_related(None).prefetch_related(None).values_list("pk", flat=True)
    page = paginate(story_ids, request.GET.get("page"), STORIES_PER_PAGE, count=known_count)
    cards = CardListing(
        page["page_obj"].object_list,
        lambda ids: attach_localized_topics(index.stories().filter(pk__in=ids)),
    )

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
        **listing_address(index, page["page_obj"], filtered=any(data.values())),
        "story_cards": cards,
        "filter_form": form,
        "filter_key": filter_key,
        "active_filters": removals,
        "filter_notice": notice,
        "query_string": urlencode(kept),
        # Read only when the section's cached HTML is missing (news_index_page.html).
        "topic_feeds": SimpleLazyObject(
            lambda: [
                (
                    topic,
                    index.get_url(request)
                    + index.reverse_subpage("topic_feed_rss", kwargs={"topic": topic.slug}),
                )
                for topic in topics
            ]
        ),
    }
