#include "SearchBox.h"

#include "Theme.h"

#include <QAction>
#include <QTimer>

#include <algorithm>

namespace Portrait {

SearchBox::SearchBox(QWidget* parent)
    : QLineEdit(parent)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("searchEdit"));
    // A short placeholder, whole in every language (the field is at least as wide); the tooltip says the rest.
    setPlaceholderText(tr("Search (Ctrl+F)"));
    setToolTip(tr("Search people and groups by name or address (Ctrl+F)"));
    setAccessibleName(tr("Search"));
    setClearButtonEnabled(true);
    Theme::fitPlaceholder(this);
    setMaximumWidth(std::max(300, minimumWidth()));
    m_timer->setObjectName(QStringLiteral("searchTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(300); // a pause in typing: one search, not one per key
    connect(this, &QLineEdit::textChanged, m_timer, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, &SearchBox::applyNow);
    connect(m_timer, &QTimer::timeout, this, &SearchBox::applyNow);
    // Escape in the field clears the search at once.
    auto* clearSearch = new QAction(tr("Clear the search"), this);
    clearSearch->setObjectName(QStringLiteral("clearSearchAction"));
    clearSearch->setShortcut(Qt::Key_Escape);
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    connect(clearSearch, &QAction::triggered, this, [this]() {
        clear();
        applyNow();
    });
    addAction(clearSearch);
}

void SearchBox::applyNow()
{
    m_timer->stop();
    emit searchRequested(text().simplified());
}

} // namespace Portrait
