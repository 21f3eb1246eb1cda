#include "DirectoryFilterModel.h"

#include "graph/PhotoInfo.h"

namespace Portrait {

namespace {

NodeKind kindOf(const QModelIndex& index)
{
    return NodeKind(index.data(Roles::KindRole).toInt());
}

bool isTopOrFolder(NodeKind kind)
{
    return kind == NodeKind::Me || kind == NodeKind::Users || kind == NodeKind::Groups || kind == NodeKind::MyContacts
        || kind == NodeKind::ContactFolder;
}

/// Rank of a status for sorting: photos first, then the placeholder, none, unavailable, error.
int statusRank(const QVariant& state)
{
    switch (PhotoStatus(state.toInt())) {
    case PhotoStatus::Photo:
        return 0;
    case PhotoStatus::Placeholder:
        return 1;
    case PhotoStatus::None:
        return 2;
    case PhotoStatus::Unavailable:
        return 3;
    case PhotoStatus::Error:
        break;
    }
    return 4;
}

} // namespace

DirectoryFilterModel::DirectoryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    // A list's count (data()) follows what the filters let through.
    const auto countChanged = [this](const QModelIndex& parent) {
        if (parent.isValid()) {
            emit dataChanged(parent, parent, {Qt::DisplayRole});
        }
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, countChanged);
}

QVariant DirectoryFilterModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::DisplayRole && index.isValid() && isFiltering() && index.data(Roles::IsContainerRole).toBool()) {
        // "Users (3 of 250)" while the filters show 3 of the 250 loaded, not "Users (250)".
        const auto state = FetchState(index.data(Roles::FetchStateRole).toInt());
        const int loaded = index.data(Roles::LoadedCountRole).toInt();
        const int shown = rowCount(index);
        if ((state == FetchState::Done || state == FetchState::Partial) && shown != loaded) {
            const QString name = index.data(Roles::DisplayNameRole).toString();
            return state == FetchState::Done
                ? tr("%1 (%2 of %3)", "a list: shown of all").arg(name).arg(shown).arg(loaded)
                : tr("%1 (%2 of %3 loaded so far)").arg(name).arg(shown).arg(loaded);
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

DirectoryFilterModel::~DirectoryFilterModel() = default;

DirectoryFilterModel::StatusFlag DirectoryFilterModel::statusFlagOf(const QVariant& photoState)
{
    if (!photoState.isValid()) {
        return StatusUnknown;
    }
    switch (PhotoStatus(photoState.toInt())) {
    case PhotoStatus::Photo:
        return StatusPhoto;
    case PhotoStatus::None:
        return StatusNone;
    case PhotoStatus::Placeholder:
        return StatusPlaceholder;
    case PhotoStatus::Unavailable:
        return StatusUnavailable;
    case PhotoStatus::Error:
        break;
    }
    return StatusError;
}

void DirectoryFilterModel::changed()
{
    invalidateRowsFilter();
    emit filterChanged();
}

void DirectoryFilterModel::setFilterText(const QString& text)
{
    const SearchText search(text);
    if (search.text() == m_text.text()) {
        return;
    }
    m_text = search;
    changed();
}

void DirectoryFilterModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_status) {
        return;
    }
    m_status = filter;
    changed();
}

void DirectoryFilterModel::setKindFilter(KindFilter filter)
{
    if (filter == m_kinds) {
        return;
    }
    m_kinds = filter;
    changed();
}

void DirectoryFilterModel::setUserTypeFilter(UserTypeFilter filter)
{
    if (filter == m_userType) {
        return;
    }
    m_userType = filter;
    changed();
}

void DirectoryFilterModel::setEnabledFilter(EnabledFilter filter)
{
    if (filter == m_enabled) {
        return;
    }
    m_enabled = filter;
    changed();
}

bool DirectoryFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || m_status != AnyStatus || m_kinds != AnyKind || m_userType != UserTypeFilter::Any
        || m_enabled != EnabledFilter::Any;
}

void DirectoryFilterModel::setSortKey(SortKey key, Qt::SortOrder order)
{
    m_sortKey = key;
    if (key == SortKey::Listing) {
        sort(-1);
        return;
    }
    // The role changes with the key: sort again even when the column and order did not change.
    sort(-1);
    sort(0, order);
}

bool DirectoryFilterModel::showsAnyPrincipal(const QModelIndex& parent) const
{
    for (int row = 0; row < rowCount(parent); ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (!isTopOrFolder(kindOf(child)) || showsAnyPrincipal(child)) {
            return true;
        }
    }
    return false;
}

bool DirectoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (isTopOrFolder(kindOf(index))) {
        return true;
    }
    return acceptsPrincipal(index);
}

bool DirectoryFilterModel::acceptsPrincipal(const QModelIndex& index) const
{
    const NodeKind kind = kindOf(index);
    const KindFlag kindFlag = kind == NodeKind::Group ? KindGroup : kind == NodeKind::Contact ? KindContact : KindUser;
    if (!m_kinds.testFlag(kindFlag)) {
        return false;
    }
    if (m_status != AnyStatus && !m_status.testFlag(statusFlagOf(index.data(Roles::PhotoStateRole)))) {
        return false;
    }
    if (kind == NodeKind::User) {
        if (m_userType != UserTypeFilter::Any) {
            const bool guest = index.data(Roles::UserTypeRole).toString().compare(u"Guest", Qt::CaseInsensitive) == 0;
            if (guest != (m_userType == UserTypeFilter::Guest)) {
                return false;
            }
        }
        if (m_enabled != EnabledFilter::Any) {
            const bool enabled = index.data(Roles::AccountEnabledRole).toBool();
            if (enabled != (m_enabled == EnabledFilter::Enabled)) {
                return false;
            }
        }
    }
    if (!m_text.isEmpty()) {
        return m_text.matches({index.data(Roles::DisplayNameRole).toString(), index.data(Roles::UpnRole).toString(),
                               index.data(Roles::MailRole).toString()});
    }
    return true;
}

bool DirectoryFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const NodeKind leftKind = kindOf(left);
    const NodeKind rightKind = kindOf(right);
    const bool leftTop = isTopOrFolder(leftKind) && leftKind != NodeKind::ContactFolder;
    const bool rightTop = isTopOrFolder(rightKind) && rightKind != NodeKind::ContactFolder;
    // A descending sort calls lessThan(right, left): orders that must not flip answer for the swapped pair.
    const bool ascending = sortOrder() == Qt::AscendingOrder;
    const QModelIndex& first = ascending ? left : right;
    const QModelIndex& second = ascending ? right : left;
    // The top nodes keep their order whatever the sort order.
    if (leftTop || rightTop) {
        return first.row() < second.row();
    }
    // Folders before contacts (My contacts), whatever the order.
    if ((leftKind == NodeKind::ContactFolder) != (rightKind == NodeKind::ContactFolder)) {
        return kindOf(first) == NodeKind::ContactFolder;
    }
    const auto byName = [&]() {
        const int c = left.data(Roles::DisplayNameRole)
                          .toString()
                          .compare(right.data(Roles::DisplayNameRole).toString(), Qt::CaseInsensitive);
        return c != 0 ? c < 0 : left.row() < right.row();
    };
    int role = 0;
    switch (m_sortKey) {
    case SortKey::Listing:
        return left.row() < right.row();
    case SortKey::Name:
        return byName();
    case SortKey::Status:
        role = Roles::PhotoStateRole;
        break;
    case SortKey::PixelSize:
        role = Roles::PhotoPixelSizeRole;
        break;
    case SortKey::Bytes:
        role = Roles::PhotoBytesRole;
        break;
    }
    const QVariant a = left.data(role);
    const QVariant b = right.data(role);
    // Unknown values last, in both orders (the view reverses lessThan() for descending).
    if (a.isValid() != b.isValid()) {
        return (ascending ? a : b).isValid();
    }
    if (!a.isValid()) {
        return byName();
    }
    qint64 ka = 0;
    qint64 kb = 0;
    if (m_sortKey == SortKey::Status) {
        ka = statusRank(a);
        kb = statusRank(b);
    } else {
        ka = a.toLongLong();
        kb = b.toLongLong();
    }
    return ka != kb ? ka < kb : byName();
}

} // namespace Portrait
