#include "ObjectJob.h"

#include "graph/GraphClient.h"

#include <QJsonDocument>

namespace Portrait {

ObjectJob::ObjectJob(GraphClient* client, const ItemPath& principal, QObject* parent)
    : GraphJob(client, parent)
    , m_principal(principal)
{ }

ObjectJob::~ObjectJob() = default;

void ObjectJob::run()
{
    if (!m_principal.isPrincipal()) {
        setError(GraphError::make(GraphError::Kind::Protocol,
                                  QStringLiteral("'%1' is not a user, group or contact").arg(m_principal.toString()),
                                  QStringLiteral("bad-address")));
        emitFinished();
        return;
    }
    const QString query = QStringLiteral("$select=")
        + QString::fromLatin1(QUrl::toPercentEncoding(defaultSelect(m_principal), QByteArrayLiteral(",")));
    get(client()->root().resolve(m_principal.encoded(), query), {}, BodyKind::Json,
        [this](const GraphResponse& response) {
            if (!response.ok()) {
                setError(response.error);
                emitFinished();
                return;
            }
            const QJsonDocument doc = QJsonDocument::fromJson(response.body);
            m_object = DirectoryObject::fromPrincipalJson(doc.object(), m_principal);
            if (!m_object.isValid()) {
                const GraphError e = GraphError::make(
                    GraphError::Kind::Protocol,
                    doc.isObject() ? QStringLiteral("the answer for '%1' has no id").arg(m_principal.toString())
                                   : QStringLiteral("the answer for '%1' is not JSON").arg(m_principal.toString()),
                    QStringLiteral("bad-object"));
                if (retryLast(e)) {
                    return;
                }
                setError(e);
            }
            emitFinished();
        });
}

} // namespace Portrait
