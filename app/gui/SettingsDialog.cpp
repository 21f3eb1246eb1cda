#include "SettingsDialog.h"

#include "Theme.h"
#include "bulk/NameTemplate.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <algorithm>
#include <functional>

namespace Portrait {

namespace {
QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// An image decoded off the GUI thread for the placeholder list.
struct DecodedImage
{
    QString path;
    PhotoFingerprint fingerprint;
    QString error;
};

DecodedImage decodeImage(const QString& path)
{
    DecodedImage result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return result;
    }
    result.fingerprint = PhotoFingerprint::compute(file.readAll());
    return result;
}
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    setAccessibleName(tr("Preferences"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setAccessibleName(tr("Preference pages"));
    m_tabs->addTab(createNetworkPage(), tr("&Network"));
    m_tabs->addTab(createCachePage(), tr("C&ache"));
    m_tabs->addTab(createExportPage(), tr("E&xport"));
    m_tabs->addTab(createPlaceholderPage(), tr("&Placeholders"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_messageLabel->setAccessibleName(tr("Message"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("settingsOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);

    updateProxyFields();
    updateCacheUsage();
    updateTemplateError();
    updatePlaceholderList();
}

SettingsDialog::~SettingsDialog() = default;

QWidget* SettingsDialog::createNetworkPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("networkPage"));
    auto* form = new QFormLayout(page);

    m_concurrencySpin = new QSpinBox(page);
    m_concurrencySpin->setObjectName(QStringLiteral("concurrencySpin"));
    m_concurrencySpin->setAccessibleName(tr("Photo requests at a time"));
    m_concurrencySpin->setRange(1, AppSettings::kMaxConcurrency);
    m_concurrencySpin->setValue(AppSettings::concurrency());
    form->addRow(tr("Photo &requests at a time:"), m_concurrencySpin);
    form->addRow(QString(),
                 noteLabel(tr("Microsoft Graph serves at most 4 photo requests at a time per app; more only "
                              "brings throttling. Takes effect for the next connection and export."),
                           page));

    const AppSettings::Proxy proxy = AppSettings::proxy();
    m_proxyGroup = new QButtonGroup(page);
    m_systemProxyRadio = new QRadioButton(tr("Use the &system proxy settings"), page);
    m_systemProxyRadio->setObjectName(QStringLiteral("systemProxyRadio"));
    m_noProxyRadio = new QRadioButton(tr("&Direct connection, no proxy"), page);
    m_noProxyRadio->setObjectName(QStringLiteral("noProxyRadio"));
    m_manualProxyRadio = new QRadioButton(tr("&Manual HTTP proxy:"), page);
    m_manualProxyRadio->setObjectName(QStringLiteral("manualProxyRadio"));
    m_proxyGroup->addButton(m_systemProxyRadio, int(AppSettings::ProxyMode::System));
    m_proxyGroup->addButton(m_noProxyRadio, int(AppSettings::ProxyMode::None));
    m_proxyGroup->addButton(m_manualProxyRadio, int(AppSettings::ProxyMode::Manual));
    m_proxyGroup->button(int(proxy.mode))->setChecked(true);

    m_proxyHostEdit = new QLineEdit(proxy.host, page);
    m_proxyHostEdit->setObjectName(QStringLiteral("proxyHostEdit"));
    m_proxyHostEdit->setAccessibleName(tr("Proxy host"));
    m_proxyHostEdit->setPlaceholderText(tr("proxy.example.com"));
    Theme::fitPlaceholder(m_proxyHostEdit);
    m_proxyPortSpin = new QSpinBox(page);
    m_proxyPortSpin->setObjectName(QStringLiteral("proxyPortSpin"));
    m_proxyPortSpin->setAccessibleName(tr("Proxy port"));
    m_proxyPortSpin->setRange(1, 65535);
    m_proxyPortSpin->setValue(proxy.port);
    // Host and port on a row of their own under their radio button, indented to its text: the host field takes
    // the row's width, so a long proxy name fits in every language (beside the radio's label it had ~25 px).
    auto* manualRow = new QHBoxLayout;
    QStyleOptionButton radioOption;
    radioOption.initFrom(m_manualProxyRadio);
    manualRow->setContentsMargins(
        style()->subElementRect(QStyle::SE_RadioButtonContents, &radioOption, m_manualProxyRadio).left(), 0, 0, 0);
    m_proxyHostLabel = new QLabel(tr("&Host:"), page);
    m_proxyHostLabel->setObjectName(QStringLiteral("proxyHostLabel"));
    m_proxyHostLabel->setBuddy(m_proxyHostEdit);
    manualRow->addWidget(m_proxyHostLabel);
    manualRow->addWidget(m_proxyHostEdit, 1);
    m_proxyPortLabel = new QLabel(tr("P&ort:"), page);
    m_proxyPortLabel->setObjectName(QStringLiteral("proxyPortLabel"));
    m_proxyPortLabel->setBuddy(m_proxyPortSpin);
    manualRow->addWidget(m_proxyPortLabel);
    manualRow->addWidget(m_proxyPortSpin);

    auto* proxyBox = new QVBoxLayout;
    proxyBox->addWidget(m_systemProxyRadio);
    proxyBox->addWidget(m_noProxyRadio);
    proxyBox->addWidget(m_manualProxyRadio);
    proxyBox->addLayout(manualRow);
    form->addRow(tr("Proxy:"), proxyBox);
    connect(m_proxyGroup, &QButtonGroup::idToggled, this, [this]() { updateProxyFields(); });
    return page;
}

QWidget* SettingsDialog::createCachePage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("cachePage"));
    auto* form = new QFormLayout(page);

    m_cacheDirEdit = new QLineEdit(QDir::toNativeSeparators(AppSettings::cacheDirectory()), page);
    m_cacheDirEdit->setObjectName(QStringLiteral("cacheDirEdit"));
    m_cacheDirEdit->setAccessibleName(tr("Cache folder"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    browse->setObjectName(QStringLiteral("cacheBrowseButton"));
    browse->setAccessibleName(tr("Choose the cache folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseCacheFolder);
    connect(m_cacheDirEdit, &QLineEdit::editingFinished, this, &SettingsDialog::updateCacheUsage);
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(m_cacheDirEdit, 1);
    dirRow->addWidget(browse);
    // A label of its own with the line edit as buddy: a row of a layout gets none, and showed "&Folder:".
    auto* dirLabel = new QLabel(tr("&Folder:"), page);
    dirLabel->setObjectName(QStringLiteral("cacheDirLabel"));
    dirLabel->setBuddy(m_cacheDirEdit);
    form->addRow(dirLabel, dirRow);

    m_cacheSizeSpin = new QSpinBox(page);
    m_cacheSizeSpin->setObjectName(QStringLiteral("cacheSizeSpin"));
    m_cacheSizeSpin->setAccessibleName(tr("Largest cache size"));
    m_cacheSizeSpin->setRange(1, AppSettings::kMaxCacheMegabytes);
    m_cacheSizeSpin->setSuffix(tr(" MB"));
    m_cacheSizeSpin->setValue(AppSettings::cacheMaxMegabytes());
    form->addRow(tr("&Largest size:"), m_cacheSizeSpin);

    m_cacheUsageLabel = new QLabel(page);
    m_cacheUsageLabel->setObjectName(QStringLiteral("cacheUsageLabel"));
    m_cacheUsageLabel->setAccessibleName(tr("Cache use"));
    m_clearCacheButton = new QPushButton(tr("C&lear cache"), page);
    m_clearCacheButton->setObjectName(QStringLiteral("clearCacheButton"));
    m_clearCacheButton->setAccessibleName(tr("Clear the cache"));
    connect(m_clearCacheButton, &QPushButton::clicked, this, &SettingsDialog::clearCache);
    auto* usageRow = new QHBoxLayout;
    usageRow->addWidget(m_cacheUsageLabel, 1);
    usageRow->addWidget(m_clearCacheButton);
    form->addRow(tr("In use:"), usageRow);
    form->addRow(QString(),
                 noteLabel(tr("Thumbnails and photos already seen, so that browsing again is fast. Clearing it "
                              "loses nothing: what is needed is downloaded again."),
                           page));
    return page;
}

QWidget* SettingsDialog::createExportPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("exportPage"));
    auto* form = new QFormLayout(page);
    m_templateEdit = new QLineEdit(AppSettings::exportTemplate(), page);
    m_templateEdit->setObjectName(QStringLiteral("defaultTemplateEdit"));
    m_templateEdit->setAccessibleName(tr("Default file names"));
    m_templateEdit->setPlaceholderText(NameTemplate::defaultPattern());
    connect(m_templateEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateTemplateError);
    form->addRow(tr("Default &file names:"), m_templateEdit);
    QStringList tokens;
    for (const QString& token : NameTemplate::tokens()) {
        tokens << QLatin1Char('{') + token + QLatin1Char('}');
    }
    form->addRow(QString(),
                 noteLabel(tr("Tokens: %1. A / makes a subfolder. The export dialog starts with this "
                              "template and remembers the one last used.")
                               .arg(tokens.join(QLatin1Char(' '))),
                           page));
    m_templateErrorLabel = new QLabel(page);
    m_templateErrorLabel->setObjectName(QStringLiteral("defaultTemplateErrorLabel"));
    m_templateErrorLabel->setAccessibleName(tr("Template error"));
    m_templateErrorLabel->setWordWrap(true);
    m_templateErrorLabel->setTextFormat(Qt::PlainText);
    Theme::markAsError(m_templateErrorLabel);
    form->addRow(QString(), m_templateErrorLabel);
    auto* reset = new QPushButton(tr("&Reset to the default"), page);
    reset->setObjectName(QStringLiteral("resetTemplateButton"));
    reset->setAccessibleName(tr("Reset the file names to the default"));
    connect(reset, &QPushButton::clicked, this, [this]() { m_templateEdit->setText(NameTemplate::defaultPattern()); });
    form->addRow(QString(), reset);
    return page;
}

QWidget* SettingsDialog::createPlaceholderPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("placeholderPage"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(noteLabel(tr("Images your organisation uses instead of a real photo (a silhouette, a logo). "
                                   "The audit counts photos that look like them as placeholders, also when they "
                                   "were resized or re-encoded."),
                                page));
    m_placeholders = AppSettings::placeholders();
    m_placeholderList = new QListWidget(page);
    m_placeholderList->setObjectName(QStringLiteral("placeholderList"));
    m_placeholderList->setAccessibleName(tr("Placeholder images"));
    m_placeholderList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_placeholderList, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("A&dd images…"), page);
    add->setObjectName(QStringLiteral("addPlaceholderImagesButton"));
    add->setAccessibleName(tr("Add placeholder images"));
    connect(add, &QPushButton::clicked, this, &SettingsDialog::choosePlaceholderFiles);
    m_removePlaceholderButton = new QPushButton(tr("&Remove"), page);
    m_removePlaceholderButton->setObjectName(QStringLiteral("removePlaceholderButton"));
    m_removePlaceholderButton->setAccessibleName(tr("Remove the selected placeholder images"));
    m_removePlaceholderButton->setEnabled(false);
    connect(m_removePlaceholderButton, &QPushButton::clicked, this, [this]() {
        QList<int> rows;
        for (const QListWidgetItem* item : m_placeholderList->selectedItems()) {
            rows << m_placeholderList->row(item);
        }
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (const int row : rows) {
            m_placeholders.removeAt(row);
        }
        updatePlaceholderList();
        emit placeholdersChanged();
    });
    connect(m_placeholderList, &QListWidget::itemSelectionChanged, this,
            [this]() { m_removePlaceholderButton->setEnabled(!m_placeholderList->selectedItems().isEmpty()); });
    buttons->addWidget(add);
    buttons->addWidget(m_removePlaceholderButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    return page;
}

void SettingsDialog::updateProxyFields()
{
    // The fields and their labels: greyed together while another choice is made.
    const bool manual = m_manualProxyRadio->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_proxyHostLabel, m_proxyHostEdit, m_proxyPortLabel, m_proxyPortSpin}) {
        w->setEnabled(manual);
    }
}

void SettingsDialog::updateCacheUsage()
{
    const QString dir = QDir::fromNativeSeparators(m_cacheDirEdit->text().trimmed());
    const qint64 bytes = CacheFolder(dir).usage();
    m_cacheUsageLabel->setText(QLocale().formattedDataSize(bytes));
    m_clearCacheButton->setEnabled(bytes > 0);
}

void SettingsDialog::updateTemplateError()
{
    const QString pattern = m_templateEdit->text().trimmed();
    const NameTemplate parsed(pattern);
    const QString error = pattern.isEmpty() || parsed.isValid() ? QString() : parsed.errorString();
    m_templateErrorLabel->setText(error);
    m_templateErrorLabel->setVisible(!error.isEmpty());
}

void SettingsDialog::updatePlaceholderList()
{
    m_placeholderList->clear();
    for (const PlaceholderSet::Entry& entry : m_placeholders.entries()) {
        m_placeholderList->addItem(entry.label);
    }
    m_removePlaceholderButton->setEnabled(false);
}

void SettingsDialog::chooseCacheFolder()
{
    auto* dialog = new QFileDialog(this, tr("Choose the cache folder"));
    dialog->setObjectName(QStringLiteral("cacheFolderDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setDirectory(QDir::fromNativeSeparators(m_cacheDirEdit->text()));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& dir) {
        m_cacheDirEdit->setText(QDir::toNativeSeparators(dir));
        updateCacheUsage();
    });
    dialog->open();
}

void SettingsDialog::choosePlaceholderFiles()
{
    auto* dialog = new QFileDialog(this, tr("Choose placeholder images"));
    dialog->setObjectName(QStringLiteral("placeholderFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& files) {
        for (const QString& file : files) {
            addPlaceholderFile(file);
        }
    });
    dialog->open();
}

void SettingsDialog::addPlaceholderFile(const QString& path)
{
    ++m_pendingImages;
    auto* watcher = new QFutureWatcher<DecodedImage>(this);
    connect(watcher, &QFutureWatcher<DecodedImage>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        --m_pendingImages;
        const DecodedImage image = watcher->result();
        const QString name = QFileInfo(image.path).fileName();
        if (!image.error.isEmpty()) {
            showMessage(tr("Cannot read %1: %2").arg(name, image.error), true);
        } else if (!image.fingerprint.decoded) {
            showMessage(tr("%1 is not an image Portrait can read.").arg(name), true);
        } else if (!m_placeholders.addFingerprint(image.fingerprint, name)) {
            showMessage(tr("%1 is already a placeholder.").arg(name), false);
        } else {
            showMessage({}, false);
            updatePlaceholderList();
        }
        emit placeholdersChanged();
    });
    watcher->setFuture(QtConcurrent::run(decodeImage, path));
}

void SettingsDialog::clearCache()
{
    const QString dir = QDir::fromNativeSeparators(m_cacheDirEdit->text().trimmed());
    QString error;
    if (!CacheFolder(dir).clear(&error)) {
        showMessage(error, true);
    } else {
        showMessage(tr("The cache is empty."), false);
    }
    updateCacheUsage();
}

void SettingsDialog::showMessage(const QString& text, bool error)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
    if (error) {
        Theme::markAsError(m_messageLabel);
    }
}

QString SettingsDialog::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void SettingsDialog::accept()
{
    // Checked first, saved only when all of it is usable: a bad field loses nothing and says what is wrong.
    const QString pattern = m_templateEdit->text().trimmed();
    if (!pattern.isEmpty() && !NameTemplate(pattern).isValid()) {
        m_tabs->setCurrentWidget(m_templateEdit->parentWidget());
        m_templateEdit->setFocus();
        showMessage(tr("The default file names are not a valid template: %1").arg(NameTemplate(pattern).errorString()),
                    true);
        return;
    }
    AppSettings::Proxy proxy;
    proxy.mode = AppSettings::ProxyMode(m_proxyGroup->checkedId());
    proxy.host = m_proxyHostEdit->text().trimmed();
    proxy.port = m_proxyPortSpin->value();
    if (proxy.mode == AppSettings::ProxyMode::Manual
        && (proxy.host.isEmpty() || proxy.host.contains(QLatin1Char(' ')) || proxy.host.contains(QLatin1Char('/')))) {
        m_tabs->setCurrentWidget(m_proxyHostEdit->parentWidget());
        m_proxyHostEdit->setFocus();
        showMessage(tr("Enter the proxy's host name or address, such as proxy.example.com."), true);
        return;
    }
    const QString cacheDir = QDir::cleanPath(QDir::fromNativeSeparators(m_cacheDirEdit->text().trimmed()));
    if (cacheDir != QDir::cleanPath(AppSettings::cacheDirectory())) {
        QString error;
        if (!CacheFolder(cacheDir).prepare(&error)) {
            m_tabs->setCurrentWidget(m_cacheDirEdit->parentWidget());
            m_cacheDirEdit->setFocus();
            showMessage(error, true);
            return;
        }
    }
    if (m_pendingImages > 0) {
        showMessage(tr("Still reading placeholder images; try again in a moment."), false);
        return;
    }

    AppSettings::setConcurrency(m_concurrencySpin->value());
    AppSettings::setProxy(proxy);
    AppSettings::applyProxy(AppSettings::proxy());
    AppSettings::setCacheDirectory(cacheDir);
    AppSettings::setCacheMaxMegabytes(m_cacheSizeSpin->value());
    AppSettings::setExportTemplate(pattern.isEmpty() ? NameTemplate::defaultPattern() : pattern);
    AppSettings::setPlaceholders(m_placeholders);
    emit settingsApplied();
    QDialog::accept();
}

} // namespace Portrait
