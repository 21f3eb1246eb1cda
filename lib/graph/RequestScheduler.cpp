#include "RequestScheduler.h"

#include "graph/BatchJob.h"
#include "graph/GraphClient.h"
#include "graph/GraphImage.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <cmath>
#include <iterator>
#include <limits>

namespace Portrait {

namespace {
/// Quiet time after a throttle before the single-request limit goes up again by one.
constexpr qint64 kRecoveryMs = 5000;
/// Batches on the wire at once: one being served, one arriving just as it ends.
constexpr int kMaxBatchesInFlight = 2;
/// 429s from our own overlapping batches that an operation may take without spending a retry attempt.
constexpr int kMaxFreeOverlapRetries = 8;
/// Single requests whose slot was given on early, per slot: the reads', whose service is short, travel longer
/// than they are served; a bound on what is on the wire, not on what the server runs. Writes: one per slot (at most
/// twice the limit on the wire), so that a cancel still finds most writes unsent.
constexpr int kMaxEarlyPerSlot = 3;
/// Single reads that may take a free slot before a waiting write does (see pump()).
constexpr int kReadsPerWriteTurn = 2;
/// Reads in one sequential `$batch` during writes: up to 8 services in one slot, so that the writes keep their turns.
constexpr int kMaxChain = 8;
/// Sequential batches whose later items Graph throttled after earlier ones ran, before chaining stops for good: it
/// runs them at once (or something took the slot between them), and each would cost its items a round trip.
constexpr int kMaxChainsRunAtOnce = 3;
/// m_nextBatchAtMs while the last batch has not left yet.
constexpr qint64 kNotYetMs = std::numeric_limits<qint64>::max();

/// Exchange serves these, under the same 4-concurrent Outlook limit as photos
/// (docs/GRAPH.md#the-outlook-limit-4-at-once).
bool isOutlook(const ItemPath& collection)
{
    const auto k = collection.kind();
    return k == ItemPath::Kind::Contacts || k == ItemPath::Kind::ContactFolders || k == ItemPath::Kind::FolderContacts
        || k == ItemPath::Kind::Contact;
}

bool isOutlookUrl(const QUrl& url)
{
    const QString path = url.path();
    return path.contains(QLatin1String("/photo")) || path.endsWith(QLatin1String("/$batch"))
        || path.contains(QLatin1String("/contacts"), Qt::CaseInsensitive)
        || path.contains(QLatin1String("/contactFolders"), Qt::CaseInsensitive);
}

} // namespace

RequestScheduler::RequestScheduler(GraphClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_directory(new DirectoryLane(client, this))
{
    connect(client, &GraphClient::throttled, this, &RequestScheduler::onThrottled);
    if (!client->scheduler()) {
        client->setScheduler(this);
    }
}

RequestScheduler::~RequestScheduler()
{
    cancelAll();
}

RequestScheduler* RequestScheduler::of(GraphClient* client)
{
    if (RequestScheduler* existing = client->scheduler()) {
        return existing;
    }
    return new RequestScheduler(client, client);
}

void RequestScheduler::admitListing(const ItemPath& collection, const QUrl& url, QObject* context,
                                    std::function<void(PermitPtr)> go)
{
    if (!isOutlook(collection)) {
        m_directory->admit(url, context, std::move(go));
        return;
    }
    m_outlookWaiting.push_back(ListingWaiter{context, std::move(go), nullptr, QUrl()});
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

void RequestScheduler::admitWrite(GraphJob* job, const QUrl& url, std::function<void(PermitPtr)> go)
{
    ++m_writes;
    m_outlookWaiting.push_back(ListingWaiter{job, std::move(go), job, url});
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

bool RequestScheduler::pacingSingles() const
{
    // Only while writes are under way: reads alone go in paced `$batch`es, and a write run is what single requests
    // would otherwise leave waiting a round trip per slot.
    return m_writes > 0 && m_limit >= m_maxInFlight;
}

void RequestScheduler::paceHold(GraphJob* job, const std::shared_ptr<Hold>& hold)
{
    hold->job = job;
    connect(job, &GraphJob::sent, this, [this, hold]() {
        // A resend after a Retry-After holds its slot as the first departure did (Graph did not serve that one), timed
        // from its own departure; its answer time is not learnt from (the hold stays `throttled`), and it counts as
        // having left when the first did (one widening for the burst: onThrottled()).
        if (hold->done) {
            return;
        }
        // Timed from the latest departure: the job says it left when it hands the request to Qt, and again when Qt
        // reports it written to the socket (Qt sends from its own thread, later on a busy machine). The later time is
        // the closer to when the server sees it; the hold and the answer time measure the same span.
        const bool first = hold->sentAtMs < 0;
        if (!hold->throttled) {
            hold->sentAtMs = m_client->clock()->nowMs();
        }
        if (first) {
            hold->pipelined = m_early > 0;
            hold->tookSlotOf = m_lastGivenOn;
            m_holds.insert(hold->url, hold);
        }
        if (hold->early) {
            return; // its slot was given on already
        }
        const qint64 holdMs = pacingSingles() ? m_slotPacer.holdMs(hold->kind, hold->requests) : -1;
        if (holdMs < 0) {
            return;
        }
        const int timing = ++hold->timing;
        m_client->clock()->callLater(this, holdMs, [this, hold, timing]() {
            const bool write = hold->kind == SlotPacer::Kind::Write;
            if (hold->timing != timing || hold->done || hold->early || hold->generation != m_generation
                || m_early >= kMaxEarlyPerSlot * m_limit || (write && m_earlyWrites >= m_limit) || !pacingSingles()) {
                return;
            }
            // Served by now, as far as the server's 4 slots go: the next request may leave, to arrive as this
            // one's service ends.
            hold->early = true;
            --m_inFlight;
            ++m_early;
            m_earlyWrites += write ? 1 : 0;
            m_lastGivenOn = hold->kind;
            pump();
        });
    });
}

void RequestScheduler::releaseHold(const std::shared_ptr<Hold>& hold)
{
    if (hold->done) {
        return;
    }
    hold->done = true;
    if (const auto it = m_holds.constFind(hold->url); it != m_holds.cend() && it.value() == hold) {
        m_holds.erase(it);
    }
    if (hold->generation != m_generation) {
        return; // cancelAll() has counted it out already
    }
    if (hold->early) {
        --m_early;
        m_earlyWrites -= hold->kind == SlotPacer::Kind::Write ? 1 : 0;
    } else {
        --m_inFlight;
    }
    if (hold->sentAtMs >= 0 && !hold->throttled) {
        const qint64 duration = m_client->clock()->nowMs() - hold->sentAtMs;
        if (hold->requests > 1) {
            m_slotPacer.answeredInSequence(hold->requests, duration);
        } else {
            m_slotPacer.answered(hold->kind, duration);
        }
    }
}

bool RequestScheduler::admitOutlookListing()
{
    // First in line for a slot, but only once no batch is on the wire: a batch runs 4 at once on the server.
    while (!m_outlookWaiting.empty() && !m_outlookWaiting.front().context) {
        m_writes -= m_outlookWaiting.front().write.isNull() && m_outlookWaiting.front().url.isValid() ? 1 : 0;
        m_outlookWaiting.pop_front();
    }
    if (m_outlookWaiting.empty() || m_batchesInFlight > 0 || m_inFlight >= m_limit) {
        return false;
    }
    ListingWaiter w = std::move(m_outlookWaiting.front());
    m_outlookWaiting.pop_front();
    ++m_inFlight;
    ++m_outlookListings;
    QPointer<RequestScheduler> self(this);
    std::shared_ptr<Hold> hold;
    if (w.write) {
        hold = std::make_shared<Hold>();
        hold->kind = SlotPacer::Kind::Write;
        hold->url = w.url.toString(QUrl::FullyEncoded);
        hold->generation = m_generation;
        paceHold(w.write, hold);
    }
    const bool write = bool(w.write);
    w.go(std::make_shared<Permit>([self, hold, write]() {
        if (self) {
            if (hold) {
                // Writes keep their count across cancelAll() (the permit is theirs): counted out here only.
                hold->generation = self->m_generation;
                self->releaseHold(hold);
            } else {
                --self->m_inFlight;
            }
            --self->m_outlookListings;
            self->m_writes -= write ? 1 : 0;
            QMetaObject::invokeMethod(self, &RequestScheduler::pump, Qt::QueuedConnection);
        }
    }));
    return true;
}

void RequestScheduler::setMaxInFlight(int count)
{
    m_maxInFlight = qMax(1, count);
    m_limit = m_maxInFlight;
    emit limitChanged(m_limit);
    QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
}

void RequestScheduler::fetchPhoto(const ItemPath& principal, PhotoJob::Mode mode, const QString& sizeId,
                                  QObject* context, PhotoCallback done)
{
    Op op;
    op.ticket = m_nextTicket++;
    op.principal = principal;
    op.mode = mode;
    op.sizeId = sizeId;
    op.valueStage = mode == PhotoJob::Mode::BytesOnly;
    op.context = context;
    op.done = std::move(done);
    m_queue.push_back(std::move(op));
    // Deferred: callers may queue thousands in one go, and callbacks never run inside fetchPhoto().
    if (m_queue.size() == 1 || !m_wakeScheduled) {
        QMetaObject::invokeMethod(this, &RequestScheduler::pump, Qt::QueuedConnection);
    }
}

void RequestScheduler::cancelAll()
{
    m_queue.clear();
    const auto jobs = m_jobs;
    m_jobs.clear();
    for (const QPointer<GraphJob>& job : jobs) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    // Listings and writes hold their slots until their permits are released; the reads' holds are forgotten.
    int earlyOutlook = 0;
    for (const std::shared_ptr<Hold>& hold : std::as_const(m_holds)) {
        earlyOutlook += hold->kind == SlotPacer::Kind::Write && hold->early ? 1 : 0;
    }
    for (auto it = m_holds.begin(); it != m_holds.end();) {
        it = it.value()->kind == SlotPacer::Kind::Write ? std::next(it) : m_holds.erase(it);
    }
    ++m_generation;
    m_inFlight = m_outlookListings - earlyOutlook;
    m_early = earlyOutlook;
    m_earlyWrites = earlyOutlook;
    m_batchesInFlight = 0;
}

QString RequestScheduler::pathFor(const Op& op) const
{
    if (op.valueStage) {
        return op.sizeId.isEmpty() ? op.principal.photoValuePath() : op.principal.photoSizeValuePath(op.sizeId);
    }
    return op.sizeId.isEmpty() ? op.principal.photoPath() : op.principal.photoSizePath(op.sizeId);
}

int RequestScheduler::readyCount(qint64 now, int enough) const
{
    // Stops at @p enough: pump() only asks "none, one, or several?", and the queue may be long.
    int n = 0;
    for (const Op& op : m_queue) {
        n += op.notBeforeMs <= now ? 1 : 0;
        if (n >= enough) {
            break;
        }
    }
    return n;
}

bool RequestScheduler::takeReady(Op* out, qint64 now)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->notBeforeMs <= now) {
            *out = std::move(*it);
            m_queue.erase(it);
            return true;
        }
    }
    return false;
}

void RequestScheduler::wakeAt(qint64 atMs)
{
    if (m_wakeScheduled && m_wakeAtMs <= atMs) {
        return;
    }
    m_wakeScheduled = true;
    m_wakeAtMs = atMs;
    const qint64 delay = qMax<qint64>(0, atMs - m_client->clock()->nowMs());
    m_client->clock()->callLater(this, delay, [this, atMs]() {
        if (m_wakeAtMs == atMs) {
            m_wakeScheduled = false;
            m_wakeAtMs = -1;
        }
        pump();
    });
}

void RequestScheduler::pump()
{
    if (!m_client) {
        return;
    }
    const qint64 now = m_client->clock()->nowMs();
    // Operations whose context died are dropped without a callback.
    for (auto it = m_queue.begin(); it != m_queue.end();) {
        it = it->context ? std::next(it) : m_queue.erase(it);
    }
    // Writes and single reads waiting together take turns for the free slots, two reads to a write (a principal's
    // write comes with two reads, its backup before and its verification after; reads first: their answers make the
    // next writes). With one read a turn, backups fell behind and a wave of writes went with fewer than 4 ready.
    // A batch does not leave while writes wait: it would need all 4 slots at once.
    while (m_inFlight < m_limit && m_batchesInFlight == 0 && !m_outlookWaiting.empty()) {
        Op op;
        // A contacts page waiting first goes first: only a write gives reads their turns.
        const bool writeFirst = m_outlookWaiting.front().url.isValid();
        if (writeFirst && m_readTurns < kReadsPerWriteTurn && takeReady(&op, now)) {
            startRead(std::move(op), now);
            ++m_readTurns;
        } else if (admitOutlookListing()) {
            m_readTurns = 0;
        } else if (takeReady(&op, now)) {
            startRead(std::move(op), now);
        } else {
            break;
        }
    }
    const int ready = readyCount(now, 2);
    // While writes are under way, reads go as single requests between them: a batch would wait for all 4 slots
    // and keep every write waiting for its round trip.
    const bool batching = m_batchMode == BatchMode::Auto && m_writes == 0 && (ready >= 2 || m_batchesInFlight > 0);
    // While a contacts page waits for a slot, no new batch leaves; while one is on the wire, singles fill
    // the other slots.
    if (batching && m_inFlight == 0 && m_early == 0 && m_outlookWaiting.empty()) {
        while (readyCount(now, 1) > 0 && m_batchesInFlight < kMaxBatchesInFlight) {
            if (m_batchesInFlight > 0) {
                // Pipelining needs the pacer's estimates (the first two batches); then the next batch leaves
                // when the pacer says the one before should be finishing on the server. Below Graph's 4-wide
                // batch execution two batches on the server would exceed the limit.
                if (!m_pipelining || m_limit < 4 || !nextPacer(now).canPipeline()) {
                    break;
                }
                if (now < m_nextBatchAtMs) {
                    if (m_nextBatchAtMs != kNotYetMs) {
                        wakeAt(m_nextBatchAtMs); // else the last batch's sent() sets the time
                    }
                    break;
                }
            }
            if (m_batchesInFlight == 0 && readyCount(now, 2) < 2) {
                break; // one operation alone goes as a single request
            }
            startBatch(now);
        }
    }
    if (m_batchesInFlight == 0) {
        Op op;
        const bool singles
            = m_batchMode == BatchMode::Never || m_outlookListings > 0 || !m_outlookWaiting.empty() || m_writes > 0;
        while (m_inFlight < m_limit && (singles || readyCount(now, 2) < 2) && takeReady(&op, now)) {
            startRead(std::move(op), now);
        }
    }
    // Operations waiting for their Retry-After: come back when the first is due.
    if (!m_queue.empty() && readyCount(now, 1) == 0) {
        qint64 next = -1;
        for (const Op& op : m_queue) {
            next = next < 0 ? op.notBeforeMs : qMin(next, op.notBeforeMs);
        }
        wakeAt(next);
    }
    if (m_queue.empty() && m_inFlight == 0 && m_early == 0 && m_batchesInFlight == 0 && m_outlookWaiting.empty()) {
        emit idle();
    }
}

BatchPacer& RequestScheduler::nextPacer(qint64 now)
{
    for (const Op& op : m_queue) {
        if (op.notBeforeMs <= now) {
            return m_pacers[op.valueStage ? 1 : 0];
        }
    }
    return m_pacers[0];
}

void RequestScheduler::startSingle(Op op)
{
    const PhotoJob::Mode mode = op.valueStage         ? PhotoJob::Mode::BytesOnly
        : op.mode == PhotoJob::Mode::MetadataAndBytes ? PhotoJob::Mode::MetadataAndBytes
                                                      : PhotoJob::Mode::MetadataOnly;
    auto* job = new PhotoJob(m_client, op.principal, mode, op.sizeId, this);
    // A 429 comes back here, to be sent again when a slot is free for it (see retryOrFail()).
    job->setRetryThrottles(false);
    ++m_inFlight;
    ++m_singlesSent;
    m_jobs.append(job);
    auto hold = std::make_shared<Hold>();
    hold->url = m_client->root().resolve(pathFor(op)).toString(QUrl::FullyEncoded);
    hold->generation = m_generation;
    paceHold(job, hold);
    connect(job, &GraphJob::finished, this, [this, job, hold, op = std::move(op)]() mutable {
        m_jobs.removeAll(job);
        releaseHold(hold);
        job->deleteLater();
        PhotoInfo info = job->info();
        if (info.error.httpStatus == 429) {
            // Queued again after its Retry-After, to leave when a slot is free like any request: sent on a timer of
            // its own it would be one too many on Graph's slots, while they are kept full, and throttled again. A
            // throttle of our own timing (onThrottled()) spends no attempt, up to a bound.
            const bool ours = (hold->early || hold->pipelined) && op.overlaps < kMaxFreeOverlapRetries;
            op.overlaps += ours ? 1 : 0;
            retryOrFail(std::move(op), info.error, !ours);
            pump();
            return;
        }
        if (op.valueStage && op.partial.hasPhoto() && info.hasBytes()) {
            info.sizeId = op.partial.sizeId;
        }
        finish(op, info);
        pump();
    });
    job->start();
}

bool RequestScheduler::chainable(const Op& op) const
{
    return m_chaining && m_batchMode == BatchMode::Auto && pacingSingles() && !op.valueStage
        && op.mode == PhotoJob::Mode::MetadataOnly;
}

void RequestScheduler::startRead(Op op, qint64 now)
{
    if (!chainable(op)) {
        startSingle(std::move(op));
        return;
    }
    QList<Op> chain;
    chain.append(std::move(op));
    for (auto it = m_queue.begin(); it != m_queue.end() && chain.size() < kMaxChain;) {
        if (it->notBeforeMs <= now && chainable(*it)) {
            chain.append(std::move(*it));
            it = m_queue.erase(it);
        } else {
            ++it;
        }
    }
    if (chain.size() == 1) {
        startSingle(std::move(chain.first()));
        return;
    }
    startChain(std::move(chain));
}

void RequestScheduler::startChain(QList<Op> ops)
{
    // Each item depends on the one before: Graph runs them one after another, so the batch needs one slot, and holds
    // it for as many services. Metadata reads only: an item that fails (a 404) makes the ones after it fail (424),
    // and a read-back after a write finds a photo.
    QList<BatchItemRequest> items;
    for (const Op& op : std::as_const(ops)) {
        items.append(BatchItemRequest{QString::number(op.ticket), pathFor(op),
                                      items.isEmpty() ? QString() : items.constLast().id});
    }
    auto* job = new BatchJob(m_client, items, this);
    ++m_inFlight;
    ++m_chainsSent;
    m_jobs.append(job);
    auto hold = std::make_shared<Hold>();
    hold->requests = int(ops.size());
    hold->url = m_client->root().resolve(QStringLiteral("$batch")).toString(QUrl::FullyEncoded) + u'#'
        + QString::number(ops.constFirst().ticket);
    hold->generation = m_generation;
    paceHold(job, hold);
    connect(job, &GraphJob::finished, this, [this, job, hold, ops = std::move(ops)]() mutable {
        m_jobs.removeAll(job);
        releaseHold(hold);
        job->deleteLater();
        onChainFinished(job, std::move(ops));
        pump();
    });
    job->start();
}

void RequestScheduler::onChainFinished(BatchJob* job, QList<Op> ops)
{
    // Reads that did not run go first again, in their order, without spending an attempt.
    std::vector<Op> again;
    const auto requeue = [this, &again]() {
        m_queue.insert(m_queue.begin(), std::make_move_iterator(again.begin()), std::make_move_iterator(again.end()));
    };
    if (job->hasError()) {
        // A 400: Graph does not take the batch (its dependencies); the reads go alone from now on.
        const bool refused = job->error().httpStatus == 400;
        m_chaining = m_chaining && !refused;
        for (Op& op : ops) {
            if (refused) {
                again.push_back(std::move(op));
            } else if (job->error().kind != GraphError::Kind::Cancelled) {
                finish(op, PhotoInfo::fromError(job->error()));
            }
        }
        requeue();
        return;
    }
    bool ran = false;
    bool throttledAfterRun = false;
    bool widened = false;
    for (Op& op : ops) {
        const auto it = job->responses().constFind(QString::number(op.ticket));
        if (it == job->responses().constEnd()) {
            retryOrFail(std::move(op), leftOutOfBatch());
            continue;
        }
        if (it->status == 424) {
            again.push_back(std::move(op)); // not run: the one before it failed
            continue;
        }
        if (it->status == 429) {
            // The batch met a slot still busy (our timing), or a later item found its slot taken between two.
            ++m_throttledItems;
            ++m_overlaps;
            throttledAfterRun = throttledAfterRun || ran;
            if (!widened) {
                m_slotPacer.overlapped(SlotPacer::Kind::Read); // once for the batch
                widened = true;
            }
            const bool spendAttempt = op.overlaps >= kMaxFreeOverlapRetries;
            ++op.overlaps;
            retryOrFail(std::move(op), it->error, spendAttempt);
            continue;
        }
        ran = true;
        completeItem(std::move(op), *it);
    }
    requeue();
    m_chainsRunAtOnce += throttledAfterRun ? 1 : 0;
    m_chaining = m_chaining && m_chainsRunAtOnce < kMaxChainsRunAtOnce;
}

void RequestScheduler::startBatch(qint64 now)
{
    // Graph runs a batch's items 4 at a time whatever we send: if it throttles below that, batches shrink to
    // the limit (and are not pipelined). Otherwise the pacer sizes them: one wave, then full ones.
    BatchPacer& pacer = nextPacer(now);
    const int size = m_limit >= 4 ? pacer.nextBatchItems(BatchJob::maxItems) : m_limit;
    QList<Op> ops;
    QList<BatchItemRequest> items;
    Op op;
    while (ops.size() < size && takeReady(&op, now)) {
        items.append(BatchItemRequest{QString::number(op.ticket), pathFor(op)});
        ops.append(std::move(op));
    }
    if (ops.isEmpty()) {
        return;
    }
    auto* job = new BatchJob(m_client, items, this);
    // Sent while another batch is on the wire: a throttle then says our timing overlapped the two.
    const bool pipelined = m_batchesInFlight > 0;
    const int previousItems = m_lastBatchItems;
    // When each batch left, so that the pacer learns from the gap a batch really had after the one before.
    const auto sentAt = std::make_shared<qint64>(-1);
    const std::shared_ptr<const qint64> previousSentAt = pipelined ? m_lastSentAt : nullptr;
    m_lastSentAt = sentAt;
    connect(job, &GraphJob::sent, this, [job, sentAt]() { *sentAt = job->sentAtMs(); });
    m_pipelinedBatches += pipelined ? 1 : 0;
    ++m_batchesInFlight;
    ++m_batchesSent;
    m_jobs.append(job);
    m_lastBatchItems = int(ops.size());
    if (pacer.canPipeline()) {
        // Timed from when it leaves, not from now: the token, the event loop (an export writing the answers of
        // the batch before) and the network stack may hold it a few milliseconds, and a gap measured from here
        // would shrink by as much on the server.
        const qint64 gap = pacer.gapMs(int(ops.size()));
        m_lastBatch = job;
        m_nextBatchAtMs = kNotYetMs;
        connect(job, &GraphJob::sent, this, [this, job, gap]() {
            if (job == m_lastBatch) { // a later batch sets the pace once it is sent
                m_nextBatchAtMs = job->sentAtMs() + gap;
                wakeAt(m_nextBatchAtMs);
            }
        });
    }
    const bool bytes = ops.constFirst().valueStage;
    connect(job, &GraphJob::finished, this,
            [this, job, pipelined, previousItems, previousSentAt, bytes, ops = std::move(ops)]() mutable {
                const qint64 gap = previousSentAt && *previousSentAt >= 0 && job->sentAtMs() >= 0
                    ? job->sentAtMs() - *previousSentAt
                    : -1;
                onBatchFinished(job, std::move(ops), pipelined, previousItems, gap, bytes);
            });
    job->start();
}

void RequestScheduler::onBatchFinished(BatchJob* job, QList<Op> ops, bool pipelined, int previousItems,
                                       qint64 previousGapMs, bool bytes)
{
    m_jobs.removeAll(job);
    --m_batchesInFlight;
    job->deleteLater();
    if (job->hasError()) {
        // The batch as a whole failed after its own retries: each operation gets the answer.
        for (Op& op : ops) {
            if (job->error().kind == GraphError::Kind::Cancelled) {
                continue;
            }
            finish(op, PhotoInfo::fromError(job->error()));
        }
        pump();
        return;
    }
    BatchOutcome outcome;
    outcome.items = int(ops.size());
    outcome.latencyMs = job->latencyMs();
    outcome.pipelined = pipelined;
    outcome.previousItems = previousItems;
    outcome.previousGapMs = previousGapMs;
    for (Op& op : ops) {
        const auto it = job->responses().constFind(QString::number(op.ticket));
        if (it == job->responses().constEnd()) {
            retryOrFail(std::move(op), leftOutOfBatch());
            continue;
        }
        if (it->status == 429) {
            ++outcome.throttledItems;
            ++m_throttledItems;
            if (it->error.retryAfterSeconds >= 0) {
                outcome.retryAfterMs
                    = qMax(outcome.retryAfterMs, qint64(std::ceil(it->error.retryAfterSeconds * 1000)));
            }
            if (pipelined && op.overlaps < kMaxFreeOverlapRetries) {
                // Our timing, not the item's: retried after its Retry-After without spending an attempt, so
                // that a run under a noisy clock never ends in errors Graph did not cause.
                ++op.overlaps;
                retryOrFail(std::move(op), it->error, false);
                continue;
            }
        }
        completeItem(std::move(op), *it);
    }
    BatchPacer& pacer = m_pacers[bytes ? 1 : 0];
    const quint64 overlapsBefore = pacer.overlaps();
    pacer.answered(outcome);
    if (pacer.rttMs() > 0) {
        m_slotPacer.setRoundTripMs(pacer.rttMs());
    }
    m_overlaps += pacer.overlaps() - overlapsBefore;
    if (pipelined && outcome.throttledItems == outcome.items && previousGapMs > 0 && job == m_lastBatch
        && m_nextBatchAtMs != kNotYetMs) {
        // None of its items ran, so the server is busy only with the batch before it: the next batch may leave as
        // if this one had not been sent, the (widened) gap after that one.
        m_nextBatchAtMs = qMin(m_nextBatchAtMs, job->sentAtMs() - previousGapMs + pacer.gapMs(previousItems));
    }
    qCDebug(lcGraph).nospace() << "batch of " << outcome.items << (bytes ? " photos: " : " metadata: ")
                               << outcome.latencyMs << " ms, " << outcome.throttledItems << " throttled"
                               << (pipelined ? ", pipelined" : "") << "; pace " << pacer.paceMs() << " ms a wave";
    if (outcome.throttledItems > 0 && !pipelined) {
        // A batch alone that is throttled says Graph runs fewer operations for us than we assumed (another app
        // shares the budget): lower the limit (it recovers after quiet periods). Lowering it for our own
        // overlap would halve the throughput for nothing, and again at every recovery.
        lowerLimit();
    }
    pump();
}

GraphError RequestScheduler::leftOutOfBatch() const
{
    return GraphError::make(
        GraphError::Kind::Protocol,
        trMessage(staticMetaObject.className(), QT_TR_NOOP("the batch answer left this request out")),
        QStringLiteral("truncated"));
}

void RequestScheduler::completeItem(Op op, const GraphResponse& response)
{
    if (!response.ok()) {
        retryOrFail(std::move(op), response.error);
        return;
    }
    if (!op.valueStage) {
        PhotoInfo info;
        if (!PhotoInfo::parseMetadata(response.body, &info)) {
            retryOrFail(std::move(op),
                        GraphError::make(
                            GraphError::Kind::Protocol,
                            trMessage(staticMetaObject.className(), QT_TR_NOOP("photo metadata is not a JSON object")),
                            QStringLiteral("bad-metadata")));
            return;
        }
        if (op.mode == PhotoJob::Mode::MetadataAndBytes && info.status == PhotoStatus::Photo) {
            op.valueStage = true;
            op.partial = info;
            op.attempts = 0;
            op.notBeforeMs = 0;
            m_queue.push_front(std::move(op));
            return;
        }
        finish(op, info);
        return;
    }
    const QSize size = response.body.isEmpty() ? QSize() : GraphImage::size(response.body);
    if (size.isValid() && qint64(size.width()) * size.height() > GraphJob::maxImagePixels) {
        finish(op,
               PhotoInfo::fromError(GraphError::make(
                   GraphError::Kind::Protocol,
                   trMessage(staticMetaObject.className(),
                             QT_TR_NOOP("the photo is %1 x %2 pixels, more than Portrait decodes (%3 megapixels)"))
                       .arg(size.width())
                       .arg(size.height())
                       .arg(GraphJob::maxImagePixels / 1000000),
                   QStringLiteral("too-many-pixels"))));
        return;
    }
    if (!size.isValid()) {
        retryOrFail(std::move(op),
                    GraphError::make(GraphError::Kind::Protocol,
                                     trMessage(staticMetaObject.className(),
                                               QT_TR_NOOP("the photo in the batch answer does not decode")),
                                     QStringLiteral("undecodable")));
        return;
    }
    PhotoInfo info = op.partial;
    info.setBinary(response.body, QString::fromLatin1(response.header("content-type")),
                   QString::fromLatin1(response.header("etag")));
    if (info.width <= 0) {
        info.width = op.partial.width;
        info.height = op.partial.height;
    }
    finish(op, info);
}

void RequestScheduler::retryOrFail(Op op, const GraphError& error, bool spendAttempt)
{
    const int attempt = spendAttempt ? ++op.attempts : qMax(1, op.attempts);
    const qint64 delay = m_client->retryPolicy().delayMs(error, attempt, m_client->nextJitter());
    if (delay >= 0) {
        op.notBeforeMs = m_client->clock()->nowMs() + delay;
        emit m_client->retrying(m_client->root().resolve(pathFor(op)), attempt, delay,
                                error.code.isEmpty() ? error.toString() : error.code);
        m_queue.push_back(std::move(op)); // retried in a later batch, never the whole batch
        return;
    }
    finish(op, PhotoInfo::fromError(error));
}

void RequestScheduler::finish(Op& op, const PhotoInfo& info)
{
    if (op.context && op.done) {
        op.done(info);
    }
}

void RequestScheduler::onThrottled(const QUrl& url, double retryAfterSeconds)
{
    if (!isOutlookUrl(url)) {
        m_directory->throttled(retryAfterSeconds); // directory limits are not the photo pipe's
        return;
    }
    if (const auto it = m_holds.constFind(url.toString(QUrl::FullyEncoded)); it != m_holds.cend()) {
        const std::shared_ptr<Hold>& hold = it.value();
        hold->throttled = true;
        ++hold->timing; // not served: its slot is not given on before its resend has left (paceHold())
        if (hold->early || hold->pipelined) {
            // Our timing, not Graph's budget: it left while slots had been given on before their answers (or gave
            // its own on). The request is sent again after its Retry-After; the limit stays, and the margin widens
            // for the kind whose slot it took, the one given on last before it left: that estimate was the short one.
            // (Widening every kind that had a slot given on widened the writes' margin for the reads' noise: while
            // writes run, some always have.) Once per kind for the requests that left under the same margin: one late
            // moment throttles several.
            const auto widen = [this, &hold](SlotPacer::Kind kind) {
                qint64& widenedAt = m_widenedAtMs[kind == SlotPacer::Kind::Write ? 1 : 0];
                if (hold->sentAtMs > widenedAt) {
                    m_slotPacer.overlapped(kind);
                    widenedAt = m_client->clock()->nowMs();
                }
            };
            widen(hold->pipelined ? hold->tookSlotOf : hold->kind);
            ++m_overlaps;
            if (hold->job && hold->spared < kMaxFreeOverlapRetries) {
                ++hold->spared; // as for batch items: a run under a noisy clock never ends in errors Graph did not
                                // cause
                hold->job->spareNextAttempt();
            }
            return;
        }
    }
    lowerLimit();
}

void RequestScheduler::lowerLimit()
{
    m_lastThrottleMs = m_client->clock()->nowMs();
    // Multiplicative decrease: Graph said we are over its concurrency; halve what we keep in flight.
    const int lowered = qMax(1, m_limit / 2);
    if (lowered != m_limit) {
        m_limit = lowered;
        emit limitChanged(m_limit);
    }
    scheduleRecovery();
}

void RequestScheduler::scheduleRecovery()
{
    if (m_recoveryScheduled || m_limit >= m_maxInFlight) {
        return;
    }
    m_recoveryScheduled = true;
    m_client->clock()->callLater(this, kRecoveryMs, [this]() {
        m_recoveryScheduled = false;
        if (m_client->clock()->nowMs() - m_lastThrottleMs >= kRecoveryMs && m_limit < m_maxInFlight) {
            ++m_limit; // additive increase after a quiet period
            emit limitChanged(m_limit);
            pump();
        }
        scheduleRecovery();
    });
}

} // namespace Portrait
