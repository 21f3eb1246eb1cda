#include "FaceGridView.h"

#include "DirectoryItemDelegate.h"
#include "cache/ThumbnailLoader.h"
#include "graph/ItemPath.h"
#include "model/Roles.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace Portrait {

namespace {

QIcon faceIcon(const char* name)
{
    return QIcon(QStringLiteral(":/portrait/icons/%1.svg").arg(QLatin1String(name)));
}

constexpr int kPadding = 6;
constexpr int kTextLines = 2;

} // namespace

FaceDelegate::FaceDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

FaceDelegate::~FaceDelegate() = default;

QSize FaceDelegate::cellSize() const
{
    const QFontMetrics fm(QApplication::font());
    return QSize(m_face + 4 * kPadding + 16, m_face + 2 * kPadding + kTextLines * fm.height() + kPadding);
}

QSize FaceDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return cellSize();
}

QString FaceDelegate::faceState(const QModelIndex& index) const
{
    if (!index.data(Roles::IsPrincipalRole).toBool()) {
        return QStringLiteral("container");
    }
    const QString principal = index.data(Roles::GraphPathRole).toString();
    std::optional<PhotoStatus> status;
    bool loading = false;
    if (m_loader) {
        const ThumbnailLoader::Thumbnail t = m_loader->thumbnail(principal);
        status = t.status;
        loading = t.loading;
        if (t.status && !t.image.isNull()) {
            return QStringLiteral("photo");
        }
    }
    if (!status) {
        const QVariant known = index.data(Roles::PhotoStateRole);
        if (known.isValid()) {
            status = PhotoStatus(known.toInt());
        }
    }
    if (!status || *status == PhotoStatus::Photo || *status == PhotoStatus::Placeholder) {
        // A photo known from elsewhere (the detail pane) but not loaded here yet still shows as loading.
        return loading || status ? QStringLiteral("loading") : QStringLiteral("unknown");
    }
    return photoStatusName(*status);
}

void FaceDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, without text or icon.
    opt.text.clear();
    opt.icon = QIcon();
    opt.features &= ~QStyleOptionViewItem::HasDecoration;
    // The whole cell is the selection: without text the style would highlight nothing, and the name, drawn in
    // HighlightedText, would vanish on a light background.
    opt.showDecorationSelected = true;
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (option.state & QStyle::State_HasFocus) {
        // Where the keyboard is, plainly: the style's dotted focus frame is faint, or missing, around a face.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(QPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
        painter->restore();
    }

    const QRect cell = option.rect;
    const QRect face(cell.left() + (cell.width() - m_face) / 2, cell.top() + kPadding, m_face, m_face);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::SmoothPixmapTransform);

    const QString state = faceState(index);
    if (state == u"photo") {
        const QImage image = m_loader->thumbnail(index.data(Roles::GraphPathRole).toString()).image;
        QSizeF size = image.size();
        size.scale(face.size(), Qt::KeepAspectRatio);
        const QRectF target(face.left() + (face.width() - size.width()) / 2.0,
                            face.top() + (face.height() - size.height()) / 2.0, size.width(), size.height());
        QPainterPath clip;
        clip.addRoundedRect(target, 6, 6);
        painter->setClipPath(clip);
        painter->drawImage(target, image);
        painter->setClipping(false);
    } else {
        QIcon icon;
        if (state == u"none") {
            static const QIcon none = faceIcon("face-none");
            icon = none;
        } else if (state == u"unavailable") {
            static const QIcon unavailable = faceIcon("face-unavailable");
            icon = unavailable;
        } else if (state == u"error") {
            static const QIcon error = faceIcon("face-error");
            icon = error;
        } else if (state == u"container") {
            icon = DirectoryItemDelegate::iconForKind(index.data(Roles::KindRole).toInt());
        } else {
            static const QIcon loading = faceIcon("face-loading");
            icon = loading;
        }
        const int edge = state == u"container" ? m_face * 3 / 4 : m_face;
        const QRect iconRect(face.left() + (face.width() - edge) / 2, face.top() + (face.height() - edge) / 2, edge,
                             edge);
        icon.paint(painter, iconRect);
    }
    painter->restore();

    // The name, two lines at most, elided.
    QString name = index.data(Roles::DisplayNameRole).toString();
    if (name.isEmpty()) {
        name = index.data(Qt::DisplayRole).toString();
    }
    QFont font = opt.font;
    const bool guest = index.data(Roles::UserTypeRole).toString() == u"Guest";
    font.setItalic(guest);
    const QVariant enabled = index.data(Roles::AccountEnabledRole);
    const bool disabled = enabled.isValid() && !enabled.toBool();
    const QFontMetrics fm(font);
    const QRect textRect(cell.left() + 2, face.bottom() + kPadding, cell.width() - 4, kTextLines * fm.height());
    const QPalette::ColorRole role
        = (option.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    QColor color = option.palette.color(role);
    if (disabled && !(option.state & QStyle::State_Selected)) {
        color = option.palette.color(QPalette::Disabled, QPalette::Text);
    }
    // Two lines: break at a space when the name is too wide, elide the rest.
    QString first = name;
    QString second;
    if (fm.horizontalAdvance(name) > textRect.width()) {
        const qsizetype space = name.lastIndexOf(u' ', name.size() - 1);
        qsizetype cut = -1;
        for (qsizetype i = space; i > 0; i = name.lastIndexOf(u' ', i - 1)) {
            if (fm.horizontalAdvance(name.left(i)) <= textRect.width()) {
                cut = i;
                break;
            }
        }
        if (cut > 0) {
            first = name.left(cut);
            second = fm.elidedText(name.mid(cut + 1), Qt::ElideRight, textRect.width());
        } else {
            first = fm.elidedText(name, Qt::ElideRight, textRect.width());
        }
    }
    painter->save();
    painter->setFont(font);
    painter->setPen(color);
    painter->drawText(QRect(textRect.left(), textRect.top(), textRect.width(), fm.height()),
                      Qt::AlignHCenter | Qt::AlignTop, first);
    if (!second.isEmpty()) {
        painter->drawText(QRect(textRect.left(), textRect.top() + fm.height(), textRect.width(), fm.height()),
                          Qt::AlignHCenter | Qt::AlignTop, second);
    }
    painter->restore();
}

FaceGridView::FaceGridView(QWidget* parent)
    : QListView(parent)
    , m_delegate(new FaceDelegate(this))
{
    setViewMode(QListView::IconMode);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(true);
    setWrapping(true);
    // At 100,000 faces a full layout takes long: it runs in batches between events instead of in one go.
    setLayoutMode(QListView::Batched);
    setBatchSize(2000);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setItemDelegate(m_delegate);
    setGridSize(m_delegate->cellSize());
    setSpacing(0);
    setDragEnabled(false);
    setWordWrap(true);
    m_wantedTimer.setSingleShot(true);
    m_wantedTimer.setInterval(0);
    connect(&m_wantedTimer, &QTimer::timeout, this, &FaceGridView::updateWanted);
}

FaceGridView::~FaceGridView() = default;

void FaceGridView::setThumbnailLoader(ThumbnailLoader* loader)
{
    if (m_loader) {
        disconnect(m_loader, nullptr, this, nullptr);
    }
    m_loader = loader;
    m_delegate->setThumbnailLoader(loader);
    if (loader) {
        connect(loader, &ThumbnailLoader::thumbnailChanged, this, &FaceGridView::thumbnailChanged);
    }
    scheduleWanted();
}

void FaceGridView::setPrefetchRows(int rows)
{
    m_prefetchRows = qMax(0, rows);
    scheduleWanted();
}

void FaceGridView::setModel(QAbstractItemModel* model)
{
    if (this->model()) {
        disconnect(this->model(), nullptr, this, nullptr);
    }
    QListView::setModel(model);
    m_wanted.clear();
    if (model) {
        const auto schedule = [this]() { scheduleWanted(); };
        connect(model, &QAbstractItemModel::layoutChanged, this, schedule);
        connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
        connect(model, &QAbstractItemModel::modelReset, this, schedule);
    }
    scheduleWanted();
}

void FaceGridView::setRootIndex(const QModelIndex& index)
{
    QListView::setRootIndex(index);
    scheduleWanted();
}

void FaceGridView::scheduleWanted()
{
    if (!m_wantedTimer.isActive()) {
        m_wantedTimer.start();
    }
}

void FaceGridView::scrollContentsBy(int dx, int dy)
{
    QListView::scrollContentsBy(dx, dy);
    scheduleWanted();
}

void FaceGridView::resizeEvent(QResizeEvent* event)
{
    QListView::resizeEvent(event);
    scheduleWanted();
}

void FaceGridView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (parent == rootIndex()) {
        scheduleWanted();
    }
}

void FaceGridView::updateGeometries()
{
    QListView::updateGeometries();
    // A (batched) layout moved items: what is visible may have changed.
    scheduleWanted();
}

void FaceGridView::showEvent(QShowEvent* event)
{
    QListView::showEvent(event);
    scheduleWanted();
}

QPair<int, int> FaceGridView::visibleRows() const
{
    QAbstractItemModel* m = model();
    const int rows = m ? m->rowCount(rootIndex()) : 0;
    if (rows == 0 || !isVisible()) {
        return {-1, -1};
    }
    const QRect area = viewport()->rect();
    // Items are laid out in row order, line by line: binary search for the first item reaching into the
    // viewport and the last one starting inside it.
    int lo = 0;
    int hi = rows;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const QRect r = visualRect(m->index(mid, 0, rootIndex()));
        if (r.isValid() && r.bottom() < area.top()) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    const int first = lo;
    lo = first;
    hi = rows;
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        const QRect r = visualRect(m->index(mid, 0, rootIndex()));
        if (r.isValid() && r.top() <= area.bottom()) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    const int last = lo - 1;
    if (first >= rows || last < first) {
        return {-1, -1};
    }
    return {first, last};
}

void FaceGridView::updateWanted()
{
    m_wantedTimer.stop();
    QAbstractItemModel* m = model();
    if (!m_loader || !m) {
        return;
    }
    const auto [first, last] = visibleRows();
    m_wanted.clear();
    if (first < 0) {
        m_loader->setWanted({});
        return;
    }
    const int perLine = qMax(1, viewport()->width() / qMax(1, gridSize().width()));
    const int rows = m->rowCount(rootIndex());
    const int from = qMax(0, first - m_prefetchRows * perLine);
    const int to = qMin(rows - 1, last + m_prefetchRows * perLine);
    QList<ItemPath> wanted;
    wanted.reserve(to - from + 1);
    // The visible ones first, then the margin below, then above (the usual scroll direction is down).
    const auto add = [&](int row, bool visible) {
        const QModelIndex index = m->index(row, 0, rootIndex());
        if (!index.data(Roles::IsPrincipalRole).toBool()) {
            return;
        }
        const QString key = index.data(Roles::GraphPathRole).toString();
        const ItemPath path = ItemPath::parse(key);
        if (!path.isValid()) {
            return;
        }
        wanted << path;
        m_wanted.insert(key, QPersistentModelIndex(index));
        if (visible) {
            m_shown.insert(qHash(key));
        }
    };
    for (int row = first; row <= last; ++row) {
        add(row, true);
    }
    for (int row = last + 1; row <= to; ++row) {
        add(row, false);
    }
    for (int row = first - 1; row >= from; --row) {
        add(row, false);
    }
    m_loader->setWanted(wanted);
}

void FaceGridView::thumbnailChanged(const QString& principal)
{
    const auto it = m_wanted.constFind(principal);
    if (it != m_wanted.cend() && it->isValid()) {
        update(*it);
    }
}

} // namespace Portrait
