#include "PhotoJob.h"

#include "graph/GraphClient.h"

#include <QJsonDocument>

#include <algorithm>

namespace Portrait {

PhotoJob::PhotoJob(GraphClient* client, const ItemPath& principal, Mode mode, const QString& sizeId, QObject* parent)
    : GraphJob(client, parent)
    , m_principal(principal)
    , m_mode(mode)
    , m_sizeId(sizeId)
{ }

PhotoJob::~PhotoJob() = default;

void PhotoJob::finishWith(const GraphError& error)
{
    m_info = PhotoInfo::fromError(error);
    if (error.isAuthFailure() || error.kind == GraphError::Kind::Cancelled) {
        setError(error);
    }
    emitFinished();
}

void PhotoJob::run()
{
    if (!m_principal.isPrincipal()) {
        finishWith(GraphError::make(GraphError::Kind::Protocol,
                                    QStringLiteral("'%1' is not a user, group or contact").arg(m_principal.toString()),
                                    QStringLiteral("bad-address")));
        return;
    }
    if (!m_sizeId.isEmpty() && !m_principal.supportsPhotoSizes()) {
        finishWith(GraphError::make(
            GraphError::Kind::Protocol,
            QStringLiteral("contacts have a single photo size: Graph does not serve /photos/{size} for them"),
            QStringLiteral("sizes-unsupported")));
        return;
    }
    if (m_mode == Mode::BytesOnly) {
        fetchBytes();
        return;
    }
    const QString path = m_sizeId.isEmpty() ? m_principal.photoPath() : m_principal.photoSizePath(m_sizeId);
    get(client()->root().resolve(path), {}, BodyKind::Json, [this](const GraphResponse& response) {
        if (!response.ok()) {
            finishWith(response.error);
            return;
        }
        if (!PhotoInfo::parseMetadata(response.body, &m_info)) {
            GraphError e
                = GraphError::make(GraphError::Kind::Protocol, QStringLiteral("photo metadata is not a JSON object"),
                                   QStringLiteral("bad-metadata"));
            e.requestId = QString::fromLatin1(response.header("request-id"));
            if (retryLast(e)) {
                return;
            }
            finishWith(e);
            return;
        }
        if (m_mode == Mode::MetadataAndBytes && m_info.status == PhotoStatus::Photo) {
            fetchBytes();
            return;
        }
        emitFinished();
    });
}

void PhotoJob::fetchBytes()
{
    const QString path = m_sizeId.isEmpty() ? m_principal.photoValuePath() : m_principal.photoSizeValuePath(m_sizeId);
    get(client()->root().resolve(path), {}, BodyKind::Image, [this](const GraphResponse& response) {
        if (!response.ok()) {
            finishWith(response.error);
            return;
        }
        if (response.body.isEmpty()) {
            GraphError e = GraphError::make(GraphError::Kind::Protocol, QStringLiteral("the photo answer was empty"),
                                            QStringLiteral("empty-body"));
            e.requestId = QString::fromLatin1(response.header("request-id"));
            if (retryLast(e)) {
                return;
            }
            finishWith(e);
            return;
        }
        const int metaWidth = m_info.width;
        const int metaHeight = m_info.height;
        m_info.setBinary(response.body, QString::fromLatin1(response.header("content-type")),
                         QString::fromLatin1(response.header("etag")));
        if (m_info.width <= 0 && metaWidth > 0) {
            m_info.width = metaWidth;
            m_info.height = metaHeight;
        }
        if (m_info.mediaType.isEmpty() || !m_info.mediaType.startsWith(QLatin1String("image/"))) {
            GraphError e = GraphError::make(GraphError::Kind::Protocol,
                                            QStringLiteral("the photo answer is not an image (%1)")
                                                .arg(QString::fromLatin1(response.header("content-type"))),
                                            QStringLiteral("not-an-image"));
            e.requestId = QString::fromLatin1(response.header("request-id"));
            if (retryLast(e)) {
                return;
            }
            finishWith(e);
            return;
        }
        emitFinished();
    });
}

PhotoSizesJob::PhotoSizesJob(GraphClient* client, const ItemPath& principal, QObject* parent)
    : GraphJob(client, parent)
    , m_principal(principal)
{ }

PhotoSizesJob::~PhotoSizesJob() = default;

void PhotoSizesJob::run()
{
    if (!m_principal.supportsPhotoSizes()) {
        setError(GraphError::make(
            GraphError::Kind::Protocol,
            QStringLiteral("'%1' has no list of sizes: only users and groups do").arg(m_principal.toString()),
            QStringLiteral("sizes-unsupported")));
        emitFinished();
        return;
    }
    get(client()->root().resolve(m_principal.photosPath()), {}, BodyKind::Json, [this](const GraphResponse& response) {
        if (!response.ok()) {
            setError(response.error);
            emitFinished();
            return;
        }
        QString parseError;
        if (!parsePhotoSizes(response.body, &m_sizes, &parseError)) {
            const GraphError e = GraphError::make(GraphError::Kind::Protocol, parseError, QStringLiteral("bad-sizes"));
            if (retryLast(e)) {
                return;
            }
            setError(e);
        }
        std::sort(m_sizes.begin(), m_sizes.end(),
                  [](const PhotoSize& a, const PhotoSize& b) { return a.width * a.height < b.width * b.height; });
        emitFinished();
    });
}

} // namespace Portrait
