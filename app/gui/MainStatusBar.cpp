#include "MainStatusBar.h"

#include "GuiLogging.h"
#include "Theme.h"
#include "graph/DisplayText.h"

#include <QLabel>
#include <QProgressBar>

namespace Portrait {

MainStatusBar::MainStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_errorLabel(new QLabel(this))
    , m_loadingLabel(new QLabel(this))
    , m_busyBar(new QProgressBar(this))
    , m_connectionLabel(new QLabel(this))
{
    m_errorLabel->setObjectName(QStringLiteral("errorStatusLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    Theme::markAsError(m_errorLabel);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    addWidget(m_errorLabel, 1);

    m_loadingLabel->setObjectName(QStringLiteral("loadingStatusLabel"));
    m_loadingLabel->setAccessibleName(tr("Loading"));
    m_loadingLabel->setTextFormat(Qt::PlainText); // names of groups and folders
    addPermanentWidget(m_loadingLabel);
    m_busyBar->setObjectName(QStringLiteral("busyProgressBar"));
    m_busyBar->setAccessibleName(tr("Busy"));
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(120);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    addPermanentWidget(m_busyBar);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatusLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_connectionLabel->setTextFormat(Qt::PlainText); // the account and tenant names
    addPermanentWidget(m_connectionLabel);
    setConnection({});
}

void MainStatusBar::showError(const QString& message)
{
    qCDebug(lcGui).noquote() << "error shown:" << message;
    m_lastError = message;
    m_errorLabel->setText(message);
    m_errorLabel->setToolTip(plainToolTip(message));
    m_errorLabel->show();
}

void MainStatusBar::clearError()
{
    m_lastError.clear();
    m_errorLabel->hide();
}

void MainStatusBar::loadingStarted(const QString& what)
{
    m_loading.append(what);
    updateLoading();
}

void MainStatusBar::loadingFinished(const QString& what)
{
    m_loading.removeOne(what);
    updateLoading();
}

void MainStatusBar::clearLoading()
{
    m_loading.clear();
    updateLoading();
}

QString MainStatusBar::loadingText() const
{
    return m_loading.isEmpty() ? QString() : m_loadingLabel->text();
}

void MainStatusBar::updateLoading()
{
    if (m_loading.isEmpty()) {
        m_loadingLabel->clear();
        m_busyBar->hide();
        return;
    }
    if (m_loading.size() == 1) {
        m_loadingLabel->setText(tr("Loading %1…").arg(m_loading.first()));
    } else {
        m_loadingLabel->setText(
            tr("Loading %1 and %n more…", nullptr, int(m_loading.size() - 1)).arg(m_loading.last()));
    }
    m_busyBar->show();
}

void MainStatusBar::setConnection(const QString& description)
{
    m_connectionLabel->setText(description.isEmpty() ? tr("Not connected") : description);
}

} // namespace Portrait
