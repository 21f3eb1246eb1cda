#include "PhotoInfo.h"

#include "graph/GraphImage.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Portrait {

QString photoStatusName(PhotoStatus status)
{
    switch (status) {
    case PhotoStatus::Photo:
        return QStringLiteral("photo");
    case PhotoStatus::None:
        return QStringLiteral("none");
    case PhotoStatus::Placeholder:
        return QStringLiteral("placeholder");
    case PhotoStatus::Unavailable:
        return QStringLiteral("unavailable");
    case PhotoStatus::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

bool photoStatusFromName(const QString& name, PhotoStatus* status)
{
    for (PhotoStatus s : {PhotoStatus::Photo, PhotoStatus::None, PhotoStatus::Placeholder, PhotoStatus::Unavailable,
                          PhotoStatus::Error}) {
        if (photoStatusName(s) == name) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString unquoteEtag(const QString& etag)
{
    QString e = etag.trimmed();
    if (e.startsWith(QLatin1String("W/"))) {
        e.remove(0, 2);
    }
    if (e.size() >= 2 && e.startsWith(u'"') && e.endsWith(u'"')) {
        e = e.mid(1, e.size() - 2);
    }
    return e;
}

static QString normaliseMediaType(const QString& contentType)
{
    // "image/Jpeg; charset=..." -> "image/jpeg" (docs/GRAPH.md#photo-bytes: Entra-sourced photos say image/Jpeg).
    return contentType.section(u';', 0, 0).trimmed().toLower();
}

PhotoInfo PhotoInfo::fromMetadata(const QJsonObject& object)
{
    PhotoInfo info;
    info.sizeId = object.value(QLatin1String("id")).toString();
    info.width = object.value(QLatin1String("width")).toInt();
    info.height = object.value(QLatin1String("height")).toInt();
    info.mediaType = normaliseMediaType(object.value(QLatin1String("@odata.mediaContentType")).toString());
    info.etag = unquoteEtag(object.value(QLatin1String("@odata.mediaEtag")).toString());

    const bool oneByOne
        = (info.width == 1 && info.height == 1) || info.sizeId.compare(QLatin1String("1x1"), Qt::CaseInsensitive) == 0;
    const bool emptyGif = info.mediaType == QLatin1String("image/gif") && info.etag.isEmpty();
    if (oneByOne || emptyGif) {
        info.status = PhotoStatus::None;
        info.reason = QStringLiteral("placeholder-1x1");
    } else if (info.width <= 0 || info.height <= 0) {
        info.status = PhotoStatus::Error;
        info.reason = QStringLiteral("bad-metadata");
        info.error = GraphError::make(GraphError::Kind::Protocol,
                                      QStringLiteral("photo metadata without a usable width and height"));
    } else {
        info.status = PhotoStatus::Photo;
    }
    return info;
}

bool PhotoInfo::parseMetadata(const QByteArray& body, PhotoInfo* info)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        return false;
    }
    *info = fromMetadata(doc.object());
    return true;
}

PhotoStatus classifyPhotoError(const GraphError& error, QString* reason)
{
    // Codes that say "this principal's photo cannot be served here", whatever the HTTP status (404, 400, 403).
    static const QSet<QString> unavailableCodes = {
        QStringLiteral("ErrorNonExistentMailbox"),
        QStringLiteral("MailboxNotHostedInExchangeOnline"),
        QStringLiteral("MailboxNotEnabledForRESTAPI"),
        QStringLiteral("ErrorMailboxNotEnabledForRESTAPI"),
        QStringLiteral("ErrorAccessDenied"),
        QStringLiteral("AuthenticationError"),
        QStringLiteral("ConsumerPhotoIsNotSupported"),
        QStringLiteral("NoPermissionsInAccessToken"),
        QStringLiteral("Authorization_RequestDenied"),
        QStringLiteral("accessDenied"),
        QStringLiteral("ErrorInvalidUser"),
    };
    QString r;
    PhotoStatus status = PhotoStatus::Error;
    if (error.kind == GraphError::Kind::Http) {
        if (unavailableCodes.contains(error.code)) {
            status = PhotoStatus::Unavailable;
            r = error.code;
        } else if (error.httpStatus == 403) {
            status = PhotoStatus::Unavailable;
            r = error.code.isEmpty() ? QStringLiteral("forbidden") : error.code;
        } else if (error.httpStatus == 404) {
            status = PhotoStatus::None;
            r = QStringLiteral("not-found");
        } else {
            r = error.code.isEmpty() ? QStringLiteral("http-%1").arg(error.httpStatus) : error.code;
        }
    } else {
        switch (error.kind) {
        case GraphError::Kind::Network:
            r = QStringLiteral("network");
            break;
        case GraphError::Kind::Timeout:
            r = QStringLiteral("timeout");
            break;
        case GraphError::Kind::Protocol:
            r = error.code.isEmpty() ? QStringLiteral("protocol") : error.code;
            break;
        case GraphError::Kind::Security:
            r = QStringLiteral("refused");
            break;
        case GraphError::Kind::Auth:
        case GraphError::Kind::Keychain: // the token's secret could not be read: no token, as for Auth
            r = QStringLiteral("auth");
            break;
        case GraphError::Kind::Cancelled:
            r = QStringLiteral("cancelled");
            break;
        default:
            r = QStringLiteral("unknown");
            break;
        }
    }
    if (reason) {
        *reason = r;
    }
    return status;
}

PhotoInfo PhotoInfo::fromError(const GraphError& error)
{
    PhotoInfo info;
    info.error = error;
    info.status = classifyPhotoError(error, &info.reason);
    return info;
}

QString sniffImageType(const QByteArray& data)
{
    if (data.startsWith("\xFF\xD8\xFF")) {
        return QStringLiteral("image/jpeg");
    }
    if (data.startsWith("\x89PNG\r\n\x1A\n")) {
        return QStringLiteral("image/png");
    }
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a")) {
        return QStringLiteral("image/gif");
    }
    if (data.startsWith("BM")) {
        return QStringLiteral("image/bmp");
    }
    if (data.size() >= 12 && data.startsWith("RIFF") && data.mid(8, 4) == "WEBP") {
        return QStringLiteral("image/webp");
    }
    return {};
}

void PhotoInfo::setBinary(const QByteArray& payload, const QString& contentType, const QString& etagHeader)
{
    data = payload;
    bytes = payload.size();
    sha256 = QString::fromLatin1(QCryptographicHash::hash(payload, QCryptographicHash::Sha256).toHex());
    // Trust the bytes over the header (docs/GRAPH.md#photo-bytes), and the header over nothing.
    const QString sniffed = sniffImageType(payload);
    mediaType = !sniffed.isEmpty() ? sniffed : normaliseMediaType(contentType);
    if (!etagHeader.isEmpty()) {
        etag = unquoteEtag(etagHeader);
    }
    const QSize size = GraphImage::size(payload); // header only; decoding happens elsewhere
    if (size.isValid()) {
        width = size.width();
        height = size.height();
    }
    if (width == 1 && height == 1) {
        // The 1x1 image Graph describes for "no photo" (docs/GRAPH.md#photo-metadata-and-the-1x1-placeholder), should
        // its bytes ever be served: a thumbnail or an export of it would be a stretched dot, not somebody's face.
        status = PhotoStatus::None;
        reason = QStringLiteral("placeholder-1x1");
        return;
    }
    if (status != PhotoStatus::Placeholder) {
        status = PhotoStatus::Photo;
        reason.clear();
    }
}

bool parsePhotoSizes(const QByteArray& body, QList<PhotoSize>* sizes, QString* error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("value")).isArray()) {
        if (error) {
            *error = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                          : QStringLiteral("expected an object with a value array");
        }
        return false;
    }
    sizes->clear();
    const QJsonArray value = doc.object().value(QLatin1String("value")).toArray();
    for (const QJsonValue& v : value) {
        const QJsonObject o = v.toObject();
        PhotoSize s;
        s.id = o.value(QLatin1String("id")).toString();
        s.width = o.value(QLatin1String("width")).toInt();
        s.height = o.value(QLatin1String("height")).toInt();
        if (s.id.isEmpty() && s.width > 0) {
            s.id = QStringLiteral("%1x%2").arg(s.width).arg(s.height);
        }
        if (!s.id.isEmpty()) {
            sizes->append(s);
        }
    }
    return true;
}

} // namespace Portrait
