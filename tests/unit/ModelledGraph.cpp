#include "ModelledGraph.h"

#include "FakeNetworkAccessManager.h"
#include "TestImages.h"
#include "base/Task.h"
#include "bulk/ExportJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QThreadPool>
#include <QUrlQuery>

#include <algorithm>

namespace Portrait::Test {

namespace {

const QList<std::pair<QByteArray, QByteArray>> kJson{
    {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};

QJsonObject errorBody(const QString& code, const QString& message)
{
    return QJsonObject{
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

} // namespace

ModelledGraph::ModelledGraph(ManualClock* clock, const Settings& settings, QObject* parent)
    : QNetworkAccessManager(parent)
    , m_clock(clock)
    , m_settings(settings)
    , m_latency(settings.latency)
    , m_capacity(settings.concurrency)
    , m_jpeg(Test::jpeg(48, 48, QColor(90, 140, 200)))
    , m_jpegBase64(m_jpeg.toBase64())
{ }

ModelledGraph::~ModelledGraph() = default;

QNetworkReply* ModelledGraph::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    const QByteArray method = op == PostOperation ? QByteArrayLiteral("POST")
        : op == PutOperation                      ? QByteArrayLiteral("PUT")
                                                  : QByteArrayLiteral("GET");
    const QByteArray body = outgoingData ? outgoingData->readAll() : QByteArray();
    const QUrl url = request.url();
    const size_t index = m_log.size();
    Exchange e;
    e.batch = url.path().endsWith(QLatin1String("/$batch"));
    e.url = url.toEncoded();
    e.sentMs = m_clock->nowMs();
    m_log.push_back(e);
    Test::Exchange pending; // answered when the modelled server says (FakeReply::answerNow())
    pending.hang = true;
    auto* reply = new FakeReply(request, op, pending, this);
    const LatencyTrip trip = m_latency.next();
    m_clock->callLater(reply, trip.inboundMs, [this, reply, index, method, url, body, trip]() {
        m_log[index].arrivedMs = m_clock->nowMs();
        const Answer a = serve(index, method, url, body);
        const qint64 out = a.serviceMs + trip.outboundMs + m_latency.transferMs(a.modelledBytes);
        m_clock->callLater(reply, out, [this, reply, index, a]() {
            m_log[index].answeredMs = m_clock->nowMs();
            Test::Exchange answer;
            answer.status = a.status;
            answer.replyHeaders = a.headers;
            answer.body = a.body;
            reply->answerNow(answer);
        });
    });
    return reply;
}

ModelledGraph::Answer ModelledGraph::serve(size_t index, const QByteArray& method, const QUrl& url,
                                           const QByteArray& body)
{
    const QString path = url.path();
    if (method == "POST" && path.endsWith(QLatin1String("/$batch"))) {
        return batch(index, body);
    }
    if (method == "GET" && path.endsWith(QLatin1String("/users"))) {
        return page(url);
    }
    if (method == "GET" && path.contains(QLatin1String("/photo"))) {
        return single(index, path);
    }
    if (method == "PUT" && path.endsWith(QLatin1String("/photo/$value"))) {
        return upload(index, path);
    }
    Answer a;
    a.status = 404;
    a.headers = kJson;
    a.body = QJsonDocument(errorBody(QStringLiteral("Request_ResourceNotFound"), path)).toJson(QJsonDocument::Compact);
    return a;
}

ModelledGraph::Answer ModelledGraph::page(const QUrl& url) const
{
    const QUrlQuery query(url);
    const int top = qBound(
        1, query.hasQueryItem(QStringLiteral("$top")) ? query.queryItemValue(QStringLiteral("$top")).toInt() : 100,
        999);
    const int from = query.queryItemValue(QStringLiteral("$skiptoken")).toInt();
    const int to = qMin(m_settings.users, from + top);
    QJsonArray users;
    for (int i = from; i < to; ++i) {
        const QString id = QStringLiteral("u%1").arg(i + 1);
        users.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("displayName"), QStringLiteral("User %1").arg(i + 1)},
                                 {QStringLiteral("userPrincipalName"), id + QStringLiteral("@contoso.test")}});
    }
    QJsonObject page{{QStringLiteral("value"), users}};
    if (to < m_settings.users) {
        QUrl next(QString::fromLatin1(root) + QStringLiteral("/users"));
        QUrlQuery nextQuery;
        nextQuery.addQueryItem(QStringLiteral("$top"), QString::number(top));
        nextQuery.addQueryItem(QStringLiteral("$skiptoken"), QString::number(to));
        next.setQuery(nextQuery);
        page.insert(QStringLiteral("@odata.nextLink"), next.toString(QUrl::FullyEncoded));
    }
    Answer a;
    a.headers = kJson;
    a.body = QJsonDocument(page).toJson(QJsonDocument::Compact);
    a.serviceMs = m_settings.pageServiceMs;
    a.modelledBytes = a.body.size();
    return a;
}

ModelledGraph::Item ModelledGraph::photo(Exchange& e, const QString& path, qint64 start)
{
    // ".../users/{id}/photo" or ".../users/{id}/photo/$value", relative (a batch's item) or absolute.
    const bool bytes = path.endsWith(QLatin1String("/$value"));
    const int user = userOf(path);
    ++e.items;
    e.bytes = bytes;
    e.users.append(user);
    Item item;
    if (!m_capacity.tryReserve(start, m_settings.serviceMs)) {
        ++e.throttled;
        e.refused.append(user);
        const double retryAfter = qMax<qint64>(1, m_capacity.nextFreeAt(start) - m_clock->nowMs()) / 1000.0;
        item.status = 429;
        item.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter, 'f', 3)});
        item.json = errorBody(QStringLiteral("ApplicationThrottled"),
                              QStringLiteral("Application is over its MailboxConcurrency limit."));
        return item;
    }
    item.endMs = start + m_settings.serviceMs;
    ++m_served;
    const int uploads = m_uploads.value(user);
    const QString etag
        = uploads > 0 ? QStringLiteral("\"W%1-%2\"").arg(user).arg(uploads) : QStringLiteral("\"E%1\"").arg(user);
    if (user <= 0 || (uploads == 0 && m_settings.noPhotoEvery > 0 && user % m_settings.noPhotoEvery == 0)) {
        item.status = 404;
        item.json = errorBody(QStringLiteral("ImageNotFound"), QStringLiteral("The photo wasn't found."));
        item.modelledBytes = 150;
    } else if (bytes) {
        item.headers.append({QByteArrayLiteral("ETag"), etag.toLatin1()});
        item.jpeg = true;
        item.modelledBytes = m_settings.photoBytes;
    } else {
        item.json = QJsonObject{{QStringLiteral("@odata.mediaContentType"), QStringLiteral("image/jpeg")},
                                {QStringLiteral("@odata.mediaEtag"), etag},
                                {QStringLiteral("id"), QStringLiteral("648x648")},
                                {QStringLiteral("width"), 648},
                                {QStringLiteral("height"), 648}};
        item.modelledBytes = m_settings.metadataBytes;
    }
    return item;
}

ModelledGraph::Answer ModelledGraph::single(size_t index, const QString& path)
{
    const qint64 now = m_clock->nowMs();
    m_capacity.prune(now - 1);
    const Item item = photo(m_log[index], path, now);
    Answer a;
    a.status = item.status;
    a.headers = item.headers;
    if (item.jpeg) {
        a.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("image/jpeg")});
        a.body = m_jpeg;
    } else {
        a.headers.append(kJson);
        a.body = QJsonDocument(item.json).toJson(QJsonDocument::Compact);
    }
    a.serviceMs = qMax<qint64>(0, item.endMs - now);
    a.modelledBytes = item.modelledBytes;
    return a;
}

int ModelledGraph::userOf(const QString& path)
{
    // ".../users/{id}/photo" or ".../users/{id}/photo/$value", relative (a batch's item) or absolute; ids are u1, u2...
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.lastIndexOf(QStringLiteral("photo"));
    return at >= 1 ? segments.at(at - 1).mid(1).toInt() : 0;
}

ModelledGraph::Answer ModelledGraph::upload(size_t index, const QString& path)
{
    const qint64 now = m_clock->nowMs();
    m_capacity.prune(now - 1);
    Exchange& e = m_log[index];
    e.write = true;
    e.items = 1;
    const int user = userOf(path);
    e.users.append(user);
    Answer a;
    if (!m_capacity.tryReserve(now, m_settings.writeServiceMs)) {
        ++e.throttled;
        e.refused.append(user);
        const double retryAfter = qMax<qint64>(1, m_capacity.nextFreeAt(now) - now) / 1000.0;
        a.status = 429;
        a.headers = kJson;
        a.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter, 'f', 3)});
        a.body = QJsonDocument(errorBody(QStringLiteral("ApplicationThrottled"),
                                         QStringLiteral("Application is over its MailboxConcurrency limit.")))
                     .toJson(QJsonDocument::Compact);
        return a;
    }
    // Counted at once: the client reads the photo back only after the answer.
    ++m_uploads[user];
    ++m_written;
    ++m_served;
    a.serviceMs = m_settings.writeServiceMs;
    return a;
}

ModelledGraph::Answer ModelledGraph::batch(size_t index, const QByteArray& body)
{
    const qint64 now = m_clock->nowMs();
    m_capacity.prune(now - 1);
    std::vector<qint64> workers(size_t(qMax(1, m_settings.batchWidth)), now);
    qint64 done = now;
    Answer a;
    QJsonArray responses;
    const QJsonArray requests = QJsonDocument::fromJson(body).object().value(QStringLiteral("requests")).toArray();
    // As Graph: a request that depends on another runs once that one has ended, and not at all if it failed (424).
    QHash<QString, std::pair<qint64, bool>> ended; // id -> (when it ended, whether it succeeded)
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        const QString id = request.value(QStringLiteral("id")).toString();
        const QString after = request.value(QStringLiteral("dependsOn")).toArray().first().toString();
        const std::pair<qint64, bool> dependency = after.isEmpty() ? std::pair{now, true} : ended.value(after);
        if (!dependency.second) {
            ended.insert(id, dependency);
            responses.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("status"), 424},
                {QStringLiteral("headers"),
                 QJsonObject{{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}},
                {QStringLiteral("body"), errorBody(QStringLiteral("FailedDependency"), QStringLiteral("failed"))}});
            continue;
        }
        auto worker = std::min_element(workers.begin(), workers.end());
        const Item item
            = photo(m_log[index], request.value(QStringLiteral("url")).toString(), qMax(*worker, dependency.first));
        ended.insert(id, {item.endMs >= 0 ? item.endMs : dependency.first, item.status / 100 == 2});
        if (item.endMs >= 0) {
            *worker = item.endMs;
            done = qMax(done, *worker);
        }
        QJsonObject headers{{QStringLiteral("Content-Type"),
                             item.jpeg ? QStringLiteral("image/jpeg") : QStringLiteral("application/json")}};
        for (const auto& [name, v] : item.headers) {
            headers.insert(QString::fromLatin1(name), QString::fromLatin1(v));
        }
        responses.append(
            QJsonObject{{QStringLiteral("id"), request.value(QStringLiteral("id"))},
                        {QStringLiteral("status"), item.status},
                        {QStringLiteral("headers"), headers},
                        {QStringLiteral("body"),
                         item.jpeg ? QJsonValue(QString::fromLatin1(m_jpegBase64)) : QJsonValue(item.json)}});
        a.modelledBytes += item.modelledBytes;
    }
    a.headers = kJson;
    a.body = QJsonDocument(QJsonObject{{QStringLiteral("responses"), responses}}).toJson(QJsonDocument::Compact);
    a.serviceMs = done - now;
    return a;
}

bool ModelledGraph::runToEnd(Task* job)
{
    QSignalSpy finished(job, &Task::finished);
    job->start();
    // Nothing moves the clock but this loop, and it moves only once everything due now has run: answers parsed on
    // the thread pool, files written on the export's pool, the queued calls they make. So the run is the same on
    // a fast machine and on a loaded one.
    const auto settle = [&]() {
        quint64 last = 0;
        for (int quiet = 0; quiet < 4;) {
            QThreadPool::globalInstance()->waitForDone();
            ExportJob::filePool()->waitForDone();
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
            const quint64 mark = m_log.size() * 1000003ULL + quint64(m_clock->pending()) * 1009ULL + quint64(m_served)
                + quint64(finished.size());
            quiet = mark == last ? quiet + 1 : 0;
            last = mark;
        }
    };
    for (;;) {
        settle();
        if (!finished.isEmpty()) {
            return true;
        }
        const qint64 next = m_clock->nextDelay();
        if (next < 0) {
            return false; // the job waits for nothing the clock will bring
        }
        m_clock->advance(next);
    }
}

} // namespace Portrait::Test
