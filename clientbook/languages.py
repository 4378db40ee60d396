"""The interface languages ClientBook speaks (Qt-free, so the command line can list them)."""

# Language codes and each language's name in itself, as the settings list shows them.
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "zh_CN": "简体中文",
    "el": "Ελληνικά",
    "uk": "Українська",
}
