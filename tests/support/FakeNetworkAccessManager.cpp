#include "FakeNetworkAccessManager.h"

#include <QTimer>

namespace Portrait::Test {

static QByteArray verb(QNetworkAccessManager::Operation op, const QNetworkRequest& request)
{
    switch (op) {
    case QNetworkAccessManager::GetOperation:
        return QByteArrayLiteral("GET");
    case QNetworkAccessManager::PostOperation:
        return QByteArrayLiteral("POST");
    case QNetworkAccessManager::PutOperation:
        return QByteArrayLiteral("PUT");
    case QNetworkAccessManager::DeleteOperation:
        return QByteArrayLiteral("DELETE");
    case QNetworkAccessManager::HeadOperation:
        return QByteArrayLiteral("HEAD");
    case QNetworkAccessManager::CustomOperation:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    default:
        return QByteArrayLiteral("?");
    }
}

FakeNetworkAccessManager::FakeNetworkAccessManager(QObject* parent)
    : QNetworkAccessManager(parent)
{ }

FakeNetworkAccessManager::~FakeNetworkAccessManager() = default;

void FakeNetworkAccessManager::expectJson(const QByteArray& url, const QByteArray& body, int status)
{
    Exchange e;
    e.url = url;
    e.status = status;
    e.body = body;
    e.replyHeaders = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    expect(e);
}

QByteArray FakeNetworkAccessManager::problems() const
{
    QStringList all = m_problems;
    for (const Exchange& e : m_expected) {
        all << QStringLiteral("expected but never requested: %1 %2")
                   .arg(QString::fromLatin1(e.method), QString::fromLatin1(e.url));
    }
    return all.join(u'\n').toUtf8();
}

QNetworkReply* FakeNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                       QIODevice* outgoingData)
{
    const QByteArray method = verb(op, request);
    const QByteArray url = request.url().toEncoded();
    m_seen << QString::fromLatin1(method + ' ' + url);
    m_seenBodies << (outgoingData ? outgoingData->readAll() : QByteArray());
    QList<std::pair<QByteArray, QByteArray>> headers;
    for (const QByteArray& name : request.rawHeaderList()) {
        headers.append({name, request.rawHeader(name)});
    }
    m_seenHeaders.append(headers);

    if (m_expected.isEmpty()) {
        m_problems
            << QStringLiteral("unexpected request: %1 %2").arg(QString::fromLatin1(method), QString::fromLatin1(url));
        return new FakeReply(request, op, QNetworkReply::ProtocolUnknownError, QStringLiteral("unexpected request"),
                             this);
    }
    const Exchange e = m_expected.takeFirst();
    QStringList mismatch;
    if (e.method != method) {
        mismatch << QStringLiteral("method %1 instead of %2")
                        .arg(QString::fromLatin1(method), QString::fromLatin1(e.method));
    }
    if (e.url != url) {
        mismatch << QStringLiteral("URL\n  got      %1\n  expected %2")
                        .arg(QString::fromLatin1(url), QString::fromLatin1(e.url));
    }
    const QByteArray auth = request.rawHeader(QByteArrayLiteral("Authorization"));
    if (e.authorization == "-" && request.hasRawHeader(QByteArrayLiteral("Authorization"))) {
        mismatch << QStringLiteral("an Authorization header was sent where none may go");
    } else if (!e.authorization.isEmpty() && e.authorization != "-" && auth != e.authorization) {
        mismatch << QStringLiteral("Authorization '%1' instead of '%2'")
                        .arg(QString::fromLatin1(auth), QString::fromLatin1(e.authorization));
    }
    for (const auto& [name, value] : e.expectHeaders) {
        if (request.rawHeader(name) != value) {
            mismatch << QStringLiteral("header %1 is '%2', expected '%3'")
                            .arg(QString::fromLatin1(name), QString::fromLatin1(request.rawHeader(name)),
                                 QString::fromLatin1(value));
        }
    }
    if (!mismatch.isEmpty()) {
        m_problems << QStringLiteral("request %1 %2: %3")
                          .arg(QString::fromLatin1(method), QString::fromLatin1(url),
                               mismatch.join(QStringLiteral("; ")));
    }
    if (e.networkError != QNetworkReply::NoError) {
        return new FakeReply(request, op, e.networkError, QStringLiteral("network error %1").arg(e.networkError), this);
    }
    return new FakeReply(request, op, e, this);
}

FakeReply::FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, const Exchange& exchange,
                     QObject* parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    setAnswer(exchange);
    if (exchange.hang) {
        return;
    }
    if (exchange.clock) {
        exchange.clock->callLater(this, exchange.answerAfterMs, [this]() { deliver(); });
        return;
    }
    QTimer::singleShot(0, this, &FakeReply::deliver);
}

FakeReply::FakeReply(const QNetworkRequest& request, QNetworkAccessManager::Operation op, NetworkError error,
                     const QString& message, QObject* parent)
    : QNetworkReply(parent)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    open(QIODevice::ReadOnly);
    setError(error, message);
    QTimer::singleShot(0, this, [this, error]() {
        emit errorOccurred(error);
        setFinished(true);
        emit finished();
    });
}

FakeReply::~FakeReply() = default;

void FakeReply::setAnswer(const Exchange& exchange)
{
    m_body = exchange.body;
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, exchange.status);
    for (const auto& [name, value] : exchange.replyHeaders) {
        setRawHeader(name, value);
    }
    if (!exchange.replyHeaders.isEmpty() || !m_body.isEmpty()) {
        setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    }
    if (exchange.status >= 400) {
        setError(exchange.status == 404 ? ContentNotFoundError : UnknownContentError,
                 QStringLiteral("HTTP %1").arg(exchange.status));
    }
}

void FakeReply::answerNow(const Exchange& exchange)
{
    if (m_aborted || isFinished()) {
        return;
    }
    setAnswer(exchange);
    deliver();
}

void FakeReply::deliver()
{
    if (m_aborted) {
        return;
    }
    emit metaDataChanged();
    if (!m_body.isEmpty()) {
        emit downloadProgress(m_body.size(), m_body.size());
        emit readyRead();
    }
    if (error() != NoError) {
        emit errorOccurred(error());
    }
    setFinished(true);
    emit finished();
}

void FakeReply::abort()
{
    if (isFinished()) {
        return;
    }
    m_aborted = true;
    setError(OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    QTimer::singleShot(0, this, [this]() {
        emit errorOccurred(OperationCanceledError);
        emit finished();
    });
}

qint64 FakeReply::bytesAvailable() const
{
    return m_body.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char* data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_body.size() - m_offset);
    if (n <= 0) {
        return m_offset >= m_body.size() ? -1 : 0;
    }
    memcpy(data, m_body.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

} // namespace Portrait::Test
