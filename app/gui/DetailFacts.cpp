#include "DetailFacts.h"

#include "graph/DisplayText.h"

#include <QBoxLayout>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>

namespace Portrait {

namespace {

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? dash() : text;
}

} // namespace

DetailFacts::DetailFacts(QWidget* parent, QBoxLayout* column)
{
    auto* identityBox = new QGroupBox(tr("Identity"), parent);
    m_identityForm = new QFormLayout(identityBox);
    m_identityForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_identityForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a long value goes below its label
    m_kindValue = addValue(m_identityForm, tr("Kind:"), QStringLiteral("kindValueLabel"));
    m_upnValue = addValue(m_identityForm, tr("User principal name:"), QStringLiteral("upnValueLabel"));
    m_mailValue = addValue(m_identityForm, tr("Mail:"), QStringLiteral("mailValueLabel"));
    m_idValue = addValue(m_identityForm, tr("Id:"), QStringLiteral("idValueLabel"));
    m_pathValue = addValue(m_identityForm, tr("Graph path:"), QStringLiteral("pathValueLabel"));
    column->addWidget(identityBox);

    m_photoBox = new QGroupBox(tr("Photo"), parent);
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
    column->addWidget(m_photoBox);

    m_adviceLabel = new QLabel(parent);
    m_adviceLabel->setObjectName(QStringLiteral("photoAdviceLabel"));
    m_adviceLabel->setWordWrap(true);
    m_adviceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adviceLabel->setTextFormat(Qt::PlainText);
    m_adviceLabel->setForegroundRole(QPalette::PlaceholderText);
    m_adviceLabel->hide();
}

QLabel* DetailFacts::addValue(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(dash(), form->parentWidget());
    value->setObjectName(objectName);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    form->addRow(label, value);
    return value;
}

void DetailFacts::setRowVisible(QLabel* value, bool visible)
{
    for (QFormLayout* form : {m_identityForm, m_photoForm}) {
        if (form->indexOf(value) >= 0) {
            form->setRowVisible(value, visible);
        }
    }
}

void DetailFacts::clearIdentity()
{
    for (QLabel* l : {m_kindValue, m_upnValue, m_mailValue, m_idValue, m_pathValue}) {
        l->setText(dash());
        setRowVisible(l, true);
    }
}

void DetailFacts::showIdentity(const DetailIdentity& identity)
{
    m_kindValue->setText(identity.kind);
    m_upnValue->setText(orDash(identity.upn));
    m_mailValue->setText(orDash(identity.mail));
    m_idValue->setText(orDash(identity.id));
    m_pathValue->setText(orDash(identity.path));
    setRowVisible(m_upnValue, identity.showsUpn);
    setRowVisible(m_mailValue, identity.showsMail);
    setRowVisible(m_idValue, identity.showsId);
}

void DetailFacts::setPhotoVisible(bool visible)
{
    m_photoBox->setVisible(visible);
}

void DetailFacts::resetPhoto()
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

void DetailFacts::showLoading()
{
    m_statusValue->setText(tr("loading…"));
}

void DetailFacts::showPhoto(const PhotoInfo& info)
{
    const QLocale locale;
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
}

} // namespace Portrait
