#include "BatchResponse.h"

#include "graph/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portrait {

bool decodeBase64Any(const QByteArray& text, QByteArray* out)
{
    QByteArray clean = text.trimmed();
    if (clean.isEmpty()) {
        out->clear();
        return true;
    }
    const bool urlSafe = clean.contains('-') || clean.contains('_');
    while (clean.endsWith('=')) {
        clean.chop(1);
    }
    const auto options = (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding)
        | QByteArray::AbortOnBase64DecodingErrors | QByteArray::OmitTrailingEquals;
    const auto result = QByteArray::fromBase64Encoding(clean, options);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        return false;
    }
    *out = result.decoded;
    return true;
}

bool parseBatchResponse(const QByteArray& body, const QDateTime& now, QHash<QString, GraphResponse>* items,
                        QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("responses")).isArray()) {
        *error = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                      : QStringLiteral("expected an object with a 'responses' array");
        return false;
    }
    items->clear();
    const QJsonArray responses = doc.object().value(QLatin1String("responses")).toArray();
    for (const QJsonValue& v : responses) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id.isEmpty()) {
            continue;
        }
        GraphResponse r;
        r.status = o.value(QLatin1String("status")).toInt();
        const QJsonObject headers = o.value(QLatin1String("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            r.headers.insert(it.key().toLatin1().toLower(), it.value().toVariant().toString().toUtf8());
        }
        const QJsonValue b = o.value(QLatin1String("body"));
        if (b.isObject() || b.isArray()) {
            r.body = b.isObject() ? QJsonDocument(b.toObject()).toJson(QJsonDocument::Compact)
                                  : QJsonDocument(b.toArray()).toJson(QJsonDocument::Compact);
        } else if (b.isString()) {
            const QByteArray text = b.toString().toLatin1();
            const bool jsonType = r.headers.value("content-type").contains("json");
            if (jsonType || !decodeBase64Any(text, &r.body)) {
                r.body = b.toString().toUtf8();
            }
        }
        if (r.status < 200 || r.status >= 300) {
            r.error = r.status == 0
                ? GraphError::make(GraphError::Kind::Protocol, QStringLiteral("batch item %1 has no status").arg(id),
                                   QStringLiteral("bad-batch"))
                : GraphError::http(r.status, r.body);
            if (r.error.requestId.isEmpty()) {
                r.error.requestId = QString::fromLatin1(r.headers.value("request-id"));
            }
            r.error.retryAfterSeconds = RetryPolicy::parseRetryAfter(r.headers.value("retry-after"), now);
        }
        items->insert(id, r);
    }
    return true;
}

} // namespace Portrait
