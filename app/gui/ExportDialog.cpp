#include "ExportDialog.h"

#include "AppSettings.h"
#include "Theme.h"

#include "bulk/ExportJob.h"
#include "bulk/ExportWriter.h"
#include "bulk/NameAllocator.h"
#include "bulk/NameTemplate.h"
#include "graph/DirectoryObject.h"
#include "graph/DisplayText.h"
#include "graph/RequestScheduler.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Portrait {

namespace {

constexpr int kPreviewCount = 5;

/// A count for tr()'s %n (an int).
int countArgument(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

QString formatDuration(qint64 seconds)
{
    return seconds >= 3600 ? QStringLiteral("%1:%2:%3")
                                 .arg(seconds / 3600)
                                 .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                                 .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                           : QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ExportDialog::ExportDialog(GraphClient* client, DirectoryModel* model, const QModelIndexList& selection,
                           const QModelIndex& current, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_model(model)
    , m_current(current)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export photos"));
    for (const QModelIndex& i : selection) {
        m_selection.append(i);
    }
    m_scheduler = RequestScheduler::of(client); // the connection's, capped at Preferences' concurrency

    // What.
    auto* scopeBox = new QGroupBox(tr("What to export"), this);
    m_scopeCombo = new QComboBox(scopeBox);
    m_scopeCombo->setObjectName(QStringLiteral("scopeComboBox"));
    m_scopeCombo->setAccessibleName(tr("What to export"));
    m_transitiveCheck = new QCheckBox(tr("Include members of nested groups"), scopeBox);
    m_transitiveCheck->setObjectName(QStringLiteral("transitiveCheckBox"));
    int principals = 0;
    for (const QModelIndex& i : selection) {
        principals += i.data(Roles::IsPrincipalRole).toBool() || i.data(Roles::IsContainerRole).toBool() ? 1 : 0;
    }
    const QString currentName = current.data(Roles::DisplayNameRole).toString();
    const auto currentKind = NodeKind(current.data(Roles::KindRole).toInt());
    if (principals > 1) {
        addScope(Scope::Selection, tr("The selection (%Ln items)", nullptr, principals));
    }
    if (current.isValid() && currentKind == NodeKind::Group) {
        addScope(Scope::GroupMembers, tr("Members of %1").arg(currentName));
    }
    addScope(Scope::AllUsers, tr("All users"));
    addScope(Scope::AllGroups, tr("All groups"));
    addScope(Scope::MyContacts, tr("My contacts and contact folders"));
    if (current.isValid() && current.data(Roles::IsPrincipalRole).toBool()) {
        addScope(Scope::CurrentItem, tr("Only %1").arg(currentName));
    }
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_scopeCombo);
    scopeLayout->addWidget(m_transitiveCheck);

    // Where and how.
    auto* fileBox = new QGroupBox(tr("Files"), this);
    m_folderEdit = new QLineEdit(fileBox);
    m_folderEdit->setObjectName(QStringLiteral("folderLineEdit"));
    m_folderEdit->setAccessibleName(tr("Folder"));
    m_folderEdit->setText(
        QDir(QStandardPaths::writableLocation(QStandardPaths::PicturesLocation)).filePath(tr("Portrait export")));
    m_browseButton = new QPushButton(tr("Browse…"), fileBox);
    m_browseButton->setObjectName(QStringLiteral("browsePushButton"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderEdit, 1);
    folderRow->addWidget(m_browseButton);
    m_templateEdit = new QLineEdit(NameTemplate::defaultPattern(), fileBox);
    m_templateEdit->setObjectName(QStringLiteral("templateLineEdit"));
    m_templateEdit->setToolTip(tr("Tokens: {upn} {id} {mail} {displayName} {kind} {size} {etag} {ext}. "
                                  "A / makes a subfolder."));
    m_templateError = new QLabel(fileBox);
    m_templateError->setObjectName(QStringLiteral("templateErrorLabel"));
    Theme::markAsError(m_templateError);
    m_templateError->setWordWrap(true);
    m_templateError->setTextFormat(Qt::PlainText);
    m_templateError->hide();
    m_previewList = new QListWidget(fileBox);
    m_previewList->setObjectName(QStringLiteral("previewListWidget"));
    m_previewList->setAccessibleName(tr("Preview of the file names"));
    m_previewList->setFixedHeight(m_previewList->fontMetrics().height() * (kPreviewCount + 1) + 6);
    m_previewList->setFocusPolicy(Qt::NoFocus);
    m_previewList->setSelectionMode(QAbstractItemView::NoSelection);

    m_sizeCombo = new QComboBox(fileBox);
    m_sizeCombo->setObjectName(QStringLiteral("sizeComboBox"));
    m_sizeCombo->addItem(tr("Largest available"), QString());
    for (const int edge : {648, 504, 432, 360, 240, 120, 96, 64, 48}) {
        m_sizeCombo->addItem(tr("%1 × %1").arg(edge), QStringLiteral("%1x%1").arg(edge));
    }
    m_sizeCombo->setToolTip(tr("When a photo lacks this size, the nearest smaller one is written."));
    m_formatCombo = new QComboBox(fileBox);
    m_formatCombo->setObjectName(QStringLiteral("formatComboBox"));
    m_formatCombo->setAccessibleName(tr("Format"));
    m_formatCombo->addItem(tr("Original bytes"), int(ExportFormat::Original));
    m_formatCombo->addItem(tr("JPEG"), int(ExportFormat::Jpeg));
    m_formatCombo->addItem(tr("PNG"), int(ExportFormat::Png));
    m_qualitySpin = new QSpinBox(fileBox);
    m_qualitySpin->setObjectName(QStringLiteral("qualitySpinBox"));
    m_qualitySpin->setRange(1, 100);
    m_qualitySpin->setValue(90);
    m_maxEdgeSpin = new QSpinBox(fileBox);
    m_maxEdgeSpin->setObjectName(QStringLiteral("maxEdgeSpinBox"));
    m_maxEdgeSpin->setRange(0, 10000);
    m_maxEdgeSpin->setSpecialValueText(tr("No scaling"));
    m_maxEdgeSpin->setSuffix(tr(" px"));
    auto* formatRow = new QHBoxLayout;
    formatRow->addWidget(m_formatCombo, 1);
    auto* qualityLabel = new QLabel(tr("&Quality:"), fileBox);
    qualityLabel->setBuddy(m_qualitySpin);
    formatRow->addWidget(qualityLabel);
    formatRow->addWidget(m_qualitySpin);

    m_incrementalCheck = new QCheckBox(tr("Only what changed since the last export (incremental)"), fileBox);
    m_incrementalCheck->setObjectName(QStringLiteral("incrementalCheckBox"));
    m_incrementalCheck->setChecked(true);
    m_pruneCheck = new QCheckBox(tr("Delete earlier exported files of principals no longer in scope"), fileBox);
    m_pruneCheck->setObjectName(QStringLiteral("pruneCheckBox"));
    m_dryRunCheck = new QCheckBox(tr("Dry run: only show what would be written"), fileBox);
    m_dryRunCheck->setObjectName(QStringLiteral("dryRunCheckBox"));

    auto* form = new QFormLayout(fileBox);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("File &names:"), m_templateEdit);
    form->addRow(QString(), m_templateError);
    form->addRow(tr("Preview:"), m_previewList);
    form->addRow(tr("Si&ze:"), m_sizeCombo);
    form->addRow(tr("Format:"), formatRow);
    form->addRow(tr("&Longest edge:"), m_maxEdgeSpin);
    form->addRow(QString(), m_incrementalCheck);
    form->addRow(QString(), m_pruneCheck);
    form->addRow(QString(), m_dryRunCheck);

    // Progress and summary.
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("exportProgressBar"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    //: The progress bar's text: %p is the percentage done (the typography of "50%" or "50 %" is the language's).
    m_progressBar->setFormat(tr("%p%"));
    m_progressBar->setTextVisible(false); // no "0%" before anything was asked for: it reads as stuck
    m_progressLabel = new QLabel(tr("Ready."), this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->hide();
    m_failureList = new QListWidget(this);
    m_failureList->setObjectName(QStringLiteral("failureListWidget"));
    m_failureList->setAccessibleName(tr("Failures"));
    m_failureList->hide();

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportPushButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setEnabled(false);
    m_openFolderButton = m_buttons->addButton(tr("&Open folder"), QDialogButtonBox::ActionRole);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderPushButton"));
    m_openFolderButton->setEnabled(false);
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closePushButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addWidget(fileBox);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_failureList, 1);
    layout->addWidget(m_buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_openFolderButton, &QPushButton::clicked, this,
            [this]() { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folderEdit->text())); });
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_templateEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_sizeCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_maxEdgeSpin, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForm);
    connect(m_folderEdit, &QLineEdit::textChanged, this, &ExportDialog::updateForm);

    restorePreferences();
    updateForm();
    updatePreview();
    resize(620, sizeHint().height());
}

void ExportDialog::restorePreferences()
{
    // What the last export used (a dry run and pruning are one-off decisions: never carried over). The template
    // is AppSettings' default export template, which the Settings dialog also edits.
    const QSettings settings;
    const QString folder = settings.value(QStringLiteral("export/folder")).toString();
    if (!folder.isEmpty()) {
        m_folderEdit->setText(folder);
    }
    m_templateEdit->setText(AppSettings::exportTemplate());
    const int size = m_sizeCombo->findData(settings.value(QStringLiteral("export/size")).toString());
    if (size >= 0) {
        m_sizeCombo->setCurrentIndex(size);
    }
    const int format = m_formatCombo->findData(settings.value(QStringLiteral("export/format"), -1).toInt());
    if (format >= 0) {
        m_formatCombo->setCurrentIndex(format);
    }
    m_qualitySpin->setValue(settings.value(QStringLiteral("export/quality"), m_qualitySpin->value()).toInt());
    m_maxEdgeSpin->setValue(settings.value(QStringLiteral("export/maxEdge"), m_maxEdgeSpin->value()).toInt());
    m_incrementalCheck->setChecked(
        settings.value(QStringLiteral("export/incremental"), m_incrementalCheck->isChecked()).toBool());
    m_transitiveCheck->setChecked(
        settings.value(QStringLiteral("export/transitive"), m_transitiveCheck->isChecked()).toBool());
}

void ExportDialog::savePreferences() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("export/folder"), m_folderEdit->text());
    AppSettings::setExportTemplate(m_templateEdit->text());
    settings.setValue(QStringLiteral("export/size"), m_sizeCombo->currentData().toString());
    settings.setValue(QStringLiteral("export/format"), m_formatCombo->currentData().toInt());
    settings.setValue(QStringLiteral("export/quality"), m_qualitySpin->value());
    settings.setValue(QStringLiteral("export/maxEdge"), m_maxEdgeSpin->value());
    settings.setValue(QStringLiteral("export/incremental"), m_incrementalCheck->isChecked());
    settings.setValue(QStringLiteral("export/transitive"), m_transitiveCheck->isChecked());
}

ExportDialog::~ExportDialog()
{
    if (m_job && !m_job->isFinished()) {
        m_job->abort();
    }
}

void ExportDialog::addScope(Scope scope, const QString& text)
{
    m_scopeCombo->addItem(text, int(scope));
}

bool ExportDialog::setScope(Scope scope)
{
    const int i = m_scopeCombo->findData(int(scope));
    if (i < 0) {
        return false;
    }
    m_scopeCombo->setCurrentIndex(i);
    return true;
}

ExportDialog::Scope ExportDialog::scope() const
{
    return Scope(m_scopeCombo->currentData().toInt());
}

QList<ItemPath> ExportDialog::scopes() const
{
    QList<ItemPath> list;
    switch (scope()) {
    case Scope::Selection:
        for (const QPersistentModelIndex& i : m_selection) {
            const ItemPath path = m_model->pathOf(i);
            if (path.isValid() && !list.contains(path)) {
                list.append(path);
            }
        }
        break;
    case Scope::GroupMembers:
        list.append(ItemPath::groupMembers(m_current.data(Roles::GraphIdRole).toString()));
        break;
    case Scope::AllUsers:
        list.append(ItemPath::users());
        break;
    case Scope::AllGroups:
        list.append(ItemPath::groups());
        break;
    case Scope::MyContacts:
        list.append(ItemPath::contacts());
        list.append(ItemPath::contactFolders());
        break;
    case Scope::CurrentItem:
        list.append(m_model->pathOf(m_current));
        break;
    }
    return list;
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.outDir = m_folderEdit->text();
    o.nameTemplate = m_templateEdit->text();
    o.sizeId = m_sizeCombo->currentData().toString();
    o.format = ExportFormat(m_formatCombo->currentData().toInt());
    o.quality = m_qualitySpin->value();
    o.maxEdge = m_maxEdgeSpin->value();
    o.incremental = m_incrementalCheck->isChecked();
    o.prune = m_pruneCheck->isChecked();
    o.dryRun = m_dryRunCheck->isChecked();
    o.transitive = scope() == Scope::GroupMembers && m_transitiveCheck->isChecked();
    return o;
}

void ExportDialog::setOutputFolder(const QString& dir)
{
    m_folderEdit->setText(dir);
}

void ExportDialog::setNameTemplate(const QString& pattern)
{
    m_templateEdit->setText(pattern);
}

QStringList ExportDialog::previewNames() const
{
    QStringList names;
    for (int i = 0; i < m_previewList->count(); ++i) {
        names.append(m_previewList->item(i)->text());
    }
    return names;
}

QList<NameFields> ExportDialog::samples() const
{
    // The first principals the model already knows for the scope: no request is made for a preview.
    QList<QModelIndex> indexes;
    const auto childrenOf = [this, &indexes](const QModelIndex& parent) {
        for (int r = 0; r < m_model->rowCount(parent) && indexes.size() < kPreviewCount; ++r) {
            indexes.append(m_model->index(r, 0, parent));
        }
    };
    switch (scope()) {
    case Scope::Selection:
        for (const QPersistentModelIndex& i : m_selection) {
            indexes.append(i);
        }
        break;
    case Scope::GroupMembers:
        childrenOf(m_current);
        break;
    case Scope::AllUsers:
        childrenOf(m_model->topIndex(NodeKind::Users));
        break;
    case Scope::AllGroups:
        childrenOf(m_model->topIndex(NodeKind::Groups));
        break;
    case Scope::MyContacts:
        childrenOf(m_model->topIndex(NodeKind::MyContacts));
        break;
    case Scope::CurrentItem:
        indexes.append(m_current);
        break;
    }
    const QString size = m_sizeCombo->currentData().toString().isEmpty() ? QStringLiteral("648x648")
                                                                         : m_sizeCombo->currentData().toString();
    const int edge = size.section(u'x', 0, 0).toInt();
    const int written = m_maxEdgeSpin->value() > 0 ? qMin(edge, m_maxEdgeSpin->value()) : edge;
    const auto format = ExportFormat(m_formatCombo->currentData().toInt());
    const QString ext = format == ExportFormat::Png ? QStringLiteral("png") : QStringLiteral("jpg");
    const QString sizeText = QStringLiteral("%1x%1").arg(written);
    QList<NameFields> list;
    for (const QModelIndex& i : indexes) {
        if (list.size() >= kPreviewCount || !i.isValid()) {
            continue;
        }
        if (!i.data(Roles::IsPrincipalRole).toBool()) {
            continue; // a collection or a contact folder: no photo of its own to name
        }
        DirectoryObject o;
        o.kind = objectKind(NodeKind(i.data(Roles::KindRole).toInt()));
        o.id = i.data(Roles::GraphIdRole).toString();
        o.displayName = i.data(Roles::DisplayNameRole).toString();
        o.userPrincipalName = i.data(Roles::UpnRole).toString();
        o.mail = i.data(Roles::MailRole).toString();
        list.append(NameFields::of(o, sizeText, QStringLiteral("BA09D118"), ext));
    }
    if (list.isEmpty()) {
        DirectoryObject o;
        o.kind = scope() == Scope::AllGroups ? DirectoryObject::Kind::Group
            : scope() == Scope::MyContacts   ? DirectoryObject::Kind::Contact
                                             : DirectoryObject::Kind::User;
        o.id = QStringLiteral("87d349ed-44d7-43e1-9a83-5f2406dee5bd");
        o.displayName = QStringLiteral("Adele Vance");
        o.userPrincipalName = QStringLiteral("AdeleV@contoso.onmicrosoft.com");
        o.mail = o.userPrincipalName;
        list.append(NameFields::of(o, sizeText, QStringLiteral("BA09D118"), ext));
    }
    return list;
}

void ExportDialog::updatePreview()
{
    m_previewList->clear();
    const NameTemplate pattern(m_templateEdit->text());
    m_templateError->setVisible(!pattern.isValid());
    m_templateError->setText(pattern.errorString());
    if (pattern.isValid()) {
        NameAllocator names;
        for (const NameFields& f : samples()) {
            m_previewList->addItem(names.claim(f.kind + u'/' + f.id, pattern.expand(f)));
        }
    }
    updateForm();
}

void ExportDialog::updateForm()
{
    const bool running = m_job && !m_job->isFinished();
    const bool valid = NameTemplate(m_templateEdit->text()).isValid() && !m_folderEdit->text().trimmed().isEmpty()
        && m_scopeCombo->count() > 0;
    m_exportButton->setEnabled(!running && valid);
    m_cancelButton->setEnabled(running);
    // Quality matters wherever JPEG is encoded: JPEG output, or an original JPEG that is scaled.
    const auto format = ExportFormat(m_formatCombo->currentData().toInt());
    m_qualitySpin->setEnabled(
        !running && (format == ExportFormat::Jpeg || (format == ExportFormat::Original && m_maxEdgeSpin->value() > 0)));
    m_transitiveCheck->setVisible(scope() == Scope::GroupMembers);
    for (QWidget* w : {static_cast<QWidget*>(m_scopeCombo), static_cast<QWidget*>(m_folderEdit),
                       static_cast<QWidget*>(m_browseButton), static_cast<QWidget*>(m_templateEdit),
                       static_cast<QWidget*>(m_sizeCombo), static_cast<QWidget*>(m_formatCombo),
                       static_cast<QWidget*>(m_maxEdgeSpin), static_cast<QWidget*>(m_incrementalCheck),
                       static_cast<QWidget*>(m_pruneCheck), static_cast<QWidget*>(m_dryRunCheck),
                       static_cast<QWidget*>(m_transitiveCheck)}) {
        w->setEnabled(!running);
    }
}

void ExportDialog::chooseFolder()
{
    auto* dialog = new QFileDialog(this, tr("Export to folder"), m_folderEdit->text());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, m_folderEdit, &QLineEdit::setText);
    dialog->open();
}

void ExportDialog::startExport()
{
    if (m_job && !m_job->isFinished()) {
        return;
    }
    if (m_job) {
        m_job->deleteLater();
    }
    m_summaryLabel->hide();
    m_failureList->clear();
    m_failureList->hide();
    m_openFolderButton->setEnabled(false);
    m_progressBar->setRange(0, 0);
    m_progressLabel->setText(tr("Listing…"));
    m_clock.start();
    savePreferences();
    m_job = new ExportJob(m_scheduler, scopes(), options(), this);
    connect(m_job, &ExportJob::progress, this, &ExportDialog::updateProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onFinished);
    m_job->start();
    updateForm();
}

void ExportDialog::cancelExport()
{
    if (m_job && !m_job->isFinished()) {
        m_progressLabel->setText(tr("Cancelling…"));
        m_job->abort();
    }
}

void ExportDialog::updateProgress()
{
    const qint64 done = m_job->done();
    const qint64 found = m_job->found();
    if (m_job->isWalkFinished() || found > 0) {
        m_progressBar->setRange(0, int(qMax<qint64>(1, found)));
        m_progressBar->setValue(int(done));
        m_progressBar->setTextVisible(found > 0);
    }
    const ExportJob::Counts& c = m_job->counts();
    const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
    const double rate = done / seconds;
    const QLocale locale; // the user's: "1.234" in German, "1 234" in French
    // One text a count, so that each language can decline the word after it ("1 écrit", "2 écrits").
    QStringList parts{
        (m_job->isWalkFinished() ? tr("%1 of %2") : tr("%1 of %2 found so far"))
            .arg(locale.toString(done), locale.toString(found)),
        tr("%Ln written", nullptr, countArgument(c.written)),
        tr("%Ln unchanged", nullptr, countArgument(c.unchanged)),
        tr("%Ln skipped", nullptr, countArgument(c.skipped)),
        tr("%Ln failed", nullptr, countArgument(c.failed)),
        tr("%1/s", "photos exported a second").arg(locale.toString(rate, 'f', 1)),
    };
    if (m_job->isWalkFinished() && rate > 0 && done < found) {
        parts << tr("about %1 left").arg(formatDuration(qint64((found - done) / rate + 0.5)));
    }
    m_progressLabel->setText(parts.join(QStringLiteral(" · ")));
}

QString ExportDialog::summaryText() const
{
    return m_summaryLabel->text();
}

void ExportDialog::onFinished()
{
    updateProgress();
    const ExportJob::Counts& c = m_job->counts();
    m_progressBar->setRange(0, int(qMax<qint64>(1, m_job->found())));
    m_progressBar->setValue(int(m_job->done()));
    QString summary;
    if (m_job->hasError() && m_job->error().kind == GraphError::Kind::Cancelled) {
        summary = tr("Cancelled after %1 s.").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1));
    } else if (m_job->hasError()) {
        summary = tr("The export stopped: %1")
                      .arg(m_job->error().message.isEmpty() ? errorDisplayText(m_job->error())
                                                            : m_job->error().displayMessage());
    } else {
        summary = (options().dryRun ? tr("Dry run done in %1 s.") : tr("Done in %1 s."))
                      .arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1));
    }
    // One text a count, so that each language can decline the word after it, in the language's list.
    const QStringList counts{
        tr("%Ln written", nullptr, countArgument(c.written)),
        tr("%Ln unchanged", nullptr, countArgument(c.unchanged)),
        tr("%Ln skipped (no photo)", nullptr, countArgument(c.skipped)),
        tr("%Ln failed", nullptr, countArgument(c.failed)),
        tr("%Ln removed", nullptr, countArgument(c.removed)),
    };
    summary += u' '
        + tr("%1.", "the export summary's list of counts, as a sentence").arg(QLocale().createSeparatedList(counts));
    m_summaryLabel->setText(summary);
    m_summaryLabel->show();
    for (const ExportRecord& r : m_job->failures()) {
        const QString who = r.object.displayName.isEmpty()
            ? r.object.path.toString()
            : QStringLiteral("%1 (%2)").arg(r.object.displayName, r.object.path.toString());
        // The record's message is English (machine output); people read Graph's error in their language.
        const QString why = r.photo.error.isError() ? errorDisplayText(r.photo.error)
            : r.message.isEmpty()                   ? explainPhoto(r.photo.status, r.photo.reason).summary()
                                                    : r.message;
        m_failureList->addItem(QStringLiteral("%1: %2").arg(who, why));
    }
    m_failureList->setVisible(m_failureList->count() > 0);
    m_openFolderButton->setEnabled(QDir(m_folderEdit->text()).exists());
    updateForm();
    emit exportFinished();
}

} // namespace Portrait
