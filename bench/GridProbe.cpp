// bench-grid-probe: the GUI at tenant scale. Not a test: it prints figures for BENCHMARKS.md.
//
// Starts portrait-emulator with N users (default 100,000) as a separate process, opens the main window on
// it (offscreen unless QT_QPA_PLATFORM says otherwise), loads every user by paging, then scrolls the grid of
// faces from top to bottom one viewport at a time. Prints the time to the first rows, the peak RSS after the
// load, the longest GUI-thread stall (an event-loop lag probe: a 5 ms timer and how late it fires) while
// paging and while scrolling, and the thumbnail requests Graph saw against the faces shown.
//
// The stalls are attributed: every event the GUI thread dispatches is timed (wall clock and the thread's own CPU
// time, which tells work from waiting for a core on a loaded machine), and the longest ones are printed by
// phase, with the event type and the receiver's class. Each page appended to the model is timed from
// rowsAboutToBeInserted to rowsInserted (the model's nodes, the proxy's mapping and the views' reactions).

#include "DetailPane.h"
#include "FaceGridView.h"
#include "MainWindow.h"
#include "Session.h"
#include "cache/ThumbnailLoader.h"
#include "graph/GraphClient.h"
#include "graph/RequestScheduler.h"
#include "model/DirectoryFilterModel.h"
#include "model/DirectoryModel.h"
#include "model/Roles.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <QMetaEnum>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace Portrait;
namespace {

/// VmHWM (peak) and VmRSS (now) of this process, in MiB.
QPair<double, double> memoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double peak = -1;
    double now = -1;
    if (status.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray& line : lines) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() >= 2 && parts[0] == "VmHWM:") {
                peak = parts[1].toDouble() / 1024.0;
            } else if (parts.size() >= 2 && parts[0] == "VmRSS:") {
                now = parts[1].toDouble() / 1024.0;
            }
        }
    }
    return {peak, now};
}

/// CPU time of the calling thread, in ns.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

/// How late a 5 ms timer fires: the longest gap beyond its interval is the longest stall of the GUI thread.
class LagProbe : public QObject
{
public:
    /// A stall, and how much of it the GUI thread spent running (the rest it waited for a core).
    struct Stall
    {
        double wallMs = 0;
        double cpuMs = 0;
    };

    explicit LagProbe(QObject* parent = nullptr)
        : QObject(parent)
    {
        m_timer.setInterval(kIntervalMs);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this]() {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 cpu = threadCpuNs();
            const double late = (now - m_last) / 1e6 - kIntervalMs;
            const double ran = (cpu - m_lastCpu) / 1e6;
            m_last = now;
            m_lastCpu = cpu;
            if (late > m_max.wallMs) {
                m_max = {late, ran};
            }
            // The longest stretch of work: what the code costs, whatever the machine's load.
            m_maxCpu = qMax(m_maxCpu, ran);
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastCpu = threadCpuNs();
        m_max = {};
        m_maxCpu = 0;
        m_timer.start();
    }
    /// The longest stall since start() or the last take(); restarts the measure.
    Stall take()
    {
        const Stall max = m_max;
        m_max = {};
        return max;
    }
    /// The most CPU the GUI thread spent between two ticks since the last call; restarts that measure.
    double takeCpu() { return std::exchange(m_maxCpu, 0.0); }

private:
    static constexpr int kIntervalMs = 5;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    Stall m_max;
    double m_maxCpu = 0;
};

/**
 * @brief Times every event the GUI thread dispatches from its event loop (not the nested sendEvent()s) and
 * keeps the longest per phase, with what they were: where a stall comes from.
 */
class ProbeApplication : public QApplication
{
public:
    using QApplication::QApplication;

    struct Dispatch
    {
        double wallMs = 0;
        double cpuMs = 0;
        QByteArray what; ///< event type and receiver class
    };
    struct Summary
    {
        int count = 0;
        double maxWallMs = 0;
        double maxCpuMs = 0;
        double totalCpuMs = 0;
    };

    /// Starts a new phase: what follows is recorded under @p name.
    void setPhase(const QByteArray& name)
    {
        m_phase = name;
        m_longest[name];
    }
    const std::map<QByteArray, std::vector<Dispatch>>& longest() const { return m_longest; }
    const std::map<QByteArray, std::map<QByteArray, Summary>>& summaries() const { return m_summaries; }

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || m_phase.isEmpty()) {
            ++m_depth;
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        // Read before the dispatch: the receiver may be deleted by it (DeferredDelete).
        const QEvent::Type type = event->type();
        const QMetaObject* receiverClass = receiver->metaObject();
        // A bare timer or watcher says little: its owner is named too.
        const QMetaObject* ownerClass
            = receiver->parent() && !receiver->isWidgetType() ? receiver->parent()->metaObject() : nullptr;
        ++m_depth;
        QElapsedTimer wall;
        wall.start();
        const qint64 cpu0 = threadCpuNs();
        const bool handled = QApplication::notify(receiver, event);
        const double cpuMs = (threadCpuNs() - cpu0) / 1e6;
        const double wallMs = wall.nsecsElapsed() / 1e6;
        --m_depth;
        if (wallMs >= 1.0 || cpuMs >= 1.0) {
            QByteArray className = receiverClass->className();
            if (ownerClass && !className.startsWith("Portrait::")) {
                className += QByteArray(" of ") + ownerClass->className();
            }
            record(type, className, wallMs, cpuMs);
        }
        return handled;
    }

private:
    void record(QEvent::Type type, const QByteArray& className, double wallMs, double cpuMs)
    {
        static const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
        const char* typeName = types.valueToKey(type);
        const QByteArray what = (typeName ? QByteArray(typeName) : QByteArray::number(int(type))) + " to " + className;
        Summary& s = m_summaries[m_phase][what];
        ++s.count;
        s.maxWallMs = qMax(s.maxWallMs, wallMs);
        s.maxCpuMs = qMax(s.maxCpuMs, cpuMs);
        s.totalCpuMs += cpuMs;
        std::vector<Dispatch>& top = m_longest[m_phase];
        top.push_back({wallMs, cpuMs, what});
        std::sort(top.begin(), top.end(), [](const Dispatch& a, const Dispatch& b) { return a.wallMs > b.wallMs; });
        if (top.size() > kKept) {
            top.pop_back();
        }
    }

    static constexpr size_t kKept = 6;
    int m_depth = 0;
    QByteArray m_phase;
    std::map<QByteArray, std::vector<Dispatch>> m_longest;
    std::map<QByteArray, std::map<QByteArray, Summary>> m_summaries;
};

/// Opens the demo tenant, shows the first faces and one user's photo, and saves the window as @p file.
int screenshot(const QString& file)
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!window.openDemo()) {
        return 1;
    }
    FaceGridView* grid = window.gridView();
    QElapsedTimer waited;
    waited.start();
    const auto waitFor = [&](const std::function<bool()>& done) {
        while (!done() && waited.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        }
        return done();
    };
    const auto facesKnown = [&]() {
        const auto [first, last] = grid->visibleRows();
        if (first < 0) {
            return false;
        }
        for (int row = first; row <= last; ++row) {
            const QString state = grid->faceDelegate()->faceState(grid->model()->index(row, 0, grid->rootIndex()));
            if (state == u"loading" || state == u"unknown") {
                return false;
            }
        }
        return true;
    };
    if (!waitFor(facesKnown)) {
        return 1;
    }
    // Someone with a photo, chosen in the grid: the detail pane shows the photo, its sizes and facts.
    for (int row = 0; row < grid->model()->rowCount(grid->rootIndex()); ++row) {
        const QModelIndex index = grid->model()->index(row, 0, grid->rootIndex());
        if (row > 4 && grid->faceDelegate()->faceState(index) == u"photo") {
            grid->setCurrentIndex(index);
            break;
        }
    }
    waitFor([&]() {
        return window.detailPane()->hasPhotoInfo() && !window.detailPane()->isPhotoLoading()
            && !window.detailPane()->isSizesLoading();
    });
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    if (!window.grab().save(file, "PNG")) {
        return 1;
    }
    QTextStream(stdout) << "saved " << file << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // The user's saved settings (view mode, cache folder, window state) must not change what is measured.
    const QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path() + QStringLiteral("/config")));
    qputenv("XDG_CACHE_HOME", QFile::encodeName(home.path() + QStringLiteral("/cache")));
    ProbeApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("portrait-grid-probe"));
    QTextStream out(stdout);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Drives Portrait's main window against portrait-emulator with many users and "
                       "prints time to first rows, peak RSS, longest GUI stall and thumbnail "
                       "requests against faces shown."));
    parser.addHelpOption();
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         QStringLiteral("Users in the emulated tenant (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption emulatorOption(QStringLiteral("emulator"),
                                            QStringLiteral("The portrait-emulator executable."), QStringLiteral("PATH"),
                                            QStringLiteral(PORTRAIT_EMULATOR_PATH));
    const QCommandLineOption pageOption(QStringLiteral("page-size"),
                                        QStringLiteral("Users per page ($top, default 999)."), QStringLiteral("N"),
                                        QStringLiteral("999"));
    const QCommandLineOption stepOption(QStringLiteral("scroll-interval-ms"),
                                        QStringLiteral("Time between two one-viewport scroll steps (default 40)."),
                                        QStringLiteral("MS"), QStringLiteral("40"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Instead of measuring: open the demo tenant, wait for the first faces and a selected "
                       "user's photo, and save the window to FILE (PNG)."),
        QStringLiteral("FILE"));
    const QCommandLineOption niceOption(
        QStringLiteral("emulator-nice"),
        QStringLiteral(
            "How much lower the emulator's CPU priority is than the probe's (default 10): Graph does not run on the "
            "user's machine, so its work should not take the GUI thread's share of the cores."),
        QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({usersOption, emulatorOption, pageOption, stepOption, screenshotOption, niceOption});
    parser.process(app);
    if (parser.isSet(screenshotOption)) {
        return screenshot(parser.value(screenshotOption));
    }
    const int users = parser.value(usersOption).toInt();
    const int pageSize = parser.value(pageOption).toInt();
    const int stepMs = qMax(1, parser.value(stepOption).toInt());
    const int emulatorNice = qBound(0, parser.value(niceOption).toInt(), 19);

    // The emulator runs in its own process, like Graph: its work never counts as a stall of ours.
    QProcess emulator;
    emulator.setProgram(parser.value(emulatorOption));
    emulator.setChildProcessModifier([emulatorNice]() {
        errno = 0;
        if (emulatorNice > 0 && ::nice(emulatorNice) == -1 && errno != 0) {
            ::_exit(127); // measuring with another priority than the one printed would mislead
        }
    });
    emulator.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--users"),
                           QString::number(users), QStringLiteral("--token"), QStringLiteral("probe-token"),
                           QStringLiteral("--image-cache-mb"), QStringLiteral("256")});
    QElapsedTimer emulatorStart;
    emulatorStart.start();
    emulator.start();
    emulator.setReadChannel(QProcess::StandardOutput);
    bool started = emulator.waitForStarted(10000);
    while (started && !emulator.canReadLine()) {
        started = emulator.waitForReadyRead(600000);
    }
    if (!started) {
        out << "bench-grid-probe: portrait-emulator did not start: " << emulator.errorString() << '\n';
        return 1;
    }
    const QString banner = QString::fromUtf8(emulator.readLine());
    const QRegularExpressionMatch m
        = QRegularExpression(QStringLiteral(R"((http://127\.0\.0\.1:\d+/v1\.0) \(token: (\S+)\))")).match(banner);
    if (!m.hasMatch()) {
        out << "bench-grid-probe: unexpected emulator banner: " << banner << '\n';
        return 1;
    }
    const qint64 emulatorMs = emulatorStart.elapsed();
    // Photo operations Graph served (a $batch counts its items), from the emulator's request log.
    quint64 photoOps = 0;
    quint64 listRequests = 0;
    QByteArray pendingLog;
    QObject::connect(&emulator, &QProcess::readyReadStandardError, &app, [&]() {
        pendingLog += emulator.readAllStandardError();
        qsizetype newline = 0;
        while ((newline = pendingLog.indexOf('\n')) >= 0) {
            const QByteArray line = pendingLog.left(newline);
            pendingLog.remove(0, newline + 1);
            const qsizetype ops = line.indexOf(" photo-ops ");
            if (ops >= 0) {
                photoOps += line.mid(ops + 11).split(' ').value(0).toULongLong();
            } else if (line.startsWith("GET /v1.0/users?") || line.startsWith("GET /v1.0/users%3F")) {
                ++listRequests;
            }
        }
    });
    qputenv("PORTRAIT_PROBE_TOKEN", m.captured(2).toUtf8());

    LagProbe lag;
    QElapsedTimer launch;
    launch.start();
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    lag.start();
    app.setPhase("paging");

    ConnectionOptions options;
    options.graphUrl = m.captured(1);
    options.accessTokenEnv = QStringLiteral("PORTRAIT_PROBE_TOKEN");
    Session::Failure failure = Session::Failure::None;
    QString error;
    std::unique_ptr<Session> session = Session::open(options, &failure, &error);
    if (!session) {
        out << "bench-grid-probe: cannot open the session: " << error << '\n';
        return 1;
    }
    window.openSession(std::move(session));
    DirectoryModel* model = window.model();
    model->setPageSize(pageSize);
    const QModelIndex usersIndex = model->topIndex(NodeKind::Users);

    qint64 firstRowsMs = -1;
    qint64 loadedMs = -1;
    LagProbe::Stall pagingStall;
    LagProbe::Stall scrollStall;
    double pagingCpu = 0;
    double scrollCpu = 0;
    QPair<double, double> afterLoad;
    qint64 scrollStartMs = 0;
    qint64 scrollMs = 0;
    int steps = 0;
    FaceGridView* grid = window.gridView();

    // Each page into the model: its nodes, the proxy's mapping and the views' reactions, all synchronous.
    QElapsedTimer insertClock;
    qint64 insertCpu = 0;
    std::vector<std::pair<double, double>> insertMs; // wall, CPU
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, &app, [&](const QModelIndex& parent) {
        if (parent == usersIndex) {
            insertClock.start();
            insertCpu = threadCpuNs();
        }
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, &app, [&](const QModelIndex& parent) {
        if (parent == usersIndex && insertClock.isValid()) {
            insertMs.emplace_back(insertClock.nsecsElapsed() / 1e6, (threadCpuNs() - insertCpu) / 1e6);
        }
    });

    QObject::connect(window.filterModel(), &QAbstractItemModel::rowsInserted, &app, [&](const QModelIndex& parent) {
        if (firstRowsMs < 0 && parent == grid->rootIndex()) {
            firstRowsMs = launch.elapsed();
        }
    });

    QTimer scrollTimer;
    scrollTimer.setInterval(stepMs);
    QTimer settle;
    settle.setInterval(50);

    const auto finish = [&]() {
        if (const LagProbe::Stall last = lag.take(); last.wallMs > scrollStall.wallMs) {
            scrollStall = last;
        }
        scrollCpu = qMax(scrollCpu, lag.takeCpu());
        scrollMs = launch.elapsed() - scrollStartMs;
        const auto end = memoryMiB();
        const qsizetype shown = grid->shownCount();
        const int rows = model->rowCount(usersIndex);
        out << "users loaded:              " << rows << " of " << users << " in " << listRequests << " pages ("
            << loadedMs / 1000.0 << " s after launch)\n";
        out << "emulator start (not timed): " << emulatorMs / 1000.0 << " s (nice +" << emulatorNice
            << " relative to the probe)\n";
        out << "time to first rows:        " << firstRowsMs << " ms\n";
        out << "RSS after load:            peak " << QString::number(afterLoad.first, 'f', 1) << " MiB, now "
            << QString::number(afterLoad.second, 'f', 1) << " MiB\n";
        out << "RSS at the end:            peak " << QString::number(end.first, 'f', 1) << " MiB, now "
            << QString::number(end.second, 'f', 1) << " MiB\n";
        const auto stallText = [](const LagProbe::Stall& stall, double cpu) {
            return QStringLiteral("%1 ms (the GUI thread ran %2 ms of it; longest run between two ticks %3 ms)")
                .arg(stall.wallMs, 0, 'f', 1)
                .arg(stall.cpuMs, 0, 'f', 1)
                .arg(cpu, 0, 'f', 1);
        };
        out << "longest GUI stall paging:    " << stallText(pagingStall, pagingCpu) << '\n';
        out << "longest GUI stall scrolling: " << stallText(scrollStall, scrollCpu) << '\n';
        out << "scroll:                    " << steps << " steps of one viewport every " << stepMs << " ms, "
            << scrollMs / 1000.0 << " s\n";
        out << "faces shown:               " << shown << '\n';
        out << "thumbnail requests:        " << photoOps << " photo operations ("
            << QString::number(shown > 0 ? 100.0 * double(photoOps) / double(shown) : 0, 'f', 1) << " % of shown)\n";
        const ThumbnailLoader* loader = window.thumbnailLoader();
        const quint64 queued = loader->operationsQueued();
        out << "  of which queued by the grid: " << queued << " = "
            << queued - loader->sizeFallbacks() - loader->etagChecks() << " first requests (one a face) + "
            << loader->sizeFallbacks() << " fallbacks to /photo/$value after an empty 404 + " << loader->etagChecks()
            << " etag checks\n";
        if (!insertMs.empty()) {
            std::vector<std::pair<double, double>> sorted = insertMs;
            std::sort(sorted.begin(), sorted.end());
            const auto slowest = std::max_element(insertMs.begin(), insertMs.end());
            out << "page insert (model+proxy+views): " << sorted.size() << " pages, median "
                << QString::number(sorted[sorted.size() / 2].first, 'f', 1) << " ms, max "
                << QString::number(slowest->first, 'f', 1) << " ms wall / " << QString::number(slowest->second, 'f', 1)
                << " ms CPU (page " << (slowest - insertMs.begin()) + 1 << ")\n";
        }
        for (const auto& [phase, top] : app.longest()) {
            out << "longest dispatches while " << phase << " (wall / GUI-thread CPU):\n";
            for (const auto& d : top) {
                out << "  " << QString::number(d.wallMs, 'f', 1) << " / " << QString::number(d.cpuMs, 'f', 1) << " ms  "
                    << d.what << '\n';
            }
            // Per kind of event: how often it took 1 ms or more, the worst, and the CPU it took in all.
            std::vector<std::pair<QByteArray, ProbeApplication::Summary>> kinds;
            if (const auto found = app.summaries().find(phase); found != app.summaries().end()) {
                kinds.assign(found->second.begin(), found->second.end());
            }
            std::sort(kinds.begin(), kinds.end(),
                      [](const auto& a, const auto& b) { return a.second.totalCpuMs > b.second.totalCpuMs; });
            out << "  by event (>= 1 ms: count, max wall, max CPU, total CPU):\n";
            for (size_t i = 0; i < qMin<size_t>(kinds.size(), 8); ++i) {
                const auto& [what, sum] = kinds[i];
                out << "    " << sum.count << "x, " << QString::number(sum.maxWallMs, 'f', 1) << ", "
                    << QString::number(sum.maxCpuMs, 'f', 1) << ", " << QString::number(sum.totalCpuMs, 'f', 0)
                    << " ms  " << what << '\n';
            }
        }
        out.flush();
        emulator.terminate();
        emulator.waitForFinished(5000);
        QApplication::exit(0);
    };

    QObject::connect(&settle, &QTimer::timeout, &app, [&]() {
        ThumbnailLoader* loader = window.thumbnailLoader();
        if (loader->pendingCount() == 0 && loader->scheduler()->inFlight() == 0
            && loader->scheduler()->batchesInFlight() == 0 && loader->scheduler()->queued() == 0) {
            settle.stop();
            // Let the last answers' log lines arrive.
            QTimer::singleShot(300, &app, finish);
        }
    });
    QObject::connect(&scrollTimer, &QTimer::timeout, &app, [&]() {
        QScrollBar* bar = grid->verticalScrollBar();
        if (bar->value() >= bar->maximum()) {
            scrollTimer.stop();
            settle.start();
            return;
        }
        bar->setValue(qMin(bar->maximum(), bar->value() + grid->viewport()->height()));
        ++steps;
    });

    // Paging: ask the next page as soon as one arrives, as a view would while the user scrolls.
    const auto pageOn = [&]() {
        if (loadedMs >= 0) {
            return;
        }
        const auto state = FetchState(usersIndex.data(Roles::FetchStateRole).toInt());
        if (state == FetchState::Done) {
            loadedMs = launch.elapsed();
            pagingStall = lag.take();
            pagingCpu = lag.takeCpu();
            app.setPhase("scrolling");
            afterLoad = memoryMiB();
            scrollStartMs = launch.elapsed();
            scrollTimer.start();
            return;
        }
        if (state == FetchState::Failed) {
            out << "bench-grid-probe: listing failed: " << usersIndex.data(Roles::ErrorRole).toString() << '\n';
            QApplication::exit(1);
            return;
        }
        if (model->canFetchMore(usersIndex)) {
            model->fetchMore(usersIndex);
        }
    };
    QObject::connect(model, &DirectoryModel::loadingFinished, &app, [&]() { QTimer::singleShot(0, &app, pageOn); });
    QTimer::singleShot(0, &app, pageOn);

    const int rc = QApplication::exec();
    if (emulator.state() != QProcess::NotRunning) {
        emulator.terminate();
        emulator.waitForFinished(5000);
    }
    return rc;
}
