"""lxml tree -> blocks, each with the structural evidence of where it stands.

Parsing is :func:`articleparse._html_tree.parse_tree`.

Walking: one iterative pass over ``iterwalk`` start/end events, so nesting
depth never meets Python's recursion limit. Text is collected into a buffer
that is flushed as a block at every block-level boundary (``p``, ``div``,
``li``, ``h1``, ``td``, ``br``, ...), so every visible text node lands in
exactly one block, in document order.

Evidence is incremental: each element on the walk's stack carries a frame
derived from its parent's frame in constant time (nearest block-level
ancestors, the last tags of the path, the nearest boilerplate/content cue of
a class or id, the nearest ``nav``/``aside``/``footer``, ``figure``,
``article``/``main``). Inline elements without attributes reuse their
parent's frame. A block takes the frame of the element it was flushed in, so
the cost of a block never depends on the page's depth and the walk is linear
in the size of the page.

Hidden content: script, style, template, the head, embedded
objects and media fallbacks, form controls (button, input, textarea, select,
option, datalist), dialogs, and elements marked ``hidden``,
``aria-hidden="true"`` or with an inline ``display:none`` /
``visibility:hidden`` style, are not visible text: they make no block and so
no segment. Content a script would reveal later (a server-rendered
``<div hidden>`` of a streaming page) stays out too, and style sheets are not
applied. The one exception is the
last-resort caption: an image's ``alt``/``title`` inside a ``figure`` that has
no visible caption becomes a block with ``from_alt=True``.

``noscript`` content IS visible text: a browser without JavaScript, a crawler
or a text renderer shows it. Its blocks carry ``in_noscript=True``; a
``noscript`` that holds text is a block boundary of its own (one that holds only
an image or nothing changes no block). The classifier treats these blocks as
boilerplate unless the rest of the page has no real body (a script-rendered
thread whose server-side fallback sits in ``noscript``).
"""

from __future__ import annotations

from types import MappingProxyType

from lxml import etree

from ._blocks import Block, DomEvidence, Page
from ._html_tree import parse_tree
from ._metadata import read_metadata
from ._patterns import INVISIBLE, WHITESPACE_CONTROL
from ._rules.dom_cues import CueTable, class_cue
from .model import BodyKind, BoilerplateKind, InputFormat
from .settings import Settings

# Elements whose content is never rendered as text.
_SKIP = frozenset(
    "script style template head title meta link svg math canvas iframe object embed "  # noqa: SIM905
    "select option datalist button input textarea audio video map area source track dialog".split()
)
# Elements that end one block and start another.
_BLOCK = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset "  # noqa: SIM905
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav "
    "ol p pre section summary table tbody td tfoot th thead tr ul br caption legend".split()
)
_SHAPES = {
    "li": BodyKind.LIST_ITEM,
    "dd": BodyKind.LIST_ITEM,
    "dt": BodyKind.LIST_ITEM,
    "blockquote": BodyKind.QUOTE,
    "pre": BodyKind.PREFORMATTED,
    "td": BodyKind.TABLE_CELL,
    "th": BodyKind.TABLE_CELL,
}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: a heading id with this many dashes is an anchor made from its text ("install-the-tools"),
#: not a box's name ("comments", "related-posts")
_ANCHOR_DASHES = 2
_MAIN = frozenset({"article", "main"})
_CHROME = {
    "nav": BoilerplateKind.NAVIGATION,
    "aside": BoilerplateKind.RELATED_LINK,
    "footer": BoilerplateKind.LEGAL,
    "form": BoilerplateKind.UI_CONTROL,
    "menu": BoilerplateKind.NAVIGATION,
}
_CHROME_ROLES = {
    "navigation": BoilerplateKind.NAVIGATION,
    "complementary": BoilerplateKind.RELATED_LINK,
    "contentinfo": BoilerplateKind.LEGAL,
    "banner": BoilerplateKind.BRANDING,
    "search": BoilerplateKind.UI_CONTROL,
    "menu": BoilerplateKind.NAVIGATION,
    "menubar": BoilerplateKind.NAVIGATION,
    "dialog": BoilerplateKind.UI_CONTROL,
    "alert": BoilerplateKind.UI_CONTROL,
}
_CREDIT_TAGS = frozenset({"cite", "small"})
# Inline elements that always get a frame of their own.
_FRAMED = _CREDIT_TAGS | {"img", "noscript"}
# Attributes that can change a frame; an inline element with none of them reuses its parent's.
_ATTRS = frozenset({"class", "id", "role", "itemprop"})
# Attributes that can hide an element.
_HIDING = frozenset({"hidden", "aria-hidden", "style"})
# Inline style declarations (property, value) that hide an element's content.
_HIDING_STYLES = frozenset(
    {("display", "none"), ("visibility", "hidden"), ("content-visibility", "hidden")}
)
# Characters a reader does not see: the class of _patterns.INVISIBLE (zero-width, BOM, soft
# hyphen) and C0 controls other than tab and line breaks; deleted before spaces collapse.
_DROP = MappingProxyType(
    dict.fromkeys(
        [ord(c) for c in INVISIBLE.pattern.strip("[]")]
        + [c for c in range(32) if c not in (9, 10, 13)]
    )
)
#: The characters of _patterns.WHITESPACE_CONTROL (str.split takes them for spaces).
_SPLIT_CONTROLS = tuple(chr(c) for c in range(32) if WHITESPACE_CONTROL.match(chr(c)))
#: builds a named tuple from all its fields in order (DomEvidence, Block)
_new = tuple.__new__
#: A caption or credit element (by tag or class) holds at most this many words.
_MAX_HINT_WORDS = 150
#: How many block-level ancestors and path tags a frame keeps (bounded: constant work per element).
_KEEP = 16


class _Frame:
    """Evidence of one element, derived from its parent's frame in constant time."""

    __slots__ = (
        "anc",
        "caption",
        "chrome",
        "chrome_uid",
        "credit",
        "cue",
        "cue_uid",
        "figure_uid",
        "hint_uid",
        "main",
        "noscript",
        "path",
        "pos_uid",
        "split",
        "tag",
        "uid",
        "words",
    )

    def __init__(self) -> None:
        self.uid = 0
        self.tag = ""
        #: (uid, tag, class weight) of block-level ancestors, nearest first, itself included
        self.anc: tuple[tuple[int, str, int], ...] = ()
        self.path: tuple[str, ...] = ()
        self.cue: BoilerplateKind | None = None
        self.cue_uid = 0
        self.pos_uid = 0
        self.chrome: BoilerplateKind | None = None
        self.chrome_uid = 0
        self.main = False
        self.figure_uid = 0
        self.caption = False
        self.credit = False
        #: uid of the nearest element whose tag or class/id names a caption or credit (0: none)
        self.hint_uid = 0
        #: inside an inline element whose class names a credit, within a caption
        self.split = False
        self.words: frozenset[str] = frozenset()
        self.noscript = False

    def child(self, uid: int, tag: str) -> _Frame:
        frame = _Frame.__new__(_Frame)  # every slot is set below: no defaults to write twice
        frame.uid, frame.tag = uid, tag
        path = self.path
        frame.anc, frame.path = self.anc, (path[1:] if len(path) >= _KEEP else path) + (tag,)
        frame.cue, frame.cue_uid, frame.pos_uid = self.cue, self.cue_uid, self.pos_uid
        frame.chrome, frame.chrome_uid, frame.main = self.chrome, self.chrome_uid, self.main
        frame.figure_uid, frame.caption, frame.credit = self.figure_uid, self.caption, self.credit
        frame.hint_uid = self.hint_uid
        frame.split, frame.noscript = self.split, self.noscript
        frame.words = self.words
        return frame


def _noscript_block(element: etree._Element, parent: _Frame) -> bool:
    """Whether a ``noscript`` is a block boundary: an outermost one holding text.

    (One holding only a tracking image changes no block; a nested one is read once.)
    """
    if element.tag != "noscript" or parent.noscript:
        return False
    return any(text.strip() for text in element.itertext())


def _own_block(frame: _Frame, tag: str) -> bool:
    """Whether the element ending now is a ``noscript`` made a block of its own."""
    return tag == "noscript" and bool(frame.anc) and frame.anc[0][0] == frame.uid


def _hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    return style is not None and _style_hides(style)


def _style_hides(style: str) -> bool:
    """Does an inline style declare ``display: none`` or ``visibility: hidden`` (also
    ``content-visibility``)? A declaration with any other value is one a browser drops
    ("none !im portant"), so it hides nothing."""
    for declaration in style.split(";"):
        name, _, value = declaration.partition(":")
        value = " ".join(value.lower().replace("!important", " ").split())
        if (name.strip().lower(), value) in _HIDING_STYLES:
            return True
    return False


class _Walker:
    """Collects blocks while walking; one instance per parse (no shared state)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.link_chars = 0
        self.hint_caption = False
        self.hint_credit = False
        self.uid = 0
        self.cues = CueTable()

    def text(self, value: str | None, frame: _Frame, in_link: bool) -> None:
        if value:
            self.buffer.append(value)
            if in_link:
                self.link_chars += len(value.strip())
            if frame.split:  # a credit inside a caption is the credit's text, not the caption's
                self.hint_credit = True
                return
            if frame.caption:
                self.hint_caption = True
            if frame.credit:
                self.hint_credit = True

    def frame(
        self, element: etree._Element, tag: str, parent: _Frame, block: bool, keys: list[str]
    ) -> _Frame:
        """The frame of an element that starts now (a new one only when it says something)."""
        if not block and tag not in _FRAMED and _ATTRS.isdisjoint(keys):
            return parent
        self.uid += 1
        frame = parent.child(self.uid, tag)
        weight = 0
        role = itemprop = class_value = id_value = None
        if keys:  # most block elements have no attributes: no lookups for them
            class_value = element.get("class") if "class" in keys else None
            id_value = element.get("id") if "id" in keys else None
            role = element.get("role") if "role" in keys else None
            itemprop = element.get("itemprop") if "itemprop" in keys else None
            if tag in _HEADINGS and id_value and id_value.count("-") >= _ANCHOR_DASHES:
                id_value = None  # an anchor made from the heading's text, not a box's name
        if tag == "noscript":
            frame.noscript = True
        if tag in _MAIN or role == "main":
            frame.main = True
        if itemprop == "articleBody":
            weight = 2
            frame.pos_uid = self.uid
        chrome = _CHROME.get(tag) or (_CHROME_ROLES.get(role) if role else None)
        if chrome is not None:
            frame.chrome, frame.chrome_uid = chrome, self.uid
        if tag == "figure":
            frame.figure_uid = self.uid
        if tag == "figcaption" or (tag in _CREDIT_TAGS and frame.figure_uid):
            frame.hint_uid = self.uid
        if tag == "figcaption":
            frame.caption = True
        if tag in _CREDIT_TAGS and frame.figure_uid:
            frame.credit = True
        if (class_value or id_value) and tag not in ("html", "body"):
            cue = class_cue(self.cues, class_value, id_value)
            # An element naming both content and boilerplate ("comment-content") names neither.
            if cue.positive and cue.kind is None:
                weight = max(weight, 1)
                frame.pos_uid = self.uid
            elif cue.kind is not None and not cue.positive:
                weight = -1
                frame.cue, frame.cue_uid = cue.kind, self.uid
            # only a class names a credit for sure: a <small> or <cite> may hold the caption
            frame.split = frame.split or (cue.credit and frame.caption and not block)
            if cue.caption or cue.credit:
                frame.hint_uid = self.uid
            frame.caption = frame.caption or cue.caption
            frame.credit = frame.credit or cue.credit
            if cue.words:
                frame.words = frame.words | cue.words
        if block:
            frame.anc = ((self.uid, tag, weight), *parent.anc[: _KEEP - 1])
        return frame

    def flush(self, frame: _Frame) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        link_chars = self.link_chars
        caption, credit = self.hint_caption, self.hint_credit
        self.buffer.clear()
        self.link_chars = 0
        self.hint_caption = self.hint_credit = False
        if raw.isspace():  # the spaces between blocks (most flushes): nothing to normalise
            return
        text = normalise(raw)
        if text:
            self.emit(text, frame, link_chars, caption, credit, from_alt=False)

    def emit(
        self,
        text: str,
        frame: _Frame,
        link_chars: int,
        caption: bool,
        credit: bool,
        *,
        from_alt: bool,
    ) -> None:
        tag = frame.anc[0][1] if frame.anc else ""
        level = _HEADINGS.get(tag)
        shape = BodyKind.HEADING if level else _SHAPES.get(tag, BodyKind.PARAGRAPH)
        # Positional, in field order, straight to tuple.__new__ (what the named tuple's own
        # __new__ does, less a Python call): binding 18 keywords costs about twice the whole
        # tuple, and this runs once per block of every page.
        dom = _new(
            DomEvidence,
            (
                tag,  # tag
                frame.path,  # path
                frame.words,  # class_words
                min(link_chars, len(text)),  # link_chars
                frame.main,  # in_main
                frame.chrome is not None,  # in_chrome
                frame.figure_uid > 0,  # in_figure
                caption,  # caption_hint
                credit,  # credit_hint
                frame.anc[0][0] if frame.anc else 0,  # container
                frame.anc,  # ancestors
                frame.cue,  # cue
                frame.cue_uid,  # cue_uid
                frame.pos_uid,  # content_uid
                frame.chrome,  # chrome
                frame.chrome_uid,  # chrome_uid
                frame.figure_uid,  # figure_uid
                frame.noscript,  # in_noscript
                frame.hint_uid,  # hint_uid
            ),
        )
        # text, span, shape, level, lines, dom, from_alt, link_mark (text input only)
        self.blocks.append(_new(Block, (text, None, shape, level, 1, dom, from_alt, False)))


def _split_control(raw: str) -> bool:
    """Does the text hold a whitespace control (``_patterns.WHITESPACE_CONTROL``)?

    One substring test per control character: several times faster than the regex search.
    """
    for control in _SPLIT_CONTROLS:  # noqa: SIM110 (a generator in any() costs more)
        if control in raw:
            return True
    return False


def normalise(raw: str) -> str:
    """Collapse whitespace, drop invisible and control characters (as ``_text.normalise``).

    Every dropped character is unprintable, so collapsed text that prints needs no
    deletion pass unless a dropped whitespace control was split on.
    """
    joined = " ".join(raw.split())
    if joined.isprintable() and not _split_control(raw):
        return joined
    return " ".join(raw.translate(_DROP).split())


def _alt(element: etree._Element) -> str:
    return normalise(element.get("alt") or element.get("title") or "")


def html_blocks(root: etree._Element) -> tuple[Block, ...]:
    """Walk the tree iteratively and cut its visible text into blocks."""
    walker = _Walker()
    top = _Frame()
    stack: list[_Frame] = [top]
    #: per open figure: (blocks before it, alt text of its first image)
    figures: list[tuple[int, str]] = []
    links = 0
    events = etree.iterwalk(root, events=("start", "end"))
    for event, element in events:
        tag = element.tag
        if not isinstance(tag, str):  # entities, processing instructions left by the parser
            if event == "end":
                walker.text(element.tail, stack[-1], links > 0)
            continue
        if event == "start":
            keys = element.keys()
            if tag in _SKIP or (keys and not _HIDING.isdisjoint(keys) and _hidden(element)):
                events.skip_subtree()
                stack.append(top)  # marks a skipped element; its end event pops it
                continue
            parent = stack[-1]
            block = tag in _BLOCK or (tag == "noscript" and _noscript_block(element, parent))
            if block and walker.buffer:
                walker.flush(parent)
            text = element.text
            if not text and not len(element) and (block or not parent.caption or parent.split):
                # An empty leaf (<br>, <img>, an icon): no text to frame and, not being a
                # caption's credit, no caption words to cut off. Only an image's alt counts.
                if tag == "img" and figures and not figures[-1][1]:
                    figures[-1] = (figures[-1][0], _alt(element))
                stack.append(top)
                continue
            frame = walker.frame(element, tag, parent, block, keys)
            if frame.split and not (block or parent.split):
                walker.flush(parent)  # the caption's words before its credit
            stack.append(frame)
            if tag == "a":
                links += 1
            elif tag == "figure":
                figures.append((len(walker.blocks), ""))
            elif tag == "img" and figures and not figures[-1][1]:
                figures[-1] = (figures[-1][0], _alt(element))
            if not text:
                pass
            elif links or frame.caption or frame.credit or frame.split:
                walker.text(text, frame, links > 0)
            elif walker.buffer or not text.isspace():  # as for a tail below
                walker.buffer.append(text)
        else:
            frame = stack.pop()
            if frame is not top:
                if tag == "a":
                    links -= 1
                if walker.buffer and (
                    tag in _BLOCK
                    # a caption's credit (<figcaption>Text <span class="credit">Photo: X</span>)
                    # is a block of its own
                    or (frame.split and not stack[-1].split)
                    or (tag == "noscript" and _own_block(frame, tag))
                ):
                    walker.flush(frame)
                if tag == "figure" and figures:
                    start, alt = figures.pop()
                    seen = any(
                        b.dom is not None and b.dom.caption_hint for b in walker.blocks[start:]
                    )
                    if alt and not seen:
                        walker.emit(alt, frame, 0, True, False, from_alt=True)
            tail = element.tail  # read once: lxml builds a new string on every access
            if not tail:
                pass
            elif links or stack[-1].caption or stack[-1].credit or stack[-1].split:
                walker.text(tail, stack[-1], links > 0)
            elif walker.buffer or not tail.isspace():
                # plain text outside links, captions and credits (most text): no hints; the
                # spaces between blocks start no buffer (normalising drops leading spaces)
                walker.buffer.append(tail)
    walker.flush(stack[-1])
    return _without_large_hints(walker.blocks)


def _without_large_hints(blocks: list[Block]) -> tuple[Block, ...]:
    """The blocks, with the caption and credit hints of an element holding more than
    ``_MAX_HINT_WORDS`` words cleared: a box of that size is no caption, whatever its class
    says (an article under ``class="post category-tax-credits"``, paragraphs set in
    ``class="figcaption text"``)."""
    words: dict[int, int] = {}
    for block in blocks:
        uid = block.dom.hint_uid if block.dom is not None else 0
        if uid:
            words[uid] = words.get(uid, 0) + len(block.text.split())
    large = {uid for uid, count in words.items() if count > _MAX_HINT_WORDS}
    if not large:
        return tuple(blocks)
    return tuple(
        block._replace(dom=block.dom._replace(caption_hint=False, credit_hint=False, hint_uid=0))
        if block.dom is not None and block.dom.hint_uid in large
        else block
        for block in blocks
    )


def read_html(text: str, settings: Settings, utf8: bytes | None = None) -> Page:
    """The HTML front-end: blocks plus the metadata the page states.

    ``utf8``: ``text`` as UTF-8 when the caller has it already (the source bytes).
    """
    root = parse_tree(text, utf8)
    if root is None:
        return Page(blocks=(), format=InputFormat.HTML)
    meta = read_metadata(root)
    return Page(blocks=html_blocks(root), format=InputFormat.HTML, meta=meta)
