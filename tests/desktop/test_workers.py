"""The background helper delivers even the fastest job's result to slots
connected right after submit() (STYLE.md habit 6)."""

from desktop.workers import Workers


def test_an_instant_job_reaches_slots_connected_after_submit(qtbot):
    workers = Workers()
    got = []
    job = workers.submit(lambda cancelled: 42)
    job.finished.connect(got.append)  # connected after the job may already have run
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert got == [42]


def test_an_instant_failure_reaches_slots_connected_after_submit(qtbot):
    workers = Workers()
    errors = []

    def boom(cancelled):
        raise ValueError("x")

    job = workers.submit(boom)
    job.failed.connect(lambda exc, details: errors.append(type(exc)))
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert errors == [ValueError]


def test_cancelled_job_emits_no_result(qtbot):
    workers = Workers()
    got = []
    job = workers.submit(lambda cancelled: 1)
    job.finished.connect(got.append)
    job.cancel()
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert got == []
