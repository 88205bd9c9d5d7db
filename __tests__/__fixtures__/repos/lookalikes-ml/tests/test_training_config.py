"""The training timetable of the support team (shifts), not a model."""
import datetime as dt


def training_sessions(start: dt.date, weeks: int) -> list[dt.date]:
    return [start + dt.timedelta(weeks=i) for i in range(weeks)]


def test_train_new_staff_weekly():
    sessions = training_sessions(dt.date(2024, 1, 1), 4)
    assert len(sessions) == 4
    assert sessions[-1] - sessions[0] == dt.timedelta(weeks=3)


def test_baseline_schedule_starts_on_monday():
    assert training_sessions(dt.date(2024, 1, 1), 1)[0].weekday() == 0
