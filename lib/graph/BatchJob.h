#pragma once

#include "graph/BatchResponse.h"
#include "graph/GraphJob.h"

#include <QHash>

namespace Portrait {

/// One inner request of a `$batch`: a GET relative to the Graph root (`users/{id}/photo/$value`).
struct BatchItemRequest
{
    QString id;
    QString url; ///< relative and percent-encoded, without the version segment
    QString dependsOn; ///< the id of the request it runs after (Graph runs it only if that one succeeded), or empty
};

/**
 * @brief One `POST /$batch` of up to 20 GETs. responses() holds an answer for every id that came back;
 * ids missing from the answer are failures for the caller to retry. The answer is parsed on the global
 * thread pool; finished() comes back on the job's thread.
 */
class BatchJob : public GraphJob
{
    Q_OBJECT

public:
    BatchJob(GraphClient* client, const QList<BatchItemRequest>& items, QObject* parent = nullptr);
    ~BatchJob() override;

    const QList<BatchItemRequest>& items() const { return m_items; }
    /// Valid after finished() without error: answers by id.
    const QHash<QString, GraphResponse>& responses() const { return m_responses; }
    /// Milliseconds from the request leaving (GraphJob::sentAtMs(), after any wait for a token) to the full answer.
    qint64 latencyMs() const { return m_latencyMs; }

    /// The request body (pure; used by tests).
    QByteArray requestBody() const;

    static constexpr int maxItems = 20;

protected:
    void run() override;

private:
    struct Parsed
    {
        bool ok = false;
        QString error;
        QHash<QString, GraphResponse> responses;
    };
    /// Parses an answer (any thread: it touches nothing but its arguments).
    static Parsed parse(const QByteArray& body, const QDateTime& now);
    void parsed(const Parsed& result);

    QList<BatchItemRequest> m_items;
    QHash<QString, GraphResponse> m_responses;
    qint64 m_latencyMs = 0;
};

} // namespace Portrait
