#include "CliApp.h"

#include <QCoreApplication>
#include <QTimer>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portrait-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Portrait"));

    Portrait::CliApp cli;
    const int early = cli.parse(QCoreApplication::arguments());
    if (early >= 0) {
        return early;
    }
    QTimer::singleShot(0, &cli, &Portrait::CliApp::run);
    return app.exec();
}
