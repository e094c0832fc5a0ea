"""Registration: what stories shreds at the end of the retention period (see website.stories.personal_data)."""

from wagtail import hooks

from website.stories import personal_data


@hooks.register("register_retention_rule")
def register_stories_retention():
    return personal_data.retention_rules()
