"""Boilerplate cues: which kind of boilerplate a short block names.

Evidence: the block's text equals, or starts with, a phrase listed in
``_lexicon/boilerplate.txt`` (share, subscribe, advertising, legal, comments,
related links, navigation, UI controls); for HTML blocks also the class/id
words and containers of :class:`~articleparse._blocks.DomEvidence`. A block of
any length that opens with a legal phrase of a few words is a notice
(:func:`opens_notice`); so is one that names cookies together with the website
(:func:`speaks_of_cookies`) shortly after a notice; so is a short one that tells of the
site's earnings from the links in it (an affiliate disclosure: :func:`discloses_earnings`), or
one that asks readers to subscribe to a newsletter (:func:`asks_to_subscribe`); a count
followed by a comments cue heads a comment section (:func:`counts_comments`).
The text rules use both. A block that is a phrase as a whole (:func:`whole_cue`)
or only a reading-time note ("5 min read": :func:`is_reading_time`) names
boilerplate by itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from .._blocks import DomEvidence
from .._lexicon import words as _lexicon_words
from .._patterns import READING_TIME
from ..model import BoilerplateKind

_MAX_CUE_WORDS = 8


def _load() -> Mapping[str, BoilerplateKind]:
    text = resources.files("articleparse._lexicon").joinpath("boilerplate.txt").read_text("utf-8")
    table: dict[str, BoilerplateKind] = {}
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        kind, phrase = line.split(None, 1)
        table[phrase.strip().lower()] = BoilerplateKind(kind)
    return MappingProxyType(table)


#: phrase -> kind, from _lexicon/boilerplate.txt
_PHRASES = _load()
_STRIP = " \t\u00a0.:;,!?|»«›‹>→←·•*-–—()[]{}\"'/"
#: the first word of every phrase: a block whose first word is none of them names no cue
_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _PHRASES)


def _norm(text: str) -> str:
    return " ".join(text.lower().split()).strip(_STRIP)


def cue_kind(text: str) -> BoilerplateKind | None:
    """The boilerplate kind a short block names by its wording, or None."""
    norm = _norm(text)
    words = norm.split()
    if not words or len(words) > _MAX_CUE_WORDS:
        return None
    # Every match below starts with the first word (end punctuation cut off when nothing
    # else is left of the head): one set lookup settles most blocks.
    first = words[0]
    if first not in _FIRST_WORDS and first.rstrip(_STRIP) not in _FIRST_WORDS:
        return None
    if norm in _PHRASES:
        return _PHRASES[norm]
    # "Share this article on Facebook", "Related: ..." — a cue as the first words.
    for size in (3, 2, 1):
        if len(words) > size:
            head = " ".join(words[:size]).strip(_STRIP)
            if head in _PHRASES and _PHRASES[head] in _PREFIX_KINDS:
                return _PHRASES[head]
    return None


#: A legal phrase this many words long opens a notice however long the block is.
_MIN_NOTICE_WORDS = 3
#: ... among the block's first this many words.
_MAX_NOTICE_OPENER = 5


def _grouped(name: str, group: str) -> frozenset[str]:
    """The words of one group ("group:word" lines) of a lexicon file."""
    entries = _lexicon_words(name)
    return frozenset(entry.partition(":")[2] for entry in entries if entry.startswith(group + ":"))


#: Words from _lexicon/cookie_notice.txt: a block naming one of each is a cookie dialog.
_COOKIE_WORDS = _grouped("cookie_notice.txt", "cookie")
_WEB_WORDS = _grouped("cookie_notice.txt", "web")
#: Words from _lexicon/disclosure.txt: a short block naming one of each is an affiliate notice.
_PAY_WORDS = _grouped("disclosure.txt", "pay")
_SALE_WORDS = _grouped("disclosure.txt", "sale")
_SELF_WORDS = _grouped("disclosure.txt", "self")
_EARN_WORDS = _grouped("disclosure.txt", "earn")
_HEDGE_WORDS = _grouped("disclosure.txt", "hedge")
#: one of these opens either way of telling of earnings
_PAYMENT_WORDS = _PAY_WORDS | _EARN_WORDS
#: An affiliate disclosure is a few sentences: a longer block is an article's own text.
_MAX_DISCLOSURE_WORDS = 60
#: Words from _lexicon/subscribe_prompt.txt: a short block naming one of each asks readers to
#: subscribe.
_MAIL_WORDS = _grouped("subscribe_prompt.txt", "mail")
_ASK_WORDS = _grouped("subscribe_prompt.txt", "ask")
_PARTY_WORDS = _grouped("subscribe_prompt.txt", "party")
#: A prompt to subscribe is a line or two: a longer block is an article's own text.
_MAX_PROMPT_WORDS = 40


def speaks_of_cookies(text: str) -> bool:
    """The block names cookies together with the website ("We use cookies on our website ...").

    A cookie-consent dialog runs to several paragraphs of well-formed sentences, and only
    its first opens with a legal phrase; each of them names cookies and the site, browser or
    consent. A recipe's cookies come without the website.
    """
    words = frozenset(word.strip(_STRIP) for word in text.lower().split())
    return not words.isdisjoint(_COOKIE_WORDS) and not words.isdisjoint(_WEB_WORDS)


def discloses_earnings(text: str) -> bool:
    """The block tells readers the site earns from what they buy through its links ("This post
    contains affiliate links: if you buy through them, we may earn a small fee").

    Evidence: at most ``_MAX_DISCLOSURE_WORDS`` words naming a payment ("affiliate",
    "compensation", or a hedged earning verb: "may earn", "might receive"), a purchase or
    link, and the site or its writers ("we", "this post"). An article about affiliate
    marketing speaks of them in the third person ("streamers earn money through affiliate
    links"); the notice speaks of itself and of what may happen.
    """
    words = _short_words(text, _MAX_DISCLOSURE_WORDS, _PAYMENT_WORDS)
    if words is None:
        return False
    return _names_each(words, (_PAY_WORDS, _SALE_WORDS, _SELF_WORDS)) or _names_each(
        words, (_EARN_WORDS, _HEDGE_WORDS, _SALE_WORDS, _SELF_WORDS)
    )


def asks_to_subscribe(text: str) -> bool:
    """The block asks readers to subscribe to a mailing, or thanks them for it ("Sign up for our
    newsletter", "Top stories, delivered to your inbox", "Thanks for subscribing!").

    Evidence: at most ``_MAX_PROMPT_WORDS`` words naming a mailing ("newsletter", "inbox"), an
    asking word ("sign", "join", "delivered", "thanks") and the reader or the site ("your",
    "our"). An article about newsletters names them without asking ("I built my newsletter").
    """
    words = _short_words(text, _MAX_PROMPT_WORDS, _MAIL_WORDS)
    return words is not None and _names_each(words, (_MAIL_WORDS, _ASK_WORDS, _PARTY_WORDS))


def _short_words(text: str, limit: int, rare: frozenset[str]) -> frozenset[str] | None:
    """The text's lower-cased words, end punctuation cut off, when it has at most ``limit``
    words and holds one of the ``rare`` words at least as a substring (most blocks hold none,
    which is cheap to see), else None."""
    lowered = text.lower()
    if not any(word in lowered for word in rare):
        return None
    split = lowered.split()
    if len(split) > limit:
        return None
    return frozenset(word.strip(_STRIP) for word in split)


def _names_each(words: frozenset[str], groups: tuple[frozenset[str], ...]) -> bool:
    """The words name a word of each group."""
    return all(not words.isdisjoint(group) for group in groups)


def opens_notice(text: str) -> bool:
    """The block opens with a legal phrase of a few words ("This website uses cookies ...").

    Cookie banners and disclaimers are long, well-formed sentences; their first words
    name what they are, so a paragraph that opens with one is a notice, not prose.
    """
    words = _norm(" ".join(text.split()[:_MAX_NOTICE_OPENER])).split()
    return _opens_with(words, BoilerplateKind.LEGAL, _MIN_NOTICE_WORDS)


#: Phrases that head a comment section only after a count ("20 thoughts on", "3 Responses to").
_COUNTED_COMMENTS = _lexicon_words("comment_counts.txt")
#: A spelled-out count of one that opens such a header ("One thought on “...”").
_COUNT_WORDS = frozenset({"one"})


def counts_comments(text: str) -> bool:
    """The block heads a comment section with its count ("59 Comments on “...”", "3 Kommentare").

    A count before "thoughts on" / "responses to" makes them a comment header too; without
    the count ("Thoughts on the budget") they head a part of the article.
    """
    count, _, rest = text.strip().partition(" ")
    if not count.isdigit() and count.lower() not in _COUNT_WORDS:
        return False
    head = _norm(" ".join(rest.split()[:3])).split()
    if " ".join(head[:2]) in _COUNTED_COMMENTS:
        return True
    return _opens_with(head, BoilerplateKind.COMMENTS, 1)


def _opens_with(words: list[str], kind: BoilerplateKind, shortest: int) -> bool:
    """Do the first ``shortest`` or more of ``words`` make a lexicon phrase of ``kind``?"""
    return any(
        _PHRASES.get(" ".join(words[:size]).strip(_STRIP)) is kind
        for size in range(shortest, len(words) + 1)
    )


def whole_cue(text: str) -> BoilerplateKind | None:
    """The boilerplate kind the whole block is a phrase of ("You may also like", "Anzeige"), or
    None; unlike :func:`cue_kind`, a phrase opening a longer block ("Share prices fall") does
    not count."""
    return _PHRASES.get(_norm(text))


def is_reading_time(text: str) -> bool:
    """The whole block is a reading-time note ("5 min read", "Lesezeit: 3 Min."): it labels
    the article and is never part of its text."""
    rest = READING_TIME.sub("", text)
    return rest != text and not rest.strip(_STRIP)


def is_closing_cue(text: str) -> bool:
    """The whole block is a header that closes an article ("Comments", "About the author")."""
    return whole_cue(text) in CLOSING_KINDS


def is_widget_cue(text: str) -> bool:
    """The whole block heads a box set into a page ("Subscribe", "Related articles")."""
    return whole_cue(text) in WIDGET_KINDS


_PREFIX_KINDS = frozenset(
    {
        BoilerplateKind.SHARE,
        BoilerplateKind.SUBSCRIBE,
        BoilerplateKind.RELATED_LINK,
        BoilerplateKind.COMMENTS,
        BoilerplateKind.OTHER,
    }
)

#: Kinds whose cue line after an article starts what follows it (comments, teasers, an
#: author box, a newsletter box) rather than interrupting it.
CLOSING_KINDS = frozenset(
    {
        BoilerplateKind.SUBSCRIBE,
        BoilerplateKind.RELATED_LINK,
        BoilerplateKind.COMMENTS,
        BoilerplateKind.OTHER,
    }
)

#: Closing kinds whose box is also set into an article's text (a newsletter form, a few related
#: links): prose after it may be the same article going on.
WIDGET_KINDS = frozenset({BoilerplateKind.SUBSCRIBE, BoilerplateKind.RELATED_LINK})

# class/id word fragments -> kind, checked in this order.
_CLASS_CUES: tuple[tuple[tuple[str, ...], BoilerplateKind], ...] = (
    (("comment", "disqus", "reply"), BoilerplateKind.COMMENTS),
    (("share", "social", "sharing"), BoilerplateKind.SHARE),
    (("newsletter", "subscribe", "signup", "paywall"), BoilerplateKind.SUBSCRIBE),
    (("advert", "sponsor", "promo", "banner", "dfp", "adslot", "ad-"), BoilerplateKind.ADVERTISING),
    (
        ("related", "recommend", "more-stories", "teaser", "read-more", "readmore"),
        BoilerplateKind.RELATED_LINK,
    ),
    (
        ("cookie", "consent", "gdpr", "copyright", "legal", "footer", "impressum"),
        BoilerplateKind.LEGAL,
    ),
    (
        ("nav", "menu", "breadcrumb", "sidebar", "pagination", "tags", "topics"),
        BoilerplateKind.NAVIGATION,
    ),
    (("logo", "brand", "masthead", "tagline", "slogan"), BoilerplateKind.BRANDING),
)


def dom_kind(dom: DomEvidence) -> BoilerplateKind | None:
    """The boilerplate kind the block's class/id words name, or None."""
    for fragments, kind in _CLASS_CUES:
        for word in dom.class_words:
            if any(fragment in word for fragment in fragments):
                return kind
    return None


#: a control's label is one short word
_MAX_CONTROL_CHARS = 12


def is_control_label(text: str) -> bool:
    """A lone lower-case word ("close", "search"): the label of a button or an icon that a
    text dump kept. Evidence: its form; menu entries and section links are capitalised."""
    return len(text) <= _MAX_CONTROL_CHARS and text.isalpha() and text.islower()


def kind_of(text: str, dom: DomEvidence | None = None) -> BoilerplateKind:
    """Best-guess kind for a block already judged boilerplate."""
    kind = cue_kind(text)
    if kind is None and dom is not None:
        kind = dom_kind(dom)
        if kind is None and dom.in_chrome:
            kind = BoilerplateKind.NAVIGATION
    return kind or BoilerplateKind.OTHER
