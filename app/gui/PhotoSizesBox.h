#pragma once

#include <QGroupBox>
#include <QList>

class QComboBox;
class QLabel;

namespace Portrait {

class PrincipalPhoto;

/**
 * @brief The detail pane's "Sizes" group: which of Graph's 9 sizes exist for the principal (from `/photos`), as
 * chips (`sizeChip48x48`...), a note (`sizesNoteLabel`), and a box to show one of them (`sizeCombo`).
 */
class PhotoSizesBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit PhotoSizesBox(QWidget* parent = nullptr);

    /// Shows what @p photo knows of its principal's sizes (on their way, listed, failed, or none: a contact).
    void showSizes(const PrincipalPhoto& photo);
    /// Selects @p sizeId in the box (empty: the largest photo).
    void setShownSize(const QString& sizeId);

signals:
    /// The user chose a size in the box (empty: the largest photo).
    void sizeChosen(const QString& sizeId);

private:
    QList<QLabel*> m_chips;
    QLabel* m_note = nullptr;
    QComboBox* m_combo = nullptr;
};

} // namespace Portrait
