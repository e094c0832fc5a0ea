"""Every CMS page type: where it may be created, and that it renders, edits and previews."""

from unittest import mock

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from events.models import EventIndexPage, EventPage
from learning.models import CourseIndexPage
from tests.website.site_tree import build_site_tree, staff_with_second_factor
from website.articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from website.articles.models import ArticleIndexPage, ArticlePage
from website.core.factories import TopicFactory
from website.home.models import HomePage
from website.news.factories import NewsIndexPageFactory, NewsPageFactory
from website.news.models import NewsIndexPage, NewsPage
from website.partners.factories import PartnerFactory, PartnersPageFactory
from website.partners.models import Partner, PartnersPage
from website.publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from website.publications.models import PublicationIndexPage, PublicationPage
from website.standard.factories import StandardPageFactory
from website.standard.models import StandardPage
from website.stories.factories import StoryIndexPageFactory, StoryPageFactory
from website.stories.models import StoryIndexPage, StoryPage

HOME_CHILDREN = {
    StandardPage,
    NewsIndexPage,
    ArticleIndexPage,
    PublicationIndexPage,
    PartnersPage,
    StoryIndexPage,
    CourseIndexPage,
    EventIndexPage,
}


def form_data(page):
    """What an editor submits for ``page``: the common fields plus its type's own required ones."""
    body = streamfield([("paragraph", rich_text("<p>Текст</p>"))])
    data = {"title": page.title, "slug": page.slug, "comments": inline_formset([])}
    own = {
        HomePage: {"hero_title": "Вместе", "body": body},
        StandardPage: {"body": body},
        NewsPage: {"date": "2025-12-10", "summary": "Кратко", "body": body, "tags": "права"},
        ArticlePage: {"summary": "Кратко", "body": body},
        PublicationPage: {"kind": "report", "date": "2025-12-10", "body": body},
        PartnersPage: {"body": body},
        StoryPage: {"date": "2025-12-10", "excerpt": "Коротко", "body": body, "consent_confirmed": "on"},
    }
    data.update(own.get(type(page), {"intro": "Введение"}))
    return nested_form_data(data)


class CmsPageTypesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        tree = build_site_tree()
        cls.home = tree.homes["ru"]
        cls.standard = StandardPageFactory(parent=cls.home, title="О нас")
        cls.news_index = NewsIndexPageFactory(parent=cls.home)
        cls.news = NewsPageFactory(parent=cls.news_index)
        cls.article_index = ArticleIndexPageFactory(parent=cls.home)
        cls.article = ArticlePageFactory(parent=cls.article_index, topics=[TopicFactory()])
        cls.publication_index = PublicationIndexPageFactory(parent=cls.home)
        cls.publication = PublicationPageFactory(parent=cls.publication_index)
        cls.partners = PartnersPageFactory(parent=cls.home)
        PartnerFactory(kind=Partner.Kind.DONOR)
        cls.story_index = StoryIndexPageFactory(parent=cls.home)
        cls.story = StoryPageFactory(parent=cls.story_index)
        cls.editor = staff_with_second_factor()

    def all_pages(self):
        return [
            self.home,
            self.standard,
            self.news_index,
            self.news,
            self.article_index,
            self.article,
            self.publication_index,
            self.publication,
            self.partners,
            self.story_index,
            self.story,
        ]

    def test_home_page_sits_at_the_tree_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)
        self.assertAllowedSubpageTypes(HomePage, HOME_CHILDREN)

    def test_section_pages_hold_only_their_own_items(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(ArticleIndexPage, {ArticlePage})
        self.assertAllowedSubpageTypes(PublicationIndexPage, {PublicationPage})
        self.assertAllowedSubpageTypes(StoryIndexPage, {StoryPage})
        for leaf in (NewsPage, ArticlePage, PublicationPage, StoryPage, PartnersPage):
            self.assertAllowedSubpageTypes(leaf, set())

    def test_items_live_only_under_their_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(ArticlePage, {ArticleIndexPage})
        self.assertAllowedParentPageTypes(PublicationPage, {PublicationIndexPage})
        self.assertAllowedParentPageTypes(StoryPage, {StoryIndexPage})
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)
        self.assertCanNotCreateAt(NewsIndexPage, ArticlePage)
        self.assertCanNotCreateAt(StandardPage, StoryPage)

    def test_every_page_type_renders(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)

    def test_every_page_type_renders_for_a_logged_in_editor(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page, user=self.editor)

    def test_every_page_type_is_editable(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsEditable(page, post_data=form_data(page), user=self.editor)

    def test_every_page_type_is_previewable(self):
        for page in self.all_pages():
            with self.subTest(page=type(page).__name__):
                self.assertPageIsPreviewable(page, post_data=form_data(page), user=self.editor)

    def test_news_feed_is_routable(self):
        # The assertion routes the page URL's components from the site root, so it must not see the
        # language prefix that i18n_patterns adds in front of every page URL.
        unprefixed_url = self.news_index.get_url().removeprefix("/ru")
        with mock.patch.object(self.news_index, "get_url", return_value=unprefixed_url):
            self.assertPageIsRoutable(self.news_index, "feed/")
            with self.assertRaises(AssertionError):
                self.assertPageIsRoutable(self.news_index, "no-such-route/")
        self.assertPageIsRenderable(self.news_index, "feed/")

    def test_filters_and_pages_render(self):
        self.assertPageIsRenderable(self.news_index, query_data={"tag": "unknown", "page": "99"})
        self.assertPageIsRenderable(self.article_index, query_data={"topic": "nope", "page": "x"})
