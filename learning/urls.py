from django.urls import path

from learning.models import CoursePage, LessonPage, ModulePage

from .views import certificates, checkout, courses, orders, pages, trainer

app_name = "learning"
urlpatterns = [
    path("", courses.dashboard, name="dashboard"),
    # Addresses of course page routes by page id, from before the routes moved onto the pages.
    path("courses/<int:pk>/enrol/", pages.to_route(CoursePage, "enrol"), name="enrol"),
    path("lessons/<int:pk>/done/", pages.to_route(LessonPage, "done"), name="lesson_done"),
    path("modules/<int:pk>/quiz/", pages.to_route(ModulePage, "quiz"), name="quiz_submit"),
    path(
        "modules/<int:pk>/quiz/attempts/<int:attempt>/",
        pages.to_route(ModulePage, "quiz_attempt"),
        name="quiz_attempt",
    ),
    path("courses/<int:pk>/checkout/", checkout.checkout, name="checkout"),
    path("orders/<int:pk>/", orders.order_detail, name="order_detail"),
    path("orders/<int:pk>/pay/", orders.order_pay, name="order_pay"),
    path("orders/<int:pk>/cancel/", orders.order_cancel, name="order_cancel"),
    path("orders/<int:pk>/receipt.pdf", orders.receipt_download, name="receipt_pdf"),
    path("trainer/cohorts/", trainer.my_cohorts, name="my_cohorts"),
    path("trainer/cohorts/<int:pk>/", trainer.cohort_detail, name="cohort_detail"),
    path(
        "trainer/cohorts/<int:pk>/participants/add/",
        trainer.cohort_add_participant,
        name="cohort_add_participant",
    ),
    path("trainer/cohorts/<int:pk>/upload/", trainer.cohort_upload, name="cohort_upload"),
    path(
        "trainer/cohorts/<int:pk>/sessions/<int:session_pk>/attendance/",
        trainer.cohort_attendance,
        name="cohort_attendance",
    ),
    path(
        "trainer/cohorts/<int:pk>/export.csv",
        trainer.cohort_export,
        {"file_format": "csv"},
        name="cohort_export_csv",
    ),
    path(
        "trainer/cohorts/<int:pk>/export.xlsx",
        trainer.cohort_export,
        {"file_format": "xlsx"},
        name="cohort_export_xlsx",
    ),
    path("trainer/cohorts/<int:pk>/notes/", trainer.cohort_notes, name="cohort_notes"),
    path("trainer/cohorts/<int:pk>/certificates/", trainer.cohort_certificates, name="cohort_certificates"),
    path("invitations/<str:token>/", trainer.accept_invitation, name="claim_invitation"),
    path("courses/<int:course_pk>/certificate/", certificates.course_certificate, name="course_certificate"),
    path("certificates/<str:code>/pdf/", certificates.certificate_pdf, name="certificate_pdf"),
]
