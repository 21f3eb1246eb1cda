#include "AboutDialog.h"

#include "PortraitVersion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QSysInfo>
#include <QUrl>
#include <QVBoxLayout>

namespace Portrait {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Portrait"));

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setAccessibleName(tr("Portrait icon"));
    const int edge = 4 * style()->pixelMetric(QStyle::PM_LargeIconSize);
    icon->setPixmap(QIcon(QStringLiteral(":/portrait/icons/portrait.svg")).pixmap(QSize(edge, edge)));
    icon->setAlignment(Qt::AlignTop);

    auto* title = new QLabel(tr("<h2>Portrait %1</h2>").arg(QStringLiteral(PORTRAIT_VERSION).toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);

    auto* description
        = new QLabel(tr("Browse, audit and export the profile photos of a Microsoft 365 / Entra ID directory through "
                        "Microsoft Graph."),
                     this);
    description->setWordWrap(true);

    auto* details = new QLabel(this);
    details->setObjectName(QStringLiteral("aboutDetails"));
    details->setTextFormat(Qt::PlainText);
    details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    details->setText(versionText() + u'\n' + licenceText());
    details->setAccessibleName(tr("Version details"));

    // A homepage in the reserved .invalid domain stands in until the project has a home: no link to nowhere.
    QLabel* home = nullptr;
    if (hasHomepage()) {
        home = new QLabel(
            QStringLiteral("<a href=\"%1\">%1</a>").arg(QStringLiteral(PORTRAIT_HOMEPAGE_URL).toHtmlEscaped()), this);
        home->setObjectName(QStringLiteral("aboutHomepage"));
        home->setTextFormat(Qt::RichText);
        home->setOpenExternalLinks(true);
        home->setAccessibleName(tr("Homepage"));
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* copy = buttons->addButton(tr("&Copy version details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    connect(copy, &QPushButton::clicked, this,
            []() { QGuiApplication::clipboard()->setText(versionText() + u'\n' + licenceText()); });
    auto* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    aboutQt->setObjectName(QStringLiteral("aboutQtButton"));
    connect(aboutQt, &QPushButton::clicked, this, [this]() { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(description);
    text->addWidget(details);
    if (home) {
        text->addWidget(home);
    }
    text->addStretch();
    auto* top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    description->setMinimumWidth(fontMetrics().averageCharWidth() * 50);
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText()
{
    return tr("Portrait %1\nQt %2 (built with %3)\n%4 %5")
        .arg(QStringLiteral(PORTRAIT_VERSION), QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
             QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
}

bool AboutDialog::hasHomepage()
{
    const QUrl url(QStringLiteral(PORTRAIT_HOMEPAGE_URL));
    return url.isValid() && !url.host().isEmpty() && !url.host().endsWith(QLatin1String(".invalid"))
        && url.host() != QLatin1String("invalid");
}

QString AboutDialog::licenceText()
{
    static_assert(sizeof(PORTRAIT_LICENSE) > 1, "PORTRAIT_LICENSE (CMake) names the licence of LICENSE");
    // The SPDX identifier as configured, and its name in words for the licence of LICENSE.
    const QString spdx = QStringLiteral(PORTRAIT_LICENSE);
    if (spdx == QLatin1String("GPL-3.0-or-later")) {
        return tr("Licence: %1 (GNU General Public License, version 3 or later)").arg(spdx);
    }
    return tr("Licence: %1").arg(spdx);
}

} // namespace Portrait
