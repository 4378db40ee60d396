"""The Today page: today's appointments with what needs attention, beside the card."""
