"""Evidence uploads are kept in memory, never in a temporary file, and only up to the size the form takes.

Django writes an upload over FILE_UPLOAD_MAX_MEMORY_SIZE to a temporary file on disk: the plain bytes of a
photo or a recording would sit there, unencrypted, for the whole request (and after a crash). This handler
keeps each file in memory up to CASES_EVIDENCE_MAX_BYTES and MAX_FILES files per request; past that it keeps
nothing more and the form refuses the file by its size (or the number of files), with a clear message.
"""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler

MAX_FILES = 5


class CappedMemoryUploadHandler(FileUploadHandler):
    def __init__(self, request=None):
        super().__init__(request)
        self.files_started = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.files_started += 1
        self.buffer = BytesIO()
        self.keeping = self.files_started <= MAX_FILES

    def receive_data_chunk(self, raw_data, start):
        if self.keeping and self.buffer.tell() + len(raw_data) <= settings.CASES_EVIDENCE_MAX_BYTES:
            self.buffer.write(raw_data)
        else:
            self.keeping = False
            self.buffer = BytesIO()

    def file_complete(self, file_size):
        """The file; one kept only in part is returned empty, with its real size (the form refuses it)."""
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )


def keep_uploads_in_memory(request):
    """Call before the request's body is read (the view is csrf_exempt and checks CSRF itself)."""
    request.upload_handlers = [CappedMemoryUploadHandler(request)]
