// Every text the GUI shows is marked for translation: the windows and dialogs are built three times, in
// English (no catalogue), German and French, and every visible text (labels, buttons, menus, actions, tooltips,
// placeholders, accessible names, combo items, headers...) is compared at the same place in the widget tree.
// A text that is the same in all three languages was never looked up in a catalogue: it fails the test,
// unless it is on the short allowlist of names and symbols that no language translates.
#include "AboutDialog.h"
#include "AuditView.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "WelcomePage.h"
#include "auth/MemoryTokenStore.h"
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "i18n/Translations.h"
#include "model/DirectoryModel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QTranslator>

#include <functional>
#include <map>

using namespace Portrait;

namespace {

/// Texts that are the same in English, German and French: product and format names, symbols, and Graph
/// addresses (the detail pane's path of the signed-in user, the audit view's scope presets the user may edit).
const QStringList kAllowed = {
    QStringLiteral("Portrait"),     QStringLiteral("Microsoft Graph"),
    QStringLiteral("JPEG"),         QStringLiteral("PNG"),
    QStringLiteral("ETag:"),        QStringLiteral("SHA-256:"),
    QStringLiteral("px"),           QStringLiteral("Code"),
    QStringLiteral("Cloud"),        QStringLiteral("me"),
    QStringLiteral("users"),        QStringLiteral("groups"),
    QStringLiteral("users groups"), QStringLiteral("Format"),
    QStringLiteral("OK"), // Qt's own button text, the same in all three
    QStringLiteral("0 bytes"), // QLocale::formattedDataSize() of the test's locale, not a catalogue's text
};

/// place in the widget tree + property -> text
using Texts = std::map<QString, QString>;

QString plain(const QString& text)
{
    QString t = text;
    if (Qt::mightBeRichText(t)) {
        QTextDocument doc;
        doc.setHtml(t);
        t = doc.toPlainText();
    }
    // Mnemonics and shortcuts hint ("&File", "Save\tCtrl+S") are not words.
    t.remove(QRegularExpression(QStringLiteral("&(?=\\S)")));
    t = t.section(u'\t', 0, 0);
    return t.trimmed();
}

/// True when @p text has something to translate: letters that are not only a name, number, URL, address or path.
bool needsTranslation(const QString& text)
{
    const QString t = plain(text);
    // The product's name and version (the About dialog's title, "Portrait 0.1.0").
    static const QRegularExpression nameAndVersion(QStringLiteral("^Portrait [0-9][0-9A-Za-z.+~-]*$"));
    if (t.isEmpty() || kAllowed.contains(t) || nameAndVersion.match(t).hasMatch()) {
        return false;
    }
    static const QRegularExpression letters(QStringLiteral("[A-Za-z]{2,}"));
    // A URL, a mail address, a file name or a Graph path: one token with a separator in it.
    static const QRegularExpression technical(QStringLiteral("^([a-z]+://\\S+|(?=\\S*[/.@{_])[\\w/{}|.@+*-]+)$"));
    const QStringList lines = t.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const QString l = line.trimmed();
        if (letters.match(l).hasMatch() && !technical.match(l).hasMatch() && !kAllowed.contains(l)) {
            return true;
        }
    }
    return false;
}

QString placeOf(const QObject* object, const QObject* root)
{
    QStringList parts;
    for (const QObject* o = object; o && o != root->parent(); o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty()) {
            part += u'#' + o->objectName();
        } else if (o->parent()) {
            int index = 0;
            for (const QObject* sibling : o->parent()->children()) {
                if (sibling == o) {
                    break;
                }
                index += sibling->metaObject() == o->metaObject() ? 1 : 0;
            }
            part += u'[' + QString::number(index) + u']';
        }
        parts.prepend(part);
    }
    return parts.join(u'/');
}

void collect(const QObject* root, Texts* texts)
{
    QList<const QObject*> objects{root};
    for (QObject* o : root->findChildren<QObject*>()) {
        objects.append(o);
    }
    for (const QObject* o : objects) {
        const QString place = placeOf(o, root);
        const auto add = [&](const QString& property, const QString& text) {
            if (!text.isEmpty()) {
                (*texts)[place + u':' + property] = text;
            }
        };
        if (const auto* action = qobject_cast<const QAction*>(o)) {
            if (!action->isSeparator()) {
                add(QStringLiteral("text"), action->text());
                if (action->toolTip() != plain(action->text())) {
                    add(QStringLiteral("toolTip"), action->toolTip());
                }
                add(QStringLiteral("statusTip"), action->statusTip());
                add(QStringLiteral("whatsThis"), action->whatsThis());
            }
            continue;
        }
        const auto* w = qobject_cast<const QWidget*>(o);
        if (!w) {
            continue;
        }
        if (w->isWindow() || qobject_cast<const QDockWidget*>(w) || qobject_cast<const QToolBar*>(w)) {
            add(QStringLiteral("windowTitle"), w->windowTitle());
        }
        add(QStringLiteral("toolTip"), w->toolTip());
        add(QStringLiteral("statusTip"), w->statusTip());
        add(QStringLiteral("whatsThis"), w->whatsThis());
        add(QStringLiteral("accessibleName"), w->accessibleName());
        add(QStringLiteral("accessibleDescription"), w->accessibleDescription());
        if (const auto* label = qobject_cast<const QLabel*>(w)) {
            add(QStringLiteral("text"), label->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            add(QStringLiteral("text"), button->text());
        } else if (const auto* box = qobject_cast<const QGroupBox*>(w)) {
            add(QStringLiteral("title"), box->title());
        } else if (const auto* menu = qobject_cast<const QMenu*>(w)) {
            add(QStringLiteral("title"), menu->title());
        } else if (const auto* edit = qobject_cast<const QLineEdit*>(w)) {
            add(QStringLiteral("placeholderText"), edit->placeholderText());
        } else if (const auto* text = qobject_cast<const QPlainTextEdit*>(w)) {
            add(QStringLiteral("placeholderText"), text->placeholderText());
        } else if (const auto* combo = qobject_cast<const QComboBox*>(w)) {
            add(QStringLiteral("placeholderText"), combo->placeholderText());
            for (int i = 0; i < combo->count(); ++i) {
                add(QStringLiteral("item%1").arg(i), combo->itemText(i));
            }
        } else if (const auto* spin = qobject_cast<const QSpinBox*>(w)) {
            add(QStringLiteral("prefix"), spin->prefix());
            add(QStringLiteral("suffix"), spin->suffix());
            add(QStringLiteral("specialValueText"), spin->specialValueText());
        } else if (const auto* progress = qobject_cast<const QProgressBar*>(w)) {
            add(QStringLiteral("format"), progress->format());
        } else if (const auto* tabs = qobject_cast<const QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(QStringLiteral("tab%1").arg(i), tabs->tabText(i));
                add(QStringLiteral("tabToolTip%1").arg(i), tabs->tabToolTip(i));
            }
        } else if (const auto* view = qobject_cast<const QAbstractItemView*>(w); view && view->model()) {
            // Column titles, and the top-level rows the program itself provides (e.g. "Users", "Groups").
            const QAbstractItemModel* model = view->model();
            for (int c = 0; c < model->columnCount(); ++c) {
                add(QStringLiteral("header%1").arg(c), model->headerData(c, Qt::Horizontal).toString());
            }
            for (int r = 0; r < qMin(model->rowCount(), 8); ++r) {
                add(QStringLiteral("row%1").arg(r), model->index(r, 0).data().toString());
            }
        }
    }
}

void removeTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void catalogueAndQtTranslationsLoad();
    void everyVisibleTextIsTranslated_data();
    void everyVisibleTextIsTranslated();

private:
    /// Builds the UI of @p build once per language and returns the texts of each, keyed by language.
    std::map<QString, Texts> textsPerLanguage(const std::function<void(Texts*)>& build);

    GraphEmulator* m_emulator = nullptr;
    GraphClient* m_client = nullptr;
};

void TestTranslatedUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the preferences must not read or write the user's settings
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    auto* tokens = new StaticTokenProvider(m_emulator->accessToken(), this);
    m_client = new GraphClient(GraphRoot::parse(m_emulator->graphRoot().toString()), tokens, nullptr, this);
}

void TestTranslatedUi::cleanup()
{
    removeTranslators();
}

void TestTranslatedUi::catalogueAndQtTranslationsLoad()
{
    QCOMPARE(Translations::availableLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(Translations::install(qApp, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    // Ours...
    QCOMPARE(WelcomePage::tr("Sign in…"), QStringLiteral("Anmelden …"));
    // ...and Qt's own, so that standard buttons and dialogs speak the same language.
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."),
             QStringLiteral("Zeigt Hilfe zu den Kommandozeilenoptionen an."));
    removeTranslators();
    QCOMPARE(Translations::install(qApp, QLocale(QLocale::French, QLocale::Canada)), QStringLiteral("fr"));
    QCOMPARE(WelcomePage::tr("Sign in…"), QStringLiteral("Se connecter…"));
    removeTranslators();
    // A language without a catalogue, and the C locale, stay English.
    QCOMPARE(Translations::install(qApp, QLocale(QLocale::Japanese)), QString());
    QCOMPARE(Translations::install(qApp, QLocale::c()), QString());
    QCOMPARE(WelcomePage::tr("Sign in…"), QStringLiteral("Sign in…"));
}

std::map<QString, Texts> TestTranslatedUi::textsPerLanguage(const std::function<void(Texts*)>& build)
{
    std::map<QString, Texts> result;
    for (const QLocale& locale :
         {QLocale::c(), QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::French, QLocale::France)}) {
        removeTranslators();
        Translations::install(qApp, locale);
        build(&result[locale.name()]);
    }
    removeTranslators();
    return result;
}

void TestTranslatedUi::everyVisibleTextIsTranslated_data()
{
    QTest::addColumn<int>("surface");
    QTest::newRow("main window, welcome page") << 0;
    QTest::newRow("main window with the demo tenant") << 1;
    QTest::newRow("export dialog") << 2;
    QTest::newRow("audit view") << 3;
    QTest::newRow("sign-in dialog") << 4;
    QTest::newRow("preferences dialog") << 5;
    QTest::newRow("about dialog") << 6;
}

void TestTranslatedUi::everyVisibleTextIsTranslated()
{
    QFETCH(int, surface);
    const auto perLanguage = textsPerLanguage([&](Texts* texts) {
        switch (surface) {
        case 0: {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            collect(&window, texts);
            break;
        }
        case 1: {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openDemo());
            QTRY_VERIFY(window.model()->rowCount() > 0);
            collect(&window, texts);
            break;
        }
        case 2: {
            DirectoryModel model(m_client);
            ExportDialog dialog(m_client, &model, {}, {});
            dialog.show();
            collect(&dialog, texts);
            break;
        }
        case 3: {
            AuditView view;
            view.show();
            collect(&view, texts);
            break;
        }
        case 4: {
            MemoryTokenStore store;
            SignInDialog dialog(&store);
            dialog.show();
            collect(&dialog, texts);
            break;
        }
        case 5: {
            SettingsDialog dialog;
            dialog.show();
            collect(&dialog, texts);
            break;
        }
        case 6: {
            AboutDialog dialog;
            dialog.show();
            collect(&dialog, texts);
            break;
        }
        }
    });
    const Texts& english = perLanguage.at(QStringLiteral("C"));
    const Texts& german = perLanguage.at(QStringLiteral("de_DE"));
    const Texts& french = perLanguage.at(QStringLiteral("fr_FR"));
    QVERIFY2(english.size() > 5, "the walk found almost no text: is the surface built?");
    QStringList untranslated;
    for (const auto& [place, text] : english) {
        const auto de = german.find(place);
        const auto fr = french.find(place);
        if (de == german.end() || fr == french.end() || !needsTranslation(text)) {
            continue;
        }
        if (de->second == text && fr->second == text) {
            untranslated << QStringLiteral("%1 = \"%2\"").arg(place, text);
        }
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 visible texts are the same in English, German and French: mark them with "
                                       "tr(), run the update_translations target and translate them in "
                                       "translations/portrait_{de,fr}.ts:\n  %2")
                            .arg(untranslated.size())
                            .arg(untranslated.join(QStringLiteral("\n  ")))));
}

QTEST_MAIN(TestTranslatedUi)
#include "TestTranslatedUi.moc"
