#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>

namespace Portrait {

/**
 * @brief One HTTP request as the emulator's handler sees it, independent of QHttpServer.
 *
 * Keeping it free of the server types lets the same handler serve requests that arrive over a
 * socket and, later, the inner requests of a `$batch`.
 */
class EmulatorRequest
{
public:
    using HeaderList = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method = QByteArrayLiteral("GET"); ///< Upper-case method.
    QByteArray rawPath; ///< The path exactly as received (still percent-encoded), e.g. `/v1.0/users/a%23EXT%23...`.
    QByteArray rawQuery; ///< The query without '?', still percent-encoded.
    HeaderList headers; ///< Request headers as received.
    QByteArray body;
    QString origin; ///< `http://host:port` the client used; the base of `@odata.context` and `@odata.nextLink`.

    /** @brief The first header called @p name (case-insensitive), or an empty array. */
    QByteArray header(QByteArrayView name) const;
    /** @brief True when a header called @p name is present (case-insensitive). */
    bool hasHeader(QByteArrayView name) const;
    /** @brief The path and query as received: `/v1.0/users?$top=5`. */
    QByteArray target() const;
};

} // namespace Portrait
