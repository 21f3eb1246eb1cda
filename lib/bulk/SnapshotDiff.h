#pragma once

#include "bulk/AuditSnapshot.h"

#include <QJsonObject>
#include <QList>

namespace Portrait {

/**
 * @brief What changed between two audit snapshots, one SnapshotDiff::Change per principal that changed.
 *
 * A principal "has a photo" when its status is `photo` or `placeholder`. Photos are compared by etag, and by
 * sha256 when both snapshots have it (`--deep`): a new etag over the same bytes is not a change, the same etag
 * over new bytes is. Principals are matched by their canonical path.
 */
class SnapshotDiff
{
public:
    enum class ChangeType
    {
        PrincipalAdded, ///< `principal-added`: only in the newer snapshot
        PrincipalRemoved, ///< `principal-removed`: only in the older snapshot (departed)
        PhotoAdded, ///< `photo-added`: had no photo, has one
        PhotoRemoved, ///< `photo-removed`: had a photo, has none
        PhotoChanged, ///< `photo-changed`: a photo in both, different etag or bytes
        StatusChanged, ///< `status-changed`: e.g. photo → placeholder, none → unavailable, reason changed
    };

    struct Change
    {
        ChangeType type = ChangeType::StatusChanged;
        QString path;
        QJsonObject older; ///< the older record, empty for PrincipalAdded
        QJsonObject newer; ///< the newer record, empty for PrincipalRemoved
        QString by; ///< for PhotoChanged: `etag` or `sha256`

        /// `{change, path, kind, displayName, by?, old:{status,reason,etag,sha256}, new:{...}}`.
        QJsonObject toJson() const;
    };

    /// `principal-added`, `principal-removed`, `photo-added`, ...
    static QString changeTypeName(ChangeType type);
    /// Compares @p older with @p newer: changes in the newer snapshot's order, then departed principals.
    static QList<Change> compare(const AuditSnapshot& older, const AuditSnapshot& newer);
};

} // namespace Portrait
