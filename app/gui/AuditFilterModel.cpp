#include "AuditFilterModel.h"

#include "model/AuditModel.h"
#include "model/Roles.h"

namespace Portrait {

AuditFilterModel::AuditFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

AuditFilterModel::~AuditFilterModel() = default;

void AuditFilterModel::setStatusFilter(int status)
{
    if (status != m_status) {
        m_status = status;
        invalidateRowsFilter();
    }
}

void AuditFilterModel::setKindFilter(const QString& kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        invalidateRowsFilter();
    }
}

bool AuditFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, AuditModel::KindColumn, sourceParent);
    if (m_status >= 0 && index.data(Roles::PhotoStateRole).toInt() != m_status) {
        return false;
    }
    if (m_kind.isEmpty()) {
        return true;
    }
    // The kind column shows a translated title; the filter speaks the wire names (user, group, contact).
    const auto kind = NodeKind(index.data(Roles::KindRole).toInt());
    return (m_kind == QLatin1String("user") && kind == NodeKind::User)
        || (m_kind == QLatin1String("group") && kind == NodeKind::Group)
        || (m_kind == QLatin1String("contact") && kind == NodeKind::Contact);
}

} // namespace Portrait
