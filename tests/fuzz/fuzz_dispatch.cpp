// The server's request handling from one decoded frame to its reply, in-process: the real Dispatcher, StorageWorker,
// SyncEngine and SessionRegistry over a real SQLite data directory (a fresh copy of a template per input), with five
// signed-in connections — two brukere, two erfaringskonsulenter, one koordinator. Input: JSON text
//   [[connection 0–4, {frame}], …]
// Each frame is sent on its connection (its rid replaced by a unique one); the harness waits for that reply and for
// everything the commit fanned out. Invariants after every request:
// - every request gets exactly one reply (with its rid), and the process neither crashes nor leaks;
// - no frame sent to a connection holds a record outside its account's scope, worked out from docs/protocol.md §7
//   over the records in the database (not from the server's own grant table), and a check-in's note reaches
//   another account only through an active consent with includeNotes.
// A string "@0"…"@4" anywhere in a frame stands for that connection's account id (the ids are made at start).
// register and login are skipped (each costs an Argon2 hash; tests/server covers them).
#include "stale_files.h"
#include "admin/admin_commands.h"
#include "auth/rate_limiter.h"
#include "dispatch/dispatcher.h"
#include "live/session_registry.h"
#include "metrics/metrics.h"
#include "records/record_json.h"
#include "storage/open_storage.h"
#include "worker/storage_worker.h"
#include "store/sqlite_database.h"
#include "sync/sync_engine.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace medvandrer;
using namespace medvandrer::server;
namespace fs = std::filesystem;
namespace asio = boost::asio;

namespace {

void require(bool ok, const char *why)
{
    if (!ok) {
        fprintf(stderr, "fuzz_dispatch: %s\n", why);
        __builtin_trap();
    }
}

struct Person
{
    std::string accountId, token, role;
};

// One connection: frames are collected, posted work runs on the harness's io_context (the connection's own thread).
class CapturingSession final : public Session
{
public:
    CapturingSession(uint64_t id, asio::io_context &ioc) : Session(id), m_ioc(ioc) {}
    void send(std::shared_ptr<const std::string> frame) override { frames.push_back(*frame); }
    void post(std::function<void()> fn) override { asio::post(m_ioc, std::move(fn)); }
    void closeGoingAway() override {}

    std::vector<std::string> frames;

private:
    asio::io_context &m_ioc;
};

struct Template
{
    fs::path dir;
    std::vector<Person> people;
};

std::vector<Person> makeAccounts(const std::string &dataDir, const char *prefix, int count, const char *role)
{
    std::ostringstream out;
    require(admin::createAccounts(admin::Output{out, true}, StorageLocation{dataDir, {}}, prefix, count, role) == 0, "create accounts");
    std::vector<Person> people;
    for (const auto &a : Json::parse(out.str()))
        people.push_back(Person{a["accountId"], a["token"], role});
    return people;
}

const Template &templateDir()
{
    static const Template t = [] {
        spdlog::set_level(spdlog::level::off);
        const fs::path base = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        Template made;
        medvandrer::fuzz::removeStaleFiles(base, "medvandrer-fuzz-dispatch-template-");
        medvandrer::fuzz::removeStaleFiles(base, "medvandrer-fuzz-dispatch-");
        made.dir = base / ("medvandrer-fuzz-dispatch-template-" + std::to_string(getpid()));
        fs::remove_all(made.dir);
        fs::create_directories(made.dir);
        std::ostringstream ignored;
        require(admin::init(admin::Output{ignored, true}, StorageLocation{made.dir.string(), {}}) == 0, "init");
        for (auto &p : makeAccounts(made.dir.string(), "bruker", 2, "bruker"))
            made.people.push_back(p);
        for (auto &p : makeAccounts(made.dir.string(), "helper", 2, "erfaringskonsulent"))
            made.people.push_back(p);
        for (auto &p : makeAccounts(made.dir.string(), "koord", 1, "koordinator"))
            made.people.push_back(p);
        // A plain buffer: at exit the Template itself is already destroyed.
        static char path[4096];
        std::snprintf(path, sizeof path, "%s", made.dir.c_str());
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(path, ec);
        });
        return made;
    }();
    return t;
}

struct ServerRecord
{
    Record record;
    std::string scope;
    bool shared = false;
};

std::map<std::string, ServerRecord> serverRecords(const fs::path &dataDir)
{
    std::map<std::string, ServerRecord> out;
    // The server's records table, read on a connection of our own (WAL lets it read beside the writer).
    auto db = SqliteDatabase::open((dataDir / "server.db").string(), SqliteDatabase::Durability::Normal);
    require(db.ok(), "open the server database");
    auto st = (*db)->prepare("SELECT id, scope, shared, body FROM records");
    require(st.ok(), "read records");
    for (auto row = (*st)->step(); row && *row; row = (*st)->step()) {
        auto rec = recordFromJson(Json::parse((*st)->text(3), nullptr, false));
        require(rec.ok(), "stored record unreadable");
        out[rec->id] = ServerRecord{*rec, (*st)->text(1), (*st)->integer(2) != 0};
    }
    (*st)->reset();
    return out;
}

// docs/protocol.md §7, from the records themselves: what this account may read, and the goals whose check-in notes
// it may read.
struct Scope
{
    std::set<std::string> ids;
    std::set<std::string> notesOf; // goal ids
};

Scope scopeOf(const Person &who, const std::map<std::string, ServerRecord> &records)
{
    Scope s;
    std::set<std::pair<std::string, std::string>> granted;
    if (who.role == "erfaringskonsulent") {
        for (const auto &[id, r] : records) {
            if (r.record.kind != "consent" || r.record.isDeleted())
                continue;
            const Json *helper = r.record.value("helperId");
            const Json *active = r.record.value("active");
            if (helper && *helper == who.accountId && !(active && *active == false)) {
                s.ids.insert(id);
                granted.insert({r.record.owner, r.record.stringValue("goalId")});
                if (const Json *notes = r.record.value("includeNotes"); notes && *notes == true)
                    s.notesOf.insert(r.record.stringValue("goalId"));
            }
        }
    }
    for (const auto &[id, r] : records) {
        const Record &rec = r.record;
        bool in = rec.kind == "activity" || rec.kind == "answer" || (rec.owner == who.accountId && rec.kind != "suggestion");
        if (who.role == "koordinator")
            in = in || rec.kind == "booking" || rec.kind == "suggestion";
        if (who.role == "erfaringskonsulent" && granted.count({rec.owner, r.scope})) {
            if (rec.kind == "goal" || rec.kind == "step" || rec.kind == "checkin" || rec.kind == "comment")
                in = true;
            if (rec.kind == "reflection" && r.shared)
                in = true;
        }
        if (in)
            s.ids.insert(id);
    }
    return s;
}

void substituteAccounts(Json &j, const std::vector<Person> &people)
{
    if (j.is_string()) {
        const auto &text = j.get_ref<const std::string &>();
        if (text.size() == 2 && text[0] == '@' && text[1] >= '0' && size_t(text[1] - '0') < people.size())
            j = people[size_t(text[1] - '0')].accountId;
        return;
    }
    if (j.is_structured()) {
        for (auto &item : j)
            substituteAccounts(item, people);
    }
}

bool looksLikeRecord(const Json &j)
{
    return j.is_object() && j.contains("id") && j.contains("kind") && j.contains("owner") && j.contains("fields");
}

void checkFrame(const std::string &frame, const Person &who, const Scope &scope,
                const std::map<std::string, ServerRecord> &records)
{
    const Json j = Json::parse(frame, nullptr, false);
    require(!j.is_discarded() && j.is_object() && j.contains("type"), "a reply that is not a JSON object with a type");
    std::vector<const Json *> todo{&j};
    while (!todo.empty()) {
        const Json *v = todo.back();
        todo.pop_back();
        if (looksLikeRecord(*v)) {
            auto rec = recordFromJson(*v);
            require(rec.ok(), "a record in a reply does not parse");
            // Suggestions are delivered as the anonymous inbox, never as someone's record.
            require(scope.ids.count(rec->id) == 1, "a reply holds a record outside the account's scope");
            if (rec->kind == "checkin" && rec->owner != who.accountId && rec->fields.count("note")) {
                auto it = records.find(rec->id);
                require(it != records.end() && scope.notesOf.count(it->second.scope),
                        "a check-in note reached an account without a grant that includes notes");
            }
            continue;
        }
        if (v->is_structured()) {
            for (const auto &item : *v)
                todo.push_back(&item);
        }
    }
}

// Everything in one input's life: server parts over a fresh copy of the template, five signed-in connections.
class World
{
public:
    explicit World(const Template &t) : m_people(t.people)
    {
        const fs::path base = t.dir.parent_path();
        m_dir = base / ("medvandrer-fuzz-dispatch-" + std::to_string(getpid()));
        fs::remove_all(m_dir);
        fs::copy(t.dir, m_dir, fs::copy_options::recursive);
        auto storage = openServerStorage(StorageLocation{m_dir.string(), {}});
        require(storage.ok(), "open storage");
        m_worker = std::make_unique<StorageWorker>(std::move(*storage), m_engine, m_metrics);
        m_worker->setLiveSink([this](std::vector<LiveRecord> &&records, std::vector<LiveEviction> &&evictions) {
            m_registry.fanOut(std::move(records), std::move(evictions));
        });
        m_registry.runFanOutOn([this](std::function<void()> job) { asio::post(m_ioc, std::move(job)); });
        m_dispatcher = std::make_unique<Dispatcher>(
            *m_worker, m_engine, [this](std::function<void()> job) { asio::post(m_ioc, std::move(job)); },
            m_limiter, m_metrics, m_registry);
        m_worker->start();
        for (size_t i = 0; i < m_people.size(); ++i) {
            auto s = std::make_shared<CapturingSession>(i + 1, m_ioc);
            m_dispatcher->onOpen(s);
            m_sessions.push_back(s);
            request(i, Json{{"type", "hello"}, {"protocol", 1}});
            request(i, Json{{"type", "resume"}, {"token", m_people[i].token}});
            require(s->state().principal.has_value(), "resume failed");
            s->frames.clear();
        }
    }

    ~World()
    {
        for (auto &s : m_sessions)
            m_dispatcher->onClosed(s);
        m_worker->drainAndStop();
        m_ioc.poll();
        m_registry.runFanOutOn({});
        m_dispatcher.reset();
        m_worker.reset();
        m_sessions.clear();
        fs::remove_all(m_dir);
    }

    size_t connections() const { return m_sessions.size(); }

    // Sends one frame on connection `i` and returns when its reply and all fan-out it caused have arrived.
    void request(size_t i, Json frame)
    {
        auto &s = *m_sessions[i];
        const std::string rid = "fz" + std::to_string(++m_rid);
        frame["rid"] = rid;
        const size_t before = s.frames.size();
        m_dispatcher->onText(m_sessions[i], frame.dump(-1, ' ', false, Json::error_handler_t::replace));
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
        while (countReplies(s, before, rid) == 0) {
            require(std::chrono::steady_clock::now() < deadline, "no reply to a request");
            m_ioc.restart();
            m_ioc.run_for(std::chrono::milliseconds(1));
        }
        settle();
        require(countReplies(s, before, rid) == 1, "more than one reply to a request");
    }

    void checkScopes()
    {
        const auto records = serverRecords(m_dir);
        for (size_t i = 0; i < m_sessions.size(); ++i) {
            const Scope scope = scopeOf(m_people[i], records);
            for (const auto &frame : m_sessions[i]->frames)
                checkFrame(frame, m_people[i], scope, records);
            m_sessions[i]->frames.clear();
        }
    }

private:
    static size_t countReplies(const CapturingSession &s, size_t from, const std::string &rid)
    {
        size_t n = 0;
        const std::string needle = "\"rid\":\"" + rid + "\"";
        for (size_t k = from; k < s.frames.size(); ++k)
            n += s.frames[k].find(needle) != std::string::npos;
        return n;
    }

    // A marker through the storage thread and back: every job queued before it, and what those jobs posted
    // (replies, fan-out), has run when it arrives.
    void settle()
    {
        bool done = false;
        require(m_worker->submit([this, &done](ServerStorage &) { asio::post(m_ioc, [&done] { done = true; }); }),
                "storage queue refused the marker");
        while (!done) {
            m_ioc.restart();
            m_ioc.run_for(std::chrono::milliseconds(1));
        }
        m_ioc.restart();
        m_ioc.poll();
    }

    std::vector<Person> m_people;
    fs::path m_dir;
    asio::io_context m_ioc;
    Metrics m_metrics;
    HybridClock m_clock{"server"};
    SyncEngine m_engine{m_clock};
    RateLimiter m_limiter{5, std::chrono::minutes(15)};
    SessionRegistry m_registry{m_metrics};
    std::unique_ptr<StorageWorker> m_worker;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::vector<std::shared_ptr<CapturingSession>> m_sessions;
    uint64_t m_rid = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Json input = Json::parse(std::string_view(reinterpret_cast<const char *>(data), size), nullptr, false);
    if (input.is_discarded() || !input.is_array() || input.empty() || input.size() > 16)
        return 0;
    const Template &t = templateDir();
    World world(t);
    for (const auto &step : input) {
        if (!step.is_array() || step.size() != 2 || !step[0].is_number_unsigned() || !step[1].is_object())
            continue;
        const size_t i = step[0].get<size_t>() % world.connections();
        const auto type = step[1].find("type");
        if (type != step[1].end() && (*type == "register" || *type == "login"))
            continue;
        Json frame = step[1];
        substituteAccounts(frame, t.people);
        world.request(i, std::move(frame));
        world.checkScopes();
    }
    return 0;
}
