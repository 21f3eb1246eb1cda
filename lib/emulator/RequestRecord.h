#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>

namespace Portrait {

/** @brief One request the emulator served, as kept in its request log and sent with requestServed(). */
struct RequestRecord
{
    QByteArray method; ///< "GET", "POST", ...
    QByteArray target; ///< Path and query exactly as received (percent-encoded), e.g. `/v1.0/users?$top=5`.
    QList<QPair<QByteArray, QByteArray>> headers; ///< All request headers, as received.
    bool hasAuthorization = false; ///< An Authorization header was present.
    bool authorized = false; ///< It carried the expected bearer token.
    QByteArray consistencyLevel; ///< Value of the ConsistencyLevel header, if any.
    QByteArray clientRequestId; ///< The client-request-id echoed back (the client's or a new one).
    QByteArray requestId; ///< The request-id the emulator generated.
    int status = 0; ///< HTTP status sent.
    QByteArray errorCode; ///< Graph error code of an error response, else empty.
    qint64 bodyBytes = 0; ///< Size of the response body.
    qint64 elapsedMs = 0; ///< From receiving the request to writing the response (includes any delay).
    qint64 inboundMs = 0; ///< The latency model's delay before the modelled server saw the request.
    qint64 outboundMs = 0; ///< The latency model's delay from the server's answer to the client holding it.
    int photoOps = 0; ///< Photo operations this request carried (a $batch may carry up to 20).
    int photoOpsInFlight = 0; ///< Photo operations running when this one was admitted (the most, for a batch).
    int throttledOps = 0; ///< Photo operations answered 429 for the concurrency limit.
    QByteArray fault; ///< The fault injected into this answer by the fault plan (FaultPlan::name()), else empty.
    int itemFaults = 0; ///< Items of a $batch answer the fault plan made fail.
    QDateTime receivedAt; ///< When the request arrived (UTC).

    /** @brief True for a request that writes or removes (PUT, PATCH, DELETE), whatever its answer. */
    bool isWrite() const { return method == "PUT" || method == "PATCH" || method == "DELETE"; }
};

} // namespace Portrait

Q_DECLARE_METATYPE(Portrait::RequestRecord)
