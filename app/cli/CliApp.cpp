#include "CliApp.h"

#include "AccountsCommand.h"
#include "AuditCommand.h"
#include "CliLogging.h"
#include "DiffCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "LoginCommand.h"
#include "LogoutCommand.h"
#include "PhotoCommand.h"
#include "PortraitVersion.h"
#include "SizesCommand.h"
#include "WriteCommands.h"

#include <QLoggingCategory>
#include <QSet>

namespace Portrait {

CliApp::CliApp(QObject* parent)
    : QObject(parent)
{
    // One line per command: each owns its options, validation and run.
    m_commands = {
        new ListCommand(m_context, this),   new PhotoCommand(m_context, this),  new SizesCommand(m_context, this),
        new LoginCommand(m_context, this),  new LogoutCommand(m_context, this), new AccountsCommand(m_context, this),
        new AuditCommand(m_context, this),  new DiffCommand(m_context, this),   new ExportCommand(m_context, this),
        new SetCommand(m_context, this),    new RemoveCommand(m_context, this), new UndoCommand(m_context, this),
        new ImportCommand(m_context, this),
    };
}

CliApp::~CliApp() = default;

QString CliApp::helpText() const
{
    QString commands;
    for (const CliCommand* c : m_commands) {
        commands += QStringLiteral("  ") + c->synopsis() + u'\n';
    }
    return tr("Browse and fetch Microsoft 365 / Entra ID profile photos through Microsoft Graph.\n"
              "\n"
              "Commands:\n"
              "%1"
              "\n"
              "ITEM: me, users/{id|upn}, groups/{id}, me/contacts/{id}, users/{id|upn}/contacts/{id},\n"
              "      me/contactfolders/{folderId}/contacts/{id}, "
              "users/{id|upn}/contactfolders/{folderId}/contacts/{id}\n"
              "COLLECTION: users, groups, groups/{id}/members, me/contacts, me/contactfolders,\n"
              "      me/contactfolders/{folderId}/contacts, and the same under users/{id|upn}/\n"
              "\n"
              "Exit codes: 0 done, 1 some principals ended in error, 2 usage error,\n"
              "3 authentication failed, 4 service unreachable or run aborted.")
        .arg(commands);
}

int CliApp::parse(const QStringList& arguments)
{
    QCommandLineParser& parser = m_context.parser();
    parser.setApplicationDescription(helpText());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Use the built-in demo tenant (no sign-in)."));
    const QCommandLineOption account(QStringLiteral("account"), tr("A signed-in account from the keychain."),
                                     tr("NAME"));
    const QCommandLineOption tokenEnv(QStringLiteral("access-token-env"),
                                      tr("Read the bearer token from environment variable VAR."), tr("VAR"));
    const QCommandLineOption tokenFile(QStringLiteral("access-token-file"),
                                       tr("Read the bearer token from the first line of FILE."), tr("FILE"));
    const QCommandLineOption graphUrl(
        QStringLiteral("graph-url"),
        tr("Graph root with its version, default https://graph.microsoft.com/v1.0 (http:// only for loopback)."),
        tr("URL"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("National cloud: global, usgov, usgov-dod or china."),
                                   tr("CLOUD"));
    const QCommandLineOption caCertificate(
        QStringLiteral("ca-certificate"),
        tr("Also trust the certificate authority (or self-signed certificate) in FILE (PEM) for https."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per line on stdout."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Photo requests in flight at most (default 4)."), tr("N"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), tr("Seconds without progress before a request fails (default 60)."), tr("SECONDS"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")}, tr("Log every request."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("Print only records and errors."));
    parser.addOptions({help, version, demo, account, tokenEnv, tokenFile, graphUrl, cloud, caCertificate, json,
                       concurrency, timeout, verbose, quiet});
    // Every command's options are known to the parser; each may only be used with its own command.
    QList<std::pair<QCommandLineOption, CliCommand*>> owned;
    QSet<QString> registered;
    for (CliCommand* c : m_commands) {
        for (const QCommandLineOption& o : c->options()) {
            // Shared by several commands (e.g. --size): registered once, allowed for each owner.
            if (!registered.contains(o.names().constLast())) {
                registered.insert(o.names().constLast());
                parser.addOption(o);
            }
            owned.append({o, c});
        }
    }
    parser.addPositionalArgument(QStringLiteral("command"), tr("the command and its address"), tr("COMMAND [ARGS...]"));

    if (!parser.parse(arguments)) {
        m_context.usageError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return ExitOk;
    }
    if (parser.isSet(version)) {
        std::fprintf(stdout, "portrait-cli %s\n", PORTRAIT_VERSION);
        return ExitOk;
    }
    m_context.setOutputMode(parser.isSet(json), parser.isSet(quiet));
    if (parser.isSet(verbose)) {
        QLoggingCategory::setFilterRules(QStringLiteral("portrait.*.debug=true"));
    }

    ConnectionOptions connection;
    connection.demo = parser.isSet(demo);
    connection.account = parser.value(account);
    connection.accessTokenEnv = parser.value(tokenEnv);
    connection.accessTokenFile = parser.value(tokenFile);
    connection.graphUrl = parser.value(graphUrl);
    connection.caCertificateFile = parser.value(caCertificate);
    if (parser.isSet(cloud)) {
        if (!cloudFromName(parser.value(cloud), &connection.cloud)) {
            m_context.usageError(
                tr("unknown cloud '%1': use global, usgov, usgov-dod or china").arg(parser.value(cloud)));
            return ExitUsage;
        }
        connection.cloudGiven = true;
    }
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            m_context.usageError(tr("--timeout takes a number of seconds from 1 to 3600"));
            return ExitUsage;
        }
        connection.timeoutSeconds = seconds;
    }
    if (parser.isSet(concurrency)) {
        bool ok = false;
        const int n = parser.value(concurrency).toInt(&ok);
        if (!ok || n <= 0 || n > 64) {
            m_context.usageError(tr("--concurrency takes a number from 1 to 64"));
            return ExitUsage;
        }
        connection.concurrency = n;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_context.usageError(tr("no command given"));
        return ExitUsage;
    }
    for (CliCommand* c : m_commands) {
        if (c->name() == positional.first()) {
            m_command = c;
        }
    }
    if (!m_command) {
        m_context.usageError(tr("unknown command '%1'").arg(positional.first()));
        return ExitUsage;
    }
    for (const auto& [option, command] : owned) {
        if (parser.isSet(option)) {
            bool allowed = false;
            for (const auto& [o, c] : owned) {
                allowed = allowed || (c == m_command && o.names() == option.names());
            }
            if (!allowed) {
                m_context.usageError(
                    tr("--%1 is not an option of '%2'").arg(option.names().constLast(), m_command->name()));
                return ExitUsage;
            }
        }
    }
    // Arguments are checked before anything connects.
    const int verdict = m_command->validate(positional.mid(1));
    if (verdict >= 0) {
        return verdict;
    }
    qCDebug(lcCli).noquote() << "command" << m_command->name() << positional.mid(1).join(u' ');
    if (!m_command->needsSession()) {
        return -1;
    }
    Session::Failure failure = Session::Failure::None;
    QString error;
    std::unique_ptr<Session> session = Session::open(connection, &failure, &error);
    if (!session) {
        m_context.warn(error);
        switch (failure) {
        case Session::Failure::Usage:
            return ExitUsage;
        case Session::Failure::Auth:
            return ExitAuth;
        default:
            return ExitUnreachable;
        }
    }
    qCDebug(lcCli).noquote() << "connected:" << session->description();
    if (session->isDemo()) {
        m_context.info(tr("Using the %1.").arg(session->description()));
    }
    m_context.setSession(std::move(session));
    return -1;
}

void CliApp::run()
{
    m_command->run();
}

} // namespace Portrait
