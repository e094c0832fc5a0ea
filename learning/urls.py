from django.urls import path

from .views import checkout, orders

app_name = "learning"
urlpatterns = [
    path("courses/<int:pk>/checkout/", checkout.checkout, name="checkout"),
    path("orders/<int:pk>/", orders.order_detail, name="order_detail"),
    path("orders/<int:pk>/pay/", orders.order_pay, name="order_pay"),
    path("orders/<int:pk>/cancel/", orders.order_cancel, name="order_cancel"),
    path("orders/<int:pk>/receipt.pdf", orders.receipt_download, name="receipt_pdf"),
]
