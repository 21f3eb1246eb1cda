#include "PhotoRecord.h"

namespace Portrait {

QJsonObject objectRecord(const DirectoryObject& object)
{
    QJsonObject r;
    r.insert(QLatin1String("path"), object.path.toString());
    r.insert(QLatin1String("kind"), object.kindName());
    r.insert(QLatin1String("id"), object.id);
    r.insert(QLatin1String("displayName"), object.displayName);
    if (object.kind == DirectoryObject::Kind::User) {
        r.insert(QLatin1String("userPrincipalName"), object.userPrincipalName);
        if (!object.userType.isEmpty()) {
            r.insert(QLatin1String("userType"), object.userType);
        }
        if (object.hasAccountEnabled) {
            r.insert(QLatin1String("accountEnabled"), object.accountEnabled);
        }
    }
    if (!object.mail.isEmpty()) {
        r.insert(QLatin1String("mail"), object.mail);
    }
    return r;
}

QJsonObject photoRecord(const DirectoryObject& object, const PhotoInfo& photo)
{
    QJsonObject r = objectRecord(object);
    r.insert(QLatin1String("status"), photoStatusName(photo.status));
    if (photo.status != PhotoStatus::Photo) {
        r.insert(QLatin1String("reason"), photo.reason);
    }
    if (photo.error.isError()) {
        if (!photo.error.code.isEmpty()) {
            r.insert(QLatin1String("errorCode"), photo.error.code);
        }
        if (!photo.error.message.isEmpty()) {
            r.insert(QLatin1String("errorMessage"), photo.error.message);
        }
        if (photo.error.httpStatus > 0) {
            r.insert(QLatin1String("httpStatus"), photo.error.httpStatus);
        }
        if (!photo.error.requestId.isEmpty()) {
            r.insert(QLatin1String("requestId"), photo.error.requestId);
        }
    }
    if (photo.hasPhoto()) {
        r.insert(QLatin1String("mediaType"), photo.mediaType);
        r.insert(QLatin1String("etag"), photo.etag);
        r.insert(QLatin1String("width"), photo.width);
        r.insert(QLatin1String("height"), photo.height);
        if (!photo.sizeId.isEmpty()) {
            r.insert(QLatin1String("sizeId"), photo.sizeId);
        }
    }
    if (photo.hasBytes()) {
        r.insert(QLatin1String("bytes"), photo.bytes);
        r.insert(QLatin1String("sha256"), photo.sha256);
    }
    return r;
}

} // namespace Portrait
