#pragma once

#include "graph/GraphJob.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace Portrait {

/**
 * @brief Parses a `$batch` answer into one GraphResponse per inner id (docs/GRAPH.md#json-batching): any order,
 * per-item status and headers (names lower-cased), JSON bodies re-serialised, string bodies base64-decoded in the
 * standard or the URL-safe alphabet, with or without padding. Error items carry their GraphError with
 * Graph's code, request-id and their own Retry-After. Returns false (with @p error) for a malformed answer.
 */
bool parseBatchResponse(const QByteArray& body, const QDateTime& now, QHash<QString, GraphResponse>* items,
                        QString* error);

/// Decodes base64 in either alphabet, with or without padding; false when it is not base64 at all.
bool decodeBase64Any(const QByteArray& text, QByteArray* out);

} // namespace Portrait
