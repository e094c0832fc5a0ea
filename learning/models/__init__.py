from .certificates import Certificate
from .cohorts import ATTENDED, Attendance, AttendanceStatus, Cohort, CohortSession, Participant
from .commerce import Order, Payment, PaymentVariant, Receipt, ReceiptSequence, Refund, Voucher
from .pages import CourseFormat, CourseIndexPage, CoursePage, LessonPage, ModulePage
from .progress import Enrolment, LessonCompletion, ModuleReleaseNotice, QuizAttempt

__all__ = [
    "ATTENDED",
    "Attendance",
    "AttendanceStatus",
    "Certificate",
    "Cohort",
    "CohortSession",
    "CourseFormat",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LessonCompletion",
    "LessonPage",
    "ModulePage",
    "ModuleReleaseNotice",
    "Order",
    "Participant",
    "Payment",
    "PaymentVariant",
    "QuizAttempt",
    "Receipt",
    "ReceiptSequence",
    "Refund",
    "Voucher",
]
