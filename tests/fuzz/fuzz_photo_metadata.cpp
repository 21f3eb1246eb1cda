// libFuzzer target: photo metadata (`/photo`, `/photos/{size}`: PhotoInfo::parseMetadata, as PhotoJob and
// the RequestScheduler run it), the `/photos` collection (parsePhotoSizes), ETags, and the image sniffer.

#include "FuzzCheck.h"

#include "graph/PhotoInfo.h"

using namespace Portrait;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = PortraitFuzz::bytes(data, size);

    PhotoInfo info;
    if (PhotoInfo::parseMetadata(body, &info)) {
        switch (info.status) {
        case PhotoStatus::Photo:
            FUZZ_CHECK(info.width > 0 && info.height > 0);
            FUZZ_CHECK(info.reason.isEmpty());
            break;
        case PhotoStatus::None:
            FUZZ_CHECK(info.reason == QLatin1String("placeholder-1x1"));
            break;
        case PhotoStatus::Error:
            FUZZ_CHECK(info.error.isError());
            break;
        default:
            FUZZ_CHECK(!"metadata gives photo, none or error only");
        }
        if (info.sizeId.compare(QLatin1String("1x1"), Qt::CaseInsensitive) == 0) {
            FUZZ_CHECK(info.status == PhotoStatus::None);
        }
        FUZZ_CHECK(info.mediaType == info.mediaType.toLower());
        FUZZ_CHECK(!info.hasBytes());
    } else {
        FUZZ_CHECK(info.status == PhotoStatus::Error && info.reason.isEmpty());
    }

    QList<PhotoSize> sizes;
    QString error;
    if (parsePhotoSizes(body, &sizes, &error)) {
        for (const PhotoSize& s : std::as_const(sizes)) {
            FUZZ_CHECK(!s.id.isEmpty());
        }
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }

    const QString etag = unquoteEtag(QString::fromUtf8(body.left(512)));
    FUZZ_CHECK(etag.size() <= qMin<qsizetype>(body.size(), 512));
    const QString sniffed = sniffImageType(body);
    FUZZ_CHECK(sniffed.isEmpty() || sniffed.startsWith(QLatin1String("image/")));
    return 0;
}
