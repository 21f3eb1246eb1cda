#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace Portrait {

class PrincipalPhoto;

/**
 * @brief The detail pane's file actions on the photo shown: "Save photo as…" (a file dialog opened with open(),
 * never exec()) and "Open in viewer" (a copy under the cache folder, `…/open/<name>`, opened by the desktop).
 *
 * Both name the file with PrincipalPhoto::fileName(), the rule the export uses too (FileName), from the stem the
 * pane sets: the UPN, else the mail, else the display name.
 */
class PhotoFileActions : public QObject
{
    Q_OBJECT

public:
    /// @p photo is not owned; dialogs and message boxes open over @p window.
    PhotoFileActions(PrincipalPhoto* photo, QWidget* window);

    /// What the file name is made of (a UPN, a mail or a name; may be hostile: it is made safe).
    void setStem(const QString& stem) { m_stem = stem; }
    /// The file name proposed for the photo.
    QString suggestedFileName() const;
    /// Writes the photo to the viewer's folder under the cache; the path, or empty with @p error.
    QString writeViewerFile(QString* error = nullptr) const;

public slots:
    void savePhotoAs();
    void openInViewer();

signals:
    void errorOccurred(const QString& message);
    void statusMessage(const QString& message);

private:
    PrincipalPhoto* m_photo;
    QWidget* m_window;
    QString m_stem;
};

} // namespace Portrait
