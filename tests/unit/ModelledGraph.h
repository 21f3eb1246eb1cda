#pragma once

#include "base/Clock.h"
#include "emulator/LatencyModel.h"
#include "emulator/PhotoCapacity.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>

#include <utility>
#include <vector>

namespace Portrait {
class Task;
}

namespace Portrait::Test {

/**
 * @brief Graph as the emulator models it, answered on a ManualClock instead of sockets and real timers: a
 * QNetworkAccessManager for a GraphClient, so that the real RequestScheduler, ListJob and the bulk jobs run
 * against it and nothing depends on how fast the machine is.
 *
 * It serves `users` in pages (`$top`, `@odata.nextLink`), each built in pageServiceMs, `$batch` requests of
 * photo operations (`/users/{id}/photo` metadata, `/users/{id}/photo/$value` bytes), the same operations as single
 * requests, and uploads (PUT of `/users/{id}/photo/$value`, writeServiceMs each, a new etag after). Like the emulator:
 * every exchange is delayed as a LatencyModel says (the way in before the server sees it, the way out and the transfer
 * of the answer's modelled size after); a batch's items run `batchWidth` at once, each needing one of the app's
 * `concurrency` photo slots for serviceMs (PhotoCapacity); an item that finds none is answered 429 with a Retry-After
 * of the time until one frees. Every `noPhotoEvery`-th user has no photo (404).
 *
 * The log says when each request left, reached the server and was answered, which is what tests assert on.
 */
class ModelledGraph : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Settings
    {
        LatencySettings latency{LatencyKind::Split, 40};
        int users = 1000;
        int serviceMs = 15; ///< per photo operation
        int writeServiceMs = 60; ///< per upload
        int concurrency = 4; ///< photo operations at once per app
        int batchWidth = 4; ///< items of one batch that run at once
        int pageServiceMs = 30; ///< building one page of users
        qint64 metadataBytes = 300; ///< modelled size of one metadata answer (for Transfer)
        qint64 photoBytes = 40000; ///< modelled size of one photo (for Transfer)
        int noPhotoEvery = 5;
    };

    /// One request as the modelled server saw it (times on the clock, ms).
    struct Exchange
    {
        bool batch = false;
        QByteArray url;
        qint64 sentMs = 0;
        qint64 arrivedMs = -1; ///< -1 while on its way in
        qint64 answeredMs = -1; ///< -1 until its whole answer is in
        int items = 0; ///< photo operations of a batch
        int throttled = 0; ///< of them answered 429
        bool write = false; ///< an upload
        bool bytes = false; ///< a batch of photo bytes
        QList<int> users; ///< a batch's items, by user number
        QList<int> refused; ///< of them those answered 429
    };

    static constexpr const char* root = "https://graph.microsoft.com/v1.0";

    ModelledGraph(ManualClock* clock, const Settings& settings, QObject* parent = nullptr);
    ~ModelledGraph() override;

    const Settings& settings() const { return m_settings; }
    const std::vector<Exchange>& log() const { return m_log; }
    /// Photo operations answered with something else than 429 so far.
    int served() const { return m_served; }
    /// The most photo operations that ever ran at once.
    int peak() const { return m_capacity.peak(); }
    /**
     * @brief Runs @p job to its end on the clock, settling every event and thread between two ticks; false when it
     * waits for nothing the clock will bring.
     */
    bool runToEnd(Task* job);
    /// Uploads carried out so far.
    int written() const { return m_written; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    struct Answer
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        qint64 serviceMs = 0; ///< from arrival to the answer's first byte leaving
        qint64 modelledBytes = 0; ///< what the transfer time is computed from
    };
    Answer serve(size_t index, const QByteArray& method, const QUrl& url, const QByteArray& body);
    Answer page(const QUrl& url) const;
    /// One photo operation starting on the server at @p start (or refused there).
    struct Item
    {
        int status = 200;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QJsonObject json; ///< the body, unless jpeg
        bool jpeg = false; ///< the body is the photo
        qint64 endMs = -1; ///< when its service ends (-1: refused)
        qint64 modelledBytes = 0;
    };
    Item photo(Exchange& e, const QString& path, qint64 start);
    Answer single(size_t index, const QString& path);
    Answer batch(size_t index, const QByteArray& body);
    Answer upload(size_t index, const QString& path);
    static int userOf(const QString& path);

    ManualClock* m_clock;
    Settings m_settings;
    LatencyModel m_latency;
    PhotoCapacity m_capacity;
    std::vector<Exchange> m_log;
    int m_served = 0;
    int m_written = 0;
    QHash<int, int> m_uploads; ///< user -> uploads carried out (each changes the photo's etag)
    QByteArray m_jpeg;
    QByteArray m_jpegBase64;
};

} // namespace Portrait::Test
