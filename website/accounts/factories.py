import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

PASSWORD = "correct horse battery staple"  # nosec B105 # the known password of test accounts


class UserFactory(factory.django.DjangoModelFactory):
    """A person who can sign in: active, with a verified primary address (`email_verified=False` for one who cannot yet)."""

    class Meta:
        model = get_user_model()
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Sequence(lambda n: f"Person {n}")
    preferred_language = "ru"
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)
    is_active = True

    @factory.post_generation
    def email_verified(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.update_or_create(
                user=user, email=user.email, defaults={"verified": extracted is not False, "primary": True}
            )


class StaffFactory(UserFactory):
    is_staff = True
    is_superuser = True
