#include "AccountController.h"
#include "Session.h"
#include "auth/AccountStore.h"
#include "auth/MemoryTokenStore.h"
#include "auth/TokenStore.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Portrait;

namespace {
const QString kApp = QStringLiteral("aaaaaaaa-1111-2222-3333-444444444444");
const QString kSecret = QStringLiteral("controller-test-secret");
} // namespace

/**
 * AccountController (app/session) on its own, without a window: opening the demo tenant and saved accounts,
 * switching, the account of last time, signing out. Accounts' settings go to a temporary folder, their secrets to
 * a MemoryTokenStore; the accounts sign in against the emulator.
 */
class TestAccountController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void demoTenantOpensAndKeepsNoDiskCache();
    void savedAccountOpensAndIsRememberedForNextTime();
    void sessionsSayWhichTenantTheirJournalsAreOf();
    void switchingClosesTheOldSessionFirst();
    void unknownAccountFailsAndKeepsTheOpenSession();
    void lastAccountIsForgottenWhenSignedOutElsewhere();
    void signOutDeletesSecretsAndSettingsAfterClosing();
    void signOutThatCannotDeleteKeepsTheAccount();
    void signOutWithoutAccountDoesNothing();

private:
    Account saveAccount(const QString& name);

    QTemporaryDir m_config;
    GraphEmulator* m_emulator = nullptr;
    MemoryTokenStore* m_store = nullptr;
};

void TestAccountController::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY(AccountStore().fileName().startsWith(m_config.path()));
    m_emulator = new GraphEmulator(DemoTenantOptions{}, this);
    QVERIFY(m_emulator->listen(0));
    m_emulator->tokenEndpoint().registerClient(kApp, kSecret);
}

void TestAccountController::init()
{
    AccountStore store;
    for (const Account& account : store.accounts()) {
        store.remove(account.name);
    }
    store.setCurrent({});
    delete m_store;
    m_store = new MemoryTokenStore(this);
}

Account TestAccountController::saveAccount(const QString& name)
{
    Account account;
    account.name = name;
    account.tenant = QStringLiteral("contoso.example");
    account.clientId = kApp;
    account.mode = Account::Mode::ClientSecret;
    account.loginUrl = m_emulator->baseUrl().toString();
    account.graphUrl = m_emulator->graphRoot().toString();
    AccountStore().save(account);
    m_store->write(account.secretKey(TokenStore::clientSecretKind()), kSecret, this, [](const TokenStoreResult&) {});
    return account;
}

void TestAccountController::demoTenantOpensAndKeepsNoDiskCache()
{
    AccountController accounts;
    QSignalSpy changed(&accounts, &AccountController::sessionChanged);
    QSignalSpy closing(&accounts, &AccountController::sessionClosing);
    QVERIFY(accounts.openDemo());
    QVERIFY(accounts.session());
    QVERIFY(accounts.isDemo());
    QVERIFY(accounts.currentAccount().isEmpty());
    QVERIFY(accounts.session()->cacheScope().isEmpty()); // thumbnails in memory only
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<Session*>(), accounts.session());
    QCOMPARE(closing.size(), 0); // nothing was open
    QVERIFY(AccountStore().current().isEmpty()); // the demo is not "the account of last time"
}

void TestAccountController::savedAccountOpensAndIsRememberedForNextTime()
{
    saveAccount(QStringLiteral("work"));
    AccountController accounts;
    accounts.setTokenStore(m_store);
    QCOMPARE(accounts.tokenStore(), m_store);
    QCOMPARE(accounts.accounts().size(), 1);
    QSignalSpy failed(&accounts, &AccountController::openFailed);
    QVERIFY(accounts.openAccount(QStringLiteral("work")));
    QCOMPARE(failed.size(), 0);
    QVERIFY(accounts.session());
    QVERIFY(!accounts.isDemo());
    QCOMPARE(accounts.currentAccount(), QStringLiteral("work"));
    QCOMPARE(accounts.session()->cacheScope(), QStringLiteral("work"));
    QCOMPARE(AccountStore().current(), QStringLiteral("work"));
    QCOMPARE(AccountController().lastAccount(), QStringLiteral("work"));
}

void TestAccountController::sessionsSayWhichTenantTheirJournalsAreOf()
{
    AccountController accounts;
    accounts.setTokenStore(m_store);
    // The demo tenant: its own id (the same every run, whatever its port).
    QVERIFY(accounts.openDemo());
    JournalTenant tenant = accounts.session()->journalTenant();
    QVERIFY(tenant.demo);
    QCOMPARE(tenant.id, accounts.session()->emulator()->tenant().tenantId());
    QCOMPARE(tenant.graphRoot, accounts.session()->emulator()->graphRoot().toString());
    // An account set up with a domain: no id, so its name and the Graph root say which tenant it is.
    saveAccount(QStringLiteral("work"));
    QVERIFY(accounts.openAccount(QStringLiteral("work")));
    tenant = accounts.session()->journalTenant();
    QVERIFY(!tenant.demo);
    QVERIFY(tenant.id.isEmpty());
    QCOMPARE(tenant.account, QStringLiteral("work"));
    QCOMPARE(tenant.graphRoot, m_emulator->graphRoot().toString());
    // An account set up with the tenant's id: that id.
    Account byId = saveAccount(QStringLiteral("school"));
    byId.tenant = QStringLiteral("0B7E6F9A-3C2D-4E5F-8A9B-1C2D3E4F5A6B");
    AccountStore().save(byId);
    QVERIFY(accounts.openAccount(QStringLiteral("school")));
    tenant = accounts.session()->journalTenant();
    QCOMPARE(tenant.id, QStringLiteral("0b7e6f9a-3c2d-4e5f-8a9b-1c2d3e4f5a6b"));
    QCOMPARE(tenant.account, QStringLiteral("school"));
}

void TestAccountController::switchingClosesTheOldSessionFirst()
{
    saveAccount(QStringLiteral("work"));
    AccountController accounts;
    accounts.setTokenStore(m_store);
    QVERIFY(accounts.openDemo());
    Session* demo = accounts.session();
    // While sessionClosing() is delivered, the old session is still the open one (views let go of it first).
    QList<Session*> openWhileClosing;
    connect(&accounts, &AccountController::sessionClosing, this, [&]() { openWhileClosing << accounts.session(); });
    QSignalSpy changed(&accounts, &AccountController::sessionChanged);
    QVERIFY(accounts.openAccount(QStringLiteral("work")));
    QCOMPARE(openWhileClosing, QList<Session*>{demo});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(accounts.currentAccount(), QStringLiteral("work"));

    accounts.setSession(nullptr);
    QCOMPARE(openWhileClosing.size(), 2);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.last().at(0).value<Session*>(), nullptr);
    QVERIFY(!accounts.session());
}

void TestAccountController::unknownAccountFailsAndKeepsTheOpenSession()
{
    AccountController accounts;
    accounts.setTokenStore(m_store);
    QVERIFY(accounts.openDemo());
    Session* demo = accounts.session();
    QSignalSpy failed(&accounts, &AccountController::openFailed);
    QSignalSpy closing(&accounts, &AccountController::sessionClosing);
    QVERIFY(!accounts.openAccount(QStringLiteral("nobody")));
    QCOMPARE(failed.size(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("nobody")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("no signed-in account")), qPrintable(message));
    QCOMPARE(closing.size(), 0);
    QCOMPARE(accounts.session(), demo);
    QVERIFY(AccountStore().current().isEmpty());
}

void TestAccountController::lastAccountIsForgottenWhenSignedOutElsewhere()
{
    saveAccount(QStringLiteral("again"));
    {
        AccountController accounts;
        accounts.setTokenStore(m_store);
        QVERIFY(accounts.openAccount(QStringLiteral("again")));
    }
    QCOMPARE(AccountController().lastAccount(), QStringLiteral("again"));
    // `portrait-cli logout` meanwhile: nothing to reopen, and nothing to complain about.
    AccountStore().remove(QStringLiteral("again"));
    QVERIFY(AccountController().lastAccount().isEmpty());
}

void TestAccountController::signOutDeletesSecretsAndSettingsAfterClosing()
{
    const Account account = saveAccount(QStringLiteral("leaving"));
    const QString secretKey = account.secretKey(TokenStore::clientSecretKind());
    QVERIFY(m_store->entries().contains(secretKey));
    AccountController accounts;
    accounts.setTokenStore(m_store);
    QVERIFY(accounts.openAccount(QStringLiteral("leaving")));
    QSignalSpy signedOut(&accounts, &AccountController::signedOut);
    QSignalSpy failed(&accounts, &AccountController::signOutFailed);
    QSignalSpy changed(&accounts, &AccountController::sessionChanged);
    QVERIFY(accounts.signOut());
    // Closed at once, before a secret is touched; the answer comes later, never from within signOut().
    QVERIFY(!accounts.session());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(signedOut.size(), 0);
    QVERIFY(signedOut.wait());
    QCOMPARE(signedOut.at(0).at(0).toString(), QStringLiteral("leaving"));
    QCOMPARE(failed.size(), 0);
    QVERIFY(!m_store->entries().contains(secretKey));
    QVERIFY(!AccountStore().find(QStringLiteral("leaving")));
    QVERIFY(accounts.accounts().isEmpty());
}

void TestAccountController::signOutThatCannotDeleteKeepsTheAccount()
{
    saveAccount(QStringLiteral("stuck"));
    AccountController accounts;
    accounts.setTokenStore(m_store);
    QVERIFY(accounts.openAccount(QStringLiteral("stuck")));
    m_store->setAvailable(false); // the keychain is locked or gone
    QSignalSpy failed(&accounts, &AccountController::signOutFailed);
    QVERIFY(accounts.signOut());
    QVERIFY(failed.wait());
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("stuck"));
    const QString message = failed.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("stuck")) && message.contains(QStringLiteral("keychain")),
             qPrintable(message));
    // The keychain's error itself, kind and all, not only its words.
    const GraphError error = failed.at(0).at(2).value<GraphError>();
    QCOMPARE(error.kind, GraphError::Kind::Keychain);
    QVERIFY(error.isAuthFailure());
    // The settings stay, so signing out can be tried again.
    QVERIFY(AccountStore().find(QStringLiteral("stuck")));
}

void TestAccountController::signOutWithoutAccountDoesNothing()
{
    AccountController accounts;
    accounts.setTokenStore(m_store);
    QSignalSpy changed(&accounts, &AccountController::sessionChanged);
    QVERIFY(!accounts.signOut()); // nothing open
    QVERIFY(accounts.openDemo());
    QVERIFY(!accounts.signOut()); // the demo tenant is no account
    QVERIFY(accounts.session());
    QCOMPARE(changed.size(), 1);
}

QTEST_GUILESS_MAIN(TestAccountController)
#include "TestAccountController.moc"
