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

using namespace Qt::StringLiterals;

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
    const QString timestamp = m_now().toString(u"yyyy-MM-dd hh:mm:ss'Z'"_s);
    const QString trace = guid();
    const QString correlation = guid();
    QJsonObject body{
        {u"error"_s, error},
        {u"error_description"_s,
         u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\nTimestamp: %5"_s.arg(
             QString::number(code), description, trace, correlation, timestamp)},
        {u"error_codes"_s, QJsonArray{code}},
        {u"timestamp"_s, timestamp},
        {u"trace_id"_s, trace},
        {u"correlation_id"_s, correlation},
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
        return request.method == "GET"
            ? authorize(request)
            : oauthError(405, u"invalid_request"_s, 900561, u"The endpoint only accepts GET requests."_s);
    }
    if (request.method != "POST") {
        return oauthError(405, u"invalid_request"_s, 900561, u"The endpoint only accepts POST requests."_s);
    }
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'grant_type'."_s);
    }
    return endpoint == "devicecode" ? deviceCode(request, tenant) : token(request, tenant);
}

EmulatorReply TokenEndpoint::deviceCode(const EmulatorRequest& request, const QString& tenant)
{
    const QHash<QString, QString> form = parseForm(request.body);
    const QString clientId = form.value(u"client_id"_s);
    if (!knownClient(clientId)) {
        return oauthError(
            400, u"unauthorized_client"_s, 700016,
            u"Application with identifier '%1' was not found in the directory '%2'."_s.arg(clientId, tenant));
    }
    if (form.value(u"scope"_s).isEmpty()) {
        return oauthError(400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'scope'."_s);
    }
    const QString code = newSecret(u"DC."_s);
    const QString userCode = QString::number(QRandomGenerator::global()->bounded(10000000, 99999999), 36).toUpper();
    m_deviceCodes.insert(code, DeviceCode{clientId, form.value(u"scope"_s), m_script, m_now().addSecs(900), false});
    const QString uri = request.origin + u"/devicelogin"_s;
    QJsonObject body{
        {u"user_code"_s, userCode},
        {u"device_code"_s, code},
        {u"verification_uri"_s, uri},
        {u"expires_in"_s, 900},
        {u"interval"_s, m_interval},
        {u"message"_s,
         u"To sign in, use a web browser to open the page %1 and enter the code %2 to authenticate."_s.arg(uri,
                                                                                                           userCode)},
    };
    EmulatorReply reply;
    reply.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

EmulatorReply TokenEndpoint::token(const EmulatorRequest& request, const QString& tenant)
{
    const QHash<QString, QString> form = parseForm(request.body);
    const QString grant = form.value(u"grant_type"_s);
    m_grantCounts[grant] += 1;
    if (grant == u"urn:ietf:params:oauth:grant-type:device_code"_s) {
        return pollDeviceCode(form);
    }
    if (grant == u"authorization_code"_s) {
        return redeemCode(form);
    }
    if (grant == u"refresh_token"_s) {
        return refresh(form);
    }
    if (grant == u"client_credentials"_s) {
        return clientCredentials(form, request.origin + u'/' + tenant + u"/oauth2/v2.0/token"_s);
    }
    if (grant.isEmpty()) {
        return oauthError(400, u"invalid_request"_s, 900144,
                          u"The request body must contain the following parameter: 'grant_type'."_s);
    }
    return oauthError(400, u"unsupported_grant_type"_s, 70003,
                      u"The app requested an unsupported grant type '%1'."_s.arg(grant));
}

EmulatorReply TokenEndpoint::pollDeviceCode(const QHash<QString, QString>& form)
{
    const auto it = m_deviceCodes.find(form.value(u"device_code"_s));
    if (it == m_deviceCodes.end() || it->used || it->clientId != form.value(u"client_id"_s)) {
        return oauthError(400, u"bad_verification_code"_s, 70000,
                          u"The provided value for 'device_code' is not valid."_s);
    }
    if (m_now() >= it->expiresAt) {
        return oauthError(400, u"expired_token"_s, 70019, u"Verification code expired."_s);
    }
    const QString next = it->script.isEmpty() ? QString() : it->script.takeFirst();
    if (next == u"pending"_s) {
        return oauthError(400, u"authorization_pending"_s, 70016,
                          u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    }
    if (next == u"slow_down"_s) {
        return oauthError(400, u"slow_down"_s, 70016, u"Polling too frequently: slow down."_s);
    }
    if (next == u"declined"_s) {
        it->used = true;
        return oauthError(400, u"authorization_declined"_s, 70000, u"The user declined the authorization request."_s);
    }
    if (next == u"expired"_s) {
        it->used = true;
        return oauthError(400, u"expired_token"_s, 70019, u"Verification code expired."_s);
    }
    it->used = true;
    return issue(it->clientId, it->scope, true);
}

EmulatorReply TokenEndpoint::authorize(const EmulatorRequest& request)
{
    const QUrlQuery query(QString::fromLatin1(request.rawQuery));
    const auto value = [&query](const QString& key) { return query.queryItemValue(key, QUrl::FullyDecoded); };
    const QString clientId = value(u"client_id"_s);
    const QUrl redirect(value(u"redirect_uri"_s));
    EmulatorReply page;
    page.contentType = QByteArrayLiteral("text/html; charset=utf-8");
    const bool loopback = redirect.scheme() == u"http"_s
        && (redirect.host() == u"localhost"_s || redirect.host() == u"127.0.0.1"_s || redirect.host() == u"::1"_s);
    if (!knownClient(clientId) || !loopback) {
        page.status = 400;
        page.body = QByteArrayLiteral("<html><body>AADSTS50011: The redirect URI or the application is not valid."
                                      "</body></html>");
        return page;
    }
    QUrlQuery answer;
    const QString state = m_stateOverride.isEmpty() ? value(u"state"_s) : m_stateOverride;
    if (!m_authorizeError.isEmpty()) {
        answer.addQueryItem(u"error"_s, m_authorizeError);
        answer.addQueryItem(u"error_description"_s, u"AADSTS65004: User declined to consent."_s);
    } else if (value(u"response_type"_s) != u"code"_s || value(u"code_challenge_method"_s) != u"S256"_s
               || value(u"code_challenge"_s).isEmpty()) {
        answer.addQueryItem(u"error"_s, u"invalid_request"_s);
        answer.addQueryItem(u"error_description"_s,
                            u"AADSTS9002325: Proof Key for Code Exchange is required for this client."_s);
    } else {
        const QString code = newSecret(u"AC."_s);
        m_authCodes.insert(code,
                           AuthCode{clientId, redirect.toString(), value(u"code_challenge"_s), value(u"scope"_s),
                                    m_now().addSecs(600), false});
        answer.addQueryItem(u"code"_s, code);
    }
    answer.addQueryItem(u"state"_s, state);
    QUrl location = redirect;
    location.setQuery(answer);
    page.status = 302;
    page.setHeader(QByteArrayLiteral("Location"), location.toEncoded());
    return page;
}

EmulatorReply TokenEndpoint::redeemCode(const QHash<QString, QString>& form)
{
    const auto it = m_authCodes.find(form.value(u"code"_s));
    if (it == m_authCodes.end()) {
        return oauthError(400, u"invalid_grant"_s, 70000, u"The provided authorization code is not valid."_s);
    }
    if (it->used) {
        return oauthError(400, u"invalid_grant"_s, 54005, u"OAuth2 Authorization code was already redeemed."_s);
    }
    it->used = true;
    if (m_now() >= it->expiresAt) {
        return oauthError(400, u"invalid_grant"_s, 70008, u"The provided authorization code has expired."_s);
    }
    if (it->clientId != form.value(u"client_id"_s) || it->redirectUri != form.value(u"redirect_uri"_s)) {
        return oauthError(400, u"invalid_grant"_s, 50148,
                          u"The code was issued to a different client or redirect URI."_s);
    }
    if (form.contains(u"client_secret"_s) || form.contains(u"client_assertion"_s)) {
        return oauthError(401, u"invalid_request"_s, 700025,
                          u"Client is public so neither 'client_assertion' nor 'client_secret' should be presented."_s);
    }
    const QByteArray verifier = form.value(u"code_verifier"_s).toLatin1();
    if (!verifier.isEmpty() && !m_secrets.contains(QString::fromLatin1(verifier))) {
        m_secrets.append(QString::fromLatin1(verifier)); // the client's PKCE secret: leak tests look for it too
    }
    const QString challenge
        = QString::fromLatin1(b64url(QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)));
    if (verifier.isEmpty() || challenge != it->challenge) {
        return oauthError(
            400, u"invalid_grant"_s, 501481,
            u"The Code_Verifier does not match the code_challenge supplied in the authorization request."_s);
    }
    return issue(it->clientId, it->scope, true);
}

EmulatorReply TokenEndpoint::refresh(const QHash<QString, QString>& form)
{
    const QString presented = form.value(u"refresh_token"_s);
    const auto it = m_refreshTokens.find(presented);
    if (it == m_refreshTokens.end() || it.value() != form.value(u"client_id"_s)) {
        return oauthError(400, u"invalid_grant"_s, 700082,
                          u"The refresh token has expired or was revoked. The user must sign in again."_s);
    }
    if (m_redeemedRefreshTokens.contains(presented)) {
        ++m_reusedRefreshTokens; // still accepted, as by Entra ID; a test may insist the client kept the newest
    } else {
        m_redeemedRefreshTokens.insert(presented);
    }
    return issue(it.value(), form.value(u"scope"_s), true);
}

EmulatorReply TokenEndpoint::clientCredentials(const QHash<QString, QString>& form, const QString& audience)
{
    const QString clientId = form.value(u"client_id"_s);
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.constEnd()) {
        return oauthError(400, u"unauthorized_client"_s, 700016,
                          u"Application with identifier '%1' was not found in the directory."_s.arg(clientId));
    }
    if (!form.value(u"scope"_s).endsWith(u"/.default"_s) || form.value(u"scope"_s).contains(u' ')) {
        return oauthError(400, u"invalid_scope"_s, 1002012,
                          u"The provided value for scope is not valid. Client credential flows must have a scope "
                          "value with /.default suffixed to the resource identifier."_s);
    }
    if (form.contains(u"client_assertion"_s)) {
        if (form.value(u"client_assertion_type"_s) != u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s) {
            return oauthError(400, u"invalid_request"_s, 50027, u"Invalid client_assertion_type."_s);
        }
        const QString problem = verifyAssertion(clientId, form.value(u"client_assertion"_s), audience);
        if (!problem.isEmpty()) {
            return oauthError(401, u"invalid_client"_s, 700027, problem);
        }
    } else if (client->secret.isEmpty() || form.value(u"client_secret"_s) != client->secret) {
        return oauthError(401, u"invalid_client"_s, 7000215, u"Invalid client secret provided."_s);
    }
    return issue(clientId, form.value(u"scope"_s), false);
}

QString TokenEndpoint::verifyAssertion(const QString& clientId, const QString& assertion, const QString& audience)
{
    const QByteArray der = m_clients.value(clientId).certificateDer;
    if (der.isEmpty()) {
        return u"No certificate is registered for this application."_s;
    }
    const QList<QByteArray> parts = assertion.toLatin1().split('.');
    if (parts.size() != 3) {
        return u"Client assertion is not a well-formed JWT."_s;
    }
    const QJsonObject header = QJsonDocument::fromJson(unb64url(parts.at(0))).object();
    const QJsonObject claims = QJsonDocument::fromJson(unb64url(parts.at(1))).object();
    const QString alg = header.value(u"alg"_s).toString();
    bool pss = false;
    if (alg == u"PS256"_s) {
        pss = true;
        if (header.value(u"x5t#S256"_s).toString().toLatin1()
            != b64url(QCryptographicHash::hash(der, QCryptographicHash::Sha256))) {
            return u"The certificate with identifier used to sign the client assertion is not registered on the app "
                   "(x5t#S256)."_s;
        }
    } else if (alg == u"RS256"_s) {
        if (header.value(u"x5t"_s).toString().toLatin1()
            != b64url(QCryptographicHash::hash(der, QCryptographicHash::Sha1))) {
            return u"The certificate with identifier used to sign the client assertion is not registered on the app "
                   "(x5t)."_s;
        }
    } else {
        return u"Client assertion uses an unsupported algorithm."_s;
    }
    if (!verifySignature(der, parts.at(0) + '.' + parts.at(1), unb64url(parts.at(2)), pss)) {
        return u"Client assertion failed signature validation."_s;
    }
    if (claims.value(u"aud"_s).toString() != audience) {
        return u"The audience claim value is invalid '%1'."_s.arg(claims.value(u"aud"_s).toString());
    }
    if (claims.value(u"iss"_s).toString() != clientId || claims.value(u"sub"_s).toString() != clientId) {
        return u"Client assertion contains an invalid issuer or subject."_s;
    }
    const qint64 now = m_now().toSecsSinceEpoch();
    const qint64 skew = 300;
    if (qint64(claims.value(u"exp"_s).toDouble()) + skew < now
        || qint64(claims.value(u"nbf"_s).toDouble()) - skew > now) {
        return u"Client assertion is not within its valid time range."_s;
    }
    m_lastAlgorithm = alg;
    return {};
}

EmulatorReply TokenEndpoint::issue(const QString& clientId, const QString& scope, bool delegated)
{
    const QString access = u"eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0."_s + newSecret(u"at"_s) + u".emulator"_s;
    m_lastAccessToken = access;
    QJsonObject body{
        {u"token_type"_s, u"Bearer"_s},    {u"scope"_s, scope},         {u"expires_in"_s, m_lifetime},
        {u"ext_expires_in"_s, m_lifetime}, {u"access_token"_s, access},
    };
    if (delegated) {
        if (scope.contains(u"offline_access"_s)) {
            const QString refreshToken = newSecret(u"RT."_s);
            m_refreshTokens.insert(refreshToken, clientId);
            body.insert(u"refresh_token"_s, refreshToken);
        }
        if (scope.contains(u"openid"_s)) {
            const QJsonObject claims{{u"preferred_username"_s, m_userName}, {u"aud"_s, clientId}};
            body.insert(u"id_token"_s,
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
            grant.permissions = m_appPermissions.value(
                clientId, {u"User.Read.All"_s, u"Group.Read.All"_s, u"Contacts.Read"_s, u"ProfilePhoto.Read.All"_s});
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
