#pragma once

#include "Session.h"
#include "graph/DirectoryObject.h"
#include "graph/GraphError.h"
#include "graph/PhotoInfo.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <cstdio>
#include <memory>

namespace Portrait {

class GraphJob;

/**
 * @brief `portrait-cli`: parses the command line of CLI.md, runs one command on the shared engine and ends
 * the event loop with the contract's exit code (0 done, 1 some errors, 2 usage, 3 auth, 4 unreachable).
 *
 * Records go to stdout (JSON Lines with `--json`); human text goes to stderr.
 */
class CliApp : public QObject
{
    Q_OBJECT

public:
    enum ExitCode
    {
        Ok = 0,
        SomeErrors = 1,
        Usage = 2,
        AuthFailed = 3,
        Unreachable = 4,
    };

    explicit CliApp(QObject* parent = nullptr);
    ~CliApp() override;

    /// Parses @p arguments; returns -1 to go on with run(), or an exit code to stop now (help, version, usage).
    int parse(const QStringList& arguments);
    /// Starts the command; the event loop ends through QCoreApplication::exit() with the exit code.
    void run();

private:
    void runList();
    void runPhoto();
    void runSizes();
    void resolveThen(const ItemPath& item, std::function<void(const DirectoryObject&)> next);

    void finish(int code);
    void failWith(const GraphError& error);
    int exitCodeFor(const GraphError& error) const;
    void usageError(const QString& message);

    void printRecord(const QJsonObject& record, std::FILE* stream = stdout);
    void info(const QString& text);
    void warn(const QString& text);
    bool parseSize(const QString& text, QString* sizeId);

    QCommandLineParser m_parser;
    ConnectionOptions m_connection;
    QString m_command;
    QStringList m_args;
    bool m_json = false;
    bool m_quiet = false;
    std::unique_ptr<Session> m_session;
};

} // namespace Portrait
