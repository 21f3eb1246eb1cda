#include "PhotoFileActions.h"

#include "cache/PrivateFiles.h"
#include "graph/FileName.h"
#include "graph/PrincipalPhoto.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUrl>

namespace Portrait {

PhotoFileActions::PhotoFileActions(PrincipalPhoto* photo, QWidget* window)
    : QObject(window)
    , m_photo(photo)
    , m_window(window)
{ }

QString PhotoFileActions::suggestedFileName() const
{
    return m_photo->fileName(m_stem);
}

QString PhotoFileActions::writeViewerFile(QString* error) const
{
    if (!m_photo->canSave()) {
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
    if (!m_photo->sizeId().isEmpty()) {
        name = FileName::withSuffix(name, u'-' + m_photo->sizeId().toLower());
    }
    const QString path = base + QStringLiteral("/open/") + name;
    if (!m_photo->saveTo(path, error)) {
        return {};
    }
    return path;
}

void PhotoFileActions::openInViewer()
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

void PhotoFileActions::savePhotoAs()
{
    if (!m_photo->canSave()) {
        return;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty()) {
        dir = QDir::homePath();
    }
    const QString ext = m_photo->extension();
    auto* dialog = new QFileDialog(m_window, tr("Save photo as"), QDir(dir).filePath(suggestedFileName()),
                                   tr("%1 image (*.%2);;All files (*)").arg(ext.toUpper(), ext));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(ext);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("savePhotoDialog"));
    // What is saved is what was shown when the dialog opened, even if the selection changes meanwhile.
    const QByteArray bytes = m_photo->info().data;
    connect(dialog, &QFileDialog::fileSelected, this, [this, bytes](const QString& path) {
        QString error;
        if (!PrincipalPhoto::writeFile(bytes, path, &error)) {
            const QString message = tr("Could not save the photo to %1: %2").arg(QDir::toNativeSeparators(path), error);
            emit errorOccurred(message);
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Save photo"), message, QMessageBox::Ok, m_window);
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
