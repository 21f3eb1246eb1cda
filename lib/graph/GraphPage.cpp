#include "GraphPage.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Portrait {

bool GraphPage::parse(const QByteArray& body, GraphPage* page, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        return fail(QStringLiteral("malformed JSON at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    }
    if (!doc.isObject()) {
        return fail(QStringLiteral("expected a JSON object"));
    }
    const QJsonObject root = doc.object();
    const QJsonValue value = root.value(QLatin1String("value"));
    if (!value.isArray()) {
        return fail(QStringLiteral("expected a 'value' array"));
    }
    GraphPage p;
    const QJsonArray array = value.toArray();
    p.value.reserve(array.size());
    for (const QJsonValue& v : array) {
        if (v.isObject()) {
            p.value.append(v.toObject());
        }
    }
    const QJsonValue next = root.value(QLatin1String("@odata.nextLink"));
    if (!next.isUndefined() && !next.isNull()) {
        const QString link = next.toString();
        // Keep the link exactly as sent: its $skiptoken is opaque (docs/GRAPH.md#paging).
        const QUrl url = QUrl::fromEncoded(link.toUtf8(), QUrl::TolerantMode);
        if (link.isEmpty() || !url.isValid() || url.isRelative()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            return fail(QStringLiteral("malformed @odata.nextLink '%1'").arg(link.left(200)));
        }
        p.nextLink = url;
    }
    const QJsonValue count = root.value(QLatin1String("@odata.count"));
    // A count that no collection can have (negative, or beyond 2^53 where doubles stop counting) is unknown;
    // converting it to qint64 would be undefined behaviour (found by tests/fuzz).
    if (count.isDouble() && count.toDouble() >= 0 && count.toDouble() <= 9007199254740992.0) {
        p.count = qint64(count.toDouble());
    }
    *page = std::move(p);
    return true;
}

} // namespace Portrait
