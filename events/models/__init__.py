from .feedback import Consent, Feedback, FeedbackStatus
from .pages import EventIndexPage, EventPage, EventType, QuestionBlock
from .registrations import Registration, RegistrationSource, RegistrationStatus
from .reminders import ReminderKind, SentReminder

__all__ = [
    "Consent",
    "EventIndexPage",
    "EventPage",
    "EventType",
    "Feedback",
    "FeedbackStatus",
    "QuestionBlock",
    "Registration",
    "RegistrationSource",
    "RegistrationStatus",
    "ReminderKind",
    "SentReminder",
]
