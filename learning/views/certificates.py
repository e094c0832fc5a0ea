from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from learning.documents.certificate import render_certificate_pdf
from learning.models import Certificate, CoursePage
from learning.services.certificates import CourseNotComplete, issue_certificate, normalize_code


def certificate_check(request, code):
    """Public: whether a certificate is valid, with nothing more than the certificate itself shows."""
    certificate = (
        Certificate.objects.only("code", "name_on_certificate", "course_title", "issued_at", "revoked_at")
        .filter(code=normalize_code(code))
        .first()
    )
    if certificate is None:
        # Answer 404 at this address: with the project's urlconf, LocaleMiddleware would instead redirect
        # an unknown code to a language-prefixed URL that does not exist either.
        request.urlconf = "learning.certificate_urls"
        raise Http404("No certificate has this code.")
    response = render(request, "learning/certificate_check.html", {"certificate": certificate})
    response["X-Robots-Tag"] = "noindex"
    return response


@login_required
def course_certificate(request, course_pk):
    """The learner's certificate for a course they completed: issued on first request, in the language of the
    course page they asked from, then downloaded."""
    course = get_object_or_404(CoursePage, pk=course_pk)
    try:
        certificate = issue_certificate(request.user, course, language=course.locale.language_code)
    except CourseNotComplete as error:
        messages.error(request, error.reason)
        return redirect(course.url or "accounts:profile")
    return redirect("learning:certificate_pdf", code=certificate.code)


@login_required
def certificate_pdf(request, code):
    certificate = get_object_or_404(Certificate, code=normalize_code(code), user=request.user)
    if not certificate.is_valid:
        raise Http404("This certificate was revoked.")
    response = HttpResponse(render_certificate_pdf(certificate), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{certificate.code}.pdf"'
    return response
