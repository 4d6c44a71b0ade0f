"""Demo news: the office's real stories of 2023, a 2009 press release, and sample stories.

Facts (venues, figures, names, the 2009 date) come from the office's public pages;
the prose is the project's own. Whatever the sources do not give is a stand-in
that readers see marked as a sample: the 2023 stories' days (the newsletter gives
months at most), the office's media line and the registration link. The extra
stories that make the listing paginate say plainly that they are sample text.
Each story's publication times are its date, as for an archive brought in.
"""

import datetime
import re

from django.utils import timezone
from wagtail.models import Page

from core.demo_utils import (
    add_menu_link,
    append_blocks_once,
    child_page,
    demo_image,
    fill_empty_fields,
    resync_translations,
    site_root,
    source_locale,
    translate,
)
from core.moderation import moderate_tree
from stats.models import Dataset, Statistic

from .demo_publications import load_publications
from .models import MediaContact, NewsIndexPage, NewsStoryPage, RelatedStory, Topic
from .publications import PublicationPage

ORDER = 20

TOPICS = {
    "ethical-recruitment": "Ethical recruitment",
    "domestic-workers": "Domestic workers",
    "media": "Media",
    "resettlement": "Resettlement",
    "migration-health": "Migration health",
    "trafficking": "Trafficking",
    "labour-migration": "Labour migration",
}

CONTACTS = {
    "office": {
        "name": "Communications Unit",
        "role": "Media enquiries",
        "organisation": "IOM Malaysia",
        "phone": "+60 3 0000 0000",
        "email": "iomkualalumpur@example.org",
        "sample": True,  # the seed names no media line: readers see that these reach no one
    },
    "geneva": {
        "name": "Jean-Philippe Chauzy",
        "role": "Spokesperson",
        "organisation": "IOM Geneva",
        "phone": "+41 22 717 93 61",
        "email": "jpchauzy@iom.int",
    },
}

# The seed names no registration address; this placeholder stands in for it.
SME_REGISTRATION_URL = "https://example.org/register/sme-ethical-recruitment-2023"

SME_SCHEDULE = [
    # (start, end, sessions, venue, city, state)
    ("2023-05-22", "2023-05-23", 2, "M Resort & Hotel", "Kuala Lumpur", ""),
    ("2023-05-29", None, 1, "DoubleTree by Hilton", "Melaka", "Melaka"),
    ("2023-06-07", "2023-06-08", 2, "The Light Hotel", "Seberang Jaya", "Penang"),
    ("2023-07-24", "2023-07-25", 2, "Holiday Villa", "Johor Bahru", "Johor"),
    ("2023-08-14", None, 1, "Grand Darul Makmur", "Kuantan", "Pahang"),
    ("2023-09-11", None, 1, "Hilton Hotel", "Kuching", "Sarawak"),
    ("2023-09-13", None, 1, "Promenade Hotel", "Kota Kinabalu", "Sabah"),
]


def p(html):
    return ("paragraph", html)


MOVEMENT_SUMMARY = (
    "In the second quarter of 2023, IOM helped refugees resettle from Malaysia to seven countries and ran "
    "health assessments for 2,233 people."
)
MOVEMENT_BODY = (
    "<p>IOM continues to support voluntary, safe and orderly migration: health assessments, "
    "the movement of refugees resettling in third countries, and help for stranded migrants "
    "who want to return home.</p>"
    "<p>Between April and June 2023, refugees left Malaysia for resettlement in seven "
    "countries, most of them to the United States (80.6 per cent), Australia (12.9 per cent) "
    "and Canada (5.2 per cent). The Migration Health Assessment Centre (MHAC) assessed "
    "2,233 people in the same period.</p>"
    "<p>The figures below give the quarter's departures and what IOM has done since 2005: refugees "
    "resettled from Malaysia and health assessments at the MHAC.</p>"
)
# What earlier versions of the demo typed: the statistics' numbers, a second copy that went
# stale when a figure was corrected. `_untype_movement_figures` replaces it on existing databases.
LEGACY_MOVEMENT_TEXT = {
    (
        "In the second quarter of 2023, IOM helped 2,446 refugees resettle from Malaysia to seven "
        "countries and ran health assessments for 2,233 people."
    ): MOVEMENT_SUMMARY,
    (
        "<p>IOM continues to support voluntary, safe and orderly migration: health assessments, "
        "the movement of refugees resettling in third countries, and help for stranded migrants "
        "who want to return home.</p>"
        "<p>Between April and June 2023, 2,446 refugees left Malaysia for resettlement in seven "
        "countries, most of them to the United States (80.6 per cent), Australia (12.9 per cent) "
        "and Canada (5.2 per cent). The Migration Health Assessment Centre (MHAC) assessed "
        "2,233 people in the same period.</p>"
        "<p>Since 2005, 113,166 refugees have been resettled from Malaysia with IOM's help, and "
        "135,037 have had health assessments at the MHAC.</p>"
    ): MOVEMENT_BODY,
}


def page_links(html):
    """Turn `href="/en/<slug>/"` into Wagtail page links, which each language's copy follows to its own page.

    A top-level page that does not exist (yet) keeps its plain link.
    """

    def replace(match):
        page = Page.objects.filter(locale=source_locale(), slug=match[1], depth=3).first()
        return f'linktype="page" id="{page.pk}"' if page else match[0]

    return re.sub(r'href="/en/([\w-]+)/"', replace, html)


def schedule_block():
    return (
        "event_schedule",
        {
            "title": "Capacity Building on Ethical Recruitment and Employment of Migrant Workers for SMEs",
            "introduction": (
                "Workshops for small and medium enterprises, organised with the Malaysian Employers "
                "Federation (MEF): ten workshops at seven venues between May and September 2023."
            ),
            "rows": [
                {
                    "start_date": datetime.date.fromisoformat(start),
                    "end_date": datetime.date.fromisoformat(end) if end else None,
                    "sessions": sessions,
                    "venue": venue,
                    "city": city,
                    "region": region,
                }
                for start, end, sessions, venue, city, region in SME_SCHEDULE
            ],
            "registration_url": SME_REGISTRATION_URL,
            "registration_is_sample": True,
        },
    )


STORIES = [
    {
        "slug": "ethical-recruitment-training-for-smes",
        "sample_date": True,
        "title": "Ethical recruitment training for small and medium enterprises",
        "hero_image_alt": "Illustration standing in for a photograph of employers at a training session.",
        "date": datetime.date(2023, 6, 15),
        "kind": NewsStoryPage.Kind.EVENT,
        "topics": ["ethical-recruitment", "labour-migration"],
        "contact": "office",
        "summary": (
            "With the Malaysian Employers Federation, IOM is training SMEs across Malaysia on fair and "
            "ethical recruitment and employment of migrant workers."
        ),
        "body": [
            p(
                "<p>In 2023 IOM began working with the Malaysian Employers Federation (MEF) to reach small "
                "and medium enterprises on fair and ethical recruitment and employment of migrant workers. "
                "The first trainings have taken place in Kuala Lumpur and Penang; Johor, Pahang, Sarawak "
                "and Sabah follow later in the year.</p>"
                "<p>SMEs make up well over 90 per cent of businesses in Malaysia. Reaching them is essential "
                "to protect workers and to keep migration safe and dignified.</p>"
            ),
            schedule_block(),
        ],
    },
    {
        "slug": "domestic-workers-access-to-social-protection",
        "sample_date": True,
        "title": "Improving domestic workers' effective access to social protection",
        "hero_image_alt": "Illustration standing in for a photograph of domestic workers at a meeting.",
        "date": datetime.date(2023, 6, 30),
        "kind": NewsStoryPage.Kind.NEWS,
        "topics": ["domestic-workers", "labour-migration"],
        "contact": "office",
        "summary": (
            "IOM and ILO brought together over 70 stakeholders to discuss domestic workers' access to "
            "the national social security scheme, SOCSO."
        ),
        "body": [
            p(
                "<p>In June, IOM and ILO Malaysia met key national stakeholders to look at how domestic "
                "workers can use the national social security protection scheme (SOCSO) in practice, and "
                "at the challenges and opportunities of making them eligible for more benefits.</p>"
                "<p>More than 70 people took part: government officials, associations of private "
                "recruitment agencies, international organisations, civil society and domestic "
                "workers' groups.</p>"
            )
        ],
    },
    {
        "slug": "shifting-narratives-through-media-engagement",
        "sample_date": True,
        "title": "Shifting narratives on migrants and refugees through media engagement",
        "hero_image_alt": "Illustration standing in for a photograph of journalists at a workshop.",
        "date": datetime.date(2023, 6, 20),
        "kind": NewsStoryPage.Kind.NEWS,
        "topics": ["media"],
        "contact": "office",
        "summary": (
            "A workshop with the UN human rights office (OHCHR) helped journalists tell inclusive, "
            "empathetic stories about migrants and refugees in Malaysia."
        ),
        "body": [
            p(
                "<p>IOM Malaysia and the Office of the United Nations High Commissioner for Human Rights "
                "(OHCHR) held a workshop on story-telling for inclusion and human rights in Malaysia, on "
                "strengthening the role of the media in inclusive and empathetic reporting.</p>"
                '<p>The workshop builds on the <a href="/en/dari-dapur/">Dari Dapur campaign</a>, which '
                "uses food and recipes from migrant and refugee communities to promote narratives based on "
                "human rights and a culture of welcome.</p>"
            )
        ],
    },
    {
        "slug": "labour-migration-process-mapping-guide-launched",
        "sample_date": True,
        "title": "IOM launches the Labour Migration Process Mapping Guide",
        "hero_image_alt": "Illustration standing in for a photograph of the guide's launch.",
        "date": datetime.date(2023, 5, 31),
        "kind": NewsStoryPage.Kind.NEWS,
        "topics": ["ethical-recruitment", "labour-migration"],
        "contact": "office",
        "related": ["ethical-recruitment-training-for-smes"],
        "summary": (
            "A practical tool for businesses to identify and address human and labour rights risks to "
            "migrant workers in international supply chains."
        ),
        "body": [
            p(
                "<p>In May 2023 IOM launched the Labour Migration Process Mapping Guide, a practical tool "
                "that helps businesses identify, mitigate and address risks to the human and labour rights "
                "of migrant workers in international supply chains.</p>"
                "<p>Speakers at the launch discussed trends, progress and good practice in fair and ethical "
                "recruitment, and how businesses can use the Guide to make supply chains more transparent. "
                "IOM will continue to work with private-sector partners in Malaysia to roll it out.</p>"
            )
        ],
    },
    {
        "slug": "refugee-and-migration-movement-management",
        "sample_date": True,
        "title": "Refugee and migration movement management: the second quarter of 2023",
        "hero_image_alt": "Illustration standing in for a photograph of travellers at an airport.",
        "date": datetime.date(2023, 7, 15),
        "kind": NewsStoryPage.Kind.FEATURE,
        "topics": ["resettlement", "migration-health"],
        "contact": "office",
        # The figures that are statistics (2,446; 113,166; 135,037) are not typed here: the story
        # shows them from the snippets, in the panel `_movement_figures` adds below the text.
        "summary": MOVEMENT_SUMMARY,
        "body": [p(MOVEMENT_BODY)],
    },
    {
        "slug": "home-affairs-minister-meets-iom-director-general-2009",
        "press_photo": True,
        "title": "Malaysian Home Affairs Minister and IOM Director General discuss future collaboration",
        "hero_image_alt": "Illustration standing in for a photograph of the two leaders meeting.",
        "date": datetime.date(2009, 5, 7),
        "kind": NewsStoryPage.Kind.PRESS_RELEASE,
        "topics": ["resettlement", "trafficking"],
        "contact": "geneva",
        "summary": (
            "Dato' Seri Hishammuddin Tun Hussein met Director General William Lacy Swing in Geneva to "
            "discuss resettlement, help for victims of trafficking and an IOM office in Kuala Lumpur."
        ),
        "body": [
            p(
                "<p>On 7 May 2009, Malaysia's Minister of Home Affairs, Dato' Seri Hishammuddin Tun Hussein, "
                "met IOM Director General William Lacy Swing at IOM Headquarters to discuss future "
                "cooperation on migration management, including IOM's support for refugee resettlement and "
                "for victims of trafficking in Malaysia.</p>"
                "<p>The two, who had met earlier in the year in Putrajaya, agreed to strengthen cooperation "
                "by opening an IOM office in Kuala Lumpur, subject to the Government's approval.</p>"
                "<p>Between 2005 and 2009 IOM provided medical screening, cultural orientation and transport "
                "for some 20,600 refugees resettling from Malaysia to 11 countries, and expected to move at "
                "least 6,000 more in 2009. It also helps rescued victims of trafficking return home "
                "voluntarily.</p>"
            )
        ],
    },
]

SAMPLE_TOPICS = ["labour-migration", "migration-health", "resettlement", "media", "trafficking"]
SAMPLE_COUNT = 14


def sample_stories():
    kinds = list(NewsStoryPage.Kind)
    for number in range(1, SAMPLE_COUNT + 1):
        yield {
            "slug": f"sample-story-{number}",
            "title": f"Sample story {number} (demo text)",
            "hero_image_alt": "Illustration standing in for a news photograph.",
            "date": datetime.date(2022, 1, 10) + datetime.timedelta(days=25 * number),
            "sample_date": True,
            "kind": kinds[number % len(kinds)],
            "topics": [SAMPLE_TOPICS[number % len(SAMPLE_TOPICS)]],
            "contact": "office",
            "summary": "Sample text: generated for the demo site to show how the listing pages.",
            "body": [
                p("<p>Sample text. This is not a real story; it fills the demo site's news listing.</p>")
            ],
        }


def load(stdout):
    locale = source_locale()
    home = site_root(locale)
    topics = {
        slug: Topic.objects.get_or_create(locale=locale, slug=slug, defaults={"name": name})[0]
        for slug, name in TOPICS.items()
    }
    contacts = {
        key: MediaContact.objects.get_or_create(locale=locale, name=fields["name"], defaults=fields)[0]
        for key, fields in CONTACTS.items()
    }
    index = child_page(
        home,
        NewsIndexPage,
        "news",
        title="News",
        introduction="News, press releases and events from IOM in Malaysia.",
        press_room_introduction=(
            "Journalists can reach our media contacts directly by phone or e-mail, and follow our news "
            "by RSS or Atom."
        ),
        listing_summary="News, press releases and events from IOM Malaysia.",
    )
    stories = {}
    for spec in [*STORIES, *sample_stories()]:
        stories[spec["slug"]] = _story(index, spec, topics, contacts, stories)
    add_menu_link(index)
    moderate_tree(index)
    _mark_sample_contacts(contacts)

    for obj in [*topics.values(), *contacts.values(), index, *stories.values()]:
        translate(obj)
    _untype_movement_figures(stories["refugee-and-migration-movement-management"])
    _movement_figures(stories["refugee-and-migration-movement-management"])
    _mark_sample_registration(stories["ethical-recruitment-training-for-smes"])
    stdout.write(f"news: {NewsStoryPage.objects.count()} stories in all languages")


def _story(index, spec, topics, contacts, made):
    image = demo_image(
        f"News: {spec['title']}",
        f"Abstract illustration standing in for a photograph for the story '{spec['title']}'.",
    )
    related = [RelatedStory(page=made[slug]) for slug in spec.get("related", []) if slug in made]
    press_photos = _press_photos(image) if spec.get("press_photo") else []
    story = child_page(
        index,
        NewsStoryPage,
        spec["slug"],
        title=spec["title"],
        date=spec["date"],
        sample_date=spec.get("sample_date", False),
        kind=spec["kind"],
        summary=spec["summary"],
        body=[(kind, page_links(value) if isinstance(value, str) else value) for kind, value in spec["body"]],
        hero_image=image,
        hero_image_alt=spec["hero_image_alt"],
        hero_caption="" if spec["slug"].startswith("sample-") else "Illustration for the demo site.",
        hero_credit="Generated image",
        media_contact=contacts[spec["contact"]],
        topics=[topics[slug] for slug in spec["topics"]],
        related_links=related,
        press_photos=press_photos,
    )
    # An editor who entered the real date and unticked the flag keeps it that way.
    sample_date = {"sample_date": True} if spec.get("sample_date") and story.date == spec["date"] else {}
    photos = {"press_photos": press_photos} if press_photos else {}
    fill_empty_fields(story, hero_image_alt=spec["hero_image_alt"], **sample_date, **photos)
    return story


# The seeds hold no photographs: the demo's press photo is its generated illustration, and says so.
PRESS_PHOTO_CAPTION = (
    "Illustration for the demo site, standing in for a photograph of the 2009 meeting in Geneva."
)


def _press_photos(image):
    photo = {
        "image": {"image": image, "alt_text": image.description, "decorative": False},
        "caption": PRESS_PHOTO_CAPTION,
        "credit": "Generated image for the demo site",
        "licence": "cc-by-4.0",
    }
    return [("photo", photo)]


def _mark_sample_contacts(contacts):
    """Demo databases loaded before the sample flag: mark the stand-in contact in every language."""
    for key, contact in contacts.items():
        if CONTACTS[key].get("sample") and contact.phone == CONTACTS[key]["phone"]:
            copies = MediaContact.objects.filter(translation_key=contact.translation_key, sample=False)
            copies.update(sample=True)


def _mark_sample_registration(story):
    """Demo databases loaded before the sample flag: mark the stand-in registration link (idempotent)."""
    unmarked = [
        block
        for block in story.body
        if block.block_type == "event_schedule"
        and block.value.get("registration_url") == SME_REGISTRATION_URL
        and not block.value.get("registration_is_sample")
    ]
    if not unmarked:
        return
    for block in unmarked:
        block.value["registration_is_sample"] = True
    story.save_revision().publish()
    resync_translations(story)


PUBLISHED_AT = datetime.time(9, 0)


def date_publications(stdout):
    """The last step, once the hand-written translations are published too."""
    for model in (NewsStoryPage, PublicationPage):
        _publication_times_from_dates(model.objects.filter(locale=source_locale()))


def _publication_times_from_dates(stories):
    """A demo story or publication went out on its date, in every language: its publication times say so.

    Feeds, sitemaps and structured data then date the demo by its content, not
    by the day it was loaded. Only copies the loader published (no user on the
    live revision) change, so an editor's later publication keeps its own time.
    """
    for story in stories:
        published = timezone.make_aware(datetime.datetime.combine(story.date, PUBLISHED_AT))
        type(story).objects.filter(
            translation_key=story.translation_key, live_revision__user__isnull=True
        ).exclude(first_published_at=published, last_published_at=published).update(
            first_published_at=published, last_published_at=published
        )


MOVEMENT_STATISTICS = [
    "refugees-resettled-q2-2023",
    "refugees-resettled-since-2005",
    "health-assessments-since-2005",
]
MOVEMENT_DATASETS = [
    "countries-of-resettlement-q2-2023",
    "countries-of-origin-q2-2023",
    "departing-refugees-gender-age-q2-2023",
    "health-assessment-beneficiaries-gender-age-q2-2023",
]


def _movement_figures(story):
    """The movement-management story shows the quarter's figures and datasets from the statistics app."""
    locale = source_locale()
    statistics = [Statistic.objects.filter(locale=locale, slug=slug).first() for slug in MOVEMENT_STATISTICS]
    datasets = [Dataset.objects.filter(locale=locale, slug=slug).first() for slug in MOVEMENT_DATASETS]
    if not all(statistics) or not all(datasets):
        return  # the statistics demo content is not loaded
    blocks = [("statistics_panel", {"heading": "The quarter in figures", "statistics": statistics})]
    blocks += [("dataset", {"dataset": dataset, "display": "default", "caption": ""}) for dataset in datasets]
    append_blocks_once(story, "body", blocks)


def _untype_movement_figures(story):
    """Replace the typed figures of an earlier demo's story text, unless someone edited it (idempotent).

    Publishing and re-syncing keeps the translations of the unchanged segments;
    the hand-written translations of the new text are added by the translations step.
    """
    changed = story.summary in LEGACY_MOVEMENT_TEXT
    story.summary = LEGACY_MOVEMENT_TEXT.get(story.summary, story.summary)
    typed = [
        (index, block)
        for index, block in enumerate(story.body)
        if block.block_type == "paragraph" and block.value.source in LEGACY_MOVEMENT_TEXT
    ]
    for index, block in typed:
        # Same block id, so the translations of its unchanged paragraphs are kept.
        new_value = block.block.to_python(LEGACY_MOVEMENT_TEXT[block.value.source])
        story.body[index] = ("paragraph", new_value, block.id)
    if changed or typed:
        story.save_revision().publish()
        resync_translations(story)


# Publication times are set last, after the translations step (home.demo) has published its copies.
STEPS = [(ORDER, load), (22, load_publications), (99, date_publications)]
