#pragma once

#include "bulk/AuditRecord.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace Portrait {

/**
 * @brief The records of an audit as a table: one row per principal, in arrival order.
 *
 * Rows speak the roles of Roles.h (KindRole, GraphPathRole, DisplayNameRole, UpnRole, MailRole,
 * IsPrincipalRole, PhotoStateRole...) so the DetailPane can show a row like a tree node. Records are
 * appended in batches (thumbnails kept, for the HTML sheet) (one insert per event-loop turn), so a fast audit does not
 * flood the views.
 */
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        KindColumn,
        StatusColumn,
        ReasonColumn,
        SizeColumn,
        MediaTypeColumn,
        AccountColumn, ///< UPN or mail
        PathColumn,
        ColumnCount,
    };

    explicit AuditModel(QObject* parent = nullptr);
    ~AuditModel() override;

    /// Queues @p record; it appears on the next event-loop turn.
    void append(const AuditRecord& record);
    /// Inserts what append() queued now.
    void flush();
    /// Forgets every record.
    void clear();
    /// The record of @p row (after flush()).
    const AuditRecord& record(int row) const { return m_records.at(size_t(row)); }
    const std::vector<AuditRecord>& records() const { return m_records; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditRecord> m_records;
    std::vector<AuditRecord> m_pending;
    QTimer m_flushTimer;
};

} // namespace Portrait
