"""Two desks open one server book: what one writes, the other reads."""

from __future__ import annotations

from clientbook.domain.models import Client


def test_a_client_added_at_one_desk_is_found_at_the_other(open_desk):
    front, office = open_desk("front"), open_desk("office")
    front.clients.add(Client(display_name="Ирина Ковальчук"))
    assert [r.name for r in office.search("ирина")] == ["Ирина Ковальчук"]
