#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Portrait {

/**
 * @brief An audit saved to a file, read back: the JSON report (JsonReportWriter) is the snapshot format.
 *
 * Records are keyed by `path` (the canonical, id-based Graph path), so renamed principals stay the same one.
 */
class AuditSnapshot
{
public:
    AuditSnapshot() = default;

    /// Reads @p path; false with @p error when it is not a Portrait audit snapshot.
    bool load(const QString& path, QString* error = nullptr);
    /// Reads snapshot JSON text.
    bool parse(const QByteArray& json, QString* error = nullptr);

    QDateTime createdAt() const { return m_createdAt; }
    QStringList scopes() const { return m_scopes; }
    bool isDeep() const { return m_deep; }
    bool isComplete() const { return m_complete; }
    /// Records in file order.
    const QList<QJsonObject>& records() const { return m_records; }
    /// The record of @p path, or null.
    const QJsonObject* find(const QString& path) const;

private:
    QDateTime m_createdAt;
    QStringList m_scopes;
    bool m_deep = false;
    bool m_complete = true;
    QList<QJsonObject> m_records;
    QHash<QString, qsizetype> m_byPath;
};

} // namespace Portrait
