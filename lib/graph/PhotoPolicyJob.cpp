#include "PhotoPolicyJob.h"

#include "graph/GraphClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Portrait {

PhotoPolicyJob::PhotoPolicyJob(GraphClient* client, QObject* parent)
    : GraphJob(client, parent)
{ }

PhotoPolicyJob::~PhotoPolicyJob() = default;

QUrl PhotoPolicyJob::url() const
{
    QUrl url = client()->root().url();
    QString path = url.path();
    path = path.left(path.lastIndexOf(u'/') + 1) + QStringLiteral("beta/admin/people/photoUpdateSettings");
    url.setPath(path);
    return url;
}

void PhotoPolicyJob::run()
{
    get(url(), {}, BodyKind::Json, [this](const GraphResponse& response) {
        if (!response.ok()) {
            setError(response.error);
            emitFinished();
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(response.body).object();
        m_source = o.value(QStringLiteral("source")).toString();
        for (const QJsonValue& role : o.value(QStringLiteral("allowedRoles")).toArray()) {
            m_allowedRoles << role.toString();
        }
        if (m_source.isEmpty()) {
            setError(GraphError::make(GraphError::Kind::Protocol, QStringLiteral("the photo policy has no source"),
                                      QStringLiteral("bad-object")));
        }
        emitFinished();
    });
}

} // namespace Portrait
