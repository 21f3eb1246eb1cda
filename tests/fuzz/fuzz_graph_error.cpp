// libFuzzer target: Graph's error JSON (parseGraphErrorBody through GraphError::http), what the photo
// code makes of it (classifyPhotoError), and the Retry-After header value (RetryPolicy::parseRetryAfter).

#include "FuzzCheck.h"

#include "base/GraphError.h"
#include "graph/PhotoInfo.h"
#include "graph/RetryPolicy.h"

#include <cmath>

using namespace Portrait;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = PortraitFuzz::bytes(data, size);

    GraphError parsed;
    if (parseGraphErrorBody(body, parsed)) {
        FUZZ_CHECK(parsed.kind == GraphError::Kind::None);
    } else {
        FUZZ_CHECK(parsed.code.isEmpty() && parsed.message.isEmpty() && parsed.requestId.isEmpty());
    }

    const GraphError http = GraphError::http(404, body);
    FUZZ_CHECK(http.isError() && http.httpStatus == 404);
    FUZZ_CHECK(http.code == parsed.code && http.message == parsed.message && http.requestId == parsed.requestId);
    for (const int status : {400, 403, 404, 429, 503}) {
        GraphError e = http;
        e.httpStatus = status;
        FUZZ_CHECK(e.toString().startsWith(QStringLiteral("HTTP %1").arg(status)));
        const PhotoInfo info = PhotoInfo::fromError(e);
        FUZZ_CHECK(!info.reason.isEmpty());
        FUZZ_CHECK(!info.hasPhoto());
    }

    static const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(1, 0), Qt::UTC);
    const double retryAfter = RetryPolicy::parseRetryAfter(body.left(256), now);
    FUZZ_CHECK(retryAfter == -1 || (std::isfinite(retryAfter) && retryAfter >= 0));

    requiredPermissions(QString::fromUtf8(body.left(512)));
    return 0;
}
