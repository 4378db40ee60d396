"""Headings that wrap so a wide table of figures fits its width without sideways scrolling."""

from __future__ import annotations

import re
from itertools import combinations, pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from clientbook.ui.widgets.formats import is_cjk

MAX_LINES = 3


_TOKEN = re.compile(r"(\s*)([\u3000-\u9fff\uff00-\uffef]|[^\s\u3000-\u9fff\uff00-\uffef]+)")


def words_of(heading: str) -> list[str]:
    """The pieces a heading may break between, each with the space before it: words, and
    single Chinese characters (which break anywhere); a sign and a number stay with what
    follows them ("≤ 90 days")."""
    words: list[str] = []
    for space, word in _TOKEN.findall(heading):
        last = words[-1].strip() if words else ""
        if last and (last[-1].isdigit() or (len(last) == 1 and not last.isalnum()
                     and not is_cjk(last))):
            words[-1] += (" " if space else "") + word
        else:
            words.append((" " if space and words else "") + word)
    return words


def wrappings(heading: str, lines: int) -> list[str]:
    """Every way to break the heading into `lines` lines between its pieces."""
    words = words_of(heading)
    if lines > len(words):
        return []
    found = []
    for breaks in combinations(range(1, len(words)), lines - 1):
        cuts = (0, *breaks, len(words))
        found.append("\n".join("".join(words[a:b]).strip() for a, b in pairwise(cuts)))
    return found


class HeadingFit(QObject):
    """Keeps `view`'s columns within its width. Every heading takes as few lines as let the
    whole table fit (up to three, the header as tall as the tallest); each column is as wide
    as its heading or its figures need, and the first column takes what is left. Where even
    three lines do not fit (1024 px) the table scrolls smoothly and the first column keeps the
    width its text needs, so a period is never cut short.

    The model shows the breaks: it has `headers()` (the plain headings) and
    `set_heading_lines(texts)`."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._fitting = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(24)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.fit()
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        view, model = self.view, self.view.model()
        header = view.horizontalHeader()
        headings = model.headers()
        columns = len(headings)
        data = [view.sizeHintForColumn(c) for c in range(columns)]
        # options[c][n - 1]: the narrowest (width, text) of heading c on at most n lines
        options: list[list[tuple[int, str]]] = []
        trial = list(headings)
        for c, heading in enumerate(headings):
            best: list[tuple[int, str]] = []
            for lines in range(1, MAX_LINES + 1):
                measured = []
                for text in wrappings(heading, lines):
                    trial[c] = text
                    model.set_heading_lines(trial)
                    hint = header.sectionSizeHint(c)
                    measured.append((max(hint, data[c]), hint, text))
                # The narrowest; among as narrow (the figures decide), the evenest lines.
                best_here = min(measured, default=None)
                here = None if best_here is None else (best_here[0], best_here[2])
                if here is None or (best and here[0] >= best[-1][0]):
                    here = best[-1] if best else (data[c], heading)  # fewer lines: as narrow
                best.append(here)
            trial[c] = heading
            options.append(best)
        room = view.viewport().width()
        for lines in range(1, MAX_LINES + 1):
            chosen = [option[lines - 1] for option in options]
            if sum(width for width, _text in chosen) <= room:
                break
        # Room to spare: headings that can, take fewer lines (not three when two fit).
        spare = room - sum(width for width, _text in chosen)
        for c, option in enumerate(options):
            for fewer in option[:lines - 1]:
                if fewer[1].count("\n") < chosen[c][1].count("\n") \
                        and fewer[0] - chosen[c][0] <= spare:
                    spare -= fewer[0] - chosen[c][0]
                    chosen[c] = fewer
                    break
        model.set_heading_lines([text for _width, text in chosen])
        widths = [width for width, _text in chosen]
        widths[0] = max(widths[0], room - sum(widths[1:]))
        for c, width in enumerate(widths):
            if header.sectionSize(c) != width:
                header.resizeSection(c, width)
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
