#include "GraphClient.h"

#include "PortraitVersion.h"
#include "base/TokenProvider.h"
#include "graph/RequestScheduler.h"

#include "graph/GraphJob.h"

#include <QImageReader>
#include <QNetworkAccessManager>

namespace Portrait {

GraphClient::GraphClient(const GraphRoot& root, TokenProvider* tokens, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_root(root)
    , m_tokens(tokens)
    , m_network(network)
{
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
    }
    // Redirects are followed by GraphJob itself, after checking the origin (never automatically).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setStrictTransportSecurityEnabled(true);
    // Every decoder in the process (QImage::fromData in audits, exports and views) refuses images that would
    // need more memory than the largest photo Portrait accepts: a decompression bomb fails, it does not eat RAM.
    QImageReader::setAllocationLimit(imageAllocationLimitMb());
}

int GraphClient::imageAllocationLimitMb()
{
    return int(GraphJob::maxImagePixels * 4 / (1024 * 1024)) + 1;
}

GraphClient::~GraphClient() = default;

RequestScheduler* GraphClient::scheduler() const
{
    return static_cast<RequestScheduler*>(m_scheduler.data());
}

void GraphClient::setScheduler(RequestScheduler* scheduler)
{
    m_scheduler = scheduler;
}

double GraphClient::nextJitter()
{
    // xorshift32: small, fast and reproducible; jitter needs no more.
    quint32 x = m_jitterState;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    m_jitterState = x;
    return double(x) / 4294967296.0;
}

QByteArray GraphClient::userAgent()
{
    return QByteArrayLiteral("Portrait/" PORTRAIT_VERSION);
}

} // namespace Portrait
