from django.urls import path

from .views import orders

app_name = "learning"
urlpatterns = [
    path("orders/<int:pk>/", orders.order_detail, name="order_detail"),
]
