#pragma once

#include "Session.h"
#include "base/GraphError.h"
#include "graph/DirectoryObject.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>

#include <cstdio>
#include <functional>
#include <memory>

namespace Portrait {

/// portrait-cli's exit codes (CLI.md).
enum CliExit
{
    ExitOk = 0, ///< done; principals without photos are not failures
    ExitSomeErrors = 1, ///< done, but some principals ended in `error`
    ExitUsage = 2, ///< bad option, bad address, non-loopback http://
    ExitAuth = 3, ///< authentication or authorization failed for the whole run
    ExitUnreachable = 4, ///< the service could not be reached, or the run was aborted
};

/**
 * @brief What every command shares: the parsed command line, the session, the output conventions
 * (records on stdout, JSON Lines with `--json`; human text on stderr) and the way a run ends.
 */
class CliContext : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(QObject* parent = nullptr);
    ~CliContext() override;

    QCommandLineParser& parser() { return m_parser; }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }

    bool json() const { return m_json; }
    bool quiet() const { return m_quiet; }
    void setOutputMode(bool json, bool quiet);

    Session* session() const { return m_session.get(); }
    void setSession(std::unique_ptr<Session> session);

    /// One record: a JSON line with `--json`, else nothing (commands print their own human form).
    void printRecord(const QJsonObject& record, std::FILE* stream = stdout);
    /// One record in human form: @p fields, each made terminalSafe(), separated by tabs, on one line.
    void printFields(const QStringList& fields, std::FILE* stream = stdout);
    /**
     * @brief @p text as a terminal may show it: names and messages from the directory must not drive the
     * terminal. Control characters (C0, DEL, C1; with @p keepLines not tab and newline) and the invisible
     * bidirectional controls become visible escapes (`\x1b`, `\u202e`). Every human output goes through
     * here; JSON output never does (it is exact, and JSON escapes control characters itself).
     */
    static QString terminalSafe(const QString& text, bool keepLines = false);
    /// Human progress and summaries on stderr (silenced by `-q`).
    void info(const QString& text);
    /// Problems on stderr, always.
    void warn(const QString& text);
    /// A usage error on stderr, with the hint to --help.
    void usageError(const QString& message);

    /// The exit code a run-level failure maps to (3 for auth, 4 for unreachable, else 1).
    static int exitCodeFor(const GraphError& error);
    /// Reports @p error and ends the run with exitCodeFor().
    void failWith(const GraphError& error);
    /// Ends the run: flushes the streams and leaves the event loop with @p code.
    void finish(int code);

    /// Fetches @p item (ObjectJob) and calls @p next with it; on failure ends the run with failWith().
    void resolvePrincipal(const ItemPath& item, std::function<void(const DirectoryObject&)> next);
    /**
     * @brief Reads the one ITEM argument of a command into @p item: exactly one argument, a valid address,
     * a user, group or contact. Reports a usage error with @p usage (e.g. "'photo' takes one address...")
     * and returns false otherwise.
     */
    bool parsePrincipalArgument(const QStringList& arguments, const QString& usage, ItemPath* item);
    /// Parses `--size WxH` into Graph's size id (`96x96`); false for anything else.
    static bool parseSize(const QString& text, QString* sizeId);

private:
    QCommandLineParser m_parser;
    std::unique_ptr<Session> m_session;
    bool m_json = false;
    bool m_quiet = false;
};

/**
 * @brief One `portrait-cli` command. Owns its options; validate() runs before any connection is made,
 * run() ends the run through CliContext::finish() exactly once.
 */
class CliCommand : public QObject
{
    Q_OBJECT

public:
    explicit CliCommand(CliContext& context, QObject* parent = nullptr)
        : QObject(parent)
        , m_context(context)
    { }
    ~CliCommand() override = default;

    /// The word that selects the command, e.g. `list`.
    virtual QString name() const = 0;
    /// One line for --help, e.g. `list COLLECTION [--search TEXT] [--filter ODATA] [--top N]`.
    virtual QString synopsis() const = 0;
    /// The options only this command takes.
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// False for commands that work without Graph (e.g. `diff`, `accounts`).
    virtual bool needsSession() const { return true; }
    /// Checks the positional arguments and options; returns -1 to go on, or an exit code (after usageError()).
    virtual int validate(const QStringList& arguments) = 0;
    /// Runs the command; ends with context().finish().
    virtual void run() = 0;

protected:
    CliContext& context() const { return m_context; }

private:
    CliContext& m_context;
};

} // namespace Portrait
