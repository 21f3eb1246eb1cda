#include "AuditModel.h"

#include "graph/DisplayText.h"
#include "model/Roles.h"

namespace Portrait {

AuditModel::AuditModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &AuditModel::flush);
}

AuditModel::~AuditModel() = default;

void AuditModel::append(const AuditRow& row)
{
    m_pending.push_back(row);
    if (!m_flushTimer.isActive()) {
        m_flushTimer.start();
    }
}

void AuditModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.empty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
    m_pending.clear();
    endInsertRows();
}

void AuditModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
}

int AuditModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const AuditRow& r = m_rows.at(size_t(index.row()));
    const DirectoryObject& o = r.object;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return o.displayName;
        case KindColumn:
            return kindTitle(o.kind);
        case StatusColumn:
            return photoStatusTitle(r.photo.status);
        case ReasonColumn: {
            // In words; the code stays in the CSV and JSON reports.
            const QString reason = explainPhoto(r.photo.status, r.photo.reason).reason;
            return r.placeholder.isEmpty()
                ? reason
                : tr("%1: %2", "a reason and the placeholder's name").arg(reason, r.placeholder);
        }
        case SizeColumn:
            return r.photo.hasPhoto() ? QStringLiteral("%1 × %2").arg(r.photo.width).arg(r.photo.height) : QString();
        case MediaTypeColumn:
            return r.photo.mediaType;
        case AccountColumn:
            return o.userPrincipalName.isEmpty() ? o.mail : o.userPrincipalName;
        case PathColumn:
            return o.path.toString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == ReasonColumn) {
            // What to do about it, and the code a search or the reports know it by.
            const PhotoExplanation e = explainPhoto(r.photo.status, r.photo.reason);
            QStringList lines{e.summary()};
            if (!e.advice.isEmpty()) {
                lines << e.advice;
            }
            if (r.photo.error.isError()) {
                lines << errorDisplayText(r.photo.error);
            } else if (!r.photo.reason.isEmpty()) {
                lines << tr("Code: %1").arg(r.photo.reason);
            }
            return lines.join(u'\n');
        }
        if (r.photo.error.isError()) {
            return plainToolTip(errorDisplayText(r.photo.error));
        }
        // The narrow columns elide: their whole text on hover.
        switch (index.column()) {
        case NameColumn:
        case ReasonColumn:
        case AccountColumn:
        case PathColumn:
            return plainToolTip(data(index, Qt::DisplayRole).toString());
        }
        return {};
    case Roles::KindRole:
        return int(nodeKind(o.kind));
    case Roles::GraphPathRole:
        return o.path.toString();
    case Roles::GraphIdRole:
        return o.id;
    case Roles::DisplayNameRole:
        return o.displayName;
    case Roles::UpnRole:
        return o.userPrincipalName;
    case Roles::MailRole:
        return o.mail;
    case Roles::UserTypeRole:
        return o.userType;
    case Roles::IsPrincipalRole:
        return true;
    case Roles::IsContainerRole:
    case Roles::IsLoadingRole:
    case Roles::HasMoreRole:
        return false;
    case Roles::PhotoStateRole:
        return int(r.photo.status);
    case Roles::ErrorCodeRole:
        return r.photo.error.code;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ReasonColumn:
        return tr("Reason");
    case SizeColumn:
        return tr("Size");
    case MediaTypeColumn:
        return tr("Media type");
    case AccountColumn:
        return tr("Account");
    case PathColumn:
        return tr("Path");
    }
    return {};
}

} // namespace Portrait
