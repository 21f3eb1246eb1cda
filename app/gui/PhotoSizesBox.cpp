#include "PhotoSizesBox.h"

#include "FlowLayout.h"
#include "graph/DisplayText.h"
#include "graph/PrincipalPhoto.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Portrait {

PhotoSizesBox::PhotoSizesBox(QWidget* parent)
    : QGroupBox(tr("Sizes"), parent)
{
    setObjectName(QStringLiteral("sizesBox"));
    auto* layout = new QVBoxLayout(this);
    auto* chips = new FlowLayout(nullptr, 3);
    for (const int edge : {48, 64, 96, 120, 240, 360, 432, 504, 648}) {
        auto* chip = new QLabel(QString::number(edge), this);
        chip->setObjectName(QStringLiteral("sizeChip%1x%1").arg(edge));
        chip->setAlignment(Qt::AlignCenter);
        chip->setMinimumWidth(chip->fontMetrics().horizontalAdvance(QStringLiteral("6488")));
        chips->addWidget(chip);
        m_chips << chip;
    }
    layout->addLayout(chips);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("sizesNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    layout->addWidget(m_note);
    auto* showRow = new QHBoxLayout;
    auto* showLabel = new QLabel(tr("Show:"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("sizeCombo"));
    // Not as wide as its longest entry ("648 × 648 (/photos/648x648)"): the pane's width decides.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    showLabel->setBuddy(m_combo);
    connect(m_combo, &QComboBox::activated, this, [this](int i) { emit sizeChosen(m_combo->itemData(i).toString()); });
    showRow->addWidget(showLabel);
    showRow->addWidget(m_combo, 1);
    layout->addLayout(showRow);
}

void PhotoSizesBox::showSizes(const PrincipalPhoto& photo)
{
    const QList<PhotoSize>& sizes = photo.sizes();
    const bool contact = photo.principal().isValid() && !photo.principal().supportsPhotoSizes();
    for (QLabel* chip : std::as_const(m_chips)) {
        const QString id = chip->objectName().mid(8); // "sizeChip48x48" → "48x48"
        const bool available = std::any_of(sizes.cbegin(), sizes.cend(), [&id](const PhotoSize& size) {
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
        m_note->setText(tr("Contacts have a single photo size: Graph has no /photos for them."));
    } else if (photo.isSizesLoading()) {
        m_note->setText(tr("Listing the sizes…"));
    } else if (photo.sizesError().isError()) {
        m_note->setText(tr("Could not list the sizes: %1").arg(photo.sizesError().toString()));
    } else if (sizes.isEmpty()) {
        m_note->setText(tr("No sizes: there is no photo to list."));
    } else {
        QStringList other;
        for (const PhotoSize& size : sizes) {
            if (!findChild<QLabel*>(QStringLiteral("sizeChip") + size.id.toLower())) {
                other << QStringLiteral("%1 × %2").arg(size.width).arg(size.height);
            }
        }
        m_note->setText(other.isEmpty()
                            ? tr("%n of Graph's 9 sizes available.", nullptr, int(sizes.size()))
                            : tr("%n sizes available, also %1 (stored in Entra ID).", nullptr, int(sizes.size()))
                                  .arg(other.join(QStringLiteral(", "))));
    }
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Largest (/photo)"), QString());
    for (const PhotoSize& size : sizes) {
        m_combo->addItem(tr("%1 × %2 (/photos/%3)").arg(size.width).arg(size.height).arg(size.id), size.id);
    }
    m_combo->setEnabled(!sizes.isEmpty());
    setShownSize(photo.sizeId());
}

void PhotoSizesBox::setShownSize(const QString& sizeId)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(sizeId)));
}

} // namespace Portrait
