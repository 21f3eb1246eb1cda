#include "AuditSnapshot.h"

#include "bulk/JsonReportWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Portrait {

bool AuditSnapshot::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    return parse(file.readAll(), error);
}

bool AuditSnapshot::parse(const QByteArray& json, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        if (error) {
            *error = pe.errorString();
        }
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != JsonReportWriter::formatName()
        || !root.value(QLatin1String("records")).isArray()) {
        if (error) {
            *error = QCoreApplication::translate(
                "Portrait::AuditSnapshot",
                "not a Portrait audit snapshot (made by 'audit --snapshot' or '--report FILE.json')");
        }
        return false;
    }
    m_createdAt = QDateTime::fromString(root.value(QLatin1String("createdAt")).toString(), Qt::ISODate);
    m_scopes.clear();
    for (const QJsonValue& v : root.value(QLatin1String("scopes")).toArray()) {
        m_scopes.append(v.toString());
    }
    m_deep = root.value(QLatin1String("deep")).toBool();
    m_complete = root.value(QLatin1String("complete")).toBool(true);
    m_records.clear();
    m_byPath.clear();
    for (const QJsonValue& v : root.value(QLatin1String("records")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString path = o.value(QLatin1String("path")).toString();
        if (path.isEmpty() || m_byPath.contains(path)) {
            continue;
        }
        m_byPath.insert(path, m_records.size());
        m_records.append(o);
    }
    return true;
}

const QJsonObject* AuditSnapshot::find(const QString& path) const
{
    const auto it = m_byPath.constFind(path);
    return it == m_byPath.constEnd() ? nullptr : &m_records.at(*it);
}

} // namespace Portrait
