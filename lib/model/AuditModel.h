#pragma once

#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QAbstractTableModel>
#include <QTimer>

#include <vector>

namespace Portrait {

/**
 * @brief What the audit table shows of one principal's outcome: who, the photo facts, and the placeholder that
 * matched. The model's own type, filled by the GUI from bulk's AuditRecord, so the model does not depend on bulk.
 */
struct AuditRow
{
    DirectoryObject object;
    PhotoInfo photo;
    QString placeholder; ///< the placeholder entry that matched, else empty
};

/**
 * @brief The outcomes of an audit as a table: one row per principal, in arrival order.
 *
 * Rows speak the roles of Roles.h (KindRole, GraphPathRole, DisplayNameRole, UpnRole, MailRole,
 * IsPrincipalRole, PhotoStateRole...) so the DetailPane can show a row like a tree node. Rows are
 * appended in batches (one insert per event-loop turn), so a fast audit does not flood the views.
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

    /// Queues @p row; it appears on the next event-loop turn.
    void append(const AuditRow& row);
    /// Inserts what append() queued now.
    void flush();
    /// Forgets every row.
    void clear();
    /// Row @p row (after flush()).
    const AuditRow& row(int row) const { return m_rows.at(size_t(row)); }
    const std::vector<AuditRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditRow> m_rows;
    std::vector<AuditRow> m_pending;
    QTimer m_flushTimer;
};

} // namespace Portrait
