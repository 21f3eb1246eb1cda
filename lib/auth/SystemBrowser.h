#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace Portrait {

/**
 * @brief Opens a web page in the user's browser, from the GUI or from the CLI.
 *
 * In a QGuiApplication this is QDesktopServices::openUrl(). A QCoreApplication (the CLI) cannot use it (it
 * refuses: "Application is not a GUI application"), so the browser is started the way command-line tools do:
 * each command of `$BROWSER` in turn (a colon-separated list; `%s` stands for the URL, else the URL is added
 * last), then `xdg-open`. The URL is one argument, never seen by a shell.
 */
class SystemBrowser
{
public:
    /// True when a browser (or its launcher) was started; false when none could be.
    static bool open(const QUrl& url);
    /// The command lines open() tries outside a GUI, in order, for @p environment.
    static QList<QStringList> commands(const QUrl& url, const QProcessEnvironment& environment);
};

} // namespace Portrait
