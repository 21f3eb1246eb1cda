#include "DetailPane.h"

#include "DetailFacts.h"
#include "DirectoryItemDelegate.h"
#include "FlowLayout.h"
#include "PhotoChangeDialog.h"
#include "PhotoFileActions.h"
#include "PhotoSizesBox.h"
#include "PhotoView.h"
#include "graph/DisplayText.h"
#include "model/Roles.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Portrait {

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
    , m_photo(new PrincipalPhoto(this))
    , m_files(new PhotoFileActions(m_photo, this))
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The pane fits its column: long values wrap, rows of buttons flow, and the photo goes above the facts when
    // the two do not fit side by side (updateColumns()). It scrolls down; a horizontal scroll bar is a bug.
    outer->addWidget(scroll);
    m_scroll = scroll;

    auto* content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("detailContent"));
    content->installEventFilter(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);
    scroll->setWidget(content);

    m_nameLabel = new QLabel(content);
    m_nameLabel->setObjectName(QStringLiteral("nameLabel"));
    QFont big = m_nameLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_nameLabel->setFont(big);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Names, addresses and Graph's messages come from the directory: never read as markup.
    m_nameLabel->setTextFormat(Qt::PlainText);
    m_nameLabel->setWordWrap(true);
    layout->addWidget(m_nameLabel);

    m_subtitleLabel = new QLabel(content);
    m_subtitleLabel->setObjectName(QStringLiteral("subtitleLabel"));
    m_subtitleLabel->setForegroundRole(QPalette::PlaceholderText);
    m_subtitleLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitleLabel->setTextFormat(Qt::PlainText);
    m_subtitleLabel->setWordWrap(true);
    layout->addWidget(m_subtitleLabel);

    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(16);
    layout->addLayout(m_columns, 1);
    auto* photoColumn = new QVBoxLayout;
    m_columns->addLayout(photoColumn, 5);
    auto* factsColumn = new QVBoxLayout;
    m_columns->addLayout(factsColumn, 6);
    m_factsColumn = factsColumn;

    m_photoView = new PhotoView(content);
    m_photoView->setObjectName(QStringLiteral("photoView"));
    m_photoView->setMinimumSize(200, 200);
    photoColumn->addWidget(m_photoView, 1);

    m_headlineLabel = new QLabel(content);
    m_headlineLabel->setObjectName(QStringLiteral("photoHeadlineLabel"));
    m_headlineLabel->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_headlineLabel->setWordWrap(true);
    m_headlineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headlineLabel->setTextFormat(Qt::PlainText);

    // A row that wraps onto a second line in a narrow pane (German and French labels are long).
    auto* buttons = new FlowLayout;
    m_saveButton = new QPushButton(
        QIcon::fromTheme(QStringLiteral("document-save-as"), QIcon(QStringLiteral(":/portrait/icons/save.svg"))),
        tr("Save photo as…"), content);
    m_saveButton->setObjectName(QStringLiteral("savePhotoButton"));
    m_saveButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, &DetailPane::savePhotoAs);
    buttons->addWidget(m_saveButton);

    m_copyButton = new QToolButton(content);
    m_copyButton->setObjectName(QStringLiteral("copyButton"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyButton->setPopupMode(QToolButton::InstantPopup);
    m_copyButton->setToolTip(tr("Copy the photo, the id, the user principal name or the mail"));
    auto* copyMenu = new QMenu(m_copyButton);
    // Also in the main window's Edit menu (copyActions()): mnemonics for the keyboard there.
    copyMenu->addAction(tr("Copy &image"), this, &DetailPane::copyImage)
        ->setObjectName(QStringLiteral("copyImageAction"));
    copyMenu->addAction(tr("Copy i&d"), this, [this]() { copyText(TextField::Id); })
        ->setObjectName(QStringLiteral("copyIdAction"));
    copyMenu->addAction(tr("Copy user principal &name"), this, [this]() { copyText(TextField::UserPrincipalName); })
        ->setObjectName(QStringLiteral("copyUpnAction"));
    copyMenu->addAction(tr("Copy &mail"), this, [this]() { copyText(TextField::Mail); })
        ->setObjectName(QStringLiteral("copyMailAction"));
    m_copyButton->setMenu(copyMenu);
    buttons->addWidget(m_copyButton);

    m_openButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-open")), tr("Open in viewer"), content);
    m_openButton->setObjectName(QStringLiteral("openInViewerButton"));
    m_openButton->setToolTip(tr("Open the photo in the desktop's image viewer"));
    m_openButton->setEnabled(false);
    connect(m_openButton, &QPushButton::clicked, this, &DetailPane::openInViewer);
    buttons->addWidget(m_openButton);

    // They ask; the main window's PhotoChangeActions shows the change and writes it on confirmation.
    m_replaceButton = new QPushButton(tr("Replace photo…"), content);
    m_replaceButton->setObjectName(QStringLiteral("replacePhotoButton"));
    connect(m_replaceButton, &QPushButton::clicked, this, [this]() { emit replacePhotoRequested(m_index); });
    buttons->addWidget(m_replaceButton);
    m_removeButton = new QPushButton(tr("Remove photo…"), content);
    m_removeButton->setObjectName(QStringLiteral("removePhotoButton"));
    connect(m_removeButton, &QPushButton::clicked, this, [this]() { emit removePhotoRequested(m_index); });
    buttons->addWidget(m_removeButton);

    m_facts = std::make_unique<DetailFacts>(content, factsColumn);
    // Which of Graph's 9 sizes exist (`/photos`), and a box to show one of them.
    m_sizesBox = new PhotoSizesBox(content);
    connect(m_sizesBox, &PhotoSizesBox::sizeChosen, this, &DetailPane::showSize);
    factsColumn->addWidget(m_sizesBox);
    factsColumn->addWidget(m_headlineLabel);
    factsColumn->addWidget(m_facts->adviceLabel());
    factsColumn->addLayout(buttons);
    factsColumn->addStretch(1);

    connect(m_photo, &PrincipalPhoto::changed, this, &DetailPane::showPhotoState);
    connect(m_photo, &PrincipalPhoto::sizesChanged, this, [this]() { m_sizesBox->showSizes(*m_photo); });
    connect(m_photo, &PrincipalPhoto::finished, this, &DetailPane::photoFinished);
    connect(m_files, &PhotoFileActions::errorOccurred, this, &DetailPane::errorOccurred);
    connect(m_files, &PhotoFileActions::statusMessage, this, &DetailPane::statusMessage);
    clear();
}

bool DetailPane::eventFilter(QObject* watched, QEvent* event)
{
    // The content changed (a new principal, more facts): decide again once its layout has taken the change in
    // (the filter runs before the layout, whose nested size hints are still the old ones).
    if (event->type() == QEvent::LayoutRequest && watched == m_scroll->widget() && !m_columnsPending) {
        m_columnsPending = true;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_columnsPending = false;
                updateColumns();
            },
            Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void DetailPane::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateColumns();
}

void DetailPane::updateColumns()
{
    // Side by side only when the facts get their preferred width beside the smallest photo; else the photo
    // goes on top, at a bounded height, and the facts below get the whole width.
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int available = m_scroll->width() - margins.left() - margins.right()
        - style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int sideBySide = m_photoView->minimumWidth() + m_columns->spacing() + m_factsColumn->sizeHint().width();
    const auto direction = available >= sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction == m_columns->direction()) {
        return;
    }
    const bool stacked = direction == QBoxLayout::TopToBottom;
    m_columns->setDirection(direction);
    m_columns->setStretch(0, stacked ? 0 : 5);
    m_columns->setStretch(1, stacked ? 1 : 6);
    m_photoView->setMaximumHeight(stacked ? m_photoView->minimumHeight() * 3 / 2 : QWIDGETSIZE_MAX);
}

bool DetailPane::isStacked() const
{
    return m_columns->direction() == QBoxLayout::TopToBottom;
}

DetailPane::~DetailPane() = default;

void DetailPane::setClient(GraphClient* client)
{
    m_photo->setClient(client);
    clear();
}

void DetailPane::clear()
{
    m_principal = {};
    m_index = QPersistentModelIndex();
    m_nodePath.clear();
    m_displayName.clear();
    m_upn.clear();
    m_mail.clear();
    m_id.clear();
    m_files->setStem({});
    m_photo->clear();
    m_sizesBox->setVisible(false);
    m_nameLabel->setText(tr("Nothing selected"));
    m_subtitleLabel->setText(tr("Select a user, group or contact to see its photo."));
    m_photoView->setPlaceholder({}, {});
    m_headlineLabel->clear();
    m_facts->clearIdentity();
    m_facts->resetPhoto();
    m_facts->setPhotoVisible(false);
    showPhotoState();
}

void DetailPane::showIndex(const QModelIndex& index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    const auto kind = NodeKind(index.data(Roles::KindRole).toInt());
    const bool principal = index.data(Roles::IsPrincipalRole).toBool();
    m_index = index;
    m_nodePath = index.data(Roles::GraphPathRole).toString();
    m_principal = principal ? ItemPath::parse(m_nodePath) : ItemPath();
    m_displayName = index.data(Roles::DisplayNameRole).toString();
    m_upn = index.data(Roles::UpnRole).toString();
    m_mail = index.data(Roles::MailRole).toString();
    m_id = index.data(Roles::GraphIdRole).toString();
    m_files->setStem(!m_upn.isEmpty() ? m_upn : !m_mail.isEmpty() ? m_mail : m_displayName);
    const QString kindWords = nodeKindTitle(kind);

    m_nameLabel->setText(m_displayName.isEmpty() ? index.data(Qt::DisplayRole).toString() : m_displayName);
    QString subtitle = kindWords;
    if (index.data(Roles::UserTypeRole).toString() == QLatin1String("Guest")) {
        subtitle = tr("%1 · guest").arg(subtitle);
    }
    if (!m_upn.isEmpty() || !m_mail.isEmpty()) {
        subtitle = tr("%1 · %2").arg(subtitle, m_upn.isEmpty() ? m_mail : m_upn);
    }
    m_subtitleLabel->setText(subtitle);
    const bool isTop = kind == NodeKind::Users || kind == NodeKind::Groups || kind == NodeKind::MyContacts;
    m_facts->showIdentity({kindWords, m_upn, m_mail, m_id, m_nodePath,
                           !isTop && kind != NodeKind::Group && kind != NodeKind::ContactFolder,
                           !isTop && kind != NodeKind::ContactFolder, !isTop});
    m_facts->resetPhoto();
    m_facts->setPhotoVisible(m_principal.isValid());
    m_sizesBox->setVisible(m_principal.isValid());
    if (m_principal.isValid()) {
        m_photo->show(m_principal); // what is on its way for this principal stays; anything else is dropped
        m_sizesBox->showSizes(*m_photo);
        showPhotoState();
        return;
    }
    m_photo->clear();
    const QString error = index.data(Roles::ErrorRole).toString();
    const int loaded = index.data(Roles::LoadedCountRole).toInt();
    const int shown = index.model()->rowCount(index); // fewer when a filter of the views hides some
    QString message;
    if (!error.isEmpty()) {
        message = tr("Could not load this list: %1").arg(error);
    } else if (index.data(Roles::IsLoadingRole).toBool()) {
        message = tr("Loading…");
    } else if (shown < loaded) {
        message = tr("%1 of %Ln entries loaded match the filters. Select someone to see the photo.", nullptr, loaded)
                      .arg(shown);
    } else {
        message = tr("%Ln entries loaded. Expand the list and select someone to see the photo.", nullptr, loaded);
    }
    m_photoView->setIcon(DirectoryItemDelegate::iconForKind(int(kind)), {});
    m_headlineLabel->setText(message);
}

void DetailPane::updateIndex(const QModelIndex& index)
{
    if (!index.isValid() || index.data(Roles::GraphPathRole).toString() != m_nodePath) {
        return;
    }
    if (m_principal.isValid() && index.data(Roles::GraphIdRole).toString() == m_id
        && index.data(Roles::UpnRole).toString() == m_upn && index.data(Roles::MailRole).toString() == m_mail
        && index.data(Roles::DisplayNameRole).toString() == m_displayName) {
        return; // the same principal: its photo (and what is on its way) stays
    }
    showIndex(index);
}

void DetailPane::showSize(const QString& sizeId)
{
    if (m_principal.isValid() && sizeId != m_photo->sizeId() && !m_photo->showSize(sizeId)) {
        m_sizesBox->setShownSize(m_photo->sizeId()); // a size that is not listed: refused
    }
}

void DetailPane::reloadPhoto()
{
    m_photo->reload();
}

void DetailPane::showPhotoState()
{
    if (m_principal.isValid()) {
        const PhotoInfo& info = m_photo->info();
        if (!m_photo->hasInfo()) {
            m_facts->resetPhoto();
            m_headlineLabel->clear();
            if (!m_photo->client()) {
                m_photoView->setPlaceholder(initials(), tr("Not connected"));
            } else {
                m_photoView->setPlaceholder(initials(), tr("Loading photo…"));
                m_facts->showLoading();
            }
        } else {
            m_facts->showPhoto(info);
            m_headlineLabel->setText(headlineFor(info));
            if (m_photo->isDecoding()) {
                m_photoView->setPlaceholder(initials(), tr("Decoding…"));
            } else if (!info.hasBytes() || info.data.isEmpty()) {
                m_photoView->setPlaceholder(initials(), headlineFor(info));
            } else if (m_photo->image().isNull()) {
                m_photoView->setPlaceholder(initials(), tr("The bytes could not be decoded as an image."));
                m_headlineLabel->setText(
                    tr("Graph sent %1 bytes that are not a readable image.").arg(QLocale().toString(info.bytes)));
            } else {
                m_photoView->setImage(m_photo->image());
                m_photoView->setDragSource(info.data, suggestedFileName());
            }
        }
        m_sizesBox->setShownSize(m_photo->sizeId());
    }
    updateActions();
    const bool canSave = canSavePhoto();
    m_saveButton->setEnabled(canSave);
    if (canSave != m_couldSave) {
        m_couldSave = canSave;
        emit canSavePhotoChanged(canSave);
    }
}

void DetailPane::updateActions()
{
    const QList<QAction*> actions = m_copyButton->menu()->actions();
    const bool hasImage = !photoImage().isNull();
    for (QAction* a : actions) {
        const QString name = a->objectName();
        if (name == u"copyImageAction") {
            a->setEnabled(hasImage);
        } else if (name == u"copyIdAction") {
            a->setEnabled(!m_id.isEmpty());
        } else if (name == u"copyUpnAction") {
            a->setEnabled(!m_upn.isEmpty());
        } else if (name == u"copyMailAction") {
            a->setEnabled(!m_mail.isEmpty());
        }
    }
    m_copyButton->setEnabled(hasImage || !m_id.isEmpty() || !m_upn.isEmpty() || !m_mail.isEmpty());
    m_openButton->setEnabled(canSavePhoto() && hasImage);

    // What Graph refuses anyway (a contact's photo cannot be removed) is disabled here, with the reason; so is a
    // removal where there is no photo. An app-only sign-in's refusal for groups is the dialog's to say.
    const bool principal = m_principal.isValid() && client();
    const QString replaceWhy
        = principal ? PhotoChangeDialog::refusalText(PhotoChange::Kind::Set, m_principal, false) : QString();
    QString removeWhy
        = principal ? PhotoChangeDialog::refusalText(PhotoChange::Kind::Remove, m_principal, false) : QString();
    if (removeWhy.isEmpty() && hasPhotoInfo() && photoInfo().status == PhotoStatus::None) {
        removeWhy = tr("There is no photo to remove.");
    }
    m_replaceButton->setVisible(m_principal.isValid());
    m_removeButton->setVisible(m_principal.isValid());
    m_replaceButton->setEnabled(principal && replaceWhy.isEmpty());
    m_removeButton->setEnabled(principal && hasPhotoInfo() && removeWhy.isEmpty());
    m_replaceButton->setToolTip(replaceWhy.isEmpty() ? tr("Choose an image to become this photo") : replaceWhy);
    m_removeButton->setToolTip(removeWhy.isEmpty() ? tr("Remove this photo from the directory") : removeWhy);
}

QList<QAction*> DetailPane::copyActions() const
{
    return m_copyButton->menu()->actions();
}

bool DetailPane::copyImage()
{
    const QImage& image = photoImage();
    if (image.isNull()) {
        return false;
    }
    QApplication::clipboard()->setImage(image);
    emit statusMessage(tr("Copied the photo (%1 × %2)").arg(image.width()).arg(image.height()));
    return true;
}

bool DetailPane::copyText(TextField field)
{
    const QString text = field == TextField::Id ? m_id : field == TextField::UserPrincipalName ? m_upn : m_mail;
    if (text.isEmpty()) {
        return false;
    }
    QApplication::clipboard()->setText(text);
    emit statusMessage(tr("Copied %1").arg(text));
    return true;
}

QString DetailPane::suggestedFileName() const
{
    return m_files->suggestedFileName();
}

bool DetailPane::savePhotoTo(const QString& path, QString* error) const
{
    return m_photo->saveTo(path, error);
}

QString DetailPane::writeViewerFile(QString* error) const
{
    return m_files->writeViewerFile(error);
}

void DetailPane::savePhotoAs()
{
    m_files->savePhotoAs();
}

void DetailPane::openInViewer()
{
    m_files->openInViewer();
}

QString DetailPane::initials() const
{
    return PhotoView::initialsOf(m_displayName);
}

QString DetailPane::headlineFor(const PhotoInfo& info) const
{
    switch (info.status) {
    case PhotoStatus::Photo:
        return {};
    case PhotoStatus::Placeholder:
    case PhotoStatus::None:
    case PhotoStatus::Unavailable:
        return tr("%1.", "a photo status and its reason, as a sentence")
            .arg(explainPhoto(info.status, info.reason).summary());
    case PhotoStatus::Error:
        return tr("Could not load the photo: %1").arg(errorDisplayText(info.error));
    }
    return {};
}

} // namespace Portrait
