#include "PhotoChangeDialog.h"

#include "PhotoView.h"
#include "graph/DisplayText.h"
#include "model/Roles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Portrait {

namespace {

QLabel* plainLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // names from the directory are text, never markup
    label->setWordWrap(true);
    return label;
}

/// "JPEG" from `image/jpeg`.
QString formatName(const QString& mediaType)
{
    const QString subtype = mediaType.section(u'/', 1).toUpper();
    return subtype.isEmpty() ? mediaType : subtype;
}

QString pixelsAndBytes(int width, int height, qint64 bytes, const QString& mediaType)
{
    const QLocale locale;
    QStringList parts;
    if (width > 0 && height > 0) {
        parts << PhotoChangeDialog::tr("%1 × %2 px").arg(width).arg(height);
    }
    if (bytes >= 0) {
        parts << locale.formattedDataSize(bytes);
    }
    if (!mediaType.isEmpty()) {
        parts << formatName(mediaType);
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace

PhotoChangeDialog::PhotoChangeDialog(GraphClient* client, const DirectoryObject& principal, PhotoChange::Kind kind,
                                     QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("photoChangeDialog"));
    setWindowModality(Qt::WindowModal);
    m_change = new PhotoChange(client, principal, kind, this);
    const bool set = kind == PhotoChange::Kind::Set;
    setWindowTitle(set ? tr("Replace photo") : tr("Remove photo"));

    auto* layout = new QVBoxLayout(this);
    m_titleLabel = plainLabel(this, QStringLiteral("photoChangeTitle"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setText(set ? tr("New photo for %1").arg(principal.displayName)
                              : tr("Remove the photo of %1").arg(principal.displayName));
    layout->addWidget(m_titleLabel);
    m_subtitleLabel = plainLabel(this, QStringLiteral("photoChangeSubtitle"));
    QStringList subtitle{kindTitle(principal.kind)};
    for (const QString& s : {principal.userPrincipalName, principal.mail}) {
        if (!s.isEmpty() && !subtitle.contains(s)) {
            subtitle << s;
        }
    }
    m_subtitleLabel->setText(subtitle.join(QStringLiteral(" · ")));
    layout->addWidget(m_subtitleLabel);

    // Before → after, side by side.
    auto* photos = new QGridLayout;
    auto* nowHeading = new QLabel(tr("Now"), this);
    auto* afterHeading = new QLabel(set ? tr("After (what will be uploaded)") : tr("After"), this);
    for (QLabel* heading : {nowHeading, afterHeading}) {
        QFont f = heading->font();
        f.setBold(true);
        heading->setFont(f);
        heading->setAlignment(Qt::AlignHCenter);
    }
    m_beforeView = new PhotoView(this);
    m_beforeView->setObjectName(QStringLiteral("beforePhotoView"));
    m_beforeView->setAccessibleName(tr("Photo now"));
    m_afterView = new PhotoView(this);
    m_afterView->setObjectName(QStringLiteral("afterPhotoView"));
    m_afterView->setAccessibleName(tr("Photo after the change"));
    for (PhotoView* view : {m_beforeView, m_afterView}) {
        view->setMinimumSize(200, 200);
    }
    auto* arrow = new QLabel(QStringLiteral("→"), this);
    QFont arrowFont = arrow->font();
    arrowFont.setPointSizeF(arrowFont.pointSizeF() * 2);
    arrow->setFont(arrowFont);
    arrow->setAccessibleName(tr("becomes"));
    m_beforeFacts = plainLabel(this, QStringLiteral("beforeFactsLabel"));
    m_afterFacts = plainLabel(this, QStringLiteral("afterFactsLabel"));
    m_beforeFacts->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_afterFacts->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    photos->addWidget(nowHeading, 0, 0);
    photos->addWidget(afterHeading, 0, 2);
    photos->addWidget(m_beforeView, 1, 0);
    photos->addWidget(arrow, 1, 1, Qt::AlignCenter);
    photos->addWidget(m_afterView, 1, 2);
    photos->addWidget(m_beforeFacts, 2, 0);
    photos->addWidget(m_afterFacts, 2, 2);
    photos->setColumnStretch(0, 1);
    photos->setColumnStretch(2, 1);
    photos->setRowStretch(1, 1);
    layout->addLayout(photos, 1);

    if (set) {
        auto* row = new QHBoxLayout;
        auto* cropLabel = new QLabel(tr("&Crop:"), this);
        m_cropCombo = new QComboBox(this);
        m_cropCombo->setObjectName(QStringLiteral("cropCombo"));
        m_cropCombo->addItem(tr("Centred square"), int(UploadOptions::Crop::Center));
        m_cropCombo->addItem(tr("Whole image, as framed"), int(UploadOptions::Crop::None));
        m_cropCombo->setToolTip(tr("Microsoft 365 shows photos in a circle or a square: a centred square keeps "
                                   "what you see here. The whole image is sent as it is framed."));
        cropLabel->setBuddy(m_cropCombo);
        connect(m_cropCombo, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_change->file().isEmpty()) {
                setFile(m_change->file());
            }
        });
        m_fileButton = new QPushButton(tr("Choose &another file…"), this);
        m_fileButton->setObjectName(QStringLiteral("chooseFileButton"));
        connect(m_fileButton, &QPushButton::clicked, this, &PhotoChangeDialog::chooseFile);
        row->addWidget(cropLabel);
        row->addWidget(m_cropCombo);
        row->addStretch(1);
        row->addWidget(m_fileButton);
        layout->addLayout(row);
        m_fileLabel = plainLabel(this, QStringLiteral("fileLabel"));
        layout->addWidget(m_fileLabel);
    }

    m_messageLabel = plainLabel(this, QStringLiteral("photoChangeMessage"));
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_messageLabel);
    m_noteLabel = plainLabel(this, QStringLiteral("photoChangeNote"));
    m_noteLabel->setText(tr("The current photo is backed up in a journal first, so the change can be undone."));
    layout->addWidget(m_noteLabel);

    m_buttons = new QDialogButtonBox(this);
    m_confirmButton
        = m_buttons->addButton(set ? tr("&Replace photo") : tr("&Remove photo"), QDialogButtonBox::AcceptRole);
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_confirmButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_confirmButton, &QPushButton::clicked, this, &PhotoChangeDialog::confirm);
    connect(m_cancelButton, &QPushButton::clicked, this, &PhotoChangeDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_change, &PhotoChange::currentLoaded, this, &PhotoChangeDialog::showCurrent);
    connect(m_change, &PhotoChange::prepared, this, &PhotoChangeDialog::showPrepared);
    connect(m_change, &PhotoChange::finished, this, &PhotoChangeDialog::showFinished);

    m_beforeView->setPlaceholder(initials(), tr("Loading photo…"));
    if (set) {
        m_afterView->setPlaceholder(QString(), tr("Choose an image file"));
    } else {
        m_afterView->setPlaceholder(initials(), tr("No photo"));
        m_afterFacts->setText(tr("No photo: Microsoft 365 shows %1's initials instead.").arg(principal.displayName));
    }
    m_change->loadCurrent();
    updateState();
    resize(640, 560);
}

PhotoChangeDialog::~PhotoChangeDialog() = default;

void PhotoChangeDialog::setAppOnly(bool appOnly)
{
    m_appOnly = appOnly;
    m_change->setAppOnly(appOnly);
    updateState();
}

DirectoryObject PhotoChangeDialog::principalAt(const QModelIndex& index)
{
    DirectoryObject object;
    if (!index.isValid() || !index.data(Roles::IsPrincipalRole).toBool()) {
        return object;
    }
    object.path = ItemPath::parse(index.data(Roles::GraphPathRole).toString());
    object.id = index.data(Roles::GraphIdRole).toString();
    if (object.id.isEmpty()) {
        object.id = object.path.key();
    }
    object.displayName = index.data(Roles::DisplayNameRole).toString();
    object.userPrincipalName = index.data(Roles::UpnRole).toString();
    object.mail = index.data(Roles::MailRole).toString();
    object.kind = objectKind(NodeKind(index.data(Roles::KindRole).toInt()));
    return object;
}

QString PhotoChangeDialog::refusalText(PhotoChange::Kind kind, const ItemPath& principal, bool appOnly)
{
    const QString code = PhotoChange::refusal(kind, principal, appOnly);
    if (code.isEmpty()) {
        return {};
    }
    if (code == QLatin1String("contact-removal")) {
        return tr("Graph cannot remove a contact's photo; replace it instead.");
    }
    if (code == QLatin1String("AppOnlyTokenNotSupportedForGroupUpdate")) {
        return tr("Group photos can only be changed by a signed-in user, not by an app's own sign-in.");
    }
    return tr("Select a user, group or contact first.");
}

void PhotoChangeDialog::setFile(const QString& path)
{
    if (m_change->kind() != PhotoChange::Kind::Set || m_change->isApplying() || m_change->isFinished()) {
        return;
    }
    m_change->prepare(path, uploadOptions());
    m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(path)));
    m_afterView->setPlaceholder(QString(), tr("Preparing…"));
    m_afterFacts->clear();
    updateState();
}

QFileDialog* PhotoChangeDialog::createFileDialog(QWidget* parent, const QString& displayName)
{
    QStringList patterns;
    for (const QByteArray& format : QImageReader::supportedImageFormats()) {
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    }
    auto* files = new QFileDialog(parent, tr("Choose the new photo of %1").arg(displayName));
    files->setObjectName(QStringLiteral("photoFileDialog"));
    files->setFileMode(QFileDialog::ExistingFile);
    files->setDirectory(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation));
    files->setNameFilters({tr("Images (%1)").arg(patterns.join(u' ')), tr("All files (*)")});
    files->setAttribute(Qt::WA_DeleteOnClose);
    return files;
}

void PhotoChangeDialog::chooseFile()
{
    QFileDialog* files = createFileDialog(this, principal().displayName);
    connect(files, &QFileDialog::fileSelected, this, &PhotoChangeDialog::setFile);
    files->open();
}

UploadOptions PhotoChangeDialog::uploadOptions() const
{
    UploadOptions options;
    if (m_cropCombo) {
        options.crop = UploadOptions::Crop(m_cropCombo->currentData().toInt());
    }
    return options;
}

QString PhotoChangeDialog::initials() const
{
    return PhotoView::initialsOf(principal().displayName);
}

QString PhotoChangeDialog::message() const
{
    return m_messageLabel->text();
}

void PhotoChangeDialog::showCurrent()
{
    const PhotoInfo& info = m_change->current();
    if (!m_change->currentImage().isNull()) {
        m_beforeView->setImage(m_change->currentImage());
        m_beforeFacts->setText(pixelsAndBytes(info.width, info.height, info.bytes, info.mediaType));
    } else {
        const PhotoExplanation why = explainPhoto(info.status, info.reason);
        m_beforeView->setPlaceholder(initials(), why.status);
        m_beforeFacts->setText(why.summary());
    }
    updateState();
}

void PhotoChangeDialog::showPrepared()
{
    const UploadImage& upload = m_change->upload();
    if (!upload.ok) {
        m_afterView->setPlaceholder(QString(), tr("Cannot be used"));
        m_afterFacts->clear();
    } else {
        m_afterView->setImage(m_change->uploadPreview());
        m_afterFacts->setText(
            pixelsAndBytes(upload.uploadWidth, upload.uploadHeight, upload.jpeg.size(), QStringLiteral("image/jpeg")));
        QStringList done;
        for (const QString& w : upload.warnings) {
            if (w == QLatin1String("rotated")) {
                done << tr("turned upright");
            } else if (w == QLatin1String("cropped")) {
                done << tr("cropped to the centred square");
            } else if (w == QLatin1String("scaled")) {
                done << tr("scaled down to %1 px").arg(m_change->options().maxEdge);
            } else if (w == QLatin1String("re-encoded")) {
                done << tr("saved as JPEG");
            }
        }
        const QString file = tr("File: %1 (%2)")
                                 .arg(QDir::toNativeSeparators(m_change->file()),
                                      pixelsAndBytes(upload.width, upload.height, upload.bytes, upload.mediaType));
        m_fileLabel->setText(done.isEmpty() ? tr("%1, sent as it is.").arg(file)
                                            : tr("%1; %2.").arg(file, done.join(QStringLiteral(", "))));
    }
    updateState();
}

void PhotoChangeDialog::confirm()
{
    if (!m_change->canApply()) {
        return;
    }
    // Made here, with the tenant it is for: a new folder where File ▸ Recent journals finds it to undo, unless a
    // folder was given.
    QString error;
    PhotoJournal journal;
    if (m_journalDir.isEmpty() ? !m_library.createJournal(&journal, &error)
                               : !journal.open(m_journalDir, &error, m_library.tenant())) {
        m_messageLabel->setText(tr("Nothing was changed: the journal cannot be created (%1).").arg(error));
        return;
    }
    m_change->apply(journal.dir());
    updateState();
}

void PhotoChangeDialog::reject()
{
    if (m_change->isApplying()) {
        return; // the write is on its way: its result is shown here, then the dialog can be closed
    }
    QDialog::reject();
}

void PhotoChangeDialog::showFinished()
{
    updateState();
    if (m_change->succeeded()) {
        emit photoChanged(principal().path, m_change->outcome());
    }
}

void PhotoChangeDialog::updateState()
{
    const bool set = m_change->kind() == PhotoChange::Kind::Set;
    const QString blocker = m_change->blocker();
    m_confirmButton->setEnabled(blocker.isEmpty());
    m_confirmButton->setVisible(!m_change->isFinished());
    m_cancelButton->setEnabled(!m_change->isApplying());
    m_cancelButton->setText(m_change->isFinished() ? tr("&Close") : tr("&Cancel"));
    m_noteLabel->setVisible(!m_change->isFinished()); // the result says where the backup is
    if (m_cropCombo) {
        m_cropCombo->setEnabled(!m_change->isApplying() && !m_change->isFinished());
        m_fileButton->setEnabled(!m_change->isApplying() && !m_change->isFinished());
    }

    QString text;
    if (m_change->isFinished()) {
        text = resultText();
    } else if (m_change->isApplying()) {
        text = tr("Backing up the current photo, writing and checking…");
    } else if (const QString why = refusalText(m_change->kind(), principal().path, m_appOnly); !why.isEmpty()) {
        text = why;
    } else if (set && m_change->isPreparing()) {
        text = tr("Preparing the image…");
    } else if (set && m_change->isPrepared() && !m_change->upload().ok) {
        const UploadImage& upload = m_change->upload();
        QString why;
        if (upload.errorCode == QLatin1String("not-an-image")) {
            why = tr("it is not an image Portrait can read");
        } else if (upload.errorCode == QLatin1String("too-small")) {
            why = tr("%1 × %2 px is too small: Microsoft 365 needs at least %3 px on each side")
                      .arg(upload.width)
                      .arg(upload.height)
                      .arg(m_change->options().minEdge);
        } else if (upload.errorCode == QLatin1String("too-many-pixels")) {
            why = tr("it has more pixels than Portrait decodes");
        } else if (upload.errorCode == QLatin1String("too-large")) {
            why = tr("it is too large to send (Graph takes at most 4 MB)");
        } else {
            why = tr("it cannot be read (%1)").arg(upload.error);
        }
        text = tr("This file cannot be used: %1. Nothing was changed; choose another file.").arg(why);
    } else if (!set && m_change->isCurrentLoaded() && m_change->current().status == PhotoStatus::None) {
        text = tr("%1 has no photo to remove.").arg(principal().displayName);
    } else if (set && !m_change->isPrepared()) {
        text = tr("Choose the image file of the new photo.");
    } else if (!m_change->isCurrentLoaded()) {
        text = tr("Reading the current photo…");
    } else {
        text = set ? tr("Check the new photo, then replace.") : tr("Check, then remove.");
    }
    m_messageLabel->setText(text);
}

QString PhotoChangeDialog::resultText() const
{
    const WriteOutcome& out = m_change->outcome();
    const bool set = m_change->kind() == PhotoChange::Kind::Set;
    if (!m_change->succeeded()) {
        return failureText();
    }
    QStringList lines;
    if (out.verified) {
        lines << (set ? tr("Done: the new photo is in place (verified).")
                      : tr("Done: the photo is removed (verified)."));
    } else {
        lines << (set ? tr("Written: Graph took the new photo but does not show it yet; it usually does within "
                           "minutes.")
                      : tr("Written: Graph removed the photo but still shows it; it usually catches up within "
                           "minutes."));
    }
    lines << tr("Teams and SharePoint may show the old photo for a while (Teams up to 60 days, SharePoint up to "
                "72 hours).");
    lines
        << (out.backup.isEmpty()
                ? tr("Journal: %1").arg(QDir::toNativeSeparators(m_change->journalDir()))
                : tr("The old photo is kept in the journal: %1").arg(QDir::toNativeSeparators(m_change->journalDir())));
    return lines.join(u'\n');
}

QString PhotoChangeDialog::failureText() const
{
    const WriteOutcome& out = m_change->outcome();
    const GraphError& error = out.error.isError() ? out.error : m_change->error();
    if (out.action == QLatin1String("unsupported")) {
        const PhotoExplanation why = explainPhoto(PhotoStatus::Unavailable, out.reason);
        return tr("Nothing was changed: Microsoft 365 does not take a photo here (%1). %2").arg(why.reason, why.advice);
    }
    if (out.action == QLatin1String("skip") && out.reason == QLatin1String("no-photo")) {
        return tr("Nothing was changed: %1 has no photo to remove.").arg(principal().displayName);
    }
    QString text = tr("The photo was not changed.");
    if (error.isError()) {
        text += u' ' + errorDisplayText(error);
    }
    QString advice;
    if (error.httpStatus == 403 || error.isAuthFailure()) {
        advice = tr("Changing photos needs the permission named above. Sign in again (Account ▸ Sign in…) with "
                    "\"Allow changing photos\" ticked; an administrator role may be needed as well. The demo tenant "
                    "allows changes as it is.");
    } else if (error.code == QLatin1String("journal-failed") || error.code == QLatin1String("backup-failed")) {
        advice = tr("Nothing was written, because the old photo could not be kept safe first. Check that there is "
                    "space and try again.");
    } else if (out.reason == QLatin1String("not-read")) {
        advice = tr("The current photo could not be read, so it could not be backed up: nothing was written. Try "
                    "again.");
    } else if (error.isError()) {
        advice = tr("Try again; if it keeps failing, the error above says why.");
    }
    if (!advice.isEmpty()) {
        text += u'\n' + advice;
    }
    return text;
}

} // namespace Portrait
