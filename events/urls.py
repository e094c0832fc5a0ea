from django.urls import path

from .views import feedback, links, organiser, pages

app_name = "events"
urlpatterns = [
    path("sign-up/<int:pk>/", pages.sign_up_by_id, name="sign_up"),
    path("registrations/<uuid:token>/confirm/", links.confirm, name="confirm"),
    path("registrations/<uuid:token>/accept/", links.accept_offer, name="accept_offer"),
    path("registrations/<uuid:token>/cancel/", links.cancel, name="cancel"),
    path("registrations/<uuid:token>/feedback/", feedback.feedback_form, name="feedback"),
    path("organise/", organiser.my_events, name="organiser_events"),
    path("organise/<int:pk>/", organiser.participants, name="organiser_participants"),
    path("organise/<int:pk>/add/", organiser.add_participant, name="organiser_add"),
    path("organise/<int:pk>/import/", organiser.import_participants, name="organiser_import"),
    path(
        "organise/<int:pk>/export.csv", organiser.export, {"file_format": "csv"}, name="organiser_export_csv"
    ),
    path(
        "organise/<int:pk>/export.xlsx",
        organiser.export,
        {"file_format": "xlsx"},
        name="organiser_export_xlsx",
    ),
    path(
        "organise/<int:pk>/registrations/<int:registration_pk>/cancel/",
        organiser.cancel_registration,
        name="organiser_cancel",
    ),
    path("organise/<int:pk>/check-in/", organiser.check_in_page, name="organiser_check_in"),
    path("organise/<int:pk>/check-in/mark/", organiser.check_in_mark, name="organiser_check_in_mark"),
]
