#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Portrait {

/**
 * @brief One page of a Graph collection: `value`, `@odata.nextLink` and (first page only) `@odata.count`.
 */
struct GraphPage
{
    QList<QJsonObject> value;
    QUrl nextLink; ///< empty on the last page
    qint64 count = -1; ///< `@odata.count`, or -1 (also when it is negative or beyond 2^53)

    /**
     * @brief Parses a page body. Returns false with @p error for malformed JSON, a non-object, a missing or
     * non-array `value`, or a nextLink that is not an absolute http(s) URL. Non-object entries are skipped.
     */
    static bool parse(const QByteArray& body, GraphPage* page, QString* error);
};

} // namespace Portrait
