#include "AuditView.h"

#include "AppSettings.h"
#include "AuditFilterModel.h"
#include "DetailPane.h"
#include "StatusChart.h"
#include "bulk/AuditJob.h"
#include "bulk/AuditReportWriter.h"
#include "bulk/CsvReportWriter.h"
#include "bulk/FingerprintJob.h"
#include "bulk/HtmlReportWriter.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"
#include "model/AuditModel.h"
#include "model/Roles.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Portrait {

AuditView::AuditView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditModel(this))
    , m_filter(new AuditFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_scopeCombo = new QComboBox(this);
    m_scopeCombo->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeCombo->setEditable(true);
    m_scopeCombo->addItems({QStringLiteral("users"), QStringLiteral("groups"), QStringLiteral("users groups"),
                            QStringLiteral("me/contacts"), QStringLiteral("me/contactfolders")});
    m_scopeCombo->setToolTip(tr("SCOPEs separated by spaces: users, groups, groups/{id}/members, me/contacts, "
                                "me/contactfolders, or single principals."));
    m_deep = new QCheckBox(tr("Download photos"), this);
    m_deep->setObjectName(QStringLiteral("deepCheckBox"));
    m_deep->setToolTip(tr("Also fetch the bytes: sha256, thumbnails for the HTML report."));
    m_minEdge = new QSpinBox(this);
    m_minEdge->setObjectName(QStringLiteral("minEdgeSpinBox"));
    m_minEdge->setRange(0, 4096);
    m_minEdge->setSpecialValueText(tr("off"));
    m_minEdge->setSuffix(tr(" px"));
    m_minEdge->setToolTip(tr("Photos with a smaller edge count as placeholders."));
    m_duplicates = new QSpinBox(this);
    m_duplicates->setObjectName(QStringLiteral("duplicatesSpinBox"));
    m_duplicates->setRange(0, 100000);
    m_duplicates->setSpecialValueText(tr("off"));
    m_duplicates->setToolTip(tr("Photos shared by more than this many principals count as placeholders."));
    m_runButton = new QPushButton(tr("Run audit"), this);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("auditProgressBar"));
    m_progress->setAccessibleName(tr("Audit progress"));
    showProgress(0, 0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Scope:"), m_scopeCombo);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_deep);
    auto* minEdgeLabel = new QLabel(tr("Min &edge:"), this);
    minEdgeLabel->setBuddy(m_minEdge);
    optionsRow->addWidget(minEdgeLabel);
    optionsRow->addWidget(m_minEdge);
    auto* duplicatesLabel = new QLabel(tr("D&uplicates over:"), this);
    duplicatesLabel->setBuddy(m_duplicates);
    optionsRow->addWidget(duplicatesLabel);
    optionsRow->addWidget(m_duplicates);
    optionsRow->addStretch();
    form->addRow(tr("Checks:"), optionsRow);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton);
    runRow->addWidget(m_cancelButton);
    runRow->addWidget(m_progress, 1);

    m_chart = new StatusChart(this);
    m_chart->setObjectName(QStringLiteral("statusChart"));
    m_chart->setAccessibleName(tr("Photo statuses"));

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (int s = 0; s < 5; ++s) {
        m_statusFilter->addItem(photoStatusTitle(PhotoStatus(s)), s);
    }
    m_kindFilter = new QComboBox(this);
    m_kindFilter->setObjectName(QStringLiteral("kindFilterComboBox"));
    m_kindFilter->setAccessibleName(tr("Show kind"));
    m_statusFilter->setAccessibleName(tr("Show status"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    m_kindFilter->addItem(tr("Users"), QStringLiteral("user"));
    m_kindFilter->addItem(tr("Groups"), QStringLiteral("group"));
    m_kindFilter->addItem(tr("Contacts"), QStringLiteral("contact"));
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), this));
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_kindFilter);
    filterRow->addStretch();

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setAccessibleName(tr("Audit results"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    // By name, A to Z as this language orders letters (QHeaderView starts descending, the proxy by code point).
    m_filter->setSortLocaleAware(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // One line a record: long paths and ids elide in the middle (their ends tell them apart), whole on hover.
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    // Rows of one line of text (the style's default is for two), and room for a handful of them however much the
    // chart above takes.
    const int rowHeight = m_table->fontMetrics().lineSpacing() + 8;
    m_table->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() + 5 * rowHeight
                              + 2 * m_table->frameWidth());
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(AuditModel::NameColumn, 180);
    // Kind and status take a few known words: wide enough for the longest in this language, and for the header.
    const auto fitWidth = [this](int column, const QStringList& words) {
        const QFontMetrics metrics = m_table->fontMetrics();
        int width = m_table->horizontalHeader()->sectionSizeHint(column);
        for (const QString& word : words) {
            width = std::max(width, metrics.horizontalAdvance(word) + 2 * metrics.averageCharWidth());
        }
        m_table->setColumnWidth(column, width);
    };
    fitWidth(AuditModel::KindColumn,
             {kindTitle(DirectoryObject::Kind::User), kindTitle(DirectoryObject::Kind::Group),
              kindTitle(DirectoryObject::Kind::Contact)});
    QStringList statuses;
    for (const PhotoStatus status : {PhotoStatus::Photo, PhotoStatus::None, PhotoStatus::Placeholder,
                                     PhotoStatus::Unavailable, PhotoStatus::Error}) {
        statuses.append(photoStatusTitle(status));
    }
    fitWidth(AuditModel::StatusColumn, statuses);
    m_table->setColumnWidth(AuditModel::ReasonColumn, 170);
    // No column narrower than its title in this language ("Type de média" wants more than the default 100 px).
    for (int column = 0; column < m_filter->columnCount(); ++column) {
        m_table->setColumnWidth(
            column, std::max(m_table->columnWidth(column), m_table->horizontalHeader()->sectionSizeHint(column)));
    }

    m_addPlaceholderButton = new QPushButton(tr("Add photo to placeholders"), this);
    m_addPlaceholderButton->setObjectName(QStringLiteral("addPlaceholderButton"));
    m_saveButton = new QPushButton(tr("Save report…"), this);
    m_saveButton->setObjectName(QStringLiteral("saveReportButton"));
    m_compareButton = new QPushButton(tr("Compare snapshots…"), this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_fixButton = new QPushButton(tr("&Fix…"), this);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setToolTip(
        tr("Import photos from a folder for the people shown without a real photo (no photo, or a placeholder)"));
    m_placeholderLabel = new QLabel(this);
    m_placeholderLabel->setObjectName(QStringLiteral("placeholderLabel"));
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_fixButton);
    actionRow->addWidget(m_addPlaceholderButton);
    actionRow->addWidget(m_placeholderLabel);
    actionRow->addStretch();
    actionRow->addWidget(m_saveButton);
    actionRow->addWidget(m_compareButton);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(runRow);
    layout->addWidget(m_chart);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actionRow);
    layout->addWidget(m_statusLabel);

    connect(m_runButton, &QPushButton::clicked, this, [this]() { startAudit(m_scopeCombo->currentText()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &AuditView::cancelAudit);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setStatusFilter(m_statusFilter->currentData().toInt()); });
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setKindFilter(m_kindFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditView::onCurrentChanged);
    connect(m_addPlaceholderButton, &QPushButton::clicked, this, &AuditView::addCurrentPhotoToPlaceholders);
    connect(m_fixButton, &QPushButton::clicked, this, &AuditView::fixMissingPhotos);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_filter, signal, this, &AuditView::updateButtons);
    }
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditView::updateButtons);
    connect(m_saveButton, &QPushButton::clicked, this, &AuditView::saveReportAs);
    connect(m_compareButton, &QPushButton::clicked, this, &AuditView::compareSnapshotsDialog);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AuditView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateButtons);

    reloadPlaceholders();
    setStatusText(tr("Choose a scope and run the audit."));
    updateButtons();
}

AuditView::~AuditView() = default;

void AuditView::setClient(GraphClient* client)
{
    if (client == m_client) {
        return; // the window closed and opened again: the last run's results stay
    }
    cancelAudit();
    m_client = client;
    // The connection's one scheduler: thumbnails, audits and exports share Graph's 4 photo slots.
    m_scheduler = client ? RequestScheduler::of(client) : nullptr;
    m_model->clear();
    m_records.clear();
    m_chart->setCounts({});
    showProgress(0, 0);
    setStatusText(tr("Choose a scope and run the audit."));
    updateButtons();
}

QString AuditView::statusText() const
{
    return m_statusLabel->text();
}

void AuditView::showProgress(qint64 done, qint64 found)
{
    // Nothing found (yet): an empty bar, not "0 of 1", which reads as one principal left undone.
    m_progress->setTextVisible(found > 0);
    m_progress->setRange(0, int(qMax<qint64>(found, 1)));
    m_progress->setValue(found > 0 ? int(done) : 0);
    const QLocale locale;
    m_progress->setFormat(
        tr("%1 of %2", "principals audited of principals found").arg(locale.toString(done), locale.toString(found)));
}

void AuditView::setStatusText(const QString& text)
{
    m_statusLabel->setText(text);
}

void AuditView::updateButtons()
{
    const bool running = m_job != nullptr;
    m_runButton->setEnabled(!running && m_scheduler);
    m_cancelButton->setEnabled(running);
    m_scopeCombo->setEnabled(!running);
    m_saveButton->setEnabled(!running && m_model->rowCount() > 0);
    m_addPlaceholderButton->setEnabled(m_scheduler && m_table->currentIndex().isValid());
    m_fixButton->setEnabled(!running && m_scheduler && m_filter->rowCount() > 0);
}

QList<ItemPath> AuditView::principalsToFix() const
{
    QList<ItemPath> paths;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        const auto status = PhotoStatus(index.data(Roles::PhotoStateRole).toInt());
        const ItemPath path = ItemPath::parse(index.data(Roles::GraphPathRole).toString());
        const bool takesPhotos = path.kind() == ItemPath::Kind::User || path.kind() == ItemPath::Kind::Group;
        if ((status == PhotoStatus::None || status == PhotoStatus::Placeholder) && takesPhotos) {
            paths << path;
        }
    }
    return paths;
}

void AuditView::fixMissingPhotos()
{
    const QList<ItemPath> paths = principalsToFix();
    if (paths.isEmpty()) {
        setStatusText(tr("Everyone shown has a real photo (or cannot take one): nothing to fix."));
        return;
    }
    emit fixRequested(paths);
}

bool AuditView::startAudit(const QString& scopes)
{
    if (!m_scheduler || m_job) {
        return false;
    }
    QList<ItemPath> paths;
    m_scopes = scopes.split(u' ', Qt::SkipEmptyParts);
    for (const QString& text : std::as_const(m_scopes)) {
        QString error;
        const ItemPath path = ItemPath::parse(text, &error);
        if (!path.isValid()) {
            setStatusText(tr("Cannot audit '%1': %2").arg(text, error));
            return false;
        }
        paths.append(path);
    }
    if (paths.isEmpty()) {
        setStatusText(tr("Choose a scope first."));
        return false;
    }
    AuditOptions options;
    options.deep = m_deep->isChecked();
    options.thumbnailEdge = options.deep ? HtmlReportWriter::kThumbnailEdge : 0;
    options.minEdge = m_minEdge->value();
    options.duplicateThreshold = m_duplicates->value();
    options.placeholders = m_placeholders;
    m_lastDeep = options.deep;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_model->clear();
    m_records.clear();
    m_chart->setCounts({});
    m_progress->setRange(0, 0); // busy until the first page says how many
    m_progress->setTextVisible(false);
    m_job = new AuditJob(m_scheduler, paths, options, this);
    connect(m_job, &AuditJob::recordReady, this, &AuditView::onRecord);
    connect(m_job, &AuditJob::progress, this, &AuditView::onProgress);
    connect(m_job, &AuditJob::finished, this, &AuditView::onFinished);
    m_job->start();
    setStatusText(tr("Auditing %1…").arg(m_scopes.join(QStringLiteral(", "))));
    updateButtons();
    return true;
}

void AuditView::cancelAudit()
{
    if (m_job) {
        m_job->abort();
    }
}

void AuditView::onRecord(const AuditRecord& record)
{
    m_records.push_back(record);
    m_model->append({record.object, record.photo, record.placeholder});
}

void AuditView::onProgress(qint64 done, qint64 found)
{
    if (!m_job) {
        return;
    }
    showProgress(done, found);
    std::array<qint64, 5> counts{};
    for (int s = 0; s < 5; ++s) {
        counts[size_t(s)] = m_job->count(PhotoStatus(s));
    }
    m_chart->setCounts(counts);
}

void AuditView::onFinished()
{
    AuditJob* job = m_job;
    m_job = nullptr;
    job->deleteLater();
    m_model->flush();
    std::array<qint64, 5> counts{};
    QStringList parts;
    for (int s = 0; s < 5; ++s) {
        counts[size_t(s)] = job->count(PhotoStatus(s));
        parts.append(tr("%1: %2", "a photo status and its count")
                         .arg(photoStatusTitle(PhotoStatus(s)), QLocale().toString(counts[size_t(s)])));
    }
    m_chart->setCounts(counts);
    showProgress(job->doneCount(), job->foundCount());
    m_lastComplete = !job->hasError();
    if (job->wasCancelled()) {
        setStatusText(tr("Cancelled after %1 of %Ln principals.", nullptr, int(job->foundCount()))
                          .arg(QLocale().toString(job->doneCount())));
    } else if (job->hasError()) {
        setStatusText(tr("The audit stopped: %1").arg(errorDisplayText(job->error())));
    } else {
        setStatusText(
            tr("Audited %Ln principals: %1.", nullptr, int(job->doneCount())).arg(parts.join(QStringLiteral(", "))));
    }
    updateButtons();
    emit auditFinished();
}

void AuditView::onCurrentChanged(const QModelIndex& current)
{
    updateButtons();
    if (m_detailPane && current.isValid()) {
        m_detailPane->showIndex(current);
        emit principalShown(current.data(Roles::GraphPathRole).toString());
    }
}

void AuditView::addCurrentPhotoToPlaceholders()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_scheduler) {
        return;
    }
    const AuditRow& record = m_model->row(m_filter->mapToSource(current).row());
    const QString label = record.object.displayName;
    setStatusText(tr("Fetching the photo of %1…").arg(label));
    auto* job = new FingerprintJob(m_scheduler, record.object.path, this);
    connect(job, &Task::finished, this, [this, job, label]() {
        job->deleteLater();
        if (!job->info().hasBytes()) {
            setStatusText(tr("%1 has no photo to use as a placeholder (%2).")
                              .arg(label, explainPhoto(job->info().status, job->info().reason).reason));
            return;
        }
        // Added to the list as saved now: what Preferences changed meanwhile is kept.
        reloadPlaceholders();
        if (!job->fingerprint().decoded || !m_placeholders.addFingerprint(job->fingerprint(), label)) {
            setStatusText(tr("The photo of %1 is already a placeholder, or cannot be decoded.").arg(label));
            return;
        }
        savePlaceholders();
        setStatusText(tr("Added the photo of %1 to the placeholders; the next run uses it.").arg(label));
        emit placeholdersChanged();
    });
    job->start();
}

void AuditView::clearPlaceholders()
{
    m_placeholders = PlaceholderSet();
    savePlaceholders();
    emit placeholdersChanged();
}

void AuditView::reloadPlaceholders()
{
    m_placeholders = AppSettings::placeholders();
    m_placeholderLabel->setText(tr("%n placeholder image(s)", nullptr, int(m_placeholders.size())));
}

void AuditView::savePlaceholders() const
{
    AppSettings::setPlaceholders(m_placeholders);
    m_placeholderLabel->setText(tr("%n placeholder image(s)", nullptr, int(m_placeholders.size())));
}

bool AuditView::saveReport(const QString& path, QString* error, bool csvByteOrderMark) const
{
    std::unique_ptr<AuditReportWriter> writer = AuditReportWriter::forPath(path);
    if (!writer) {
        if (error) {
            *error = tr("use a .csv, .json or .html file");
        }
        return false;
    }
    if (auto* csv = dynamic_cast<CsvReportWriter*>(writer.get())) {
        csv->setByteOrderMark(csvByteOrderMark);
    }
    AuditReportInfo info;
    info.scopes = m_scopes;
    info.createdAt = m_startedAt;
    info.deep = m_lastDeep;
    info.complete = m_lastComplete;
    for (const AuditRecord& r : m_records) {
        ++info.counts[size_t(r.photo.status)];
    }
    if (!writer->open(path, info, error)) {
        return false;
    }
    for (const AuditRecord& r : m_records) {
        writer->write(r);
    }
    return writer->finish(info, error);
}

QFileDialog* AuditView::saveReportAs()
{
    // Each kind of report with its extension; CSV twice: Excel reads UTF-8 (names like "Siobhán") only after a
    // byte order mark, which other tools may not expect.
    const QStringList filters{tr("HTML contact sheet (*.html)"), tr("Snapshot / JSON (*.json)"), tr("CSV (*.csv)"),
                              tr("CSV for Excel, with a byte order mark (*.csv)")};
    const QStringList suffixes{QStringLiteral("html"), QStringLiteral("json"), QStringLiteral("csv"),
                               QStringLiteral("csv")};
    // A name to start from, in the folder of the last report.
    const QDateTime when = m_startedAt.isValid() ? m_startedAt : QDateTime::currentDateTimeUtc();
    const QString name
        = QStringLiteral("portrait-audit-%1").arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    auto* dialog = new QFileDialog(this, tr("Save audit report"),
                                   QDir(AppSettings::reportFolder()).filePath(name + QStringLiteral(".html")));
    dialog->setObjectName(QStringLiteral("saveReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(suffixes.first());
    // The extension follows the kind chosen: a name typed without one, with the CSV filter, was written as HTML.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters, suffixes](const QString& filter) {
        const QString suffix = suffixes.value(int(filters.indexOf(filter)), suffixes.first());
        dialog->setDefaultSuffix(suffix);
        const QStringList chosen = dialog->selectedFiles();
        const QFileInfo file(chosen.value(0));
        if (!chosen.isEmpty() && suffixes.contains(file.suffix().toLower())) {
            dialog->selectFile(file.completeBaseName() + u'.' + suffix);
        }
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, filters](const QString& path) {
        const bool byteOrderMark = dialog->selectedNameFilter() == filters.last();
        AppSettings::setReportFolder(QFileInfo(path).absolutePath());
        QString error;
        if (saveReport(path, &error, byteOrderMark)) {
            setStatusText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
        } else {
            setStatusText(tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), error));
        }
    });
    dialog->open();
    return dialog;
}

QList<SnapshotDiff::Change> AuditView::compareSnapshots(const QString& olderPath, const QString& newerPath)
{
    AuditSnapshot older;
    AuditSnapshot newer;
    QString error;
    if (!older.load(olderPath, &error) || !newer.load(newerPath, &error)) {
        setStatusText(tr("Cannot compare: %1").arg(error));
        return {};
    }
    const QList<SnapshotDiff::Change> changes = SnapshotDiff::compare(older, newer);
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("snapshotDiffDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Changes between snapshots"));
    auto* tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("changesTreeWidget"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("Change"), tr("Name"), tr("Before"), tr("After"), tr("Path")});
    for (const SnapshotDiff::Change& c : changes) {
        const QJsonObject& who = c.newer.isEmpty() ? c.older : c.newer;
        QString type = SnapshotDiff::changeTypeName(c.type);
        if (!c.by.isEmpty()) {
            type += QStringLiteral(" (%1)").arg(c.by);
        }
        // The statuses in words (the snapshots keep their wire names).
        const auto status = [](const QJsonObject& record) {
            PhotoStatus s;
            const QString name = record.value(QLatin1String("status")).toString();
            return photoStatusFromName(name, &s)
                ? explainPhoto(s, record.value(QLatin1String("reason")).toString()).summary()
                : name;
        };
        tree->addTopLevelItem(new QTreeWidgetItem(
            {type, who.value(QLatin1String("displayName")).toString(), status(c.older), status(c.newer), c.path}));
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(
        new QLabel(changes.isEmpty() ? tr("No changes.") : tr("%n change(s).", nullptr, int(changes.size())), dialog));
    layout->addWidget(tree);
    layout->addWidget(buttons);
    dialog->resize(720, 420);
    dialog->show();
    setStatusText(tr("%n change(s) between the snapshots.", nullptr, int(changes.size())));
    return changes;
}

void AuditView::compareSnapshotsDialog()
{
    auto* first = new QFileDialog(this, tr("Older snapshot"), AppSettings::reportFolder());
    first->setAttribute(Qt::WA_DeleteOnClose);
    first->setNameFilter(tr("Snapshots (*.json)"));
    first->setFileMode(QFileDialog::ExistingFile);
    connect(first, &QFileDialog::fileSelected, this, [this](const QString& olderPath) {
        auto* second = new QFileDialog(this, tr("Newer snapshot"), QFileInfo(olderPath).absolutePath());
        second->setAttribute(Qt::WA_DeleteOnClose);
        second->setNameFilter(tr("Snapshots (*.json)"));
        second->setFileMode(QFileDialog::ExistingFile);
        connect(second, &QFileDialog::fileSelected, this,
                [this, olderPath](const QString& newerPath) { compareSnapshots(olderPath, newerPath); });
        second->open();
    });
    first->open();
}

} // namespace Portrait
