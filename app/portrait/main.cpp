// portrait: the GUI. Thin: parse the command line, open the session, show the main window.

#include "AppSettings.h"
#include "MainWindow.h"
#include "PortraitVersion.h"
#include "Session.h"
#include "graph/Cloud.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>

#include <cstdio>

using namespace Portrait;

int main(int argc, char* argv[])
{
    QApplication::setApplicationName(QStringLiteral("portrait"));
    QApplication::setApplicationDisplayName(QStringLiteral("Portrait"));
    QApplication::setApplicationVersion(QStringLiteral(PORTRAIT_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Portrait"));

    // Parsed before QApplication exists so that --help, --version and usage errors work without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(PORTRAIT_DESCRIPTION));
    // Not addHelpOption()/addVersionOption(): -v is --verbose in all three programs, and --help-all would list
    // Qt's own options, which this parser (run before QApplication exists) does not accept.
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Displays help on commandline options."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Displays version information."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QStringLiteral("Open the built-in demo tenant (served in-process on 127.0.0.1; works offline)."));
    const QCommandLineOption graphUrlOption(QStringLiteral("graph-url"),
                                            QStringLiteral("The Graph root, e.g. https://graph.microsoft.com/v1.0."),
                                            QStringLiteral("URL"));
    const QCommandLineOption tokenEnvOption(QStringLiteral("access-token-env"),
                                            QStringLiteral("Read a bearer token from the environment variable VAR."),
                                            QStringLiteral("VAR"));
    const QCommandLineOption tokenFileOption(QStringLiteral("access-token-file"),
                                             QStringLiteral("Read a bearer token from the first line of FILE."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(
        {QStringLiteral("v"), QStringLiteral("verbose")},
        QStringLiteral("Log debug messages of every portrait.* category (QT_LOGGING_RULES takes precedence)."));
    parser.addOptions(
        {helpOption, versionOption, demoOption, graphUrlOption, tokenEnvOption, tokenFileOption, verboseOption});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "portrait: %s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        // No application object yet, so Qt cannot name the program itself.
        QString help = parser.helpText();
        help.replace(QStringLiteral("<executable_name>"), QStringLiteral("portrait"));
        std::fputs(qUtf8Printable(help), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("portrait %s\n", PORTRAIT_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "portrait: unexpected argument '%s'\n",
                     qUtf8Printable(parser.positionalArguments().first()));
        return 2;
    }

    if (parser.isSet(graphUrlOption)) {
        // Checked before anything else so that a bad URL is reported (exit 2) even without a display.
        QString rootError;
        if (!GraphRoot::parse(parser.value(graphUrlOption), &rootError).isValid()) {
            std::fprintf(stderr, "portrait: bad --graph-url: %s\n", qUtf8Printable(rootError));
            return 2;
        }
    }

    if (parser.isSet(verboseOption)) {
        // Rules from QT_LOGGING_RULES and the logging configuration files are applied after these.
        QLoggingCategory::setFilterRules(QStringLiteral("portrait.*.debug=true"));
    }

    // The session (and the demo emulator's server) needs the application's event loop: create it first.
    QApplication app(argc, argv);
    // The installed desktop entry and hicolor icon share this id (packaging/linux); the window manager and
    // Wayland compositors match the window to them by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.portrait.Portrait"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.portrait.Portrait"),
                                                 QIcon(QStringLiteral(":/portrait/icons/portrait.svg"))));
    AppSettings::applyProxy(AppSettings::proxy()); // Preferences → Network; the system proxy by default

    ConnectionOptions options;
    options.demo = parser.isSet(demoOption);
    options.graphUrl = parser.value(graphUrlOption);
    options.accessTokenEnv = parser.value(tokenEnvOption);
    options.accessTokenFile = parser.value(tokenFileOption);
    options.concurrency = AppSettings::concurrency();
    const bool connect
        = options.demo || parser.isSet(graphUrlOption) || parser.isSet(tokenEnvOption) || parser.isSet(tokenFileOption);
    std::unique_ptr<Session> session;
    if (connect) {
        Session::Failure failure = Session::Failure::None;
        QString error;
        session = Session::open(options, &failure, &error);
        if (!session) {
            std::fprintf(stderr, "portrait: %s\n", qUtf8Printable(error));
            return failure == Session::Failure::Usage ? 2 : failure == Session::Failure::Auth ? 3 : 4;
        }
    }

    MainWindow window;
    if (session) {
        window.openSession(std::move(session));
    } else {
        window.restoreLastAccount(); // the account used last time, if any; else the welcome page
    }
    window.show();
    return app.exec();
}
