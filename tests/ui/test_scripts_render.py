"""Names in Chinese, Greek and Cyrillic render with real glyphs, not empty boxes."""

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

NAMES = ["王小明", "Ζωή Παπαδοπούλου", "Олена Шевченко"]


def test_an_installed_font_has_a_glyph_for_every_letter_of_our_clients_names(qapp):
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        pytest.skip("no CJK font installed (Debian: fonts-wqy-microhei; .ci/run installs it)")
    metrics = [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]
    for name in NAMES:
        for char in name.replace(" ", ""):
            assert any(m.inFontUcs4(ord(char)) for m in metrics), f"no glyph for {char!r}"
