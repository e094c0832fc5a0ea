import pytest
from django.http import QueryDict

from learning import factories as f
from learning.models import QuizAttempt
from learning.services import access, quizzes
from learning.services.enrolment import enrol
from tests.learning.course_site import catalogue
from website.accounts.factories import UserFactory
from website.core.factories import translate

pytestmark = pytest.mark.django_db

SINGLE = "11111111-1111-1111-1111-111111111111"
MULTIPLE = "22222222-2222-2222-2222-222222222222"


@pytest.fixture
def module():
    course = f.CoursePageFactory(parent=catalogue("ru"))
    return f.ModulePageFactory(
        parent=course,
        pass_mark=50,
        max_attempts=2,
        quiz=[
            f.question("Capital?", ["Bishkek", "Osh", "Naryn"], correct=[0], block_id=SINGLE),
            f.question(
                "Southern regions?",
                ["Osh", "Jalal-Abad", "Talas"],
                correct=[0, 1],
                multiple=True,
                explanation="Osh and Jalal-Abad are in the south.",
                block_id=MULTIPLE,
            ),
        ],
    )


@pytest.fixture
def learner(module):
    user = UserFactory()
    enrol(user, module.get_parent().specific)
    return user


def test_single_choice_right_and_wrong(module):
    assert quizzes.grade(module, {SINGLE: [0]}).results[0].right
    assert not quizzes.grade(module, {SINGLE: [1]}).results[0].right


def test_single_choice_with_two_answers_ticked_is_wrong(module):
    assert not quizzes.grade(module, {SINGLE: [0, 1]}).results[0].right


def test_multiple_choice_needs_exactly_the_correct_set(module):
    assert quizzes.grade(module, {MULTIPLE: [0, 1]}).results[1].right
    assert not quizzes.grade(module, {MULTIPLE: [0]}).results[1].right  # partial
    assert not quizzes.grade(module, {MULTIPLE: [0, 1, 2]}).results[1].right  # one too many


def test_unanswered_question_counts_as_wrong(module):
    result = quizzes.grade(module, {SINGLE: [0]})

    assert [r.right for r in result.results] == [True, False]
    assert result.score == 50


def test_feedback_carries_the_explanation(module):
    assert quizzes.grade(module, {}).results[1].explanation == "Osh and Jalal-Abad are in the south."


@pytest.mark.parametrize(
    ("right", "total", "pass_mark", "passed"),
    [(7, 10, 70, True), (6, 10, 70, False), (2, 3, 67, False), (2, 3, 66, True), (1, 1, 100, True)],
)
def test_pass_mark_boundaries(right, total, pass_mark, passed):
    grade = quizzes.Grade(results=[], right=right, total=total, pass_mark=pass_mark)

    assert grade.passed is passed


def test_parse_answers_keeps_known_choices_only(module):
    data = QueryDict(f"q-{SINGLE}=0&q-{SINGLE}=9&q-{MULTIPLE}=x&q-{MULTIPLE}=1&q-other=0")

    assert quizzes.parse_answers(module, data) == {SINGLE: [0], MULTIPLE: [1]}


def test_attempt_is_stored_on_the_course_and_graded(module, learner):
    attempt, grade = quizzes.submit_attempt(learner, module, {SINGLE: [0], MULTIPLE: [0, 1]})

    assert grade.passed and attempt.score == 100 and attempt.passed
    assert attempt.module_id == module.pk


def test_attempts_are_limited(module, learner):
    quizzes.submit_attempt(learner, module, {SINGLE: [1]})
    quizzes.submit_attempt(learner, module, {SINGLE: [1]})

    with pytest.raises(quizzes.QuizRefused):
        quizzes.submit_attempt(learner, module, {SINGLE: [0], MULTIPLE: [0, 1]})
    assert QuizAttempt.objects.filter(user=learner).count() == 2


def test_empty_submission_is_refused_and_does_not_use_an_attempt(module, learner):
    with pytest.raises(quizzes.QuizRefused):
        quizzes.submit_attempt(learner, module, {})
    assert not QuizAttempt.objects.exists()


def test_attempts_in_another_language_count_against_the_same_limit(module, learner):
    ky_module = translate(module, "ky")
    quizzes.submit_attempt(learner, module, {SINGLE: [1]})
    quizzes.submit_attempt(learner, ky_module, {SINGLE: [1]})

    with pytest.raises(quizzes.QuizRefused):
        quizzes.submit_attempt(learner, ky_module, {SINGLE: [0]})
    assert set(QuizAttempt.objects.values_list("module_id", flat=True)) == {module.pk}


def test_not_enrolled_user_cannot_submit(module):
    with pytest.raises(access.AccessDenied):
        quizzes.submit_attempt(UserFactory(), module, {SINGLE: [0]})
