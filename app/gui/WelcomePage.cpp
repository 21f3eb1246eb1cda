#include "WelcomePage.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Portrait {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto* column = new QWidget(this);
    column->setFixedWidth(540);
    auto* layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto* logo = new QLabel(column);
    logo->setObjectName(QStringLiteral("welcomeLogoLabel"));
    logo->setPixmap(QIcon(QStringLiteral(":/portrait/icons/portrait.svg")).pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);

    auto* title = new QLabel(tr("Welcome to Portrait"), column);
    title->setObjectName(QStringLiteral("welcomeTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto* text = new QLabel(tr("Browse the users, groups and contacts of a Microsoft 365 directory with their "
                               "profile photos: see each photo's size, media type and etag, and save it to disk. "
                               "Fix them too: import a folder of photos, replace or remove one, with a plan "
                               "before and undo after."),
                            column);
    text->setObjectName(QStringLiteral("welcomeTextLabel"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    layout->addWidget(text);

    layout->addSpacing(8);
    m_demoButton
        = new QPushButton(QIcon(QStringLiteral(":/portrait/icons/users.svg")), tr("Open the demo tenant"), column);
    m_demoButton->setObjectName(QStringLiteral("openDemoButton"));
    m_demoButton->setDefault(true);
    m_demoButton->setIconSize(QSize(24, 24));
    m_demoButton->setMinimumHeight(52);
    QFont buttonFont = m_demoButton->font();
    buttonFont.setPointSizeF(buttonFont.pointSizeF() * 1.25);
    buttonFont.setBold(true);
    m_demoButton->setFont(buttonFont);
    connect(m_demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    layout->addWidget(m_demoButton);

    auto* demoNote = new QLabel(tr("A made-up company of 250 people, served by Portrait's built-in Graph emulator. "
                                   "Works offline; nothing leaves this computer."),
                                column);
    demoNote->setWordWrap(true);
    demoNote->setAlignment(Qt::AlignHCenter);
    demoNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(demoNote);

    layout->addSpacing(8);
    m_signInButton = new QPushButton(
        QIcon::fromTheme(QStringLiteral("system-users"), QIcon(QStringLiteral(":/portrait/icons/user.svg"))),
        tr("Sign in…"), column);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in to your tenant"));
    m_signInButton->setToolTip(tr("Sign in to a Microsoft 365 tenant with your own app registration."));
    connect(m_signInButton, &QPushButton::clicked, this, &WelcomePage::signInRequested);
    layout->addWidget(m_signInButton);

    auto* signInNote = new QLabel(tr("Device code, browser, or app-only with a secret or certificate. You need the "
                                     "client ID of an app registered in your tenant."),
                                  column);
    signInNote->setWordWrap(true);
    signInNote->setAlignment(Qt::AlignHCenter);
    signInNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(signInNote);

    m_errorLabel = new QLabel(column);
    m_errorLabel->setObjectName(QStringLiteral("welcomeErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignHCenter);
    Theme::markAsError(m_errorLabel);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // Centred by stretches, not by an alignment: an aligned item gets only its size hint's height, which for
    // the wrapped texts is worked out for another width, and the logo ended under the title.
    auto* centre = new QHBoxLayout;
    centre->addStretch(1);
    centre->addWidget(column);
    centre->addStretch(1);
    outer->addLayout(centre);
    outer->addStretch(3);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setError(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

} // namespace Portrait
