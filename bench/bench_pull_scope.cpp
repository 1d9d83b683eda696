// Issue 12, point 3: a pull's cost follows the reader's scope, not the server's size. On each engine (SQLite, and
// PostgreSQL in a cluster of the bench's own), seeded straight through the storage layer (the protocol would take
// hours for a million records), then read through the real server process over WebSockets:
//   1. one bruker's first sync of its 1,000 records on a server of 1,000,000 records of 1,000 people, against
//      the same sync on a server holding only that person's records: within 2×;
//   2. a helper with 20 shared goals (1,000 records) likewise;
//   3. 1,000 devices resuming at once with a day's cursor (each person wrote 5 records since) all up to date
//      within 5 s.
// Records of all people are interleaved in sequence order, as they arrive in real life. The records go straight
// into the server's own schema, the rows exactly as the storage layer writes them: on PostgreSQL by COPY (a
// statement per record would take an hour for a million), on SQLite by one prepared INSERT with a cache that holds
// the indexes (the storage layer's connection would spend minutes re-reading random primary-key pages). Accounts,
// devices and grants go through the storage layer on both engines.
// Env: MEDVANDRER_BENCH_PEOPLE (1000), MEDVANDRER_BENCH_PER_PERSON (1000), MEDVANDRER_BENCH_ENGINES (sqlite,postgresql),
// MEDVANDRER_BENCH_SEED_THROUGH_STORAGE (set: records through saveRecord, slow, for checking the bulk path).
#include "async_fleet.h"
#include "bench_support.h"

#include "auth/account_service.h"
#include "core/uuid.h"
#include "support/pg_cluster.h"
#include "records/record_json.h"
#include "storage/open_storage.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

using namespace medvandrer;
using namespace medvandrer::bench;
using server::Role;

namespace {

constexpr int goalsPerPerson = 20;
constexpr int sharedGoals = 20;
constexpr int dayWrites = 5;

size_t envSize(const char *name, size_t fallback)
{
    const char *v = std::getenv(name);
    return v ? static_cast<size_t>(std::strtoull(v, nullptr, 10)) : fallback;
}

struct Person
{
    std::string accountId;
    std::string token;
    std::vector<std::string> goals;
};

struct Seeded
{
    std::vector<Person> people;
    std::string helperToken;
    int64_t dayCursor = 0; // the sequence a day ago: everything after it is the last day's writes
};

Record makeRecord(HybridClock &clock, const std::string &kind, const std::string &owner, const std::string &goalId)
{
    Record r;
    r.id = newUuid();
    r.kind = kind;
    r.owner = owner;
    r.originDevice = "seed";
    const Hlc stamp = clock.tick();
    if (kind == "goal") {
        r.fields["title"] = FieldValue{"Gå en tur hver dag", stamp};
        r.fields["status"] = FieldValue{"active", stamp};
    } else {
        r.fields["goalId"] = FieldValue{goalId, stamp};
        r.fields["rating"] = FieldValue{6, stamp};
        r.fields["date"] = FieldValue{"2026-11-30", stamp};
        r.fields["note"] = FieldValue{"Gikk rundt vannet, litt kaldt i dag", stamp};
    }
    return r;
}

// Where seeded records go, each with the next sequence number.
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual Result<int64_t> nextSeq() = 0;
    virtual Status add(const Record &r, int64_t seq, const std::string &scope) = 0;
    // Everything added is stored and the server's sequence counter stands at the last number taken.
    virtual Status finish() = 0;
};

// Through the storage layer, committed every 20,000 records.
class StorageSink final : public RecordSink
{
public:
    explicit StorageSink(server::ServerStorage &storage) : m_storage(storage) {}
    Result<int64_t> nextSeq() override { return m_storage.nextSeq(); }
    Status add(const Record &r, int64_t seq, const std::string &scope) override
    {
        if (m_inTx == 0)
            if (Status s = m_storage.begin(); !s)
                return s;
        if (Status s = m_storage.saveRecord(server::StoredRecord{r, seq, scope, false}); !s)
            return s;
        if (++m_inTx >= 20000)
            return finish();
        return {};
    }
    Status finish() override
    {
        if (m_inTx == 0)
            return {};
        m_inTx = 0;
        return m_storage.commit();
    }

private:
    server::ServerStorage &m_storage;
    size_t m_inTx = 0;
};

// One transaction on a connection of its own to server.db, with a cache large enough for the indexes.
class SqliteSink final : public RecordSink
{
public:
    static std::unique_ptr<SqliteSink> open(const std::string &path, int64_t lastSeq)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            sqlite3_close(db);
            return nullptr;
        }
        sqlite3_busy_timeout(db, 10000);
        sqlite3_exec(db, "PRAGMA cache_size = -1048576; PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(db, "INSERT INTO records(id, kind, owner, scope, shared, seq, body) "
                                   "VALUES(?, ?, ?, ?, 0, ?, ?)", -1, &st, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "sqlite: %s\n", sqlite3_errmsg(db));
            sqlite3_close(db);
            return nullptr;
        }
        return std::unique_ptr<SqliteSink>(new SqliteSink(db, st, lastSeq));
    }
    ~SqliteSink() override
    {
        sqlite3_finalize(m_insert);
        sqlite3_close(m_db);
    }
    Result<int64_t> nextSeq() override { return ++m_seq; }
    Status add(const Record &r, int64_t seq, const std::string &scope) override
    {
        const std::string body = recordJsonText(r);
        sqlite3_bind_text(m_insert, 1, r.id.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 2, r.kind.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 3, r.owner.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(m_insert, 4, scope.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_insert, 5, seq);
        sqlite3_bind_text(m_insert, 6, body.c_str(), static_cast<int>(body.size()), SQLITE_TRANSIENT);
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        return rc == SQLITE_DONE ? Status{} : Status{Error{"sqlite", sqlite3_errmsg(m_db)}};
    }
    Status finish() override
    {
        const std::string sql = "UPDATE meta SET value = " + std::to_string(m_seq) + " WHERE key = 'seq'; COMMIT";
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return Error{"sqlite", sqlite3_errmsg(m_db)};
        return {};
    }

private:
    SqliteSink(sqlite3 *db, sqlite3_stmt *insert, int64_t lastSeq) : m_db(db), m_insert(insert), m_seq(lastSeq) {}
    sqlite3 *m_db;
    sqlite3_stmt *m_insert;
    int64_t m_seq;
};

// COPY into PostgreSQL's records table, the rows exactly as PostgresServerStorage::saveRecord writes them.
class CopySink final : public RecordSink
{
public:
    static std::unique_ptr<CopySink> open(const std::string &url, int64_t lastSeq)
    {
        PGconn *c = PQconnectdb(url.c_str());
        if (PQstatus(c) != CONNECTION_OK) {
            std::fprintf(stderr, "copy: %s\n", PQerrorMessage(c));
            PQfinish(c);
            return nullptr;
        }
        PGresult *r = PQexec(c, "COPY records(id, kind, owner, scope, shared, seq, body) FROM STDIN");
        const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
        PQclear(r);
        if (!ok) {
            PQfinish(c);
            return nullptr;
        }
        return std::unique_ptr<CopySink>(new CopySink(c, lastSeq));
    }
    ~CopySink() override { PQfinish(m_conn); }
    Result<int64_t> nextSeq() override { return ++m_seq; }
    Status add(const Record &r, int64_t seq, const std::string &scope) override
    {
        const std::string body = recordJsonText(r);
        for (const std::string *cell : {&r.id, &r.kind, &r.owner, &scope}) {
            escape(*cell);
            m_buffer += '\t';
        }
        m_buffer += "0\t" + std::to_string(seq) + "\t";
        escape(body);
        m_buffer += '\n';
        return m_buffer.size() > (1u << 20) ? send() : Status{};
    }
    Status finish() override
    {
        if (Status s = send(); !s)
            return s;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return Error{"copy", PQerrorMessage(m_conn)};
        PGresult *r = PQgetResult(m_conn);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        if (!ok)
            return Error{"copy", PQerrorMessage(m_conn)};
        while ((r = PQgetResult(m_conn)))
            PQclear(r);
        r = PQexec(m_conn, ("UPDATE meta SET value = '" + std::to_string(m_seq) + "' WHERE key = 'seq'").c_str());
        PQclear(r);
        return {};
    }

private:
    CopySink(PGconn *conn, int64_t lastSeq) : m_conn(conn), m_seq(lastSeq) {}
    // COPY's text format: backslash, tab, newline and carriage return are escaped.
    void escape(const std::string &text)
    {
        for (char ch : text) {
            switch (ch) {
            case '\\': m_buffer += "\\\\"; break;
            case '\t': m_buffer += "\\t"; break;
            case '\n': m_buffer += "\\n"; break;
            case '\r': m_buffer += "\\r"; break;
            default: m_buffer += ch;
            }
        }
    }
    Status send()
    {
        if (!m_buffer.empty() && PQputCopyData(m_conn, m_buffer.data(), static_cast<int>(m_buffer.size())) != 1)
            return Error{"copy", PQerrorMessage(m_conn)};
        m_buffer.clear();
        return {};
    }

    PGconn *m_conn;
    int64_t m_seq;
    std::string m_buffer;
};

// people[0] is the measured bruker; people[1..20] gave the helper their first goal each. Each person's records are
// spread over `goals` goals; the last day's check-ins go to each first goal.
Result<Seeded> seed(server::ServerStorage &storage, const std::string &dataDir, const std::string &pgUrl,
                    size_t people, size_t perPerson, bool withHelper, size_t goals)
{
    Seeded out;
    const int64_t now = systemMillis();
    HybridClock clock("seed");
    for (size_t i = 0; i < people; ++i) {
        auto account = server::accounts::createAccount(storage, "p" + std::to_string(i), "Person " + std::to_string(i),
                                                       Role::Bruker, "unused-hash", now);
        if (!account)
            return account.error();
        auto device = server::accounts::openDevice(storage, *account, "telefon", now);
        if (!device)
            return device.error();
        out.people.push_back(Person{account->id, device->token, {}});
    }
    std::string helperId;
    if (withHelper) {
        auto helper = server::accounts::createAccount(storage, "hjelper", "Hjelper", Role::Erfaringskonsulent,
                                                      "unused-hash", now);
        if (!helper)
            return helper.error();
        auto device = server::accounts::openDevice(storage, *helper, "telefon", now);
        if (!device)
            return device.error();
        helperId = helper->id;
        out.helperToken = device->token;
    }
    auto last = storage.meta("seq");
    if (!last || !*last)
        return Error{"seed", "no sequence counter"};
    std::unique_ptr<RecordSink> sink;
    if (std::getenv("MEDVANDRER_BENCH_SEED_THROUGH_STORAGE"))
        sink = std::make_unique<StorageSink>(storage);
    else if (pgUrl.empty())
        sink = SqliteSink::open(dataDir + "/server.db", std::stoll(**last));
    else
        sink = CopySink::open(pgUrl, std::stoll(**last));
    if (!sink)
        return Error{"seed", "the bulk insert could not start"};
    auto save = [&](const Record &r, const std::string &scope) -> Status {
        auto seq = sink->nextSeq();
        if (!seq)
            return seq.error();
        return sink->add(r, *seq, scope);
    };
    // Round-robin over people so each person's records are spread over the whole sequence.
    const size_t perGoal = std::max<size_t>(1, perPerson / goals);
    for (size_t k = 0; k < perPerson; ++k) {
        const size_t goalIndex = k / perGoal;
        for (auto &p : out.people) {
            Record r;
            if (k % perGoal == 0 && goalIndex < goals) {
                r = makeRecord(clock, "goal", p.accountId, "");
                p.goals.push_back(r.id);
                if (Status s = save(r, r.id); !s)
                    return s.error();
            } else {
                const std::string &goalId = p.goals.back();
                if (Status s = save(makeRecord(clock, "checkin", p.accountId, goalId), goalId); !s)
                    return s.error();
            }
        }
    }
    // The helper's grants: one goal of each of 20 people (their consent records included).
    std::vector<server::Grant> grants;
    if (withHelper) {
        for (int i = 1; i <= sharedGoals && i < static_cast<int>(out.people.size()); ++i) {
            const Person &p = out.people[static_cast<size_t>(i)];
            Record consent;
            consent.id = newUuid();
            consent.kind = "consent";
            consent.owner = p.accountId;
            consent.originDevice = "seed";
            const Hlc stamp = clock.tick();
            consent.fields["helperId"] = FieldValue{helperId, stamp};
            consent.fields["goalId"] = FieldValue{p.goals.front(), stamp};
            consent.fields["level"] = FieldValue{"read", stamp};
            consent.fields["active"] = FieldValue{true, stamp};
            if (Status s = save(consent, p.goals.front()); !s)
                return s.error();
            grants.push_back(server::Grant{consent.id, p.accountId, helperId, p.goals.front(), "read", true, true});
        }
    }
    auto cursor = sink->nextSeq();
    if (!cursor)
        return cursor.error();
    out.dayCursor = *cursor;
    // The last day: a few check-ins of everyone.
    for (int k = 0; k < dayWrites; ++k)
        for (auto &p : out.people)
            if (Status s = save(makeRecord(clock, "checkin", p.accountId, p.goals.front()), p.goals.front()); !s)
                return s.error();
    if (Status s = sink->finish(); !s)
        return s.error();
    for (const auto &g : grants)
        if (Status s = storage.saveGrant(g); !s)
            return s.error();
    return out;
}

// Signs in with the token and pulls every page from cursor 0; the ms it took and the records it got.
std::pair<double, size_t> firstSync(unsigned short port, const std::string &token)
{
    WsClient ws(port);
    (void)ws.request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "bench"}});
    Json auth = ws.request(Json{{"type", "resume"}, {"token", token}});
    if (auth["type"] != "authenticated")
        return {-1, 0};
    const auto t0 = Clock::now();
    int64_t cursor = 0;
    size_t records = 0;
    for (;;) {
        Json page = ws.request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", 500}});
        if (page["type"] != "changes")
            return {-1, records};
        records += page["records"].size();
        cursor = page["cursor"];
        if (!page["more"].get<bool>())
            break;
    }
    return {msSince(t0), records};
}

struct Engine
{
    std::string name;
    std::unique_ptr<testing::PgCluster> cluster;
};

// A server (SQLite dir or PostgreSQL database) seeded as asked, served by the real process.
struct World
{
    testing::TempDir dir;
    std::string url;
    Seeded seeded;
    std::unique_ptr<testing::ServerProcess> process;
};

std::unique_ptr<World> makeWorld(Engine &engine, const std::string &dbName, size_t people, size_t perPerson,
                                 bool helper, size_t goals, double &seedMs)
{
    auto w = std::make_unique<World>();
    server::StorageLocation where{w->dir.path(), ""};
    if (engine.cluster) {
        if (!engine.cluster->createDatabase(dbName))
            return nullptr;
        where.databaseUrl = w->url = engine.cluster->url(dbName);
    }
    auto storage = server::openServerStorage(where);
    if (!storage) {
        std::fprintf(stderr, "open: %s\n", storage.error().message.c_str());
        return nullptr;
    }
    const auto t0 = Clock::now();
    auto seeded = seed(**storage, w->dir.path(), w->url, people, perPerson, helper, goals);
    if (!seeded) {
        std::fprintf(stderr, "seed: %s\n", seeded.error().message.c_str());
        return nullptr;
    }
    if (engine.cluster)
        (void)testing::runCommand({"/usr/lib/postgresql/15/bin/psql", "-q", "-d", w->url, "-c", "VACUUM ANALYZE"});
    seedMs = msSince(t0);
    w->seeded = std::move(*seeded);
    storage->reset();
    std::vector<std::string> args;
    if (engine.cluster) {
        args.push_back("--database");
        args.push_back(w->url);
    }
    w->process = std::make_unique<testing::ServerProcess>(serverBinary, w->dir.path(), args);
    if (!w->process->start()) {
        std::fprintf(stderr, "serve: %s\n", w->process->log().c_str());
        return nullptr;
    }
    return w;
}

// 1,000 devices resume at once and pull from the day's cursor until up to date; ms until the last one is.
double resumeAll(World &w)
{
    AsyncFleet fleet(w.process->port());
    std::vector<std::string> frames;
    for (const auto &p : w.seeded.people)
        frames.push_back(Json{{"type", "resume"}, {"rid", "a"}, {"token", p.token}}.dump());
    std::vector<bool> done(frames.size(), false);
    size_t finished = 0;
    fleet.setHandler([&](size_t conn, std::string_view frame, Clock::time_point) {
        Json f = Json::parse(frame, nullptr, false);
        if (f.value("type", "") != "changes" || f.value("rid", "") != "p")
            return;
        if (f.value("more", false))
            fleet.send(conn, Json{{"type", "pull"}, {"rid", "p"}, {"cursor", f["cursor"]}, {"limit", 500}}.dump());
        else if (!done[conn]) {
            done[conn] = true;
            ++finished;
        }
    });
    const auto t0 = Clock::now();
    if (fleet.open(frames, 256, 60s) != frames.size())
        return -1;
    for (size_t i = 0; i < frames.size(); ++i)
        fleet.send(i, Json{{"type", "pull"}, {"rid", "p"}, {"cursor", w.seeded.dayCursor}, {"limit", 500}}.dump());
    if (!fleet.runUntil([&] { return finished == frames.size(); }, 60s))
        return -1;
    return msSince(t0);
}

} // namespace

int main()
{
    raiseFdLimit();
    const size_t people = envSize("MEDVANDRER_BENCH_PEOPLE", 1000);
    const size_t perPerson = envSize("MEDVANDRER_BENCH_PER_PERSON", 1000);
    const std::string engines = std::getenv("MEDVANDRER_BENCH_ENGINES") ? std::getenv("MEDVANDRER_BENCH_ENGINES")
                                                                        : "sqlite,postgresql";
    bool pass = true;
    for (const std::string name : {"sqlite", "postgresql"}) {
        if (engines.find(name) == std::string::npos)
            continue;
        Engine engine{name, nullptr};
        testing::TempDir pgDir;
        if (name == "postgresql") {
            engine.cluster = testing::PgCluster::start(pgDir.path() + "/pg");
            if (!engine.cluster)
                return failed("PostgreSQL did not start");
        }
        double seedSmall = 0, seedBig = 0, seedHelper = 0;
        // Only the measured people: person 0 alone; the helper's 20 people.
        auto small = makeWorld(engine, "small", 1, perPerson, false, goalsPerPerson, seedSmall);
        auto helperOnly = makeWorld(engine, "helper_only", sharedGoals + 1, perPerson / goalsPerPerson, true, 1,
                                    seedHelper);
        auto big = makeWorld(engine, "big", people, perPerson, true, goalsPerPerson, seedBig);
        if (!small || !helperOnly || !big)
            return failed(name + ": seeding or starting failed");
        std::printf("%s: seeded %zu records of %zu people in %.0f ms (small %.0f ms, helper-only %.0f ms)\n",
                    name.c_str(), people * perPerson + people * dayWrites, people, seedBig, seedSmall, seedHelper);

        // Best of seven for each, the two servers taking turns, so the shared machine's load falls on both alike
        // (first syncs are tens of milliseconds; one scheduling delay on a loaded 2-core machine is as long).
        auto bestPair = [](auto first, auto second) {
            std::pair<double, size_t> a{1e18, 0}, b{1e18, 0};
            auto keep = [](std::pair<double, size_t> r, std::pair<double, size_t> &best) {
                if (r.first >= 0 && r.first < best.first)
                    best = r;
            };
            for (int i = 0; i < 7; ++i) {
                keep(first(), a);
                keep(second(), b);
            }
            return std::pair{a, b};
        };
        const auto [alone, among] =
            bestPair([&] { return firstSync(small->process->port(), small->seeded.people[0].token); },
                     [&] { return firstSync(big->process->port(), big->seeded.people[0].token); });
        const auto [helperAlone, helperAmong] =
            bestPair([&] { return firstSync(helperOnly->process->port(), helperOnly->seeded.helperToken); },
                     [&] { return firstSync(big->process->port(), big->seeded.helperToken); });
        const double ratio = among.first / alone.first;
        const double helperRatio = helperAmong.first / helperAlone.first;
        std::printf("%s: bruker first sync: alone %.1f ms (%zu records), among %zu people %.1f ms (%zu records): %.2fx\n",
                    name.c_str(), alone.first, alone.second, people, among.first, among.second, ratio);
        std::printf("%s: helper (20 goals) first sync: alone %.1f ms (%zu records), among %zu people %.1f ms (%zu "
                    "records): %.2fx\n",
                    name.c_str(), helperAlone.first, helperAlone.second, people, helperAmong.first,
                    helperAmong.second, helperRatio);
        const double resume = resumeAll(*big);
        std::printf("%s: %zu devices resuming with a day's cursor, all up to date in %.0f ms\n", name.c_str(),
                    big->seeded.people.size(), resume);
        result(name + ".bruker_ratio", ratio, "x");
        result(name + ".helper_ratio", helperRatio, "x");
        result(name + ".resume_all_ms", resume, "ms");
        pass = pass && ratio <= 2 && helperRatio <= 2 && resume >= 0 && resume <= 5000 &&
               among.second == alone.second && helperAmong.second == helperAlone.second;
        big.reset();
        small.reset();
        helperOnly.reset();
    }
    return verdict(pass, "pull cost follows the reader's scope (ratios ≤ 2×, 1,000 resumes ≤ 5 s)");
}
