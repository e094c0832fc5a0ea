from django.urls import path

from . import views

app_name = "learning"
urlpatterns = [
    path("orders/<int:pk>/", views.order_detail, name="order_detail"),
]
