#pragma once

#include "emulator/EmulatorReply.h"
#include "emulator/EmulatorRequest.h"

#include <QList>
#include <QString>

namespace Portrait {

/**
 * @brief Graph's JSON batching (docs/GRAPH.md#json-batching) as the emulator sees it: parsing `POST /$batch` into inner
 * requests and assembling the answer.
 *
 * At most 20 requests with unique ids (case-insensitive) or the whole batch is a 400; a request may depend on one
 * request before it (`dependsOn`, one id: Graph's "simplified dependencies"), else the batch is a 400; inner responses
 * carry `id`, `status`, `headers` and `body`, where JSON bodies stay JSON and binary bodies (photos) become
 * base64 strings; their order is shuffled, as Graph may.
 */
class BatchRequest
{
public:
    struct Item
    {
        QString id;
        EmulatorRequest request;
        int dependsOn = -1; ///< the index of the item it runs after (and fails with, 424), or -1
    };

    /// Parses @p outer (its body and headers). On failure returns false and sets @p errorCode / @p errorMessage.
    bool parse(const EmulatorRequest& outer, const QString& version, QString* errorCode, QString* errorMessage);

    const QList<Item>& items() const { return m_items; }

    /// Base64 alphabet for binary bodies (Graph's is standard; tests also exercise the URL-safe one).
    enum class Alphabet
    {
        Standard,
        UrlSafeNoPadding
    };

    /**
     * @brief The batch answer for @p replies (one per item, same order as items()), shuffled with @p seed.
     */
    QByteArray response(const QList<EmulatorReply>& replies, quint64 seed,
                        Alphabet alphabet = Alphabet::Standard) const;

    static constexpr int maxItems = 20;

private:
    QList<Item> m_items;
};

} // namespace Portrait
