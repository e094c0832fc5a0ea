from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site behind `manage.py load_demo`: it may import every app, and no app imports it."""

    name = "demo"
    label = "demo"
