#include "BatchJob.h"

#include "graph/GraphClient.h"

#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

namespace Portrait {

BatchJob::BatchJob(GraphClient* client, const QList<BatchItemRequest>& items, QObject* parent)
    : GraphJob(client, parent)
    , m_items(items)
{ }

BatchJob::~BatchJob() = default;

QByteArray BatchJob::requestBody() const
{
    QJsonArray requests;
    for (const BatchItemRequest& item : m_items) {
        QJsonObject request{{QStringLiteral("id"), item.id},
                            {QStringLiteral("method"), QStringLiteral("GET")},
                            {QStringLiteral("url"), u'/' + item.url}};
        if (!item.dependsOn.isEmpty()) {
            request.insert(QStringLiteral("dependsOn"), QJsonArray{item.dependsOn});
        }
        requests.append(request);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("requests"), requests}}).toJson(QJsonDocument::Compact);
}

void BatchJob::run()
{
    if (m_items.isEmpty() || m_items.size() > maxItems) {
        setError(GraphError::make(
            GraphError::Kind::Protocol,
            QStringLiteral("a batch holds 1 to %1 requests, not %2").arg(maxItems).arg(m_items.size())));
        emitFinished();
        return;
    }
    postJson(client()->root().resolve(QStringLiteral("$batch")), requestBody(), [this](const GraphResponse& response) {
        m_latencyMs = sentAtMs() < 0 ? 0 : client()->clock()->nowMs() - sentAtMs();
        if (!response.ok()) {
            setError(response.error);
            emitFinished();
            return;
        }
        // Parsed on the thread pool (JSON and base64 of up to 20 photos, a megabyte): the scheduler times the
        // next batch on this job's thread, and a parse there would make it leave late. The watcher is the job's,
        // so a job destroyed meanwhile takes it along and nothing arrives; one aborted drops the result.
        auto* watcher = new QFutureWatcher<Parsed>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
            watcher->deleteLater();
            if (!isFinished() && !hasError()) {
                parsed(watcher->result());
            }
        });
        watcher->setFuture(QtConcurrent::run(QThreadPool::globalInstance(), &BatchJob::parse, response.body,
                                             client()->clock()->nowUtc()));
    });
}

BatchJob::Parsed BatchJob::parse(const QByteArray& body, const QDateTime& now)
{
    Parsed p;
    p.ok = parseBatchResponse(body, now, &p.responses, &p.error);
    return p;
}

void BatchJob::parsed(const Parsed& result)
{
    if (!result.ok) {
        const GraphError e
            = GraphError::make(GraphError::Kind::Protocol, QStringLiteral("$batch answer: %1").arg(result.error),
                               QStringLiteral("bad-batch"));
        if (retryLast(e)) {
            return; // the whole batch again: none of its answers could be read
        }
        setError(e);
        emitFinished();
        return;
    }
    m_responses = result.responses;
    emitFinished();
}

} // namespace Portrait
