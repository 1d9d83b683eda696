#pragma once

#include "core/hlc.h"
#include "core/uuid.h"
#include "pg_cluster.h"
#include "server_process.h"
#include "ws_client.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace medvandrer::testing {

#ifndef MEDVANDRER_SERVER_BINARY
#error "define MEDVANDRER_SERVER_BINARY to the medvandrer-server executable"
#endif
inline const std::string serverBinary = MEDVANDRER_SERVER_BINARY;

inline constexpr const char *testPassword = "riktig-hest-batteri";

// A signed-in connection.
struct Device
{
    std::unique_ptr<WsClient> ws;
    std::string accountId;
    std::string deviceId;
    std::string token;
    std::string username;
    std::string role;
};

inline std::string stampAt(int64_t wallMs, uint32_t counter = 0, const std::string &node = "testdevice")
{
    return Hlc{wallMs, counter, node}.toString();
}

inline std::string stampNow(uint32_t counter = 0, const std::string &node = "testdevice")
{
    return stampAt(systemMillis(), counter, node);
}

// Builds the wire form of a record patch and of a change carrying it.
class RecordBuilder
{
public:
    RecordBuilder(std::string kind, std::string owner, std::string id = newUuid())
    {
        m_record = Json{{"id", std::move(id)}, {"kind", std::move(kind)}, {"owner", std::move(owner)},
                        {"origin", "testdevice"}, {"fields", Json::object()}};
    }
    RecordBuilder &set(const std::string &field, Json value, const std::string &stamp = stampNow())
    {
        m_record["fields"][field] = Json{{"v", std::move(value)}, {"t", stamp}};
        return *this;
    }
    RecordBuilder &deleted(const std::string &stamp = stampNow())
    {
        m_record["deleted"] = stamp;
        return *this;
    }
    const std::string id() const { return m_record["id"]; }
    const Json &record() const { return m_record; }
    Json change(std::string changeId = newUuid()) const { return Json{{"changeId", std::move(changeId)}, {"record", m_record}}; }

private:
    Json m_record;
};

inline RecordBuilder goal(const std::string &owner, const std::string &title = "Gå en tur hver dag")
{
    return std::move(RecordBuilder("goal", owner).set("title", title).set("status", "active"));
}
inline RecordBuilder step(const std::string &owner, const std::string &goalId)
{
    return std::move(RecordBuilder("step", owner).set("goalId", goalId).set("title", "Finne skoene"));
}
inline RecordBuilder checkin(const std::string &owner, const std::string &goalId)
{
    return std::move(RecordBuilder("checkin", owner).set("goalId", goalId).set("rating", 6).set("date", "2025-03-04"));
}
inline RecordBuilder reflection(const std::string &owner, const std::string &goalId, bool shared)
{
    return std::move(RecordBuilder("reflection", owner)
                         .set("text", "Det gikk bedre enn ventet")
                         .set("goalId", goalId)
                         .set("shareWithHelpers", shared));
}
inline RecordBuilder consent(const std::string &owner, const std::string &helperId, const std::string &goalId,
                             const std::string &level = "read")
{
    return std::move(RecordBuilder("consent", owner)
                         .set("helperId", helperId)
                         .set("goalId", goalId)
                         .set("level", level)
                         .set("active", true));
}
inline RecordBuilder comment(const std::string &owner, const std::string &goalId, const std::string &authorId)
{
    return std::move(RecordBuilder("comment", owner).set("goalId", goalId).set("authorId", authorId).set("text", "Bra jobba!"));
}
inline RecordBuilder activity(const std::string &owner, const std::string &title = "Kafe X")
{
    return std::move(
        RecordBuilder("activity", owner).set("title", title).set("start", "2030-03-05T11:00:00+01:00").set("capacity", 20));
}
inline RecordBuilder booking(const std::string &owner, const std::string &activityId)
{
    return std::move(RecordBuilder("booking", owner)
                         .set("activityId", activityId)
                         .set("sessionStart", "2030-03-05T11:00:00+01:00")
                         .set("status", "requested"));
}
inline RecordBuilder suggestion(const std::string &owner)
{
    return std::move(RecordBuilder("suggestion", owner).set("category", "idea").set("text", "Mer kafé på kveldstid"));
}

// Starts a fresh server with an empty data directory (or PostgreSQL database) for each test.
class ServerTest : public ::testing::Test
{
protected:
    ~ServerTest() override
    {
        m_server.reset();
        if (testOnPostgres())
            PgCluster::shared().dropDatabase(databaseNameFor(m_dir.path()));
    }

    void SetUp() override { startServer(); }

    void startServer(std::vector<std::string> extraArgs = {})
    {
        m_server = std::make_unique<ServerProcess>(serverBinary, m_dir.path(), std::move(extraArgs));
        ASSERT_TRUE(m_server->start()) << "server did not start: " << m_server->log();
    }

    unsigned short port() const { return m_server->port(); }
    // What the engine keeps, by part, for tests that look for bytes that must (not) be stored: "main" and "box"
    // (SQLite: server.db with its WAL, suggestions.db with its journal; PostgreSQL: pg_dump of the public and box
    // schemas), and "log" (the server's log).
    std::map<std::string, std::string> storedBytes() const
    {
        std::map<std::string, std::string> parts;
        if (testOnPostgres()) {
            const std::string db = databaseNameFor(m_dir.path());
            parts["main"] = PgCluster::shared().dump(db, "public");
            parts["box"] = PgCluster::shared().dump(db, "box");
        } else {
            const std::string dir = m_dir.path();
            parts["main"] = readBytes(dir + "/server.db") + readBytes(dir + "/server.db-wal");
            parts["box"] = readBytes(dir + "/suggestions.db") + readBytes(dir + "/suggestions.db-journal");
        }
        parts["log"] = readBytes(m_dir.path() + "/server.log");
        return parts;
    }
    static std::string readBytes(const std::string &path)
    {
        std::ifstream in(path, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    }
    ServerProcess &server() { return *m_server; }
    const std::string &dataDir() const { return m_dir.path(); }

    CommandResult admin(std::vector<std::string> args, const std::string &input = {})
    {
        std::vector<std::string> argv{serverBinary};
        argv.insert(argv.end(), args.begin(), args.end());
        for (auto &a : storageArgs(m_dir.path()))
            argv.push_back(std::move(a));
        return runCommand(argv, input);
    }

    std::string invite(const std::string &role)
    {
        auto r = admin({"invite", "--role", role, "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return Json::parse(r.out, nullptr, false).value("code", std::string());
    }

    std::unique_ptr<WsClient> connect(bool hello = true)
    {
        auto ws = std::make_unique<WsClient>(port());
        EXPECT_TRUE(ws->isOpen()) << ws->error();
        if (hello) {
            Json w = ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}});
            EXPECT_EQ(w["type"], "welcome") << w.dump();
        }
        return ws;
    }

    Device fromReply(std::unique_ptr<WsClient> ws, const Json &reply)
    {
        Device d;
        EXPECT_EQ(reply["type"], "authenticated") << reply.dump();
        d.ws = std::move(ws);
        d.accountId = reply.value("accountId", "");
        d.deviceId = reply.value("deviceId", "");
        d.token = reply.value("token", "");
        d.username = reply.value("username", "");
        d.role = reply.value("role", "");
        return d;
    }

    // Registers a new account of this role with a fresh invite.
    Device registerAs(const std::string &role, const std::string &username)
    {
        auto ws = connect();
        Json reply = ws->request(Json{{"type", "register"},
                                      {"invite", invite(role)},
                                      {"username", username},
                                      {"password", testPassword},
                                      {"displayName", username + " Testesen"},
                                      {"deviceName", "telefon"}});
        return fromReply(std::move(ws), reply);
    }

    Device login(const std::string &username, const std::string &password = testPassword)
    {
        auto ws = connect();
        Json reply = ws->request(
            Json{{"type", "login"}, {"username", username}, {"password", password}, {"deviceName", "nettbrett"}});
        return fromReply(std::move(ws), reply);
    }

    Device koordinator(const std::string &username = "lise")
    {
        auto r = admin({"create-koordinator", "--username", username, "--display-name", "Lise Koordinator",
                        "--password-stdin", "--json"},
                       std::string(testPassword) + "\n");
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return login(username);
    }

    static Json push(WsClient &ws, const std::vector<Json> &changes)
    {
        return ws.request(Json{{"type", "push"}, {"changes", changes}});
    }

    static std::string statusOf(const Json &pushResult, size_t i = 0)
    {
        if (!pushResult.contains("results") || pushResult["results"].size() <= i)
            return "no result: " + pushResult.dump();
        const Json &r = pushResult["results"][i];
        return r.value("status", "") + (r.contains("code") ? ":" + r["code"].get<std::string>() : "");
    }

    // Pulls every page from `cursor`, returning the records (merged states) and evictions; updates cursor.
    struct Pulled
    {
        std::vector<Json> records;
        std::vector<std::string> evictions;
        std::vector<std::string> ids() const
        {
            std::vector<std::string> out;
            for (const auto &r : records)
                out.push_back(r["id"]);
            return out;
        }
        bool has(const std::string &id) const
        {
            for (const auto &r : records)
                if (r["id"] == id)
                    return true;
            return false;
        }
        bool evicted(const std::string &id) const
        {
            return std::find(evictions.begin(), evictions.end(), id) != evictions.end();
        }
    };
    static Pulled pullAll(WsClient &ws, int64_t &cursor, int limit = 500)
    {
        Pulled out;
        for (int guard = 0; guard < 1000; ++guard) {
            Json page = ws.request(Json{{"type", "pull"}, {"cursor", cursor}, {"limit", limit}});
            EXPECT_EQ(page["type"], "changes") << page.dump();
            if (page["type"] != "changes")
                break;
            EXPECT_EQ(page["live"], false);
            for (const auto &r : page["records"])
                out.records.push_back(r);
            for (const auto &e : page["evictions"])
                out.evictions.push_back(e);
            cursor = page["cursor"];
            if (!page["more"].get<bool>())
                break;
        }
        return out;
    }
    static Pulled pullAll(WsClient &ws)
    {
        int64_t cursor = 0;
        return pullAll(ws, cursor);
    }

    TempDir m_dir;
    std::unique_ptr<ServerProcess> m_server;
};

} // namespace medvandrer::testing
