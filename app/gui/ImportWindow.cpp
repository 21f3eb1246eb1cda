#include "ImportWindow.h"

#include "ImportPlanModel.h"
#include "Theme.h"
#include "bulk/ImportPlanner.h"
#include "bulk/PhotoWriteRun.h"
#include "bulk/WriteText.h"
#include "cache/ThumbnailLoader.h"
#include "emulator/DemoSamples.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"
#include "graph/RequestScheduler.h"
#include "graph/WhenReady.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Portrait {

namespace {

constexpr int kFaceEdge = 48; ///< the faces in the table, in logical pixels
const QString kWrites = QStringLiteral("(set|replace|remove)");

QImage scaledFace(const QByteArray& bytes, int edge)
{
    const QImage image = GraphImage::decode(bytes);
    return image.isNull() ? image : image.scaled(edge, edge, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QImage scaledFaceFromFile(const QString& path, int edge)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? scaledFace(file.readAll(), edge) : QImage();
}

/// "Set: 2 · Replace: 4 · Skip: 1", in the order the actions are listed in CLI.md.
QString countsText(const QHash<QString, int>& counts)
{
    QStringList parts;
    for (const char* action :
         {"set", "replace", "remove", "unchanged", "skip", "unmatched", "ambiguous", "invalid", "unsupported"}) {
        const int n = counts.value(QLatin1String(action));
        if (n > 0) {
            parts << QStringLiteral("%1: %2").arg(writeActionTitle(QLatin1String(action)), QLocale().toString(n));
        }
    }
    return parts.join(QStringLiteral(" · "));
}

int writesIn(const QHash<QString, int>& counts)
{
    return counts.value(QStringLiteral("set")) + counts.value(QStringLiteral("replace"))
        + counts.value(QStringLiteral("remove"));
}

} // namespace

ImportWindow::ImportWindow(QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_model(new ImportPlanModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("importWindow"));
    setWindowTitle(tr("Import photos"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(ImportPlanModel::ActionRole);
    m_filter->setFilterKeyColumn(ImportPlanModel::ActionColumn);

    // What to import.
    m_folderEdit = new QLineEdit(this);
    m_folderEdit->setObjectName(QStringLiteral("folderEdit"));
    m_folderEdit->setAccessibleName(tr("Folder of images"));
    m_folderEdit->setPlaceholderText(tr("A folder of photos named after the people"));
    m_folderButton = new QPushButton(tr("C&hoose…"), this);
    m_folderButton->setObjectName(QStringLiteral("chooseFolderButton"));
    m_folderButton->setAccessibleName(tr("Choose the folder"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_folderButton);

    m_ruleCombo = new QComboBox(this);
    m_ruleCombo->setObjectName(QStringLiteral("matchRuleComboBox"));
    m_ruleCombo->setAccessibleName(tr("Match file names by"));
    m_ruleCombo->addItem(tr("Sign-in name, then mail, id, employee ID"), int(PhotoMatcher::Rule::Auto));
    m_ruleCombo->addItem(tr("Sign-in name (UPN)"), int(PhotoMatcher::Rule::Upn));
    m_ruleCombo->addItem(tr("Mail address"), int(PhotoMatcher::Rule::Mail));
    m_ruleCombo->addItem(tr("Object id"), int(PhotoMatcher::Rule::Id));
    m_ruleCombo->addItem(tr("Employee ID"), int(PhotoMatcher::Rule::EmployeeId));
    m_ruleCombo->addItem(tr("Display name"), int(PhotoMatcher::Rule::DisplayName));
    m_ruleCombo->setToolTip(tr("A file's name without its extension is compared with this, ignoring case."));
    m_mapEdit = new QLineEdit(this);
    m_mapEdit->setObjectName(QStringLiteral("mapEdit"));
    m_mapEdit->setAccessibleName(tr("CSV map"));
    m_mapEdit->setPlaceholderText(tr("Optional: a CSV of file,principal rows"));
    m_mapEdit->setToolTip(tr("A CSV file with the header file,principal: each row names the person of one file "
                             "(a UPN, mail, id or address such as users/…). Files it does not name are matched "
                             "by their names."));
    m_mapButton = new QPushButton(tr("Choos&e map…"), this);
    m_mapButton->setObjectName(QStringLiteral("chooseMapButton"));
    m_mapButton->setAccessibleName(tr("Choose a CSV map"));
    auto* matchRow = new QHBoxLayout;
    matchRow->addWidget(m_ruleCombo);
    auto* mapLabel = new QLabel(tr("or a C&SV map:"), this);
    mapLabel->setBuddy(m_mapEdit);
    matchRow->addWidget(mapLabel);
    matchRow->addWidget(m_mapEdit, 1);
    matchRow->addWidget(m_mapButton);

    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("importScopeComboBox"));
    m_scopeCombo->setAccessibleName(tr("Whose photos"));
    m_scopeCombo->addItem(tr("Users"), QStringLiteral("users"));
    m_scopeCombo->addItem(tr("Users and groups"), QStringLiteral("users groups"));
    m_onlyMissing = new QCheckBox(tr("Only people &without a photo"), this);
    m_onlyMissing->setObjectName(QStringLiteral("onlyMissingCheckBox"));
    m_onlyMissing->setToolTip(tr("Leave everyone who has a photo as they are."));
    m_planButton = new QPushButton(tr("&Plan"), this);
    m_planButton->setObjectName(QStringLiteral("planButton"));
    m_planButton->setToolTip(tr("Match the files and say what would change; nothing is written."));
    m_planButton->setDefault(true);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_scopeCombo);
    optionsRow->addWidget(m_onlyMissing);
    optionsRow->addStretch();
    optionsRow->addWidget(m_planButton);

    m_onlyLabel = new QLabel(this);
    m_onlyLabel->setObjectName(QStringLiteral("onlyLabel"));
    m_onlyLabel->setTextFormat(Qt::PlainText);
    m_onlyLabel->setWordWrap(true);
    m_everyoneButton = new QPushButton(tr("Ever&yone"), this);
    m_everyoneButton->setObjectName(QStringLiteral("everyoneButton"));
    m_everyoneButton->setAccessibleName(tr("Import for everyone"));
    m_everyoneButton->setToolTip(tr("Plan for everyone, not only the people chosen in the audit."));
    auto* onlyRow = new QHBoxLayout;
    onlyRow->addWidget(m_onlyLabel, 1);
    onlyRow->addWidget(m_everyoneButton);

    auto* form = new QFormLayout;
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folderEdit);
    form->addRow(folderLabel, folderRow);
    auto* ruleLabel = new QLabel(tr("&Match by:"), this);
    ruleLabel->setBuddy(m_ruleCombo);
    form->addRow(ruleLabel, matchRow);
    auto* scopeLabel = new QLabel(tr("&Look in:"), this);
    scopeLabel->setBuddy(m_scopeCombo);
    form->addRow(scopeLabel, optionsRow);

    // The plan.
    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("actionFilterComboBox"));
    m_actionFilter->setAccessibleName(tr("Show action"));
    m_actionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* filterLabel = new QLabel(tr("Sh&ow:"), this);
    filterLabel->setBuddy(m_actionFilter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("importErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::markAsError(m_errorLabel);
    m_errorLabel->hide();
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_actionFilter);
    filterRow->addWidget(m_summary, 1);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("importTableView"));
    m_table->setAccessibleName(tr("Import plan"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setIconSize(QSize(kFaceEdge, kFaceEdge));
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(kFaceEdge + 10);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ImportPlanModel::ReasonColumn, QHeaderView::Stretch);
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [this, &metrics](int column, const QStringList& words, int minimum) {
        int width = std::max(minimum, m_table->horizontalHeader()->sectionSizeHint(column));
        for (const QString& word : words) {
            width = std::max(width, metrics.horizontalAdvance(word) + 2 * metrics.averageCharWidth());
        }
        m_table->setColumnWidth(column, width);
    };
    fit(ImportPlanModel::CurrentColumn, {photoStatusTitle(PhotoStatus::Unavailable)}, kFaceEdge + 16);
    fit(ImportPlanModel::NewColumn, {}, kFaceEdge + 16);
    QStringList actions;
    for (const char* a :
         {"set", "replace", "remove", "unchanged", "skip", "unmatched", "ambiguous", "invalid", "unsupported"}) {
        actions << writeActionTitle(QLatin1String(a));
    }
    fit(ImportPlanModel::ActionColumn, actions, 0);
    m_table->setColumnWidth(ImportPlanModel::PersonColumn, 230);
    m_table->setColumnWidth(ImportPlanModel::FileColumn, 200);
    m_table->setColumnWidth(ImportPlanModel::ResultColumn, 170);

    // Doing it.
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgressBar"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_applyButton = new QPushButton(tr("&Apply…"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    m_undoButton = new QPushButton(tr("&Undo this import…"), this);
    m_undoButton->setObjectName(QStringLiteral("undoButton"));
    m_undoButton->setToolTip(tr("Say what undoing would put back, then put it back when you confirm."));
    auto* closeButton = new QPushButton(tr("Close"), this);
    closeButton->setObjectName(QStringLiteral("importCloseButton"));
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_applyButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_undoButton);
    runRow->addWidget(closeButton);

    m_journalLabel = new QLabel(this);
    m_journalLabel->setObjectName(QStringLiteral("journalLabel"));
    m_journalLabel->setTextFormat(Qt::PlainText);
    m_journalLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_journalLabel->setWordWrap(true);
    m_openJournalButton = new QPushButton(tr("Open &journal folder"), this);
    m_openJournalButton->setObjectName(QStringLiteral("openJournalButton"));
    m_openJournalButton->setToolTip(tr("The journal holds a backup of every photo this import changed."));
    auto* journalRow = new QHBoxLayout;
    journalRow->addWidget(m_journalLabel, 1);
    journalRow->addWidget(m_openJournalButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(onlyRow);
    layout->addWidget(m_errorLabel);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(runRow);
    layout->addLayout(journalRow);

    connect(m_folderButton, &QPushButton::clicked, this, &ImportWindow::chooseFolder);
    connect(m_mapButton, &QPushButton::clicked, this, &ImportWindow::chooseMap);
    connect(m_folderEdit, &QLineEdit::returnPressed, this, &ImportWindow::plan);
    connect(m_planButton, &QPushButton::clicked, this, &ImportWindow::plan);
    connect(m_everyoneButton, &QPushButton::clicked, this, [this]() { setOnly({}); });
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &ImportWindow::applyFilter);
    connect(m_applyButton, &QPushButton::clicked, this, &ImportWindow::apply);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportWindow::cancel);
    connect(m_undoButton, &QPushButton::clicked, this, &ImportWindow::planUndo);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_openJournalButton, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(QUrl::fromLocalFile(m_journal.dir())); });
    auto* closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Close);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    // Fits a 1366 x 768 screen with room for the panel; larger screens get a comfortable size.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1366, 740);
    resize(std::min(1220, screen.width() * 95 / 100), std::min(760, screen.height() * 85 / 100));
    setOnly({});
    rebuildFilter();
    m_summary->setText(tr("Choose a folder of photos named after the people (e.g. adele@contoso.com.jpg), then "
                          "Plan: nothing is written until you apply the plan."));
    updateControls();
}

ImportWindow::~ImportWindow() = default;

void ImportWindow::setClient(GraphClient* client, bool demo)
{
    if (client == m_client && demo == m_demo) {
        return;
    }
    // The connection goes away: nothing of ours may use it after this (a journal left `writing` says what a
    // write cut short did, as after a kill).
    if (m_confirm) {
        m_confirm->close();
    }
    delete m_planner.data();
    delete m_run.data();
    m_cancelled = true;
    m_client = client;
    m_demo = demo;
    m_model->clear();
    m_model->setThumbnailLoader(nullptr);
    m_faces.reset();
    m_journalOpen = false;
    m_tasks.clear();
    m_written.clear();
    if (client) {
        m_faces = std::make_unique<ThumbnailLoader>(RequestScheduler::of(client));
        m_faces->setEdge(qRound(kFaceEdge * devicePixelRatioF()));
        m_model->setThumbnailLoader(m_faces.get());
    }
    const QString folder
        = demo ? DemoSamples::importFolder() : QSettings().value(QStringLiteral("import/folder")).toString();
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    setState(State::Idle);
}

void ImportWindow::setOnly(const QList<ItemPath>& principals)
{
    m_only = principals;
    m_onlyLabel->setText(
        tr("Only the people chosen in the audit (%1): files for anyone else are left out.").arg(principals.size()));
    m_onlyLabel->setVisible(!principals.isEmpty());
    m_everyoneButton->setVisible(!principals.isEmpty());
    bool groups = false;
    for (const ItemPath& p : principals) {
        groups = groups || p.kind() == ItemPath::Kind::Group;
    }
    if (groups) {
        m_scopeCombo->setCurrentIndex(m_scopeCombo->findData(QStringLiteral("users groups")));
    }
}

void ImportWindow::setFolder(const QString& folder)
{
    m_folderEdit->setText(QDir::toNativeSeparators(folder));
}

QString ImportWindow::folder() const
{
    return QDir::fromNativeSeparators(m_folderEdit->text().trimmed());
}

bool ImportWindow::isBusy() const
{
    return m_state == State::Planning || m_state == State::Applying || m_state == State::UndoPlanning
        || m_state == State::Undoing;
}

QMessageBox* ImportWindow::confirmation() const
{
    return m_confirm.data();
}

QString ImportWindow::summaryText() const
{
    return m_summary->text();
}

void ImportWindow::setState(State state)
{
    m_state = state;
    updateControls();
    emit stateChanged(state);
}

void ImportWindow::updateControls()
{
    const bool busy = isBusy();
    const bool connected = m_client != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_folderEdit, m_folderButton, m_ruleCombo, m_mapEdit, m_mapButton,
                                                      m_scopeCombo, m_onlyMissing, m_everyoneButton}) {
        w->setEnabled(!busy);
    }
    m_planButton->setEnabled(!busy && connected);
    const int writes = writesIn(m_model->actionCounts());
    const bool planned = m_state == State::Planned || m_state == State::UndoPlanned;
    m_applyButton->setEnabled(connected && planned && writes > 0);
    m_applyButton->setText(m_state == State::UndoPlanned ? tr("&Apply the undo…") : tr("&Apply…"));
    m_cancelButton->setEnabled(busy);
    bool undoable = false;
    if (m_journalOpen) {
        for (const JournalEntry& e : m_journal.entries()) {
            undoable = undoable || (e.undone.isEmpty() && e.state != QLatin1String("failed"));
        }
    }
    const bool afterWrites = m_state == State::Applied || m_state == State::JournalShown || m_state == State::Undone;
    m_undoButton->setVisible(m_journalOpen);
    m_undoButton->setEnabled(connected && afterWrites && undoable);
    m_journalLabel->setVisible(m_journalOpen);
    m_openJournalButton->setVisible(m_journalOpen);
    m_actionFilter->setEnabled(m_model->rowCount() > 0);
}

void ImportWindow::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Folder of photos"), folder());
    dialog->setObjectName(QStringLiteral("importFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { setFolder(path); });
    dialog->open();
}

void ImportWindow::chooseMap()
{
    auto* dialog = new QFileDialog(this, tr("CSV map"), folder(), tr("CSV files (*.csv);;All files (*)"));
    dialog->setObjectName(QStringLiteral("importMapDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { m_mapEdit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

void ImportWindow::fail(const QString& message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void ImportWindow::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

bool ImportWindow::plan()
{
    if (!m_client || isBusy()) {
        return false;
    }
    clearError();
    const QString dir = folder();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        fail(dir.isEmpty() ? tr("Choose a folder of photos first.")
                           : tr("'%1' is not a folder.").arg(QDir::toNativeSeparators(dir)));
        return false;
    }
    ImportOptions options;
    options.folder = dir;
    options.rule = PhotoMatcher::Rule(m_ruleCombo->currentData().toInt());
    options.mapFile = QDir::fromNativeSeparators(m_mapEdit->text().trimmed());
    if (!options.mapFile.isEmpty() && !QFileInfo(options.mapFile).isFile()) {
        fail(tr("The CSV map '%1' is not a file.").arg(m_mapEdit->text().trimmed()));
        return false;
    }
    options.scopes = {ItemPath::users()};
    if (m_scopeCombo->currentData().toString().contains(QLatin1String("groups"))) {
        options.scopes << ItemPath::groups();
    }
    options.only = m_only;
    if (!m_demo) {
        QSettings().setValue(QStringLiteral("import/folder"), dir);
    }
    m_model->clear();
    m_tasks.clear();
    m_written.clear();
    m_planFolder = dir;
    m_journalOpen = false;
    m_journal = PhotoJournal();
    m_cancelled = false;
    m_progress->setRange(0, 0);
    m_summary->setText(tr("Reading the folder and the directory… nothing is written."));
    setState(State::Planning);
    auto* planner = new ImportPlanner(m_client, options, this);
    m_planner = planner;
    connect(planner, &ImportPlanner::finished, this, &ImportWindow::planFinished);
    planner->start();
    return true;
}

void ImportWindow::planFinished()
{
    ImportPlanner* planner = m_planner;
    m_planner = nullptr;
    if (!planner) {
        return;
    }
    planner->deleteLater();
    if (planner->error().isError()) {
        m_progress->setRange(0, 1);
        setState(State::Idle);
        fail(tr("Cannot plan: %1").arg(errorDisplayText(planner->error())));
        return;
    }
    m_decided = planner->decided();
    m_tasks = planner->tasks();
    startRun(m_tasks, false);
}

void ImportWindow::startRun(QList<WriteTask> tasks, bool apply)
{
    const bool undo = m_state == State::UndoPlanning || m_state == State::Undoing;
    auto* run = new PhotoWriteRun(m_client, m_journalOpen ? &m_journal : nullptr, tasks, this);
    m_run = run;
    m_runApplies = apply;
    m_received.clear();
    run->setApply(apply);
    run->setOnlyMissing(!undo && m_onlyMissing->isChecked());
    if (apply) {
        m_progress->setRange(0, int(tasks.size()));
        m_progress->setValue(0);
        m_progress->setTextVisible(true);
        m_progress->setFormat(tr("%v of %m"));
        connect(run, &PhotoWriteRun::taskFinished, this, [this](const WriteOutcome& o) {
            m_model->setOutcome(o);
            m_received.insert(m_model->rowOf(o));
            m_progress->setValue(m_progress->value() + 1);
            if (o.written) {
                m_written << o;
            }
        });
    }
    connect(run, &PhotoWriteRun::finished, this, &ImportWindow::runFinished);
    run->start();
}

void ImportWindow::runFinished()
{
    PhotoWriteRun* run = m_run;
    m_run = nullptr;
    if (!run) {
        return;
    }
    run->deleteLater();
    m_progress->setRange(0, 1);
    m_progress->setValue(m_runApplies ? 1 : 0);
    m_progress->setTextVisible(false);
    const GraphError error = run->error();
    switch (m_state) {
    case State::Planning:
    case State::UndoPlanning: {
        const bool undo = m_state == State::UndoPlanning;
        if (m_cancelled) {
            setState(undo ? State::Applied : State::Idle);
            m_summary->setText(tr("Planning cancelled; nothing was written."));
            return;
        }
        QList<WriteOutcome> rows = undo ? QList<WriteOutcome>() : m_decided;
        rows += run->outcomes();
        m_decided.clear();
        showRows(rows);
        setState(undo ? State::UndoPlanned : State::Planned);
        showSummary();
        break;
    }
    case State::Applying:
    case State::Undoing: {
        // Rows the run never reached (cancelled, or stopped by an authentication failure) say they were not
        // written: the table then says exactly what was.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->outcome(row).isWrite() && !m_received.contains(row)) {
                m_model->setNote(row, tr("Not written: cancelled"));
            } else if (m_model->outcome(row).reason == QLatin1String("cancelled")) {
                m_model->setNote(row, tr("Not written: cancelled"));
            }
        }
        setState(m_state == State::Applying ? State::Applied : State::Undone);
        showSummary();
        showJournalLocation();
        QList<ItemPath> changed;
        for (const WriteOutcome& o : std::as_const(m_written)) {
            changed << o.task.principal.path;
        }
        refreshFaces(changed);
        if (!m_written.isEmpty()) {
            emit photosWritten(m_written);
        }
        break;
    }
    default:
        break;
    }
    if (error.isError()) {
        fail(tr("Stopped: %1").arg(errorDisplayText(error)));
    }
    rebuildFilter();
    updateControls();
}

void ImportWindow::showRows(QList<WriteOutcome> rows)
{
    // By file as people read names (the two files of one person side by side, whatever their case); an undo's
    // rows (no file for a removal) by name.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const WriteOutcome& a, const WriteOutcome& b) {
        const QString& ka = a.task.file.isEmpty() ? a.task.principal.displayName : a.task.file;
        const QString& kb = b.task.file.isEmpty() ? b.task.principal.displayName : b.task.file;
        return collator.compare(ka, kb) < 0;
    });
    m_model->clear();
    m_model->setOutcomes(rows);
    prepareFaces(rows);
    if (m_faces) {
        m_faces->setWanted(m_model->principals());
    }
    rebuildFilter();
}

void ImportWindow::prepareFaces(const QList<WriteOutcome>& rows)
{
    const int edge = qRound(kFaceEdge * devicePixelRatioF());
    const QString journalDir = m_journalOpen ? m_journal.dir() : QString();
    for (const WriteOutcome& o : rows) {
        const int row = m_model->rowOf(o);
        QFuture<QImage> face;
        if (o.task.kind == WriteTask::Kind::Set && o.task.image.ok && !o.task.image.jpeg.isEmpty()) {
            face = QtConcurrent::run(&scaledFace, o.task.image.jpeg, edge);
        } else if (o.task.kind == WriteTask::Kind::Undo && !o.backup.isEmpty() && !journalDir.isEmpty()) {
            // What an undo puts back: the backup in the journal.
            face = QtConcurrent::run(&scaledFaceFromFile, QDir(journalDir).filePath(o.backup), edge);
        } else if (o.task.kind == WriteTask::Kind::Set && !o.task.file.isEmpty() && !m_planFolder.isEmpty()) {
            // A file that is not sent (too small, unmatched, ambiguous...): shown as it is, so that one sees what
            // it is. A file that is no picture at all gives no face.
            face = QtConcurrent::run(&scaledFaceFromFile, QDir(m_planFolder).filePath(o.task.file), edge);
        } else {
            continue;
        }
        // The rows are rebuilt by the next plan: a face that arrives late finds its row by its key, or none.
        const WriteOutcome key = [&o]() {
            WriteOutcome k;
            k.task.principal.path = o.task.principal.path;
            k.task.file = o.task.file;
            return k;
        }();
        whenReady(this, face, [this, key, row](const QImage& image) {
            if (m_model->rowOf(key) == row && row >= 0) {
                m_model->setUploadImage(row, image);
            }
        });
    }
}

void ImportWindow::refreshFaces(const QList<ItemPath>& changed)
{
    if (!m_faces) {
        return;
    }
    for (const ItemPath& path : changed) {
        m_faces->invalidate(path);
    }
    m_faces->setWanted(m_model->principals());
}

void ImportWindow::apply()
{
    if (m_state != State::Planned && m_state != State::UndoPlanned) {
        return;
    }
    const QHash<QString, int> counts = m_model->actionCounts();
    const int writes = writesIn(counts);
    if (writes == 0) {
        return;
    }
    const bool undo = m_state == State::UndoPlanned;
    auto* box = new QMessageBox(QMessageBox::Question, undo ? tr("Undo the import") : tr("Change photos"),
                                undo ? tr("Put the photos back as they were?") : tr("Change the photos?"),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("applyConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QHash<QString, int> writesOnly;
    for (const char* a : {"set", "replace", "remove"}) {
        writesOnly.insert(QLatin1String(a), counts.value(QLatin1String(a)));
    }
    // Wide enough to read the counts on one line and the note in a few.
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel { min-width: 28em; }"));
    box->setInformativeText(
        (undo ? tr("Photos that will be put back: %1 (%2).") : tr("Photos that will change: %1 (%2)."))
            .arg(QLocale().toString(writes), countsText(writesOnly))
        + QStringLiteral("\n\n")
        + (undo ? tr("A photo that was changed again since the import is left alone.")
                : tr("Before each change, the photo there now is saved in a journal, so you can undo the import. "
                     "Teams and SharePoint may show the old photos for a while.")));
    QPushButton* yes
        = box->addButton(undo ? tr("Put the photos back") : tr("Change the photos"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmApplyButton"));
    box->setDefaultButton(yes);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* button) {
        if (button == yes) {
            applyConfirmed();
        }
    });
    m_confirm = box;
    box->open();
}

void ImportWindow::applyConfirmed()
{
    if (m_state != State::Planned && m_state != State::UndoPlanned) {
        return;
    }
    const bool undo = m_state == State::UndoPlanned;
    clearError();
    if (!undo) {
        QString error;
        m_journal = PhotoJournal();
        if (!m_library.createJournal(&m_journal, &error)) {
            fail(tr("Nothing was written: the journal cannot be made (%1).").arg(error));
            return;
        }
        m_journalOpen = true;
    }
    // The tasks whose plan is a write, in the table's order.
    QList<WriteTask> tasks;
    for (const WriteTask& task : std::as_const(m_tasks)) {
        WriteOutcome probe;
        probe.task = task;
        const int row = m_model->rowOf(probe);
        if (row >= 0 && m_model->outcome(row).isWrite()) {
            tasks << task;
        }
    }
    m_written.clear();
    m_cancelled = false;
    m_summary->setText(undo ? tr("Putting the photos back…") : tr("Writing the photos…"));
    setState(undo ? State::Undoing : State::Applying);
    showJournalLocation();
    startRun(tasks, true);
}

void ImportWindow::cancel()
{
    m_cancelled = true;
    if (m_planner) {
        // Planning reads only: dropping it leaves nothing behind.
        m_planner->deleteLater();
        m_planner = nullptr;
        m_progress->setRange(0, 1);
        setState(State::Idle);
        m_summary->setText(tr("Planning cancelled; nothing was written."));
        return;
    }
    if (m_run) {
        if (m_runApplies) {
            m_summary->setText(tr("Cancelling: the writes already sent finish, nothing else is written…"));
        }
        m_run->abort();
        m_cancelButton->setEnabled(false);
    }
}

bool ImportWindow::planUndo()
{
    if (!m_client || isBusy() || !m_journalOpen) {
        return false;
    }
    QString error;
    // Read again: what the journal says now (a CLI run may have undone part of it meanwhile).
    const QString dir = m_journal.dir();
    m_journal = PhotoJournal();
    if (!m_journal.openExisting(dir, &error)) {
        m_journalOpen = false;
        fail(tr("The journal cannot be read: %1").arg(error));
        updateControls();
        return false;
    }
    if (!journalIsOfThisTenant(m_journal)) {
        return false;
    }
    m_tasks.clear();
    for (const JournalEntry& e : m_journal.entries()) {
        m_tasks << WriteTask::undo(e);
    }
    m_model->clear();
    m_written.clear();
    m_cancelled = false;
    m_progress->setRange(0, 0);
    clearError();
    m_summary->setText(tr("Reading the photos to see what undoing would put back… nothing is written."));
    setState(State::UndoPlanning);
    startRun(m_tasks, false);
    return true;
}

bool ImportWindow::openJournal(const QString& dir)
{
    if (isBusy()) {
        return false;
    }
    PhotoJournal journal;
    QString error;
    if (!journal.openExisting(dir, &error)) {
        fail(tr("The journal cannot be read: %1").arg(error));
        return false;
    }
    if (!journalIsOfThisTenant(journal)) {
        return false;
    }
    clearError();
    m_journal = journal;
    m_planFolder.clear(); // the journal's files are relative to a folder it does not name
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_journalOpen = true;
    m_tasks.clear();
    m_written.clear();
    QList<WriteOutcome> rows;
    for (const JournalEntry& e : m_journal.entries()) {
        WriteOutcome o;
        o.task = WriteTask::undo(e);
        o.task.kind = e.action == QLatin1String("remove") ? WriteTask::Kind::Remove : WriteTask::Kind::Set;
        o.action = e.action;
        o.applied = true;
        o.written = e.state == QLatin1String("written");
        o.verified = e.verified;
        o.error = e.error;
        o.etagAfter = e.etagAfter;
        o.backup = e.backup;
        rows << o;
    }
    showRows(rows);
    for (const JournalEntry& e : m_journal.entries()) {
        WriteOutcome key;
        key.task = WriteTask::undo(e);
        const int row = m_model->rowOf(key);
        if (row < 0) {
            continue;
        }
        if (!e.undone.isEmpty()) {
            m_model->setNote(row,
                             e.undone == QLatin1String("removed") ? tr("Undone: removed again")
                                                                  : tr("Undone: the photo from before is back"));
        } else if (e.state == QLatin1String("writing")) {
            m_model->setNote(row, tr("Interrupted during the write: Undo settles it"));
        }
    }
    setState(State::JournalShown);
    showSummary();
    showJournalLocation();
    raise();
    return true;
}

bool ImportWindow::journalIsOfThisTenant(const PhotoJournal& journal)
{
    if (journal.belongsTo(m_library.tenant())) {
        return true;
    }
    fail(tr("This journal belongs to another tenant (%1), not to the one you are connected to (%2). Its photos "
            "can only be put back there: connect to that tenant to undo it.")
             .arg(journal.tenant().displayText(), m_library.tenant().displayText()));
    return false;
}

void ImportWindow::showJournalLocation()
{
    m_journalLabel->setText(m_journalOpen ? tr("Journal: %1").arg(QDir::toNativeSeparators(m_journal.dir()))
                                          : QString());
    updateControls();
}

void ImportWindow::rebuildFilter()
{
    const QString current = m_actionFilter->currentData().toString();
    const QHash<QString, int> counts = m_model->actionCounts();
    const QSignalBlocker blocker(m_actionFilter);
    m_actionFilter->clear();
    const QLocale locale;
    m_actionFilter->addItem(tr("All rows (%1)").arg(locale.toString(m_model->rowCount())), QString());
    if (const int writes = writesIn(counts); writes > 0) {
        m_actionFilter->addItem(tr("Changes (%1)").arg(locale.toString(writes)), kWrites);
    }
    for (const char* a :
         {"set", "replace", "remove", "unchanged", "skip", "unmatched", "ambiguous", "invalid", "unsupported"}) {
        const QString action = QLatin1String(a);
        if (counts.value(action) > 0) {
            m_actionFilter->addItem(
                QStringLiteral("%1 (%2)").arg(writeActionTitle(action), locale.toString(counts.value(action))), action);
        }
    }
    const int keep = m_actionFilter->findData(current);
    m_actionFilter->setCurrentIndex(keep >= 0 ? keep : 0);
    applyFilter();
}

void ImportWindow::applyFilter()
{
    const QString action = m_actionFilter->currentData().toString();
    m_filter->setFilterRegularExpression(action.isEmpty() ? QRegularExpression()
                                                          : QRegularExpression(u'^' + action + u'$'));
}

void ImportWindow::showSummary()
{
    const QHash<QString, int> counts = m_model->actionCounts();
    const int writes = writesIn(counts);
    const QString list = countsText(counts);
    int written = 0;
    int verified = 0;
    int failed = 0;
    int notWritten = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const WriteOutcome& o = m_model->outcome(row);
        written += o.written ? 1 : 0;
        verified += o.verified ? 1 : 0;
        failed += o.applied && !o.written ? 1 : 0;
        notWritten += m_model->note(row) == tr("Not written: cancelled") ? 1 : 0;
    }
    QString text;
    switch (m_state) {
    case State::Planned:
        text = tr("Photos that would change: %1. Nothing has been written yet.").arg(writes);
        break;
    case State::UndoPlanned:
        text = tr("Photos that undo would put back: %1. Nothing has been changed yet.").arg(writes);
        break;
    case State::Applied:
    case State::Undone:
        text = (m_state == State::Undone ? tr("%1 put back (%2 verified), %3 failed.")
                                         : tr("%1 written (%2 verified), %3 failed."))
                   .arg(written)
                   .arg(verified)
                   .arg(failed);
        if (notWritten > 0) {
            text += u' ' + tr("Not written (cancelled): %1.").arg(notWritten);
        }
        if (written > 0) {
            text += u' '
                + tr("Teams and SharePoint may show the old photos for a while (Teams up to 60 days, SharePoint up "
                     "to 72 hours).");
        }
        break;
    case State::JournalShown: {
        int undone = 0;
        for (const JournalEntry& e : m_journal.entries()) {
            undone += e.undone.isEmpty() ? 0 : 1;
        }
        const QDateTime created = QDateTime::fromString(m_journal.created(), Qt::ISODate).toLocalTime();
        text = tr("Journal of %1: %2 written, %3 failed, %4 undone.")
                   .arg(QLocale().toString(created, QLocale::ShortFormat))
                   .arg(written)
                   .arg(failed)
                   .arg(undone);
        m_summary->setText(text);
        return;
    }
    default:
        break;
    }
    m_summary->setText(list.isEmpty() ? text : text + u'\n' + list);
}

} // namespace Portrait
