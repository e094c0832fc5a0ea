from django.urls import path

from .views import courses, orders

app_name = "learning"
urlpatterns = [
    path("", courses.dashboard, name="dashboard"),
    path("courses/<int:pk>/enrol/", courses.enrol, name="enrol"),
    path("lessons/<int:pk>/done/", courses.mark_lesson_done, name="lesson_done"),
    path("modules/<int:pk>/quiz/", courses.submit_quiz, name="quiz_submit"),
    path("modules/<int:module_pk>/quiz/attempts/<int:pk>/", courses.quiz_attempt, name="quiz_attempt"),
    path("orders/<int:pk>/", orders.order_detail, name="order_detail"),
]
