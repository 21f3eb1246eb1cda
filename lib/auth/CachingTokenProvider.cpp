#include "CachingTokenProvider.h"

#include "base/Clock.h"

namespace Portrait {

CachingTokenProvider::CachingTokenProvider(Clock* clock, QObject* parent)
    : TokenProvider(parent)
    , m_clock(clock)
{ }

CachingTokenProvider::~CachingTokenProvider() = default;

void CachingTokenProvider::setGrant(const TokenGrant& grant)
{
    m_grant = grant;
    m_grant.refreshToken.clear(); // kept by the subclass that owns it, not twice
    m_receivedAt = m_clock->nowUtc();
}

bool CachingTokenProvider::isFresh() const
{
    if (!m_grant.isValid() || !m_grant.expiresAt.isValid()) {
        return false;
    }
    const qint64 lifetime = m_receivedAt.isValid() ? m_receivedAt.secsTo(m_grant.expiresAt) : m_marginSeconds * 2;
    const qint64 margin = qMin<qint64>(m_marginSeconds, lifetime / 2);
    return m_clock->nowUtc().addSecs(margin) < m_grant.expiresAt;
}

void CachingTokenProvider::requestToken(QObject* context, Callback callback, bool forceRefresh)
{
    if (!forceRefresh && isFresh() && !m_acquiring) {
        TokenResult result;
        result.accessToken = m_grant.accessToken;
        QMetaObject::invokeMethod(
            context, [callback = std::move(callback), result]() { callback(result); }, Qt::QueuedConnection);
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (m_acquiring) {
        return; // one renewal answers everyone waiting
    }
    m_acquiring = true;
    ++m_acquisitions;
    m_grant.accessToken.clear();
    acquire();
}

void CachingTokenProvider::completeAcquire(const TokenGrant& grant)
{
    if (!grant.isValid()) {
        completeAcquire(TokenResult::failure(GraphError::make(
            GraphError::Kind::Auth,
            trMessage(staticMetaObject.className(), QT_TR_NOOP("the sign-in service sent no access token")))));
        return;
    }
    m_grant = grant;
    m_grant.refreshToken.clear();
    m_receivedAt = m_clock->nowUtc();
    TokenResult result;
    result.accessToken = grant.accessToken;
    answer(result);
}

void CachingTokenProvider::completeAcquire(const TokenResult& failure)
{
    Q_ASSERT(!failure.ok() && failure.error.isError());
    answer(failure);
    if (failure.interactionRequired()) {
        emit interactionRequired(failure.error);
    }
}

void CachingTokenProvider::answer(const TokenResult& result)
{
    m_acquiring = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context) {
            QMetaObject::invokeMethod(
                waiter.context, [callback = waiter.callback, result]() { callback(result); }, Qt::QueuedConnection);
        }
    }
}

} // namespace Portrait
