#pragma once

#include "graph/PhotoInfo.h"

#include <QCoreApplication>
#include <QString>

class QBoxLayout;
class QFormLayout;
class QGroupBox;
class QLabel;
class QWidget;

namespace Portrait {

/// What the detail pane's "Identity" group shows of a node.
struct DetailIdentity
{
    QString kind; ///< in words ("User", "Group"...)
    QString upn;
    QString mail;
    QString id;
    QString path; ///< the Graph path
    bool showsUpn = true;
    bool showsMail = true;
    bool showsId = true;
};

/**
 * @brief The detail pane's facts: the "Identity" group (kind, UPN, mail, id, Graph path) and the "Photo" group
 * (status, reason, pixel size, bytes, media type, etag, SHA-256, Graph's error code, message and request id),
 * plus the "What to do" advice below them.
 *
 * The groups go into the pane's facts column; the value labels keep their object names (`statusValueLabel`,
 * `sizeValueLabel`, `bytesValueLabel`, `mediaTypeValueLabel`, `etagValueLabel`, `reasonValueLabel`, ...) so tests
 * find them. Every value is plain text: names and Graph's messages come from the directory.
 */
class DetailFacts
{
    Q_DECLARE_TR_FUNCTIONS(Portrait::DetailFacts)

public:
    /// Makes the two groups and the advice label in @p parent, and adds the groups to @p column.
    DetailFacts(QWidget* parent, QBoxLayout* column);

    /// The "What to do" label; the pane puts it where it goes.
    QLabel* adviceLabel() const { return m_adviceLabel; }

    /// Dashes in every identity row, every row shown.
    void clearIdentity();
    void showIdentity(const DetailIdentity& identity);

    /// The "Photo" group shown or not (not for lists).
    void setPhotoVisible(bool visible);
    /// Dashes in every photo row; the optional rows (reason, hash, error) and the advice hidden.
    void resetPhoto();
    /// "loading…" as the status.
    void showLoading();
    /// The facts of @p info, in words, with the codes in tool tips.
    void showPhoto(const PhotoInfo& info);

private:
    QLabel* addValue(QFormLayout* form, const QString& label, const QString& objectName);
    void setRowVisible(QLabel* value, bool visible);

    QFormLayout* m_identityForm = nullptr;
    QFormLayout* m_photoForm = nullptr;
    QGroupBox* m_photoBox = nullptr;
    QLabel* m_adviceLabel = nullptr;
    QLabel* m_kindValue = nullptr;
    QLabel* m_upnValue = nullptr;
    QLabel* m_mailValue = nullptr;
    QLabel* m_idValue = nullptr;
    QLabel* m_pathValue = nullptr;
    QLabel* m_statusValue = nullptr;
    QLabel* m_reasonValue = nullptr;
    QLabel* m_sizeValue = nullptr;
    QLabel* m_bytesValue = nullptr;
    QLabel* m_mediaTypeValue = nullptr;
    QLabel* m_etagValue = nullptr;
    QLabel* m_sha256Value = nullptr;
    QLabel* m_errorCodeValue = nullptr;
    QLabel* m_errorMessageValue = nullptr;
    QLabel* m_requestIdValue = nullptr;
};

} // namespace Portrait
