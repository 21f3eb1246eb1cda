// libFuzzer target: a `$batch` answer (parseBatchResponse, as BatchJob and the RequestScheduler run it)
// and the base64 decoder of its string bodies (decodeBase64Any), in both alphabets.

#include "FuzzCheck.h"

#include "graph/BatchResponse.h"

#include <cmath>

using namespace Portrait;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body = PortraitFuzz::bytes(data, size);
    static const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(1, 0), Qt::UTC);

    QHash<QString, GraphResponse> items;
    QString error;
    if (!parseBatchResponse(body, now, &items, &error)) {
        FUZZ_CHECK(!error.isEmpty());
    } else {
        for (auto it = items.cbegin(); it != items.cend(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty());
            const GraphResponse& r = it.value();
            const bool success = r.status >= 200 && r.status < 300;
            FUZZ_CHECK(success == r.ok());
            if (!success) {
                FUZZ_CHECK(!r.error.toString().isEmpty());
                const double retryAfter = r.error.retryAfterSeconds;
                FUZZ_CHECK(retryAfter == -1 || (std::isfinite(retryAfter) && retryAfter >= 0));
            }
            for (auto h = r.headers.cbegin(); h != r.headers.cend(); ++h) {
                FUZZ_CHECK(h.key() == h.key().toLower());
            }
        }
    }

    // The decoder on its own: whatever it accepts must be what encoding the result gives back.
    QByteArray decoded;
    if (decodeBase64Any(body, &decoded)) {
        QByteArray again;
        FUZZ_CHECK(decodeBase64Any(decoded.toBase64(), &again));
        FUZZ_CHECK(again == decoded);
        FUZZ_CHECK(
            decodeBase64Any(decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals), &again));
        FUZZ_CHECK(again == decoded);
    }
    return 0;
}
