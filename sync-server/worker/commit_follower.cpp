#include "worker/commit_follower.h"

#include "scope/scope_policy.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace medvandrer::server {

CommitFollower::CommitFollower(CommitFeed &feed, std::unique_ptr<CommitWaiter> waiter, int64_t fromSeq, Submit submit,
                               Deliver deliver)
    : m_feed(feed), m_waiter(std::move(waiter)), m_submit(std::move(submit)), m_deliver(std::move(deliver)),
      m_cursor(fromSeq)
{
}

CommitFollower::~CommitFollower()
{
    stop();
}

void CommitFollower::start()
{
    m_thread = std::thread([this] { run(); });
}

void CommitFollower::stop()
{
    m_stopping = true;
    if (m_thread.joinable())
        m_thread.join();
}

void CommitFollower::run()
{
    auto nextSweep = std::chrono::steady_clock::now() + sweepInterval;
    bool wasDown = false;
    while (!m_stopping) {
        // Short waits, so stopping is quick.
        auto woken = m_waiter->wait(std::chrono::milliseconds(200));
        if (!woken && !wasDown)
            spdlog::warn("event=commit_follower_unavailable code={}", woken.error().code);
        wasDown = !woken;
        const auto now = std::chrono::steady_clock::now();
        if ((woken && *woken) || now >= nextSweep) {
            nextSweep = now + sweepInterval;
            // One catch-up queued at a time: it reads everything up to date when it runs.
            if (!m_queued.exchange(true) && !m_submit([this](ServerStorage &) { catchUp(); }))
                m_queued = false;
        }
    }
}

void CommitFollower::noteLocal(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions)
{
    for (const auto &r : records)
        if (r.state.seq > m_cursor)
            m_local.insert(r.state.seq);
    for (const auto &e : evictions)
        if (e.seq > m_cursor)
            m_local.insert(e.seq);
}

void CommitFollower::catchUp()
{
    m_queued = false;
    auto &storage = dynamic_cast<ServerStorage &>(m_feed);
    for (;;) {
        // The committed sequence first: every transaction that took a number up to it has committed (the counter
        // row is held to commit), so the three reads below, each a snapshot of its own and taken later, all see
        // everything up to it. Without this bound, a change committed between the records read and the evictions
        // read (with a larger eviction seq) would be skipped.
        auto head = storage.meta("seq");
        if (!head || !*head)
            return;
        const int64_t committed = std::stoll(**head);
        if (committed <= m_cursor)
            return;
        auto records = m_feed.recordsAfter(m_cursor, pageSize);
        auto evictions = m_feed.evictionsAfter(m_cursor, pageSize);
        auto signOuts = m_feed.signOutsAfter(m_cursor, pageSize);
        // All devices of one deleted account share a sequence number: a full page of one number is read again,
        // larger, until it holds all of them, or the page would end inside that number and skip the rest.
        for (size_t limit = pageSize; signOuts && signOuts->size() == limit &&
                                      signOuts->back().seq == signOuts->front().seq;) {
            limit *= 4;
            signOuts = m_feed.signOutsAfter(m_cursor, limit);
        }
        if (!records || !evictions || !signOuts)
            return; // the database is away: the next wake-up or sweep tries again from the same cursor
        // Up to the committed sequence, or the smaller end of a full page, so every stream is complete below it.
        int64_t upTo = committed;
        if (records->size() == pageSize)
            upTo = std::min(upTo, records->back().seq);
        if (evictions->size() == pageSize)
            upTo = std::min(upTo, evictions->back().seq);
        // Several devices of one deleted account share a sequence number: a full page ends before its last one.
        if (signOuts->size() >= pageSize && signOuts->back().seq > signOuts->front().seq)
            upTo = std::min(upTo, signOuts->back().seq - 1);

        std::vector<LiveRecord> live;
        for (auto &r : *records) {
            if (r.seq > upTo || m_local.count(r.seq))
                continue;
            auto audience = audienceOf(r, storage);
            if (!audience)
                return;
            live.push_back(LiveRecord{std::move(r), std::move(*audience), 0});
        }
        std::vector<LiveEviction> evicted;
        for (auto &e : *evictions)
            if (e.seq <= upTo && !m_local.count(e.seq))
                evicted.push_back(LiveEviction{e.accountId, e.recordId, e.seq});
        std::vector<FeedSignOut> signedOut;
        for (auto &o : *signOuts)
            if (o.seq <= upTo)
                signedOut.push_back(std::move(o));
        m_cursor = upTo;
        m_local.erase(m_local.begin(), m_local.upper_bound(upTo));
        if (!live.empty() || !evicted.empty())
            m_deliver(std::move(live), std::move(evicted));
        if (!signedOut.empty() && m_signOuts)
            m_signOuts(std::move(signedOut));
        if (records->size() < pageSize && evictions->size() < pageSize && signOuts->size() < pageSize)
            return;
    }
}

} // namespace medvandrer::server
