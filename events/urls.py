from django.urls import path

from .views import feedback, links

app_name = "events"
urlpatterns = [
    path("registrations/<uuid:token>/confirm/", links.confirm, name="confirm"),
    path("registrations/<uuid:token>/accept/", links.accept_offer, name="accept_offer"),
    path("registrations/<uuid:token>/cancel/", links.cancel, name="cancel"),
    path("registrations/<uuid:token>/feedback/", feedback.feedback_form, name="feedback"),
]
