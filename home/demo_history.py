"""Demo content for the history page at /<lang>/who-we-are/history/.

It runs after the news and statistics demo content (step 40 of `home.demo.STEPS`),
so timeline entries can link to the stories those apps create when they exist.
Facts come from the office's public pages; the prose is the project's own.
The Malay translation is written by hand (stored as manual wagtail-localize
translations); the other languages get synced translations that show the
English text until a translator works on them.
"""

from wagtail.models import Page

from core.demo_utils import (
    append_blocks_once,
    demo_image,
    resync_translations,
    source_locale,
    translate,
    translate_with,
)
from news.taxonomy import Topic
from stats.models import Statistic

from .models import HistoryPage, StandardPage

HISTORY_SLUG = "history"


def rich(*paragraphs):
    return "".join(f"<p>{text}</p>" for text in paragraphs)


INTRODUCTION = rich(
    "The International Organization for Migration (IOM) has promoted humane and orderly migration for "
    "the benefit of all since 1951. It is the leading inter-governmental organization in the field of "
    "migration and part of the United Nations system, with 175 member states and a presence in 171 "
    "countries.",
    "IOM's work in Malaysia began in the late 1970s, during the Indochinese refugee crisis. This page "
    "follows that work to the present day: its milestones, the regional processes Malaysia takes part in, "
    "and what the work adds up to in figures.",
)

# Entered in chronological order here, but the page sorts them by year anyway.
TIMELINE = [
    {
        "start_year": 1978,
        "end_year": 1994,
        "date_label": "Late 1970s–1994",
        "title": "The Indochinese refugee crisis",
        "text": rich(
            "IOM first worked in Malaysia during the Indochinese refugee crisis. As part of the National "
            "Security Council's Working Group on Resettlement, it carried out medical screening and "
            "arranged transport for refugees leaving the country to start new lives. The operation "
            "continued until 1994, when every refugee had been resettled or repatriated."
        ),
        "image": (
            "History: departure for resettlement",
            "Abstract illustration standing in for a photograph of refugees waiting to board a flight.",
        ),
    },
    {
        "start_year": 1984,
        "end_year": 1995,
        "title": "Support to government agencies",
        "text": rich(
            "From 1984 to 1995 IOM supported several Malaysian government agencies under the German "
            "Integrated Expert Programme, in cooperation with the Economic Planning Unit of the Prime "
            "Minister's Department."
        ),
    },
    {
        "start_year": 1994,
        "date_label": "After 1994",
        "title": "Assisted voluntary return",
        "text": rich(
            "When the resettlement operation ended, IOM kept working with the government through an "
            "Assisted Voluntary Return Programme, which helped asylum seekers whose claims had been "
            "rejected to return home."
        ),
    },
    {
        "start_year": 2002,
        "title": "Malaysia joins the Bali Process",
        "text": rich(
            "Malaysia has been a member of the Bali Process on people smuggling, trafficking in persons and "
            "related transnational crime since it was launched in 2002. IOM serves as the process's "
            "secretariat."
        ),
    },
    {
        "start_year": 2005,
        "end_year": 2009,
        "title": "Resettlement of refugees from Myanmar",
        "text": rich(
            "Between 2005 and 2009 IOM provided medical screening, cultural orientation and transport for "
            "some 20,600 refugees, most of them from Myanmar, who left Malaysia for new homes in 11 "
            "resettlement countries."
        ),
        "image": (
            "History: cultural orientation class",
            "Abstract illustration standing in for a photograph of a cultural orientation class for "
            "refugees.",
        ),
        "story_words": ["resettle"],
        "statistic_slug": "refugees-resettled-since-2005",
        "link_slug": "what-we-do",
        "link_text": "Our work today",
    },
    {
        "start_year": 2008,
        "title": "The Abu Dhabi Declaration",
        "text": rich(
            "Taking part in the Colombo Process as a labour receiving country, Malaysia signed the Abu Dhabi "
            "Declaration on overseas employment and contractual labour for countries of origin and "
            "destination in Asia, together with 19 other countries."
        ),
    },
    {
        "start_year": 2009,
        "date_label": "7 May 2009",
        "title": "Talks on an IOM office in Kuala Lumpur",
        "text": rich(
            "Malaysia's Minister of Home Affairs met IOM's Director General at IOM headquarters to discuss "
            "future cooperation on migration management, including IOM's support for refugee resettlement "
            "and for victims of trafficking. Both confirmed they were willing to strengthen that "
            "cooperation by officially opening an IOM office in Kuala Lumpur, subject to the government's "
            "approval."
        ),
        "story_words": ["director general", "home affairs"],
    },
]

PROCESSES_INTRODUCTION = (
    "IOM serves as the secretariat of two regional processes in which Malaysia takes an active part."
)

PROCESSES = [
    {
        "name": "Bali Process",
        "year_joined": 2002,
        "purpose": (
            "A regional cooperation mechanism to combat people smuggling, trafficking in persons and "
            "related transnational crime."
        ),
        "role": rich("A member since the process was launched in 2002."),
    },
    {
        # The seed gives no year for joining; the card says what is known instead of guessing one.
        "name": "Colombo Process",
        "year_joined": None,
        "purpose": (
            "A regional process on the management of overseas employment and contractual labour for "
            "countries of origin in Asia."
        ),
        "role": rich(
            "Malaysia takes part as a labour receiving country. In 2008 it signed the Abu Dhabi "
            "Declaration with 19 other countries."
        ),
    },
]

# The key figures come from the statistics snippets only (`_key_figures_panel`), with
# their source and date. An earlier version of the demo typed them here as a paragraph,
# a second copy that went stale when a figure was corrected; `_remove_typed_figures`
# takes that paragraph off existing demo databases.
LEGACY_KEY_FIGURES = (
    "<p>Since 2005, up to June 2023:</p>"
    "<ul>"
    "<li><b>113,166</b> refugees resettled from Malaysia to third countries with IOM's help</li>"
    "<li><b>989</b> people assisted to return home voluntarily or to be repatriated</li>"
    "<li><b>645</b> Malaysian citizens assisted to return home</li>"
    "<li><b>135,037</b> health assessments for refugees at the Migration Health Assessment Centre "
    "(MHAC)</li>"
    "</ul>"
    "<p>Source: IOM Malaysia mission figures, June 2023.</p>"
)

PAGE = {
    "title": "Our history in Malaysia",
    "listing_summary": (
        "How IOM's work in Malaysia grew from the Indochinese refugee crisis of the late 1970s into refugee "
        "resettlement, voluntary return and regional cooperation."
    ),
}

# Hand-written Malay for every translatable string of the page (the slug stays
# "history", so every language has the same URL shape).
MALAY = {
    "Since 2005": "Sejak 2005",
    "Our history in Malaysia": "Sejarah kami di Malaysia",
    PAGE["listing_summary"]: (
        "Bagaimana kerja IOM di Malaysia berkembang daripada krisis pelarian Indochina pada akhir 1970-an "
        "kepada penempatan semula pelarian, pemulangan sukarela dan kerjasama serantau."
    ),
    # Introduction
    "The International Organization for Migration (IOM) has promoted humane and orderly migration for the "
    "benefit of all since 1951. It is the leading inter-governmental organization in the field of migration "
    "and part of the United Nations system, with 175 member states and a presence in 171 countries.": (
        "Pertubuhan Antarabangsa bagi Migrasi (IOM) telah memupuk migrasi yang berperikemanusiaan dan "
        "teratur demi manfaat semua sejak 1951. IOM ialah pertubuhan antara kerajaan yang terkemuka dalam "
        "bidang migrasi dan sebahagian daripada sistem Pertubuhan Bangsa-Bangsa Bersatu, dengan 175 negara "
        "anggota dan kehadiran di 171 negara."
    ),
    "IOM's work in Malaysia began in the late 1970s, during the Indochinese refugee crisis. This page "
    "follows that work to the present day: its milestones, the regional processes Malaysia takes part in, "
    "and what the work adds up to in figures.": (
        "Kerja IOM di Malaysia bermula pada akhir 1970-an, semasa krisis pelarian Indochina. Halaman ini "
        "menyusuri kerja itu hingga ke hari ini: peristiwa pentingnya, proses serantau yang disertai "
        "Malaysia, dan hasil kerja itu dalam angka."
    ),
    # Timeline
    "Late 1970s–1994": "Akhir 1970-an–1994",
    "The Indochinese refugee crisis": "Krisis pelarian Indochina",
    "IOM first worked in Malaysia during the Indochinese refugee crisis. As part of the National Security "
    "Council's Working Group on Resettlement, it carried out medical screening and arranged transport for "
    "refugees leaving the country to start new lives. The operation continued until 1994, when every "
    "refugee had been resettled or repatriated.": (
        "IOM mula bertugas di Malaysia semasa krisis pelarian Indochina. Sebagai sebahagian daripada "
        "Kumpulan Kerja Penempatan Semula Majlis Keselamatan Negara, IOM menjalankan saringan perubatan dan "
        "mengatur pengangkutan bagi pelarian yang meninggalkan negara ini untuk memulakan hidup baharu. "
        "Operasi itu berterusan hingga 1994, apabila semua pelarian telah ditempatkan semula atau dihantar "
        "pulang."
    ),
    "Abstract illustration standing in for a photograph of refugees waiting to board a flight.": (
        "Ilustrasi abstrak sebagai ganti gambar pelarian yang menunggu untuk menaiki penerbangan."
    ),
    "Support to government agencies": "Sokongan kepada agensi kerajaan",
    "From 1984 to 1995 IOM supported several Malaysian government agencies under the German Integrated "
    "Expert Programme, in cooperation with the Economic Planning Unit of the Prime Minister's Department.": (
        "Dari 1984 hingga 1995, IOM menyokong beberapa agensi kerajaan Malaysia di bawah Program Pakar "
        "Bersepadu Jerman, dengan kerjasama Unit Perancang Ekonomi, Jabatan Perdana Menteri."
    ),
    "After 1994": "Selepas 1994",
    "Assisted voluntary return": "Pemulangan sukarela berbantu",
    "When the resettlement operation ended, IOM kept working with the government through an Assisted "
    "Voluntary Return Programme, which helped asylum seekers whose claims had been rejected to return "
    "home.": (
        "Apabila operasi penempatan semula tamat, IOM terus bekerjasama dengan kerajaan melalui Program "
        "Pemulangan Sukarela Berbantu, yang membantu pencari suaka yang permohonannya ditolak untuk pulang "
        "ke negara asal."
    ),
    "Malaysia joins the Bali Process": "Malaysia menyertai Proses Bali",
    "Malaysia has been a member of the Bali Process on people smuggling, trafficking in persons and related "
    "transnational crime since it was launched in 2002. IOM serves as the process's secretariat.": (
        "Malaysia telah menjadi anggota Proses Bali mengenai penyeludupan manusia, pemerdagangan orang dan "
        "jenayah rentas sempadan yang berkaitan sejak proses itu dilancarkan pada 2002. IOM berperanan "
        "sebagai sekretariat proses tersebut."
    ),
    "Resettlement of refugees from Myanmar": "Penempatan semula pelarian dari Myanmar",
    "Between 2005 and 2009 IOM provided medical screening, cultural orientation and transport for some "
    "20,600 refugees, most of them from Myanmar, who left Malaysia for new homes in 11 resettlement "
    "countries.": (
        "Antara 2005 dan 2009, IOM menyediakan saringan perubatan, orientasi budaya dan pengangkutan bagi "
        "kira-kira 20,600 pelarian, kebanyakannya dari Myanmar, yang meninggalkan Malaysia untuk menetap di "
        "11 negara penempatan semula."
    ),
    "Abstract illustration standing in for a photograph of a cultural orientation class for refugees.": (
        "Ilustrasi abstrak sebagai ganti gambar kelas orientasi budaya untuk pelarian."
    ),
    "Our work today": "Kerja kami hari ini",
    "The Abu Dhabi Declaration": "Deklarasi Abu Dhabi",
    "Taking part in the Colombo Process as a labour receiving country, Malaysia signed the Abu Dhabi "
    "Declaration on overseas employment and contractual labour for countries of origin and destination in "
    "Asia, together with 19 other countries.": (
        "Sebagai negara penerima tenaga kerja dalam Proses Colombo, Malaysia bersama 19 negara lain "
        "menandatangani Deklarasi Abu Dhabi mengenai pekerjaan luar negara dan buruh kontrak bagi negara "
        "asal dan negara destinasi di Asia."
    ),
    "7 May 2009": "7 Mei 2009",
    "Talks on an IOM office in Kuala Lumpur": "Perbincangan mengenai pejabat IOM di Kuala Lumpur",
    "Malaysia's Minister of Home Affairs met IOM's Director General at IOM headquarters to discuss future "
    "cooperation on migration management, including IOM's support for refugee resettlement and for victims "
    "of trafficking. Both confirmed they were willing to strengthen that cooperation by officially opening "
    "an IOM office in Kuala Lumpur, subject to the government's approval.": (
        "Menteri Dalam Negeri Malaysia bertemu Ketua Pengarah IOM di ibu pejabat IOM untuk membincangkan "
        "kerjasama masa depan dalam pengurusan migrasi, termasuk sokongan IOM bagi penempatan semula "
        "pelarian dan mangsa pemerdagangan orang. Kedua-dua pihak menyatakan kesediaan untuk mengukuhkan "
        "kerjasama itu melalui pembukaan rasmi pejabat IOM di Kuala Lumpur, tertakluk kepada kelulusan "
        "kerajaan."
    ),
    # Regional processes
    PROCESSES_INTRODUCTION: (
        "IOM berperanan sebagai sekretariat bagi dua proses serantau yang disertai secara aktif "
        "oleh Malaysia."
    ),
    "Bali Process": "Proses Bali",
    "A regional cooperation mechanism to combat people smuggling, trafficking in persons and related "
    "transnational crime.": (
        "Mekanisme kerjasama serantau untuk membanteras penyeludupan manusia, pemerdagangan orang dan "
        "jenayah rentas sempadan yang berkaitan."
    ),
    "A member since the process was launched in 2002.": "Anggota sejak proses itu dilancarkan pada 2002.",
    "Colombo Process": "Proses Colombo",
    "A regional process on the management of overseas employment and contractual labour for countries of "
    "origin in Asia.": (
        "Proses serantau mengenai pengurusan pekerjaan luar negara dan buruh kontrak bagi negara asal "
        "di Asia."
    ),
    "Malaysia takes part as a labour receiving country. In 2008 it signed the Abu Dhabi Declaration with 19 "
    "other countries.": (
        "Malaysia mengambil bahagian sebagai negara penerima tenaga kerja. Pada 2008, Malaysia "
        "menandatangani Deklarasi Abu Dhabi bersama 19 negara lain."
    ),
}


def load_history(stdout):
    locale = source_locale()
    who_we_are = StandardPage.objects.filter(locale=locale, slug="who-we-are").first()
    if who_we_are is None:
        stdout.write("history: skipped, no 'Who we are' page")
        return
    page = who_we_are.get_children().filter(slug=HISTORY_SLUG).first()
    if page is None:
        page = HistoryPage(
            slug=HISTORY_SLUG,
            introduction=INTRODUCTION,
            timeline=[{"type": "entry", "value": _timeline_entry(spec, locale)} for spec in TIMELINE],
            processes_introduction=PROCESSES_INTRODUCTION,
            processes=[{"type": "process", "value": spec} for spec in PROCESSES],
            key_figures=_key_figures_panel(locale),
            **PAGE,
        )
        who_we_are.add_child(instance=page)
        page.save_revision().publish()
    else:
        _remove_typed_figures(page.specific, locale)
    translate_with(page, "ms", MALAY)
    translate(page)
    _link_resettlement_stories(page, locale)
    stdout.write(f"history: {HistoryPage.objects.count()} history pages")


def _timeline_entry(spec, locale):
    """The raw block value for one entry: image with alt text, link to a story or page if any."""
    value = {key: spec.get(key) for key in ["start_year", "end_year", "title", "text"]}
    value["date_label"] = spec.get("date_label", "")
    value["image"] = {"image": None, "decorative": False, "alt_text": ""}  # the block's empty value
    if "image" in spec:
        title, alt_text = spec["image"]
        image = demo_image(title, alt_text, size=(960, 540))
        value["image"] = {"image": image.pk, "decorative": False, "alt_text": alt_text}
    statistic = Statistic.objects.filter(locale=locale, slug=spec.get("statistic_slug", "")).first()
    value["statistic"] = statistic.pk if statistic else None
    link_page = _find_story(spec.get("story_words", []), locale)
    link_text = ""
    if link_page is None and spec.get("link_slug"):
        link_page = Page.objects.filter(locale=locale, slug=spec["link_slug"], depth=3).first()
        link_text = spec.get("link_text", "")
    value["link"] = {"text": link_text, "page": link_page.pk if link_page else None, "external_url": ""}
    return value


def _find_story(words, locale):
    """A live news story whose title has all these words, if the news app made one (no import of news)."""
    if not words:
        return None
    stories = Page.objects.live().filter(locale=locale, content_type__model="newsstorypage")
    for word in words:
        stories = stories.filter(title__icontains=word)
    return stories.order_by("-first_published_at").first()


KEY_FIGURE_SLUGS = [
    "refugees-resettled-since-2005",
    "voluntary-returns-since-2005",
    "malaysians-assisted-to-return-since-2005",
    "health-assessments-since-2005",
]


def _key_figures_panel(locale):
    """The mission figures since 2005 from the statistics snippets, as one panel (none if not loaded)."""
    statistics = [Statistic.objects.filter(locale=locale, slug=slug).first() for slug in KEY_FIGURE_SLUGS]
    if not all(statistics):
        return []
    return [
        {
            "type": "statistics_panel",
            "value": {"heading": "Since 2005", "statistics": [s.pk for s in statistics]},
        }
    ]


def _remove_typed_figures(page, locale):
    """Upgrade a history page made by an earlier demo: the figures from the snippets only (idempotent).

    The typed paragraph goes only if nobody edited it; the panel is added if missing.
    Publishing and re-syncing keeps the translations' other segments as they were.
    """
    typed = [
        index
        for index, block in enumerate(page.key_figures)
        if block.block_type == "paragraph" and block.value.source == LEGACY_KEY_FIGURES
    ]
    for index in reversed(typed):
        del page.key_figures[index]  # the other blocks keep their ids, so their translations
    if typed:
        page.save_revision().publish()
        resync_translations(page)
    panel = _key_figures_panel(locale)
    if panel:
        append_blocks_once(page, "key_figures", [(block["type"], block["value"]) for block in panel])


def _link_resettlement_stories(history_page, locale):
    """Stories on resettlement link back to the history page through their topic."""
    topic = Topic.objects.filter(locale=locale, slug="resettlement").first()
    if topic is None or topic.background_page_id:
        return
    topic.background_page = history_page
    topic.save()
    resync_translations(topic)
