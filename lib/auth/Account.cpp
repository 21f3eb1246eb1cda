#include "Account.h"

#include "auth/TokenStore.h"

#include <QRegularExpression>

namespace Portrait {

QString Account::secretKey(const QString& kind) const
{
    return TokenStore::key(tenant, name, kind);
}

QStringList Account::secretKinds() const
{
    switch (mode) {
    case Mode::ClientSecret:
        return {TokenStore::clientSecretKind()};
    case Mode::Certificate:
        return {TokenStore::certificatePasswordKind()};
    default:
        return {TokenStore::refreshTokenKind()};
    }
}

bool Account::endpoints(AuthEndpoints* result, QString* error) const
{
    AuthEndpoints e(cloud, tenant);
    if (!loginUrl.isEmpty() && !e.setLoginOrigin(loginUrl, error)) {
        return false;
    }
    if (!graphUrl.isEmpty()) {
        QString rootError;
        const GraphRoot root = GraphRoot::parse(graphUrl, &rootError);
        if (!root.isValid()) {
            *error = rootError;
            return false;
        }
        e.setGraphOrigin(root.url().adjusted(QUrl::RemovePath | QUrl::RemoveQuery));
    }
    *result = e;
    return true;
}

QString Account::modeName(Mode mode)
{
    switch (mode) {
    case Mode::DeviceCode:
        return QStringLiteral("device-code");
    case Mode::Browser:
        return QStringLiteral("browser");
    case Mode::ClientSecret:
        return QStringLiteral("client-secret");
    case Mode::Certificate:
        return QStringLiteral("certificate");
    }
    return {};
}

bool Account::modeFromName(const QString& name, Mode* mode)
{
    for (Mode m : {Mode::DeviceCode, Mode::Browser, Mode::ClientSecret, Mode::Certificate}) {
        if (modeName(m) == name) {
            *mode = m;
            return true;
        }
    }
    return false;
}

bool Account::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace Portrait
