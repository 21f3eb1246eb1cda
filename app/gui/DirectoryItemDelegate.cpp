#include "DirectoryItemDelegate.h"

#include "Theme.h"

#include "graph/DisplayText.h"
#include "model/Roles.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>

namespace Portrait {

namespace {

QIcon resourceIcon(const char* name)
{
    return QIcon(QStringLiteral(":/portrait/icons/%1.svg").arg(QLatin1String(name)));
}

} // namespace

DirectoryItemDelegate::DirectoryItemDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

DirectoryItemDelegate::~DirectoryItemDelegate() = default;

QIcon DirectoryItemDelegate::iconForKind(int kind)
{
    // Our own icons, so every desktop shows the same kinds the same way.
    static const QIcon me = resourceIcon("me");
    static const QIcon users = resourceIcon("users");
    static const QIcon groups = resourceIcon("groups");
    static const QIcon contacts = resourceIcon("contacts");
    static const QIcon user = resourceIcon("user");
    static const QIcon group = resourceIcon("group");
    static const QIcon folder = resourceIcon("folder");
    static const QIcon contact = resourceIcon("contact");
    switch (NodeKind(kind)) {
    case NodeKind::Me:
        return me;
    case NodeKind::Users:
        return users;
    case NodeKind::Groups:
        return groups;
    case NodeKind::MyContacts:
        return contacts;
    case NodeKind::User:
        return user;
    case NodeKind::Group:
        return group;
    case NodeKind::ContactFolder:
        return folder;
    case NodeKind::Contact:
        return contact;
    }
    return {};
}

void DirectoryItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    static const QIcon loading = resourceIcon("loading");
    static const QIcon failed = resourceIcon("error");
    const auto state = FetchState(index.data(Roles::FetchStateRole).toInt());
    const auto kind = NodeKind(index.data(Roles::KindRole).toInt());
    QIcon icon = iconForKind(int(kind));
    if (state == FetchState::Loading) {
        icon = loading;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
    } else if (state == FetchState::Failed) {
        icon = failed;
        option->palette.setColor(QPalette::Text, Theme::errorColor(option->palette));
    }
    if (kind == NodeKind::Me || kind == NodeKind::Users || kind == NodeKind::Groups || kind == NodeKind::MyContacts) {
        option->font.setBold(true);
    }
    if (index.data(Roles::UserTypeRole).toString() == QLatin1String("Guest")) {
        option->font.setItalic(true);
    }
    if (const QVariant enabled = index.data(Roles::AccountEnabledRole); enabled.isValid() && !enabled.toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    option->icon = icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
}

QString DirectoryItemDelegate::statusText(const QModelIndex& index)
{
    const QVariant state = index.data(Roles::PhotoStateRole);
    if (!state.isValid() || !index.data(Roles::IsPrincipalRole).toBool()
        || PhotoStatus(state.toInt()) == PhotoStatus::Photo) {
        return {};
    }
    return photoStatusTitle(PhotoStatus(state.toInt()));
}

void DirectoryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString status = statusText(index);
    if (status.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The status at the right, smaller and dimmer than the name, which is elided before it.
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics metrics(small);
    const int width = metrics.horizontalAdvance(status) + 2 * metrics.averageCharWidth();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    QStyleOptionViewItem name = opt;
    name.rect.setRight(option.rect.right() - width);
    style->drawControl(QStyle::CE_ItemViewItem, &name, painter, widget);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(small);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->drawText(option.rect.adjusted(0, 0, -metrics.averageCharWidth(), 0), Qt::AlignRight | Qt::AlignVCenter,
                      status);
    painter->restore();
}

} // namespace Portrait
