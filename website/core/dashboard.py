"""The dashboard says what waits for the person who signs in.

Each app adds a panel for its own queue through Wagtail's `construct_homepage_panels` hook, appending a
`WaitingWorkPanel` when the person has something waiting there (events: feedback to review; cases: reports
to triage). Wagtail's own panels add the pages and snippets awaiting moderation.
"""

from wagtail.admin.ui.components import Component


class WaitingWorkPanel(Component):
    """A count of one kind of waiting work, linking to its list; shown above Wagtail's own panels."""

    template_name = "core/admin/waiting_work_panel.html"
    order = 50

    def __init__(self, name, heading, count_text, url):
        self.name = name
        self.heading = heading
        self.count_text = count_text
        self.url = url

    def get_context_data(self, parent_context):
        return {"name": self.name, "heading": self.heading, "count_text": self.count_text, "url": self.url}


def add_waiting_work_panel(panels, *, name, heading, count_text, count, url):
    """Append a panel to the dashboard's `panels` when `count` things are waiting."""
    if count:
        panels.append(WaitingWorkPanel(name, heading, count_text, url))
