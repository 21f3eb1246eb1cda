#pragma once

#include <QStatusBar>
#include <QStringList>

class QLabel;
class QProgressBar;

namespace Portrait {

/**
 * @brief The main window's status bar: the last error (kept until cleared), what is loading with a busy bar,
 * and the connection; short messages (showMessage()) in between.
 */
class MainStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit MainStatusBar(QWidget* parent = nullptr);

    /// Shows @p message as the error (kept until clearError() or the next error).
    void showError(const QString& message);
    void clearError();
    /// The error shown, or empty.
    QString lastError() const { return m_lastError; }

    /// @p what ("users", a group's name) started or finished loading.
    void loadingStarted(const QString& what);
    void loadingFinished(const QString& what);
    /// Forgets everything loading (a refresh, a closed connection).
    void clearLoading();
    /// "Loading users…", "Loading Sales and 2 more…", or empty when idle.
    QString loadingText() const;

    /// The connection's description, or "Not connected" for an empty one.
    void setConnection(const QString& description);

private:
    void updateLoading();

    QLabel* m_errorLabel;
    QLabel* m_loadingLabel;
    QProgressBar* m_busyBar;
    QLabel* m_connectionLabel;
    QStringList m_loading;
    QString m_lastError;
};

} // namespace Portrait
