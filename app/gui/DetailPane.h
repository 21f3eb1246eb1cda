#pragma once

#include "graph/ItemPath.h"
#include "graph/PhotoInfo.h"
#include "graph/PrincipalPhoto.h"

#include <QImage>
#include <QModelIndex>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class QToolButton;

namespace Portrait {

class DetailFacts;
class GraphClient;
class PhotoFileActions;
class PhotoSizesBox;
class PhotoView;

/**
 * @brief The right-hand pane: who is selected (name, kind, UPN, mail, id) and their photo with its facts.
 *
 * showIndex() reads the node through the roles of Roles.h only. For a principal, its PrincipalPhoto (lib/graph)
 * fetches the photo's metadata and bytes and decodes them off the GUI thread; the pane shows its state: the image
 * scaled to fit, and the facts (DetailFacts): the pixel size, the exact byte count, media type, etag, status and
 * reason; for `none`, `unavailable` and `error` the pane says why, with Graph's error code, message and
 * request-id. A newer selection cancels the older request; stale answers are dropped. The pane starts no Graph
 * job itself.
 *
 * For users and groups, the "Sizes" group (PhotoSizesBox) shows which of Graph's 9 sizes exist (from `/photos`,
 * with their metadata); choosing one in the size box fetches and shows that size (`/photos/{size}/$value`).
 * Copy puts the image, the id, the UPN or the mail on the clipboard; Save as and Open in viewer
 * (PhotoFileActions) write the bytes to a file; the photo drags out as a file. "Replace photo…" and "Remove photo…"
 * only ask (replacePhotoRequested(), removePhotoRequested()): the main window's PhotoChangeActions does the change.
 *
 * The value labels have object names (`statusValueLabel`, `sizeValueLabel`, `bytesValueLabel`,
 * `mediaTypeValueLabel`, `etagValueLabel`, `reasonValueLabel`, ...) so tests can find them.
 */
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget* parent = nullptr);
    ~DetailPane() override;

    /// The client photos are fetched through; not owned. Null clears the pane.
    void setClient(GraphClient* client);
    GraphClient* client() const { return m_photo->client(); }

    /// Shows the node at @p index (of a DirectoryModel, or a proxy of it); an invalid index clears the pane.
    void showIndex(const QModelIndex& index);
    /// Shows nothing (the "select someone" state) and cancels what is on its way.
    void clear();
    /**
     * @brief The node shown at @p index changed (a list's count, the signed-in user's own object arrived): shows
     * its new facts. Its photo is fetched again only when who it is changed (an id, UPN, mail or name).
     * Ignored when the pane shows another node.
     */
    void updateIndex(const QModelIndex& index);

    /// The principal shown, or an invalid path.
    ItemPath principal() const { return m_principal; }
    /// True while the photo request or the decoding is on its way.
    bool isPhotoLoading() const { return m_photo->isLoading(); }
    /// True once the photo outcome of the current principal is known (photoInfo() is then valid).
    bool hasPhotoInfo() const { return m_photo->hasInfo(); }
    /// The photo outcome of the current principal; valid when hasPhotoInfo().
    const PhotoInfo& photoInfo() const { return m_photo->info(); }
    /// The decoded photo, or a null image.
    const QImage& photoImage() const { return m_photo->image(); }
    /**
     * @brief The photo shown, with its sizes. A photo write (set, remove) calls its reload() (or reloadPhoto())
     * so that the pane shows the new photo.
     */
    PrincipalPhoto* principalPhoto() const { return m_photo; }

    /// True when there are photo bytes to save.
    bool canSavePhoto() const { return m_photo->canSave(); }
    /// A file name for the photo: the UPN (or mail, or name) made safe by FileName, with the media type's extension.
    QString suggestedFileName() const;
    /// Writes the exact photo bytes to @p path with QSaveFile. Returns false with @p error on failure.
    bool savePhotoTo(const QString& path, QString* error = nullptr) const;

    /// True when the photo is above the facts (a narrow pane), false when beside them.
    bool isStacked() const;

    /// The sizes `/photos` listed for the current principal, smallest first (empty until known, or for contacts).
    const QList<PhotoSize>& availableSizes() const { return m_photo->sizes(); }
    /// True while `/photos` is on its way.
    bool isSizesLoading() const { return m_photo->isSizesLoading(); }
    /// The size shown: Graph's id ("96x96"), or empty for the largest photo (`/photo`).
    QString shownSizeId() const { return m_photo->sizeId(); }
    /// Fetches and shows one size (empty: the largest photo again); ignored for a size that is not listed.
    void showSize(const QString& sizeId);

    /// Copies the decoded photo to the clipboard; false when there is none.
    bool copyImage();
    /// What copyText() can copy.
    enum class TextField
    {
        Id,
        UserPrincipalName,
        Mail,
    };
    /// Copies the id, UPN or mail to the clipboard; false when the principal has none.
    bool copyText(TextField field);
    /// The Copy button's actions (image, id, UPN, mail), each enabled when there is that to copy; the main
    /// window's Edit menu shows them too.
    QList<QAction*> copyActions() const;
    /// The photo shown (e.g. to take files dropped onto it).
    PhotoView* photoView() const { return m_photoView; }
    /**
     * @brief Writes the photo bytes to a file under the cache folder (`…/open/<name>`), for the image viewer.
     * @return the path, or empty with @p error on failure.
     */
    QString writeViewerFile(QString* error = nullptr) const;

public slots:
    /// Asks where to save the photo (a file dialog opened with open(), never exec()) and writes it.
    void savePhotoAs();
    /// Opens the photo in the desktop's default image viewer (QDesktopServices).
    void openInViewer();
    /// Fetches the photo and the sizes of the principal shown again (after a write changed them).
    void reloadPhoto();

signals:
    /// The photo outcome of @p principal is known and, if there were bytes, decoded.
    void photoFinished(const Portrait::ItemPath& principal, const Portrait::PhotoInfo& info);
    /// Whether "Save photo as…" can do something changed.
    void canSavePhotoChanged(bool canSave);
    /// Something failed that the user should hear about (e.g. saving the photo).
    void errorOccurred(const QString& message);
    /// A short message for the status bar (e.g. "Saved photo to …").
    void statusMessage(const QString& message);
    /// "Replace photo…" was clicked for @p index, the node shown (as showIndex() got it).
    void replacePhotoRequested(const QModelIndex& index);
    /// "Remove photo…" was clicked for @p index, the node shown (as showIndex() got it).
    void removePhotoRequested(const QModelIndex& index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateColumns();
    void showPhotoState();
    void updateActions();
    QString initials() const;
    QString headlineFor(const PhotoInfo& info) const;

    PrincipalPhoto* m_photo = nullptr;
    PhotoFileActions* m_files = nullptr;
    bool m_couldSave = false; ///< canSavePhoto() when canSavePhotoChanged() was last emitted

    ItemPath m_principal;
    QString m_nodePath; ///< Roles::GraphPathRole of the node shown, principal or list
    QString m_displayName;
    QString m_upn;
    QString m_mail;
    QString m_id;

    QScrollArea* m_scroll = nullptr;
    bool m_columnsPending = false; ///< updateColumns() is queued
    QBoxLayout* m_columns = nullptr;
    QVBoxLayout* m_factsColumn = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLabel* m_subtitleLabel = nullptr;
    PhotoView* m_photoView = nullptr;
    QLabel* m_headlineLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QToolButton* m_copyButton = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_replaceButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPersistentModelIndex m_index; ///< the node shown, for the photo change signals
    std::unique_ptr<DetailFacts> m_facts;
    PhotoSizesBox* m_sizesBox = nullptr;
};

} // namespace Portrait
