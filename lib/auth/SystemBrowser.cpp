#include "SystemBrowser.h"

#include "auth/AuthLogging.h"

#include <QDesktopServices>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QProcess>

namespace Portrait {

QList<QStringList> SystemBrowser::commands(const QUrl& url, const QProcessEnvironment& environment)
{
    const QString target = QString::fromLatin1(url.toEncoded());
    QList<QStringList> result;
    const QStringList browsers = environment.value(QStringLiteral("BROWSER")).split(u':', Qt::SkipEmptyParts);
    for (const QString& browser : browsers) {
        QStringList command = QProcess::splitCommand(browser);
        if (command.isEmpty()) {
            continue;
        }
        bool placed = false;
        for (QString& argument : command) {
            if (argument.contains(QLatin1String("%s"))) {
                argument.replace(QLatin1String("%s"), target);
                placed = true;
            }
        }
        if (!placed) {
            command.append(target);
        }
        result.append(command);
    }
    result.append({QStringLiteral("xdg-open"), target});
    return result;
}

bool SystemBrowser::open(const QUrl& url)
{
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        return QDesktopServices::openUrl(url);
    }
    for (QStringList command : commands(url, QProcessEnvironment::systemEnvironment())) {
        const QString program = command.takeFirst();
        if (QProcess::startDetached(program, command)) {
            qCDebug(lcAuth).noquote() << "started" << program << "to open the sign-in page";
            return true;
        }
        qCDebug(lcAuth).noquote() << "could not start" << program;
    }
    return false;
}

} // namespace Portrait
