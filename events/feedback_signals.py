"""Signals events sends about feedback, so that apps built on it (such as stories made from feedback) do
their part without events knowing them."""

from django.dispatch import Signal

# Asks which of `feedback` (a queryset) an app publishes: each receiver returns that part of it (a queryset).
# Feedback published with its author's consent keeps its text when its author is forgotten.
feedback_published = Signal()

# `feedback` (a queryset) is forgotten because its author deleted their account: receivers remove what they
# made from it. Sent just before its text and the name to publish are cleared.
feedback_forgotten = Signal()
