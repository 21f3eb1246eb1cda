// Renders the main window, the detail pane, the export dialog, the audit view, the sign-in and the settings dialog
// against the demo tenant in a light and a dark palette (Fusion), and in German and French (their translations and
// their locales' number formats), saves them as PNGs in PORTRAIT_SCREENSHOT_DIR (build/default/screenshots; CI
// keeps them as artifacts), and fails when a label's or a button's text does not fit its widget, unless the widget
// is designed to elide (the property `portraitElides`), when a button is cut off by the edge of what shows it, or
// when the detail pane needs a horizontal scroll bar at the main window's default size; also when a line edit is
// narrower than a dozen characters or than its placeholder, a combo box's current text or a column title is cut.
// everyTextCanBeDrawn: every name in the tree, the grid and the audit table, and every label, has glyphs in the
// fonts in use (王芳 needs a CJK font: skipped, saying which package to install, where none is installed).
// Run again with QT_SCALE_FACTOR=2 (ctest test_screenshots_2x) for the 200% set (`@2x`).
#include "AuditView.h"
#include "DetailPane.h"
#include "ExportDialog.h"
#include "FaceGridView.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "cache/ThumbnailLoader.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFontDatabase>
#include <QFontInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRawFont>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyleFactory>
#include <QStyleOptionComboBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTranslator>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Portrait;

namespace {

/// The fewest average characters a line edit in a window shows.
constexpr int kLeastFieldCharacters = 12;

QPalette darkPalette()
{
    // What a dark desktop theme hands Qt: Fusion's roles, dark.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x20, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabled(0x7f, 0x7f, 0x7f);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x34, 0x37));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6e, 0x6e));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x56));
    p.setColor(QPalette::Midlight, QColor(0x44, 0x46, 0x4a));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x30, 0x33));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

/// The part of @p w that its ancestors up to the window let show, in @p w's coordinates. Inside the viewport of
/// a vertically scrolling area only the sides cut: what is above or below it is scrolled to, not lost.
QRect shownRect(const QWidget* w)
{
    constexpr int kFar = 1 << 28;
    QRect shown = w->rect();
    QPoint offset; // w's origin in the coordinates of the ancestor reached
    bool scrolls = false;
    for (const QWidget* child = w; !child->isWindow() && child->parentWidget(); child = child->parentWidget()) {
        const QWidget* parent = child->parentWidget();
        offset += child->pos();
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(parent->parentWidget());
            area && area->viewport() == parent && area->verticalScrollBarPolicy() != Qt::ScrollBarAlwaysOff) {
            scrolls = true;
        }
        QRect clip = parent->rect();
        if (scrolls) {
            clip.setTop(-kFar);
            clip.setBottom(kFar);
        }
        shown = (shown.translated(offset) & clip).translated(-offset);
    }
    return shown;
}

/// Text widgets under @p root whose text does not fit, as "class 'name': why".
QStringList cutOffText(QWidget* root)
{
    QStringList problems;
    const auto report = [&](const QWidget* w, const QString& what) {
        problems << QStringLiteral("%1 '%2' in %3: %4")
                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), root->objectName(),
                             what);
    };
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!w->isVisible() || w->property("portraitElides").toBool() || w->width() <= 0) {
            continue;
        }
        if (const auto* label = qobject_cast<QLabel*>(w)) {
            if (label->text().isEmpty()) {
                // A picture: all of it.
                const QSize picture = label->pixmap().deviceIndependentSize().toSize();
                if (!label->pixmap().isNull()
                    && (picture.width() > label->width() || picture.height() > label->height())) {
                    report(label,
                           QStringLiteral("a picture of %1×%2 in %3×%4")
                               .arg(picture.width())
                               .arg(picture.height())
                               .arg(label->width())
                               .arg(label->height()));
                }
                continue;
            }
            if (label->wordWrap()) {
                const int needed = label->heightForWidth(label->width());
                if (needed > label->height()) {
                    report(label,
                           QStringLiteral("needs %1 px of height, has %2: '%3'")
                               .arg(needed)
                               .arg(label->height())
                               .arg(label->text().left(60)));
                }
            } else {
                const QSize hint = label->sizeHint();
                if (hint.width() > label->width() || hint.height() > label->height()) {
                    report(label,
                           QStringLiteral("needs %1×%2, has %3×%4: '%5'")
                               .arg(hint.width())
                               .arg(hint.height())
                               .arg(label->width())
                               .arg(label->height())
                               .arg(label->text().left(60)));
                }
            }
        } else if (const auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty() || button->objectName().startsWith(QLatin1String("qt_"))) {
                continue;
            }
            const QSize hint = button->sizeHint();
            if (hint.width() > button->width() || hint.height() > button->height()) {
                report(button,
                       QStringLiteral("needs %1×%2, has %3×%4: '%5'")
                           .arg(hint.width())
                           .arg(hint.height())
                           .arg(button->width())
                           .arg(button->height())
                           .arg(button->text()));
            }
            // All of it on screen: never cut at the right edge of a pane; below the fold of a scroll area is
            // fine (it scrolls there), cut sideways is not.
            const QRect shown = shownRect(button);
            if (shown.size() != button->size()) {
                report(button,
                       QStringLiteral("only %1×%2 of %3×%4 shows: '%5'")
                           .arg(shown.width())
                           .arg(shown.height())
                           .arg(button->width())
                           .arg(button->height())
                           .arg(button->text()));
            }
        } else if (const auto* edit = qobject_cast<QLineEdit*>(w)) {
            if (edit->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<const QAbstractSpinBox*>(edit->parentWidget())
                || qobject_cast<const QComboBox*>(edit->parentWidget())) {
                continue; // part of a spin or combo box, which are checked as a whole
            }
            const QFontMetrics metrics = edit->fontMetrics();
            // A field to type a name or an address into shows a dozen characters at least.
            const int least = kLeastFieldCharacters * metrics.averageCharWidth();
            if (edit->width() < least) {
                report(edit,
                       QStringLiteral("a field of %1 px, narrower than %2 characters (%3 px)")
                           .arg(edit->width())
                           .arg(kLeastFieldCharacters)
                           .arg(least));
            }
            // Its placeholder whole: the field's frame and margins (also the clear button's room) are what its
            // size hint adds to the 17 'x' it is made for.
            if (edit->text().isEmpty() && !edit->placeholderText().isEmpty()) {
                const int chrome = edit->sizeHint().width() - 17 * metrics.horizontalAdvance(QLatin1Char('x'));
                const int needed = chrome + metrics.horizontalAdvance(edit->placeholderText());
                if (needed > edit->width()) {
                    report(edit,
                           QStringLiteral("placeholder needs %1 px, has %2: '%3'")
                               .arg(needed)
                               .arg(edit->width())
                               .arg(edit->placeholderText()));
                }
            }
        } else if (const auto* combo = qobject_cast<QComboBox*>(w)) {
            // The current choice whole in the box (the list that drops down may be wider).
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            option.frame = combo->hasFrame();
            option.currentText = combo->currentText();
            option.currentIcon = combo->itemIcon(combo->currentIndex());
            option.iconSize = combo->iconSize();
            const QRect field
                = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            int needed = combo->fontMetrics().horizontalAdvance(option.currentText) + 2;
            if (!option.currentIcon.isNull()) {
                needed += option.iconSize.width() + 4;
            }
            if (needed > field.width()) {
                report(combo,
                       QStringLiteral("current text needs %1 px, has %2: '%3'")
                           .arg(needed)
                           .arg(field.width())
                           .arg(option.currentText));
            }
        } else if (const auto* header = qobject_cast<QHeaderView*>(w)) {
            if (header->orientation() != Qt::Horizontal || !header->model()) {
                continue;
            }
            // Every column's title whole (the cells below may elide; their titles say what they are).
            for (int logical = 0; logical < header->count(); ++logical) {
                if (header->isSectionHidden(logical)) {
                    continue;
                }
                const int needed = header->sectionSizeHint(logical);
                if (needed > header->sectionSize(logical)) {
                    report(header,
                           QStringLiteral("column title needs %1 px, has %2: '%3'")
                               .arg(needed)
                               .arg(header->sectionSize(logical))
                               .arg(header->model()->headerData(logical, Qt::Horizontal).toString()));
                }
            }
        } else if (const auto* box = qobject_cast<QGroupBox*>(w)) {
            const int title = box->fontMetrics().horizontalAdvance(box->title()) + 16;
            if (title > box->width()) {
                report(box, QStringLiteral("title needs %1 px, has %2").arg(title).arg(box->width()));
            }
        }
    }
    return problems;
}

/// The code points of @p text that @p font, with the fallback fonts Qt picks for it, has no glyph for ("U+738B 王").
QStringList undrawable(const QString& text, const QFont& font)
{
    QStringList missing;
    const QFontMetrics metrics(font);
    for (const char32_t ucs4 : text.toUcs4()) {
        const QChar::Category category = QChar::category(ucs4);
        if (QChar::isSpace(ucs4) || category == QChar::Other_Control || category == QChar::Other_Format) {
            continue; // nothing to draw
        }
        if (!metrics.inFontUcs4(ucs4)) {
            missing << QStringLiteral("U+%1 %2").arg(
                QString::number(uint(ucs4), 16).toUpper().rightJustified(4, QLatin1Char('0')),
                QString::fromUcs4(&ucs4, 1));
        }
    }
    missing.removeDuplicates();
    return missing;
}

/// The installed font families that have @p ucs4.
QStringList familiesWith(char32_t ucs4)
{
    QStringList families;
    for (const QString& family : QFontDatabase::families()) {
        if (QRawFont::fromFont(QFont(family)).supportsCharacter(ucs4)) {
            families << family;
        }
    }
    return families;
}

bool hasHan(const QString& text)
{
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(),
                       [](uint ucs4) { return QChar::script(ucs4) == QChar::Script_Han; });
}

} // namespace

class TestScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void screens_data();
    void screens();
    void everyTextCanBeDrawn();

private:
    /// Renders @p widget (its own window, or part of one) to `<set>-<name>.png` and checks its text.
    void shoot(QWidget* widget, const QString& name);
    /// Every face in the grid's viewport has its thumbnail, or is known to have none.
    static bool visibleFacesLoaded(const MainWindow& window);

    QTemporaryDir m_config;
    QDir m_out;
    QString m_set;
    QStringList m_problems;
    QStringList m_languages; ///< the catalogues built in (":/i18n/portrait_<lang>.qm")
};

void TestScreenshots::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("config"))));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(m_config.filePath(QStringLiteral("cache"))));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_out.setPath(QString::fromLocal8Bit(qgetenv("PORTRAIT_SCREENSHOT_DIR")));
    if (m_out.path().isEmpty() || m_out.path() == QLatin1String(".")) {
        m_out.setPath(QStringLiteral(PORTRAIT_SCREENSHOT_DIR));
    }
    QVERIFY(m_out.mkpath(QStringLiteral(".")));
    for (const char* language : {"de", "fr"}) {
        QTranslator probe;
        if (probe.load(QLocale(QString::fromLatin1(language)), QStringLiteral("portrait"), QStringLiteral("_"),
                       QStringLiteral(":/i18n"))) {
            m_languages << QString::fromLatin1(language);
        }
    }
    QCOMPARE(m_languages, QStringList({QStringLiteral("de"), QStringLiteral("fr")}));
}

void TestScreenshots::screens_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QString>("language");
    QTest::newRow("light") << false << QString();
    QTest::newRow("dark") << true << QString();
    QTest::newRow("german") << false << QStringLiteral("de");
    QTest::newRow("french") << false << QStringLiteral("fr");
}

bool TestScreenshots::visibleFacesLoaded(const MainWindow& window)
{
    const FaceGridView* grid = window.gridView();
    const ThumbnailLoader* loader = window.thumbnailLoader();
    const auto [first, last] = grid->visibleRows();
    if (!loader || first < 0) {
        return false;
    }
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = grid->model()->index(row, 0, grid->rootIndex());
        if (!index.data(Roles::IsPrincipalRole).toBool()) {
            continue;
        }
        if (!loader->thumbnail(index.data(Roles::GraphPathRole).toString()).status.has_value()) {
            return false;
        }
    }
    // What arrived is painted before the grab.
    QCoreApplication::processEvents();
    return true;
}

void TestScreenshots::shoot(QWidget* widget, const QString& name)
{
    QVERIFY(widget);
    QVERIFY(QTest::qWaitForWindowExposed(widget->window()));
    QCoreApplication::processEvents();
    const QPixmap shot = widget->grab();
    QVERIFY(!shot.isNull());
    const qreal dpr = widget->devicePixelRatioF();
    // Crisp at any scale: rendered at device pixels, not scaled up from the logical size.
    QCOMPARE(shot.devicePixelRatio(), dpr);
    QCOMPARE(shot.width(), qRound(widget->width() * dpr));
    const QString suffix = dpr > 1.0 ? QStringLiteral("@%1x").arg(dpr) : QString();
    const QString file = m_out.filePath(m_set + QLatin1Char('-') + name + suffix + QStringLiteral(".png"));
    QVERIFY2(shot.save(file), qPrintable(file));
    for (const QString& problem : cutOffText(widget)) {
        m_problems << name + QStringLiteral(": ") + problem;
    }
    // The detail pane fits its column (at the main window's default size, also with the audit below): it
    // scrolls down at most, never sideways.
    const auto* detailScroll = widget->findChild<QScrollArea*>(QStringLiteral("detailScrollArea"));
    if (detailScroll && detailScroll->isVisible() && detailScroll->horizontalScrollBar()->isVisible()) {
        m_problems << name
                + QStringLiteral(": the detail pane has a horizontal scroll bar (its content needs %1 px, has %2)")
                      .arg(detailScroll->widget()->minimumSizeHint().width())
                      .arg(detailScroll->viewport()->width());
    }
}

void TestScreenshots::screens()
{
    QFETCH(bool, dark);
    QFETCH(QString, language);
    m_set = QString::fromLatin1(QTest::currentDataTag());
    m_problems.clear();
    // A German or French desktop: its messages and its numbers ("18.143 Bytes", "18 143 octets").
    QTranslator translator;
    const QLocale before;
    if (!language.isEmpty()) {
        const QLocale locale(language == QLatin1String("de") ? QLocale(QLocale::German, QLocale::Germany)
                                                             : QLocale(QLocale::French, QLocale::France));
        QVERIFY(translator.load(locale, QStringLiteral("portrait"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(locale);
    }
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    const auto restore = qScopeGuard([&]() {
        QCoreApplication::removeTranslator(&translator);
        QLocale::setDefault(before);
        QApplication::setPalette(QApplication::style()->standardPalette());
    });

    MainWindow welcome;
    welcome.resize(1000, 680);
    welcome.show();
    shoot(&welcome, QStringLiteral("welcome"));

    MainWindow window; // at its default size (no saved geometry in this run's settings)
    QVERIFY(window.openDemo());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A person with a photo, not the signed-in one: the detail pane at its fullest.
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    window.treeView()->expand(window.filterModel()->mapFromSource(users));
    window.treeView()->expand(window.filterModel()->mapFromSource(window.model()->topIndex(NodeKind::Groups)));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) > 10, 10000);
    bool found = false;
    for (int row = 1; row < 11 && !found; ++row) {
        window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(window.model()->index(row, 0, users)));
        QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading(), 10000);
        found = !window.detailPane()->photoImage().isNull();
    }
    QVERIFY(found);
    QVERIFY(window.detailPane()->principal().key() != QLatin1String("me"));
    // The faces in view have loaded (or are known to have none): no grey placeholders in the picture.
    QTRY_VERIFY_WITH_TIMEOUT(visibleFacesLoaded(window), 20000);
    QVERIFY(window.detailPane()->findChild<QScrollArea*>(QStringLiteral("detailScrollArea")));
    shoot(&window, QStringLiteral("main-window"));
    shoot(window.detailPane(), QStringLiteral("detail-pane"));

    // The audit of all users, finished: table, chart and counts.
    window.toggleAudit();
    QVERIFY(window.auditWindow() && window.auditWindow()->isVisible());
    AuditView* audit = window.auditView();
    QVERIFY(audit->startAudit(QStringLiteral("users")));
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isRunning(), 60000);
    shoot(window.auditWindow(), QStringLiteral("audit-window"));
    shoot(audit, QStringLiteral("audit-view"));

    window.exportPhotos();
    auto* exportDialog = window.findChild<ExportDialog*>();
    QVERIFY(exportDialog);
    shoot(exportDialog, QStringLiteral("export-dialog"));
    exportDialog->close();

    SignInDialog* signIn = window.signIn();
    shoot(signIn, QStringLiteral("sign-in"));
    signIn->findChild<QCheckBox*>(QStringLiteral("graphCliClientCheck"))->setChecked(true);
    QCoreApplication::processEvents(); // the dialog grows to fit the warning
    shoot(signIn, QStringLiteral("sign-in-borrowed-client"));
    signIn->close();

    SettingsDialog* settings = window.showSettings();
    shoot(settings, QStringLiteral("settings"));
    settings->close();

    m_problems.removeDuplicates();
    QVERIFY2(m_problems.isEmpty(), qPrintable(QStringLiteral("text cut off:\n  ") + m_problems.join(u"\n  ")));
}

void TestScreenshots::everyTextCanBeDrawn()
{
    // Names in every script: 王芳 of the demo tenant needs a CJK font, which a developer's machine may lack.
    constexpr char32_t kWang = 0x738B; // 王
    const QStringList cjk = familiesWith(kWang);
    if (cjk.isEmpty()) {
        QSKIP("No installed font has CJK characters (U+738B 王), so CJK names show as boxes and cannot be checked: "
              "install fonts-noto-cjk or fonts-wqy-microhei (as CI does) to run this check.");
    }
    qInfo().noquote() << "CJK fonts:" << cjk.join(QStringLiteral(", "));

    MainWindow window;
    QVERIFY(window.openDemo());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QModelIndex users = window.model()->topIndex(NodeKind::Users);
    const QModelIndex groups = window.model()->topIndex(NodeKind::Groups);
    window.treeView()->expand(window.filterModel()->mapFromSource(users));
    window.treeView()->expand(window.filterModel()->mapFromSource(groups));
    QTRY_VERIFY_WITH_TIMEOUT(window.model()->rowCount(users) > 10 && window.model()->rowCount(groups) > 0, 10000);
    // The person with a CJK name chosen: in the detail pane's labels too.
    QModelIndex han;
    for (int row = 0; row < window.model()->rowCount(users) && !han.isValid(); ++row) {
        const QModelIndex index = window.model()->index(row, 0, users);
        if (hasHan(index.data().toString())) {
            han = index;
        }
    }
    QVERIFY2(han.isValid(), "the demo tenant has a user with a CJK name");
    window.treeView()->setCurrentIndex(window.filterModel()->mapFromSource(han));
    QTRY_VERIFY_WITH_TIMEOUT(window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading(), 10000);
    window.toggleAudit();
    auto* audit = window.findChild<AuditView*>();
    QVERIFY(audit && audit->isVisible());
    QVERIFY(audit->startAudit(QStringLiteral("users groups")));
    QTRY_VERIFY_WITH_TIMEOUT(!audit->isRunning(), 60000);
    QCoreApplication::processEvents();

    QStringList problems;
    int hanTexts = 0;
    const auto check = [&](const QString& where, const QString& text, const QFont& font) {
        hanTexts += hasHan(text) ? 1 : 0;
        const QStringList missing = undrawable(text, font);
        if (!missing.isEmpty()) {
            problems << QStringLiteral("%1 '%2' (%3): no glyph for %4")
                            .arg(where, text, QFontInfo(font).family(), missing.join(QStringLiteral(", ")));
        }
    };
    const auto itemFont = [](const QModelIndex& index, const QWidget* view) {
        const QVariant font = index.data(Qt::FontRole);
        return font.isValid() ? font.value<QFont>().resolve(view->font()) : view->font();
    };
    // The tree, as far as it is expanded.
    const QTreeView* tree = window.treeView();
    const std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            check(QStringLiteral("tree"), index.data().toString(), itemFont(index, tree));
            if (tree->isExpanded(index)) {
                walk(index);
            }
        }
    };
    walk(tree->rootIndex());
    // The grid's faces.
    const FaceGridView* grid = window.gridView();
    for (int row = 0; row < grid->model()->rowCount(grid->rootIndex()); ++row) {
        const QModelIndex index = grid->model()->index(row, 0, grid->rootIndex());
        check(QStringLiteral("grid"), index.data().toString(), itemFont(index, grid));
    }
    // Every cell of the audit table.
    const QTableView* table = audit->tableView();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QModelIndex index = table->model()->index(row, column);
            check(QStringLiteral("audit table"), index.data().toString(), itemFont(index, table));
        }
    }
    // Every label shown.
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty()) {
            const QString text = label->textFormat() == Qt::PlainText || !Qt::mightBeRichText(label->text())
                ? label->text()
                : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
            check(QStringLiteral("label ") + label->objectName(), text, label->font());
        }
    }
    // 王芳 in the tree, the grid, the audit table and the detail pane's heading at least.
    QVERIFY2(hanTexts >= 4, qPrintable(QString::number(hanTexts)));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("text that cannot be drawn (installed CJK fonts: %1):\n  %2")
                            .arg(cjk.join(QStringLiteral(", ")), problems.join(u"\n  "))));
}

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
