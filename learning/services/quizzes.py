"""Module quizzes: graded on the server only, with a pass mark and a limited number of attempts."""

from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from learning.models import Enrolment, QuizAttempt
from learning.services import access, progress
from website.core.translation import canonical_page


class QuizRefused(Exception):
    """The attempt is not accepted (no attempts left, nothing answered...); the message is for the learner."""


@dataclass(frozen=True)
class QuestionResult:
    question: str
    choices: list
    selected: list
    right: bool
    explanation: str


@dataclass(frozen=True)
class Grade:
    results: list
    right: int
    total: int
    pass_mark: int

    @property
    def score(self):
        return (self.right * 100) // self.total if self.total else 0

    @property
    def passed(self):
        """Exact comparison (7 of 10 right passes a 70 % mark); never rounded up."""
        return self.total > 0 and self.right * 100 >= self.pass_mark * self.total


def parse_answers(module, data):
    """Read `q-<question id>` fields into {question id: [choice indices]}, dropping anything unknown."""
    answers = {}
    for question in module.quiz:
        count = len(question.value["choices"])
        chosen = sorted({int(v) for v in data.getlist(f"q-{question.id}") if v.isdigit() and int(v) < count})
        if chosen:
            answers[question.id] = chosen
    return answers


def grade(module, answers):
    """A question is right only when exactly the correct choices are ticked; unanswered counts as wrong."""
    results = []
    for question in module.quiz:
        value = question.value
        correct = {i for i, choice in enumerate(value["choices"]) if choice["correct"]}
        selected = sorted(set(answers.get(question.id, [])))
        results.append(
            QuestionResult(
                question=value["question"],
                choices=[choice["text"] for choice in value["choices"]],
                selected=selected,
                right=bool(selected) and set(selected) == correct,
                explanation=value["explanation"],
            )
        )
    return Grade(
        results=results,
        right=sum(result.right for result in results),
        total=len(results),
        pass_mark=module.pass_mark,
    )


def attempts_used(user, module):
    if not user.is_authenticated:
        return 0
    return QuizAttempt.objects.filter(user=user, module__translation_key=module.translation_key).count()


def has_passed(user, module):
    return (
        user.is_authenticated
        and QuizAttempt.objects.filter(
            user=user, module__translation_key=module.translation_key, passed=True
        ).exists()
    )


def submit_attempt(user, module, answers, now=None):
    """Grade and store one attempt; returns (attempt, grade). Raises AccessDenied or QuizRefused."""
    course = access.require_module_access(user, module, now)
    if not module.has_quiz:
        raise QuizRefused(_("This module has no quiz."))
    if not answers:
        raise QuizRefused(_("Answer at least one question before you submit."))
    with transaction.atomic():
        lock_learner(user, course)
        if attempts_used(user, module) >= module.max_attempts:
            raise QuizRefused(_("You have used all your attempts for this quiz."))
        result = grade(module, answers)
        attempt = QuizAttempt.objects.create(
            user=user,
            module=canonical_page(module),
            answers=answers,
            score=result.score,
            passed=result.passed,
        )
    progress.refresh_completion(user, course, now=now)
    return attempt, result


def lock_learner(user, course):
    """Serialise one learner's submissions for a course, so a double click cannot exceed the attempt limit."""
    list(Enrolment.objects.select_for_update().filter(user=user, course=canonical_page(course)))


def quiz_context(user, module):
    used = attempts_used(user, module)
    return {
        "quiz_attempts_used": used,
        "quiz_attempts_left": max(module.max_attempts - used, 0),
        "quiz_passed": has_passed(user, module),
    }
