"""The pre-visit briefing card: on screen, its words, printed and as PDF."""
