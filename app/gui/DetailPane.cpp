#include "DetailPane.h"

#include "DirectoryItemDelegate.h"
#include "FlowLayout.h"
#include "PhotoView.h"
#include "cache/PrivateFiles.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"
#include "graph/PhotoJob.h"
#include "model/Roles.h"

#include <QApplication>
#include <QBoxLayout>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Portrait {

namespace {

const QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? dash() : text;
}

QString kindText(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Me:
        return DetailPane::tr("User (signed in)");
    case NodeKind::User:
        return DetailPane::tr("User");
    case NodeKind::Group:
        return DetailPane::tr("Group");
    case NodeKind::Contact:
        return DetailPane::tr("Contact");
    case NodeKind::ContactFolder:
        return DetailPane::tr("Contact folder");
    case NodeKind::Users:
    case NodeKind::Groups:
    case NodeKind::MyContacts:
        break;
    }
    return DetailPane::tr("Collection");
}

QString extensionFor(const QString& mediaType, const QByteArray& data)
{
    QString type = mediaType.toLower();
    if (type.isEmpty()) {
        type = sniffImageType(data);
    }
    if (type == QLatin1String("image/jpeg") || type == QLatin1String("image/jpg")
        || type == QLatin1String("image/pjpeg")) {
        return QStringLiteral("jpg");
    }
    if (type == QLatin1String("image/png")) {
        return QStringLiteral("png");
    }
    if (type == QLatin1String("image/gif")) {
        return QStringLiteral("gif");
    }
    if (type == QLatin1String("image/bmp")) {
        return QStringLiteral("bmp");
    }
    if (type == QLatin1String("image/webp")) {
        return QStringLiteral("webp");
    }
    return QStringLiteral("bin");
}

} // namespace

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
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
    m_adviceLabel = new QLabel(content);
    m_adviceLabel->setObjectName(QStringLiteral("photoAdviceLabel"));
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adviceLabel->setTextFormat(Qt::PlainText);
    m_adviceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_adviceLabel->hide();

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

    auto* identityBox = new QGroupBox(tr("Identity"), content);
    m_identityForm = new QFormLayout(identityBox);
    m_identityForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_identityForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long value goes below its label
    m_kindValue = addValue(m_identityForm, tr("Kind:"), QStringLiteral("kindValueLabel"));
    m_upnValue = addValue(m_identityForm, tr("User principal name:"), QStringLiteral("upnValueLabel"));
    m_mailValue = addValue(m_identityForm, tr("Mail:"), QStringLiteral("mailValueLabel"));
    m_idValue = addValue(m_identityForm, tr("Id:"), QStringLiteral("idValueLabel"));
    m_pathValue = addValue(m_identityForm, tr("Graph path:"), QStringLiteral("pathValueLabel"));
    factsColumn->addWidget(identityBox);

    m_photoBox = new QGroupBox(tr("Photo"), content);
    m_photoForm = new QFormLayout(m_photoBox);
    m_photoForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_photoForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_statusValue = addValue(m_photoForm, tr("Status:"), QStringLiteral("statusValueLabel"));
    m_reasonValue = addValue(m_photoForm, tr("Reason:"), QStringLiteral("reasonValueLabel"));
    m_sizeValue = addValue(m_photoForm, tr("Pixel size:"), QStringLiteral("sizeValueLabel"));
    m_bytesValue = addValue(m_photoForm, tr("Bytes:"), QStringLiteral("bytesValueLabel"));
    m_mediaTypeValue = addValue(m_photoForm, tr("Media type:"), QStringLiteral("mediaTypeValueLabel"));
    m_etagValue = addValue(m_photoForm, tr("ETag:"), QStringLiteral("etagValueLabel"));
    m_sha256Value = addValue(m_photoForm, tr("SHA-256:"), QStringLiteral("sha256ValueLabel"));
    m_sha256Value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_errorCodeValue = addValue(m_photoForm, tr("Error code:"), QStringLiteral("errorCodeValueLabel"));
    m_errorMessageValue = addValue(m_photoForm, tr("Error message:"), QStringLiteral("errorMessageValueLabel"));
    m_requestIdValue = addValue(m_photoForm, tr("Request id:"), QStringLiteral("requestIdValueLabel"));
    factsColumn->addWidget(m_photoBox);

    // Which of Graph's 9 sizes exist (`/photos`), and a box to show one of them.
    m_sizesBox = new QGroupBox(tr("Sizes"), content);
    m_sizesBox->setObjectName(QStringLiteral("sizesBox"));
    auto* sizesLayout = new QVBoxLayout(m_sizesBox);
    auto* chips = new FlowLayout(nullptr, 3);
    for (const int edge : {48, 64, 96, 120, 240, 360, 432, 504, 648}) {
        auto* chip = new QLabel(QString::number(edge), m_sizesBox);
        chip->setObjectName(QStringLiteral("sizeChip%1x%1").arg(edge));
        chip->setAlignment(Qt::AlignCenter);
        chip->setMinimumWidth(chip->fontMetrics().horizontalAdvance(QStringLiteral("6488")));
        chips->addWidget(chip);
        m_sizeChips << chip;
    }
    sizesLayout->addLayout(chips);
    m_sizesNote = new QLabel(m_sizesBox);
    m_sizesNote->setObjectName(QStringLiteral("sizesNoteLabel"));
    m_sizesNote->setWordWrap(true);
    m_sizesNote->setTextFormat(Qt::PlainText);
    sizesLayout->addWidget(m_sizesNote);
    auto* showRow = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("Show:"), m_sizesBox);
    m_sizeCombo = new QComboBox(m_sizesBox);
    m_sizeCombo->setObjectName(QStringLiteral("sizeCombo"));
    // Not as wide as its longest entry ("648 × 648 (/photos/648x648)"): the pane's width decides.
    m_sizeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sizeCombo->setMinimumContentsLength(12);
    showLabel->setBuddy(m_sizeCombo);
    connect(m_sizeCombo, &QComboBox::activated, this, [this](int i) { showSize(m_sizeCombo->itemData(i).toString()); });
    showRow->addWidget(showLabel);
    showRow->addWidget(m_sizeCombo, 1);
    sizesLayout->addLayout(showRow);
    factsColumn->addWidget(m_sizesBox);
    factsColumn->addWidget(m_headlineLabel);
    factsColumn->addWidget(m_adviceLabel);
    factsColumn->addLayout(buttons);
    factsColumn->addStretch(1);

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

DetailPane::~DetailPane()
{
    cancel();
    if (m_sizesJob) {
        disconnect(m_sizesJob, nullptr, this, nullptr);
        m_sizesJob->abort();
    }
}

QLabel* DetailPane::addValue(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(dash(), form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    form->addRow(label, value);
    return value;
}

void DetailPane::setRowVisible(QLabel* value, bool visible)
{
    for (QFormLayout* form : {m_identityForm, m_photoForm}) {
        if (form->indexOf(value) >= 0) {
            form->setRowVisible(value, visible);
        }
    }
}

void DetailPane::setClient(GraphClient* client)
{
    m_client = client;
    clear();
}

void DetailPane::cancel()
{
    ++m_serial;
    m_decoding = false;
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->abort();
        m_job->deleteLater();
        m_job = nullptr;
    }
}

bool DetailPane::isPhotoLoading() const
{
    return m_job != nullptr || m_decoding;
}

void DetailPane::clear()
{
    cancel();
    if (m_sizesJob) {
        disconnect(m_sizesJob, nullptr, this, nullptr);
        m_sizesJob->abort();
        m_sizesJob->deleteLater();
        m_sizesJob = nullptr;
    }
    m_sizes.clear();
    m_sizeId.clear();
    m_id.clear();
    m_sizesBox->setVisible(false);
    const bool couldSave = canSavePhoto();
    m_principal = {};
    m_nodePath.clear();
    m_displayName.clear();
    m_upn.clear();
    m_mail.clear();
    m_kindText.clear();
    m_info = {};
    m_hasInfo = false;
    m_image = {};
    m_nameLabel->setText(tr("Nothing selected"));
    m_subtitleLabel->setText(tr("Select a user, group or contact to see its photo."));
    m_photoView->setPlaceholder({}, {});
    m_headlineLabel->clear();
    m_adviceLabel->clear();
    m_adviceLabel->hide();
    for (QLabel* l : {m_kindValue, m_upnValue, m_mailValue, m_idValue, m_pathValue}) {
        l->setText(dash());
        setRowVisible(l, true);
    }
    resetPhotoFacts();
    m_photoBox->setVisible(false);
    m_saveButton->setEnabled(false);
    updateActions();
    if (couldSave) {
        emit canSavePhotoChanged(false);
    }
}

void DetailPane::resetPhotoFacts()
{
    for (QLabel* l : {m_statusValue, m_reasonValue, m_sizeValue, m_bytesValue, m_mediaTypeValue, m_etagValue,
                      m_sha256Value, m_errorCodeValue, m_errorMessageValue, m_requestIdValue}) {
        l->setText(dash());
    }
    for (QLabel* l : {m_reasonValue, m_sha256Value, m_errorCodeValue, m_errorMessageValue, m_requestIdValue}) {
        setRowVisible(l, false);
    }
    m_reasonValue->setToolTip({});
    m_adviceLabel->clear();
    m_adviceLabel->hide();
}

void DetailPane::showIndex(const QModelIndex& index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    cancel();
    if (m_sizesJob) {
        disconnect(m_sizesJob, nullptr, this, nullptr);
        m_sizesJob->abort();
        m_sizesJob->deleteLater();
        m_sizesJob = nullptr;
    }
    m_sizes.clear();
    m_sizeId.clear();
    const bool couldSave = canSavePhoto();
    m_info = {};
    m_hasInfo = false;
    m_image = {};

    const auto kind = NodeKind(index.data(Roles::KindRole).toInt());
    const bool principal = index.data(Roles::IsPrincipalRole).toBool();
    m_nodePath = index.data(Roles::GraphPathRole).toString();
    m_principal = principal ? ItemPath::parse(index.data(Roles::GraphPathRole).toString()) : ItemPath();
    m_displayName = index.data(Roles::DisplayNameRole).toString();
    m_upn = index.data(Roles::UpnRole).toString();
    m_mail = index.data(Roles::MailRole).toString();
    m_kindText = kindText(kind);
    const QString userType = index.data(Roles::UserTypeRole).toString();

    m_nameLabel->setText(m_displayName.isEmpty() ? index.data(Qt::DisplayRole).toString() : m_displayName);
    QString subtitle = m_kindText;
    if (userType == QLatin1String("Guest")) {
        subtitle = tr("%1 · guest").arg(subtitle);
    }
    if (!m_upn.isEmpty() || !m_mail.isEmpty()) {
        subtitle = tr("%1 · %2").arg(subtitle, m_upn.isEmpty() ? m_mail : m_upn);
    }
    m_subtitleLabel->setText(subtitle);
    m_kindValue->setText(m_kindText);
    m_upnValue->setText(orDash(m_upn));
    m_mailValue->setText(orDash(m_mail));
    m_id = index.data(Roles::GraphIdRole).toString();
    m_idValue->setText(orDash(m_id));
    m_pathValue->setText(orDash(index.data(Roles::GraphPathRole).toString()));
    const bool isTop = kind == NodeKind::Users || kind == NodeKind::Groups || kind == NodeKind::MyContacts;
    setRowVisible(m_upnValue, !isTop && kind != NodeKind::Group && kind != NodeKind::ContactFolder);
    setRowVisible(m_mailValue, !isTop && kind != NodeKind::ContactFolder);
    setRowVisible(m_idValue, !isTop);
    resetPhotoFacts();
    m_saveButton->setEnabled(false);
    if (couldSave) {
        emit canSavePhotoChanged(false);
    }

    updateActions();
    if (!m_principal.isValid()) {
        m_photoBox->setVisible(false);
        m_sizesBox->setVisible(false);
        const QString error = index.data(Roles::ErrorRole).toString();
        const int loaded = index.data(Roles::LoadedCountRole).toInt();
        const int shown = index.model()->rowCount(index); // fewer when a filter of the views hides some
        QString message;
        if (!error.isEmpty()) {
            message = tr("Could not load this list: %1").arg(error);
        } else if (index.data(Roles::IsLoadingRole).toBool()) {
            message = tr("Loading…");
        } else if (shown < loaded) {
            message
                = tr("%1 of %Ln entries loaded match the filters. Select someone to see the photo.", nullptr, loaded)
                      .arg(shown);
        } else {
            message = tr("%Ln entries loaded. Expand the list and select someone to see the photo.", nullptr, loaded);
        }
        m_photoView->setIcon(DirectoryItemDelegate::iconForKind(int(kind)), {});
        m_headlineLabel->setText(message);
        return;
    }
    m_photoBox->setVisible(true);
    startPhoto();
    startSizes();
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

void DetailPane::startSizes()
{
    m_sizesBox->setVisible(true);
    showSizeRow();
    if (!m_client || !m_principal.supportsPhotoSizes()) {
        return;
    }
    m_sizesJob = new PhotoSizesJob(m_client, m_principal, this);
    const quint64 serial = m_serial;
    connect(m_sizesJob, &GraphJob::finished, this,
            [this, serial](GraphJob* job) { sizesArrived(static_cast<PhotoSizesJob*>(job), serial); });
    m_sizesJob->start();
}

void DetailPane::sizesArrived(PhotoSizesJob* job, quint64)
{
    job->deleteLater();
    if (job != m_sizesJob) {
        return;
    }
    m_sizesJob = nullptr;
    m_sizes = job->hasError() ? QList<PhotoSize>() : job->sizes();
    // The 1x1 placeholder Graph lists for "no photo" is not a size one can show.
    m_sizes.removeIf([](const PhotoSize& size) { return size.width <= 1 && size.height <= 1; });
    showSizeRow();
    if (job->hasError()) {
        m_sizesNote->setText(tr("Could not list the sizes: %1").arg(job->error().toString()));
    }
}

void DetailPane::showSizeRow()
{
    const bool contact = m_principal.isValid() && !m_principal.supportsPhotoSizes();
    const bool known = !m_sizesJob;
    for (QLabel* chip : std::as_const(m_sizeChips)) {
        const QString id = chip->objectName().mid(8); // "sizeChip48x48" → "48x48"
        const bool available = std::any_of(m_sizes.cbegin(), m_sizes.cend(), [&id](const PhotoSize& size) {
            return size.id.compare(id, Qt::CaseInsensitive) == 0;
        });
        chip->setProperty("available", available);
        chip->setEnabled(available);
        chip->setStyleSheet(available ? QStringLiteral("QLabel { background: #2e7d32; color: white; border-radius: 3px;"
                                                       " padding: 1px 3px; }")
                                      : QStringLiteral("QLabel { color: palette(mid); border: 1px solid palette(mid);"
                                                       " border-radius: 3px; padding: 0px 2px; }"));
        chip->setToolTip(plainToolTip(available ? tr("%1: available").arg(id) : tr("%1: not available").arg(id)));
        chip->setVisible(!contact);
    }
    if (contact) {
        m_sizesNote->setText(tr("Contacts have a single photo size: Graph has no /photos for them."));
    } else if (!known) {
        m_sizesNote->setText(tr("Listing the sizes…"));
    } else if (m_sizes.isEmpty()) {
        m_sizesNote->setText(tr("No sizes: there is no photo to list."));
    } else {
        QStringList other;
        for (const PhotoSize& size : std::as_const(m_sizes)) {
            if (!DetailPane::findChild<QLabel*>(QStringLiteral("sizeChip") + size.id.toLower())) {
                other << QStringLiteral("%1 × %2").arg(size.width).arg(size.height);
            }
        }
        m_sizesNote->setText(other.isEmpty()
                                 ? tr("%n of Graph's 9 sizes available.", nullptr, int(m_sizes.size()))
                                 : tr("%n sizes available, also %1 (stored in Entra ID).", nullptr, int(m_sizes.size()))
                                       .arg(other.join(QStringLiteral(", "))));
    }
    const QSignalBlocker blocker(m_sizeCombo);
    m_sizeCombo->clear();
    m_sizeCombo->addItem(tr("Largest (/photo)"), QString());
    for (const PhotoSize& size : std::as_const(m_sizes)) {
        m_sizeCombo->addItem(tr("%1 × %2 (/photos/%3)").arg(size.width).arg(size.height).arg(size.id), size.id);
    }
    m_sizeCombo->setCurrentIndex(qMax(0, m_sizeCombo->findData(m_sizeId)));
    m_sizeCombo->setEnabled(m_sizes.size() > 0);
}

void DetailPane::showSize(const QString& sizeId)
{
    if (!m_principal.isValid() || sizeId == m_sizeId) {
        return;
    }
    if (!sizeId.isEmpty() && std::none_of(m_sizes.cbegin(), m_sizes.cend(), [&sizeId](const PhotoSize& size) {
            return size.id.compare(sizeId, Qt::CaseInsensitive) == 0;
        })) {
        return;
    }
    cancel();
    const bool couldSave = canSavePhoto();
    m_sizeId = sizeId;
    m_info = {};
    m_hasInfo = false;
    m_image = {};
    resetPhotoFacts();
    m_saveButton->setEnabled(false);
    updateActions();
    if (couldSave) {
        emit canSavePhotoChanged(false);
    }
    {
        const QSignalBlocker blocker(m_sizeCombo);
        m_sizeCombo->setCurrentIndex(qMax(0, m_sizeCombo->findData(m_sizeId)));
    }
    startPhoto();
}

void DetailPane::updateActions()
{
    const QList<QAction*> actions = m_copyButton->menu()->actions();
    for (QAction* a : actions) {
        const QString name = a->objectName();
        if (name == u"copyImageAction") {
            a->setEnabled(!m_image.isNull());
        } else if (name == u"copyIdAction") {
            a->setEnabled(!m_id.isEmpty());
        } else if (name == u"copyUpnAction") {
            a->setEnabled(!m_upn.isEmpty());
        } else if (name == u"copyMailAction") {
            a->setEnabled(!m_mail.isEmpty());
        }
    }
    m_copyButton->setEnabled(!m_image.isNull() || !m_id.isEmpty() || !m_upn.isEmpty() || !m_mail.isEmpty());
    m_openButton->setEnabled(canSavePhoto() && !m_image.isNull());
}

QList<QAction*> DetailPane::copyActions() const
{
    return m_copyButton->menu()->actions();
}

bool DetailPane::copyImage()
{
    if (m_image.isNull()) {
        return false;
    }
    QApplication::clipboard()->setImage(m_image);
    emit statusMessage(tr("Copied the photo (%1 × %2)").arg(m_image.width()).arg(m_image.height()));
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

QString DetailPane::writeViewerFile(QString* error) const
{
    if (!canSavePhoto()) {
        if (error) {
            *error = tr("There is no photo to open.");
        }
        return {};
    }
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    // The photo handed to the viewer stays the user's alone, as the thumbnail cache does.
    if (base.isEmpty() || !PrivateFiles::makeFolder(base + QStringLiteral("/open"))) {
        if (error) {
            *error = tr("There is no cache folder to write to.");
        }
        return {};
    }
    QString name = suggestedFileName();
    if (!m_sizeId.isEmpty()) {
        const qsizetype dot = name.lastIndexOf(u'.');
        name = name.left(dot) + u'-' + m_sizeId.toLower() + name.mid(dot);
    }
    const QString path = base + QStringLiteral("/open/") + name;
    if (!savePhotoTo(path, error)) {
        return {};
    }
    return path;
}

void DetailPane::openInViewer()
{
    QString error;
    const QString path = writeViewerFile(&error);
    if (path.isEmpty()) {
        emit errorOccurred(tr("Could not open the photo: %1").arg(error));
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        emit errorOccurred(tr("No image viewer could open %1").arg(QDir::toNativeSeparators(path)));
        return;
    }
    emit statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
}

QString DetailPane::initials() const
{
    QString result;
    const QStringList words = m_displayName.split(u' ', Qt::SkipEmptyParts);
    for (const QString& w : words) {
        if (w.at(0).isLetterOrNumber()) {
            result += w.at(0).toUpper();
        }
        if (result.size() == 2) {
            break;
        }
    }
    return result;
}

void DetailPane::startPhoto()
{
    if (!m_client) {
        m_photoView->setPlaceholder(initials(), tr("Not connected"));
        return;
    }
    m_photoView->setPlaceholder(initials(), tr("Loading photo…"));
    m_headlineLabel->clear();
    m_statusValue->setText(tr("loading…"));
    const quint64 serial = m_serial;
    m_job = new PhotoJob(m_client, m_principal, PhotoJob::Mode::MetadataAndBytes, m_sizeId, this);
    connect(m_job, &GraphJob::finished, this,
            [this, serial](GraphJob* job) { photoArrived(static_cast<PhotoJob*>(job), serial); });
    m_job->start();
}

void DetailPane::photoArrived(PhotoJob* job, quint64 serial)
{
    job->deleteLater();
    if (job != m_job || serial != m_serial) {
        return;
    }
    m_job = nullptr;
    m_info = job->info();
    if (job->hasError() && m_info.status == PhotoStatus::Photo) {
        m_info.status = PhotoStatus::Error;
    }
    if (job->hasError() && !m_info.error.isError()) {
        m_info.error = job->error();
        m_info.status = PhotoStatus::Error;
        if (m_info.reason.isEmpty()) {
            m_info.reason = job->error().code;
        }
    }
    m_hasInfo = true;
    showPhotoFacts();
    if (m_info.hasBytes() && !m_info.data.isEmpty()) {
        decode(m_info.data, serial);
        return;
    }
    m_photoView->setPlaceholder(initials(), headlineFor(m_info));
    updateActions();
    if (m_sizeId.isEmpty()) {
        emit photoFinished(m_principal, m_info);
    }
}

void DetailPane::decode(const QByteArray& data, quint64 serial)
{
    m_decoding = true;
    m_photoView->setPlaceholder(initials(), tr("Decoding…"));
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, serial]() {
        watcher->deleteLater();
        if (serial != m_serial) {
            return;
        }
        m_decoding = false;
        m_image = watcher->result();
        if (m_image.isNull()) {
            m_photoView->setPlaceholder(initials(), tr("The bytes could not be decoded as an image."));
            m_headlineLabel->setText(
                tr("Graph sent %1 bytes that are not a readable image.").arg(QLocale().toString(m_info.bytes)));
        } else {
            m_photoView->setImage(m_image);
            m_photoView->setDragSource(m_info.data, suggestedFileName());
        }
        updateActions();
        // Only the largest photo says what the principal's photo is (status, pixel size, bytes).
        if (m_sizeId.isEmpty()) {
            emit photoFinished(m_principal, m_info);
        }
    });
    watcher->setFuture(QtConcurrent::run([data]() { return GraphImage::decode(data); }));
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

void DetailPane::showPhotoFacts()
{
    const QLocale locale;
    const PhotoInfo& info = m_info;
    // Words, with the code for a search (and the reports' CSV and JSON) on hover.
    const PhotoExplanation explained = explainPhoto(info.status, info.reason);
    m_statusValue->setText(explained.status);
    m_reasonValue->setText(orDash(explained.reason));
    m_reasonValue->setToolTip(info.reason.isEmpty() ? QString() : plainToolTip(tr("Code: %1").arg(info.reason)));
    setRowVisible(m_reasonValue, !info.reason.isEmpty());
    m_adviceLabel->setText(explained.advice.isEmpty() ? QString() : tr("What to do: %1").arg(explained.advice));
    m_adviceLabel->setVisible(!explained.advice.isEmpty());
    m_sizeValue->setText(info.width > 0 && info.height > 0 ? QStringLiteral("%1 × %2").arg(info.width).arg(info.height)
                                                           : dash());
    m_bytesValue->setText(
        info.hasBytes() ? tr("%1 bytes (%2)").arg(locale.toString(info.bytes), locale.formattedDataSize(info.bytes))
                        : dash());
    m_mediaTypeValue->setText(orDash(info.mediaType));
    m_etagValue->setText(orDash(info.etag));
    // 64 hex digits on two lines of a fixed-width font; the tool tip has it in one piece.
    m_sha256Value->setText(info.sha256.isEmpty() ? dash() : info.sha256.left(32) + u'\n' + info.sha256.mid(32));
    m_sha256Value->setToolTip(info.sha256);
    setRowVisible(m_sha256Value, !info.sha256.isEmpty());
    const bool hasError = info.error.isError();
    m_errorCodeValue->setText(orDash(info.error.code));
    m_errorMessageValue->setText(orDash(hasError ? info.error.displayMessage() : QString()));
    m_requestIdValue->setText(orDash(info.error.requestId));
    setRowVisible(m_errorCodeValue, hasError);
    setRowVisible(m_errorMessageValue, hasError);
    setRowVisible(m_requestIdValue, hasError && !info.error.requestId.isEmpty());
    m_headlineLabel->setText(headlineFor(info));
    const bool save = canSavePhoto();
    m_saveButton->setEnabled(save);
    if (save) {
        emit canSavePhotoChanged(true);
    }
}

bool DetailPane::canSavePhoto() const
{
    return m_hasInfo && m_info.hasBytes() && !m_info.data.isEmpty();
}

QString DetailPane::suggestedFileName() const
{
    QString base = !m_upn.isEmpty() ? m_upn : !m_mail.isEmpty() ? m_mail : m_displayName;
    if (base.isEmpty()) {
        base = m_principal.key().isEmpty() ? QStringLiteral("photo") : m_principal.key();
    }
    // Only characters that are safe in a file name on every platform; no leading dots.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@+-]+"));
    base.replace(unsafe, QStringLiteral("_"));
    while (base.startsWith(u'.')) {
        base.remove(0, 1);
    }
    if (base.isEmpty()) {
        base = QStringLiteral("photo");
    }
    return base.left(120) + u'.' + extensionFor(m_info.mediaType, m_info.data);
}

bool DetailPane::savePhotoTo(const QString& path, QString* error) const
{
    if (!canSavePhoto()) {
        if (error) {
            *error = tr("There is no photo to save.");
        }
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
    if (file.write(m_info.data) != m_info.data.size() || !file.commit()) {
        if (error) {
            *error = file.errorString();
        }
        file.cancelWriting();
        return false;
    }
    return true;
}

void DetailPane::savePhotoAs()
{
    if (!canSavePhoto()) {
        return;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    const QString ext = extensionFor(m_info.mediaType, m_info.data);
    auto* dialog = new QFileDialog(this, tr("Save photo as"), QDir(dir).filePath(suggestedFileName()),
                                   tr("%1 image (*.%2);;All files (*)").arg(ext.toUpper(), ext));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(ext);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("savePhotoDialog"));
    // What is saved is what was shown when the dialog opened, even if the selection changes meanwhile.
    const QByteArray bytes = m_info.data;
    connect(dialog, &QFileDialog::fileSelected, this, [this, bytes](const QString& path) {
        QSaveFile file(path);
        QString error;
        if (!file.open(QIODevice::WriteOnly)) {
            error = file.errorString();
        } else if (file.write(bytes) != bytes.size() || !file.commit()) {
            error = file.errorString();
            file.cancelWriting();
        }
        if (!error.isEmpty()) {
            const QString message = tr("Could not save the photo to %1: %2").arg(QDir::toNativeSeparators(path), error);
            emit errorOccurred(message);
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Save photo"), message, QMessageBox::Ok, this);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        emit statusMessage(
            tr("Saved %1 bytes to %2").arg(QLocale().toString(bytes.size()), QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace Portrait
