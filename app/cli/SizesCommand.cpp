#include "SizesCommand.h"

#include "graph/PhotoJob.h"

namespace Portrait {

SizesCommand::SizesCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

int SizesCommand::validate(const QStringList& arguments)
{
    if (!context().parsePrincipalArgument(arguments, tr("'sizes' takes one address, e.g. me"), &m_item)) {
        return ExitUsage;
    }
    return -1;
}

void SizesCommand::print(const DirectoryObject& object, const QList<PhotoSize>& sizes)
{
    for (const PhotoSize& s : sizes) {
        if (context().json()) {
            QJsonObject r;
            r.insert(QLatin1String("path"), object.path.toString());
            r.insert(QLatin1String("id"), s.id);
            r.insert(QLatin1String("width"), s.width);
            r.insert(QLatin1String("height"), s.height);
            context().printRecord(r);
        } else {
            context().printFields({s.id, QString::number(s.width), QString::number(s.height)});
        }
    }
    context().info(tr("%n sizes.", nullptr, int(sizes.size())));
    context().finish(ExitOk);
}

void SizesCommand::run()
{
    context().resolvePrincipal(m_item, [this](const DirectoryObject& object) {
        if (!m_item.supportsPhotoSizes()) {
            // Contacts have one size: the photo itself.
            auto* job = new PhotoJob(context().session()->client(), m_item, PhotoJob::Mode::MetadataOnly, {}, this);
            connect(job, &GraphJob::finished, this, [this, job, object]() {
                job->deleteLater();
                const PhotoInfo& photo = job->info();
                if (photo.status == PhotoStatus::Error) {
                    context().failWith(photo.error);
                    return;
                }
                QList<PhotoSize> sizes;
                if (photo.hasPhoto()) {
                    const QString id = photo.sizeId.isEmpty()
                        ? QStringLiteral("%1x%2").arg(photo.width).arg(photo.height)
                        : photo.sizeId;
                    sizes.append(PhotoSize{id, photo.width, photo.height});
                }
                print(object, sizes);
            });
            job->start();
            return;
        }
        auto* job = new PhotoSizesJob(context().session()->client(), m_item, this);
        connect(job, &GraphJob::finished, this, [this, job, object]() {
            job->deleteLater();
            if (job->hasError()) {
                QString reason;
                const PhotoStatus status = classifyPhotoError(job->error(), &reason);
                if (status == PhotoStatus::None || status == PhotoStatus::Unavailable) {
                    context().info(tr("No sizes: %1.").arg(reason));
                    print(object, {});
                    return;
                }
                context().failWith(job->error());
                return;
            }
            print(object, job->sizes());
        });
        job->start();
    });
}

} // namespace Portrait
