#include "Task.h"

#include <QTimer>

namespace Portrait {

Task::Task(QObject* parent)
    : QObject(parent)
{ }

Task::~Task() = default;

void Task::start()
{
    if (m_started || m_aborted || isFinishing()) {
        return;
    }
    m_started = true;
    QTimer::singleShot(0, this, [this]() {
        if (!isFinishing()) {
            run();
        }
    });
}

void Task::abort()
{
    if (m_aborted || isFinishing()) {
        return;
    }
    m_aborted = true;
    stop();
}

void Task::stop()
{
    finish(cancelledError());
}

GraphError Task::cancelledError()
{
    return GraphError::make(GraphError::Kind::Cancelled,
                            trMessage(staticMetaObject.className(), QT_TR_NOOP("cancelled")),
                            QStringLiteral("cancelled"));
}

bool Task::finish(const GraphError& error)
{
    if (isFinishing()) {
        return false;
    }
    if (error.isError()) {
        m_error = error;
    }
    m_state = State::Finishing;
    // Deferred: the caller of whatever led here (start(), abort(), a handler of another task) is never re-entered,
    // and a receiver of finished() may delete this task. The timer dies with the task.
    QTimer::singleShot(0, this, [this]() {
        m_state = State::Finished;
        emit finished();
    });
    return true;
}

void Task::setError(const GraphError& error)
{
    if (!isFinishing()) {
        m_error = error;
    }
}

} // namespace Portrait
