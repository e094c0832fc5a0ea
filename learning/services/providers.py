"""django-payments' provider factory (the PAYMENT_VARIANT_FACTORY setting).

It is django-payments' own factory, plus a log line whenever a callback, a payment form or a capture
asks for a provider that is not configured here (such as the test provider's payments in production):
django-payments then answers 404 and the payment stays as it was. Imported while django-payments
loads, so it imports no model.
"""

import logging

logger = logging.getLogger("birge.payments")


def configured_provider(variant, payment=None):
    """The provider of `variant`; ValueError, logged, when it is not in PAYMENT_VARIANTS."""
    from payments.core import _default_provider_factory

    try:
        return _default_provider_factory(variant, payment)
    except ValueError:
        logger.warning(
            "Payment %s refused: its provider %r is not configured.", getattr(payment, "pk", None), variant
        )
        raise
