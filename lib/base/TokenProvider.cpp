#include "TokenProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

namespace Portrait {

StaticTokenProvider::StaticTokenProvider(const QString& token, QObject* parent)
    : TokenProvider(parent)
    , m_token(token.trimmed())
{ }

StaticTokenProvider::~StaticTokenProvider() = default;

void StaticTokenProvider::requestToken(QObject* context, Callback callback, bool forceRefresh)
{
    TokenResult result;
    result.accessToken = m_token;
    if (m_token.isEmpty()) {
        result.error = QCoreApplication::translate("Portrait::TokenProvider", "no access token was given");
    } else if (forceRefresh) {
        // A fixed token cannot be renewed: the 401 stands.
        result.accessToken.clear();
        result.error = QCoreApplication::translate("Portrait::TokenProvider",
                                                   "the access token was refused and cannot be renewed");
        result.interactionRequired = true;
    }
    QMetaObject::invokeMethod(
        context, [callback = std::move(callback), result]() { callback(result); }, Qt::QueuedConnection);
}

bool StaticTokenProvider::readTokenFile(const QString& path, QString* token, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Portrait::TokenProvider", "cannot read token file '%1': %2")
                     .arg(path, file.errorString());
        return false;
    }
    const QByteArray first = file.readLine(64 * 1024).trimmed();
    if (first.isEmpty()) {
        *error = QCoreApplication::translate("Portrait::TokenProvider", "token file '%1' is empty").arg(path);
        return false;
    }
    *token = QString::fromUtf8(first);
    return true;
}

} // namespace Portrait
