#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace Portrait::Test {

/// What one run of a command-line program left behind.
struct CliResult
{
    int exitCode = -1; ///< -1 when it crashed, was killed or timed out
    QByteArray out;
    QByteArray err;
    bool killed = false; ///< stopped on purpose by CliRunOptions::killAfterLines
    bool interrupted = false; ///< sent SIGINT by CliRunOptions::interruptAfterLines
    /// stdout as JSON lines (`--json`), blank lines skipped.
    QList<QJsonObject> records() const;
};

struct CliRunOptions
{
    int timeoutMs = 60000;
    /// SIGKILL the program once stdout has this many lines (0: never).
    int killAfterLines = 0;
    /// SIGINT the program (as Ctrl+C does) once stdout has this many lines (0: never).
    int interruptAfterLines = 0;
    /// Added to (or replacing in) the test's own environment.
    QProcessEnvironment extraEnv;
};

/**
 * @brief Runs @p program with @p args and collects its output. Waits by spinning the event loop, never by
 * blocking: tests serve the emulator from their own thread.
 */
CliResult runCli(const QString& program, const QStringList& args, const CliRunOptions& options = {});

} // namespace Portrait::Test
