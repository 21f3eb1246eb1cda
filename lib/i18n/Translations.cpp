#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "portrait.i18n", QtInfoMsg)

namespace Portrait::Translations {

namespace {

constexpr QLatin1StringView Prefix{"_"};

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(QString(ResourcePath)).entryList({QStringLiteral("portrait_*.qm")}, QDir::Files);
    for (const QString& file : files) {
        languages << file.mid(int(qstrlen("portrait_")), file.size() - int(qstrlen("portrait_.qm")));
    }
    return languages;
}

QLocale uiLocale()
{
    const QLocale system = QLocale::system();
    // Qt reads LANGUAGE even under LC_ALL=C; gettext does not, and scripts that set C expect English.
    const QByteArray all = qgetenv("LC_ALL");
    const QByteArray messages = all.isEmpty() ? qgetenv("LC_MESSAGES") : all;
    const QByteArray effective = messages.isEmpty() ? qgetenv("LANG") : messages;
    if (effective == "C" || effective.startsWith("C.") || effective == "POSIX") {
        return QLocale::c();
    }
    return system;
}

QString install(QCoreApplication* app, const QLocale& locale)
{
    if (!app || locale.language() == QLocale::C) {
        return {};
    }
    // Qt's own catalogue first: ours is installed last and so is searched first.
    auto* qt = new QTranslator(app);
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(locale, QStringLiteral("qtbase"), QString(Prefix), qtDir)) {
        QCoreApplication::installTranslator(qt);
    } else {
        qCDebug(lcI18n) << "no qtbase catalogue for" << locale.uiLanguages() << "in" << qtDir;
        delete qt;
    }
    auto* ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("portrait"), QString(Prefix), QString(ResourcePath))) {
        qCDebug(lcI18n) << "no Portrait catalogue for" << locale.uiLanguages();
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    return ours->language();
}

} // namespace Portrait::Translations
