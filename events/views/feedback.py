from django.http import Http404


def feedback_form(request, token):
    raise Http404
