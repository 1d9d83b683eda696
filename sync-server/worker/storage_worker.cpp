#include "worker/storage_worker.h"

#include "protocol/error_codes.h"
#include "storage/in_transaction.h"
#include "worker/commit_follower.h"
#include "worker/suggestion_transaction.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>

namespace medvandrer::server {

StorageWorker::StorageWorker(std::unique_ptr<ServerStorage> storage, SyncEngine &engine, Metrics &metrics)
    : m_storage(std::move(storage)), m_engine(engine), m_metrics(metrics),
      m_feed(dynamic_cast<CommitFeed *>(m_storage.get()))
{
}

StorageWorker::~StorageWorker()
{
    drainAndStop();
}

void StorageWorker::start()
{
    if (m_feed) {
        // Follow the other instances from the sequence as it stands now (read before the storage thread starts).
        auto seq = m_storage->meta("seq");
        auto waiter = m_feed->openCommitWaiter();
        if (seq && waiter) {
            m_follower = std::make_unique<CommitFollower>(
                *m_feed, std::move(*waiter), *seq && !(*seq)->empty() ? std::stoll(**seq) : 0,
                [this](CommitFollower::Job job) { return submit(std::move(job)); },
                [this](std::vector<LiveRecord> &&records, std::vector<LiveEviction> &&evictions) {
                    if (m_liveSink)
                        m_liveSink(std::move(records), std::move(evictions));
                });
            m_follower->onSignOuts([this](std::vector<FeedSignOut> &&signOuts) {
                if (m_signOutSink)
                    m_signOutSink(std::move(signOuts));
            });
            m_follower->start();
        } else {
            spdlog::warn("event=commit_follower_not_started");
        }
    }
    m_thread = std::thread([this] { run(); });
}

void StorageWorker::deliver(std::vector<LiveRecord> &&records, std::vector<LiveEviction> &&evictions)
{
    if (m_follower)
        m_follower->noteLocal(records, evictions);
    if (m_liveSink)
        m_liveSink(std::move(records), std::move(evictions));
}

Status StorageWorker::announce()
{
    return m_feed ? m_feed->announceCommit() : Status{};
}

void StorageWorker::drainAndStop()
{
    if (m_follower)
        m_follower->stop();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool StorageWorker::submit(Job job)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_jobs.size() + m_pushes.size() >= maxQueued)
            return false;
        m_jobs.push_back(std::move(job));
    }
    m_wake.notify_one();
    return true;
}

bool StorageWorker::submitPush(PushInput input, PushReply reply)
{
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping || m_jobs.size() + m_pushes.size() >= maxQueued)
            return false;
        m_pushes.push_back(PendingPush{std::move(input), std::move(reply)});
    }
    m_wake.notify_one();
    return true;
}

void StorageWorker::run()
{
    auto nextSweep = std::chrono::steady_clock::now();
    auto nextPublish = nextSweep;
    for (;;) {
        std::deque<Job> jobs;
        std::vector<PendingPush> pushes;
        {
            std::unique_lock lock(m_mutex);
            // Wakes for the offer sweep too: the timer lives on this thread, never on an io thread.
            m_wake.wait_until(lock, nextSweep, [this] { return m_stopping || !m_jobs.empty() || !m_pushes.empty(); });
            if (m_stopping && m_jobs.empty() && m_pushes.empty())
                return; // stopping, and everything queued has run
            jobs.swap(m_jobs);
            pushes.swap(m_pushes);
        }
        if (std::chrono::steady_clock::now() >= nextSweep) {
            sweepOffers();
            nextSweep = std::chrono::steady_clock::now() + sweepInterval;
        }
        if (std::chrono::steady_clock::now() >= nextPublish) {
            publishSuggestions();
            nextPublish = std::chrono::steady_clock::now() + publishInterval;
        }
        // Writes first, so a pull queued behind a push of the same device sees it.
        if (!pushes.empty())
            commitGroup(pushes);
        for (auto &job : jobs) {
            try {
                job(*m_storage);
            } catch (const std::exception &e) {
                spdlog::error("event=storage_job_failed error=\"{}\"", e.what());
            }
        }
        if (!m_devicesSeen.empty())
            writeDevicesSeen();
    }
}

void StorageWorker::noteDeviceSeen(const std::string &deviceId, int64_t now)
{
    auto &seen = m_devicesSeen[deviceId];
    seen = std::max(seen, now);
}

void StorageWorker::writeDevicesSeen()
{
    Status status = m_storage->begin();
    for (auto it = m_devicesSeen.begin(); status && it != m_devicesSeen.end(); ++it)
        status = m_storage->touchDevice(it->first, it->second);
    if (status)
        status = m_storage->commit();
    if (!status) {
        m_storage->rollback();
        // lastSeen is informational: log and move on rather than retry for ever.
        spdlog::warn("event=devices_seen_failed devices={} code={}", m_devicesSeen.size(), status.error().code);
    }
    m_devicesSeen.clear();
}

Status StorageWorker::inTransaction(const std::function<Status()> &work)
{
    return server::inTransaction(*m_storage, work);
}

void StorageWorker::commitGroup(std::vector<PendingPush> &pushes)
{
    const auto started = std::chrono::steady_clock::now();
    const int64_t now = systemMillis();
    std::vector<const PushInput *> inputs;
    inputs.reserve(pushes.size());
    for (const auto &p : pushes)
        inputs.push_back(&p.input);

    // Suggestions go first, in a transaction that holds nothing else: every row a PostgreSQL transaction writes
    // carries its id (xmin), so a suggestion must never share one with a row that names its writer.
    const SuggestionSplit split = splitOffSuggestions(inputs);
    std::vector<const PushInput *> rest = inputs;
    Result<SuggestionOutcome> suggested = SuggestionOutcome{};
    Status status;
    if (!split.places.empty()) {
        status = inTransaction([&]() -> Status {
            suggested = acceptSuggestions(*m_storage, inputs, split, now);
            if (!suggested)
                return suggested.error();
            return suggested->live.empty() ? Status{} : announce();
        });
        if (status) {
            (void)m_storage->compactInbox();
            // A batch this published goes out now: the rest of the group may still fail.
            if (!suggested->live.empty())
                deliver(std::move(suggested->live), {});
        }
        for (size_t i = 0; i < rest.size(); ++i)
            rest[i] = &split.rest[i];
    }
    const bool anyRest = std::any_of(rest.begin(), rest.end(), [](const PushInput *p) { return !p->changes.empty(); });
    Result<GroupOutcome> outcome = GroupOutcome{};
    if (status && anyRest) {
        status = inTransaction([&]() -> Status {
            outcome = m_engine.applyPushes(*m_storage, rest, now);
            if (!outcome)
                return outcome.error();
            return outcome->live.empty() && outcome->evictions.empty() ? Status{} : announce();
        });
    } else if (status) {
        outcome->results.resize(pushes.size());
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m_metrics.commitTime.observe(seconds);
    m_metrics.commits.fetch_add(1);

    if (!status) {
        spdlog::error("event=group_commit_failed pushes={} code={} error=\"{}\"", pushes.size(), status.error().code,
                      status.error().message);
        // Nothing of the group committed (or its outcome is unknown): the devices send again, and the applied
        // change ids (for suggestions: the inbox's seen change hashes) turn a retry of a change that did commit
        // into a duplicate, never a second copy.
        const std::string &code = status.error().code;
        for (auto &p : pushes) {
            if (code == "storage_unavailable")
                p.reply(Error{std::string(errc::unavailable), "the database is unavailable; send it again"});
            else if (code == "storage_full")
                p.reply(Error{std::string(errc::storageFull), "the server's storage is full; send it again later"});
            else
                p.reply(Error{std::string(errc::internal), "the change could not be stored; send it again"});
        }
        return;
    }
    if (!split.places.empty()) {
        mergeSuggestionResults(outcome->results, split, std::move(suggested->results));
    }
    m_metrics.changesApplied.fetch_add(outcome->applied);
    m_metrics.changesDuplicate.fetch_add(outcome->duplicates);
    m_metrics.changesRejected.fetch_add(outcome->rejected);
    spdlog::debug("event=group_commit pushes={} applied={} duplicate={} rejected={} ms={:.2f}", pushes.size(),
                  outcome->applied, outcome->duplicates, outcome->rejected, seconds * 1000);
    std::vector<bool> failed(pushes.size(), false);
    if (!outcome->surveyAnswers.empty())
        commitSurveyAnswers(outcome->surveyAnswers, failed);
    for (size_t i = 0; i < pushes.size(); ++i) {
        if (failed[i])
            pushes[i].reply(Error{std::string(errc::internal), "the change could not be stored; send it again"});
        else
            pushes[i].reply(std::move(outcome->results[i]));
    }
    if (!outcome->live.empty() || !outcome->evictions.empty())
        deliver(std::move(outcome->live), std::move(outcome->evictions));
}

void StorageWorker::publishSuggestions()
{
    // Weeks that have ended go out whole even without a full batch; in a transaction of their own. The same tick
    // publishes the leftovers of surveys that closed by their date.
    Result<std::vector<LiveRecord>> live = std::vector<LiveRecord>{};
    Status status = inTransaction([&]() -> Status {
        live = publishDueSuggestions(*m_storage, systemMillis());
        if (!live)
            return live.error();
        return live->empty() ? Status{} : announce();
    });
    if (!status) {
        spdlog::error("event=suggestion_publish_failed code={}", status.error().code);
        return;
    }
    if (!live->empty()) {
        (void)m_storage->compactInbox();
        deliver(std::move(*live), {});
    }
    // Surveys closed by their date: what waits for a batch goes out at the close, not at a later results
    // request (own transactions, like a koordinator's close).
    Status closed = Error{std::string(errc::internal), "not run"};
    try {
        closed = surveys::publishClosed(*m_storage, systemMillis());
    } catch (const std::exception &e) {
        closed = Error{std::string(errc::internal), e.what()};
    }
    if (!closed)
        spdlog::error("event=survey_close_publish_failed code={}", closed.error().code);
}

void StorageWorker::commitSurveyAnswers(const std::vector<surveys::AnswerClaim> &claims, std::vector<bool> &failed)
{
    // Tests only: the process dies between the marks' commit and the answers' own transaction.
    static const bool killBeforeAnswers = [] {
        const char *flag = std::getenv("MEDVANDRER_TEST_KILL_BEFORE_SURVEY_ANSWERS");
        return flag && *flag == '1';
    }();
    if (killBeforeAnswers)
        std::raise(SIGKILL);
    Status stored = Error{std::string(errc::internal), "not run"};
    try {
        stored = surveys::commitAnswers(*m_storage, claims, systemMillis());
    } catch (const std::exception &e) {
        stored = Error{std::string(errc::internal), e.what()};
    }
    if (stored)
        return;
    // Nothing of the answers was stored: the marks stay, and the devices' resends (claimed again, their other
    // changes duplicate) store the answers once. Taking the marks back instead would let another device of
    // the person answer too, if this commit did happen after all. The line says no survey and no person.
    spdlog::error("event=survey_answers_failed code={}", stored.error().code);
    for (const auto &c : claims)
        failed[c.push] = true;
}

void StorageWorker::sweepOffers()
{
    Result<std::vector<LiveRecord>> live = Error{std::string(errc::internal), "not run"};
    Status status = m_storage->begin();
    if (status) {
        try {
            live = m_engine.sweepOffers(*m_storage, systemMillis());
        } catch (const std::exception &e) {
            live = Error{std::string(errc::internal), e.what()};
        }
        status = live ? (live->empty() ? Status{} : announce()) : Status{live.error()};
        if (status)
            status = m_storage->commit();
        if (!status)
            m_storage->rollback();
    }
    if (!status) {
        spdlog::error("event=offer_sweep_failed code={} error=\"{}\"", status.error().code, status.error().message);
        return;
    }
    if (!live->empty()) {
        spdlog::debug("event=offer_sweep records={}", live->size());
        deliver(std::move(*live), {});
    }
}

} // namespace medvandrer::server
