"""The "Learning" admin menu: orders, payments, vouchers, enrolments, cohorts, certificates and a report.

Every view here is for staff only, whatever model permissions a trainer's group may hold.
Exports of personal data leave an audit entry. `learning/wagtail_hooks.py` registers the menu.
"""
