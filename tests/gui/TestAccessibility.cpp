// Keyboard and assistive technology: every interactive widget of the main window and its dialogs has an accessible
// name (what a screen reader says), every menu action is reachable by mnemonic or shortcut with the standard keys,
// and no widget hard-codes a text colour that a dark palette would make unreadable.
#include "AboutDialog.h"
#include "AuditView.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "ImportController.h"
#include "ImportWindow.h"
#include "MainWindow.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "Theme.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeView>

#include <cmath>
#include <functional>

using namespace Portrait;

namespace {

/// Widgets a person operates (focus, click, type), not their internal parts.
bool isInteractive(const QWidget* w)
{
    if (w->objectName().startsWith(QLatin1String("qt_"))) {
        return false; // Qt's own internals (scroll area viewports, tool bar extension, spin box line edits...)
    }
    const QWidget* parent = w->parentWidget();
    if (parent
        && (qobject_cast<const QAbstractSpinBox*>(parent) || qobject_cast<const QComboBox*>(parent)
            || qobject_cast<const QTabBar*>(parent) || qobject_cast<const QAbstractItemView*>(parent)
            || qobject_cast<const QLineEdit*>(parent) || parent->inherits("QComboBoxPrivateContainer"))) {
        return false; // a spin box's line edit, a line edit's clear button, a view's headers, a combo's popup...
    }
    if (qobject_cast<const QScrollBar*>(w)) {
        return false; // named by Qt from its orientation
    }
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w)
        || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QComboBox*>(w)
        || qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QAbstractSlider*>(w)
        || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QTabBar*>(w);
}

QString describe(const QWidget* w)
{
    return QStringLiteral("%1 '%2' in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->window() ? w->window()->objectName() : QString());
}

/// The interactive widgets under @p root whose accessible name (as a screen reader gets it) is empty.
QStringList unnamedWidgets(QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : std::as_const(widgets)) {
        if (!isInteractive(w)) {
            continue;
        }
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty()) {
            unnamed << describe(w);
        }
    }
    return unnamed;
}

/// Widgets whose style sheet fixes a colour: such text is unreadable on the other kind of palette.
QStringList hardCodedColours(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (const QWidget* w : std::as_const(widgets)) {
        // A text colour alone is unreadable on the other kind of palette; one with its own background is not.
        const QString sheet = w->styleSheet();
        if (sheet.contains(QLatin1String("color"), Qt::CaseInsensitive)
            && !sheet.contains(QLatin1String("background"), Qt::CaseInsensitive)) {
            found << describe(w) + QStringLiteral(": ") + w->styleSheet();
        }
    }
    return found;
}

/// WCAG 2 contrast ratio of two colours.
double contrast(const QColor& a, const QColor& b)
{
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a) + 0.05;
    const double lb = luminance(b) + 0.05;
    return std::max(la, lb) / std::min(la, lb);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyInteractiveWidgetHasAnAccessibleName();
    void everyMenuActionIsReachableFromTheKeyboard();
    void standardShortcutsWork();
    void noHardCodedTextColours();
    void errorTextFollowsADarkPalette();

private:
    /// The main window with the demo tenant open, a user selected, the audit dock shown.
    void openEverything(MainWindow& window);

    QTemporaryDir m_config;
};

void TestAccessibility::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void TestAccessibility::openEverything(MainWindow& window)
{
    QVERIFY(window.openDemo());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    window.treeView()->expand(users);
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) > 0, 10000);
    window.treeView()->setCurrentIndex(window.model()->index(0, 0, users));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo(), 10000);
    window.toggleAudit();
    QTRY_VERIFY(window.auditWindow() && window.auditWindow()->isVisible());
}

void TestAccessibility::everyInteractiveWidgetHasAnAccessibleName()
{
    QStringList unnamed;
    {
        MainWindow welcome; // before any session: the welcome page
        welcome.show();
        unnamed << unnamedWidgets(&welcome);
    }
    MainWindow window;
    openEverything(window);
    QVERIFY(!QTest::currentTestFailed());
    unnamed << unnamedWidgets(&window);

    window.exportPhotos();
    auto* exportDialog = window.findChild<ExportDialog*>();
    QVERIFY(exportDialog);
    unnamed << unnamedWidgets(exportDialog);
    exportDialog->close();

    SignInDialog* signIn = window.signIn();
    QVERIFY(signIn);
    unnamed << unnamedWidgets(signIn);
    signIn->close();

    SettingsDialog* settings = window.showSettings();
    QVERIFY(settings);
    unnamed << unnamedWidgets(settings);
    settings->close();

    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    auto* about = window.findChild<AboutDialog*>();
    QVERIFY(about && about->isVisible());
    unnamed << unnamedWidgets(about);
    about->close();

    ImportWindow* import = window.importController()->openImport();
    QVERIFY(import && import->isVisible());
    unnamed << unnamedWidgets(import);
    import->close();

    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n  ") + unnamed.join(u"\n  ")));
}

void TestAccessibility::everyMenuActionIsReachableFromTheKeyboard()
{
    MainWindow window;
    QVERIFY(window.openDemo());
    window.show();
    QStringList problems;
    QHash<QKeySequence, QString> shortcuts;
    QSet<QChar> menuMnemonics;
    const auto mnemonic = [](const QString& text) -> QChar {
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        return amp >= 0 && amp + 1 < text.size() ? text.at(amp + 1).toLower() : QChar();
    };
    // Every action the menu bar reaches, also through submenus (View ▸ Filter).
    QSet<const QAction*> reachable;
    std::function<void(QMenu*)> walk = [&](QMenu* menu) {
        emit menu->aboutToShow(); // menus that fill themselves (Account) do it now
        QSet<QChar> itemMnemonics;
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || action->text().isEmpty()) {
                continue;
            }
            reachable.insert(action);
            if (action->menu()) {
                walk(action->menu());
            }
            const QChar itemKey = mnemonic(action->text());
            // Commands need a key of their own; choices (the checkable account list) are picked with the arrows.
            if (itemKey.isNull() && action->shortcut().isEmpty() && !action->isCheckable()) {
                problems << QStringLiteral("'%1' in '%2' has neither a mnemonic nor a shortcut")
                                .arg(action->text(), menu->title());
            }
            if (!itemKey.isNull()) {
                if (itemMnemonics.contains(itemKey)) {
                    problems << QStringLiteral("'%1' in '%2' repeats the mnemonic %3")
                                    .arg(action->text(), menu->title(), itemKey);
                }
                itemMnemonics.insert(itemKey);
            }
            for (const QKeySequence& sequence : action->shortcuts()) {
                if (shortcuts.contains(sequence) && shortcuts.value(sequence) != action->objectName()) {
                    problems << QStringLiteral("%1 is the shortcut of both '%2' and '%3'")
                                    .arg(sequence.toString(), shortcuts.value(sequence), action->objectName());
                }
                shortcuts.insert(sequence, action->objectName());
            }
        }
    };
    for (QAction* menuAction : window.menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu) {
            continue;
        }
        const QChar key = mnemonic(menu->title());
        if (key.isNull()) {
            problems << QStringLiteral("menu '%1' has no mnemonic").arg(menu->title());
        } else if (menuMnemonics.contains(key)) {
            problems << QStringLiteral("menu '%1' repeats the mnemonic %2").arg(menu->title(), key);
        }
        menuMnemonics.insert(key);
        walk(menu);
    }
    // What the toolbar's and the detail pane's buttons pop up (Filter, Sort, Copy, Account) is in the menu bar
    // too: a keyboard reaches it with Alt and the arrows, without the mouse.
    const QList<QToolButton*> buttons = window.findChildren<QToolButton*>();
    int buttonMenus = 0;
    for (const QToolButton* button : buttons) {
        QMenu* menu = button->menu()  ? button->menu()
            : button->defaultAction() ? button->defaultAction()->menu()
                                      : nullptr;
        if (!menu || button->objectName().startsWith(QLatin1String("qt_"))) {
            continue;
        }
        ++buttonMenus;
        if (reachable.contains(menu->menuAction())) {
            continue; // the same menu (Account, Filter, Sort)
        }
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator() && !action->text().isEmpty() && !reachable.contains(action)) {
                problems << QStringLiteral("'%1' of the button %2 is in no menu of the menu bar")
                                .arg(action->text(), button->objectName());
            }
        }
    }
    QVERIFY2(buttonMenus >= 4, qPrintable(QString::number(buttonMenus))); // Filter, Sort, Copy, Account
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The standard keys.
    const auto shortcutOf = [&](const char* name) {
        auto* action = window.findChild<QAction*>(QString::fromLatin1(name));
        return action ? action->shortcuts() : QList<QKeySequence>();
    };
    QVERIFY(shortcutOf("refreshAction").contains(QKeySequence(Qt::Key_F5)));
    QVERIFY(shortcutOf("exportAction").contains(QKeySequence(Qt::CTRL | Qt::Key_E)));
    QVERIFY(shortcutOf("copyAction").contains(QKeySequence(QKeySequence::Copy)));
    QVERIFY(shortcutOf("settingsAction").contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    QVERIFY(shortcutOf("savePhotoAction").contains(QKeySequence(Qt::CTRL | Qt::Key_S)));
    const QKeySequence quit(QKeySequence::Quit);
    QVERIFY(shortcutOf("quitAction").contains(quit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quit));
}

void TestAccessibility::standardShortcutsWork()
{
    MainWindow window;
    openEverything(window);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.treeView()->setFocus();

    // Ctrl+C: the selected person, as text, and their photo.
    QApplication::clipboard()->clear();
    QTest::keyClick(window.treeView(), Qt::Key_C, Qt::ControlModifier);
    const QMimeData* copied = QApplication::clipboard()->mimeData();
    QVERIFY(copied);
    const QModelIndex current = window.treeView()->currentIndex();
    QVERIFY2(copied->text().contains(current.data(Roles::UpnRole).toString()), qPrintable(copied->text()));
    QVERIFY(copied->text().startsWith(current.data(Roles::DisplayNameRole).toString()));
    QCOMPARE(copied->hasImage(), !window.detailPane()->photoImage().isNull());

    // F5: loads again.
    QTest::keyClick(window.treeView(), Qt::Key_F5);
    QTRY_COMPARE(window.statusBar()->currentMessage(), QStringLiteral("Refreshed"));

    // Ctrl+E: the export dialog; Escape closes it.
    QTest::keyClick(window.treeView(), Qt::Key_E, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<ExportDialog*>() && window.findChild<ExportDialog*>()->isVisible());
    auto* exportDialog = window.findChild<ExportDialog*>();
    QTest::keyClick(exportDialog, Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<ExportDialog*>());

    // Ctrl+,: Preferences. (A window manager gives the window focus back when the dialog closes; offscreen has none.)
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QTest::keyClick(window.treeView(), Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(window.findChild<SettingsDialog*>() && window.findChild<SettingsDialog*>()->isVisible());
    QTest::keyClick(window.findChild<SettingsDialog*>(), Qt::Key_Escape);
    QTRY_VERIFY(!window.findChild<SettingsDialog*>());
}

void TestAccessibility::noHardCodedTextColours()
{
    MainWindow window;
    openEverything(window);
    QVERIFY(!QTest::currentTestFailed());
    QStringList found = hardCodedColours(&window);
    window.exportPhotos();
    found << hardCodedColours(window.findChild<ExportDialog*>());
    found << hardCodedColours(window.signIn());
    found << hardCodedColours(window.showSettings());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

void TestAccessibility::errorTextFollowsADarkPalette()
{
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = darkPalette();
    QVERIFY(!Theme::isDark(light));
    QVERIFY(Theme::isDark(dark));
    // Readable (WCAG AA, 4.5:1) on both the window and the text-field background.
    for (const QPalette& palette : {light, dark}) {
        const QColor error = Theme::errorColor(palette);
        QVERIFY2(contrast(error, palette.color(QPalette::Window)) >= 4.5, qPrintable(error.name()));
        QVERIFY2(contrast(error, palette.color(QPalette::Base)) >= 4.5, qPrintable(error.name()));
    }

    QApplication::setPalette(light);
    MainWindow window;
    window.show();
    window.showError(QStringLiteral("Something failed"));
    auto* label = window.findChild<QLabel*>(QStringLiteral("errorStatusLabel"));
    QVERIFY(label->isVisible());
    QCOMPARE(label->palette().color(QPalette::WindowText), Theme::errorColor(light));
    // Switching the desktop to dark re-colours it.
    QApplication::setPalette(dark);
    QTRY_COMPARE(label->palette().color(QPalette::WindowText), Theme::errorColor(dark));
    QCOMPARE(label->palette().color(QPalette::Window), dark.color(QPalette::Window));
    QApplication::setPalette(light);
    QTRY_COMPARE(label->palette().color(QPalette::WindowText), Theme::errorColor(light));
}

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
