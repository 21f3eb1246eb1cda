#include "WriteTask.h"

#include "bulk/PhotoJournal.h"

#include <QJsonArray>

namespace Portrait {

WriteTask WriteTask::undo(const JournalEntry& e)
{
    WriteTask task;
    task.kind = Kind::Undo;
    task.principal.path = e.path;
    task.principal.id = e.path.key();
    task.principal.displayName = e.displayName;
    task.principal.userPrincipalName = e.userPrincipalName;
    task.principal.kind = e.kind == QLatin1String("group") ? DirectoryObject::Kind::Group
        : e.kind == QLatin1String("contact")               ? DirectoryObject::Kind::Contact
                                                           : DirectoryObject::Kind::User;
    task.file = e.file;
    return task;
}

bool WriteOutcome::isWrite() const
{
    return action == QLatin1String("set") || action == QLatin1String("replace") || action == QLatin1String("remove");
}

QJsonObject WriteOutcome::toJson() const
{
    QJsonObject o;
    if (!task.file.isEmpty()) {
        o.insert(QStringLiteral("file"), task.file);
    }
    const DirectoryObject& p = task.principal;
    if (p.path.isValid()) {
        o.insert(QStringLiteral("path"), p.path.toString());
        o.insert(QStringLiteral("kind"), p.kindName());
        o.insert(QStringLiteral("displayName"), p.displayName);
        if (!p.userPrincipalName.isEmpty()) {
            o.insert(QStringLiteral("userPrincipalName"), p.userPrincipalName);
        }
    }
    if (!task.matchedBy.isEmpty()) {
        o.insert(QStringLiteral("matchedBy"), task.matchedBy);
    }
    o.insert(QStringLiteral("action"), action);
    if (!reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), reason);
    }
    if (before.status != PhotoStatus::Error || before.error.isError()) {
        QJsonObject b{{QStringLiteral("status"), photoStatusName(before.status)}};
        if (before.hasPhoto()) {
            b.insert(QStringLiteral("etag"), before.etag);
            b.insert(QStringLiteral("width"), before.width);
            b.insert(QStringLiteral("height"), before.height);
        }
        o.insert(QStringLiteral("before"), b);
    }
    const UploadImage& image = task.image;
    if (image.bytes > 0) {
        o.insert(QStringLiteral("image"),
                 QJsonObject{{QStringLiteral("mediaType"), image.mediaType},
                             {QStringLiteral("width"), image.width},
                             {QStringLiteral("height"), image.height},
                             {QStringLiteral("bytes"), image.bytes},
                             {QStringLiteral("sha256"), image.sha256}});
    }
    if (image.ok) {
        o.insert(QStringLiteral("upload"),
                 QJsonObject{{QStringLiteral("width"), image.uploadWidth},
                             {QStringLiteral("height"), image.uploadHeight},
                             {QStringLiteral("bytes"), qint64(image.jpeg.size())},
                             {QStringLiteral("sha256"), image.uploadSha256}});
    }
    QStringList allWarnings = image.warnings + warnings;
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(allWarnings));
    if (applied) {
        o.insert(QStringLiteral("result"), written ? QStringLiteral("written") : QStringLiteral("failed"));
        if (!etagAfter.isEmpty()) {
            o.insert(QStringLiteral("etagAfter"), etagAfter);
        }
        o.insert(QStringLiteral("verified"), verified);
    }
    if (!backup.isEmpty()) {
        o.insert(QStringLiteral("backup"), backup);
    }
    if (error.isError()) {
        o.insert(QStringLiteral("errorCode"), error.code);
        o.insert(QStringLiteral("errorMessage"), error.message);
        if (error.httpStatus > 0) {
            o.insert(QStringLiteral("httpStatus"), error.httpStatus);
        }
        if (!error.requestId.isEmpty()) {
            o.insert(QStringLiteral("requestId"), error.requestId);
        }
    }
    return o;
}

} // namespace Portrait
