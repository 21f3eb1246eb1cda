#include "ImportPlanModel.h"

#include "bulk/WriteText.h"
#include "cache/ThumbnailLoader.h"
#include "graph/DisplayText.h"

#include <QSet>

namespace Portrait {

ImportPlanModel::ImportPlanModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ImportPlanModel::setThumbnailLoader(ThumbnailLoader* loader)
{
    if (m_loader) {
        disconnect(m_loader, nullptr, this, nullptr);
    }
    m_loader = loader;
    if (loader) {
        connect(loader, &ThumbnailLoader::thumbnailChanged, this, &ImportPlanModel::thumbnailChanged);
    }
}

void ImportPlanModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_byKey.clear();
    endResetModel();
}

QString ImportPlanModel::keyOf(const WriteOutcome& o)
{
    return o.task.principal.path.toString() + u'\n' + o.task.file;
}

int ImportPlanModel::rowOf(const WriteOutcome& outcome) const
{
    return m_byKey.value(keyOf(outcome), -1);
}

void ImportPlanModel::setOutcome(const WriteOutcome& outcome)
{
    const int row = rowOf(outcome);
    if (row >= 0) {
        Row& r = m_rows[row];
        r.outcome = outcome;
        r.outcome.before.data.clear();
        r.outcome.task.image.jpeg.clear(); // the row's face is decoded already; the bytes stay with the task
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    setOutcomes({outcome});
}

void ImportPlanModel::setOutcomes(const QList<WriteOutcome>& outcomes)
{
    if (outcomes.isEmpty()) {
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + outcomes.size() - 1));
    for (const WriteOutcome& o : outcomes) {
        m_byKey.insert(keyOf(o), int(m_rows.size()));
        Row r{o, {}, {}};
        r.outcome.before.data.clear();
        r.outcome.task.image.jpeg.clear();
        m_rows.append(r);
    }
    endInsertRows();
}

void ImportPlanModel::setNote(int row, const QString& note)
{
    m_rows[row].note = note;
    emit dataChanged(index(row, ResultColumn), index(row, ResultColumn));
}

void ImportPlanModel::setUploadImage(int row, const QImage& image)
{
    m_rows[row].upload = image;
    emit dataChanged(index(row, NewColumn), index(row, NewColumn));
}

QHash<QString, int> ImportPlanModel::actionCounts() const
{
    QHash<QString, int> counts;
    for (const Row& r : m_rows) {
        ++counts[r.outcome.action];
    }
    return counts;
}

QList<ItemPath> ImportPlanModel::principals() const
{
    QList<ItemPath> paths;
    QSet<QString> seen;
    for (const Row& r : m_rows) {
        const ItemPath& path = r.outcome.task.principal.path;
        if (path.isPrincipal() && !seen.contains(path.toString())) {
            seen.insert(path.toString());
            paths << path;
        }
    }
    return paths;
}

void ImportPlanModel::thumbnailChanged(const QString& principal)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).outcome.task.principal.path.toString() == principal) {
            emit dataChanged(index(row, CurrentColumn), index(row, CurrentColumn));
        }
    }
}

int ImportPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row& r = m_rows.at(index.row());
    const WriteOutcome& o = r.outcome;
    const DirectoryObject& who = o.task.principal;
    if (role == ActionRole) {
        return o.action;
    }
    if (role == PathRole) {
        return who.path.isValid() ? who.path.toString() : QString();
    }
    switch (index.column()) {
    case CurrentColumn: {
        if (!who.path.isPrincipal()) {
            return {};
        }
        const ThumbnailLoader::Thumbnail face
            = m_loader ? m_loader->thumbnail(who.path.toString()) : ThumbnailLoader::Thumbnail{};
        if (role == Qt::DecorationRole && !face.image.isNull()) {
            return face.image;
        }
        if (role == Qt::DisplayRole && face.image.isNull()) {
            return face.status ? photoStatusTitle(*face.status) : face.loading ? tr("Loading…") : QString();
        }
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
            return face.status ? photoStatusTitle(*face.status) : QString();
        }
        return {};
    }
    case NewColumn:
        if (role == Qt::DecorationRole && !r.upload.isNull()) {
            return r.upload;
        }
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) {
            if (o.task.image.ok) {
                return tr("%1 × %2 pixels are sent").arg(o.task.image.uploadWidth).arg(o.task.image.uploadHeight);
            }
            return r.upload.isNull() ? QString() : tr("The file as it is: it is not sent");
        }
        if (role == Qt::DisplayRole && o.task.kind != WriteTask::Kind::Set) {
            return o.action == QLatin1String("remove") ? tr("No photo") : QString();
        }
        return {};
    case PersonColumn:
        if (role == Qt::DisplayRole) {
            if (!who.path.isValid()) {
                return o.action == QLatin1String("ambiguous") && !o.warnings.isEmpty() ? tr("Several people")
                                                                                       : QStringLiteral("—");
            }
            const QString second = who.userPrincipalName.isEmpty() ? who.mail : who.userPrincipalName;
            return second.isEmpty() ? who.displayName : who.displayName + u'\n' + second;
        }
        if (role == Qt::ToolTipRole) {
            return who.path.isValid() ? plainToolTip(who.path.toString()) : plainToolTip(o.warnings.join(u'\n'));
        }
        return {};
    case FileColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            return role == Qt::ToolTipRole ? plainToolTip(o.task.file) : o.task.file;
        }
        return {};
    case ActionColumn:
        if (role == Qt::DisplayRole) {
            return writeActionTitle(o.action);
        }
        return {};
    case ReasonColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString text = writeReasonText(o);
            return role == Qt::ToolTipRole ? plainToolTip(text) : text;
        }
        return {};
    case ResultColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString result = writeResultText(o);
            const QString text = result.isEmpty() ? r.note
                : r.note.isEmpty()                ? result
                                                  : tr("%1; %2").arg(result, r.note);
            return role == Qt::ToolTipRole ? plainToolTip(text) : text;
        }
        return {};
    default:
        return {};
    }
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CurrentColumn:
        return tr("Photo now");
    case NewColumn:
        return tr("New photo");
    case PersonColumn:
        return tr("Person");
    case FileColumn:
        return tr("File");
    case ActionColumn:
        return tr("Action");
    case ReasonColumn:
        return tr("Why");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace Portrait
