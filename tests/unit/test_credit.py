"""Caption/credit splitting and standalone credits (``articleparse._rules.credit``)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from articleparse._rules.credit import split_credit, standalone_credit

SPLIT = [
    # trailing brackets that name a source
    ("Migrants at a camp [Agency Photo/Flickr]", ("Migrants at a camp", "Agency Photo/Flickr")),
    ("A view of the port (AP Photo/Jane Doe)", ("A view of the port", "AP Photo/Jane Doe")),
    ("A view of the port (Jane Doe/Reuters)", ("A view of the port", "Jane Doe/Reuters")),
    ("A car after the crash (Reuters)", ("A car after the crash", "Reuters")),
    ("Golf im TV: die Zeiten. (Foto: Getty)", ("Golf im TV: die Zeiten.", "Getty")),
    ("A child plays (Photo courtesy of Jane Doe)", ("A child plays", "Jane Doe")),
    ("The old mill [Photo: Jane Doe]", ("The old mill", "Jane Doe")),
    # remarks in brackets are not credits
    ("The team (left) with the coach", ("The team (left) with the coach", None)),
    ("The mayor (right)", ("The mayor (right)", None)),
    ("A house on the hill (file photo)", ("A house on the hill (file photo)", None)),
    ("The stadium (2019)", ("The stadium (2019)", None)),
    ("The minister (Jane Doe)", ("The minister (Jane Doe)", None)),
    ("Her first car [pictured]", ("Her first car [pictured]", None)),
    ("Live stream in HD (128 kbit/s)", ("Live stream in HD (128 kbit/s)", None)),
    ("Mix the flour and sugar (1/2 cup)", ("Mix the flour and sugar (1/2 cup)", None)),
    ("Upscaling (DLSS / FSR / XeSS)", ("Upscaling (DLSS / FSR / XeSS)", None)),
    ("Laptop 14 (Ryzen 5 Quad Core/ 8GB/ 1TB)", ("Laptop 14 (Ryzen 5 Quad Core/ 8GB/ 1TB)", None)),
    ("Environmental Protection Agency (EPA)", ("Environmental Protection Agency (EPA)", None)),
    ("Shirts for everyone (Men's / Women's)", ("Shirts for everyone (Men's / Women's)", None)),
    ("A river bank (Jane Doe / Climate Pictures)", ("A river bank", "Jane Doe / Climate Pictures")),
    # cue words
    ("Photo: Reuters", ("", "Reuters")),
    ("Photograph: Jane Doe/The Guardian", ("", "Jane Doe/The Guardian")),
    ("A river in spring. Photograph: Jane Doe/Example", ("A river in spring.", "Jane Doe/Example")),
    ("Credit: NASA", ("", "NASA")),
    ("Boots on the trail. Credit: Jane Doe", ("Boots on the trail.", "Jane Doe")),
    ("Credit...Jane Doe for Example News", ("", "Jane Doe for Example News")),
    ("Image: Jane Doe", ("", "Jane Doe")),
    ("Picture: Jane Doe", ("", "Jane Doe")),
    ("Photo by Jane Doe on Unsplash", ("", "Jane Doe on Unsplash")),
    ("Image by Jane Doe from Pixabay", ("", "Jane Doe from Pixabay")),
    ("A camera on a rock. Photo by: 'Jane Doe'", ("A camera on a rock.", "Jane Doe")),
    ("Copyright: Jane Doe", ("", "Jane Doe")),
    ("A harbour at dawn. Photo: Jane Doe (Reuters)", ("A harbour at dawn.", "Jane Doe (Reuters)")),
    ("Courtesy of the artist", ("", "the artist")),
    ("© 2020 AFP", ("", "2020 AFP")),
    ("© AFP", ("", "AFP")),
    ("The view from the tower. © Jane Doe", ("The view from the tower.", "Jane Doe")),
    ("Speech in the Bundestag © dpa | Jane Doe", ("Speech in the Bundestag", "dpa | Jane Doe")),
    ("Demo in Berlin. Foto: dpa", ("Demo in Berlin.", "dpa")),
    ("Bild: picture alliance", ("", "picture alliance")),
    ("Foto: © Jane Doe", ("", "Jane Doe")),
    ("Bildquelle: Jane Doe/Example", ("", "Jane Doe/Example")),
    ("Quelle: Statistisches Amt", ("", "Statistisches Amt")),
    ("Jan Novák, photo: Government Archive", ("Jan Novák", "Government Archive")),
    ("Lake at dusk | Photo: Jane Doe", ("Lake at dusk", "Jane Doe")),
    # agency signatures without a cue
    ("Smoke rises over town. REUTERS/Jane Doe", ("Smoke rises over town.", "REUTERS/Jane Doe")),
    ("A man walks. Jane Doe/Getty Images", ("A man walks.", "Jane Doe/Getty Images")),
    ("Jane Doe/Getty Images", ("", "Jane Doe/Getty Images")),
    ("Jane Doe | Getty Images", ("", "Jane Doe | Getty Images")),
    ("UK Parliament/AFP/Getty", ("", "UK Parliament/AFP/Getty")),
    ("AFP via Getty Images", ("", "AFP via Getty Images")),
    ("Jane Doe/Shutterstock", ("", "Jane Doe/Shutterstock")),
    ("Smoke rises. AFP", ("Smoke rises.", "AFP")),
    # prose is not a credit
    ("Protesters gathered outside, said AFP", ("Protesters gathered outside, said AFP", None)),
    ("Bild 1 von 10", ("Bild 1 von 10", None)),
    ("Die schönsten Bilder von der Auktion", ("Die schönsten Bilder von der Auktion", None)),
    ("© 2020 Example Ltda", ("© 2020 Example Ltda", None)),
    ("Credit Cards", ("Credit Cards", None)),
    ("Copyright Policy", ("Copyright Policy", None)),
    ("Play Video: The Best Kitchen Taps", ("Play Video: The Best Kitchen Taps", None)),
    ("© 2025 Example Payroll LLC", ("© 2025 Example Payroll LLC", None)),
    ("© 2012-2026 Example", ("© 2012-2026 Example", None)),
    ("Copyright 2020 Ex. All rights reserved", ("Copyright 2020 Ex. All rights reserved", None)),
    ("© 2026 Example University", ("© 2026 Example University", None)),
    ("Heating in Germany. Grafik: Quelle: BDEW", ("Heating in Germany.", "BDEW")),
    ("© 2016 example.de", ("© 2016 example.de", None)),
    ("Image: https://example.com/", ("", "https://example.com/")),
    ("Image Unavailable", ("Image Unavailable", None)),
    ("db: image: postgres:18", ("db: image: postgres:18", None)),
    ("Photo: is this a camera? We think so!", ("Photo: is this a camera? We think so!", None)),
    ("The photo shows a river.", ("The photo shows a river.", None)),
    ("", ("", None)),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_credit(text: str, expected: tuple[str, str | None]) -> None:
    """Captions split into text and an unwrapped credit; remarks and prose keep no credit."""
    assert split_credit(text) == expected


STANDALONE = [
    ("Photo: Reuters", "Reuters"),
    ("[Agency Photo/Flickr]", "Agency Photo/Flickr"),
    ("(AP Photo/Jane Doe)", "AP Photo/Jane Doe"),
    ("Foto: dpa", "dpa"),
    ("© Getty Images", "Getty Images"),
    ("Getty Images", "Getty Images"),
    ("REUTERS/Jane Doe", "REUTERS/Jane Doe"),
    ("Jane Doe | Getty Images", "Jane Doe | Getty Images"),
    ("Migrants at a shelter [Agency Photo/Flickr]", None),
    ("Demo in Berlin. Foto: dpa", None),
    ("(left)", None),
    ("Jane Doe", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), STANDALONE)
def test_standalone_credit(text: str, expected: str | None) -> None:
    """A block that is only a credit gives the credit; a caption with a credit gives None."""
    assert standalone_credit(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "(" * 5000,
        "[" + "a/" * 3000 + "]",
        "Photo:" * 2000,
        "A" * 10000 + "/Getty",
        "Jane " * 3000 + "/Reuters",
        "© " * 4000,
    ],
)
def test_adversarial_inputs_are_answered(text: str) -> None:
    """Long repetitive inputs give a (caption, credit) pair whose credit, if any, is short."""
    caption, credit = split_credit(text)
    assert credit is None or len(credit.split()) <= 12
    assert isinstance(caption, str)


def test_long_caption_keeps_its_text() -> None:
    """Only the tail of a long caption is searched; the text before the credit is kept whole."""
    text = "word " * 200 + "Photo: Jane Doe"
    caption, credit = split_credit(text)
    assert credit == "Jane Doe"
    assert caption == ("word " * 200).strip()


@given(st.text(max_size=400))
@example("Photo: Photo: , \xa0 By")
def test_credit_functions_never_raise(text: str) -> None:
    """On any text: a caption string, a stripped non-empty credit or None, and agreement."""
    caption, credit = split_credit(text)
    assert isinstance(caption, str)
    assert credit is None or (credit and credit == credit.strip())
    lone = standalone_credit(text)
    assert lone is None or lone == credit
