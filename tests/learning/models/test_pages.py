from allauth.mfa.models import Authenticator
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, rich_text, streamfield

from learning import factories as f
from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.home.models import HomePage


def list_block(items):
    """Admin form data for a ListBlock (the edit form builds StreamFields in JavaScript, so tests supply them)."""
    data = {"count": len(items)}
    for i, value in enumerate(items):
        data[str(i)] = {"value": value, "deleted": "", "order": str(i), "id": f"item-{i}"}
    return data


STREAMS = {
    CourseIndexPage: {},
    CoursePage: {"description": streamfield([])},
    ModulePage: {
        "quiz": streamfield(
            [
                (
                    "question",
                    {
                        "question": "Which year?",
                        "multiple": "",
                        "choices": list_block(
                            [{"text": "2010", "correct": "on"}, {"text": "2011", "correct": ""}]
                        ),
                        "explanation": "",
                    },
                )
            ]
        )
    },
    LessonPage: {"body": streamfield([("paragraph", rich_text("<p>Lesson text</p>"))])},
}


class CourseTreeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = catalogue("ru")
        cls.course = f.CoursePageFactory(parent=cls.index, audience="NGO staff in Osh and Batken")
        cls.module = f.ModulePageFactory(
            parent=cls.course, quiz=[f.question("Which year?", ["2010", "2011"], correct=[0])]
        )
        cls.lesson = f.LessonPageFactory(parent=cls.module, body=f.lesson_body("Lesson text"))
        cls.staff = UserFactory(is_staff=True)
        cls.editor = UserFactory(is_staff=True, is_superuser=True)
        # Staff reach the admin only with a second factor.
        Authenticator.objects.create(user=cls.editor, type=Authenticator.Type.TOTP, data={"secret": "x"})

    def test_catalogue_sits_under_the_home_page_only(self):
        self.assertCanCreateAt(HomePage, CourseIndexPage)
        self.assertCanNotCreateAt(CoursePage, CourseIndexPage)
        self.assertAllowedSubpageTypes(CourseIndexPage, {CoursePage})

    def test_course_tree_is_catalogue_course_module_lesson(self):
        self.assertAllowedParentPageTypes(CoursePage, {CourseIndexPage})
        self.assertAllowedSubpageTypes(CoursePage, {ModulePage})
        self.assertAllowedParentPageTypes(ModulePage, {CoursePage})
        self.assertAllowedSubpageTypes(ModulePage, {LessonPage})
        self.assertAllowedParentPageTypes(LessonPage, {ModulePage})
        self.assertAllowedSubpageTypes(LessonPage, set())

    def test_one_catalogue_per_parent(self):
        self.assertFalse(CourseIndexPage.can_create_at(self.index.get_parent()))

    def test_public_pages_render_for_visitors(self):
        self.assertPageIsRenderable(self.index)
        self.assertPageIsRenderable(self.course)

    def test_module_and_lesson_render_for_staff(self):
        self.assertPageIsRenderable(self.module, user=self.staff)
        self.assertPageIsRenderable(self.lesson, user=self.staff)

    def test_module_and_lesson_redirect_visitors_to_the_course(self):
        self.assertPageIsRenderable(self.lesson, accept_redirect=True)
        response = self.client.get(self.lesson.url)
        self.assertRedirects(response, self.course.url, fetch_redirect_response=False)

    def edit_form_data(self, page):
        self.client.force_login(self.editor)
        html = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        data = querydict_from_html(html, form_id="page-edit-form").dict()
        data.update(nested_form_data(STREAMS[page.specific_class]))
        return data

    def test_pages_are_editable(self):
        for page in (self.index, self.course, self.module, self.lesson):
            with self.subTest(page=page.specific_class.__name__):
                data = self.edit_form_data(page) | {"action-publish": ""}
                revisions = page.revisions.count()
                self.assertPageIsEditable(page, post_data=data, user=self.editor)
                self.assertEqual(page.revisions.count(), revisions + 1)  # the form was valid and saved

    def test_pages_are_previewable(self):
        for page in (self.index, self.course, self.module, self.lesson):
            with self.subTest(page=page.specific_class.__name__):
                self.assertPageIsPreviewable(page, post_data=self.edit_form_data(page), user=self.editor)

    def test_new_pages_can_be_previewed_before_their_first_save(self):
        self.client.force_login(self.editor)
        for parent, model, fields in (
            (self.index, CoursePage, {"title": "New course", "slug": "new-course", "summary": "Soon"}),
            (
                self.course,
                ModulePage,
                {"title": "New module", "slug": "new-module", "pass_mark": "70", "max_attempts": "3"},
            ),
            (self.module, LessonPage, {"title": "New lesson", "slug": "new-lesson"}),
        ):
            with self.subTest(page=model.__name__):
                args = ("learning", model._meta.model_name, parent.pk)
                html = self.client.get(reverse("wagtailadmin_pages:add", args=args)).content.decode()
                data = querydict_from_html(html, form_id="page-edit-form").dict()
                data.update(fields, **nested_form_data(STREAMS[model]))
                self.client.post(reverse("wagtailadmin_pages:preview_on_add", args=args), data)

                response = self.client.get(reverse("wagtailadmin_pages:preview_on_add", args=args))

                self.assertContains(response, fields["title"])
