"""Quick due times for promises, against a fixed now."""

from datetime import datetime

from clientbook.domain.scheduling.due_times import end_of_day, friday, in_one_hour, tomorrow_morning

SUNDAY_MORNING = datetime(2026, 11, 22, 9, 12, 30)


def test_quick_due_times_from_a_sunday_morning():
    assert in_one_hour(SUNDAY_MORNING) == datetime(2026, 11, 22, 10, 12)
    assert end_of_day(SUNDAY_MORNING) == datetime(2026, 11, 22, 17, 0)
    assert tomorrow_morning(SUNDAY_MORNING) == datetime(2026, 11, 23, 10, 0)
    assert friday(SUNDAY_MORNING) == datetime(2026, 11, 27, 17, 0)


def test_after_five_end_of_day_is_tomorrows_and_on_friday_it_is_next_weeks():
    assert end_of_day(datetime(2026, 11, 22, 18, 0)) == datetime(2026, 11, 23, 17, 0)
    assert friday(datetime(2026, 11, 27, 9, 0)) == datetime(2026, 12, 4, 17, 0)
