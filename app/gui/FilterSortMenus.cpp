#include "FilterSortMenus.h"

#include "AppSettings.h"
#include "model/DirectoryFilterModel.h"

#include <QActionGroup>
#include <QMenu>
#include <QMetaEnum>
#include <QToolBar>
#include <QToolButton>

namespace Portrait {

FilterSortMenus::FilterSortMenus(DirectoryFilterModel* filter, QWidget* window)
    : QObject(window)
    , m_filter(filter)
{
    createFilterMenu(window);
    createSortMenu(window);
}

void FilterSortMenus::createFilterMenu(QWidget* window)
{
    // Filters: photo status, kind, user type, account enabled.
    m_filterMenu = new QMenu(tr("Fi&lter"), window);
    m_filterMenu->setObjectName(QStringLiteral("filterMenu"));
    m_filterMenu->setIcon(QIcon::fromTheme(QStringLiteral("view-filter")));
    m_filterMenu->menuAction()->setToolTip(tr("Show only some photo statuses, kinds, user types or accounts"));
    m_filterMenu->addSection(tr("Photo"));
    const QList<QPair<QString, DirectoryFilterModel::StatusFlag>> statuses{
        {tr("Photo"), DirectoryFilterModel::StatusPhoto},
        {tr("No photo"), DirectoryFilterModel::StatusNone},
        {tr("Placeholder"), DirectoryFilterModel::StatusPlaceholder},
        {tr("Unavailable"), DirectoryFilterModel::StatusUnavailable},
        {tr("Error"), DirectoryFilterModel::StatusError},
        {tr("Not checked yet"), DirectoryFilterModel::StatusUnknown},
    };
    for (const auto& [text, flag] : statuses) {
        QAction* a = m_filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(true);
        const auto f = flag;
        connect(a, &QAction::toggled, this, [this, f](bool on) {
            auto current = m_filter->statusFilter();
            current.setFlag(f, on);
            m_filter->setStatusFilter(current);
        });
    }
    m_filterMenu->addSection(tr("Kind"));
    const QList<QPair<QString, DirectoryFilterModel::KindFlag>> kinds{
        {tr("Users"), DirectoryFilterModel::KindUser},
        {tr("Groups"), DirectoryFilterModel::KindGroup},
        {tr("Contacts"), DirectoryFilterModel::KindContact},
    };
    for (const auto& [text, flag] : kinds) {
        QAction* a = m_filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(true);
        const auto f = flag;
        connect(a, &QAction::toggled, this, [this, f](bool on) {
            auto current = m_filter->kindFilter();
            current.setFlag(f, on);
            m_filter->setKindFilter(current);
        });
    }
    m_filterMenu->addSection(tr("User type"));
    auto* typeGroup = new QActionGroup(m_filterMenu);
    const QList<QPair<QString, DirectoryFilterModel::UserTypeFilter>> types{
        {tr("Members and guests"), DirectoryFilterModel::UserTypeFilter::Any},
        {tr("Members only"), DirectoryFilterModel::UserTypeFilter::Member},
        {tr("Guests only"), DirectoryFilterModel::UserTypeFilter::Guest},
    };
    for (const auto& [text, value] : types) {
        QAction* a = m_filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(value == DirectoryFilterModel::UserTypeFilter::Any);
        typeGroup->addAction(a);
        const auto v = value;
        connect(a, &QAction::triggered, this, [this, v]() { m_filter->setUserTypeFilter(v); });
    }
    m_filterMenu->addSection(tr("Account"));
    auto* enabledGroup = new QActionGroup(m_filterMenu);
    const QList<QPair<QString, DirectoryFilterModel::EnabledFilter>> enabled{
        {tr("Enabled and disabled"), DirectoryFilterModel::EnabledFilter::Any},
        {tr("Enabled only"), DirectoryFilterModel::EnabledFilter::Enabled},
        {tr("Disabled only"), DirectoryFilterModel::EnabledFilter::Disabled},
    };
    for (const auto& [text, value] : enabled) {
        QAction* a = m_filterMenu->addAction(text);
        a->setCheckable(true);
        a->setChecked(value == DirectoryFilterModel::EnabledFilter::Any);
        enabledGroup->addAction(a);
        const auto v = value;
        connect(a, &QAction::triggered, this, [this, v]() { m_filter->setEnabledFilter(v); });
    }
}

void FilterSortMenus::createSortMenu(QWidget* window)
{
    // Sorting: name, status, pixel size, bytes (or Graph's order).
    m_sortMenu = new QMenu(tr("&Sort"), window);
    m_sortMenu->setObjectName(QStringLiteral("sortMenu"));
    m_sortMenu->setIcon(QIcon::fromTheme(QStringLiteral("view-sort")));
    m_sortMenu->menuAction()->setToolTip(tr("Sort by name, photo status, pixel size or bytes"));
    auto* keyGroup = new QActionGroup(m_sortMenu);
    auto* descending = new QAction(tr("Descending"), m_sortMenu);
    descending->setObjectName(QStringLiteral("sortDescendingAction"));
    descending->setCheckable(true);
    // The order of last time (AppSettings), applied now and remembered on every change.
    const QMetaEnum sortKeys = QMetaEnum::fromType<DirectoryFilterModel::SortKey>();
    bool known = false;
    const auto savedKey
        = DirectoryFilterModel::SortKey(sortKeys.keyToValue(qPrintable(AppSettings::sortKey()), &known));
    const auto initialKey = known ? savedKey : DirectoryFilterModel::SortKey::Listing;
    descending->setChecked(AppSettings::sortDescending());
    m_filter->setSortKey(initialKey, descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
    const auto remember = [this, descending, sortKeys]() {
        AppSettings::setSort(QString::fromLatin1(sortKeys.valueToKey(int(m_filter->sortKey()))),
                             descending->isChecked());
    };
    const QList<QPair<QString, DirectoryFilterModel::SortKey>> keys{
        {tr("Directory order"), DirectoryFilterModel::SortKey::Listing},
        {tr("Name"), DirectoryFilterModel::SortKey::Name},
        {tr("Photo status"), DirectoryFilterModel::SortKey::Status},
        {tr("Pixel size"), DirectoryFilterModel::SortKey::PixelSize},
        {tr("Bytes"), DirectoryFilterModel::SortKey::Bytes},
    };
    for (const auto& [text, key] : keys) {
        QAction* a = m_sortMenu->addAction(text);
        a->setCheckable(true);
        a->setObjectName(QStringLiteral("sortAction") + QString::fromLatin1(sortKeys.valueToKey(int(key))));
        a->setChecked(key == initialKey);
        keyGroup->addAction(a);
        const auto k = key;
        connect(a, &QAction::triggered, this, [this, k, descending, remember]() {
            m_filter->setSortKey(k, descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
            remember();
        });
    }
    m_sortMenu->addSeparator();
    m_sortMenu->addAction(descending);
    connect(descending, &QAction::toggled, this, [this, remember](bool on) {
        m_filter->setSortKey(m_filter->sortKey(), on ? Qt::DescendingOrder : Qt::AscendingOrder);
        remember();
    });
}

void FilterSortMenus::addButtons(QToolBar* toolBar) const
{
    for (const auto& [menu, name] : {std::pair{m_filterMenu, QStringLiteral("filterButton")},
                                     std::pair{m_sortMenu, QStringLiteral("sortButton")}}) {
        auto* button = new QToolButton(toolBar);
        button->setObjectName(name);
        button->setDefaultAction(menu->menuAction());
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        toolBar->addWidget(button);
    }
}

} // namespace Portrait
