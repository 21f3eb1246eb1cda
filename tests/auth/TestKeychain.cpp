// KeychainTokenStore against the real Secret Service (gnome-keyring under dbus-run-session: with-keyring.sh).
#include "auth/KeychainTokenStore.h"

#include <QTest>

using namespace Portrait;

class TestKeychain : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void largeValuesAreChunked();
    void removeDeletesEveryChunk();
    void noKeychainIsAClearError();

private:
    TokenStoreResult read(KeychainTokenStore& store, const QString& key);
    TokenStoreResult write(KeychainTokenStore& store, const QString& key, const QString& value);
    TokenStoreResult remove(KeychainTokenStore& store, const QString& key);
};

TokenStoreResult TestKeychain::read(KeychainTokenStore& store, const QString& key)
{
    std::optional<TokenStoreResult> result;
    store.read(key, this, [&](const TokenStoreResult& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(TokenStoreResult::failure({QStringLiteral("timeout"), QStringLiteral("timeout")}));
}

TokenStoreResult TestKeychain::write(KeychainTokenStore& store, const QString& key, const QString& value)
{
    std::optional<TokenStoreResult> result;
    store.write(key, value, this, [&](const TokenStoreResult& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(TokenStoreResult::failure({QStringLiteral("timeout"), QStringLiteral("timeout")}));
}

TokenStoreResult TestKeychain::remove(KeychainTokenStore& store, const QString& key)
{
    std::optional<TokenStoreResult> result;
    store.remove(key, this, [&](const TokenStoreResult& r) { result = r; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000); }();
    return result.value_or(TokenStoreResult::failure({QStringLiteral("timeout"), QStringLiteral("timeout")}));
}

void TestKeychain::roundTrip()
{
    KeychainTokenStore store(QStringLiteral("portrait-test"));
    const QString key
        = TokenStore::key(QStringLiteral("contoso.example"), QStringLiteral("work"), TokenStore::refreshTokenKind());
    QCOMPARE(key, QStringLiteral("portrait/contoso.example/work/refresh-token"));
    QCOMPARE(read(store, key).status, TokenStoreResult::Status::NotFound); // means "sign in"
    const TokenStoreResult written = write(store, key, QStringLiteral("RT.first"));
    QVERIFY2(written.ok(), qPrintable(written.error.toString()));
    QCOMPARE(read(store, key).value, QStringLiteral("RT.first"));
    QVERIFY(write(store, key, QStringLiteral("RT.second")).ok());
    QCOMPARE(read(store, key).value, QStringLiteral("RT.second"));
    QVERIFY(remove(store, key).ok());
    QCOMPARE(read(store, key).status, TokenStoreResult::Status::NotFound);
    QVERIFY(remove(store, key).ok()); // removing twice is fine
}

void TestKeychain::largeValuesAreChunked()
{
    KeychainTokenStore store(QStringLiteral("portrait-test"));
    const QString key = QStringLiteral("portrait/t/big/refresh-token");
    QString big;
    for (int i = 0; big.size() < 5000; ++i) {
        big += QString::number(i, 36);
    }
    QVERIFY(write(store, key, big).ok());
    QCOMPARE(read(store, key).value, big);
    // No entry is larger than Windows' 2560-byte credential blob.
    const TokenStoreResult head = read(store, key + QStringLiteral(".1"));
    QVERIFY(head.ok());
    QVERIFY(head.value.toUtf8().size() <= KeychainTokenStore::chunkBytes());
    // Shrinking drops the surplus chunks.
    QVERIFY(write(store, key, QStringLiteral("small")).ok());
    QCOMPARE(read(store, key).value, QStringLiteral("small"));
    QCOMPARE(read(store, key + QStringLiteral(".1")).status, TokenStoreResult::Status::NotFound);
    QCOMPARE(read(store, key + QStringLiteral(".3")).status, TokenStoreResult::Status::NotFound);
    QVERIFY(remove(store, key).ok());
}

void TestKeychain::removeDeletesEveryChunk()
{
    KeychainTokenStore store(QStringLiteral("portrait-test"));
    const QString key = QStringLiteral("portrait/t/gone/refresh-token");
    QVERIFY(write(store, key, QString(4500, u'x')).ok());
    QVERIFY(remove(store, key).ok());
    for (const QString& name :
         {key, key + QStringLiteral(".1"), key + QStringLiteral(".2"), key + QStringLiteral(".3")}) {
        QCOMPARE(read(store, name).status, TokenStoreResult::Status::NotFound);
    }
}

void TestKeychain::noKeychainIsAClearError()
{
    if (qEnvironmentVariable("PORTRAIT_EXPECT_NO_KEYCHAIN") != QLatin1String("1")) {
        QSKIP("runs as test_keychain_unavailable, without a session bus");
    }
    KeychainTokenStore store(QStringLiteral("portrait-test"));
    const TokenStoreResult written = write(store, QStringLiteral("portrait/t/a/client-secret"), QStringLiteral("s"));
    QCOMPARE(written.status, TokenStoreResult::Status::Error);
    QCOMPARE(written.error.kind, GraphError::Kind::Keychain);
    QVERIFY(!written.error.message.isEmpty());
    QCOMPARE(read(store, QStringLiteral("portrait/t/a/client-secret")).status, TokenStoreResult::Status::Error);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "TestKeychain.moc"
