"""The import wizard's names for things: the fields a column can fill, file layouts,
delimiters — in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def field_labels() -> dict[str, str]:
    return {
        "": translate("ImportWizard", "(leave out)"),
        "name": translate("ImportWizard", "Full name"),
        "prefix": translate("ImportWizard", "Title (Mr, Dr…)"),
        "given_name": translate("ImportWizard", "Given name"),
        "middle_name": translate("ImportWizard", "Middle name"),
        "family_name": translate("ImportWizard", "Family name"),
        "suffix": translate("ImportWizard", "Name suffix"),
        "nickname": translate("ImportWizard", "Nickname"),
        "address_as": translate("ImportWizard", "Greet as"),
        "phone": translate("ImportWizard", "Phone"),
        "email": translate("ImportWizard", "E-mail"),
        "birthday": translate("ImportWizard", "Birthday"),
        "notes": translate("ImportWizard", "Notes"),
        "designer": translate("ImportWizard", "Designer"),
        "id": translate("ImportWizard", "ClientBook id"),
        "archived": translate("ImportWizard", "Archived"),
        "created_at": translate("ImportWizard", "Created at"),
        "updated_at": translate("ImportWizard", "Updated at"),
        "health_consent_at": translate("ImportWizard", "Consent to health notes"),
    }


def layout_label(key: str) -> str:
    return {
        "google_old": translate("ImportWizard", "Google Contacts (older export)"),
        "google": translate("ImportWizard", "Google Contacts"),
        "outlook": translate("ImportWizard", "Outlook"),
        "vcard": translate("ImportWizard", "vCard (phone contacts)"),
        "spreadsheet": translate("ImportWizard", "a spreadsheet"),
        "clientbook_clients": translate("ImportWizard", "ClientBook clients"),
        "clientbook_visits": translate("ImportWizard", "ClientBook visits"),
        "clientbook_appointments": translate("ImportWizard", "ClientBook appointments"),
        "clientbook_preferences": translate("ImportWizard", "ClientBook preferences"),
        "clientbook_promises": translate("ImportWizard", "ClientBook promises"),
    }.get(key, key)


def delimiter_labels() -> tuple[tuple[str, str], ...]:
    return (
        (",", translate("ImportWizard", "Comma ,")),
        (";", translate("ImportWizard", "Semicolon ;")),
        ("\t", translate("ImportWizard", "Tab")),
    )
