#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Portrait::Translations {

// Where the compiled catalogues portrait_<lang>.qm are embedded (qt_add_translations' resource prefix).
inline constexpr QLatin1StringView ResourcePath{":/i18n"};

// The languages that ship a catalogue besides the English source texts, e.g. {"de", "fr"}.
QStringList availableLanguages();

// The locale whose messages the user asked for: the system locale, which follows LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG in that order. A "C" or "POSIX" locale means untranslated English, as with gettext.
QLocale uiLocale();

// Installs, on the running application, Portrait's catalogue and Qt's own (qtbase, from
// QLibraryInfo::TranslationsPath) for `locale`, so that our texts and Qt's standard dialogs and
// QCommandLineParser texts speak the same language. Missing catalogues are not an error: English stays.
// Returns the name of the Portrait catalogue that was loaded (e.g. "de"), empty for English.
// The translators are children of the application and live as long as it does.
QString install(QCoreApplication* app, const QLocale& locale = uiLocale());

} // namespace Portrait::Translations
