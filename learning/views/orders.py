from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from learning.models import Order


@login_required
def order_detail(request, pk):
    order = get_object_or_404(Order.objects.select_related("course"), pk=pk, user=request.user)
    return render(request, "learning/order_detail.html", {"order": order})
