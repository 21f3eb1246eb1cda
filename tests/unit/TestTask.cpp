// Task: finished() is deferred and emitted exactly once, abort() before and after the end, error() kept, and a task
// destroyed while its finished() is on its way emits nothing (CONTRIBUTING.md, "A job").
#include "base/Task.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Portrait;

namespace {

/// A task whose run() and stop() do what the test says, and that lets the test finish it.
class ProbeTask : public Task
{
public:
    using Task::finish;
    using Task::isFinishing;
    using Task::setError;

    std::function<void()> onRun;
    std::function<void()> onStop; ///< empty: the default (finish Cancelled)
    int runs = 0;
    int stops = 0;

protected:
    void run() override
    {
        ++runs;
        if (onRun) {
            onRun();
        }
    }
    void stop() override
    {
        ++stops;
        if (onStop) {
            onStop();
        } else {
            Task::stop();
        }
    }
};

GraphError httpError(int status)
{
    return GraphError::http(status, R"({"error":{"code":"Nope","message":"no"}})");
}

/// Runs the event loop until everything posted before this call has been delivered.
void drainPosted()
{
    bool reached = false;
    QTimer::singleShot(0, [&reached]() { reached = true; });
    QTRY_VERIFY(reached);
}

} // namespace

class TestTask : public QObject
{
    Q_OBJECT

private slots:
    void runsOnceOnTheNextTurn();
    void finishedIsDeferredFromRun();
    void finishedIsDeferredFromFinish();
    void finishedExactlyOnce();
    void firstErrorIsKept();
    void setErrorIsReportedByFinish();
    void abortBeforeStart();
    void abortWhileRunning();
    void abortAfterFinishIsANoOp();
    void abortWhileFinishedIsOnItsWay();
    void stopMayFinishLater();
    void destroyedWhileFinishing();
    void deletedInItsFinishedHandler();
};

void TestTask::runsOnceOnTheNextTurn()
{
    ProbeTask task;
    task.start();
    task.start();
    QCOMPARE(task.runs, 0); // not from within start()
    drainPosted();
    QCOMPARE(task.runs, 1);
    task.start();
    drainPosted();
    QCOMPARE(task.runs, 1);
}

void TestTask::finishedIsDeferredFromRun()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    int countInRun = -1;
    task.onRun = [&]() {
        task.finish();
        countInRun = finished.count();
    };
    task.start();
    QVERIFY(finished.wait());
    QCOMPARE(countInRun, 0);
    QCOMPARE(finished.count(), 1);
    QVERIFY(task.isFinished());
    QVERIFY(!task.hasError());
}

void TestTask::finishedIsDeferredFromFinish()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    QVERIFY(task.finish());
    QCOMPARE(finished.count(), 0);
    QVERIFY(task.isFinishing());
    QVERIFY(!task.isFinished()); // finished() has not been emitted yet
    QVERIFY(finished.wait());
    QVERIFY(task.isFinished());
}

void TestTask::finishedExactlyOnce()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.onRun = [&]() {
        task.finish();
        QVERIFY(!task.finish());
    };
    task.start();
    QVERIFY(finished.wait());
    QVERIFY(!task.finish()); // after finished() too
    task.abort();
    drainPosted();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(task.stops, 0);
}

void TestTask::firstErrorIsKept()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    QVERIFY(task.finish(httpError(404)));
    QVERIFY(!task.finish(httpError(500)));
    QVERIFY(!task.finish());
    task.setError(httpError(503));
    QVERIFY(finished.wait());
    QVERIFY(task.hasError());
    QCOMPARE(task.error().kind, GraphError::Kind::Http);
    QCOMPARE(task.error().httpStatus, 404);
    QCOMPARE(task.error().code, QStringLiteral("Nope"));
    drainPosted();
    QCOMPARE(task.error().httpStatus, 404);
    QCOMPARE(finished.count(), 1);
}

void TestTask::setErrorIsReportedByFinish()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.setError(httpError(403));
    task.finish(); // no error of its own: the one set before stands
    QVERIFY(finished.wait());
    QCOMPARE(task.error().httpStatus, 403);
}

void TestTask::abortBeforeStart()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.abort();
    QCOMPARE(finished.count(), 0); // not from within abort()
    task.start();
    QVERIFY(finished.wait());
    drainPosted();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(task.runs, 0);
    QVERIFY(task.wasCancelled());
    QCOMPARE(task.error().code, QStringLiteral("cancelled"));
    QCOMPARE(task.error().message, QStringLiteral("cancelled"));
}

void TestTask::abortWhileRunning()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.start();
    QTRY_COMPARE(task.runs, 1);
    task.abort();
    task.abort();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(task.stops, 1);
    QVERIFY(finished.wait());
    QVERIFY(task.wasCancelled());
    task.finish(httpError(500)); // work that ends after the abort changes nothing
    drainPosted();
    QCOMPARE(finished.count(), 1);
    QVERIFY(task.wasCancelled());
}

void TestTask::abortAfterFinishIsANoOp()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.onRun = [&]() { task.finish(); };
    task.start();
    QVERIFY(finished.wait());
    task.abort();
    drainPosted();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(task.stops, 0);
    QVERIFY(!task.hasError()); // a success stays a success
}

void TestTask::abortWhileFinishedIsOnItsWay()
{
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.finish(httpError(404));
    task.abort(); // the outcome is decided: the abort comes too late
    QCOMPARE(task.stops, 0);
    QVERIFY(finished.wait());
    drainPosted();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(task.error().httpStatus, 404);
}

void TestTask::stopMayFinishLater()
{
    // A task with work it must see through (a file being written) finishes when that is done, not at abort().
    ProbeTask task;
    QSignalSpy finished(&task, &Task::finished);
    task.onStop = []() {};
    task.start();
    QTRY_COMPARE(task.runs, 1);
    task.abort();
    task.abort();
    QCOMPARE(task.stops, 1);
    drainPosted();
    QCOMPARE(finished.count(), 0);
    task.finish(Task::cancelledError());
    QVERIFY(finished.wait());
    QVERIFY(task.wasCancelled());
}

void TestTask::destroyedWhileFinishing()
{
    auto* task = new ProbeTask;
    bool emitted = false;
    connect(task, &Task::finished, this, [&emitted]() { emitted = true; });
    task->finish(httpError(500));
    delete task;
    drainPosted();
    QVERIFY(!emitted);
}

void TestTask::deletedInItsFinishedHandler()
{
    auto* task = new ProbeTask;
    QPointer<ProbeTask> watch(task);
    int handled = 0;
    connect(task, &Task::finished, this, [&handled, task]() {
        ++handled;
        delete task;
    });
    task->onRun = [task]() { task->finish(); };
    task->start();
    QTRY_VERIFY(watch.isNull());
    drainPosted();
    QCOMPARE(handled, 1);
}

QTEST_GUILESS_MAIN(TestTask)
#include "TestTask.moc"
