// bench/photo-pipe: how close RequestScheduler keeps Graph's photo pipe to full.
//
// Starts GraphEmulator in-process with Graph's limits (round trip, per-photo service time, 4 concurrent
// photo operations), lists every user, and fetches every user's photo metadata (or bytes) through the
// scheduler as pages arrive. Prints seconds, the ratio to the lower bound (users x service / 4 + rtt) and
// the 429s received. Not a test: numbers go into BENCHMARKS.md.
#include "base/TokenProvider.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/ListJob.h"
#include "graph/RequestScheduler.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Portrait;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("users (1000)"), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption rtt(QStringLiteral("rtt-ms"), QStringLiteral("round trip (40)"), QStringLiteral("MS"),
                                 QStringLiteral("40"));
    const QCommandLineOption service(QStringLiteral("photo-service-ms"), QStringLiteral("service (15)"),
                                     QStringLiteral("MS"), QStringLiteral("15"));
    const QCommandLineOption bytes(QStringLiteral("bytes"), QStringLiteral("fetch $value instead of metadata"));
    const QCommandLineOption single(QStringLiteral("no-batch"), QStringLiteral("one request per photo"));
    parser.addOptions({users, rtt, service, bytes, single});
    parser.process(app);

    DemoTenantOptions options;
    options.users = parser.value(users).toInt();
    GraphEmulator emulator(options);
    EmulatorLimits limits;
    limits.rttMs = parser.value(rtt).toInt();
    limits.photoServiceMs = parser.value(service).toInt();
    limits.photoConcurrency = 4;
    emulator.setLimits(limits);
    emulator.setRequestLogLimit(0);
    if (!emulator.listen(0)) {
        return 4;
    }
    StaticTokenProvider tokens(emulator.accessToken());
    GraphClient client(GraphRoot::parse(emulator.graphRoot().toString()), &tokens);
    RequestScheduler scheduler(&client);
    if (parser.isSet(single)) {
        scheduler.setBatchMode(RequestScheduler::BatchMode::Never);
    }
    const PhotoJob::Mode mode = parser.isSet(bytes) ? PhotoJob::Mode::BytesOnly : PhotoJob::Mode::MetadataOnly;

    QElapsedTimer timer;
    qint64 queued = 0;
    qint64 done = 0;
    qint64 errors = 0;
    bool listed = false;
    const auto maybeQuit = [&]() {
        if (listed && done == queued) {
            const double seconds = timer.elapsed() / 1000.0;
            const double bound = options.users * limits.photoServiceMs / 4.0 / 1000.0 + limits.rttMs / 1000.0;
            std::printf("users %d  %s  %.2f s  lower bound %.2f s  ratio %.3f  429s %llu  batches %llu  singles %llu  "
                        "errors %lld  peak in flight %d\n",
                        options.users, mode == PhotoJob::Mode::BytesOnly ? "bytes" : "metadata", seconds, bound,
                        seconds / bound, (unsigned long long)emulator.throttledOpCount(),
                        (unsigned long long)scheduler.batchesSent(), (unsigned long long)scheduler.singlesSent(),
                        errors, emulator.peakPhotoOpsInFlight());
            QCoreApplication::quit();
        }
    };
    ListJob list(&client, ItemPath::users());
    QObject::connect(&list, &ListJob::pageReceived, &app, [&](const QList<DirectoryObject>& objects) {
        for (const DirectoryObject& o : objects) {
            ++queued;
            scheduler.fetchPhoto(o.path, mode, {}, &app, [&](const PhotoInfo& info) {
                ++done;
                errors += info.status == PhotoStatus::Error ? 1 : 0;
                maybeQuit();
            });
        }
    });
    QObject::connect(&list, &GraphJob::finished, &app, [&]() {
        listed = true;
        maybeQuit();
    });
    QTimer::singleShot(0, &app, [&]() {
        timer.start();
        list.start();
    });
    return app.exec();
}
