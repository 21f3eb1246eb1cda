// The Import photos window on the offscreen platform against the in-process demo tenant: the plan of the shipped
// sample folder (every row's action and reason, no write at all), the filter, apply with a journal and
// verification, the new faces in the main window, undo, the audit's Fix…, Recent journals (only the tenant's own
// open), and a cancel that reports exactly what was written.
#include "AuditView.h"
#include "DetailPane.h"
#include "FaceGridView.h"
#include "ImportController.h"
#include "ImportPlanModel.h"
#include "ImportWindow.h"
#include "MainWindow.h"
#include "Session.h"
#include "bulk/ImportPlanner.h"
#include "bulk/JournalLibrary.h"
#include "bulk/PhotoJournal.h"
#include "bulk/WriteText.h"
#include "cache/ThumbnailLoader.h"
#include "emulator/DemoSamples.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "model/AuditModel.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Portrait;

namespace {

struct Expected
{
    QString action;
    QString reason;
};

int writeRequestsWithStatus(const GraphEmulator* emulator, int status)
{
    int n = 0;
    for (const RequestRecord& r : emulator->writeRequests()) {
        n += r.status == status ? 1 : 0;
    }
    return n;
}

} // namespace

class TestImportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void plansTheSampleFolderWithoutWriting();
    void filesThatAreNotSentShowTheirFaceToo();
    void filtersByAction();
    void fixFromTheAuditScopesThePlan();
    void applyWritesVerifiesJournalsAndShowsTheNewFaces();
    void undoPutsTheOriginalsBack();
    void recentJournalsOpenAJournal();
    void journalsOfAnotherTenantAreLabelledAndRefused();
    void cancelReportsExactlyWhatWasWritten();
    void demoJournalsStayOutOfTheUsersData();

private:
    /// What the plan of the sample folder must say for @p file, from the tenant and what the file is for.
    Expected expectedFor(const DemoSamples::Sample& sample) const;
    /// Plans the window's folder and waits for the plan.
    bool planAndWait();
    /// Confirms the open confirmation and waits until the window is @p state.
    bool confirmAndWait(ImportWindow::State state);
    int rowOfFile(const QString& file) const;
    GraphEmulator* emulator() const { return m_window->session()->emulator(); }

    MainWindow* m_window = nullptr;
    ImportWindow* m_import = nullptr;
    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_originals; ///< by principal id: the photo bytes before the apply
    QString m_setFile; ///< a file the apply gave someone's first photo from
    QString m_setPath; ///< that person
};

void TestImportWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("PortraitTest"));
    QVERIFY(m_dir.isValid());
    m_window = new MainWindow;
    m_window->importController()->setJournalLibrary(JournalLibrary(m_dir.filePath(QStringLiteral("journals"))));
    QVERIFY(m_window->openDemo());
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(!DemoSamples::importFolder().isEmpty());
    auto* action = m_window->findChild<QAction*>(QStringLiteral("importPhotosAction"));
    QVERIFY(action && action->isEnabled());
    action->trigger();
    m_import = m_window->importController()->importWindow();
    QVERIFY(m_import && m_import->isVisible());
    QVERIFY(m_import->isWindow());
    QVERIFY(!m_import->isModal());
    QCOMPARE(m_import->folder(), DemoSamples::importFolder());
    // It fits a 1366 x 768 screen.
    QVERIFY(m_import->minimumSizeHint().width() <= 1366);
    QVERIFY(m_import->minimumSizeHint().height() <= 700);
}

Expected TestImportWindow::expectedFor(const DemoSamples::Sample& sample) const
{
    const QString& purpose = sample.purpose;
    if (purpose.startsWith(QLatin1String("invalid: named"))) {
        return {QStringLiteral("invalid"), QStringLiteral("not-an-image")};
    }
    if (purpose.startsWith(QLatin1String("invalid:"))) {
        return {QStringLiteral("invalid"), QStringLiteral("too-small")};
    }
    if (purpose.startsWith(QLatin1String("ambiguous:"))) {
        return {QStringLiteral("ambiguous"), QStringLiteral("several-files")};
    }
    if (purpose.startsWith(QLatin1String("unmatched:"))
        || purpose.startsWith(QLatin1String("ambiguous with --match displayName"))) {
        return {QStringLiteral("unmatched"), QStringLiteral("no-principal")}; // the rule is by UPN, not by name
    }
    const DemoUser* user = emulator()->tenant().findUser(QFileInfo(sample.fileName).completeBaseName());
    if (!user) {
        return {QStringLiteral("?"), sample.fileName};
    }
    if (user->photo.state == PhotoState::NoMailbox) {
        return {QStringLiteral("unsupported"), QStringLiteral("ErrorNonExistentMailbox")};
    }
    if (user->photo.onPremisesMailbox) {
        return {QStringLiteral("unsupported"), QStringLiteral("MailboxNotHostedInExchangeOnline")};
    }
    return {user->photo.hasPhoto() ? QStringLiteral("replace") : QStringLiteral("set"), QString()};
}

bool TestImportWindow::planAndWait()
{
    if (!m_import->plan()) {
        return false;
    }
    return QTest::qWaitFor([this]() { return m_import->state() != ImportWindow::State::Planning; }, 30000)
        && m_import->state() == ImportWindow::State::Planned;
}

bool TestImportWindow::confirmAndWait(ImportWindow::State state)
{
    QMessageBox* box = m_import->confirmation();
    if (!box || !box->isVisible()) {
        return false;
    }
    auto* yes = box->findChild<QPushButton*>(QStringLiteral("confirmApplyButton"));
    if (!yes) {
        return false;
    }
    yes->click();
    return QTest::qWaitFor([this, state]() { return m_import->state() == state; }, 30000);
}

int TestImportWindow::rowOfFile(const QString& file) const
{
    for (int row = 0; row < m_import->model()->rowCount(); ++row) {
        if (m_import->model()->outcome(row).task.file == file) {
            return row;
        }
    }
    return -1;
}

void TestImportWindow::plansTheSampleFolderWithoutWriting()
{
    const quint64 writesBefore = emulator()->writeRequestCount();
    emulator()->clearRequestLog();
    QVERIFY(planAndWait());

    // Every picture has its row; the folder's README is not a picture and has none (it is not a failed image).
    QList<DemoSamples::Sample> samples;
    for (const DemoSamples::Sample& sample : DemoSamples::generate(emulator()->tenant())) {
        if (sample.fileName == QLatin1String("README.txt")) {
            QVERIFY(!ImportPlanner::looksLikeImage(sample.fileName));
            continue;
        }
        samples.append(sample);
    }
    ImportPlanModel* model = m_import->model();
    QCOMPARE(model->rowCount(), samples.size());
    QCOMPARE(rowOfFile(QStringLiteral("README.txt")), -1);
    QSet<QString> actionsSeen;
    for (const DemoSamples::Sample& sample : samples) {
        const int row = rowOfFile(sample.fileName);
        QVERIFY2(row >= 0, qPrintable(sample.fileName));
        const WriteOutcome& o = model->outcome(row);
        const Expected expected = expectedFor(sample);
        QVERIFY2(o.action == expected.action && o.reason == expected.reason,
                 qPrintable(QStringLiteral("%1: %2/%3, expected %4/%5")
                                .arg(sample.fileName, o.action, o.reason, expected.action, expected.reason)));
        actionsSeen.insert(o.action);
        // The table says it in words: the action's title and a sentence, never a bare code.
        const QString action = model->index(row, ImportPlanModel::ActionColumn).data().toString();
        QCOMPARE(action, writeActionTitle(o.action));
        const QString why = model->index(row, ImportPlanModel::ReasonColumn).data().toString();
        QVERIFY2(!why.isEmpty() && why != o.reason && why.endsWith(u'.'), qPrintable(sample.fileName + u' ' + why));
        QVERIFY(!o.applied);
        // Rows with a principal name it.
        if (o.task.principal.path.isValid()) {
            QVERIFY(model->index(row, ImportPlanModel::PersonColumn)
                        .data()
                        .toString()
                        .contains(o.task.principal.displayName));
        }
        if (expected.reason == QLatin1String("too-small")) {
            QCOMPARE(why, QStringLiteral("Too small (64 × 64 pixels): use a larger picture."));
        } else if (expected.reason == QLatin1String("several-files")) {
            QCOMPARE(why, QStringLiteral("Several files are for this person: keep one and plan again."));
        } else if (expected.reason == QLatin1String("no-principal")) {
            QCOMPARE(why, QStringLiteral("Nobody in the directory matches this file name."));
        } else if (expected.reason == QLatin1String("ErrorNonExistentMailbox")) {
            QCOMPARE(why, QStringLiteral("Not possible here: no Exchange Online mailbox."));
        } else if (expected.action == QLatin1String("set")) {
            QCOMPARE(why, QStringLiteral("No photo yet: this image becomes the photo."));
        } else if (expected.action == QLatin1String("replace")) {
            QCOMPARE(why, QStringLiteral("This image replaces the current photo."));
        }
    }
    // The sample folder shows a bit of everything.
    for (const char* action : {"set", "replace", "ambiguous", "unmatched", "invalid", "unsupported"}) {
        QVERIFY2(actionsSeen.contains(QLatin1String(action)), action);
    }

    // Both faces: the prepared image of every write, and the photo now of every principal that has one.
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        if (o.isWrite()) {
            QTRY_VERIFY_WITH_TIMEOUT(
                !model->index(row, ImportPlanModel::NewColumn).data(Qt::DecorationRole).value<QImage>().isNull(),
                10000);
        }
        if (o.action == QLatin1String("replace")) {
            QTRY_VERIFY_WITH_TIMEOUT(
                !model->index(row, ImportPlanModel::CurrentColumn).data(Qt::DecorationRole).value<QImage>().isNull(),
                10000);
        } else if (o.action == QLatin1String("set")) {
            QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ImportPlanModel::CurrentColumn).data().toString(),
                                      QStringLiteral("No photo"), 10000);
        }
    }
    // The summary counts the changes and says nothing was written; Apply is offered.
    const int writes
        = model->actionCounts().value(QStringLiteral("set")) + model->actionCounts().value(QStringLiteral("replace"));
    QVERIFY(writes > 0);
    QVERIFY2(m_import->summaryText().startsWith(
                 QStringLiteral("Photos that would change: %1. Nothing has been written yet.").arg(writes)),
             qPrintable(m_import->summaryText()));
    QVERIFY(m_import->findChild<QPushButton*>(QStringLiteral("applyButton"))->isEnabled());

    // The no-write guarantee: planning sent no PUT, PATCH or DELETE.
    QVERIFY(emulator()->writeRequests().isEmpty());
    QCOMPARE(emulator()->writeRequestCount(), writesBefore);
}

void TestImportWindow::filesThatAreNotSentShowTheirFaceToo()
{
    // An admin wants to see what a refused file is: every row whose file is a picture shows it, sent or not.
    ImportPlanModel* model = m_import->model();
    QSet<QString> notSentSeen;
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        if (o.reason == QLatin1String("not-an-image") || o.isWrite()) {
            continue;
        }
        const QModelIndex face = model->index(row, ImportPlanModel::NewColumn);
        QTRY_VERIFY2_WITH_TIMEOUT(!face.data(Qt::DecorationRole).value<QImage>().isNull(), qPrintable(o.task.file),
                                  10000);
        if (!o.task.image.ok) {
            QCOMPARE(face.data(Qt::ToolTipRole).toString(), QStringLiteral("The file as it is: it is not sent"));
        }
        notSentSeen.insert(o.action);
    }
    for (const char* action : {"invalid", "ambiguous", "unmatched", "unsupported"}) {
        QVERIFY2(notSentSeen.contains(QLatin1String(action)), action);
    }
    // A file named like a picture that is none has no face (and no tooltip claiming one).
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->outcome(row).reason == QLatin1String("not-an-image")) {
            const QModelIndex face = model->index(row, ImportPlanModel::NewColumn);
            QVERIFY(face.data(Qt::DecorationRole).value<QImage>().isNull());
            QVERIFY(face.data(Qt::ToolTipRole).toString().isEmpty());
        }
    }
}

void TestImportWindow::filtersByAction()
{
    QComboBox* filter = m_import->actionFilterCombo();
    QSortFilterProxyModel* shown = m_import->filterModel();
    const QHash<QString, int> counts = m_import->model()->actionCounts();
    QCOMPARE(filter->itemText(0), QStringLiteral("All rows (%1)").arg(m_import->model()->rowCount()));
    for (const QString& action : {QStringLiteral("unmatched"), QStringLiteral("invalid"), QStringLiteral("set")}) {
        const int item = filter->findData(action);
        QVERIFY2(item >= 0, qPrintable(action));
        QCOMPARE(filter->itemText(item), QStringLiteral("%1 (%2)").arg(writeActionTitle(action)).arg(counts[action]));
        filter->setCurrentIndex(item);
        QCOMPARE(shown->rowCount(), counts.value(action));
        for (int row = 0; row < shown->rowCount(); ++row) {
            QCOMPARE(shown->index(row, 0).data(ImportPlanModel::ActionRole).toString(), action);
        }
    }
    // The changes: set, replace and remove together.
    const int changes = filter->findText(QStringLiteral("Changes"), Qt::MatchStartsWith);
    QVERIFY(changes >= 0);
    filter->setCurrentIndex(changes);
    QCOMPARE(shown->rowCount(), counts.value(QStringLiteral("set")) + counts.value(QStringLiteral("replace")));
    filter->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), m_import->model()->rowCount());
}

void TestImportWindow::fixFromTheAuditScopesThePlan()
{
    m_window->toggleAudit();
    AuditView* audit = m_window->auditView();
    QVERIFY(audit);
    QSignalSpy finished(audit, &AuditView::auditFinished);
    QVERIFY(audit->startAudit(QStringLiteral("users")));
    QVERIFY(finished.wait(60000));
    auto* fix = audit->findChild<QPushButton*>(QStringLiteral("fixButton"));
    QVERIFY(fix && fix->isEnabled());
    fix->click();
    QTRY_VERIFY(m_import->isVisible());
    // The people without a real photo, and only them.
    QSet<QString> missing;
    for (const AuditRow& r : audit->model()->rows()) {
        if (r.photo.status == PhotoStatus::None || r.photo.status == PhotoStatus::Placeholder) {
            missing.insert(r.object.path.toString());
        }
    }
    QVERIFY(!missing.isEmpty());
    QSet<QString> only;
    for (const ItemPath& p : m_import->only()) {
        only.insert(p.toString());
    }
    QCOMPARE(only, missing);
    auto* onlyLabel = m_import->findChild<QLabel*>(QStringLiteral("onlyLabel"));
    QVERIFY(onlyLabel->isVisible());
    QVERIFY(onlyLabel->text().contains(QString::number(missing.size())));

    QVERIFY(planAndWait());
    ImportPlanModel* model = m_import->model();
    int set = 0;
    int left = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        if (o.isWrite()) {
            QVERIFY2(missing.contains(o.task.principal.path.toString()), qPrintable(o.task.file));
            ++set;
        }
        if (o.reason == QLatin1String("not-selected")) {
            QVERIFY(!missing.contains(o.task.principal.path.toString()));
            QCOMPARE(o.action, QStringLiteral("skip"));
            QCOMPARE(model->index(row, ImportPlanModel::ReasonColumn).data().toString(),
                     QStringLiteral("Matches someone who is not among the people chosen: left out."));
            ++left;
        }
    }
    QVERIFY(set > 0); // the sample folder's person without a photo
    QVERIFY(left > 0); // the people with photos
    QVERIFY(emulator()->writeRequests().isEmpty());
    m_window->toggleAudit(); // closes it

    // Back to everyone.
    m_import->findChild<QPushButton*>(QStringLiteral("everyoneButton"))->click();
    QVERIFY(m_import->only().isEmpty());
    QVERIFY(!onlyLabel->isVisible());
}

void TestImportWindow::applyWritesVerifiesJournalsAndShowsTheNewFaces()
{
    QVERIFY(planAndWait());
    ImportPlanModel* model = m_import->model();
    const DemoTenant& tenant = emulator()->tenant();
    int writes = 0;
    QString setPath;
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        if (!o.isWrite()) {
            continue;
        }
        ++writes;
        m_originals.insert(o.task.principal.id, tenant.photo(o.task.principal.id).bytes);
        if (o.action == QLatin1String("set")) {
            setPath = o.task.principal.path.toString();
            m_setFile = o.task.file;
            m_setPath = setPath;
        }
    }
    QVERIFY(!setPath.isEmpty());

    // The main window shows the person who gets a first photo: in the tree, the detail pane and the grid.
    DirectoryModel* directory = m_window->model();
    const QModelIndex users = directory->topIndex(NodeKind::Users);
    m_window->treeView()->expand(m_window->filterModel()->mapFromSource(users));
    QModelIndex person;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&]() {
            if (directory->canFetchMore(users)) {
                directory->fetchMore(users);
            }
            for (int row = 0; row < directory->rowCount(users); ++row) {
                const QModelIndex i = directory->index(row, 0, users);
                if (i.data(Roles::GraphPathRole).toString() == setPath) {
                    person = i;
                    return true;
                }
            }
            return false;
        }(),
        20000);
    const QModelIndex shownPerson = m_window->filterModel()->mapFromSource(person);
    m_window->treeView()->setCurrentIndex(shownPerson);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->hasPhotoInfo(), 10000);
    QCOMPARE(m_window->detailPane()->photoInfo().status, PhotoStatus::None);
    m_window->gridView()->scrollTo(shownPerson);
    m_window->gridView()->updateWanted();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thumbnailLoader()->thumbnail(setPath).status.has_value(), 10000);
    QCOMPARE(*m_window->thumbnailLoader()->thumbnail(setPath).status, PhotoStatus::None);

    // Apply asks first, saying how many photos change.
    emulator()->clearRequestLog();
    QSignalSpy written(m_import, &ImportWindow::photosWritten);
    m_import->findChild<QPushButton*>(QStringLiteral("applyButton"))->click();
    QMessageBox* box = m_import->confirmation();
    QVERIFY(box && box->isVisible());
    QVERIFY2(box->informativeText().startsWith(QStringLiteral("Photos that will change: %1 (").arg(writes)),
             qPrintable(box->informativeText()));
    QVERIFY(emulator()->writeRequests().isEmpty()); // nothing before the confirmation
    QVERIFY(confirmAndWait(ImportWindow::State::Applied));

    // Every write written and verified, and said so per row.
    int verified = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        if (!o.isWrite()) {
            QVERIFY(!o.applied);
            continue;
        }
        QVERIFY2(o.written && o.verified, qPrintable(o.task.file + u' ' + writeResultText(o)));
        QCOMPARE(model->index(row, ImportPlanModel::ResultColumn).data().toString(),
                 QStringLiteral("Written and verified"));
        ++verified;
    }
    QCOMPARE(verified, writes);
    QCOMPARE(writeRequestsWithStatus(emulator(), 200) + writeRequestsWithStatus(emulator(), 204), writes);
    QCOMPARE(written.size(), 1);
    QVERIFY(m_import->summaryText().startsWith(QStringLiteral("%1 written (%1 verified), 0 failed.").arg(writes)));

    // The journal: in the library, private, with an entry per write; its location is shown.
    const QString journal = m_import->journalDir();
    QVERIFY(journal.startsWith(m_window->importController()->journalLibrary().root()));
    QVERIFY(QFileInfo::exists(QDir(journal).filePath(QLatin1String(PhotoJournal::fileName))));
    QCOMPARE(QFileInfo(journal).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    const JournalSummary summary = JournalLibrary::summarize(journal);
    QCOMPARE(summary.written, writes);
    auto* journalLabel = m_import->findChild<QLabel*>(QStringLiteral("journalLabel"));
    QVERIFY(journalLabel->isVisible());
    QVERIFY(journalLabel->text().contains(QDir::toNativeSeparators(journal)));
    QVERIFY(m_import->findChild<QPushButton*>(QStringLiteral("openJournalButton"))->isVisible());

    // The new face: in the import window's "Photo now", the tree's status, the detail pane and the grid.
    const int setRow = rowOfFile(m_setFile);
    QTRY_VERIFY_WITH_TIMEOUT(
        !model->index(setRow, ImportPlanModel::CurrentColumn).data(Qt::DecorationRole).value<QImage>().isNull(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(PhotoStatus(person.data(Roles::PhotoStateRole).toInt()), PhotoStatus::Photo, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->hasPhotoInfo()
                                 && m_window->detailPane()->photoInfo().status == PhotoStatus::Photo,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thumbnailLoader()->thumbnail(setPath).status == PhotoStatus::Photo, 10000);
    QVERIFY(!m_window->thumbnailLoader()->thumbnail(setPath).image.isNull());
}

void TestImportWindow::undoPutsTheOriginalsBack()
{
    QVERIFY(m_import->state() == ImportWindow::State::Applied);
    auto* undo = m_import->findChild<QPushButton*>(QStringLiteral("undoButton"));
    QVERIFY(undo->isVisible() && undo->isEnabled());
    emulator()->clearRequestLog();
    undo->click();
    // A plan first: what would be put back, nothing written.
    QTRY_COMPARE_WITH_TIMEOUT(m_import->state(), ImportWindow::State::UndoPlanned, 20000);
    QVERIFY(emulator()->writeRequests().isEmpty());
    ImportPlanModel* model = m_import->model();
    QCOMPARE(model->rowCount(), m_originals.size());
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        const bool hadPhoto = !m_originals.value(o.task.principal.id).isEmpty();
        QCOMPARE(o.action, hadPhoto ? QStringLiteral("replace") : QStringLiteral("remove"));
        QCOMPARE(model->index(row, ImportPlanModel::ReasonColumn).data().toString(),
                 hadPhoto ? QStringLiteral("The photo from before is put back.")
                          : QStringLiteral("There was no photo before: the photo that was added is removed."));
        if (hadPhoto) { // the backup is the face put back
            QTRY_VERIFY_WITH_TIMEOUT(
                !model->index(row, ImportPlanModel::NewColumn).data(Qt::DecorationRole).value<QImage>().isNull(),
                10000);
        }
    }
    QVERIFY2(m_import->summaryText().startsWith(
                 QStringLiteral("Photos that undo would put back: %1. Nothing has been changed yet.")
                     .arg(m_originals.size())),
             qPrintable(m_import->summaryText()));

    m_import->apply();
    QVERIFY(confirmAndWait(ImportWindow::State::Undone));
    // Every original back: JPEG backups sent byte for byte, the photo that was added removed.
    const DemoTenant& tenant = emulator()->tenant();
    QHash<QByteArray, qint64> sent;
    for (const RequestRecord& r : emulator()->writeRequests()) {
        for (const auto& [name, value] : r.headers) {
            if (name.compare("content-length", Qt::CaseInsensitive) == 0 && r.method == "PUT") {
                sent.insert(r.target, value.toLongLong());
            }
        }
    }
    int byteForByte = 0;
    for (auto it = m_originals.cbegin(); it != m_originals.cend(); ++it) {
        if (it.value().isEmpty()) {
            QVERIFY2(tenant.photo(it.key()).isNull(), qPrintable(it.key() + QStringLiteral(" keeps the added photo")));
            continue;
        }
        QVERIFY(!tenant.photo(it.key()).isNull());
        if (it.value().startsWith("\xFF\xD8\xFF")) {
            QCOMPARE(sent.value("/v1.0/users/" + it.key().toUtf8() + "/photo/$value", -1), qint64(it.value().size()));
            ++byteForByte;
        }
    }
    QVERIFY(byteForByte > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        QVERIFY(model->outcome(row).written);
    }
    QVERIFY(JournalLibrary::summarize(m_import->journalDir()).isUndone());
    // The main window's face is gone again.
    const QString setPath = m_setPath;
    QTRY_VERIFY_WITH_TIMEOUT(m_window->thumbnailLoader()->thumbnail(setPath).status == PhotoStatus::None, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->detailPane()->hasPhotoInfo()
                                 && m_window->detailPane()->photoInfo().status == PhotoStatus::None,
                             10000);
    QVERIFY(!m_import->findChild<QPushButton*>(QStringLiteral("undoButton"))->isEnabled()); // nothing left to undo
}

void TestImportWindow::recentJournalsOpenAJournal()
{
    const QString journal = m_import->journalDir();
    QMenu* recent = m_window->importController()->recentJournalsMenu();
    emit recent->aboutToShow();
    QList<QAction*> entries;
    for (QAction* a : recent->actions()) {
        if (!a->isSeparator() && a->toolTip() == QDir::toNativeSeparators(journal)) {
            entries << a;
        }
    }
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first()->text().startsWith(QLatin1String("&1 ")));
    QVERIFY(entries.first()->text().contains(QLatin1String("(undone)")));
    m_import->close();
    entries.first()->trigger();
    QTRY_VERIFY(m_import->isVisible());
    QCOMPARE(m_import->state(), ImportWindow::State::JournalShown);
    QCOMPARE(m_import->model()->rowCount(), m_originals.size());
    QVERIFY2(
        m_import->summaryText().contains(QStringLiteral("%1 written, 0 failed, %1 undone.").arg(m_originals.size())),
        qPrintable(m_import->summaryText()));
    for (int row = 0; row < m_import->model()->rowCount(); ++row) {
        QVERIFY(m_import->model()
                    ->index(row, ImportPlanModel::ResultColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Written and verified; Undone")));
    }
    // Undone already: undo is not offered again.
    QVERIFY(!m_import->findChild<QPushButton*>(QStringLiteral("undoButton"))->isEnabled());
}

void TestImportWindow::journalsOfAnotherTenantAreLabelledAndRefused()
{
    // The import's journal records the demo tenant it was written in.
    const JournalSummary own = JournalLibrary::summarize(m_import->journalDir());
    QVERIFY(own.tenant.demo);
    QCOMPARE(own.tenant.id, emulator()->tenant().tenantId().toLower());

    // A journal of another tenant and one from before tenants were recorded, in the same library.
    const JournalLibrary library = m_window->importController()->journalLibrary();
    JournalTenant elsewhere;
    elsewhere.id = QStringLiteral("9f8e7d6c-5b4a-4321-8765-43210fedcba9");
    elsewhere.graphRoot = QStringLiteral("https://graph.microsoft.com/v1.0");
    elsewhere.account = QStringLiteral("work");
    JournalEntry e;
    e.path = ItemPath::user(emulator()->tenant().users().at(3).id);
    e.kind = QStringLiteral("user");
    e.displayName = QStringLiteral("Someone elsewhere");
    e.action = QStringLiteral("set");
    e.state = QStringLiteral("written");
    QString error;
    PhotoJournal foreign;
    QVERIFY2(foreign.open(library.createFolder(&error, QDateTime::currentDateTime().addSecs(1)), &error, elsewhere),
             qPrintable(error));
    QVERIFY2(foreign.put(e, &error), qPrintable(error));
    PhotoJournal old;
    QVERIFY2(old.open(library.createFolder(&error, QDateTime::currentDateTime().addSecs(2)), &error),
             qPrintable(error));
    QVERIFY2(old.put(e, &error), qPrintable(error));

    // Recent journals lists both (a journal is never hidden as if lost), the foreign one labelled and disabled.
    QMenu* recent = m_window->importController()->recentJournalsMenu();
    emit recent->aboutToShow();
    QAction* foreignEntry = nullptr;
    QAction* oldEntry = nullptr;
    QAction* ownEntry = nullptr;
    for (QAction* a : recent->actions()) {
        foreignEntry = a->toolTip() == QDir::toNativeSeparators(foreign.dir()) ? a : foreignEntry;
        oldEntry = a->toolTip() == QDir::toNativeSeparators(old.dir()) ? a : oldEntry;
        ownEntry = a->toolTip() == QDir::toNativeSeparators(m_import->journalDir()) ? a : ownEntry;
    }
    QVERIFY(foreignEntry && oldEntry && ownEntry);
    QVERIFY2(
        foreignEntry->text().endsWith(QStringLiteral("(another tenant: tenant %1 (account work))").arg(elsewhere.id)),
        qPrintable(foreignEntry->text()));
    QVERIFY(!foreignEntry->isEnabled());
    QVERIFY(oldEntry->isEnabled());
    QVERIFY(!oldEntry->text().contains(QLatin1String("another tenant")));
    QVERIFY(ownEntry->isEnabled());

    // Opened anyway (Open journal… takes any folder): refused with a message, the journal shown before stays.
    const QString shown = m_import->journalDir();
    QVERIFY(!m_import->openJournal(foreign.dir()));
    auto* message = m_import->findChild<QLabel*>(QStringLiteral("importErrorLabel"));
    QVERIFY(message && !message->isHidden());
    QVERIFY2(message->text().startsWith(QStringLiteral("This journal belongs to another tenant (tenant %1 (account "
                                                       "work)), not to the one you are connected to (the demo "
                                                       "tenant).")
                                            .arg(elsewhere.id)),
             qPrintable(message->text()));
    QCOMPARE(m_import->journalDir(), shown);
    QCOMPARE(m_import->state(), ImportWindow::State::JournalShown);

    // The old journal opens as before.
    QVERIFY(m_import->openJournal(old.dir()));
    QVERIFY(message->isHidden());
    QVERIFY(QDir(foreign.dir()).removeRecursively());
    QVERIFY(QDir(old.dir()).removeRecursively());
}

void TestImportWindow::cancelReportsExactlyWhatWasWritten()
{
    // A folder of many photos, written slowly: cancel after the first is written. More than a run hands to the
    // scheduler at once (it reads ahead and saves the journal ahead of a group of writes), so some are left.
    QTemporaryDir folder;
    int files = 0;
    for (const DemoUser& user : emulator()->tenant().users()) {
        if (user.photo.state == PhotoState::NoMailbox || user.photo.onPremisesMailbox || user.guest || files == 160) {
            continue;
        }
        QImage image(200, 200, QImage::Format_RGB32);
        image.fill(QColor::fromHsv((files * 37) % 360, 160, 200));
        QVERIFY(image.save(folder.filePath(user.userPrincipalName + QStringLiteral(".jpg")), "JPEG"));
        ++files;
    }
    QVERIFY(files >= 150);
    m_import->setFolder(folder.path());
    QVERIFY(planAndWait());
    QCOMPARE(m_import->model()->actionCounts().value(QStringLiteral("set"))
                 + m_import->model()->actionCounts().value(QStringLiteral("replace")),
             files);
    EmulatorLimits slow = emulator()->limits();
    slow.photoWriteServiceMs = 150;
    emulator()->setLimits(slow);
    emulator()->clearRequestLog();
    QSignalSpy progress(m_import->progressBar(), &QProgressBar::valueChanged);
    m_import->apply();
    QVERIFY(m_import->confirmation());
    m_import->confirmation()->findChild<QPushButton*>(QStringLiteral("confirmApplyButton"))->click();
    QCOMPARE(m_import->state(), ImportWindow::State::Applying);
    QTRY_VERIFY_WITH_TIMEOUT(m_import->progressBar()->value() >= 1, 20000);
    m_import->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(m_import->state(), ImportWindow::State::Applied, 30000);
    emulator()->setLimits(EmulatorLimits());

    // What the table says was written is what the emulator received, and the rest says it was not written.
    ImportPlanModel* model = m_import->model();
    int written = 0;
    int cancelled = 0;
    QSet<QString> writtenPaths;
    for (int row = 0; row < model->rowCount(); ++row) {
        const WriteOutcome& o = model->outcome(row);
        if (o.written) {
            ++written;
            writtenPaths.insert(QStringLiteral("/v1.0/") + o.task.principal.path.toString()
                                + QStringLiteral("/photo/$value"));
        } else {
            QVERIFY2(model->note(row) == QStringLiteral("Not written: cancelled"),
                     qPrintable(QStringLiteral("%1: action %2, reason %3, applied %4, error %5, note '%6'")
                                    .arg(o.task.file, o.action, o.reason)
                                    .arg(o.applied)
                                    .arg(o.error.toString(), model->note(row))));
            ++cancelled;
        }
    }
    QVERIFY(written >= 1);
    QVERIFY2(cancelled > 0, "the cancel came after the end: nothing was left to cancel");
    QSet<QString> received;
    for (const RequestRecord& r : emulator()->writeRequests()) {
        QVERIFY(r.status == 200 || r.status == 204);
        received.insert(QString::fromUtf8(r.target));
    }
    QCOMPARE(received, writtenPaths);
    QCOMPARE(JournalLibrary::summarize(m_import->journalDir()).written, written);
    QVERIFY2(m_import->summaryText().contains(QStringLiteral("Not written (cancelled): %1.").arg(cancelled)),
             qPrintable(m_import->summaryText()));

    // Undo puts the new ones away again (the tenant as the other tests found it).
    QVERIFY(m_import->planUndo());
    QTRY_COMPARE_WITH_TIMEOUT(m_import->state(), ImportWindow::State::UndoPlanned, 20000);
    m_import->apply();
    QVERIFY(confirmAndWait(ImportWindow::State::Undone));
}

void TestImportWindow::demoJournalsStayOutOfTheUsersData()
{
    // The demo tenant is forgotten when the program ends; so are its journals (a temporary folder), which would
    // otherwise fill the user's data folder and offer to undo changes to a tenant that no longer exists.
    MainWindow window;
    QVERIFY(window.openDemo());
    const QString root = window.importController()->journalLibrary().root();
    QVERIFY2(!root.startsWith(JournalLibrary::defaultRoot()), qPrintable(root));
    QVERIFY2(root.startsWith(QDir::tempPath()), qPrintable(root));
}

QTEST_MAIN(TestImportWindow)
#include "TestImportWindow.moc"
