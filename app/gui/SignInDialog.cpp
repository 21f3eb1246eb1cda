#include "SignInDialog.h"

#include "Theme.h"

#include "auth/AuthEndpoints.h"
#include "auth/DeviceCodeFlow.h"
#include "auth/OAuthClient.h"
#include "auth/SignIn.h"
#include "base/Clock.h"
#include "base/Cloud.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace Portrait {

namespace {
QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SignInDialog::SignInDialog(TokenStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to a tenant"));
    setAccessibleName(tr("Sign in to a tenant"));
    setWindowModality(Qt::WindowModal);

    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    m_oauth = new OAuthClient(m_network, this);

    m_pages = new QStackedWidget(this);
    m_formPage = createFormPage();
    m_progressPage = createProgressPage();
    m_pages->addWidget(m_formPage);
    m_pages->addWidget(m_progressPage);

    m_buttons = new QDialogButtonBox(this);
    m_signInButton = m_buttons->addButton(tr("Sign in"), QDialogButtonBox::ActionRole);
    m_signInButton->setObjectName(QStringLiteral("signInStartButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("signInCancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    connect(m_signInButton, &QPushButton::clicked, this, &SignInDialog::startSignIn);
    connect(m_cancelButton, &QPushButton::clicked, this, &SignInDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);

    updateModeFields();
    m_pages->setCurrentWidget(m_formPage);
    // Wide enough for the introduction to read as a paragraph; never narrower than the form needs.
    resize(qMax(560, sizeHint().width()), sizeHint().height());
    m_tenantEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

QWidget* SignInDialog::createFormPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("signInFormPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* intro = noteLabel(
        tr("Portrait uses an app registration of your own: it ships no client ID. An administrator registers one "
           "once in the Microsoft Entra admin center: a public client with the redirect URI "
           "<tt>http://localhost</tt>, \"Allow public client flows\" on for device code, and the delegated "
           "permissions User.ReadBasic.All, GroupMember.Read.All and Contacts.Read. App-only sign-in needs the "
           "application permissions and a client secret or certificate instead. See \"Connect to your tenant\" "
           "in the README."),
        page);
    intro->setObjectName(QStringLiteral("signInIntroLabel"));
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_tenantEdit = new QLineEdit(page);
    m_tenantEdit->setObjectName(QStringLiteral("tenantEdit"));
    m_tenantEdit->setAccessibleName(tr("Tenant"));
    m_tenantEdit->setPlaceholderText(tr("contoso.onmicrosoft.com, a tenant ID, or organizations"));
    form->addRow(tr("&Tenant:"), m_tenantEdit);

    m_clientIdEdit = new QLineEdit(page);
    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setAccessibleName(tr("Client ID"));
    m_clientIdEdit->setPlaceholderText(tr("Application (client) ID of your app registration"));
    form->addRow(tr("&Client ID:"), m_clientIdEdit);

    m_cloudCombo = new QComboBox(page);
    m_cloudCombo->setObjectName(QStringLiteral("cloudCombo"));
    m_cloudCombo->setAccessibleName(tr("Cloud"));
    m_cloudCombo->addItem(tr("Global (Microsoft 365)"), QVariant::fromValue(int(Cloud::Global)));
    m_cloudCombo->addItem(tr("US Government (GCC High)"), QVariant::fromValue(int(Cloud::UsGov)));
    m_cloudCombo->addItem(tr("US Government (DoD)"), QVariant::fromValue(int(Cloud::UsGovDod)));
    m_cloudCombo->addItem(tr("China (operated by 21Vianet)"), QVariant::fromValue(int(Cloud::China)));
    form->addRow(tr("C&loud:"), m_cloudCombo);

    m_modeCombo = new QComboBox(page);
    m_modeCombo->setObjectName(QStringLiteral("modeCombo"));
    m_modeCombo->setAccessibleName(tr("Sign-in method"));
    m_modeCombo->addItem(tr("Device code: enter a code in any browser"), int(Account::Mode::DeviceCode));
    m_modeCombo->addItem(tr("Browser on this computer (PKCE)"), int(Account::Mode::Browser));
    m_modeCombo->addItem(tr("App-only with a client secret"), int(Account::Mode::ClientSecret));
    m_modeCombo->addItem(tr("App-only with a certificate"), int(Account::Mode::Certificate));
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this]() { updateModeFields(); });
    form->addRow(tr("&Method:"), m_modeCombo);

    m_photoScopeCheck = new QCheckBox(tr("Also ask for ProfilePhoto.Read.All"), page);
    m_photoScopeCheck->setObjectName(QStringLiteral("photoScopeCheck"));
    m_photoScopeCheck->setAccessibleName(tr("Also ask for ProfilePhoto.Read.All"));
    form->addRow(QString(), m_photoScopeCheck);

    // Read-only unless asked: the permissions that change photos are a choice made here, never a default.
    m_writeScopeCheck = new QCheckBox(tr("Allow changing photos"), page);
    m_writeScopeCheck->setObjectName(QStringLiteral("writeScopeCheck"));
    m_writeScopeCheck->setAccessibleName(tr("Allow changing photos"));
    m_writeScopeCheck->setToolTip(tr("Also asks for User.ReadWrite.All, Group.ReadWrite.All and Contacts.ReadWrite, "
                                     "so that Portrait can set, replace and remove photos. Changing other people's "
                                     "photos takes a User Administrator or Global Administrator."));
    form->addRow(QString(), m_writeScopeCheck);

    m_secretEdit = new QLineEdit(page);
    m_secretEdit->setObjectName(QStringLiteral("clientSecretEdit"));
    m_secretEdit->setAccessibleName(tr("Client secret"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretLabel = new QLabel(tr("Client &secret:"), page);
    m_secretLabel->setBuddy(m_secretEdit);
    form->addRow(m_secretLabel, m_secretEdit);

    m_certificateRow = new QWidget(page);
    auto* certificateLayout = new QHBoxLayout(m_certificateRow);
    certificateLayout->setContentsMargins(0, 0, 0, 0);
    m_certificateEdit = new QLineEdit(m_certificateRow);
    m_certificateEdit->setObjectName(QStringLiteral("certificateEdit"));
    m_certificateEdit->setAccessibleName(tr("Certificate file"));
    m_certificateEdit->setPlaceholderText(tr("PEM or PKCS#12 file with the private key"));
    auto* browse = new QPushButton(tr("&Browse…"), m_certificateRow);
    browse->setObjectName(QStringLiteral("certificateBrowseButton"));
    browse->setAccessibleName(tr("Choose the certificate file"));
    connect(browse, &QPushButton::clicked, this, &SignInDialog::chooseCertificate);
    certificateLayout->addWidget(m_certificateEdit, 1);
    certificateLayout->addWidget(browse);
    m_certificateLabel = new QLabel(tr("Cer&tificate:"), page);
    m_certificateLabel->setBuddy(m_certificateEdit);
    form->addRow(m_certificateLabel, m_certificateRow);

    m_certificatePasswordEdit = new QLineEdit(page);
    m_certificatePasswordEdit->setObjectName(QStringLiteral("certificatePasswordEdit"));
    m_certificatePasswordEdit->setAccessibleName(tr("Certificate password"));
    m_certificatePasswordEdit->setEchoMode(QLineEdit::Password);
    m_certificatePasswordEdit->setPlaceholderText(tr("only if the key is encrypted"));
    m_certificatePasswordLabel = new QLabel(tr("&Password:"), page);
    m_certificatePasswordLabel->setBuddy(m_certificatePasswordEdit);
    form->addRow(m_certificatePasswordLabel, m_certificatePasswordEdit);

    m_nameEdit = new QLineEdit(page);
    m_nameEdit->setObjectName(QStringLiteral("accountNameEdit"));
    m_nameEdit->setAccessibleName(tr("Account name"));
    m_nameEdit->setPlaceholderText(tr("e.g. work; default: the tenant"));
    form->addRow(tr("Account &name:"), m_nameEdit);
    layout->addLayout(form);

    // Borrowing Microsoft's own public client: an explicit opt-in, with the reasons it is fragile in plain view.
    // Below the form, not in it: QFormLayout (6.4) gives the row after a word-wrapped field no height at all.
    m_graphCliCheck = new QCheckBox(tr("Borrow the “Microsoft Graph Command Line Tools” client ID"), page);
    m_graphCliCheck->setObjectName(QStringLiteral("graphCliClientCheck"));
    m_graphCliCheck->setAccessibleName(tr("Borrow the Microsoft Graph Command Line Tools client ID"));
    layout->addWidget(m_graphCliCheck);
    m_graphCliWarning = new QLabel(
        tr("Not recommended. This client ID is not Portrait's: Microsoft pre-authorises its permissions and may "
           "change them without notice, your tenant may block it with Conditional Access, and sign-ins are "
           "logged under its name. Register your own app when you can."),
        page);
    m_graphCliWarning->setObjectName(QStringLiteral("graphCliWarningLabel"));
    m_graphCliWarning->setAccessibleName(tr("Warning about the borrowed client ID"));
    m_graphCliWarning->setWordWrap(true);
    m_graphCliWarning->setTextFormat(Qt::PlainText);
    m_graphCliWarning->setFrameShape(QFrame::StyledPanel);
    m_graphCliWarning->setMargin(6);
    m_graphCliWarning->hide();
    layout->addWidget(m_graphCliWarning);
    connect(m_graphCliCheck, &QCheckBox::toggled, this, [this](bool borrow) {
        const QString borrowed = Account::graphCommandLineToolsClientId();
        if (borrow) {
            m_clientIdEdit->setText(borrowed);
        } else if (m_clientIdEdit->text().trimmed() == borrowed) {
            m_clientIdEdit->clear();
        }
        m_clientIdEdit->setReadOnly(borrow);
        m_graphCliWarning->setVisible(borrow);
        fitToContents();
    });

    m_advancedCheck = new QCheckBox(tr("Custom endpoints (an emulator or a proxy)"), page);
    m_advancedCheck->setObjectName(QStringLiteral("advancedCheck"));
    m_advancedCheck->setAccessibleName(tr("Custom endpoints"));
    layout->addWidget(m_advancedCheck);
    m_advancedBox = new QWidget(page);
    auto* advanced = new QFormLayout(m_advancedBox);
    advanced->setContentsMargins(0, 0, 0, 0);
    m_loginUrlEdit = new QLineEdit(m_advancedBox);
    m_loginUrlEdit->setObjectName(QStringLiteral("loginUrlEdit"));
    m_loginUrlEdit->setAccessibleName(tr("Login URL"));
    m_loginUrlEdit->setPlaceholderText(tr("default: the cloud's login host"));
    advanced->addRow(tr("Login &URL:"), m_loginUrlEdit);
    m_graphUrlEdit = new QLineEdit(m_advancedBox);
    m_graphUrlEdit->setObjectName(QStringLiteral("graphUrlEdit"));
    m_graphUrlEdit->setAccessibleName(tr("Graph URL"));
    m_graphUrlEdit->setPlaceholderText(tr("default: the cloud's Graph root"));
    advanced->addRow(tr("&Graph URL:"), m_graphUrlEdit);
    m_advancedBox->setVisible(false);
    connect(m_advancedCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_advancedBox->setVisible(on);
        fitToContents();
    });
    layout->addWidget(m_advancedBox);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("signInErrorLabel"));
    m_errorLabel->setAccessibleName(tr("Sign-in error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    Theme::markAsError(m_errorLabel);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    return page;
}

QWidget* SignInDialog::createProgressPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("signInProgressPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_progressTitle = new QLabel(page);
    m_progressTitle->setObjectName(QStringLiteral("signInProgressTitle"));
    QFont titleFont = m_progressTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_progressTitle->setFont(titleFont);
    m_progressTitle->setWordWrap(true);
    layout->addWidget(m_progressTitle);

    // Device code: the code, the page, Copy and Open browser.
    m_devicePanel = new QWidget(page);
    m_devicePanel->setObjectName(QStringLiteral("deviceCodePanel"));
    auto* device = new QVBoxLayout(m_devicePanel);
    device->setContentsMargins(0, 8, 0, 8);
    m_verificationLabel = new QLabel(m_devicePanel);
    m_verificationLabel->setObjectName(QStringLiteral("verificationUrlLabel"));
    m_verificationLabel->setAccessibleName(tr("Sign-in page"));
    m_verificationLabel->setWordWrap(true);
    m_verificationLabel->setTextFormat(Qt::PlainText);
    m_verificationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    device->addWidget(m_verificationLabel);
    m_codeLabel = new QLabel(m_devicePanel);
    m_codeLabel->setObjectName(QStringLiteral("userCodeLabel"));
    m_codeLabel->setAccessibleName(tr("Code"));
    m_codeLabel->setTextFormat(Qt::PlainText);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.2);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::AbsoluteSpacing, 3);
    m_codeLabel->setFont(codeFont);
    m_codeLabel->setMinimumHeight(QFontMetrics(codeFont).height() * 2);
    device->addWidget(m_codeLabel);
    auto* deviceButtons = new QHBoxLayout;
    deviceButtons->addStretch(1);
    auto* copy = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/portrait/icons/copy.svg"))),
        tr("&Copy code"), m_devicePanel);
    copy->setObjectName(QStringLiteral("copyCodeButton"));
    copy->setAccessibleName(tr("Copy the code"));
    connect(copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_codeLabel->text());
        m_statusLabel->setText(tr("Code copied. Waiting for you to enter it…"));
    });
    auto* open = new QPushButton(
        QIcon::fromTheme(QStringLiteral("internet-web-browser"), QIcon(QStringLiteral(":/portrait/icons/browser.svg"))),
        tr("&Open browser"), m_devicePanel);
    open->setObjectName(QStringLiteral("openBrowserButton"));
    m_openBrowserButton = open;
    open->setAccessibleName(tr("Open the sign-in page in the browser"));
    connect(open, &QPushButton::clicked, this, [this]() { openUrl(m_verificationUrl); });
    deviceButtons->addWidget(copy);
    deviceButtons->addWidget(open);
    deviceButtons->addStretch(1);
    device->addLayout(deviceButtons);
    layout->addWidget(m_devicePanel);

    // Browser: where the browser was sent, for opening it by hand.
    m_browserPanel = new QWidget(page);
    m_browserPanel->setObjectName(QStringLiteral("browserPanel"));
    auto* browser = new QVBoxLayout(m_browserPanel);
    browser->setContentsMargins(0, 8, 0, 8);
    browser->addWidget(noteLabel(tr("Finish signing in in your browser; Portrait continues by itself. If no "
                                    "browser opened, copy this address into one:"),
                                 m_browserPanel));
    auto* urlRow = new QHBoxLayout;
    m_authorizeUrlEdit = new QLineEdit(m_browserPanel);
    m_authorizeUrlEdit->setObjectName(QStringLiteral("authorizeUrlEdit"));
    m_authorizeUrlEdit->setAccessibleName(tr("Sign-in address"));
    m_authorizeUrlEdit->setReadOnly(true);
    auto* copyUrl = new QPushButton(
        QIcon::fromTheme(QStringLiteral("edit-copy"), QIcon(QStringLiteral(":/portrait/icons/copy.svg"))),
        tr("Copy &address"), m_browserPanel);
    copyUrl->setObjectName(QStringLiteral("copyAddressButton"));
    copyUrl->setAccessibleName(tr("Copy the sign-in address"));
    connect(copyUrl, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(QString::fromLatin1(m_authorizeUrl.toEncoded())); });
    urlRow->addWidget(m_authorizeUrlEdit, 1);
    urlRow->addWidget(copyUrl);
    browser->addLayout(urlRow);
    layout->addWidget(m_browserPanel);

    auto* statusRow = new QHBoxLayout;
    auto* busy = new QProgressBar(page);
    busy->setObjectName(QStringLiteral("signInBusyBar"));
    busy->setAccessibleName(tr("Signing in"));
    busy->setRange(0, 0);
    busy->setTextVisible(false);
    busy->setMaximumWidth(80);
    busy->setMaximumHeight(12);
    m_statusLabel = new QLabel(page);
    m_statusLabel->setObjectName(QStringLiteral("signInStatusLabel"));
    m_statusLabel->setAccessibleName(tr("Sign-in status"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusRow->addWidget(busy);
    statusRow->addWidget(m_statusLabel, 1);
    layout->addLayout(statusRow);
    layout->addStretch(1);
    return page;
}

void SignInDialog::updateModeFields()
{
    const auto mode = Account::Mode(m_modeCombo->currentData().toInt());
    const bool secret = mode == Account::Mode::ClientSecret;
    const bool certificate = mode == Account::Mode::Certificate;
    // Whole rows, not just their widgets: QFormLayout (6.4) mislays the rows after a row whose widgets are hidden.
    m_form->setRowVisible(m_secretEdit, secret);
    m_form->setRowVisible(m_certificateRow, certificate);
    m_form->setRowVisible(m_certificatePasswordEdit, certificate);
    m_form->setRowVisible(m_photoScopeCheck, !secret && !certificate);
    m_form->setRowVisible(m_writeScopeCheck, !secret && !certificate);
    // Microsoft's public client signs in people only: never offered for app-only credentials.
    if (secret || certificate) {
        m_graphCliCheck->setChecked(false);
    }
    m_graphCliCheck->setVisible(!secret && !certificate);
    fitToContents();
}

void SignInDialog::fitToContents()
{
    // Rows come and go with the method and the options, and a window keeps its size: once the layout has settled,
    // grow to fit what is shown now (wrapped text included).
    QTimer::singleShot(0, this, [this]() {
        if (!layout()) {
            return;
        }
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height()) {
            resize(width(), needed);
        }
    });
}

void SignInDialog::chooseCertificate()
{
    auto* dialog = new QFileDialog(this, tr("Choose the app registration's certificate"));
    dialog->setObjectName(QStringLiteral("certificateFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Certificates (*.pem *.p12 *.pfx)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { m_certificateEdit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

bool SignInDialog::readForm(Account* account, QString* secret, QString* error) const
{
    account->mode = Account::Mode(m_modeCombo->currentData().toInt());
    account->cloud = Cloud(m_cloudCombo->currentData().toInt());
    account->tenant = m_tenantEdit->text().trimmed();
    if (!AuthEndpoints::isValidTenant(account->tenant)) {
        *error = tr("Enter the tenant: its ID, a domain such as contoso.onmicrosoft.com, or organizations.");
        return false;
    }
    if (account->isAppOnly()
        && (account->tenant == QLatin1String("organizations") || account->tenant == QLatin1String("common"))) {
        *error = tr("App-only sign-in needs a specific tenant, not '%1'.").arg(account->tenant);
        return false;
    }
    account->clientId = m_clientIdEdit->text().trimmed();
    if (account->clientId.isEmpty()) {
        *error = tr("Enter the client ID of your app registration (see the note above).");
        return false;
    }
    account->name = m_nameEdit->text().trimmed();
    if (account->name.isEmpty()) {
        account->name = account->tenant;
    }
    if (!Account::isValidName(account->name)) {
        *error = tr("The account name takes 1-64 letters, digits, '.', '_', '-' or '@'.");
        return false;
    }
    account->photoScope = !account->isAppOnly() && m_photoScopeCheck->isChecked();
    account->writeScope = !account->isAppOnly() && m_writeScopeCheck->isChecked();
    if (m_advancedCheck->isChecked()) {
        account->loginUrl = m_loginUrlEdit->text().trimmed();
        const QString graphUrl = m_graphUrlEdit->text().trimmed();
        if (!graphUrl.isEmpty()) {
            QString rootError;
            const GraphRoot root = GraphRoot::parse(graphUrl, &rootError);
            if (!root.isValid()) {
                *error = tr("Bad Graph URL: %1").arg(rootError);
                return false;
            }
            account->graphUrl = root.url().toString();
        }
    }
    AuthEndpoints endpoints;
    QString endpointError;
    if (!account->endpoints(&endpoints, &endpointError)) {
        *error = tr("Bad login URL: %1").arg(endpointError);
        return false;
    }
    if (account->mode == Account::Mode::ClientSecret) {
        *secret = m_secretEdit->text();
        if (secret->isEmpty()) {
            *error = tr("Enter the client secret.");
            return false;
        }
    }
    if (account->mode == Account::Mode::Certificate) {
        const QFileInfo file(m_certificateEdit->text().trimmed());
        if (m_certificateEdit->text().trimmed().isEmpty() || !file.isFile()) {
            *error = tr("Choose the certificate file (PEM or PKCS#12).");
            return false;
        }
        account->certificatePath = file.absoluteFilePath();
        *secret = m_certificatePasswordEdit->text();
    }
    return true;
}

void SignInDialog::startSignIn()
{
    if (isSigningIn()) {
        return;
    }
    Account account;
    QString secret;
    QString error;
    if (!readForm(&account, &secret, &error)) {
        showFormError(error);
        return;
    }
    showFormError({});
    delete m_signIn;
    m_signIn = new SignIn(account, secret, m_oauth, m_store, Clock::system(), this);
    if (m_opener) {
        m_signIn->setUrlOpener(m_opener);
    }
    if (m_browserTimeoutMs > 0) {
        m_signIn->setBrowserTimeoutMs(m_browserTimeoutMs);
    }
    connect(m_signIn, &SignIn::deviceCodeReady, this, &SignInDialog::showCode);
    connect(m_signIn, &SignIn::authorizeUrlReady, this, &SignInDialog::showAuthorizeUrl);
    connect(m_signIn, &SignIn::finished, this, &SignInDialog::finished);

    m_devicePanel->hide();
    m_browserPanel->hide();
    m_codeLabel->clear();
    m_verificationLabel->clear();
    switch (account.mode) {
    case Account::Mode::DeviceCode:
        m_progressTitle->setText(tr("Asking %1 for a code…").arg(account.tenant));
        m_statusLabel->setText(tr("Contacting the sign-in service…"));
        break;
    case Account::Mode::Browser:
        m_progressTitle->setText(tr("Signing in to %1 in your browser").arg(account.tenant));
        m_statusLabel->setText(tr("Opening the browser…"));
        break;
    case Account::Mode::ClientSecret:
    case Account::Mode::Certificate:
        m_progressTitle->setText(tr("Checking the app's credentials with %1…").arg(account.tenant));
        m_statusLabel->setText(tr("Asking for a first token…"));
        break;
    }
    m_signInButton->hide();
    m_pages->setCurrentWidget(m_progressPage);
    m_cancelButton->setFocus();
    m_signIn->start();
}

void SignInDialog::showCode(const DeviceCodeInfo& info)
{
    // The page is opened for the user only when it is https; any other is shown, never opened.
    m_verificationUrl = info.canOpen() ? info.verificationUri : QUrl();
    m_openBrowserButton->setVisible(info.canOpen());
    m_progressTitle->setText(tr("Enter this code to sign in"));
    m_verificationLabel->setText(tr("Open %1 in a browser, on this or any other device, and enter the code:")
                                     .arg(info.verificationUri.toString()));
    m_codeLabel->setText(info.userCode);
    const QTime expires = QTime::currentTime().addSecs(info.expiresInSeconds);
    m_statusLabel->setText(tr("Waiting for you to enter the code (pending; it expires at %1)…")
                               .arg(QLocale().toString(expires, QLocale::ShortFormat)));
    m_devicePanel->show();
}

void SignInDialog::showAuthorizeUrl(const QUrl& url)
{
    m_authorizeUrl = url;
    m_authorizeUrlEdit->setText(QString::fromLatin1(url.toEncoded()));
    m_authorizeUrlEdit->setCursorPosition(0);
    m_statusLabel->setText(tr("Waiting for the browser. Cancel stops waiting."));
    m_browserPanel->show();
}

void SignInDialog::finished()
{
    SignIn* signIn = m_signIn;
    m_signIn = nullptr;
    signIn->deleteLater();
    m_signInButton->show();
    if (signIn->succeeded()) {
        m_account = signIn->account();
        m_statusLabel->setText(tr("Signed in."));
        emit signedIn(m_account, signIn->grant());
        accept();
        return;
    }
    const QString code = signIn->error().code;
    const QString detail = signIn->error().displayMessage();
    QString message;
    if (code == QLatin1String("cancelled")) {
        message = tr("Sign-in was cancelled. Nothing was saved.");
    } else if (code == QLatin1String("authorization_declined") || code == QLatin1String("access_denied")) {
        message = tr("The sign-in was declined. Nothing was saved. (%1)").arg(detail);
    } else if (code == QLatin1String("expired_token")) {
        message = tr("The code expired before it was entered. Nothing was saved; sign in again for a new code.");
    } else if (code == QLatin1String("timeout")) {
        message = tr("Nobody finished signing in in the browser in time. Nothing was saved.");
    } else {
        message = tr("Sign-in failed: %1").arg(detail);
    }
    m_statusLabel->setText(message);
    m_pages->setCurrentWidget(m_formPage);
    showFormError(message);
}

void SignInDialog::showFormError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString SignInDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

bool SignInDialog::isSigningIn() const
{
    return m_signIn != nullptr;
}

void SignInDialog::reject()
{
    if (m_signIn) {
        m_statusLabel->setText(tr("Cancelling…"));
        m_signIn->abort(); // finished() brings the form back
        return;
    }
    QDialog::reject();
}

void SignInDialog::openUrl(const QUrl& url)
{
    if (!url.isValid()) {
        return;
    }
    const bool opened = m_opener ? m_opener(url) : QDesktopServices::openUrl(url);
    if (!opened) {
        m_statusLabel->setText(tr("No browser could be opened: open %1 by hand.").arg(url.toString()));
    }
}

} // namespace Portrait
