// portrait: the GUI. Thin: parse the command line, open the session, show the main window.

#include "AppSettings.h"
#include "MainWindow.h"
#include "PortraitVersion.h"
#include "Session.h"
#include "base/Cloud.h"
#include "i18n/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>

#include <cstdio>

using namespace Portrait;

namespace {

/// The GUI's own options (besides --help and --version), described in the current language.
QList<QCommandLineOption> portraitOptions()
{
    // Not addHelpOption()/addVersionOption(): -v is --verbose in all three programs, and --help-all would list
    // Qt's own options, which the first parser (run before QApplication exists) does not accept.
    return {
        QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                           QCoreApplication::translate("main", "Displays help on commandline options.")),
        QCommandLineOption(QStringLiteral("version"),
                           QCoreApplication::translate("main", "Displays version information.")),
        QCommandLineOption(
            QStringLiteral("demo"),
            QCoreApplication::translate(
                "main", "Open the built-in demo tenant (served in-process on 127.0.0.1; works offline).")),
        QCommandLineOption(
            QStringLiteral("graph-url"),
            QCoreApplication::translate("main", "The Graph root, e.g. https://graph.microsoft.com/v1.0."),
            QStringLiteral("URL")),
        QCommandLineOption(
            QStringLiteral("access-token-env"),
            QCoreApplication::translate("main", "Read a bearer token from the environment variable VAR."),
            QStringLiteral("VAR")),
        QCommandLineOption(QStringLiteral("access-token-file"),
                           QCoreApplication::translate("main", "Read a bearer token from the first line of FILE."),
                           QStringLiteral("FILE")),
        QCommandLineOption({QStringLiteral("v"), QStringLiteral("verbose")},
                           QCoreApplication::translate("main",
                                                       "Log debug messages of every portrait.* category "
                                                       "(QT_LOGGING_RULES takes precedence).")),
    };
}

/**
 * @brief What is wrong with the command line, in the user's language, or empty when nothing is.
 *
 * Run once before QApplication exists (English: no catalogue is loaded yet, but that only decides whether there
 * is an error) and again, when there is one, under a core application that has loaded the catalogues (Portrait's
 * and Qt's own, which translate QCommandLineParser's messages): no display is needed for either.
 */
QString commandLineError(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(portraitOptions());
    if (!parser.parse(arguments)) {
        return parser.errorText();
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        return {};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return QCoreApplication::translate("main", "unexpected argument '%1'")
            .arg(parser.positionalArguments().constFirst());
    }
    if (parser.isSet(QStringLiteral("graph-url"))) {
        QString rootError;
        if (!GraphRoot::parse(parser.value(QStringLiteral("graph-url")), &rootError).isValid()) {
            return QCoreApplication::translate("main", "bad --graph-url: %1").arg(rootError);
        }
    }
    return {};
}

} // namespace

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
    const QList<QCommandLineOption> guiOptions = portraitOptions();
    const QCommandLineOption& helpOption = guiOptions.at(0);
    const QCommandLineOption& versionOption = guiOptions.at(1);
    const QCommandLineOption& demoOption = guiOptions.at(2);
    const QCommandLineOption& graphUrlOption = guiOptions.at(3);
    const QCommandLineOption& tokenEnvOption = guiOptions.at(4);
    const QCommandLineOption& tokenFileOption = guiOptions.at(5);
    const QCommandLineOption& verboseOption = guiOptions.at(6);
    parser.addOptions(guiOptions);
    if (!commandLineError(arguments).isEmpty()) {
        // Said in the user's language, like everything after the window opens; checked before anything else so
        // that a bad command line (or --graph-url) is reported, exit 2, even without a display.
        QCoreApplication errorApp(argc, argv);
        Translations::install(&errorApp);
        std::fprintf(stderr, "portrait: %s\n", qUtf8Printable(commandLineError(arguments)));
        return 2;
    }
    parser.parse(arguments); // cannot fail: commandLineError() found nothing
    if (parser.isSet(helpOption)) {
        // A core application (no display needed) loads the catalogues, so that the help speaks the user's language:
        // the options are described again once the translators are in place.
        QCoreApplication helpApp(argc, argv);
        Translations::install(&helpApp);
        QCommandLineParser translated;
        translated.setApplicationDescription(
            QCoreApplication::translate("main", "Browse, audit and export Microsoft 365 / Entra ID profile photos"));
        translated.addOptions(portraitOptions());
        QString help = translated.helpText();
        help.replace(QStringLiteral("<executable_name>"), QStringLiteral("portrait"));
        std::fputs(qUtf8Printable(help), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("portrait %s\n", PORTRAIT_VERSION);
        return 0;
    }

    if (parser.isSet(verboseOption)) {
        // Rules from QT_LOGGING_RULES and the logging configuration files are applied after these.
        QLoggingCategory::setFilterRules(QStringLiteral("portrait.*.debug=true"));
    }

    // The session (and the demo emulator's server) needs the application's event loop: create it first.
    QApplication app(argc, argv);
    Translations::install(&app);
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
