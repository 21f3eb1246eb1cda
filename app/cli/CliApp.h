#pragma once

#include "CliContext.h"

#include <QObject>
#include <QStringList>

#include <vector>

namespace Portrait {

/**
 * @brief `portrait-cli`: the global options of CLI.md, and a dispatcher to the commands (one CliCommand
 * subclass each). Ends the event loop with the contract's exit code.
 */
class CliApp : public QObject
{
    Q_OBJECT

public:
    explicit CliApp(QObject* parent = nullptr);
    ~CliApp() override;

    /// Parses @p arguments; returns -1 to go on with run(), or an exit code to stop now (help, version, usage).
    int parse(const QStringList& arguments);
    /// Starts the chosen command; the event loop ends through QCoreApplication::exit().
    void run();

private:
    QString helpText() const;

    CliContext m_context;
    std::vector<CliCommand*> m_commands; ///< owned through QObject parenting
    CliCommand* m_command = nullptr;
};

} // namespace Portrait
