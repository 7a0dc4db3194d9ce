"""What the reading view must show of an Article: its highlights, read from a page."""

from __future__ import annotations

from html.parser import HTMLParser

# The Article's span lists and the highlight kind (data-kind) each one is shown as.
KIND_OF_LIST = (("money", "money"), ("quantity", "quantities"), ("date", "dates"),
                ("quote", "quotes"), ("claim", "claims"))


class Highlights(HTMLParser):
    """The (kind, start, end, text) of every highlight element of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[list] = []
        self.open: list[list] = []
        self.text = ""  # the page's text inside and outside the highlights

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            values = dict(attrs)
            entry = [values["data-kind"], int(values["data-start"]), int(values["data-end"]),
                     ""]
            self.found.append(entry)
            self.open.append(entry)

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        self.text += data
        for entry in self.open:
            entry[3] += data


def spans_of(article: dict) -> list[tuple[str, int, int, str]]:
    spans = [("entity", m["start"], m["end"], m["text"])
             for e in article["entities"] for m in e["mentions"]]
    spans += [(kind, s["start"], s["end"], s["text"])
              for kind, key in KIND_OF_LIST for s in article[key]]
    return sorted(spans)


def highlight_spans(elements) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, text) of each highlight, from the page's elements: the parts of a span
    that crosses another (data-part="continued") are joined back."""
    joined: dict[tuple[str, int, int], str] = {}
    for kind, start, end, text in elements:
        joined[(kind, start, end)] = joined.get((kind, start, end), "") + text
    return sorted((*key, text) for key, text in joined.items())
