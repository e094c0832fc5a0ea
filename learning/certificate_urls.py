"""The public certificate check, outside the language prefixes so printed QR codes never change."""

from django.urls import path

from .views import certificates

urlpatterns = [
    path("<str:code>/", certificates.certificate_check, name="certificate_check"),
]
