"""People with a role across the apps: trainers teach courses and organise events."""

from django.db import models

TRAINERS_GROUP = "Trainers"


def trainer_choices():
    """Whom the page editor offers as a course's trainers or an event's organisers: the Trainers group only,
    so editors never get a list of every account holder's name."""
    return models.Q(groups__name=TRAINERS_GROUP)
