#include "KeychainTokenStore.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace Portrait {

namespace {

const QString kChunkHeader = QStringLiteral("portrait-chunked:");
constexpr int kMaxChunks = 64;

TokenStoreResult fromJob(const QKeychain::Job* job)
{
    TokenStoreResult result;
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = TokenStoreResult::Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
        result = TokenStoreResult::failure(
            trMessage(
                "Portrait::KeychainTokenStore",
                QT_TRANSLATE_NOOP("Portrait::KeychainTokenStore",
                                  "no keychain is reachable (is a Secret Service such as gnome-keyring running?): %1"))
                .arg(job->errorString()));
        break;
    default:
        result = TokenStoreResult::failure(
            trMessage("Portrait::KeychainTokenStore",
                      QT_TRANSLATE_NOOP("Portrait::KeychainTokenStore", "the keychain refused: %1"))
                .arg(job->errorString()));
        break;
    }
    return result;
}

void deliver(QObject* context, const TokenStore::Callback& callback, const TokenStoreResult& result)
{
    QTimer::singleShot(0, context, [callback, result]() { callback(result); });
}

} // namespace

KeychainTokenStore::KeychainTokenStore(const QString& service, QObject* parent)
    : TokenStore(parent)
    , m_service(service)
{ }

KeychainTokenStore::~KeychainTokenStore() = default;

int KeychainTokenStore::chunkCount(const QString& head)
{
    if (!head.startsWith(kChunkHeader)) {
        return 0;
    }
    bool ok = false;
    const int count = head.mid(kChunkHeader.size()).toInt(&ok);
    return ok && count > 0 && count <= kMaxChunks ? count : 0;
}

void KeychainTokenStore::rawRead(const QString& key, std::function<void(const TokenStoreResult&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        TokenStoreResult result = fromJob(finished);
        if (result.ok()) {
            result.value = QString::fromUtf8(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData());
        }
        done(result);
    });
    job->start();
}

void KeychainTokenStore::rawWrite(const QString& key, const QByteArray& value,
                                  std::function<void(const TokenStoreResult&)> done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    job->setBinaryData(value);
    connect(job, &QKeychain::Job::finished, this,
            [done = std::move(done)](QKeychain::Job* finished) { done(fromJob(finished)); });
    job->start();
}

void KeychainTokenStore::rawRemove(const QString& key, std::function<void(const TokenStoreResult&)> done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* finished) {
        TokenStoreResult result = fromJob(finished);
        if (result.status == TokenStoreResult::Status::NotFound) {
            result.status = TokenStoreResult::Status::Ok; // already gone
        }
        done(result);
    });
    job->start();
}

void KeychainTokenStore::read(const QString& key, QObject* context, Callback callback)
{
    const QPointer<QObject> guard(context);
    const auto finish = [guard, callback](const TokenStoreResult& result) {
        if (guard) {
            deliver(guard, callback, result);
        }
    };
    rawRead(key, [this, key, finish](const TokenStoreResult& head) {
        const int count = head.ok() ? chunkCount(head.value) : 0;
        if (count == 0) {
            finish(head);
            return;
        }
        // Chunks are read one after the other; each step is a callback, never a wait.
        auto assembled = std::make_shared<QString>();
        auto step = std::make_shared<std::function<void(int)>>();
        const std::weak_ptr<std::function<void(int)>> weak = step;
        // The step holds itself weakly; each pending keychain callback holds it strongly: no cycle.
        *step = [this, key, count, assembled, finish, weak](int index) {
            const auto self = weak.lock();
            if (index > count) {
                TokenStoreResult result;
                result.value = *assembled;
                finish(result);
                return;
            }
            rawRead(QStringLiteral("%1.%2").arg(key).arg(index),
                    [index, assembled, finish, self](const TokenStoreResult& part) {
                        if (!part.ok()) {
                            finish(
                                part.status == TokenStoreResult::Status::NotFound ? TokenStoreResult::failure(
                                    trMessage("Portrait::KeychainTokenStore",
                                              QT_TRANSLATE_NOOP("Portrait::KeychainTokenStore",
                                                                "a keychain entry is incomplete (chunk %1 is missing)"))
                                        .arg(index))
                                                                                  : part);
                            return;
                        }
                        *assembled += part.value;
                        (*self)(index + 1);
                    });
        };
        (*step)(1);
    });
}

void KeychainTokenStore::write(const QString& key, const QString& value, QObject* context, Callback callback)
{
    const QPointer<QObject> guard(context);
    const auto finish = [guard, callback](const TokenStoreResult& result) {
        if (guard) {
            deliver(guard, callback, result);
        }
    };
    const QByteArray bytes = value.toUtf8();
    QList<QByteArray> chunks;
    if (bytes.size() > chunkBytes()) {
        for (qsizetype offset = 0; offset < bytes.size(); offset += chunkBytes()) {
            chunks.append(bytes.mid(offset, chunkBytes()));
        }
    }
    if (chunks.size() > kMaxChunks) {
        finish(TokenStoreResult::failure(
            trMessage("Portrait::KeychainTokenStore",
                      QT_TRANSLATE_NOOP("Portrait::KeychainTokenStore", "the secret is too large for the keychain"))));
        return;
    }
    // Learn how many chunks the old value had, write the new chunks, then the head, then drop the surplus.
    rawRead(key, [this, key, bytes, chunks, finish](const TokenStoreResult& old) {
        const int oldCount = old.ok() ? chunkCount(old.value) : 0;
        const int newCount = int(chunks.size());
        auto step = std::make_shared<std::function<void(int)>>();
        const std::weak_ptr<std::function<void(int)>> weak = step;
        *step = [this, key, bytes, chunks, oldCount, newCount, finish, weak](int index) {
            const auto self = weak.lock();
            const auto next = [finish, self, index](const TokenStoreResult& result) {
                if (!result.ok()) {
                    finish(result);
                    return;
                }
                (*self)(index + 1);
            };
            if (index <= newCount) {
                rawWrite(QStringLiteral("%1.%2").arg(key).arg(index), chunks.at(index - 1), next);
            } else if (index == newCount + 1) {
                rawWrite(key, newCount == 0 ? bytes : (kChunkHeader + QString::number(newCount)).toUtf8(), next);
            } else if (index - 1 <= oldCount) {
                rawRemove(QStringLiteral("%1.%2").arg(key).arg(index - 1), next);
            } else {
                finish(TokenStoreResult{});
            }
        };
        (*step)(1);
    });
}

void KeychainTokenStore::remove(const QString& key, QObject* context, Callback callback)
{
    const QPointer<QObject> guard(context);
    const auto finish = [guard, callback](const TokenStoreResult& result) {
        if (guard) {
            deliver(guard, callback, result);
        }
    };
    rawRead(key, [this, key, finish](const TokenStoreResult& head) {
        if (head.status == TokenStoreResult::Status::Error) {
            finish(head);
            return;
        }
        // The last chunk first, the head last: a removal cut short (a process that exits, a keychain error)
        // leaves a head that still names the chunks left, and the next removal finds and removes them all.
        const int count = head.ok() ? chunkCount(head.value) : 0;
        auto step = std::make_shared<std::function<void(int)>>();
        const std::weak_ptr<std::function<void(int)>> weak = step;
        *step = [this, key, finish, weak](int index) {
            const auto self = weak.lock();
            const QString name = index == 0 ? key : QStringLiteral("%1.%2").arg(key).arg(index);
            rawRemove(name, [finish, self, index](const TokenStoreResult& result) {
                if (!result.ok() || index == 0) {
                    finish(result);
                    return;
                }
                (*self)(index - 1);
            });
        };
        (*step)(count);
    });
}

} // namespace Portrait
