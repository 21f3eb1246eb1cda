#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

namespace Portrait {

/**
 * @brief One HTTP response produced by the emulator's handler, before it is written to a socket.
 *
 * Kept as plain data so that a response can be delayed, throttled or altered by a fault plan
 * before GraphEmulator sends it.
 */
struct EmulatorReply
{
    int status = 200; ///< HTTP status code.
    QByteArray contentType; ///< Content-Type header value.
    QList<QPair<QByteArray, QByteArray>> headers; ///< Every other header, in order.
    QByteArray body;
    QByteArray errorCode; ///< The Graph error code of an error body (for the request log), else empty.

    /** @brief Replaces (or adds) a header; names compare case-insensitively. */
    void setHeader(const QByteArray& name, const QByteArray& value)
    {
        for (auto& header : headers) {
            if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
                header.second = value;
                return;
            }
        }
        headers.append({name, value});
    }

    /** @brief The value of header @p name (case-insensitive), or an empty array. */
    QByteArray header(QByteArrayView name) const
    {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0) {
            return contentType;
        }
        for (const auto& header : headers) {
            if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0) {
                return header.second;
            }
        }
        return {};
    }
};

} // namespace Portrait
