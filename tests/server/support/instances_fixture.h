#pragma once

// Several real server processes on one real PostgreSQL database (issue #13), for the server.pg.*Instances* tests.

#include "server_harness.h"

#include <gtest/gtest.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

namespace medvandrer::testing {

class InstancesFixture : public ::testing::Test
{
protected:
    static constexpr int instances = 3;

    // The same arguments for every instance (e.g. {"--offer-seconds", "1"}).
    virtual std::vector<std::string> instanceArgs() const { return {}; }

    // A cluster of the test's own (to stop and start it) instead of the one the test binary shares.
    virtual bool ownCluster() const { return false; }
    PgCluster &cluster() { return m_cluster ? *m_cluster : PgCluster::shared(); }

    void SetUp() override
    {
        if (!testOnPostgres())
            GTEST_SKIP() << "PostgreSQL only";
        if (ownCluster()) {
            m_cluster = PgCluster::start(m_clusterDir.path() + "/pg");
            ASSERT_TRUE(m_cluster);
        }
        m_name = databaseNameFor(m_dirs[0].path());
        ASSERT_TRUE(cluster().createDatabase(m_name));
        m_url = cluster().url(m_name);
        m_servers.resize(instances);
        for (int i = 0; i < instances; ++i)
            ASSERT_TRUE(startInstance(i)) << m_servers[static_cast<size_t>(i)]->log();
    }
    void TearDown() override
    {
        m_servers.clear();
        if (!m_name.empty() && !m_cluster)
            PgCluster::shared().dropDatabase(m_name);
        m_cluster.reset();
    }

    // (Re)starts instance i on its data folder: a new process on a new port.
    bool startInstance(int i)
    {
        std::vector<std::string> args{"--database", m_url};
        if (const unsigned short fixed = m_fixedPorts[static_cast<size_t>(i)]) {
            args.push_back("--port");
            args.push_back(std::to_string(fixed));
        }
        for (auto &a : instanceArgs())
            args.push_back(a);
        auto &slot = m_servers[static_cast<size_t>(i)];
        slot.reset();
        slot = std::make_unique<ServerProcess>(serverBinary, m_dirs[static_cast<size_t>(i)].path(), std::move(args));
        return slot->start();
    }
    ServerProcess &instance(int i) { return *m_servers[static_cast<size_t>(i)]; }
    unsigned short port(int i) const { return m_servers[static_cast<size_t>(i)]->port(); }

    std::unique_ptr<WsClient> connect(int i)
    {
        auto ws = std::make_unique<WsClient>(port(i));
        EXPECT_EQ(ws->request(Json{{"type", "hello"}, {"protocol", 1}, {"client", "tests"}})["type"], "welcome");
        return ws;
    }

    CommandResult admin(std::vector<std::string> args, const std::string &input = {}) const
    {
        std::vector<std::string> argv{serverBinary};
        argv.insert(argv.end(), args.begin(), args.end());
        argv.push_back("--database");
        argv.push_back(m_url);
        return runCommand(argv, input);
    }

    // A koordinator made by the admin command (no device yet).
    void createKoordinator(const std::string &username)
    {
        auto r = admin({"create-koordinator", "--username", username, "--display-name", username, "--password-stdin",
                        "--json"},
                       std::string(testPassword) + "\n");
        EXPECT_EQ(r.exitCode, 0) << r.err;
    }

    // A new device signed in on instance i; reply is the login's answer.
    Json loginReply(const std::string &username, int i, std::unique_ptr<WsClient> &ws,
                    const std::string &password = testPassword)
    {
        ws = connect(i);
        return ws->request(
            Json{{"type", "login"}, {"username", username}, {"password", password}, {"deviceName", "nettbrett"}});
    }
    Device login(const std::string &username, int i)
    {
        Device d;
        Json reply = loginReply(username, i, d.ws);
        EXPECT_EQ(reply["type"], "authenticated") << reply.dump();
        d.accountId = reply.value("accountId", "");
        d.deviceId = reply.value("deviceId", "");
        d.token = reply.value("token", "");
        d.username = username;
        return d;
    }
    Device koordinator(const std::string &username, int i)
    {
        createKoordinator(username);
        return login(username, i);
    }
    // The same device (by its token) on another connection, to instance i.
    std::unique_ptr<WsClient> resume(const std::string &token, int i)
    {
        auto ws = connect(i);
        Json r = ws->request(Json{{"type", "resume"}, {"token", token}});
        EXPECT_EQ(r["type"], "authenticated") << r.dump();
        return ws;
    }
    // Accounts made by the admin command, each with a token: [{accountId, token, ...}].
    Json createAccounts(const std::string &prefix, int count, const std::string &role = "bruker")
    {
        auto r = admin({"create-accounts", "--count", std::to_string(count), "--prefix", prefix, "--role", role,
                        "--json"});
        EXPECT_EQ(r.exitCode, 0) << r.err;
        return Json::parse(r.out, nullptr, false);
    }

    TempDir m_clusterDir;
    std::unique_ptr<PgCluster> m_cluster;
    // Set before SetUp for instances that must keep their port across restarts (behind a load balancer); 0: any.
    std::array<unsigned short, instances> m_fixedPorts{};
    std::array<TempDir, instances> m_dirs;
    std::string m_name;
    std::string m_url;
    std::vector<std::unique_ptr<ServerProcess>> m_servers;
};

} // namespace medvandrer::testing
