from django.urls import path

from .views import follow_up, report

app_name = "cases"
urlpatterns = [
    path("", report.report, name="report"),
    path("follow-up/", follow_up.follow_up_page, name="follow_up"),
]
