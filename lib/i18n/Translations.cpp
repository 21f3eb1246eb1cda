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
    const auto isC = [](const QByteArray& name) { return name == "C" || name.startsWith("C.") || name == "POSIX"; };
    // LC_ALL or LC_MESSAGES set to C is a script asking for English: it wins over LANGUAGE, as with gettext.
    const QByteArray all = qgetenv("LC_ALL");
    const QByteArray messages = all.isEmpty() ? qgetenv("LC_MESSAGES") : all;
    if (isC(messages)) {
        return QLocale::c();
    }
    // LANGUAGE comes next (README): also over LANG=C.UTF-8, the default of many containers and minimal systems,
    // under which `LANGUAGE=de portrait` would otherwise stay English. Its first language we have wins.
    if (messages.isEmpty()) {
        const QList<QByteArray> languages = qgetenv("LANGUAGE").split(':');
        const QStringList ours = availableLanguages();
        for (const QByteArray& language : languages) {
            const QLocale locale(QString::fromLatin1(language));
            if (!language.isEmpty() && locale.language() != QLocale::C
                && (ours.contains(locale.name()) || ours.contains(locale.name().section(u'_', 0, 0)))) {
                return isC(qgetenv("LANG")) ? locale : QLocale::system();
            }
        }
    }
    if (isC(messages.isEmpty() ? qgetenv("LANG") : messages)) {
        return QLocale::c();
    }
    return QLocale::system();
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
