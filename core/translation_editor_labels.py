"""Where each segment sits, in words, in wagtail-localize's translation editor.

wagtail-localize labels a StreamField segment with its top block and that
block's first child: every venue, city and state of an event schedule reads
"Event schedule – Dates and venues". This gives the whole path instead, with
the row's number: "Dates and venues › Row 3 › Venue". It wraps
`get_segment_location_info`, which the editor view calls for every segment;
anything it cannot work out keeps wagtail-localize's own label.
"""

import logging

from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.views import edit_translation

logger = logging.getLogger(__name__)


def block_path_label(top_block, field_names, content_ids, value):
    """'Dates and venues › Row 3 › Venue' for the names below a top block, walking its value."""
    labels, block = [], top_block
    for name, content_id in zip(field_names, content_ids, strict=True):
        if isinstance(block, blocks.ListBlock):
            position = next(i for i, item in enumerate(value.bound_blocks, start=1) if item.id == content_id)
            labels.append(_("Row %(number)s") % {"number": position})
            value = value.bound_blocks[position - 1].value
            block = block.child_block
            continue
        if isinstance(block, blocks.StreamBlock):
            child = next(child for child in value if child.id == content_id)
            block, value = child.block, child.value
        else:  # a StructBlock
            block, value = block.child_blocks[name], value[name]
        labels.append(str(block.label))
    return " › ".join(labels)


def with_block_paths(location_info):
    def wrapped(source_instance, tab_helper, content_path, field_path, widget=False):
        location = location_info(source_instance, tab_helper, content_path, field_path, widget)
        field_names, content_ids = field_path.split("."), content_path.split(".")
        field = source_instance._meta.get_field(field_names[0])
        if not isinstance(field, StreamField) or len(field_names) < 3:
            return location
        try:
            top = next(child for child in getattr(source_instance, field.name) if child.id == content_ids[1])
            location["subField"] = block_path_label(top.block, field_names[2:], content_ids[2:], top.value)
        except (StopIteration, KeyError, IndexError, TypeError, AttributeError, ValueError):
            logger.debug("no block path for %s", field_path)
        return location

    return wrapped


def install():
    """Give the translation editor the whole path of each block segment (run once, from CoreConfig)."""
    edit_translation.get_segment_location_info = with_block_paths(edit_translation.get_segment_location_info)
