#pragma once

#include "graph/BatchPacer.h"
#include "graph/DirectoryLane.h"
#include "graph/GraphClient.h"
#include "graph/ItemPath.h"
#include "graph/Permit.h"
#include "graph/PhotoInfo.h"
#include "graph/PhotoJob.h"
#include "graph/SlotPacer.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace Portrait {

class BatchJob;

/**
 * @brief Every photo operation goes through here, so that Portrait keeps Graph's photo pipe exactly full:
 * at most maxInFlight() operations at once per account (Graph runs at most 4 Outlook-backed requests per
 * app, docs/GRAPH.md#the-outlook-limit-4-at-once), never more, and never idle while work waits.
 *
 * With many operations queued it sends `$batch` requests of up to 20 (docs/GRAPH.md#json-batching): Graph executes a
 * batch's items 4 at a time, so after measuring the round trip and the service time on the first two
 * batches, the next batch is sent just when the previous one should finish on the server (pipelining
 * across batch boundaries). When is a BatchPacer's decision, learned from each batch's answer time and its
 * items' 429s, one pacer for metadata batches and one for photo bytes (an audit and an export: their answers
 * differ in size by a hundred times). Items that fail are retried in a later batch after their own
 * Retry-After, never the whole batch. One operation alone never goes in a batch. Single requests adapt too:
 * the cap halves on 429 and recovers after quiet periods. Pipelining goes on while directory pages load.
 *
 * Listings go through it too (admitListing(), which ListJob calls before each page), each under the limits
 * of the service behind it: users, groups and members are directory requests, governed by the
 * DirectoryLane; contacts and contact folders live in Exchange like photos, so a contacts page takes one of
 * the same 4 Outlook slots (it goes first, and no new batch leaves while it waits, so 4 is never exceeded).
 *
 * There is one scheduler per connection: of() returns the GraphClient's, so the GUI's thumbnails, an audit
 * and an export running at once share one pipe instead of each filling their own.
 *
 * fetchPhoto() queues; the callback runs exactly once on @p context's thread (never synchronously),
 * unless the context dies or cancelAll() is called first.
 */
class RequestScheduler : public QObject
{
    Q_OBJECT

public:
    using PhotoCallback = std::function<void(const PhotoInfo&)>;

    /// When `$batch` is used.
    enum class BatchMode
    {
        Auto, ///< when two or more operations wait
        Never, ///< one request per operation
    };

    /// The first scheduler made for @p client becomes its scheduler (of()).
    explicit RequestScheduler(GraphClient* client, QObject* parent = nullptr);
    ~RequestScheduler() override;

    /// The scheduler of @p client: the one registered, else a new one owned by the client.
    static RequestScheduler* of(GraphClient* client);

    GraphClient* client() const { return m_client; }

    /// The configured cap (default 4).
    int maxInFlight() const { return m_maxInFlight; }
    void setMaxInFlight(int count);
    /// The cap in force now for single requests: lowered after throttling, restored after quiet periods.
    int currentLimit() const { return m_limit; }
    void setBatchMode(BatchMode mode) { m_batchMode = mode; }
    /**
     * @brief Whether the next batch may leave before the previous answer is back (default true). Without it
     * the cap holds by construction, at the price of one round trip per batch; with it, a late batch
     * (network jitter) can overlap the next on the server, which Graph answers with per-item 429s that are
     * retried after their Retry-After.
     */
    void setPipelining(bool on) { m_pipelining = on; }
    BatchMode batchMode() const { return m_batchMode; }

    /// Single photo requests on the wire now.
    int inFlight() const { return m_inFlight; }
    /// `$batch` requests on the wire now.
    int batchesInFlight() const { return m_batchesInFlight; }
    /// Operations waiting (including those waiting for their Retry-After).
    int queued() const { return int(m_queue.size()); }

    /// Statistics for logs and benchmarks.
    quint64 batchesSent() const { return m_batchesSent; }
    quint64 singlesSent() const { return m_singlesSent; }
    quint64 throttledItems() const { return m_throttledItems; }
    /// Pipelined batches that were throttled because they met the batch before them on the server.
    quint64 overlaps() const { return m_overlaps; }
    /// Batches sent while another was on the wire.
    quint64 pipelinedBatches() const { return m_pipelinedBatches; }
    /// Sequential `$batch`es of reads sent while writes were under way (see admitWrite()).
    quint64 chainsSent() const { return m_chainsSent; }
    /// Whether reads that wait together during writes go in sequential `$batch`es (default true; off for good once
    /// Graph shows it runs them at once, or refuses them).
    bool chaining() const { return m_chaining; }
    void setChaining(bool on) { m_chaining = on; }
    /// The pacing of metadata batches (@p bytes false) or of photo-bytes batches (@p bytes true).
    const BatchPacer& pacer(bool bytes) const { return m_pacers[bytes ? 1 : 0]; }

    /// Queues one photo operation (see PhotoJob::Mode); @p sizeId empty means the largest photo.
    void fetchPhoto(const ItemPath& principal, PhotoJob::Mode mode, const QString& sizeId, QObject* context,
                    PhotoCallback done);
    /// Drops everything queued and aborts what is in flight; no callback runs for them.
    void cancelAll();

    /**
     * @brief Admission of one listing request to @p url of @p collection: @p go runs with a Permit when the
     * request may leave (never synchronously; dropped if @p context dies first). The request must hold the
     * permit until its answer is in.
     */
    void admitListing(const ItemPath& collection, const QUrl& url, QObject* context, std::function<void(PermitPtr)> go);
    /**
     * @brief Admission of one photo write (PUT or DELETE of `$value`): @p go runs with a Permit when it may leave,
     * like an Outlook listing (writes are Outlook requests and share the 4 slots with reads; never in a batch, as
     * nothing shows Graph taking binary bodies there). The write holds the permit until its answer is in.
     *
     * Writes and single reads waiting together take turns for the slots. While writes are under way, a single
     * request holds its slot only for what the SlotPacer expects its service to take once it has left (its
     * answer time less the round trip, learnt): the next request leaves so as to arrive as that one ends, and the
     * server's 4 slots stay busy with no round trip between requests. At most twice the limit of writes are then on
     * the wire, and four times the limit of requests (a read is served in a moment but travels a round trip). A request
     * throttled because of that timing widens the margin; it never lowers the limit. Metadata reads (the read-backs)
     * that wait together go in one sequential `$batch` (each item `dependsOn` the one before, which Graph runs one
     * after another, docs/GRAPH.md#json-batching): one slot and one departure for several reads, where each departure
     * costs its margin.
     * @p job is the write's job (its sent() times the hold), @p url its address.
     */
    void admitWrite(GraphJob* job, const QUrl& url, std::function<void(PermitPtr)> go);
    DirectoryLane* directoryLane() const { return m_directory; }
    /// Contact listings and writes on the wire now (each holds an Outlook slot, or held it until its service ended).
    int outlookListingsInFlight() const { return m_outlookListings; }
    /// Contact listings and writes waiting for an Outlook slot.
    int outlookWaiting() const { return int(m_outlookWaiting.size()); }
    /// Single requests on the wire whose slot was given to the next one before their answer (see admitWrite()).
    int releasedEarly() const { return m_early; }
    const SlotPacer& slotPacer() const { return m_slotPacer; }

signals:
    /// Nothing queued and nothing in flight.
    void idle();
    /// The limit in force changed (throttling or recovery).
    void limitChanged(int limit);

private:
    struct Op
    {
        quint64 ticket = 0;
        ItemPath principal;
        PhotoJob::Mode mode = PhotoJob::Mode::MetadataOnly;
        QString sizeId;
        bool valueStage = false; ///< the `$value` half of MetadataAndBytes (or BytesOnly)
        PhotoInfo partial; ///< what the metadata stage found
        int attempts = 0;
        int overlaps = 0; ///< 429s from our own overlapping batches: retried without spending an attempt
        qint64 notBeforeMs = 0; ///< its own Retry-After
        QPointer<QObject> context;
        PhotoCallback done;
    };

    void pump();
    void wakeAt(qint64 atMs);
    bool takeReady(Op* op, qint64 now);
    int readyCount(qint64 now, int enough) const;
    void startSingle(Op op);
    /// Starts @p op, with the other metadata reads ready now in a sequential `$batch` where they may go (chainable()).
    void startRead(Op op, qint64 now);
    bool chainable(const Op& op) const;
    void startChain(QList<Op> ops);
    void onChainFinished(BatchJob* job, QList<Op> ops);
    void startBatch(qint64 now);
    void onBatchFinished(BatchJob* job, QList<Op> ops, bool pipelined, int previousItems, qint64 previousGapMs,
                         bool bytes);
    void completeItem(Op op, const GraphResponse& response);
    /// The error of an item a batch answer left out (retried like a failed request).
    GraphError leftOutOfBatch() const;
    void retryOrFail(Op op, const GraphError& error, bool spendAttempt = true);
    void finish(Op& op, const PhotoInfo& info);
    /// The pacer of the batch the first ready operation would go in.
    BatchPacer& nextPacer(qint64 now);
    void onThrottled(const QUrl& url, double retryAfterSeconds);
    void lowerLimit();
    bool admitOutlookListing();
    void scheduleRecovery();
    QString pathFor(const Op& op) const;

    struct ListingWaiter
    {
        QPointer<QObject> context;
        std::function<void(PermitPtr)> go;
        QPointer<GraphJob> write; ///< set for a write
        QUrl url;
    };
    /// One single request's hold on a slot.
    struct Hold
    {
        SlotPacer::Kind kind = SlotPacer::Kind::Read;
        QString url;
        quint64 generation = 0; ///< reads: cancelAll() forgets the holds of earlier generations
        qint64 sentAtMs = -1;
        bool early = false; ///< its slot was given on before its answer
        bool pipelined = false; ///< it left while another request's slot had been given on early
        SlotPacer::Kind tookSlotOf = SlotPacer::Kind::Read; ///< pipelined: the kind of the slot given on last
        int timing = 0; ///< which departure the pending hold timer counts from (the latest)
        bool throttled = false;
        bool done = false;
        QPointer<GraphJob> job;
        int spared = 0; ///< throttles of ours whose retry spent no attempt
        int requests = 1; ///< reads run one after another in the slot (a sequential `$batch`)
    };
    void paceHold(GraphJob* job, const std::shared_ptr<Hold>& hold);
    void releaseHold(const std::shared_ptr<Hold>& hold);
    bool pacingSingles() const;

    QPointer<GraphClient> m_client;
    DirectoryLane* m_directory = nullptr;
    std::deque<ListingWaiter> m_outlookWaiting; ///< contact listings and writes waiting for an Outlook slot
    int m_outlookListings = 0; ///< contact listings and writes holding a slot
    int m_writes = 0; ///< writes waiting or on the wire: while there are some, single requests are paced
    int m_early = 0; ///< single requests on the wire whose slot was given on early
    int m_earlyWrites = 0; ///< of which writes
    quint64 m_generation = 0;
    int m_readTurns = 0; ///< reads that took a slot since a write last did
    SlotPacer::Kind m_lastGivenOn = SlotPacer::Kind::Read; ///< the kind of the slot given on early last
    SlotPacer m_slotPacer;
    qint64 m_widenedAtMs[2] = {-1, -1}; ///< when a throttle last widened the read and the write margin
    QHash<QString, std::shared_ptr<Hold>> m_holds; ///< single requests on the wire, by URL (for their 429s)
    std::deque<Op> m_queue;
    QList<QPointer<GraphJob>> m_jobs;
    BatchMode m_batchMode = BatchMode::Auto;
    bool m_pipelining = true;
    int m_maxInFlight = 4;
    int m_limit = 4;
    int m_inFlight = 0;
    int m_batchesInFlight = 0;
    quint64 m_nextTicket = 1;
    quint64 m_batchesSent = 0;
    quint64 m_singlesSent = 0;
    quint64 m_throttledItems = 0;
    quint64 m_overlaps = 0;
    quint64 m_pipelinedBatches = 0;
    bool m_chaining = true;
    quint64 m_chainsSent = 0;
    int m_chainsRunAtOnce = 0; ///< sequential batches whose later items were throttled after earlier ones ran
    BatchPacer m_pacers[2]; ///< metadata, bytes
    int m_lastBatchItems = 0; ///< the items of the batch sent last (the gap after it is its pacer's)
    std::shared_ptr<qint64> m_lastSentAt; ///< when the batch sent last left (-1 until it has)
    /// When the next pipelined batch may leave: the last batch's departure (GraphJob::sentAtMs()) plus its
    /// service time with margin. "Not yet" until the last batch has left: a client busy between deciding to
    /// send a batch and sending it must not shorten the gap to the next one (the server measures from arrival).
    qint64 m_nextBatchAtMs = 0;
    QPointer<GraphJob> m_lastBatch;
    bool m_wakeScheduled = false;
    qint64 m_wakeAtMs = -1;
    qint64 m_lastThrottleMs = -1;
    bool m_recoveryScheduled = false;
};

} // namespace Portrait
