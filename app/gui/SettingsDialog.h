#pragma once

#include "AppSettings.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace Portrait {

/**
 * @brief Edit → Preferences… (Ctrl+,): the AppSettings a person may change.
 *
 * Network: photo requests in flight (concurrency) and the proxy (the system's by default, none, or a manual HTTP
 * proxy). Cache: its folder and size, what it uses now, and "Clear cache". Export: the default file-name template,
 * checked as it is typed. Placeholders: the images that count as "no real photo", added from files (decoded on the
 * thread pool) or removed. OK saves everything, applies the proxy and emits settingsApplied(); Cancel saves nothing.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    /// Adds the image at @p path to the placeholder list (asynchronously; placeholdersChanged() when done).
    void addPlaceholderFile(const QString& path);
    /// The placeholder set as the dialog shows it (saved on OK).
    PlaceholderSet placeholders() const { return m_placeholders; }
    /// The last error or note shown (invalid template, cache problem...), or empty.
    QString messageText() const;

public slots:
    /// Validates, saves, applies; closes with accept() unless something is invalid (then says what).
    void accept() override;
    /// Deletes the cached files in the folder shown.
    void clearCache();

signals:
    /// The settings were saved: windows re-read what they use.
    void settingsApplied();
    /// The placeholder list in the dialog changed (an image was added or removed, or could not be read).
    void placeholdersChanged();

private:
    QWidget* createNetworkPage();
    QWidget* createCachePage();
    QWidget* createExportPage();
    QWidget* createPlaceholderPage();
    void updateProxyFields();
    void updateCacheUsage();
    void updateTemplateError();
    void updatePlaceholderList();
    void chooseCacheFolder();
    void choosePlaceholderFiles();
    void showMessage(const QString& text, bool error);

    PlaceholderSet m_placeholders;
    int m_pendingImages = 0;

    QTabWidget* m_tabs = nullptr;
    QSpinBox* m_concurrencySpin = nullptr;
    QButtonGroup* m_proxyGroup = nullptr;
    QRadioButton* m_systemProxyRadio = nullptr;
    QRadioButton* m_noProxyRadio = nullptr;
    QRadioButton* m_manualProxyRadio = nullptr;
    QLineEdit* m_proxyHostEdit = nullptr;
    QSpinBox* m_proxyPortSpin = nullptr;
    QLabel* m_proxyHostLabel = nullptr;
    QLabel* m_proxyPortLabel = nullptr;
    QLineEdit* m_cacheDirEdit = nullptr;
    QSpinBox* m_cacheSizeSpin = nullptr;
    QLabel* m_cacheUsageLabel = nullptr;
    QPushButton* m_clearCacheButton = nullptr;
    QLineEdit* m_templateEdit = nullptr;
    QLabel* m_templateErrorLabel = nullptr;
    QListWidget* m_placeholderList = nullptr;
    QPushButton* m_removePlaceholderButton = nullptr;
    QLabel* m_messageLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Portrait
