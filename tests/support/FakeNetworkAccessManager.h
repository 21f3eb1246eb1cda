#pragma once

#include "base/Clock.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStringList>

#include <utility>

namespace Portrait::Test {

/// One request a test expects, and the answer to give.
struct Exchange
{
    QByteArray method = QByteArrayLiteral("GET");
    QByteArray url; ///< fully encoded URL, compared exactly (query included)
    QByteArray authorization; ///< expected Authorization header; "-" means "must be absent"; empty: not checked
    QList<std::pair<QByteArray, QByteArray>> expectHeaders; ///< headers that must be present with these values
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> replyHeaders;
    QByteArray body;
    bool hang = false; ///< never finishes (for timeouts and abort)
    /// Answers once @p clock has moved on by answerAfterMs (a ManualClock: a server with a known service time);
    /// null: at once.
    Portrait::Clock* clock = nullptr;
    qint64 answerAfterMs = 0;
    /// Fails with this network error instead of answering (a broken connection, a refused one...).
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
};

/**
 * @brief A scenario QNetworkAccessManager: pops the next expected Exchange for every request, checks the
 * method, URL and headers, and answers through a queued call. Anything unexpected is recorded and answered
 * with a network error; tests end with QVERIFY2(fake.isSatisfied(), fake.problems()).
 */
class FakeNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeNetworkAccessManager(QObject* parent = nullptr);
    ~FakeNetworkAccessManager() override;

    void expect(const Exchange& exchange) { m_expected.append(exchange); }
    /// Shorthand: a GET of @p url answered with JSON @p body and @p status.
    void expectJson(const QByteArray& url, const QByteArray& body, int status = 200);

    /// True when every expected exchange happened and nothing else was requested.
    bool isSatisfied() const { return m_expected.isEmpty() && m_problems.isEmpty(); }
    /// What went wrong, for QVERIFY2.
    QByteArray problems() const;
    /// Every request seen, as "METHOD URL".
    const QStringList& seen() const { return m_seen; }
    /// The body of every request seen, in order (empty for GET and DELETE).
    const QList<QByteArray>& seenBodies() const { return m_seenBodies; }
    /// The raw headers of every request seen, in order.
    const QList<QList<std::pair<QByteArray, QByteArray>>>& seenHeaders() const { return m_seenHeaders; }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    QList<Exchange> m_expected;
    QStringList m_problems;
    QStringList m_seen;
    QList<QList<std::pair<QByteArray, QByteArray>>> m_seenHeaders;
    QList<QByteArray> m_seenBodies;
};

/// A QNetworkReply that plays back a canned answer.
class FakeReply : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, const Exchange& exchange,
              QObject* parent);
    /// A reply that fails with @p error (for unexpected requests).
    FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, NetworkError error,
              const QString& message, QObject* parent);
    ~FakeReply() override;

    /// Answers a reply made from a hanging exchange with @p exchange's status, headers and body, now (a modelled
    /// server that decides its answer later); nothing once aborted or finished.
    void answerNow(const Exchange& exchange);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;

private:
    void setAnswer(const Exchange& exchange);
    void deliver();

    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_aborted = false;
};

} // namespace Portrait::Test
