#include "CliApp.h"

#include "PortraitVersion.h"
#include "bulk/PhotoRecord.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/ObjectJob.h"
#include "graph/PhotoJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

namespace Portrait {

namespace {

const QString kList = QStringLiteral("list");
const QString kPhoto = QStringLiteral("photo");
const QString kSizes = QStringLiteral("sizes");

QString commandSummary()
{
    return QCoreApplication::translate(
        "CliApp",
        "Browse and fetch Microsoft 365 / Entra ID profile photos through Microsoft Graph.\n"
        "\n"
        "Commands:\n"
        "  list COLLECTION [--search TEXT] [--filter ODATA] [--top N]\n"
        "  photo ITEM [--size WxH] [--meta] [-o FILE|-]\n"
        "  sizes ITEM\n"
        "\n"
        "ITEM: me, users/{id|upn}, groups/{id}, me/contacts/{id}, users/{id|upn}/contacts/{id},\n"
        "      me/contactfolders/{folderId}/contacts/{id}, users/{id|upn}/contactfolders/{folderId}/contacts/{id}\n"
        "COLLECTION: users, groups, groups/{id}/members, me/contacts, me/contactfolders,\n"
        "      me/contactfolders/{folderId}/contacts, and the same under users/{id|upn}/\n"
        "\n"
        "Exit codes: 0 done, 1 some principals ended in error, 2 usage error,\n"
        "3 authentication failed, 4 service unreachable or run aborted.");
}

} // namespace

CliApp::CliApp(QObject* parent)
    : QObject(parent)
{ }

CliApp::~CliApp() = default;

int CliApp::parse(const QStringList& arguments)
{
    m_parser.setApplicationDescription(commandSummary());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption demo(QStringLiteral("demo"), tr("Use the built-in demo tenant (no sign-in)."));
    const QCommandLineOption account(QStringLiteral("account"), tr("A signed-in account from the keychain."),
                                     tr("NAME"));
    const QCommandLineOption tokenEnv(QStringLiteral("access-token-env"),
                                      tr("Read the bearer token from environment variable VAR."), tr("VAR"));
    const QCommandLineOption tokenFile(QStringLiteral("access-token-file"),
                                       tr("Read the bearer token from the first line of FILE."), tr("FILE"));
    const QCommandLineOption graphUrl(
        QStringLiteral("graph-url"),
        tr("Graph root with its version, default https://graph.microsoft.com/v1.0 (http:// only for loopback)."),
        tr("URL"));
    const QCommandLineOption cloud(QStringLiteral("cloud"), tr("National cloud: global, usgov, usgov-dod or china."),
                                   tr("CLOUD"));
    const QCommandLineOption json(QStringLiteral("json"), tr("One JSON object per line on stdout."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Photo requests in flight at most (default 4)."), tr("N"));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"), tr("Seconds without progress before a request fails (default 60)."), tr("SECONDS"));
    const QCommandLineOption verbose({QStringLiteral("v"), QStringLiteral("verbose")}, tr("Log every request."));
    const QCommandLineOption quiet({QStringLiteral("q"), QStringLiteral("quiet")},
                                   tr("Print only records and errors."));
    const QCommandLineOption search(QStringLiteral("search"), tr("list: match display names."), tr("TEXT"));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("list: an OData $filter."), tr("ODATA"));
    const QCommandLineOption top(QStringLiteral("top"), tr("list: at most N entries."), tr("N"));
    const QCommandLineOption size(QStringLiteral("size"), tr("photo: one of Graph's sizes, e.g. 96x96."), tr("WxH"));
    const QCommandLineOption meta(QStringLiteral("meta"), tr("photo: print the photo's record."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("photo: write the bytes to FILE (- for stdout)."), tr("FILE"));
    m_parser.addOptions({help, version, demo, account, tokenEnv, tokenFile, graphUrl, cloud, json, concurrency, timeout,
                         verbose, quiet, search, filter, top, size, meta, output});
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("list, photo or sizes"), tr("COMMAND [ARGS...]"));

    if (!m_parser.parse(arguments)) {
        usageError(m_parser.errorText());
        return Usage;
    }
    if (m_parser.isSet(help)) {
        std::fputs(qPrintable(m_parser.helpText()), stdout);
        return Ok;
    }
    if (m_parser.isSet(version)) {
        std::fprintf(stdout, "portrait-cli %s\n", PORTRAIT_VERSION);
        return Ok;
    }
    m_json = m_parser.isSet(json);
    m_quiet = m_parser.isSet(quiet);
    if (m_parser.isSet(verbose)) {
        QLoggingCategory::setFilterRules(QStringLiteral("portrait.*.debug=true"));
    }

    m_connection.demo = m_parser.isSet(demo);
    m_connection.account = m_parser.value(account);
    m_connection.accessTokenEnv = m_parser.value(tokenEnv);
    m_connection.accessTokenFile = m_parser.value(tokenFile);
    m_connection.graphUrl = m_parser.value(graphUrl);
    if (m_parser.isSet(cloud)) {
        if (!cloudFromName(m_parser.value(cloud), &m_connection.cloud)) {
            usageError(tr("unknown cloud '%1': use global, usgov, usgov-dod or china").arg(m_parser.value(cloud)));
            return Usage;
        }
        m_connection.cloudGiven = true;
    }
    if (m_parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = m_parser.value(timeout).toInt(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            usageError(tr("--timeout takes a number of seconds from 1 to 3600"));
            return Usage;
        }
        m_connection.timeoutSeconds = seconds;
    }
    if (m_parser.isSet(concurrency)) {
        bool ok = false;
        const int n = m_parser.value(concurrency).toInt(&ok);
        if (!ok || n <= 0 || n > 64) {
            usageError(tr("--concurrency takes a number from 1 to 64"));
            return Usage;
        }
    }

    const QStringList positional = m_parser.positionalArguments();
    if (positional.isEmpty()) {
        usageError(tr("no command given"));
        return Usage;
    }
    m_command = positional.first();
    m_args = positional.mid(1);

    // Each command's own options, and nothing else.
    const QList<std::pair<QCommandLineOption, QString>> owned
        = {{search, kList}, {filter, kList}, {top, kList}, {size, kPhoto}, {meta, kPhoto}, {output, kPhoto}};
    if (m_command != kList && m_command != kPhoto && m_command != kSizes) {
        usageError(tr("unknown command '%1'").arg(m_command));
        return Usage;
    }
    for (const auto& [option, command] : owned) {
        if (m_parser.isSet(option) && command != m_command) {
            usageError(tr("--%1 is not an option of '%2'").arg(option.names().constLast(), m_command));
            return Usage;
        }
    }
    if (m_args.size() != 1) {
        usageError(m_args.isEmpty() ? tr("'%1' needs an address").arg(m_command)
                                    : tr("'%1' takes one address, got %2").arg(m_command).arg(m_args.size()));
        return Usage;
    }
    if (m_parser.isSet(top)) {
        bool ok = false;
        const qint64 n = m_parser.value(top).toLongLong(&ok);
        if (!ok || n <= 0) {
            usageError(tr("--top takes a positive number"));
            return Usage;
        }
    }
    if (m_parser.isSet(size)) {
        QString sizeId;
        if (!parseSize(m_parser.value(size), &sizeId)) {
            usageError(tr("--size takes WxH, e.g. 96x96"));
            return Usage;
        }
    }
    // Addresses are checked before anything connects.
    QString error;
    const ItemPath path = ItemPath::parse(m_args.first(), &error);
    if (!path.isValid()) {
        usageError(error);
        return Usage;
    }
    if (m_command == kList && !path.isCollection()) {
        usageError(
            tr("'%1' is not a collection (e.g. users, groups, groups/{id}/members, me/contacts)").arg(m_args.first()));
        return Usage;
    }
    if (m_command != kList && !path.isPrincipal()) {
        usageError(tr("'%1' is not a user, group or contact").arg(m_args.first()));
        return Usage;
    }
    if (m_command == kPhoto && m_parser.isSet(size) && !path.supportsPhotoSizes()) {
        usageError(tr("contacts have a single photo size: drop --size"));
        return Usage;
    }

    Session::Failure failure = Session::Failure::None;
    m_session = Session::open(m_connection, &failure, &error);
    if (!m_session) {
        warn(error);
        switch (failure) {
        case Session::Failure::Usage:
            return Usage;
        case Session::Failure::Auth:
            return AuthFailed;
        default:
            return Unreachable;
        }
    }
    if (m_session->isDemo()) {
        info(tr("Using the %1.").arg(m_session->description()));
    }
    return -1;
}

bool CliApp::parseSize(const QString& text, QString* sizeId)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,4})[xX]([1-9][0-9]{0,4})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return false;
    }
    *sizeId = m.captured(1) + u'x' + m.captured(2);
    return true;
}

void CliApp::run()
{
    if (m_command == kList) {
        runList();
    } else if (m_command == kPhoto) {
        runPhoto();
    } else {
        runSizes();
    }
}

void CliApp::runList()
{
    const ItemPath collection = ItemPath::parse(m_args.first());
    ListQuery query;
    query.search = m_parser.value(QStringLiteral("search"));
    query.filter = m_parser.value(QStringLiteral("filter"));
    if (m_parser.isSet(QStringLiteral("top"))) {
        query.maxItems = m_parser.value(QStringLiteral("top")).toLongLong();
    }
    auto* job = new ListJob(m_session->client(), collection, query, this);
    connect(job, &ListJob::pageReceived, this, [this](const QList<DirectoryObject>& objects) {
        for (const DirectoryObject& o : objects) {
            if (m_json) {
                printRecord(objectRecord(o));
            } else {
                const QString address = !o.userPrincipalName.isEmpty() ? o.userPrincipalName : o.mail;
                std::fprintf(stdout, "%s\t%s\t%s\n", qUtf8Printable(o.displayName), qUtf8Printable(address),
                             qUtf8Printable(o.path.toString()));
            }
        }
    });
    connect(job, &GraphJob::finished, this, [this, job]() {
        job->deleteLater();
        if (job->hasError()) {
            failWith(job->error());
            return;
        }
        info(tr("%n entries.", nullptr, int(job->objects().size())));
        finish(Ok);
    });
    job->start();
}

void CliApp::resolveThen(const ItemPath& item, std::function<void(const DirectoryObject&)> next)
{
    auto* job = new ObjectJob(m_session->client(), item, this);
    connect(job, &GraphJob::finished, this, [this, job, next = std::move(next)]() {
        job->deleteLater();
        if (job->hasError()) {
            failWith(job->error());
            return;
        }
        next(job->object());
    });
    job->start();
}

void CliApp::runPhoto()
{
    const ItemPath item = ItemPath::parse(m_args.first());
    const bool metaOnly = m_parser.isSet(QStringLiteral("meta")) && !m_parser.isSet(QStringLiteral("o"));
    QString sizeId;
    if (m_parser.isSet(QStringLiteral("size"))) {
        parseSize(m_parser.value(QStringLiteral("size")), &sizeId);
    }
    resolveThen(item, [this, item, metaOnly, sizeId](const DirectoryObject& object) {
        auto* job
            = new PhotoJob(m_session->client(), item,
                           metaOnly ? PhotoJob::Mode::MetadataOnly : PhotoJob::Mode::MetadataAndBytes, sizeId, this);
        connect(job, &GraphJob::finished, this, [this, job, object]() {
            job->deleteLater();
            if (job->hasError()) {
                failWith(job->error());
                return;
            }
            const PhotoInfo& photo = job->info();
            const QString output = m_parser.value(QStringLiteral("o"));
            std::FILE* recordStream = output == QLatin1String("-") ? stderr : stdout;
            if (!output.isEmpty()) {
                if (!photo.hasBytes()) {
                    info(tr("%1 has no photo (%2): nothing written.").arg(object.displayName, photo.reason));
                } else if (output == QLatin1String("-")) {
                    std::fwrite(photo.data.constData(), 1, size_t(photo.data.size()), stdout);
                    std::fflush(stdout);
                } else {
                    QSaveFile file(output);
                    if (!file.open(QIODevice::WriteOnly) || file.write(photo.data) != photo.data.size()
                        || !file.commit()) {
                        warn(tr("cannot write '%1': %2").arg(output, file.errorString()));
                        finish(SomeErrors);
                        return;
                    }
                    info(tr("Wrote %1 (%2 bytes, %3).").arg(output).arg(photo.bytes).arg(photo.mediaType));
                }
            }
            const QJsonObject record = photoRecord(object, photo);
            if (m_json) {
                printRecord(record, recordStream);
            } else if (m_parser.isSet(QStringLiteral("meta")) || output.isEmpty()) {
                QString text = tr("%1 (%2)\n  status: %3")
                                   .arg(object.displayName, object.path.toString(), photoStatusName(photo.status));
                if (photo.status != PhotoStatus::Photo) {
                    text += tr(" (%1)").arg(photo.reason);
                }
                if (photo.hasPhoto()) {
                    text += tr("\n  size: %1 x %2\n  media type: %3\n  etag: %4")
                                .arg(photo.width)
                                .arg(photo.height)
                                .arg(photo.mediaType, photo.etag);
                }
                if (photo.hasBytes()) {
                    text += tr("\n  bytes: %1\n  sha256: %2").arg(photo.bytes).arg(photo.sha256);
                }
                if (photo.error.isError()) {
                    text += tr("\n  graph: %1").arg(photo.error.toString());
                }
                std::fprintf(recordStream, "%s\n", qUtf8Printable(text));
            }
            if (photo.status == PhotoStatus::Error) {
                warn(photo.error.toString());
                finish(exitCodeFor(photo.error) == Unreachable ? Unreachable : SomeErrors);
                return;
            }
            finish(Ok);
        });
        job->start();
    });
}

void CliApp::runSizes()
{
    const ItemPath item = ItemPath::parse(m_args.first());
    resolveThen(item, [this, item](const DirectoryObject& object) {
        const auto print = [this, object](const QList<PhotoSize>& sizes) {
            for (const PhotoSize& s : sizes) {
                if (m_json) {
                    QJsonObject r;
                    r.insert(QLatin1String("path"), object.path.toString());
                    r.insert(QLatin1String("id"), s.id);
                    r.insert(QLatin1String("width"), s.width);
                    r.insert(QLatin1String("height"), s.height);
                    printRecord(r);
                } else {
                    std::fprintf(stdout, "%s\t%d\t%d\n", qUtf8Printable(s.id), s.width, s.height);
                }
            }
            info(tr("%n sizes.", nullptr, int(sizes.size())));
            finish(Ok);
        };
        if (!item.supportsPhotoSizes()) {
            // Contacts have one size: the photo itself.
            auto* job = new PhotoJob(m_session->client(), item, PhotoJob::Mode::MetadataOnly, {}, this);
            connect(job, &GraphJob::finished, this, [this, job, print]() {
                job->deleteLater();
                const PhotoInfo& photo = job->info();
                if (photo.status == PhotoStatus::Error) {
                    failWith(photo.error);
                    return;
                }
                QList<PhotoSize> sizes;
                if (photo.hasPhoto()) {
                    sizes.append(PhotoSize{photo.sizeId.isEmpty()
                                               ? QStringLiteral("%1x%2").arg(photo.width).arg(photo.height)
                                               : photo.sizeId,
                                           photo.width, photo.height});
                }
                print(sizes);
            });
            job->start();
            return;
        }
        auto* job = new PhotoSizesJob(m_session->client(), item, this);
        connect(job, &GraphJob::finished, this, [this, job, print]() {
            job->deleteLater();
            if (job->hasError()) {
                QString reason;
                const PhotoStatus status = classifyPhotoError(job->error(), &reason);
                if (status == PhotoStatus::None || status == PhotoStatus::Unavailable) {
                    info(tr("No sizes: %1.").arg(reason));
                    print({});
                    return;
                }
                failWith(job->error());
                return;
            }
            print(job->sizes());
        });
        job->start();
    });
}

int CliApp::exitCodeFor(const GraphError& error) const
{
    if (error.isAuthFailure()) {
        return AuthFailed;
    }
    switch (error.kind) {
    case GraphError::Kind::Network:
    case GraphError::Kind::Timeout:
    case GraphError::Kind::Cancelled:
        return Unreachable;
    default:
        return SomeErrors;
    }
}

void CliApp::failWith(const GraphError& error)
{
    warn(error.toString());
    finish(exitCodeFor(error));
}

void CliApp::finish(int code)
{
    std::fflush(stdout);
    std::fflush(stderr);
    QCoreApplication::exit(code);
}

void CliApp::usageError(const QString& message)
{
    std::fprintf(stderr, "portrait-cli: %s\n%s\n", qUtf8Printable(message),
                 qUtf8Printable(tr("Try 'portrait-cli --help'.")));
}

void CliApp::printRecord(const QJsonObject& record, std::FILE* stream)
{
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fputc('\n', stream);
}

void CliApp::info(const QString& text)
{
    if (!m_quiet) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(text));
    }
}

void CliApp::warn(const QString& text)
{
    std::fprintf(stderr, "portrait-cli: %s\n", qUtf8Printable(text));
}

} // namespace Portrait
