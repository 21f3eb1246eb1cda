#include "LoginCommand.h"

#include "auth/KeychainTokenStore.h"
#include "auth/OAuthClient.h"
#include "auth/SignIn.h"
#include "base/Clock.h"

#include <QFileInfo>
#include <QNetworkAccessManager>

namespace Portrait {

namespace {
const QString kDeviceCode = QStringLiteral("device-code");
const QString kBrowser = QStringLiteral("browser");
const QString kSecretEnv = QStringLiteral("client-secret-env");
const QString kCertificate = QStringLiteral("certificate");
const QString kCertificatePasswordEnv = QStringLiteral("certificate-password-env");
const QString kTenant = QStringLiteral("tenant");
const QString kClientId = QStringLiteral("client-id");
const QString kName = QStringLiteral("name");
const QString kLoginUrl = QStringLiteral("login-url");
const QString kPhotoScope = QStringLiteral("photo-scope");
const QString kWrite = QStringLiteral("write");
const QString kGraphCliClient = QStringLiteral("use-graph-cli-client");
const QString kRs256 = QStringLiteral("rs256");
} // namespace

LoginCommand::LoginCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

LoginCommand::~LoginCommand() = default;

QString LoginCommand::synopsis() const
{
    return QStringLiteral("login  [--device-code | --browser | --client-secret-env VAR | --certificate FILE "
                          "[--certificate-password-env VAR]] --tenant T [--client-id ID] [--name NAME] [--write]");
}

QList<QCommandLineOption> LoginCommand::options() const
{
    return {
        QCommandLineOption(kDeviceCode, tr("login: sign in with a code entered on another device (default).")),
        QCommandLineOption(kBrowser, tr("login: sign in in the system browser (PKCE, loopback redirect).")),
        QCommandLineOption(kSecretEnv, tr("login: app-only, client secret read from environment variable VAR."),
                           tr("VAR")),
        QCommandLineOption(kCertificate, tr("login: app-only, certificate and key in FILE (PEM or PKCS#12)."),
                           tr("FILE")),
        QCommandLineOption(kCertificatePasswordEnv, tr("login: the certificate's password, from environment VAR."),
                           tr("VAR")),
        QCommandLineOption(kTenant, tr("login: tenant ID or domain (or 'organizations')."), tr("T")),
        QCommandLineOption(kClientId, tr("login: your app registration's client ID (or PORTRAIT_CLIENT_ID)."),
                           tr("ID")),
        QCommandLineOption(kName, tr("login: the account's name for --account (default: the tenant)."), tr("NAME")),
        QCommandLineOption(kLoginUrl, tr("login: login origin override (http:// only for loopback)."), tr("URL")),
        QCommandLineOption(kPhotoScope, tr("login: also ask for ProfilePhoto.Read.All.")),
        QCommandLineOption(kWrite,
                           tr("login: also ask for the permissions that change photos (User.ReadWrite.All, "
                              "Group.ReadWrite.All, Contacts.ReadWrite).")),
        QCommandLineOption(kGraphCliClient,
                           tr("login: borrow Microsoft Graph Command Line Tools' client ID (unsupported, fragile).")),
        QCommandLineOption(kRs256, tr("login: sign the certificate assertion with RS256 + x5t (older tenants).")),
    };
}

int LoginCommand::validate(const QStringList& arguments)
{
    CliContext& c = context();
    if (!arguments.isEmpty()) {
        c.usageError(tr("'login' takes options only"));
        return ExitUsage;
    }
    const int modes
        = int(c.isSet(kDeviceCode)) + int(c.isSet(kBrowser)) + int(c.isSet(kSecretEnv)) + int(c.isSet(kCertificate));
    if (modes > 1) {
        c.usageError(tr("choose one of --device-code, --browser, --client-secret-env and --certificate"));
        return ExitUsage;
    }
    m_account.mode = c.isSet(kBrowser) ? Account::Mode::Browser
        : c.isSet(kSecretEnv)          ? Account::Mode::ClientSecret
        : c.isSet(kCertificate)        ? Account::Mode::Certificate
                                       : Account::Mode::DeviceCode;
    m_account.tenant = c.value(kTenant);
    if (!AuthEndpoints::isValidTenant(m_account.tenant)) {
        c.usageError(tr("--tenant takes a tenant ID or domain"));
        return ExitUsage;
    }
    if (m_account.isAppOnly()
        && (m_account.tenant == QLatin1String("organizations") || m_account.tenant == QLatin1String("common"))) {
        c.usageError(tr("app-only sign-in needs a specific tenant, not '%1'").arg(m_account.tenant));
        return ExitUsage;
    }
    m_account.clientId = c.isSet(kClientId) ? c.value(kClientId) : qEnvironmentVariable("PORTRAIT_CLIENT_ID");
    if (c.isSet(kGraphCliClient)) {
        if (m_account.isAppOnly() || !m_account.clientId.isEmpty()) {
            c.usageError(tr("--use-graph-cli-client is for delegated sign-in without --client-id"));
            return ExitUsage;
        }
        m_account.clientId = graphCliClientId();
        c.warn(tr("warning: borrowing Microsoft's 'Microsoft Graph Command Line Tools' client ID. It is not "
                  "Portrait's: its permissions are pre-authorised by Microsoft and may change without notice, "
                  "tenants may block it by Conditional Access, and sign-ins appear under its name. Register your "
                  "own app instead (README, 'Connect to your tenant')."));
    }
    if (m_account.clientId.isEmpty()) {
        c.usageError(tr("no client ID: register an app in your tenant (README, 'Connect to your tenant') and "
                        "pass --client-id ID or set PORTRAIT_CLIENT_ID"));
        return ExitUsage;
    }
    m_account.name = c.isSet(kName) ? c.value(kName) : m_account.tenant;
    if (!Account::isValidName(m_account.name)) {
        c.usageError(tr("--name takes 1-64 letters, digits, '.', '_', '-' or '@'"));
        return ExitUsage;
    }
    if (c.isSet(QStringLiteral("cloud")) && !cloudFromName(c.value(QStringLiteral("cloud")), &m_account.cloud)) {
        c.usageError(tr("unknown cloud '%1'").arg(c.value(QStringLiteral("cloud"))));
        return ExitUsage;
    }
    m_account.photoScope = c.isSet(kPhotoScope);
    m_account.writeScope = c.isSet(kWrite);
    if (m_account.writeScope && m_account.isAppOnly()) {
        // An app-only token carries what the app registration was granted: nothing to ask at sign-in.
        c.info(tr("--write: an app signs in with the application permissions granted to it; grant "
                  "User.ReadWrite.All (and Contacts.ReadWrite) to the app registration to change photos."));
    }
    m_account.loginUrl = c.value(kLoginUrl);
    if (c.isSet(QStringLiteral("graph-url"))) {
        QString error;
        const GraphRoot root = GraphRoot::parse(c.value(QStringLiteral("graph-url")), &error);
        if (!root.isValid()) {
            c.usageError(tr("bad --graph-url: %1").arg(error));
            return ExitUsage;
        }
        m_account.graphUrl = root.url().toString();
    }
    AuthEndpoints endpoints;
    QString error;
    if (!m_account.endpoints(&endpoints, &error)) {
        c.usageError(tr("bad --login-url: %1").arg(error));
        return ExitUsage;
    }
    if (m_account.mode == Account::Mode::ClientSecret) {
        m_secret = qEnvironmentVariable(c.value(kSecretEnv).toLocal8Bit().constData());
        if (m_secret.isEmpty()) {
            c.usageError(tr("the environment variable %1 is not set or empty").arg(c.value(kSecretEnv)));
            return ExitUsage;
        }
    }
    if (m_account.mode == Account::Mode::Certificate) {
        m_account.certificatePath = QFileInfo(c.value(kCertificate)).absoluteFilePath();
        m_account.rs256 = c.isSet(kRs256);
        if (c.isSet(kCertificatePasswordEnv)) {
            m_secret = qEnvironmentVariable(c.value(kCertificatePasswordEnv).toLocal8Bit().constData());
        }
    } else if (c.isSet(kCertificatePasswordEnv) || c.isSet(kRs256)) {
        c.usageError(tr("--certificate-password-env and --rs256 go with --certificate"));
        return ExitUsage;
    }
    return -1;
}

void LoginCommand::run()
{
    m_network = new QNetworkAccessManager(this);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    m_oauth = new OAuthClient(m_network, this);
    m_store = new KeychainTokenStore(QStringLiteral("portrait"), this);
    auto* signIn = new SignIn(m_account, m_secret, m_oauth, m_store, Clock::system(), this);
    connect(signIn, &SignIn::deviceCodeReady, this, [this](const DeviceCodeInfo& info) {
        // Always shown, even with -q: without it nobody can sign in.
        context().warn(
            info.message.isEmpty()
                ? tr("To sign in, open %1 and enter the code %2").arg(info.verificationUri.toString(), info.userCode)
                : info.message);
    });
    connect(signIn, &SignIn::browserStarted, this, [this](const QUrl& url, bool started) {
        // Always shown, even with -q: the address is the way in when no browser window appears.
        const QString address = QString::fromLatin1(url.toEncoded());
        context().warn(started
                           ? tr("Started the browser to sign in. If no browser window appears, open:\n%1").arg(address)
                           : tr("Could not start a browser (set BROWSER, or install xdg-utils). Open this "
                                "address in a browser to sign in:\n%1")
                                 .arg(address));
    });
    connect(signIn, &SignIn::finished, this, [this, signIn]() {
        if (signIn->error().kind == GraphError::Kind::Usage) {
            context().warn(signIn->error().displayMessage());
            context().finish(ExitUsage);
            return;
        }
        if (!signIn->succeeded()) {
            context().warn(tr("Sign-in failed: %1").arg(signIn->error().displayMessage()));
            context().finish(ExitAuth);
            return;
        }
        const Account account = signIn->account();
        if (context().json()) {
            context().printRecord({{QStringLiteral("name"), account.name},
                                   {QStringLiteral("tenant"), account.tenant},
                                   {QStringLiteral("cloud"), cloudName(account.cloud)},
                                   {QStringLiteral("mode"), Account::modeName(account.mode)},
                                   {QStringLiteral("user"), account.userName}});
        }
        context().info(account.userName.isEmpty()
                           ? tr("Signed in as account '%1'. Use --account %1.").arg(account.name)
                           : tr("Signed in %1 as account '%2'. Use --account %2.").arg(account.userName, account.name));
        context().finish(ExitOk);
    });
    signIn->start();
}

} // namespace Portrait
