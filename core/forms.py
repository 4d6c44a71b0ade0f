"""The admin's image form (WAGTAILIMAGES_IMAGE_FORM_BASE): uploads must decode as images.

Wagtail reads only an upload's header before saving it, and a corrupt file
(a truncated JPEG, a GIF with a valid header and garbage after it) raised
from Pillow in the form or later in its thumbnails: a 500, sometimes with the
broken image saved. Here the file field decodes every frame first, and a file
that does not decode is a form error. Every view that creates or replaces an
image uses this form: the single and multiple upload, the chooser's upload,
the edit view's file replacement and the admin API.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageSequence
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What Pillow raises on a damaged file (it has no common base class for it).
UNREADABLE = (OSError, SyntaxError, ValueError, EOFError)


def decode_every_frame(file):
    file.seek(0)
    with Image.open(file) as image:
        for frame in ImageSequence.Iterator(image):
            frame.load()
    file.seek(0)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field, refusing a file whose pixels do not decode."""

    def to_python(self, data):
        try:
            image_file = super().to_python(data)
            if image_file is not None:
                decode_every_frame(image_file)
        except UNREADABLE as error:
            raise ValidationError(
                _(
                    "This file could not be read as an image: it may be damaged or incomplete. "
                    "Open it in an image editor, save it again and upload the new file."
                ),
                code="unreadable_image",
            ) from error
        return image_file


class ImageForm(BaseImageForm):
    """Wagtail's image form with `DecodedImageField` for the file.

    Wagtail builds the field with its own form-field callback, and a field
    declared here would also appear in its forms that leave the file out (the
    multiple uploader's edit form), so the built field becomes a
    `DecodedImageField` in place.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        file_field = self.fields.get("file")
        if type(file_field) is WagtailImageField:
            file_field.__class__ = DecodedImageField
