"""The public "Monitoring" block: the suppressed counts of consented cases for a period and a region."""

from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cases.charts import bar_chart
from cases.models import Region
from cases.services.statistics import Period, monitoring_figures


class MonitoringBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    period = blocks.ChoiceBlock(label=_("Period"), choices=Period.choices, default=Period.LAST_12_MONTHS)
    region = blocks.ChoiceBlock(
        label=_("Region"),
        choices=Region.choices,
        required=False,
        help_text=_("Leave empty for all regions."),
    )

    class Meta:
        icon = "table"
        label = _("Monitoring")
        template = "cases/blocks/monitoring.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        figures = monitoring_figures(value["period"], value["region"] or "")
        context.update(
            figures=figures,
            period_label=Period(value["period"]).label,
            region_label=Region(value["region"]).label if value["region"] else _("All regions"),
            chart=bar_chart(
                [
                    (date_format(month, "YEAR_MONTH_FORMAT"), count, text)
                    for month, count, text in figures["months"]
                ]
            ),
        )
        return context
