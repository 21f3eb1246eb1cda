#include "BatchJob.h"

#include "GraphClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        requests.append(QJsonObject{{QStringLiteral("id"), item.id},
                                    {QStringLiteral("method"), QStringLiteral("GET")},
                                    {QStringLiteral("url"), u'/' + item.url}});
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
        QString parseError;
        if (!parseBatchResponse(response.body, client()->clock()->nowUtc(), &m_responses, &parseError)) {
            const GraphError e
                = GraphError::make(GraphError::Kind::Protocol, QStringLiteral("$batch answer: %1").arg(parseError),
                                   QStringLiteral("bad-batch"));
            if (retryLast(e)) {
                m_responses.clear();
                return; // the whole batch again: none of its answers could be read
            }
            setError(e);
        }
        emitFinished();
    });
}

} // namespace Portrait
