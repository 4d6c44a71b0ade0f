"""Factories for news content: pass `parent=` for pages, as with every PageFactory."""

import datetime

import factory
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from news.models import MediaContact, NewsIndexPage, NewsStoryPage, Topic
from news.publications import PublicationIndexPage, PublicationPage
from tests.factories.home import EnglishModelFactory, PageFactory


class TopicFactory(EnglishModelFactory):
    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")

    class Meta:
        model = Topic


class MediaContactFactory(EnglishModelFactory):
    name = "Aisha Rahman"
    role = "Communications Officer"
    organisation = "IOM Malaysia"
    phone = "+60 3 1234 5678"
    email = "press@example.org"

    class Meta:
        model = MediaContact


class NewsIndexPageFactory(PageFactory):
    title = "News"
    slug = "news"
    introduction = "Stories from our work."

    class Meta:
        model = NewsIndexPage


class NewsStoryPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    date = factory.Sequence(lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(days=n))
    summary = "A short summary of the story."
    kind = NewsStoryPage.Kind.NEWS

    class Meta:
        model = NewsStoryPage
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, topics=(), **kwargs):
        return super()._create(model_class, topics=list(topics), **kwargs)


class PublicationIndexPageFactory(PageFactory):
    title = "Publications"
    slug = "publications"
    introduction = "Reports, guides and newsletters."

    class Meta:
        model = PublicationIndexPage


def document(title, content=b"%PDF-1.4 test file", name="file.pdf"):
    """A document in the library with `content` as its file."""
    return get_document_model().objects.create(title=title, file=ContentFile(content, name=name))


def file_block(file, language):
    return ("file", {"document": file, "language": language})


class PublicationPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Publication {n}")
    date = factory.Sequence(lambda n: datetime.date(2023, 1, 1) + datetime.timedelta(days=n))
    summary = "What the publication covers."
    kind = "report"
    files = factory.LazyFunction(lambda: [file_block(document("Report (English)"), "en")])

    class Meta:
        model = PublicationPage
