#include "TokenEndpoint.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace Portrait {

namespace {

QByteArray b64url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64url(const QByteArray& data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QHash<QString, QString> parseForm(const QByteArray& data)
{
    QHash<QString, QString> form;
    for (const QByteArray& pair : data.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0) {
            continue;
        }
        QByteArray value = pair.mid(eq + 1);
        value.replace('+', ' ');
        form.insert(QUrl::fromPercentEncoding(pair.left(eq)), QUrl::fromPercentEncoding(value));
    }
    return form;
}

QString guid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Verifies an RS256/PS256 signature of @p input with the certificate's public key.
bool verifySignature(const QByteArray& der, const QByteArray& input, const QByteArray& signature, bool pss)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(der.constData());
    X509* certificate = d2i_X509(nullptr, &bytes, long(der.size()));
    if (!certificate) {
        return false;
    }
    EVP_PKEY* key = X509_get_pubkey(certificate);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_PKEY_CTX* keyContext = nullptr;
    bool ok = key && EVP_DigestVerifyInit(context, &keyContext, EVP_sha256(), nullptr, key) == 1;
    if (ok && pss) {
        ok = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_AUTO) == 1;
    }
    ok = ok
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()), reinterpret_cast<const unsigned char*>(input.constData()),
                            size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    X509_free(certificate);
    return ok;
}

} // namespace

TokenEndpoint::TokenEndpoint()
    : m_now([]() { return QDateTime::currentDateTimeUtc(); })
{ }

TokenEndpoint::~TokenEndpoint() = default;

bool TokenEndpoint::isIdentityPath(const QByteArray& rawPath)
{
    const QList<QByteArray> parts = rawPath.split('/');
    // "", tenant, "oauth2", "v2.0", endpoint
    return parts.size() == 5 && parts.at(0).isEmpty() && !parts.at(1).isEmpty() && parts.at(2) == "oauth2"
        && parts.at(3) == "v2.0"
        && (parts.at(4) == "token" || parts.at(4) == "devicecode" || parts.at(4) == "authorize");
}

void TokenEndpoint::registerClient(const QString& clientId, const QString& secret, const QByteArray& certificateDer)
{
    m_clients.insert(clientId, Client{secret, certificateDer});
}

bool TokenEndpoint::knownClient(const QString& clientId) const
{
    return !clientId.isEmpty() && (m_clients.isEmpty() || m_clients.contains(clientId));
}

QString TokenEndpoint::newSecret(const QString& prefix)
{
    QByteArray random(24, Qt::Uninitialized);
    for (char& c : random) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    const QString secret = prefix + QString::fromLatin1(b64url(random));
    m_secrets.append(secret);
    return secret;
}

EmulatorReply TokenEndpoint::oauthError(int status, const QString& error, int code, const QString& description) const
{
    const QString timestamp = m_now().toString(QStringLiteral("yyyy-MM-dd hh:mm:ss'Z'"));
    const QString trace = guid();
    const QString correlation = guid();
    QJsonObject body{
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"),
         QStringLiteral("AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5")
             .arg(QString::number(code), description, trace, correlation, timestamp)},
        {QStringLiteral("error_codes"), QJsonArray{code}},
        {QStringLiteral("timestamp"), timestamp},
        {QStringLiteral("trace_id"), trace},
        {QStringLiteral("correlation_id"), correlation},
    };
    EmulatorReply reply;
    reply.status = status;
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.errorCode = error.toLatin1();
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store, no-cache"));
    return reply;
}

EmulatorReply TokenEndpoint::handle(const EmulatorRequest& request)
{
    const QList<QByteArray> parts = request.rawPath.split('/');
    const QString tenant = QUrl::fromPercentEncoding(parts.value(1));
    const QByteArray endpoint = parts.value(4);
    if (endpoint == "authorize") {
        return request.method == "GET" ? authorize(request)
                                       : oauthError(405, QStringLiteral("invalid_request"), 900561,
                                                    QStringLiteral("The endpoint only accepts GET requests."));
    }
    if (request.method != "POST") {
        return oauthError(405, QStringLiteral("invalid_request"), 900561,
                          QStringLiteral("The endpoint only accepts POST requests."));
    }
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    }
    return endpoint == "devicecode" ? deviceCode(request, tenant) : token(request, tenant);
}

EmulatorReply TokenEndpoint::deviceCode(const EmulatorRequest& request, const QString& tenant)
{
    const QHash<QString, QString> form = parseForm(request.body);
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (!knownClient(clientId)) {
        return oauthError(400, QStringLiteral("unauthorized_client"), 700016,
                          QStringLiteral("Application with identifier '%1' was not found in the directory '%2'.")
                              .arg(clientId, tenant));
    }
    if (form.value(QStringLiteral("scope")).isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following parameter: 'scope'."));
    }
    const QString code = newSecret(QStringLiteral("DC."));
    const QString userCode = QString::number(QRandomGenerator::global()->bounded(10000000, 99999999), 36).toUpper();
    m_deviceCodes.insert(
        code, DeviceCode{clientId, form.value(QStringLiteral("scope")), m_script, m_now().addSecs(900), false});
    const QString uri = request.origin + QStringLiteral("/devicelogin");
    QJsonObject body{
        {QStringLiteral("user_code"), userCode},
        {QStringLiteral("device_code"), code},
        {QStringLiteral("verification_uri"), uri},
        {QStringLiteral("expires_in"), 900},
        {QStringLiteral("interval"), m_interval},
        {QStringLiteral("message"),
         QStringLiteral("To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate.")
             .arg(uri, userCode)},
    };
    EmulatorReply reply;
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

EmulatorReply TokenEndpoint::token(const EmulatorRequest& request, const QString& tenant)
{
    const QHash<QString, QString> form = parseForm(request.body);
    const QString grant = form.value(QStringLiteral("grant_type"));
    m_grantCounts[grant] += 1;
    if (grant == QStringLiteral("urn:ietf:params:oauth:grant-type:device_code")) {
        return pollDeviceCode(form);
    }
    if (grant == QStringLiteral("authorization_code")) {
        return redeemCode(form);
    }
    if (grant == QStringLiteral("refresh_token")) {
        return refresh(form);
    }
    if (grant == QStringLiteral("client_credentials")) {
        return clientCredentials(form, request.origin + u'/' + tenant + QStringLiteral("/oauth2/v2.0/token"));
    }
    if (grant.isEmpty()) {
        return oauthError(400, QStringLiteral("invalid_request"), 900144,
                          QStringLiteral("The request body must contain the following parameter: 'grant_type'."));
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"), 70003,
                      QStringLiteral("The app requested an unsupported grant type '%1'.").arg(grant));
}

EmulatorReply TokenEndpoint::pollDeviceCode(const QHash<QString, QString>& form)
{
    const auto it = m_deviceCodes.find(form.value(QStringLiteral("device_code")));
    if (it == m_deviceCodes.end() || it->used || it->clientId != form.value(QStringLiteral("client_id"))) {
        return oauthError(400, QStringLiteral("bad_verification_code"), 70000,
                          QStringLiteral("The provided value for 'device_code' is not valid."));
    }
    if (m_now() >= it->expiresAt) {
        return oauthError(400, QStringLiteral("expired_token"), 70019, QStringLiteral("Verification code expired."));
    }
    const QString next = it->script.isEmpty() ? QString() : it->script.takeFirst();
    if (next == QStringLiteral("pending")) {
        return oauthError(400, QStringLiteral("authorization_pending"), 70016,
                          QStringLiteral("OAuth 2.0 device flow error. Authorization is pending. Continue polling."));
    }
    if (next == QStringLiteral("slow_down")) {
        return oauthError(400, QStringLiteral("slow_down"), 70016,
                          QStringLiteral("Polling too frequently: slow down."));
    }
    if (next == QStringLiteral("declined")) {
        it->used = true;
        return oauthError(400, QStringLiteral("authorization_declined"), 70000,
                          QStringLiteral("The user declined the authorization request."));
    }
    if (next == QStringLiteral("expired")) {
        it->used = true;
        return oauthError(400, QStringLiteral("expired_token"), 70019, QStringLiteral("Verification code expired."));
    }
    it->used = true;
    return issue(it->clientId, it->scope, true);
}

EmulatorReply TokenEndpoint::authorize(const EmulatorRequest& request)
{
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    const auto value = [&query](const QString& key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    const QString clientId = value(QStringLiteral("client_id"));
    const QUrl redirect(value(QStringLiteral("redirect_uri")));
    EmulatorReply page;
    page.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    const bool loopback = redirect.scheme() == QStringLiteral("http")
        && (redirect.host() == QStringLiteral("localhost") || redirect.host() == QStringLiteral("127.0.0.1")
            || redirect.host() == QStringLiteral("::1"));
    if (!knownClient(clientId) || !loopback) {
        page.status = 400;
        page.body = QByteArrayLiteral("<html><body>AADSTS50011: The redirect URI or the application is not valid."
                                      "</body></html>");
        return page;
    }
    QUrlQuery answer;
    const QString state = m_stateOverride.isEmpty() ? value(QStringLiteral("state")) : m_stateOverride;
    if (!m_authorizeError.isEmpty()) {
        answer.addQueryItem(QStringLiteral("error"), m_authorizeError);
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("AADSTS65004: User declined to consent."));
    } else if (value(QStringLiteral("response_type")) != QStringLiteral("code")
               || value(QStringLiteral("code_challenge_method")) != QStringLiteral("S256")
               || value(QStringLiteral("code_challenge")).isEmpty()) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
        answer.addQueryItem(QStringLiteral("error_description"),
                            QStringLiteral("AADSTS9002325: Proof Key for Code Exchange is required for this client."));
    } else {
        const QString code = newSecret(QStringLiteral("AC."));
        m_authCodes.insert(code,
                           AuthCode{clientId, redirect.toString(), value(QStringLiteral("code_challenge")),
                                    value(QStringLiteral("scope")), m_now().addSecs(600), false});
        answer.addQueryItem(QStringLiteral("code"), code);
    }
    answer.addQueryItem(QStringLiteral("state"), state);
    QUrl location = redirect;
    location.setQuery(answer);
    page.status = 302;
    page.setHeader(QByteArrayLiteral("Location"), location.toEncoded());
    return page;
}

EmulatorReply TokenEndpoint::redeemCode(const QHash<QString, QString>& form)
{
    const auto it = m_authCodes.find(form.value(QStringLiteral("code")));
    if (it == m_authCodes.end()) {
        return oauthError(400, QStringLiteral("invalid_grant"), 70000,
                          QStringLiteral("The provided authorization code is not valid."));
    }
    if (it->used) {
        return oauthError(400, QStringLiteral("invalid_grant"), 54005,
                          QStringLiteral("OAuth2 Authorization code was already redeemed."));
    }
    it->used = true;
    if (m_now() >= it->expiresAt) {
        return oauthError(400, QStringLiteral("invalid_grant"), 70008,
                          QStringLiteral("The provided authorization code has expired."));
    }
    if (it->clientId != form.value(QStringLiteral("client_id"))
        || it->redirectUri != form.value(QStringLiteral("redirect_uri"))) {
        return oauthError(400, QStringLiteral("invalid_grant"), 50148,
                          QStringLiteral("The code was issued to a different client or redirect URI."));
    }
    if (form.contains(QStringLiteral("client_secret")) || form.contains(QStringLiteral("client_assertion"))) {
        return oauthError(
            401, QStringLiteral("invalid_request"), 700025,
            QStringLiteral("Client is public so neither 'client_assertion' nor 'client_secret' should be presented."));
    }
    const QByteArray verifier = form.value(QStringLiteral("code_verifier")).toLatin1();
    if (!verifier.isEmpty() && !m_secrets.contains(QString::fromLatin1(verifier))) {
        m_secrets.append(QString::fromLatin1(verifier)); // the client's PKCE secret: leak tests look for it too
    }
    const QString challenge
        = QString::fromLatin1(b64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
    if (verifier.isEmpty() || challenge != it->challenge) {
        return oauthError(
            400, QStringLiteral("invalid_grant"), 501481,
            QStringLiteral(
                "The Code_Verifier does not match the code_challenge supplied in the authorization request."));
    }
    return issue(it->clientId, it->scope, true);
}

EmulatorReply TokenEndpoint::refresh(const QHash<QString, QString>& form)
{
    const QString presented = form.value(QStringLiteral("refresh_token"));
    const auto it = m_refreshTokens.find(presented);
    if (it == m_refreshTokens.end() || it.value() != form.value(QStringLiteral("client_id"))) {
        return oauthError(400, QStringLiteral("invalid_grant"), 700082,
                          QStringLiteral("The refresh token has expired or was revoked. The user must sign in again."));
    }
    if (m_redeemedRefreshTokens.contains(presented)) {
        ++m_reusedRefreshTokens; // still accepted, as by Entra ID; a test may insist the client kept the newest
    } else {
        m_redeemedRefreshTokens.insert(presented);
    }
    return issue(it.value(), form.value(QStringLiteral("scope")), true);
}

EmulatorReply TokenEndpoint::clientCredentials(const QHash<QString, QString>& form, const QString& audience)
{
    const QString clientId = form.value(QStringLiteral("client_id"));
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.constEnd()) {
        return oauthError(
            400, QStringLiteral("unauthorized_client"), 700016,
            QStringLiteral("Application with identifier '%1' was not found in the directory.").arg(clientId));
    }
    if (!form.value(QStringLiteral("scope")).endsWith(QStringLiteral("/.default"))
        || form.value(QStringLiteral("scope")).contains(u' ')) {
        return oauthError(
            400, QStringLiteral("invalid_scope"), 1002012,
            QStringLiteral("The provided value for scope is not valid. Client credential flows must have a scope "
                           "value with /.default suffixed to the resource identifier."));
    }
    if (form.contains(QStringLiteral("client_assertion"))) {
        if (form.value(QStringLiteral("client_assertion_type"))
            != QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")) {
            return oauthError(400, QStringLiteral("invalid_request"), 50027,
                              QStringLiteral("Invalid client_assertion_type."));
        }
        const QString problem = verifyAssertion(clientId, form.value(QStringLiteral("client_assertion")), audience);
        if (!problem.isEmpty()) {
            return oauthError(401, QStringLiteral("invalid_client"), 700027, problem);
        }
    } else if (client->secret.isEmpty() || form.value(QStringLiteral("client_secret")) != client->secret) {
        return oauthError(401, QStringLiteral("invalid_client"), 7000215,
                          QStringLiteral("Invalid client secret provided."));
    }
    return issue(clientId, form.value(QStringLiteral("scope")), false);
}

QString TokenEndpoint::verifyAssertion(const QString& clientId, const QString& assertion, const QString& audience)
{
    const QByteArray der = m_clients.value(clientId).certificateDer;
    if (der.isEmpty()) {
        return QStringLiteral("No certificate is registered for this application.");
    }
    const QList<QByteArray> parts = assertion.toLatin1().split('.');
    if (parts.size() != 3) {
        return QStringLiteral("Client assertion is not a well-formed JWT.");
    }
    const QJsonObject header = QJsonDocument::fromJson(unb64url(parts.at(0))).object();
    const QJsonObject claims = QJsonDocument::fromJson(unb64url(parts.at(1))).object();
    const QString alg = header.value(QStringLiteral("alg")).toString();
    bool pss = false;
    if (alg == QStringLiteral("PS256")) {
        pss = true;
        if (header.value(QStringLiteral("x5t#S256")).toString().toLatin1()
            != b64url(QCryptographicHash::hash(der, QCryptographicHash::Sha256))) {
            return QStringLiteral(
                "The certificate with identifier used to sign the client assertion is not registered on the app "
                "(x5t#S256).");
        }
    } else if (alg == QStringLiteral("RS256")) {
        if (header.value(QStringLiteral("x5t")).toString().toLatin1()
            != b64url(QCryptographicHash::hash(der, QCryptographicHash::Sha1))) {
            return QStringLiteral(
                "The certificate with identifier used to sign the client assertion is not registered on the app "
                "(x5t).");
        }
    } else {
        return QStringLiteral("Client assertion uses an unsupported algorithm.");
    }
    if (!verifySignature(der, parts.at(0) + '.' + parts.at(1), unb64url(parts.at(2)), pss)) {
        return QStringLiteral("Client assertion failed signature validation.");
    }
    if (claims.value(QStringLiteral("aud")).toString() != audience) {
        return QStringLiteral("The audience claim value is invalid '%1'.")
            .arg(claims.value(QStringLiteral("aud")).toString());
    }
    if (claims.value(QStringLiteral("iss")).toString() != clientId
        || claims.value(QStringLiteral("sub")).toString() != clientId) {
        return QStringLiteral("Client assertion contains an invalid issuer or subject.");
    }
    const qint64 now = m_now().toSecsSinceEpoch();
    const qint64 skew = 300;
    if (qint64(claims.value(QStringLiteral("exp")).toDouble()) + skew < now
        || qint64(claims.value(QStringLiteral("nbf")).toDouble()) - skew > now) {
        return QStringLiteral("Client assertion is not within its valid time range.");
    }
    m_lastAlgorithm = alg;
    return {};
}

EmulatorReply TokenEndpoint::issue(const QString& clientId, const QString& scope, bool delegated)
{
    const QString access = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0.") + newSecret(QStringLiteral("at"))
        + QStringLiteral(".emulator");
    m_lastAccessToken = access;
    QJsonObject body{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("scope"), scope},
        {QStringLiteral("expires_in"), m_lifetime},
        {QStringLiteral("ext_expires_in"), m_lifetime},
        {QStringLiteral("access_token"), access},
    };
    if (delegated) {
        if (scope.contains(QStringLiteral("offline_access"))) {
            const QString refreshToken = newSecret(QStringLiteral("RT."));
            m_refreshTokens.insert(refreshToken, clientId);
            body.insert(QStringLiteral("refresh_token"), refreshToken);
        }
        if (scope.contains(QStringLiteral("openid"))) {
            const QJsonObject claims{{QStringLiteral("preferred_username"), m_userName},
                                     {QStringLiteral("aud"), clientId}};
            body.insert(QStringLiteral("id_token"),
                        QString::fromLatin1(b64url(R"({"typ":"JWT","alg":"none"})") + '.'
                                            + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'));
        }
    }
    if (m_issued) {
        AccessGrant grant;
        if (delegated) {
            grant = AccessGrant::fromScope(scope);
        } else {
            grant.appOnly = true;
            grant.permissions
                = m_appPermissions.value(clientId,
                                         {QStringLiteral("User.Read.All"), QStringLiteral("Group.Read.All"),
                                          QStringLiteral("Contacts.Read"), QStringLiteral("ProfilePhoto.Read.All")});
        }
        m_issued(access, grant);
    }
    EmulatorReply reply;
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    reply.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store, no-cache"));
    return reply;
}

} // namespace Portrait
