#pragma once

#include "bulk/WriteTask.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QImage>
#include <QPointer>

namespace Portrait {

class ThumbnailLoader;

/**
 * @brief The rows of the Import photos window: one per image file (an import) or per principal (an undo, a
 * journal), each a WriteOutcome with both faces and, once applied, what became of it.
 *
 * The current photo comes from a ThumbnailLoader (setThumbnailLoader(), the window's own), the prepared image from
 * setUploadImage(); both are decoded elsewhere, never here. A row is found again by its principal and file
 * (rowOf()), so the outcomes of an apply land on the rows of its plan.
 */
class ImportPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CurrentColumn, ///< the photo the principal has now
        NewColumn, ///< the image that is (or would be) sent
        PersonColumn,
        FileColumn,
        ActionColumn,
        ReasonColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        ActionRole = Qt::UserRole + 200, ///< the action's code (`set`, `skip`...), for the filter
        PathRole, ///< the principal's canonical path, or empty
    };

    explicit ImportPlanModel(QObject* parent = nullptr);

    /// Where the Current column's faces come from (not owned).
    void setThumbnailLoader(ThumbnailLoader* loader);

    void clear();
    /// Adds @p outcome as a row, or updates the row of its principal and file.
    void setOutcome(const WriteOutcome& outcome);
    /// Adds the rows of @p outcomes (a whole plan at once).
    void setOutcomes(const QList<WriteOutcome>& outcomes);
    /// A remark after the result (e.g. "Not written: cancelled", "Undone"); replaces the row's earlier one.
    void setNote(int row, const QString& note);
    /// The prepared image of @p row, already scaled.
    void setUploadImage(int row, const QImage& image);

    const WriteOutcome& outcome(int row) const { return m_rows.at(row).outcome; }
    QString note(int row) const { return m_rows.at(row).note; }
    /// The row of @p outcome's principal and file, or -1.
    int rowOf(const WriteOutcome& outcome) const;
    /// How many rows have each action.
    QHash<QString, int> actionCounts() const;
    /// The principals of the rows, each once.
    QList<ItemPath> principals() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        WriteOutcome outcome;
        QImage upload;
        QString note;
    };
    static QString keyOf(const WriteOutcome& outcome);
    void thumbnailChanged(const QString& principal);

    QList<Row> m_rows;
    QHash<QString, int> m_byKey;
    QPointer<ThumbnailLoader> m_loader;
};

} // namespace Portrait
