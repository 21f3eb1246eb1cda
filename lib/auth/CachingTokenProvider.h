#pragma once

#include "auth/TokenGrant.h"
#include "base/TokenProvider.h"

#include <QList>
#include <QPointer>

#include <utility>

namespace Portrait {

class Clock;

/**
 * @brief The part every renewable TokenProvider shares: the cached access token, renewal ahead of expiry
 * (refreshMarginSeconds() before it), one renewal in flight at a time however many jobs ask, and
 * forceRefresh after a 401. Subclasses implement acquire() and call completeAcquire() exactly once per call.
 */
class CachingTokenProvider : public TokenProvider
{
    Q_OBJECT

public:
    explicit CachingTokenProvider(Clock* clock, QObject* parent = nullptr);
    ~CachingTokenProvider() override;

    void requestToken(QObject* context, Callback callback, bool forceRefresh = false) override;

    /// Seeds the cache (e.g. with the grant an interactive sign-in just produced).
    virtual void setGrant(const TokenGrant& grant);
    /**
     * @brief Seconds before expiry at which the token is renewed instead of used (default 300). A token that lives
     * less than twice the margin is renewed at half its lifetime instead: otherwise every request would renew it.
     */
    void setRefreshMarginSeconds(int seconds) { m_marginSeconds = seconds; }
    int refreshMarginSeconds() const { return m_marginSeconds; }
    /// The cached token's expiry (UTC), or null.
    QDateTime expiresAt() const { return m_grant.expiresAt; }
    /// Renewals started so far.
    int acquisitions() const { return m_acquisitions; }

signals:
    /// Renewal failed in a way only the user can fix: sign in again. @p error is what the waiters got.
    void interactionRequired(const Portrait::GraphError& error);

protected:
    /// Gets a new token; must end in completeAcquire(), later.
    virtual void acquire() = 0;
    /// Ends the renewal started by acquire(): caches @p grant on success, answers every waiter.
    void completeAcquire(const TokenGrant& grant);
    /// Ends the renewal started by acquire() with @p failure, which every waiter gets.
    void completeAcquire(const TokenResult& failure);
    Clock* clock() const { return m_clock; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    bool isFresh() const;
    void answer(const TokenResult& result);

    Clock* m_clock;
    TokenGrant m_grant;
    QDateTime m_receivedAt; ///< when m_grant arrived, for its lifetime
    QList<Waiter> m_waiters;
    bool m_acquiring = false;
    int m_marginSeconds = 300;
    int m_acquisitions = 0;
};

} // namespace Portrait
