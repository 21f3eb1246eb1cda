// portrait-emulator: serves the demo tenant as a local Microsoft Graph on 127.0.0.1.

#include "PortraitVersion.h"
#include "emulator/DemoSamples.h"
#include "emulator/DemoTenant.h"
#include "emulator/GraphEmulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

// SIGINT / SIGTERM → a byte on a pipe → QCoreApplication::quit() on the event loop (self-pipe trick).
void installQuitOnSignals(QCoreApplication& app)
{
    if (::pipe(g_signalPipe) != 0) {
        return;
    }
    auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier]() {
        char byte = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}
#else
void installQuitOnSignals(QCoreApplication&) { }
#endif

int parseNumber(const QCommandLineParser& parser, const QString& name, qint64 low, qint64 high, bool* ok)
{
    const qint64 value = parser.value(name).toLongLong(ok);
    if (!*ok || value < low || value > high) {
        *ok = false;
        QTextStream(stderr) << "portrait-emulator: invalid --" << name << " '" << parser.value(name) << "'\n";
        return 0;
    }
    return static_cast<int>(value);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("portrait-emulator"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTRAIT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves Portrait's deterministic demo tenant as a local Microsoft Graph "
                       "(v1.0 and beta) on 127.0.0.1."));
    parser.addHelpOption();
    // Not addVersionOption(): -v is --verbose, as in portrait and portrait-cli.
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Displays version information."));
    parser.addOption(versionOption);
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        QStringLiteral("Port to listen on; 0 picks a free one (default)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed of the demo tenant (default 42)."),
                                        QStringLiteral("N"), QStringLiteral("42"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Number of users (default 250)."),
                                         QStringLiteral("N"), QStringLiteral("250"));
    const QCommandLineOption groupsOption(QStringLiteral("groups"), QStringLiteral("Number of groups (default 25)."),
                                          QStringLiteral("N"), QStringLiteral("25"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token"), QStringLiteral("Bearer token clients must send (default portrait-demo-token)."),
        QStringLiteral("TOKEN"), QStringLiteral("portrait-demo-token"));
    const QCommandLineOption quietOption({QStringLiteral("q"), QStringLiteral("quiet")},
                                         QStringLiteral("Do not log requests to stderr."));
    const QCommandLineOption rttOption(QStringLiteral("rtt-ms"),
                                       QStringLiteral("Round-trip time added to each HTTP exchange (default 0)."),
                                       QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption serviceOption(
        QStringLiteral("photo-service-ms"),
        QStringLiteral("Service time of each photo operation, $batch items included (default 0)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption writeServiceOption(
        QStringLiteral("photo-write-service-ms"),
        QStringLiteral("Service time of each photo write (PUT, PATCH or DELETE of photo/$value) (default 0)."),
        QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption permissionsOption(
        QStringLiteral("token-permissions"),
        QStringLiteral(
            "Graph permissions of the token, comma-separated, e.g. User.Read.All,ProfilePhoto.Read.All; photo writes "
            "need a ReadWrite one (default: every permission)."),
        QStringLiteral("LIST"));
    const QCommandLineOption photoSourceOption(
        QStringLiteral("photo-update-source"),
        QStringLiteral(
            "The tenant's photo update policy: cloud (default) or onPremises, which refuses user photo writes."),
        QStringLiteral("SOURCE"), QStringLiteral("cloud"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("photo-concurrency"),
        QStringLiteral(
            "Photo operations at once per app; beyond it 429 ApplicationThrottled (default 0: unlimited; Graph: 4)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(
        QStringLiteral("latency-model"),
        QStringLiteral(
            "Where the round trip falls: split (half before the server sees a request, half after; default), before "
            "(all of it before), transfer (split, plus the answer's size over --transfer-mb-per-s), jitter (split, "
            "each "
            "half moved by up to --jitter-ms either way, seeded by --latency-seed)."),
        QStringLiteral("MODEL"), QStringLiteral("split"));
    const QCommandLineOption transferOption(
        QStringLiteral("transfer-mb-per-s"),
        QStringLiteral("Bandwidth of the transfer latency model, in MB/s (default 80)."), QStringLiteral("N"),
        QStringLiteral("80"));
    const QCommandLineOption jitterOption(
        QStringLiteral("jitter-ms"),
        QStringLiteral("Most each half of the round trip moves under the jitter model (default 5)."),
        QStringLiteral("MS"), QStringLiteral("5"));
    const QCommandLineOption latencySeedOption(
        QStringLiteral("latency-seed"),
        QStringLiteral("Seed of the jitter model (default 1): the same seed, the same delays."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption cacheOption(
        QStringLiteral("image-cache-mb"),
        QStringLiteral("Memory for rendered photos, in MiB (default 64); benchmarks raise it."), QStringLiteral("MIB"),
        QStringLiteral("64"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"),
        QStringLiteral(
            "Inject faults into answers: RATE[:KIND,...], RATE as 10% or 0.1, KIND among 429, 503, 504, status, reset, "
            "truncate, drip, malformed-json, content-type, huge-length, wire, all (default all)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption faultSeedOption(
        QStringLiteral("fault-seed"),
        QStringLiteral("Seed of the fault plan (default 1): the same seed, the same faults."), QStringLiteral("N"),
        QStringLiteral("1"));
    const QCommandLineOption faultRetryAfterOption(
        QStringLiteral("fault-retry-after-ms"),
        QStringLiteral(
            "Longest Retry-After of an injected 429/503/504, in milliseconds (default 500; half of them send none)."),
        QStringLiteral("MS"), QStringLiteral("500"));
    const QCommandLineOption faultDripOption(
        QStringLiteral("fault-drip-ms"),
        QStringLiteral("Pause between the 8 pieces of a slow-drip answer, in milliseconds (default 40)."),
        QStringLiteral("MS"), QStringLiteral("40"));
    const QCommandLineOption httpsOption(
        QStringLiteral("https"),
        QStringLiteral("Also serve HTTPS, with a self-signed certificate for 127.0.0.1 and localhost made at start."));
    const QCommandLineOption httpsPortOption(
        QStringLiteral("https-port"), QStringLiteral("Port of the HTTPS listener; 0 picks a free one (default)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption certOutOption(
        QStringLiteral("cert-out"),
        QStringLiteral("Write the HTTPS certificate (PEM) to FILE, for clients to trust explicitly."),
        QStringLiteral("FILE"));
    const QCommandLineOption verboseOption(
        {QStringLiteral("v"), QStringLiteral("verbose")},
        QStringLiteral("Log debug messages of portrait.* categories (QT_LOGGING_RULES takes precedence)."));
    parser.addOptions({httpsOption, httpsPortOption, certOutOption});
    const QCommandLineOption writeSamplesOption(
        QStringLiteral("write-demo-import"),
        QStringLiteral(
            "Write the demo tenant's sample portraits (the folder installed as share/portrait/demo-import) into DIR, "
            "then exit."),
        QStringLiteral("DIR"));
    parser.addOptions({writeServiceOption, permissionsOption, photoSourceOption, writeSamplesOption});
    parser.addOptions({portOption, seedOption, usersOption, groupsOption, tokenOption, quietOption, rttOption,
                       serviceOption, concurrencyOption, latencyOption, transferOption, jitterOption, latencySeedOption,
                       cacheOption, faultsOption, faultSeedOption, faultRetryAfterOption, faultDripOption,
                       verboseOption});
    parser.process(app);
    if (parser.isSet(versionOption)) {
        parser.showVersion();
    }
    if (parser.isSet(verboseOption)) {
        QLoggingCategory::setFilterRules(QStringLiteral("portrait.*.debug=true"));
    }

    if (parser.isSet(writeSamplesOption)) {
        QString error;
        if (!Portrait::DemoSamples::write(parser.value(writeSamplesOption), &error)) {
            QTextStream(stderr) << "portrait-emulator: " << error << '\n';
            return 1;
        }
        return 0;
    }

    bool ok = true;
    const int port = parseNumber(parser, QStringLiteral("port"), 0, 65535, &ok);
    Portrait::DemoTenantOptions options;
    if (ok) {
        options.seed = static_cast<quint32>(parseNumber(parser, QStringLiteral("seed"), 0, 0xFFFFFFFFLL, &ok));
    }
    if (ok) {
        options.users = parseNumber(parser, QStringLiteral("users"), 1, 10000000, &ok);
    }
    if (ok) {
        options.groups = parseNumber(parser, QStringLiteral("groups"), 0, 1000000, &ok);
    }
    Portrait::EmulatorLimits limits;
    if (ok) {
        limits.rttMs = parseNumber(parser, QStringLiteral("rtt-ms"), 0, 60000, &ok);
    }
    if (ok) {
        limits.photoServiceMs = parseNumber(parser, QStringLiteral("photo-service-ms"), 0, 60000, &ok);
    }
    if (ok) {
        limits.photoWriteServiceMs = parseNumber(parser, QStringLiteral("photo-write-service-ms"), 0, 60000, &ok);
    }
    if (ok) {
        limits.photoConcurrency = parseNumber(parser, QStringLiteral("photo-concurrency"), 0, 1000, &ok);
    }
    if (ok) {
        const auto kind = Portrait::LatencyModel::parse(parser.value(latencyOption));
        if (!kind) {
            QTextStream(stderr) << "portrait-emulator: --latency-model must be one of "
                                << Portrait::LatencyModel::names().join(QStringLiteral(", ")) << '\n';
            return 2;
        }
        limits.latency = *kind;
        limits.transferMBPerS = parseNumber(parser, QStringLiteral("transfer-mb-per-s"), 1, 100000, &ok);
    }
    if (ok) {
        limits.jitterMs = parseNumber(parser, QStringLiteral("jitter-ms"), 0, 60000, &ok);
    }
    if (ok) {
        limits.latencySeed = quint64(parseNumber(parser, QStringLiteral("latency-seed"), 0, 0xFFFFFFFFLL, &ok));
    }
    int cacheMb = 64;
    if (ok) {
        cacheMb = parseNumber(parser, QStringLiteral("image-cache-mb"), 1, 65536, &ok);
    }
    Portrait::FaultPlan faults;
    if (ok && parser.isSet(faultsOption)) {
        QString error;
        const auto plan = Portrait::FaultPlan::parse(parser.value(faultsOption), &error);
        if (!plan) {
            QTextStream(stderr) << "portrait-emulator: invalid --faults: " << error << '\n';
            return 2;
        }
        faults = *plan;
    }
    if (ok) {
        faults.setSeed(static_cast<quint32>(parseNumber(parser, QStringLiteral("fault-seed"), 0, 0xFFFFFFFFLL, &ok)));
    }
    if (ok) {
        faults.setMaxRetryAfterMs(parseNumber(parser, QStringLiteral("fault-retry-after-ms"), 1, 600000, &ok));
    }
    if (ok) {
        faults.setDripIntervalMs(parseNumber(parser, QStringLiteral("fault-drip-ms"), 1, 60000, &ok));
    }
    int httpsPort = 0;
    if (ok) {
        httpsPort = parseNumber(parser, QStringLiteral("https-port"), 0, 65535, &ok);
    }
    if (ok && !parser.isSet(httpsOption) && (parser.isSet(certOutOption) || parser.isSet(httpsPortOption))) {
        QTextStream(stderr) << "portrait-emulator: --cert-out and --https-port need --https\n";
        ok = false;
    }
    Portrait::PhotoUpdateSettings photoSettings;
    photoSettings.source = parser.value(photoSourceOption);
    if (ok && photoSettings.source != QStringLiteral("cloud") && photoSettings.source != QStringLiteral("onPremises")) {
        QTextStream(stderr) << "portrait-emulator: --photo-update-source is cloud or onPremises\n";
        ok = false;
    }
    Portrait::AccessGrant grant = Portrait::AccessGrant::unrestricted();
    if (parser.isSet(permissionsOption)) {
        grant.everything = false;
        for (const QString& permission : parser.value(permissionsOption).split(u',', Qt::SkipEmptyParts)) {
            grant.permissions.append(permission.trimmed());
        }
    }
    if (!ok) {
        return 2;
    }
    const QString token = parser.value(tokenOption);
    if (token.isEmpty()) {
        QTextStream(stderr) << "portrait-emulator: --token must not be empty\n";
        return 2;
    }

    Portrait::GraphEmulator emulator(options);
    emulator.setAccessToken(token, grant);
    emulator.tenant().setPhotoUpdateSettings(photoSettings);
    emulator.setLimits(limits);
    emulator.setFaultPlan(faults);
    emulator.tenant().setImageCacheLimit(qsizetype(cacheMb) * 1024 * 1024);
    if (!emulator.listen(static_cast<quint16>(port))) {
        QTextStream(stderr) << "portrait-emulator: cannot listen on 127.0.0.1:" << port << '\n';
        return 1;
    }
    if (parser.isSet(httpsOption)) {
        QString error;
        if (!emulator.listenHttps(static_cast<quint16>(httpsPort), &error)) {
            QTextStream(stderr) << "portrait-emulator: cannot serve HTTPS: " << error << '\n';
            return 1;
        }
        if (parser.isSet(certOutOption)) {
            QSaveFile file(parser.value(certOutOption));
            if (!file.open(QIODevice::WriteOnly) || file.write(emulator.certificatePem()) < 0 || !file.commit()) {
                QTextStream(stderr) << "portrait-emulator: cannot write " << parser.value(certOutOption) << ": "
                                    << file.errorString() << '\n';
                return 1;
            }
        }
    }
    if (!parser.isSet(quietOption)) {
        QObject::connect(&emulator, &Portrait::GraphEmulator::requestServed, &app,
                         [](const Portrait::RequestRecord& record) {
                             QTextStream err(stderr);
                             err << record.method << ' ' << record.target << ' ' << record.status;
                             if (!record.errorCode.isEmpty()) {
                                 err << ' ' << record.errorCode;
                             }
                             if (!record.fault.isEmpty()) {
                                 err << " fault " << record.fault;
                             }
                             err << ' ' << record.elapsedMs << " ms";
                             if (record.photoOps > 0) {
                                 // The number of photo operations in flight, as Graph's limit sees it.
                                 err << " photo-ops " << record.photoOps << " in-flight " << record.photoOpsInFlight;
                                 if (record.throttledOps > 0) {
                                     err << " throttled " << record.throttledOps;
                                 }
                                 if (record.itemFaults > 0) {
                                     err << " item-faults " << record.itemFaults;
                                 }
                             }
                             err << '\n';
                         });
    }
    installQuitOnSignals(app);

    QTextStream out(stdout);
    out << "Graph emulator listening on " << emulator.graphRoot().toString() << " (token: " << token << ")\n";
    if (emulator.httpsPort() != 0) {
        out << "Graph emulator listening on " << emulator.httpsGraphRoot().toString() << " (self-signed certificate";
        if (parser.isSet(certOutOption)) {
            out << " in " << parser.value(certOutOption);
        }
        out << ")\n";
    }
    out.flush();
    std::fflush(stdout);
    return app.exec();
}
