"""Query helpers shared by page types: listings that render without a query per item."""

from django.core.paginator import Paginator


def with_images(queryset, *image_fields):
    """Select the images and prefetch their renditions, so ``{% image %}`` in a loop adds no query."""
    return queryset.select_related(*image_fields).prefetch_related(
        *(f"{field}__renditions" for field in image_fields)
    )


def paginate(request, items, per_page):
    """The requested page of ``items``; a bad or out-of-range number gives the nearest valid page."""
    return Paginator(items, per_page).get_page(request.GET.get("page"))
