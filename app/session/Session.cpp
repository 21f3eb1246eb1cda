#include "Session.h"

#include "auth/TokenProvider.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"

namespace Portrait {

Session::Session(QObject* parent)
    : QObject(parent)
{ }

Session::~Session()
{
    // The client (and its replies) go before the server they talk to.
    delete m_client;
    delete m_tokens;
    delete m_emulator;
}

QString Session::description() const
{
    if (m_emulator) {
        return tr("demo tenant at %1").arg(m_client->root().url().toString());
    }
    return m_client->root().url().toString();
}

std::unique_ptr<Session> Session::open(const ConnectionOptions& options, Failure* failure, QString* error)
{
    const auto fail = [&](Failure f, const QString& message) {
        *failure = f;
        *error = message;
        return std::unique_ptr<Session>();
    };
    *failure = Failure::None;

    int sources = 0;
    sources += options.demo ? 1 : 0;
    sources += options.accessTokenEnv.isEmpty() ? 0 : 1;
    sources += options.accessTokenFile.isEmpty() ? 0 : 1;
    sources += options.account.isEmpty() ? 0 : 1;
    if (sources > 1) {
        return fail(Failure::Usage, tr("choose one of --demo, --account, --access-token-env and --access-token-file"));
    }
    if (options.demo && (!options.graphUrl.isEmpty() || options.cloudGiven)) {
        return fail(Failure::Usage, tr("--demo runs its own tenant: it takes no --graph-url or --cloud"));
    }

    std::unique_ptr<Session> session(new Session);
    GraphRoot root;
    QString token;
    if (options.demo) {
        session->m_emulator = new GraphEmulator();
        if (!session->m_emulator->listen(0)) {
            return fail(Failure::Unreachable, tr("the demo tenant could not start on 127.0.0.1"));
        }
        root = GraphRoot::parse(session->m_emulator->graphRoot().toString());
        token = session->m_emulator->accessToken();
    } else {
        QString rootError;
        root = options.graphUrl.isEmpty() ? GraphRoot::forCloud(options.cloud)
                                          : GraphRoot::parse(options.graphUrl, &rootError);
        if (!root.isValid()) {
            return fail(Failure::Usage, tr("bad --graph-url: %1").arg(rootError));
        }
        if (!options.accessTokenEnv.isEmpty()) {
            token = qEnvironmentVariable(options.accessTokenEnv.toLocal8Bit().constData()).trimmed();
            if (token.isEmpty()) {
                return fail(Failure::Auth,
                            tr("the environment variable %1 is not set or empty").arg(options.accessTokenEnv));
            }
        } else if (!options.accessTokenFile.isEmpty()) {
            QString fileError;
            if (!StaticTokenProvider::readTokenFile(options.accessTokenFile, &token, &fileError)) {
                return fail(Failure::Auth, fileError);
            }
        } else if (!options.account.isEmpty()) {
            return fail(Failure::Auth, tr("no signed-in account named '%1'").arg(options.account));
        } else {
            return fail(Failure::Auth,
                        tr("no account or token: use --demo, --access-token-env VAR or --access-token-file FILE"));
        }
    }
    if (token.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
        token = token.mid(7).trimmed();
    }
    session->m_tokens = new StaticTokenProvider(token);
    session->m_client = new GraphClient(root, session->m_tokens);
    session->m_client->setTransferTimeoutMs(qMax(1, options.timeoutSeconds) * 1000);
    return session;
}

} // namespace Portrait
