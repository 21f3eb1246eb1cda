#include "AboutDialog.h"
#include "MainWindow.h"
#include "PortraitVersion.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

using namespace Portrait;

/// Help → About Portrait on the offscreen platform (it opens from the main window's Help menu and shows the
/// version, the licence and the Qt versions), and the program's own icons: SVG, crisp at any scale.
class TestAboutAndIcons : public QObject
{
    Q_OBJECT

private slots:
    void helpMenuOpensTheAboutDialog();
    void showsVersionLicenceAndQt();
    void copiesTheVersionDetails();
    void everyBundledIconIsAnSvgThatRenders();
    void everyToolbarActionHasAnIcon();
};

void TestAboutAndIcons::helpMenuOpensTheAboutDialog()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QMenu* help = nullptr;
    for (QAction* menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text().remove(u'&') == QLatin1String("Help")) {
            help = menu->menu();
        }
    }
    QVERIFY2(help, "the main window has a Help menu");
    auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
    QVERIFY(about);
    QVERIFY(help->actions().contains(about));
    QCOMPARE(about->menuRole(), QAction::AboutRole);

    about->trigger();
    AboutDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<AboutDialog*>()) && dialog->isVisible());
    QVERIFY(dialog->isModal());
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // Closing it deletes it: the main window does not collect dialogs.
    QPointer<AboutDialog> guard(dialog);
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Close)->click();
    QTRY_VERIFY(guard.isNull());
}

void TestAboutAndIcons::showsVersionLicenceAndQt()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto* title = dialog.findChild<QLabel*>(QStringLiteral("aboutTitle"));
    QVERIFY(title);
    QVERIFY2(title->text().contains(QLatin1String(PORTRAIT_VERSION)), qPrintable(title->text()));
    const auto* details = dialog.findChild<QLabel*>(QStringLiteral("aboutDetails"));
    QVERIFY(details);
    const QString text = details->text();
    QVERIFY2(text.contains(
                 QStringLiteral("Qt %1 (built with %2)").arg(QLatin1String(qVersion()), QLatin1String(QT_VERSION_STR))),
             qPrintable(text));
    // The licence of LICENSE, in the form of an SPDX identifier and in words.
    QCOMPARE(QLatin1String(PORTRAIT_LICENSE), QLatin1String("GPL-3.0-or-later"));
    QVERIFY2(text.contains(QLatin1String("Licence: GPL-3.0-or-later (GNU General Public License, version 3 or later)")),
             qPrintable(text));
    const auto* icon = dialog.findChild<QLabel*>(QStringLiteral("aboutIcon"));
    QVERIFY(icon);
    QVERIFY2(!icon->pixmap().isNull(), "the SVG app icon renders");
    QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("aboutQtButton")));
    // Nothing is cut off: the fixed-size layout gives every label at least its size hint.
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        QVERIFY2(label->width() >= label->minimumSizeHint().width(), qPrintable(label->objectName()));
    }
}

void TestAboutAndIcons::copiesTheVersionDetails()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* copy = dialog.findChild<QPushButton*>(QStringLiteral("aboutCopyButton"));
    QVERIFY(copy);
    QGuiApplication::clipboard()->clear();
    copy->click();
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, AboutDialog::versionText() + u'\n' + AboutDialog::licenceText());
    QVERIFY(copied.startsWith(QStringLiteral("Portrait %1\n").arg(QLatin1String(PORTRAIT_VERSION))));
}

void TestAboutAndIcons::everyBundledIconIsAnSvgThatRenders()
{
    QDirIterator it(QStringLiteral(":/portrait/icons"));
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++count;
        QVERIFY2(path.endsWith(QLatin1String(".svg")), qPrintable(path + QStringLiteral(" is not an SVG")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll().startsWith("<svg"), qPrintable(path));
        const QIcon icon(path);
        // 16 px at 100 % and at 200 % scaling: a vector icon draws both sizes itself, sharp.
        for (const int edge : {16, 32}) {
            const QImage image = icon.pixmap(QSize(edge, edge)).toImage();
            QCOMPARE(image.size(), QSize(edge, edge));
            bool inked = false;
            for (int y = 0; y < edge && !inked; ++y) {
                for (int x = 0; x < edge && !inked; ++x) {
                    inked = qAlpha(image.pixel(x, y)) > 0;
                }
            }
            QVERIFY2(inked, qPrintable(QStringLiteral("%1 draws nothing at %2 px").arg(path).arg(edge)));
        }
    }
    QVERIFY2(count >= 18, "the icons of the resource are found");
}

void TestAboutAndIcons::everyToolbarActionHasAnIcon()
{
    // The offscreen platform has no icon theme, so what is drawn is the program's own fallback.
    MainWindow window;
    const auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    int actions = 0;
    for (QAction* action : toolBar->actions()) {
        if (action->isSeparator() || qobject_cast<QWidgetAction*>(action)) {
            continue;
        }
        ++actions;
        QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
        QVERIFY2(!action->icon().pixmap(QSize(16, 16)).isNull(), qPrintable(action->objectName()));
    }
    QVERIFY(actions >= 3);
    for (const char* name : {"quitAction", "aboutAction", "refreshAction", "savePhotoAction", "exportAction"}) {
        const auto* action = window.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action && !action->icon().pixmap(QSize(16, 16)).isNull(), name);
    }
    const auto* account = window.findChild<QToolButton*>(QStringLiteral("accountButton"));
    QVERIFY(account && !account->icon().isNull());
}

QTEST_MAIN(TestAboutAndIcons)
#include "TestAboutAndIcons.moc"
