#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace medvandrer::testing {

// A real PostgreSQL 15 cluster in a temporary folder, on a free port of 127.0.0.1, run as the unprivileged
// `postgres` user when the tests run as root (initdb refuses root). Torn down when the owner is destroyed.
class PgCluster
{
public:
    // Starts a fresh cluster (its files in a new folder under /tmp) and notes its port and folder in stateDir.
    static std::unique_ptr<PgCluster> start(const std::string &stateDir);
    // Attaches to a cluster another process started with this stateDir; does not stop it.
    static std::unique_ptr<PgCluster> attach(const std::string &stateDir);
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // The one cluster of this test process: the CTest fixture's (MEDVANDRER_TEST_PG_DIR) if there is one, else one
    // started now for this process and stopped at its exit.
    static PgCluster &shared();

    unsigned short port() const { return m_port; }
    std::string url(const std::string &database) const;
    bool createDatabase(const std::string &name);
    bool dropDatabase(const std::string &name);
    // pg_ctl stop -m fast (or -m immediate: a crash, recovered from the WAL on start) / start again on the same port
    // and files.
    bool stopServer(bool immediate = false);
    bool startServer();
    // pg_dump of one database (schema and data), as plain SQL text.
    std::string dump(const std::string &database, const std::string &schema = {}) const;
    // Every non-null cell of every table of the database, as text, with its schema-qualified table name.
    std::vector<std::pair<std::string, std::string>> allCells(const std::string &database) const;
    // The cluster's own log (what a default configuration writes).
    std::string log() const;
    void stopAndRemove();

private:
    PgCluster(std::string dir, std::string stateDir, unsigned short port, bool owned)
        : m_dir(std::move(dir)), m_stateDir(std::move(stateDir)), m_port(port), m_owned(owned)
    {
    }

    std::string m_dir;
    std::string m_stateDir;
    unsigned short m_port = 0;
    bool m_owned = false;
};

// Which engine this test process runs the server on: PostgreSQL with MEDVANDRER_TEST_PG_DIR (CTest's fixture) or
// MEDVANDRER_TEST_ENGINE=postgresql (a cluster of its own), else SQLite.
bool testOnPostgres();
// The server arguments that put a test's data in place: {"--data-dir", dir} and, on PostgreSQL, a "--database" of a
// fresh database named after the folder (created on first use).
std::vector<std::string> storageArgs(const std::string &dataDir);
// The PostgreSQL database name that storageArgs gives this folder.
std::string databaseNameFor(const std::string &dataDir);

} // namespace medvandrer::testing
