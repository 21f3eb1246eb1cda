// Auth reports the one error type: the sign-in service's answers (invalid_grant, AADSTS numbers, no network) and a
// keychain that refuses become a GraphError with a kind, the OAuth code and a text that says what to do, in the
// user's language.
#include "auth/Account.h"
#include "auth/MemoryTokenStore.h"
#include "auth/OAuthClient.h"
#include "auth/OAuthReply.h"
#include "auth/RefreshingTokenProvider.h"
#include "auth/SignOut.h"
#include "base/Clock.h"
#include "graph/DisplayText.h"
#include "graph/GraphClient.h"
#include "graph/ObjectJob.h"
#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace Portrait;

class TestAuthErrors : public QObject
{
    Q_OBJECT

private slots:
    void serviceAnswers_data();
    void serviceAnswers();
    void unreachableService();
    void successIsNoError();
    void adviceIsTranslated();
    void lockedKeychainOnSignOut();
    void lockedKeychainReachesTheGraphJob();
    void notSignedInReachesTheGraphJob();
};

void TestAuthErrors::serviceAnswers_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("needsSignIn");
    QTest::addColumn<QString>("advice"); ///< the start of the message for people, or empty: the service's own text

    QTest::newRow("revoked refresh token")
        << QByteArray(R"({"error":"invalid_grant","error_description":"AADSTS70008: The refresh token has expired.",)"
                      R"("error_codes":[70008],"trace_id":"t-1","correlation_id":"c-1"})")
        << "invalid_grant" << true << "The sign-in has expired or was revoked";
    QTest::newRow("invalid_grant, unknown number")
        << QByteArray(R"({"error":"invalid_grant","error_description":"AADSTS1: whatever","error_codes":[1]})")
        << "invalid_grant" << true << "The sign-in is no longer valid";
    QTest::newRow("multi-factor authentication")
        << QByteArray(
               R"({"error":"interaction_required","error_description":"AADSTS50076: MFA","error_codes":[50076]})")
        << "interaction_required" << true << "The tenant asks for multi-factor authentication";
    QTest::newRow("wrong client secret") << QByteArray(
        R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret.",)"
        R"("error_codes":[7000215]})") << "invalid_client"
                                         << false << "The client secret is wrong";
    QTest::newRow("expired client secret") << QByteArray(
        R"({"error":"invalid_client","error_description":"AADSTS7000222: expired","error_codes":[7000222]})")
                                           << "invalid_client" << false << "The client secret has expired";
    QTest::newRow("unknown application") << QByteArray(
        R"({"error":"unauthorized_client","error_description":"AADSTS700016: not found",)"
        R"("error_codes":[700016]})") << "unauthorized_client"
                                         << false << "No application with this client ID";
    QTest::newRow("unknown tenant") << QByteArray(
        R"({"error":"invalid_request","error_description":"AADSTS90002: Tenant not found",)"
        R"("error_codes":[90002]})") << "invalid_request"
                                    << false << "The tenant was not found";
    QTest::newRow("no consent") << QByteArray(
        R"({"error":"invalid_grant","error_description":"AADSTS65001: no consent","error_codes":[65001]})")
                                << "invalid_grant" << true << "The application lacks consent";
    QTest::newRow("conditional access") << QByteArray(
        R"({"error":"invalid_grant","error_description":"AADSTS53003: blocked","error_codes":[53003]})")
                                        << "invalid_grant" << true << "A conditional access policy";
    QTest::newRow("declined: the service's own words")
        << QByteArray(R"({"error":"authorization_declined","error_description":"The user declined."})")
        << "authorization_declined" << false << "";
    QTest::newRow("not JSON") << QByteArray("<html>gateway</html>") << "invalid_response" << false << "";
}

void TestAuthErrors::serviceAnswers()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(bool, needsSignIn);
    QFETCH(QString, advice);
    const OAuthReply reply = OAuthReply::parse(400, body);
    const GraphError error = reply.toError();
    QCOMPARE(error.kind, GraphError::Kind::Auth);
    QVERIFY(error.isAuthFailure());
    QCOMPARE(error.code, code);
    QCOMPARE(error.needsSignIn(), needsSignIn);
    QCOMPARE(error.httpStatus, 400);
    QCOMPARE(error.requestId, reply.traceId);
    QCOMPARE(error.clientRequestId, reply.correlationId);
    // The service's own code and first line stay in the text, for support.
    QVERIFY2(error.message.contains(reply.message()), qPrintable(error.message));
    if (advice.isEmpty()) {
        QCOMPARE(error.message, reply.message());
    } else {
        QVERIFY2(error.message.startsWith(advice), qPrintable(error.message));
    }
}

void TestAuthErrors::unreachableService()
{
    OAuthReply reply;
    reply.networkError = true;
    reply.networkMessage = QStringLiteral("Connection refused");
    const GraphError error = reply.toError();
    QCOMPARE(error.kind, GraphError::Kind::Network);
    QCOMPARE(error.code, QStringLiteral("network_error"));
    QVERIFY(!error.isAuthFailure());
    QVERIFY(!error.needsSignIn());
    QVERIFY(error.message.contains(QStringLiteral("Connection refused")));
}

void TestAuthErrors::successIsNoError()
{
    const OAuthReply reply = OAuthReply::parse(200, R"({"access_token":"a","expires_in":3599})");
    QVERIFY(reply.ok());
    QVERIFY(!reply.toError().isError());
}

void TestAuthErrors::adviceIsTranslated()
{
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("portrait_de"), QString(Translations::ResourcePath)));
    QCoreApplication::installTranslator(&german);
    const GraphError error
        = OAuthReply::parse(401,
                            R"({"error":"invalid_client","error_description":"AADSTS7000215: Invalid client )"
                            R"(secret.","error_codes":[7000215]})")
              .toError();
    QCoreApplication::removeTranslator(&german);
    QVERIFY2(error.message.startsWith(QStringLiteral("The client secret is wrong")), qPrintable(error.message));
    QVERIFY(!error.localizedMessage.isEmpty());
    QVERIFY2(!error.localizedMessage.startsWith(QStringLiteral("The client")), qPrintable(error.localizedMessage));
    QVERIFY(error.localizedMessage.contains(QStringLiteral("AADSTS7000215")));
    QCOMPARE(error.displayMessage(), error.localizedMessage);
}

void TestAuthErrors::lockedKeychainOnSignOut()
{
    MemoryTokenStore store;
    store.setAvailable(false); // a locked keychain, or none
    Account account;
    account.name = QStringLiteral("nobody-test-auth-errors");
    account.tenant = QStringLiteral("contoso.example");
    SignOut signOut(account, &store);
    QSignalSpy finished(&signOut, &Task::finished);
    signOut.start();
    QVERIFY(finished.wait());
    QVERIFY(!signOut.succeeded());
    QCOMPARE(signOut.error().kind, GraphError::Kind::Keychain);
    QCOMPARE(signOut.error().code, QStringLiteral("keychain"));
    QVERIFY(signOut.error().isAuthFailure());
    QVERIFY(!signOut.error().displayMessage().isEmpty());
}

namespace {

/// The error of a Graph job whose token comes from the refresh token kept in @p store. The token request fails
/// before anything is sent: no request leaves the machine.
GraphError jobErrorWith(MemoryTokenStore* store)
{
    QNetworkAccessManager network;
    OAuthClient oauth(&network);
    const AuthEndpoints endpoints(Cloud::Global, QStringLiteral("contoso.example"));
    RefreshingTokenProvider provider(
        &oauth, endpoints, QStringLiteral("00000000-0000-0000-0000-00000000c11e"), endpoints.delegatedScopes(), store,
        QStringLiteral("portrait/contoso.example/work/refresh-token"), QStringLiteral("work"), Clock::system());
    GraphClient client(GraphRoot::forCloud(Cloud::Global), &provider, &network);
    ObjectJob job(&client, ItemPath::me());
    QSignalSpy finished(&job, &GraphJob::finished);
    job.start();
    if (!finished.wait()) {
        return GraphError::make(GraphError::Kind::Timeout, QStringLiteral("the job did not finish"));
    }
    return job.error();
}

} // namespace

void TestAuthErrors::lockedKeychainReachesTheGraphJob()
{
    // The keychain's error travels through the token provider to the Graph job that needed the token, as it was:
    // kind Keychain (not re-worded as Auth), still an authentication failure for the CLI's exit code.
    MemoryTokenStore store;
    store.setAvailable(false);
    const GraphError error = jobErrorWith(&store);
    QCOMPARE(error.kind, GraphError::Kind::Keychain);
    QCOMPARE(error.code, QStringLiteral("keychain"));
    QVERIFY(error.isAuthFailure());
    QVERIFY(!error.needsSignIn()); // signing in again would not open the keychain
    QVERIFY2(error.message.contains(QStringLiteral("no keychain is available")), qPrintable(error.toString()));
    // What the CLI prints and the GUI shows names the keychain once, not its kind and its code one after the other.
    QCOMPARE(errorDisplayText(error), QStringLiteral("keychain: no keychain is available"));
    QCOMPARE(error.toString(), QStringLiteral("keychain: no keychain is available"));
}

void TestAuthErrors::notSignedInReachesTheGraphJob()
{
    MemoryTokenStore store; // reachable, but holds no refresh token
    const GraphError error = jobErrorWith(&store);
    QCOMPARE(error.kind, GraphError::Kind::Auth);
    QCOMPARE(error.code, TokenResult::interactionRequiredCode());
    QVERIFY(error.isAuthFailure());
    QVERIFY(error.needsSignIn());
    QVERIFY2(error.message.contains(QStringLiteral("is not signed in")), qPrintable(error.toString()));
}

QTEST_GUILESS_MAIN(TestAuthErrors)
#include "TestAuthErrors.moc"
