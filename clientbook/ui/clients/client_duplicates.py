"""Before a client is saved: ask when they look like someone already in the book."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clientbook.domain import folding
from clientbook.domain.models import Client
from clientbook.domain.words import fill
from clientbook.services.book import Book
from clientbook.ui import msgbox

translate = QCoreApplication.translate


def needs_check(before: Client | None, client: Client) -> bool:
    """A new client, or one whose name or phone numbers changed."""
    if before is None:
        return True
    return folding.name_key(client.display_name) != folding.name_key(before.display_name) or sorted(
        map(folding.phone_digits, client.phones)
    ) != sorted(map(folding.phone_digits, before.phones))


def confirm(parent: QWidget, book: Book, client: Client) -> bool:
    """Ask before saving someone who looks like an existing client; True to go ahead."""
    duplicates = book.clients.duplicates_of(client)
    if not duplicates:
        return True
    names = []
    for duplicate in duplicates[:3]:
        other = duplicate.client
        what = (
            translate("ClientDialog", "name and phone number")
            if duplicate.same_name and duplicate.same_phone
            else translate("ClientDialog", "name")
            if duplicate.same_name
            else translate("ClientDialog", "phone number")
        )
        who = f"{other.display_name} ({other.phones[0]})" if other.phones else other.display_name
        names.append(
            translate("ClientDialog", "{who} already has the same {what}.").format(
                who=who, what=what
            )
        )
    if len(duplicates) > 3:
        names.append(fill(translate("ClientDialog", "…and more. Similar clients in all: %1."),
                          [len(duplicates)]))
    text = "\n".join(names) + "\n\n" + translate("ClientDialog", "Save anyway?")
    return msgbox.ask(parent, translate("ClientDialog", "Possible duplicate client"), text)
