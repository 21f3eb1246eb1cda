#pragma once

#include "auth/Account.h"
#include "auth/BrowserFlow.h"
#include "auth/TokenGrant.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QWidget;

namespace Portrait {

class OAuthClient;
class SignIn;
class TokenStore;
struct DeviceCodeInfo;

/**
 * @brief Signs in to a tenant and saves the account: tenant, client ID (the user's own app registration),
 * cloud, method (device code, browser with PKCE, app-only with a client secret or a certificate) and a name.
 *
 * The sign-in itself is lib/auth's SignIn; this dialog only asks and shows. Device code: the code and the
 * page to enter it, with Copy and Open browser, and a live status. Browser: waits for the system browser with
 * a Cancel button and times out cleanly. A failure is shown on the form and saves nothing. Borrowing Microsoft's
 * "Graph Command Line Tools" client ID is an explicit opt-in that shows why it is fragile. Asynchronous
 * throughout: open() it, and listen to signedIn().
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p store keeps the account's secrets (the OS keychain in the app; a MemoryTokenStore in tests).
    explicit SignInDialog(TokenStore* store, QWidget* parent = nullptr);
    ~SignInDialog() override;

    /// Replaces QDesktopServices::openUrl for both "Open browser" and the browser method (tests).
    void setUrlOpener(BrowserFlow::UrlOpener opener) { m_opener = std::move(opener); }
    /// How long the browser method waits; default 5 minutes.
    void setBrowserTimeoutMs(qint64 ms) { m_browserTimeoutMs = ms; }

    /// The account saved by the last successful sign-in.
    Account account() const { return m_account; }
    /// True while a sign-in is in progress.
    bool isSigningIn() const;
    /// The error shown on the form, or empty.
    QString errorText() const;

public slots:
    /// Validates the form and starts signing in (the "Sign in" button).
    void startSignIn();
    /// Cancels a sign-in in progress, else closes the dialog.
    void reject() override;

signals:
    /// The account is saved (settings and keychain); the dialog then closes with accept(). @p grant holds the
    /// tokens the sign-in received (no refresh token), for the session opened next.
    void signedIn(const Portrait::Account& account, const Portrait::TokenGrant& grant);

private:
    QWidget* createFormPage();
    QWidget* createProgressPage();
    void updateModeFields();
    void fitToContents();
    void chooseCertificate();
    bool readForm(Account* account, QString* secret, QString* error) const;
    void showCode(const DeviceCodeInfo& info);
    void showAuthorizeUrl(const QUrl& url);
    void finished();
    void showFormError(const QString& message);
    void openUrl(const QUrl& url);

    TokenStore* m_store;
    QNetworkAccessManager* m_network = nullptr;
    OAuthClient* m_oauth = nullptr;
    SignIn* m_signIn = nullptr;
    BrowserFlow::UrlOpener m_opener;
    qint64 m_browserTimeoutMs = 0;
    Account m_account;
    QUrl m_verificationUrl;
    QUrl m_authorizeUrl;

    QStackedWidget* m_pages = nullptr;
    QFormLayout* m_form = nullptr;
    QWidget* m_formPage = nullptr;
    QWidget* m_progressPage = nullptr;

    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_tenantEdit = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    QCheckBox* m_graphCliCheck = nullptr;
    QLabel* m_graphCliWarning = nullptr;
    QComboBox* m_cloudCombo = nullptr;
    QComboBox* m_modeCombo = nullptr;
    QCheckBox* m_photoScopeCheck = nullptr;
    QCheckBox* m_writeScopeCheck = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secretEdit = nullptr;
    QLabel* m_certificateLabel = nullptr;
    QWidget* m_certificateRow = nullptr;
    QLineEdit* m_certificateEdit = nullptr;
    QLabel* m_certificatePasswordLabel = nullptr;
    QLineEdit* m_certificatePasswordEdit = nullptr;
    QCheckBox* m_advancedCheck = nullptr;
    QWidget* m_advancedBox = nullptr;
    QLineEdit* m_loginUrlEdit = nullptr;
    QLineEdit* m_graphUrlEdit = nullptr;
    QLabel* m_errorLabel = nullptr;

    QLabel* m_progressTitle = nullptr;
    QWidget* m_devicePanel = nullptr;
    QLabel* m_codeLabel = nullptr;
    QPushButton* m_openBrowserButton = nullptr;
    QLabel* m_verificationLabel = nullptr;
    QWidget* m_browserPanel = nullptr;
    QLineEdit* m_authorizeUrlEdit = nullptr;
    QLabel* m_statusLabel = nullptr;

    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_signInButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace Portrait
