#include "straight_line.h"
#include "bench_support.h"

#include "protocol/messages.h"
#include "records/record_json.h"
#include "store/sqlite_database.h"

#include <chrono>
#include <filesystem>
#include <stdexcept>

namespace medvandrer::bench {

namespace {

std::unique_ptr<SqliteDatabase> openDb(const std::string &path, const char *schema)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Durability::Full);
    if (!db)
        throw std::runtime_error("straight line: " + db.error().message);
    if (Status s = (*db)->exec(schema); !s)
        throw std::runtime_error("straight line: " + s.error().message);
    return std::move(*db);
}

void check(const Status &s)
{
    if (!s)
        throw std::runtime_error("straight line: " + s.error().message);
}

constexpr size_t pageBytes = 1000 * 1000;

constexpr const char *recordsSchema = "CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, kind TEXT NOT NULL, "
                                      "owner TEXT NOT NULL, body TEXT NOT NULL)";

// One durable transaction inserting every record (the same columns a store keeps, the body in wire form).
void storeRecords(SqliteDatabase &db, const std::vector<Record> &records)
{
    Transaction tx(db);
    check(tx.status());
    auto st = db.prepare("INSERT INTO records (id, kind, owner, body) VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        throw std::runtime_error(st.error().message);
    for (const auto &r : records) {
        (*st)->bind(1, r.id).bind(2, r.kind).bind(3, r.owner).bind(4, recordToJson(r).dump());
        check((*st)->run());
    }
    check(tx.commit());
}

} // namespace

StraightLine bestOf(int runs, const std::function<StraightLine(const std::string &)> &line, const std::string &dir)
{
    StraightLine best;
    for (int i = 0; i < runs; ++i) {
        const std::string where = dir + "/line-" + std::to_string(i);
        std::filesystem::create_directories(where);
        StraightLine run = line(where);
        if (i == 0 || run.totalMs < best.totalMs)
            best = run;
    }
    return best;
}

StraightLine straightLineRoundTrip(const std::vector<Change> &changes, const std::string &dir)
{
    auto a = openDb(dir + "/line-a.db", "CREATE TABLE IF NOT EXISTS outbox (change_id TEXT PRIMARY KEY, body TEXT)");
    auto server = openDb(dir + "/line-server.db", recordsSchema);
    auto b = openDb(dir + "/line-b.db", recordsSchema);
    {
        Transaction tx(*a);
        auto st = a->prepare("INSERT INTO outbox (change_id, body) VALUES (?1, ?2)");
        for (const auto &c : changes) {
            (*st)->bind(1, c.changeId).bind(2, changeToJson(c).dump());
            check((*st)->run());
        }
        check(tx.commit());
    }

    StraightLine out;
    const auto t0 = Clock::now();
    // A: the pushes' wire text.
    auto t = Clock::now();
    std::vector<std::string> pushes;
    for (size_t i = 0; i < changes.size(); i += protocol::maxChangesPerPush) {
        const auto end = changes.begin() + static_cast<long>(std::min(changes.size(), i + protocol::maxChangesPerPush));
        pushes.push_back(
            protocol::encodePushRequest("p" + std::to_string(i), std::vector<Change>(changes.begin() + static_cast<long>(i), end))
                .dump());
    }
    out.deviceAMs += msSince(t);

    // Server: decode, store in one transaction, answer, and encode the changes frames for B.
    t = Clock::now();
    std::vector<Record> received;
    std::vector<std::string> results, frames;
    received.reserve(changes.size());
    for (const auto &text : pushes) {
        auto env = protocol::parseEnvelope(text);
        if (!env)
            throw std::runtime_error("straight line: " + env.error().message);
        auto decoded = protocol::decodePushChanges(env->body);
        if (!decoded)
            throw std::runtime_error("straight line: " + decoded.error().message);
        std::vector<protocol::ChangeResult> res;
        for (auto &d : *decoded) {
            res.push_back(protocol::ChangeResult{d.changeId, "applied", {}, {}, 1});
            received.push_back(std::move(d.change->patch));
        }
        results.push_back(protocol::encodePushResult(env->rid, res));
    }
    storeRecords(*server, received);
    for (size_t i = 0; i < received.size(); i += protocol::maxChangesPerPush) {
        protocol::PulledPage page;
        page.records.assign(received.begin() + static_cast<long>(i),
                            received.begin() + static_cast<long>(std::min(received.size(), i + protocol::maxChangesPerPush)));
        frames.push_back(protocol::encodeChanges({}, page, true));
    }
    out.serverMs += msSince(t);

    // B: decode the frames, store in one transaction.
    t = Clock::now();
    std::vector<Record> atB;
    atB.reserve(received.size());
    for (const auto &text : frames) {
        auto env = protocol::parseEnvelope(text);
        auto page = protocol::decodeChanges(env->body);
        if (!page)
            throw std::runtime_error("straight line: " + page.error().message);
        for (auto &r : page->records)
            atB.push_back(std::move(r));
    }
    storeRecords(*b, atB);
    out.deviceBMs += msSince(t);

    // A: decode the results, one transaction removing the acknowledged outbox rows.
    t = Clock::now();
    {
        Transaction tx(*a);
        auto st = a->prepare("DELETE FROM outbox WHERE change_id = ?1");
        for (const auto &text : results) {
            auto env = protocol::parseEnvelope(text);
            auto res = protocol::decodePushResult(env->body);
            if (!res)
                throw std::runtime_error("straight line: " + res.error().message);
            for (const auto &r : *res) {
                (*st)->bind(1, r.changeId);
                check((*st)->run());
            }
        }
        check(tx.commit());
    }
    out.deviceAMs += msSince(t);
    out.totalMs = msSince(t0);
    if (b->scalar("SELECT count(*) FROM records") != static_cast<int64_t>(changes.size()) ||
        a->scalar("SELECT count(*) FROM outbox") != 0)
        throw std::runtime_error("straight line: the records did not all arrive");
    return out;
}

StraightLine straightLineInitialSync(const std::vector<Record> &records, const std::string &dir)
{
    auto server = openDb(dir + "/line-initial-server.db",
                         "CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, body TEXT)");
    auto device = openDb(dir + "/line-initial-device.db", recordsSchema);
    {
        Transaction tx(*server);
        auto st = server->prepare("INSERT INTO records (id, body) VALUES (?1, ?2)");
        for (const auto &r : records) {
            (*st)->bind(1, r.id).bind(2, recordToJson(r).dump());
            check((*st)->run());
        }
        check(tx.commit());
    }

    StraightLine out;
    const auto t0 = Clock::now();
    // Server: read the stored bodies in seq order and splice them into pages, as SyncEngine::pullFrame does.
    auto t = Clock::now();
    std::vector<std::string> frames;
    {
        auto st = server->prepare("SELECT body FROM records ORDER BY seq");
        std::string frame;
        size_t inPage = 0;
        int64_t seq = 0;
        auto close = [&](bool more) {
            frame += "],\"rid\":\"p\",\"type\":\"changes\",\"cursor\":" + std::to_string(seq) +
                     ",\"evictions\":[],\"live\":false,\"more\":" + (more ? "true" : "false") + "}";
            frames.push_back(std::move(frame));
            frame.clear();
            inPage = 0;
        };
        for (auto row = (*st)->step(); row && *row; row = (*st)->step()) {
            if (inPage == 0)
                frame = "{\"records\":[";
            else
                frame += ',';
            frame += (*st)->text(0);
            ++seq;
            // The server's page ends at 2,000 records or about 1 MiB of them, whichever comes first.
            if (++inPage == protocol::maxPullLimit || frame.size() >= pageBytes)
                close(true);
        }
        (*st)->reset();
        if (inPage > 0 || frames.empty()) {
            if (inPage == 0)
                frame = "{\"records\":[";
            close(false);
        }
    }
    out.serverMs = msSince(t);

    // Device: decode every page, store all records in one transaction.
    t = Clock::now();
    std::vector<Record> atDevice;
    atDevice.reserve(records.size());
    for (const auto &text : frames) {
        auto page = protocol::decodeChanges(Json::parse(text));
        if (!page)
            throw std::runtime_error("straight line: " + page.error().message);
        for (auto &r : page->records)
            atDevice.push_back(std::move(r));
    }
    storeRecords(*device, atDevice);
    out.deviceBMs = msSince(t);
    out.totalMs = msSince(t0);
    if (device->scalar("SELECT count(*) FROM records") != static_cast<int64_t>(records.size()))
        throw std::runtime_error("straight line: the records did not all arrive");
    return out;
}

} // namespace medvandrer::bench
