"""The "Events" admin menu: registrations, the waiting list, attendance, the reminder log, a report and
the feedback moderation queue. `events/wagtail_hooks.py` registers it.

Registrations and the waiting list hold personal data: only staff whose group grants
`events.view_registration` see them (Administrators do; Editors do not), and every listing, export and
inspection leaves an audit entry. Attendance and the report are counts only, for every staff member.
Organisers are not given these permissions: they see their own events' people on the site's organiser pages.

The feedback moderation queue lets editors read participants' feedback (each opening of a text is
audited), archive it, or turn feedback whose author agreed to publication into a draft story.
"""
