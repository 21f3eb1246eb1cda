#include "TokenProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

namespace Portrait {

TokenResult TokenResult::failure(const GraphError& error)
{
    TokenResult result;
    result.error = error;
    return result;
}

TokenResult TokenResult::signInRequired(const QString& message)
{
    return failure(GraphError::make(GraphError::Kind::Auth, message, interactionRequiredCode()));
}

TokenResult TokenResult::signInRequired(const TrMessage& message)
{
    return failure(GraphError::make(GraphError::Kind::Auth, message, interactionRequiredCode()));
}

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
        result = TokenResult::failure(
            GraphError::make(GraphError::Kind::Auth,
                             trMessage("Portrait::TokenProvider",
                                       QT_TRANSLATE_NOOP("Portrait::TokenProvider", "no access token was given"))));
    } else if (forceRefresh) {
        // A fixed token cannot be renewed: the 401 stands.
        result = TokenResult::signInRequired(trMessage(
            "Portrait::TokenProvider",
            QT_TRANSLATE_NOOP("Portrait::TokenProvider", "the access token was refused and cannot be renewed")));
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
