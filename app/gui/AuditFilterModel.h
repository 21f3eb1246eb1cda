#pragma once

#include <QSortFilterProxyModel>

namespace Portrait {

/// Filters an AuditModel by status (a PhotoStatus, or -1 for all) and kind (`user`, `group`, `contact`, or empty).
class AuditFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AuditFilterModel(QObject* parent = nullptr);
    ~AuditFilterModel() override;

    void setStatusFilter(int status);
    int statusFilter() const { return m_status; }
    void setKindFilter(const QString& kind);
    QString kindFilter() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_status = -1;
    QString m_kind;
};

} // namespace Portrait
