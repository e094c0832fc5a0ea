"""Learner actions on courses: enrol, mark a lesson done, submit a quiz, see feedback, 'My learning'."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from events.services.catalogue import my_events
from learning.models import CoursePage, LessonPage, ModulePage, QuizAttempt
from learning.services import access, enrolment, progress, quizzes


def checkout_url(course):
    """The checkout page for a paid course, when the checkout is installed."""
    try:
        return reverse("learning:checkout", args=[course.pk])
    except NoReverseMatch:
        return None


@require_POST
def enrol(request, pk):
    course = get_object_or_404(CoursePage.objects.live(), pk=pk)
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    try:
        enrolment.enrol_in_free_course(request.user, course)
    except enrolment.PaidCourse as refusal:
        messages.info(request, str(refusal))
        return redirect(checkout_url(course) or course.url)
    messages.success(request, _("You are enrolled. Welcome to the course!"))
    return redirect(course.url)


@require_POST
@login_required
def mark_lesson_done(request, pk):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=pk)
    try:
        outline = progress.mark_lesson_done(request.user, lesson)
    except access.AccessDenied as refusal:
        messages.info(request, str(refusal))
        return redirect(access.course_of(lesson).url)
    following = progress.continue_lesson(outline, last_lesson=lesson)
    if following is None or following.translation_key == lesson.translation_key:
        return redirect(lesson.get_parent().url)
    return redirect(following.page.url)


@require_POST
@login_required
def submit_quiz(request, pk):
    module = get_object_or_404(ModulePage.objects.live(), pk=pk)
    answers = quizzes.parse_answers(module, request.POST)
    try:
        attempt, _grade = quizzes.submit_attempt(request.user, module, answers)
    except access.AccessDenied as refusal:
        messages.info(request, str(refusal))
        return redirect(access.course_of(module).url)
    except quizzes.QuizRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(module.url)
    return redirect("learning:quiz_attempt", module_pk=module.pk, pk=attempt.pk)


@login_required
def quiz_attempt(request, module_pk, pk):
    """Feedback on one's own attempt, in the language of the module page it was opened from."""
    module = get_object_or_404(ModulePage.objects.live(), pk=module_pk)
    attempt = get_object_or_404(
        QuizAttempt, pk=pk, user=request.user, module__translation_key=module.translation_key
    )
    context = {
        "module": module,
        "course": access.course_of(module),
        "attempt": attempt,
        "grade": quizzes.grade(module, attempt.answers),
        **quizzes.quiz_context(request.user, module),
    }
    return render(request, "learning/quiz_attempt.html", context)


@login_required
def dashboard(request):
    language = get_language()
    context = progress.dashboard_context(request.user, language)
    context["my_events"] = my_events(request.user, language)
    return render(request, "learning/dashboard.html", context)
