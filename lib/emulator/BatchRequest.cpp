#include "BatchRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <random>

namespace Portrait {

bool BatchRequest::parse(const EmulatorRequest& outer, const QString& version, QString* errorCode,
                         QString* errorMessage)
{
    const auto fail = [&](const QString& message) {
        *errorCode = QStringLiteral("BadRequest");
        *errorMessage = message;
        return false;
    };
    m_items.clear();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(outer.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return fail(QStringLiteral("Invalid batch payload format."));
    }
    const QJsonValue requests = doc.object().value(QStringLiteral("requests"));
    if (!requests.isArray()) {
        return fail(QStringLiteral("Invalid batch payload format."));
    }
    const QJsonArray array = requests.toArray();
    if (array.isEmpty()) {
        return fail(QStringLiteral("Invalid batch payload format."));
    }
    if (array.size() > maxItems) {
        return fail(QStringLiteral("The number of requests in a batch should not exceed %1.").arg(maxItems));
    }
    QSet<QString> ids;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const QString method = o.value(QStringLiteral("method")).toString().toUpper();
        QString url = o.value(QStringLiteral("url")).toString();
        if (id.isEmpty() || method.isEmpty() || url.isEmpty()) {
            return fail(QStringLiteral("Every request in a batch needs an id, a method and a url."));
        }
        if (ids.contains(id.toLower())) {
            return fail(QStringLiteral("Request Id %1 must be unique in a batch.").arg(id));
        }
        ids.insert(id.toLower());
        if (url.startsWith(QStringLiteral("http://"), Qt::CaseInsensitive)
            || url.startsWith(QStringLiteral("https://"), Qt::CaseInsensitive)) {
            return fail(QStringLiteral("Batch request urls must be relative: %1").arg(url));
        }
        if (!url.startsWith(u'/')) {
            url.prepend(u'/');
        }
        // Microsoft's SDKs send absolute URLs cut after the host ("/v1.0/me"); Graph takes those too.
        for (const QString prefix : {QStringLiteral("/v1.0/"), QStringLiteral("/beta/")}) {
            if (url.startsWith(prefix, Qt::CaseInsensitive)) {
                url = url.mid(prefix.size() - 1);
                break;
            }
        }
        Item item;
        item.id = id;
        if (o.contains(QStringLiteral("dependsOn"))) {
            const QJsonArray on = o.value(QStringLiteral("dependsOn")).toArray();
            if (on.size() != 1) {
                return fail(QStringLiteral("Request %1 must depend on exactly one other request.").arg(id));
            }
            const QString dependency = on.first().toString().toLower();
            for (int i = 0; i < m_items.size(); ++i) {
                item.dependsOn = m_items.at(i).id.toLower() == dependency ? i : item.dependsOn;
            }
            if (item.dependsOn < 0) {
                return fail(QStringLiteral("Request %1 depends on %2, which is not a request before it in the batch.")
                                .arg(id, on.first().toString()));
            }
        }
        item.request.method = method.toLatin1();
        const QByteArray target = url.toUtf8();
        const qsizetype q = target.indexOf('?');
        item.request.rawPath = '/' + version.toLatin1() + (q < 0 ? target : target.left(q));
        item.request.rawQuery = q < 0 ? QByteArray() : target.mid(q + 1);
        item.request.origin = outer.origin;
        // Inner requests inherit the caller's credentials; their own headers come on top.
        for (const auto& header : outer.headers) {
            if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0) {
                item.request.headers.append(header);
            }
        }
        const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            item.request.headers.append({it.key().toLatin1(), it.value().toString().toUtf8()});
        }
        m_items.append(item);
    }
    return true;
}

QByteArray BatchRequest::response(const QList<EmulatorReply>& replies, quint64 seed, Alphabet alphabet) const
{
    QList<int> order;
    for (int i = 0; i < m_items.size() && i < replies.size(); ++i) {
        order.append(i);
    }
    std::mt19937_64 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);

    QJsonArray responses;
    for (int i : order) {
        const EmulatorReply& reply = replies.at(i);
        QJsonObject headers;
        if (!reply.contentType.isEmpty()) {
            headers.insert(QStringLiteral("Content-Type"), QString::fromLatin1(reply.contentType));
        }
        for (const auto& [name, value] : reply.headers) {
            const QByteArray lower = name.toLower();
            if (lower == "retry-after" || lower == "etag" || lower == "cache-control") {
                headers.insert(QString::fromLatin1(name), QString::fromLatin1(value));
            }
        }
        QJsonObject item{{QStringLiteral("id"), m_items.at(i).id},
                         {QStringLiteral("status"), reply.status},
                         {QStringLiteral("headers"), headers}};
        if (reply.contentType.startsWith("application/json")) {
            item.insert(QStringLiteral("body"), QJsonDocument::fromJson(reply.body).object());
        } else if (!reply.body.isEmpty()) {
            const auto options = alphabet == Alphabet::Standard
                ? QByteArray::Base64Encoding
                : (QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
            item.insert(QStringLiteral("body"), QString::fromLatin1(reply.body.toBase64(options)));
        } else {
            item.insert(QStringLiteral("body"), QJsonValue::Null);
        }
        responses.append(item);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson(QJsonDocument::Compact);
}

} // namespace Portrait
