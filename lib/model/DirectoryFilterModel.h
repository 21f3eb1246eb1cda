#pragma once

#include "graph/SearchText.h"
#include "model/Roles.h"

#include <QSortFilterProxyModel>

namespace Portrait {

/**
 * @brief Filters and sorts the DirectoryModel on the client, for the tree and the grid of faces.
 *
 * Filters: a text (SearchText: word by word, ignoring case and accents, on display name, userPrincipalName and
 * mail), the photo status, the kind of principal, the user type (member or guest) and whether the account is
 * enabled. Sorting: by name, photo status, pixel size or bytes, ascending or descending (sort(0, order)); unknown
 * values sort last either way.
 *
 * Only principals are filtered: the four top nodes and contact folders always stay, so the tree keeps its
 * shape, and a group that does not match stays while one of its loaded members does (recursive filtering).
 * The text filter is what makes search work for contacts, which Graph cannot filter by name (docs/GRAPH.md#contacts);
 * users and groups are searched by Graph (DirectoryModel::setSearchText()) and match it as well.
 *
 * Nothing here fetches: filterAcceptsRow() and lessThan() read roles of what is loaded, and the proxy never
 * calls fetchMore() on its own (views still call it through the proxy when they scroll to the end).
 * Photo status, pixel size and bytes are what the model has seen so far (thumbnails, the detail pane, the
 * audit); a principal whose status is not known yet passes the status filter only with StatusUnknown.
 */
class DirectoryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// Photo statuses to show (flags); StatusUnknown stands for "not seen yet".
    enum StatusFlag
    {
        StatusPhoto = 0x01,
        StatusNone = 0x02,
        StatusPlaceholder = 0x04,
        StatusUnavailable = 0x08,
        StatusError = 0x10,
        StatusUnknown = 0x20,
        AnyStatus = 0x3f,
    };
    Q_DECLARE_FLAGS(StatusFilter, StatusFlag)
    Q_FLAG(StatusFilter)

    /// Kinds of principal to show (flags).
    enum KindFlag
    {
        KindUser = 0x01,
        KindGroup = 0x02,
        KindContact = 0x04,
        AnyKind = 0x07,
    };
    Q_DECLARE_FLAGS(KindFilter, KindFlag)
    Q_FLAG(KindFilter)

    /// Which users to show by userType; principals that are not users are not affected.
    enum class UserTypeFilter
    {
        Any,
        Member,
        Guest,
    };
    Q_ENUM(UserTypeFilter)

    /// Which users to show by accountEnabled; principals that are not users are not affected.
    enum class EnabledFilter
    {
        Any,
        Enabled,
        Disabled,
    };
    Q_ENUM(EnabledFilter)

    /// What sort(0, order) orders siblings by.
    enum class SortKey
    {
        Listing, ///< Graph's listing order (no sorting)
        Name,
        Status,
        PixelSize,
        Bytes,
    };
    Q_ENUM(SortKey)

    explicit DirectoryFilterModel(QObject* parent = nullptr);
    ~DirectoryFilterModel() override;

    QString filterText() const { return m_text.text(); }
    /// True when a user, group or contact under @p parent passes the filters (the top nodes and folders, which
    /// always stay, do not count): false means the filters leave nothing to show.
    bool showsAnyPrincipal(const QModelIndex& parent = {}) const;
    void setFilterText(const QString& text);
    StatusFilter statusFilter() const { return m_status; }
    void setStatusFilter(StatusFilter filter);
    KindFilter kindFilter() const { return m_kinds; }
    void setKindFilter(KindFilter filter);
    UserTypeFilter userTypeFilter() const { return m_userType; }
    void setUserTypeFilter(UserTypeFilter filter);
    EnabledFilter enabledFilter() const { return m_enabled; }
    void setEnabledFilter(EnabledFilter filter);
    /// True when any filter hides something (the text, or a filter other than "any").
    bool isFiltering() const;

    SortKey sortKey() const { return m_sortKey; }
    /// Sorts by @p key in @p order (SortKey::Listing restores Graph's order).
    void setSortKey(SortKey key, Qt::SortOrder order = Qt::AscendingOrder);

    /// The status flag of a PhotoStateRole value (an invalid QVariant is StatusUnknown).
    static StatusFlag statusFlagOf(const QVariant& photoState);

    /// A list's Qt::DisplayRole counts what the filters show while they hide some: "Users (3 of 250)".
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

signals:
    /// Any filter changed (not emitted for sorting).
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    bool acceptsPrincipal(const QModelIndex& index) const;
    void changed();

    SearchText m_text;
    StatusFilter m_status = AnyStatus;
    KindFilter m_kinds = AnyKind;
    UserTypeFilter m_userType = UserTypeFilter::Any;
    EnabledFilter m_enabled = EnabledFilter::Any;
    SortKey m_sortKey = SortKey::Listing;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(DirectoryFilterModel::StatusFilter)
Q_DECLARE_OPERATORS_FOR_FLAGS(DirectoryFilterModel::KindFilter)

} // namespace Portrait
