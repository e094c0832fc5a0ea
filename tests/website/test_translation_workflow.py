"""Translating a page in the admin: a new translation stays a draft until it is translated and published."""

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail_localize.models import StringTranslation, Translation
from wagtail_localize.operations import translate_object

from tests.website.site_tree import staff_with_second_factor, translate
from tests.website.test_language_switcher import switcher_links
from website.news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture
def news_item(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.homes["ru"], slug="news")
    for language in ("ky", "en"):
        translate(index, site_tree.locales[language])
    return NewsPageFactory(parent=index, slug="priemnaya", title="Открылась приёмная в Оше")


def test_submitting_a_page_for_translation_publishes_nothing_in_the_other_languages(
    client, site_tree, news_item, django_capture_on_commit_callbacks
):
    client.force_login(staff_with_second_factor())

    with django_capture_on_commit_callbacks(
        execute=True
    ):  # wagtail-localize publishes once the request commits
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[news_item.pk]),
            {"locales": [site_tree.locales["ky"].pk, site_tree.locales["en"].pk]},
        )

    assert response.status_code == 302
    translations = {page.locale.language_code: page for page in news_item.get_translations()}
    assert set(translations) == {"ky", "en"}
    assert not any(page.live for page in translations.values())
    client.logout()
    assert client.get("/ky/news/priemnaya/").status_code == 404
    assert client.get("/en/news/priemnaya/").status_code == 404
    links = switcher_links(client.get("/ru/news/priemnaya/").content.decode())
    assert links["ky"] == ("/ky/news/", False)
    assert links["en"] == ("/en/news/", False)


def group_member(group_name, email):
    """A member of one of the staff groups, with a second factor so the admin lets them in."""
    user = get_user_model().objects.create_user(
        email=email, password="correct horse battery staple", is_staff=True
    )
    user.groups.add(Group.objects.get(name=group_name))
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"})
    return user


@pytest.fixture
def kyrgyz_draft(site_tree, news_item, django_capture_on_commit_callbacks):
    """The news item submitted for translation into Kyrgyz, its title translated."""
    with django_capture_on_commit_callbacks(execute=True):
        translate_object(news_item, [site_tree.locales["ky"]])
    translation = Translation.objects.get(source__object_id=news_item.translation_key)
    title = translation.source.stringsegment_set.get(context__path="title")
    StringTranslation.objects.create(
        translation_of=title.string,
        locale=site_tree.locales["ky"],
        context=title.context,
        data="Оштогу кабыл алуу бөлмөсү ачылды",
    )
    return translation


def test_an_editor_submits_a_translation_and_a_moderator_approves_it_from_the_dashboard(client, kyrgyz_draft):
    page = kyrgyz_draft.get_target_instance()
    client.force_login(group_member("Editors", "editor@example.org"))

    editor = client.get(f"/admin/pages/{page.pk}/edit/")
    submit_url = reverse("birge_submit_translation_for_moderation", args=[kyrgyz_draft.pk])
    assert submit_url in editor.content.decode()
    submitted = client.post(submit_url, follow=True)

    assert (
        "The translation “Оштогу кабыл алуу бөлмөсү ачылды” (Кыргызча) has been submitted for moderation."
        in submitted.content.decode()
    )
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    client.force_login(group_member("Moderators", "moderator@example.org"))
    dashboard = client.get("/admin/")
    task_state = page.current_workflow_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    assert approve_url in dashboard.content.decode()
    client.post(approve_url, {"comment": ""}, headers={"x-requested-with": "XMLHttpRequest"})
    confirmed = client.get("/admin/")

    assert "The page “Оштогу кабыл алуу бөлмөсү ачылды” has been approved." in confirmed.content.decode()
    page.refresh_from_db()
    assert page.live and page.title == "Оштогу кабыл алуу бөлмөсү ачылды"
    client.logout()
    assert client.get(page.url).status_code == 200


def test_an_editor_may_edit_every_languages_tree_but_not_publish(site_tree, news_item):
    editor = group_member("Editors", "editor@example.org")

    for home in site_tree.homes.values():
        permissions = home.permissions_for_user(editor)
        assert permissions.can_edit() and not permissions.can_publish()
        assert permissions.can_submit_for_moderation()


def test_a_moderator_who_may_publish_is_not_offered_moderation(client, kyrgyz_draft):
    page = kyrgyz_draft.get_target_instance()
    client.force_login(group_member("Moderators", "moderator@example.org"))

    editor = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert reverse("birge_submit_translation_for_moderation", args=[kyrgyz_draft.pk]) not in editor
    client.post(reverse("birge_submit_translation_for_moderation", args=[kyrgyz_draft.pk]))
    page.refresh_from_db()
    assert not page.workflow_in_progress


def test_a_translator_gives_the_page_an_address_in_its_own_language(client, kyrgyz_draft):
    slug = kyrgyz_draft.source.stringsegment_set.get(context__path="slug")
    StringTranslation.objects.create(
        translation_of=slug.string,
        locale=kyrgyz_draft.target_locale,
        context=slug.context,
        data="kabyl-alu-bolmo",
    )

    kyrgyz_draft.save_target(publish=True)
    page = kyrgyz_draft.get_target_instance()
    page.get_latest_revision().publish()

    assert client.get("/ky/news/kabyl-alu-bolmo/").status_code == 200
    assert client.get("/ru/news/priemnaya/").status_code == 200
