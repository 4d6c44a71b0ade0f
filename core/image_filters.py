"""Image filter specifications parsed once per process, not once per image on every render.

Wagtail's `{% image %}`, `{% srcset_image %}` and `{% picture %}` nodes build new `Filter`
objects from their (fixed) specifications each time they render, and each new `Filter`
parses its specification again: about 2 ms of every page with a few pictures. A node's
specifications never change once its template is compiled, and a `Filter` keeps no state
of the image it is used on, so each node keeps the filters it built the first time.
"""

from wagtail.images.templatetags import wagtailimages_tags


def _once_per_node(build, attribute):
    def cached(node):
        filters = node.__dict__.get(attribute)
        if filters is None:
            filters = node.__dict__[attribute] = build(node)
        return filters

    return cached


def install():
    """Keep each image node's filters (run once, from CoreConfig)."""
    image_node = wagtailimages_tags.ImageNode
    srcset_node = wagtailimages_tags.SrcsetImageNode
    image_node.get_filter = _once_per_node(image_node.get_filter, "_built_filter")
    srcset_node.get_filters = _once_per_node(srcset_node.get_filters, "_built_filters")
