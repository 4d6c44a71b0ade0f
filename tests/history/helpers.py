import html5lib


def parse(response):
    """The rendered page as an element tree, parsed as a browser would (html5lib)."""
    assert response.status_code == 200
    return html5lib.parse(response.content.decode(), namespaceHTMLElements=False)


def text_of(element):
    return " ".join("".join(element.itertext()).split())


def find_all(tree, tag, css_class):
    return [el for el in tree.iter(tag) if css_class in (el.get("class") or "").split()]
