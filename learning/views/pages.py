"""What the course pages show and do: their context, who may open a module or a lesson, and the handlers
of their routes (enrol, mark a lesson done, the quiz). Registered for each page type
(website.core.page_views), which hands over to these functions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from learning.models import CourseIndexPage, CoursePage, LessonPage, ModulePage, QuizAttempt
from learning.services import access, catalogue, enrolment, progress, quizzes
from learning.views.courses import checkout_url
from website.core.page_views import page_view


def route_url(request, page, name, *args):
    """The address of one of the page's routes; None while an unsaved page is previewed (it has no URL)."""
    base = page.get_url(request)
    return base + page.reverse_subpage(name, args=args) if base else None


@page_view(CourseIndexPage, "context")
def course_index_context(request, page):
    return catalogue.catalogue_context(request.GET, page.locale.language_code)


@page_view(CoursePage, "context")
def course_context(request, page):
    return {
        **progress.course_page_context(request.user, page),
        "enrol_url": route_url(request, page, "enrol"),
    }


@page_view(ModulePage, "context")
def module_context(request, page):
    return {
        **progress.module_page_context(request.user, page),
        **quizzes.quiz_context(request.user, page),
        "quiz_url": route_url(request, page, "quiz"),
    }


@page_view(LessonPage, "context")
def lesson_context(request, page):
    """The lesson as the learner reads it; opening it (not previewing) is remembered for "continue"."""
    if not getattr(request, "is_preview", False):
        progress.record_visit(request.user, page)
    return {**progress.lesson_page_context(request.user, page), "done_url": route_url(request, page, "done")}


@page_view(ModulePage, "refusal")
def module_refusal(request, page):
    """Lessons and the quiz are for enrolled learners; a locked module opens only to staff and trainers.
    (The routes check access themselves: a guest posting the quiz is asked to sign in.)"""
    return refusal(request, access.module_access(request.user, page))


@page_view(LessonPage, "refusal")
def lesson_refusal(request, page):
    """Only learners with access see the lesson; everyone else lands on the course page and its enrol button."""
    return refusal(request, access.lesson_access(request.user, page))


def refusal(request, decision):
    """None when `decision` lets the person in; otherwise its message and a way back to the course page."""
    if decision.allowed:
        return None
    messages.info(request, decision.message)
    return redirect(decision.course.url)


@page_view(CoursePage, "enrol")
@require_POST
def enrol(request, course):
    if not request.user.is_authenticated:
        return redirect_to_login(course.url)
    try:
        enrolment.enrol_in_free_course(request.user, course)
    except enrolment.PaidCourse as refused:
        messages.info(request, str(refused))
        return redirect(checkout_url(course) or course.url)
    messages.success(request, _("You are enrolled. Welcome to the course!"))
    return redirect(course.url)


@page_view(LessonPage, "mark_done")
@require_POST
@login_required
def mark_lesson_done(request, lesson):
    """Mark the lesson done and go on to the next one (or back to the module after the last)."""
    try:
        outline = progress.mark_lesson_done(request.user, lesson)
    except access.AccessDenied as refused:
        messages.info(request, str(refused))
        return redirect(access.course_of(lesson).url)
    following = progress.continue_lesson(outline, last_lesson=lesson)
    if following is None or following.translation_key == lesson.translation_key:
        return redirect(lesson.get_parent().url)
    return redirect(following.page.url)


@page_view(ModulePage, "submit_quiz")
@require_POST
@login_required
def submit_quiz(request, module):
    answers = quizzes.parse_answers(module, request.POST)
    try:
        attempt, _grade = quizzes.submit_attempt(request.user, module, answers)
    except access.AccessDenied as refused:
        messages.info(request, str(refused))
        return redirect(access.course_of(module).url)
    except quizzes.QuizRefused as refused:
        messages.error(request, str(refused))
        return redirect(module.url)
    return redirect(route_url(request, module, "quiz_attempt", attempt.pk))


@page_view(ModulePage, "quiz_attempt")
@login_required
def quiz_attempt(request, module, pk):
    """Feedback on one's own attempt, in the language of the module page it was opened from."""
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


def to_route(model, name):
    """The view of an address by page id that these routes had before they moved onto the pages: it sends
    the request on to the page's route, POST included (307), so links and open forms keep working."""

    def moved(request, pk, **kwargs):
        page = get_object_or_404(model.objects.live(), pk=pk)
        return HttpResponseRedirect(route_url(request, page, name, *kwargs.values()), status=307)

    return moved
