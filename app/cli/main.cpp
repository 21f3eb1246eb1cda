#include "CliApp.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portrait-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Portrait"));
    // Messages, help and errors follow the user's locale; the machine-readable output (JSON, CSV) never does.
    Portrait::Translations::install(&app);

    Portrait::CliApp cli;
    const int early = cli.parse(QCoreApplication::arguments());
    if (early >= 0) {
        return early;
    }
    QTimer::singleShot(0, &cli, &Portrait::CliApp::run);
    return app.exec();
}
