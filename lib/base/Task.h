#pragma once

#include "base/GraphError.h"

#include <QObject>

namespace Portrait {

/**
 * @brief The one way an asynchronous piece of work ends (CONTRIBUTING.md, "A job"): a Graph job, a walk over
 * scopes, an audit, an export, a sign-in.
 *
 * - start() returns at once; run() is called on the next turn of the event loop, once. A second start() does
 *   nothing.
 * - finished() is emitted exactly once, and always deferred: never from within start(), abort() or any call its
 *   caller is still inside, and never from within finish(). So a handler may delete the task, and a caller may
 *   connect after starting.
 * - The first finish() decides: error() is its error (none on success) and later finish() calls are ignored.
 * - abort() before the end stops the work (stop()); by default the task then finishes with a Cancelled error.
 *   After finish() it is a no-op, whether finished() has been emitted yet or not.
 * - Destroying the task while finished() is on its way is safe: nothing is emitted.
 *
 * error() and the subclass's results are valid after finished(). The caller owns the task (parent it, or
 * deleteLater() it in the finished() handler).
 */
class Task : public QObject
{
    Q_OBJECT

public:
    explicit Task(QObject* parent = nullptr);
    ~Task() override;

    /// Starts the work on the next event-loop turn. Calling it twice, or after abort(), does nothing.
    void start();
    /// Stops the work; unless the task has finished, finished() follows with a Cancelled error (see stop()).
    void abort();

    /// Whether finished() has been emitted.
    bool isFinished() const { return m_state == State::Finished; }
    /// Why the task failed; valid after finished(), a default GraphError on success.
    const GraphError& error() const { return m_error; }
    bool hasError() const { return m_error.isError(); }
    bool wasCancelled() const { return m_error.kind == GraphError::Kind::Cancelled; }

    /// The error abort() finishes with: kind Cancelled, code `cancelled`, "cancelled" in the user's language.
    static GraphError cancelledError();

signals:
    /// Emitted exactly once, on an event-loop turn of its own.
    void finished();

protected:
    /// The work; called once, from the event loop, after start() (not when the task was aborted first).
    virtual void run() = 0;
    /**
     * @brief What abort() does while the task has not finished; called once. By default finish(cancelledError()).
     * An override stops its work and finishes now or, when something under way must be seen through (a file
     * being written), when that is done.
     */
    virtual void stop();

    /**
     * @brief Ends the task with @p error (a default GraphError: success, or the error setError() left).
     * finished() follows on the next event-loop turn. Only the first call counts; returns whether this was it.
     */
    bool finish(const GraphError& error = {});
    /// Records an error that a later finish() reports; ignored once the task is finishing.
    void setError(const GraphError& error);
    /// Whether finish() was called: finished() has been emitted or is on its way, and nothing changes the outcome.
    bool isFinishing() const { return m_state != State::Running; }
    /// Whether abort() was called.
    bool isAborted() const { return m_aborted; }
    /// Whether start() was called.
    bool isStarted() const { return m_started; }

private:
    enum class State
    {
        Running,
        Finishing,
        Finished,
    };

    GraphError m_error;
    State m_state = State::Running;
    bool m_started = false;
    bool m_aborted = false;
};

} // namespace Portrait
