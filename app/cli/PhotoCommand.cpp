#include "PhotoCommand.h"

#include "bulk/PhotoRecord.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/PhotoJob.h"

#include <QSaveFile>

namespace Portrait {

namespace {

QString humanRecord(const DirectoryObject& object, const PhotoInfo& photo)
{
    QString text
        = PhotoCommand::tr("%1 (%2)\n  status: %3", "human form of a photo record; the status stays a wire name")
              .arg(object.displayName, object.path.toString(), photoStatusName(photo.status));
    if (photo.status != PhotoStatus::Photo) {
        text += QStringLiteral(" (%1)").arg(photo.reason);
    }
    if (photo.hasPhoto()) {
        text += PhotoCommand::tr("\n  size: %1 x %2\n  media type: %3\n  etag: %4")
                    .arg(photo.width)
                    .arg(photo.height)
                    .arg(photo.mediaType, photo.etag);
    }
    if (photo.hasBytes()) {
        text += PhotoCommand::tr("\n  bytes: %1\n  sha256: %2").arg(photo.bytes).arg(photo.sha256);
    }
    if (photo.error.isError()) {
        text += PhotoCommand::tr("\n  graph: %1").arg(errorDisplayText(photo.error));
    }
    return text;
}

} // namespace

PhotoCommand::PhotoCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

QString PhotoCommand::synopsis() const
{
    return QStringLiteral("photo ITEM [--size WxH] [--meta] [-o FILE|-]");
}

QList<QCommandLineOption> PhotoCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("size"), tr("photo: one of Graph's sizes, e.g. 96x96."), tr("WxH")),
        QCommandLineOption(QStringLiteral("meta"), tr("photo: print the photo's record.")),
        QCommandLineOption({QStringLiteral("o"), QStringLiteral("output")},
                           tr("photo: write the bytes to FILE (- for stdout)."), tr("FILE")),
    };
}

int PhotoCommand::validate(const QStringList& arguments)
{
    if (!context().parsePrincipalArgument(arguments, tr("'photo' takes one address, e.g. users/adele@contoso.com"),
                                          &m_item)) {
        return ExitUsage;
    }
    if (context().isSet(QStringLiteral("size"))) {
        if (!CliContext::parseSize(context().value(QStringLiteral("size")), &m_sizeId)) {
            context().usageError(tr("--size takes WxH, e.g. 96x96"));
            return ExitUsage;
        }
        if (!m_item.supportsPhotoSizes()) {
            context().usageError(tr("contacts have a single photo size: drop --size"));
            return ExitUsage;
        }
    }
    return -1;
}

void PhotoCommand::run()
{
    const bool meta = context().isSet(QStringLiteral("meta"));
    const QString output = context().value(QStringLiteral("o"));
    const PhotoJob::Mode mode
        = meta && output.isEmpty() ? PhotoJob::Mode::MetadataOnly : PhotoJob::Mode::MetadataAndBytes;
    context().resolvePrincipal(m_item, [this, mode, meta, output](const DirectoryObject& object) {
        auto* job = new PhotoJob(context().session()->client(), m_item, mode, m_sizeId, this);
        connect(job, &GraphJob::finished, this, [this, job, object, meta, output]() {
            job->deleteLater();
            if (job->hasError()) {
                context().failWith(job->error());
                return;
            }
            const PhotoInfo& photo = job->info();
            // With "-o -" stdout carries the image, so the record goes to stderr.
            std::FILE* recordStream = output == QLatin1String("-") ? stderr : stdout;
            if (!output.isEmpty()) {
                if (!photo.hasBytes()) {
                    context().info(tr("%1 has no photo (%2): nothing written.")
                                       .arg(object.displayName, explainPhoto(photo.status, photo.reason).reason));
                } else if (output == QLatin1String("-")) {
                    std::fwrite(photo.data.constData(), 1, size_t(photo.data.size()), stdout);
                    std::fflush(stdout);
                } else {
                    QSaveFile file(output);
                    if (!file.open(QIODevice::WriteOnly) || file.write(photo.data) != photo.data.size()
                        || !file.commit()) {
                        context().warn(tr("cannot write '%1': %2").arg(output, file.errorString()));
                        context().finish(ExitSomeErrors);
                        return;
                    }
                    context().info(tr("Wrote %1 (%2 bytes, %3).").arg(output).arg(photo.bytes).arg(photo.mediaType));
                }
            }
            if (context().json()) {
                context().printRecord(photoRecord(object, photo), recordStream);
            } else if (meta || output.isEmpty()) {
                std::fprintf(recordStream, "%s\n",
                             qUtf8Printable(CliContext::terminalSafe(humanRecord(object, photo), true)));
            }
            if (photo.status == PhotoStatus::Error) {
                context().warn(errorDisplayText(photo.error));
                context().finish(CliContext::exitCodeFor(photo.error) == ExitUnreachable ? ExitUnreachable
                                                                                         : ExitSomeErrors);
                return;
            }
            context().finish(ExitOk);
        });
        job->start();
    });
}

} // namespace Portrait
