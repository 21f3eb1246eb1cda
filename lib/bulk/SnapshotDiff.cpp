#include "SnapshotDiff.h"

namespace Portrait {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

bool hasPhoto(const QJsonObject& o)
{
    const QString s = str(o, "status");
    return s == QLatin1String("photo") || s == QLatin1String("placeholder");
}

QJsonObject photoFacts(const QJsonObject& o)
{
    QJsonObject f;
    for (const char* key : {"status", "reason", "etag", "sha256", "width", "height"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined()) {
            f.insert(QLatin1String(key), v);
        }
    }
    return f;
}

} // namespace

QString SnapshotDiff::changeTypeName(ChangeType type)
{
    switch (type) {
    case ChangeType::PrincipalAdded:
        return QStringLiteral("principal-added");
    case ChangeType::PrincipalRemoved:
        return QStringLiteral("principal-removed");
    case ChangeType::PhotoAdded:
        return QStringLiteral("photo-added");
    case ChangeType::PhotoRemoved:
        return QStringLiteral("photo-removed");
    case ChangeType::PhotoChanged:
        return QStringLiteral("photo-changed");
    case ChangeType::StatusChanged:
        return QStringLiteral("status-changed");
    }
    return {};
}

QJsonObject SnapshotDiff::Change::toJson() const
{
    const QJsonObject& who = newer.isEmpty() ? older : newer;
    QJsonObject r;
    r.insert(QLatin1String("change"), changeTypeName(type));
    r.insert(QLatin1String("path"), path);
    for (const char* key : {"kind", "id", "displayName", "userPrincipalName", "mail"}) {
        const QJsonValue v = who.value(QLatin1String(key));
        if (!v.isUndefined()) {
            r.insert(QLatin1String(key), v);
        }
    }
    if (!by.isEmpty()) {
        r.insert(QLatin1String("by"), by);
    }
    if (!older.isEmpty()) {
        r.insert(QLatin1String("old"), photoFacts(older));
    }
    if (!newer.isEmpty()) {
        r.insert(QLatin1String("new"), photoFacts(newer));
    }
    return r;
}

QList<SnapshotDiff::Change> SnapshotDiff::compare(const AuditSnapshot& older, const AuditSnapshot& newer)
{
    QList<Change> changes;
    for (const QJsonObject& n : newer.records()) {
        const QString path = str(n, "path");
        const QJsonObject* o = older.find(path);
        if (!o) {
            changes.append(Change{ChangeType::PrincipalAdded, path, {}, n, {}});
            continue;
        }
        const bool had = hasPhoto(*o);
        const bool has = hasPhoto(n);
        if (!had && has) {
            changes.append(Change{ChangeType::PhotoAdded, path, *o, n, {}});
        } else if (had && !has) {
            changes.append(Change{ChangeType::PhotoRemoved, path, *o, n, {}});
        } else if (had && has) {
            const QString oldSha = str(*o, "sha256");
            const QString newSha = str(n, "sha256");
            QString by;
            if (!oldSha.isEmpty() && !newSha.isEmpty()) {
                if (oldSha != newSha) {
                    by = QStringLiteral("sha256");
                }
            } else if (str(*o, "etag") != str(n, "etag")) {
                by = QStringLiteral("etag");
            }
            if (!by.isEmpty()) {
                changes.append(Change{ChangeType::PhotoChanged, path, *o, n, by});
            } else if (str(*o, "status") != str(n, "status") || str(*o, "reason") != str(n, "reason")) {
                changes.append(Change{ChangeType::StatusChanged, path, *o, n, {}});
            }
        } else if (str(*o, "status") != str(n, "status") || str(*o, "reason") != str(n, "reason")) {
            changes.append(Change{ChangeType::StatusChanged, path, *o, n, {}});
        }
    }
    for (const QJsonObject& o : older.records()) {
        const QString path = str(o, "path");
        if (!newer.find(path)) {
            changes.append(Change{ChangeType::PrincipalRemoved, path, o, {}, {}});
        }
    }
    return changes;
}

} // namespace Portrait
