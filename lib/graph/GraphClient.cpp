#include "GraphClient.h"

#include "PortraitVersion.h"
#include "base/TokenProvider.h"
#include "graph/RequestScheduler.h"

#include "graph/GraphJob.h"

#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <memory>

namespace Portrait {

GraphClient::GraphClient(const GraphRoot& root, TokenProvider* tokens, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_root(root)
    , m_tokens(tokens)
{
    if (network) {
        m_networks.append(network);
    } else {
        for (int i = 0; i < ownedManagers; ++i) {
            m_networks.append(new QNetworkAccessManager(this));
        }
    }
    m_onTheWire.fill(0, m_networks.size());
    for (QNetworkAccessManager* manager : std::as_const(m_networks)) {
        // Redirects are followed by GraphJob itself, after checking the origin (never automatically).
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        manager->setStrictTransportSecurityEnabled(true);
    }
    // Every decoder in the process (QImage::fromData in audits, exports and views) refuses images that would
    // need more memory than the largest photo Portrait accepts: a decompression bomb fails, it does not eat RAM.
    QImageReader::setAllocationLimit(imageAllocationLimitMb());
}

int GraphClient::imageAllocationLimitMb()
{
    return int(GraphJob::maxImagePixels * 4 / (1024 * 1024)) + 1;
}

GraphClient::~GraphClient() = default;

QNetworkReply* GraphClient::send(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body)
{
    int chosen = 0;
    for (int i = 1; i < m_networks.size(); ++i) {
        if (m_onTheWire.at(i) < m_onTheWire.at(chosen)) {
            chosen = i;
        }
    }
    QNetworkAccessManager* manager = m_networks.at(chosen);
    QNetworkReply* reply = nullptr;
    if (verb == "PUT") {
        reply = manager->put(request, body);
    } else if (verb == "DELETE") {
        reply = manager->deleteResource(request);
    } else if (verb == "POST") {
        reply = manager->post(request, body);
    } else {
        reply = manager->get(request);
    }
    ++m_onTheWire[chosen];
    // Off the wire when it finishes or, if it is deleted unfinished, when it goes: whichever comes first, once.
    auto counted = std::make_shared<bool>(false);
    const auto off = [this, chosen, counted]() {
        if (!*counted) {
            *counted = true;
            --m_onTheWire[chosen];
        }
    };
    connect(reply, &QNetworkReply::finished, this, off);
    connect(reply, &QObject::destroyed, this, off);
    return reply;
}

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
