#include "live/session_registry.h"

#include "live/changes_frame.h"
#include "protocol/messages.h"
#include "records/record_json.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace medvandrer::server {

void SessionRegistry::add(const std::shared_ptr<Session> &session)
{
    std::lock_guard lock(m_mutex);
    m_entries[session->id()] = Entry{session, nullptr, session->lane()};
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
        it->second.principal = std::make_shared<const Principal>(principal);
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

void SessionRegistry::fanOut(std::vector<LiveRecord> records, std::vector<LiveEviction> evictions)
{
    if (!m_post && !m_postToLane) {
        deliver(records, evictions, std::nullopt);
        return;
    }
    auto payload = std::make_shared<std::pair<std::vector<LiveRecord>, std::vector<LiveEviction>>>(
        std::move(records), std::move(evictions));
    if (!m_postToLane) {
        m_post([this, payload] { deliver(payload->first, payload->second, std::nullopt); });
        return;
    }
    // Every lane works out and sends its own connections' share, on its own thread, all lanes at once.
    for (unsigned lane = 0; lane < m_lanes; ++lane)
        m_postToLane(lane, [this, payload, lane] { deliver(payload->first, payload->second, lane); });
}

namespace {

using Frames = SessionRegistry::Frames;

// The frames for one selection of records (by index, with the text this target gets) and evictions: newest event per
// id, split near the page size. A check-in re-sent without its note after its eviction goes in a later frame than the
// eviction, so the device deletes its copy first: merging alone never removes a note it holds.
Frames buildFrames(const std::vector<LiveRecord> &records, const std::vector<size_t> &picked,
                   const std::vector<std::string_view> &pickedBodies, const std::vector<bool> &pickedWithoutNote,
                   const std::vector<const LiveEviction *> &evicted)
{
    std::unordered_map<std::string_view, int64_t> newest;
    auto note = [&](std::string_view id, int64_t seq) {
        auto [it, fresh] = newest.try_emplace(id, seq);
        if (!fresh)
            it->second = std::max(it->second, seq);
    };
    for (size_t i : picked)
        note(records[i].state.record.id, records[i].state.seq);
    for (const LiveEviction *e : evicted)
        note(e->recordId, e->seq);

    std::unordered_map<std::string_view, int64_t> resentWithoutNote;
    for (size_t k = 0; k < picked.size(); ++k) {
        if (pickedWithoutNote[k])
            resentWithoutNote[records[picked[k]].state.record.id] = records[picked[k]].state.seq;
    }
    Frames frames;
    std::vector<std::string_view> texts, ids;
    int64_t cursor = 0;
    for (const LiveEviction *e : evicted) {
        auto resent = resentWithoutNote.find(e->recordId);
        if (resent != resentWithoutNote.end() && resent->second > e->seq && newest[e->recordId] == resent->second) {
            ids.push_back(e->recordId);
            cursor = std::max(cursor, e->seq);
        }
    }
    if (!ids.empty()) {
        frames.push_back(std::make_shared<const std::string>(encodeChangesFrame("", {}, ids, cursor, false, true)));
        ids.clear();
        cursor = 0;
    }
    size_t bytes = 0;
    auto flush = [&] {
        if (texts.empty() && ids.empty())
            return;
        frames.push_back(std::make_shared<const std::string>(encodeChangesFrame("", texts, ids, cursor, false, true)));
        texts.clear();
        ids.clear();
        cursor = 0;
        bytes = 0;
    };
    for (size_t k = 0; k < picked.size(); ++k) {
        const StoredRecord &state = records[picked[k]].state;
        if (newest[state.record.id] != state.seq)
            continue;
        texts.push_back(pickedBodies[k]);
        cursor = std::max(cursor, state.seq);
        bytes += pickedBodies[k].size();
        if (bytes >= SyncEngine::pageByteBudget)
            flush();
    }
    for (const LiveEviction *e : evicted) {
        if (newest[e->recordId] != e->seq)
            continue;
        ids.push_back(e->recordId);
        cursor = std::max(cursor, e->seq);
    }
    flush();
    return frames;
}

} // namespace

void SessionRegistry::deliver(const std::vector<LiveRecord> &records, const std::vector<LiveEviction> &evictions,
                              std::optional<unsigned> lane)
{
    struct Target
    {
        std::shared_ptr<Session> session;
        std::shared_ptr<const Principal> principal;
    };
    std::vector<Target> targets;
    {
        std::lock_guard lock(m_mutex);
        targets.reserve(m_entries.size());
        for (const auto &[id, e] : m_entries) {
            if (!e.principal || (lane && e.lane != *lane))
                continue;
            if (auto s = e.session.lock())
                targets.push_back(Target{std::move(s), e.principal});
        }
    }
    // Each record's wire text once, however many frames carry it.
    std::vector<std::string> bodies, withoutNotes(records.size());
    bodies.reserve(records.size());
    for (const auto &r : records) {
        bodies.push_back(recordJsonText(r.state.record));
        // Some helpers get this check-in without its note: that text is made once too.
        if (!r.audience.withoutNote.empty())
            withoutNotes[bodies.size() - 1] = withoutField(bodies.back(), noteField);
    }

    // Targets with the same selection get the same bytes: encoded once, shared by pointer.
    std::unordered_map<std::string, Frames> cache;
    std::vector<size_t> picked;
    std::vector<std::string_view> pickedBodies;
    std::vector<bool> pickedWithoutNote;
    std::vector<const LiveEviction *> evicted;
    std::string key;
    uint64_t frames = 0;
    for (const auto &t : targets) {
        picked.clear();
        pickedBodies.clear();
        pickedWithoutNote.clear();
        evicted.clear();
        key.clear();
        for (size_t i = 0; i < records.size(); ++i) {
            const LiveRecord &r = records[i];
            if (r.originSession == t.session->id() || !r.audience.includes(t.principal->accountId, t.principal->role))
                continue;
            const bool noNote = r.audience.hidesNoteFrom(t.principal->accountId);
            picked.push_back(i);
            pickedBodies.push_back(noNote ? withoutNotes[i] : bodies[i]);
            pickedWithoutNote.push_back(noNote);
            key += std::to_string(i);
            key += noNote ? '-' : ',';
        }
        for (const auto &e : evictions) {
            if (e.accountId == t.principal->accountId)
                evicted.push_back(&e);
        }
        if (picked.empty() && evicted.empty())
            continue;
        if (!evicted.empty()) {
            key += '|';
            key += t.principal->accountId;
        }
        auto [it, fresh] = cache.try_emplace(key);
        if (fresh)
            it->second = buildFrames(records, picked, pickedBodies, pickedWithoutNote, evicted);
        frames += it->second.size();
        // On the connection's own lane this goes straight into its queue and socket, no hop, no wake-up.
        for (const auto &frame : it->second)
            t.session->send(frame);
    }
    m_metrics.liveFrames.fetch_add(frames);
}

} // namespace medvandrer::server
