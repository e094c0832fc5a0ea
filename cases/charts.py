"""A horizontal bar chart drawn as inline SVG (no script, no inline style, so the site's CSP allows it).

Hidden counts ("<5") get no bar, only their text: a bar's length would tell the number.
"""

from dataclasses import dataclass

LABEL_WIDTH = 190
BAR_WIDTH = 330
VALUE_WIDTH = 60
ROW_HEIGHT = 28
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Bar:
    label: str
    text: str
    y: int
    width: int

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 4

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class BarChart:
    bars: list
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def width(self):
        return LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH

    @property
    def height(self):
        return len(self.bars) * ROW_HEIGHT

    @property
    def label_x(self):
        return LABEL_WIDTH - 8


def bar_chart(items):
    """`items` as (label, count or None when hidden, shown text)."""
    largest = max((count for _label, count, _text in items if count), default=0)
    bars = []
    for index, (label, count, text) in enumerate(items):
        width = round(BAR_WIDTH * count / largest) if count and largest else 0
        bars.append(Bar(label=str(label), text=str(text), y=index * ROW_HEIGHT + 4, width=width))
    return BarChart(bars)
