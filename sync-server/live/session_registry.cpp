#include "live/session_registry.h"

#include "protocol/messages.h"
#include "records/record_json.h"

namespace medvandrer::server {

void SessionRegistry::add(const std::shared_ptr<Session> &session)
{
    std::lock_guard lock(m_mutex);
    m_entries[session->id()] = Entry{session, std::nullopt};
}

void SessionRegistry::remove(uint64_t sessionId)
{
    std::lock_guard lock(m_mutex);
    m_entries.erase(sessionId);
}

void SessionRegistry::identify(uint64_t sessionId, const Principal &principal)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(sessionId);
    if (it != m_entries.end())
        it->second.principal = principal;
}

void SessionRegistry::forget(uint64_t sessionId)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(sessionId);
    if (it != m_entries.end())
        it->second.principal.reset();
}

std::vector<std::shared_ptr<Session>> SessionRegistry::all() const
{
    std::vector<std::shared_ptr<Session>> out;
    std::lock_guard lock(m_mutex);
    for (const auto &[id, e] : m_entries) {
        if (auto s = e.session.lock())
            out.push_back(std::move(s));
    }
    return out;
}

std::vector<std::shared_ptr<Session>> SessionRegistry::byDevice(const std::string &deviceId) const
{
    std::vector<std::shared_ptr<Session>> out;
    std::lock_guard lock(m_mutex);
    for (const auto &[id, e] : m_entries) {
        if (e.principal && e.principal->deviceId == deviceId) {
            if (auto s = e.session.lock())
                out.push_back(std::move(s));
        }
    }
    return out;
}

size_t SessionRegistry::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

void SessionRegistry::fanOut(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions)
{
    struct Target
    {
        std::shared_ptr<Session> session;
        Principal principal;
    };
    std::vector<Target> targets;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, e] : m_entries) {
            if (!e.principal)
                continue;
            if (auto s = e.session.lock())
                targets.push_back(Target{std::move(s), *e.principal});
        }
    }
    // A rough size per record, so one live frame stays near the size of a pull page.
    std::vector<size_t> sizes;
    sizes.reserve(records.size());
    for (const auto &r : records)
        sizes.push_back(recordToJson(r.state.record).dump(-1, ' ', false, Json::error_handler_t::replace).size());
    for (const auto &t : targets) {
        protocol::PulledPage page;
        size_t bytes = 0;
        auto flush = [&] {
            if (page.records.empty() && page.evictions.empty())
                return;
            page.more = false;
            t.session->send(std::make_shared<const std::string>(protocol::encodeChanges("", page, true)));
            m_metrics.liveFrames.fetch_add(1);
            page = protocol::PulledPage{};
            bytes = 0;
        };
        for (size_t i = 0; i < records.size(); ++i) {
            const LiveRecord &r = records[i];
            if (r.originSession == t.session->id() || !r.audience.includes(t.principal.accountId, t.principal.role))
                continue;
            page.records.push_back(r.state.record);
            page.cursor = std::max(page.cursor, r.state.seq);
            bytes += sizes[i];
            if (bytes >= SyncEngine::pageByteBudget)
                flush();
        }
        for (const auto &e : evictions) {
            if (e.accountId != t.principal.accountId)
                continue;
            page.evictions.push_back(e.recordId);
            page.cursor = std::max(page.cursor, e.seq);
        }
        flush();
    }
}

} // namespace medvandrer::server
