#include "pg_cluster.h"

#include "server_process.h"

#include <libpq-fe.h>

#include <arpa/inet.h>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <netinet/in.h>
#include <pwd.h>
#include <set>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

namespace medvandrer::testing {

namespace {

const std::string pgBin = "/usr/lib/postgresql/15/bin/";
const std::string superuser = "medvandrer";

// initdb and postgres refuse root: run them as the postgres system user then.
std::vector<std::string> asClusterUser(std::vector<std::string> argv)
{
    if (geteuid() != 0)
        return argv;
    std::vector<std::string> out{"/usr/sbin/runuser", "-u", "postgres", "--"};
    out.insert(out.end(), argv.begin(), argv.end());
    return out;
}

unsigned short freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    unsigned short port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

bool giveToClusterUser(const std::string &path)
{
    if (geteuid() != 0)
        return true;
    const passwd *pw = getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(path.c_str(), pw->pw_uid, pw->pw_gid) == 0;
}

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool exec(const std::string &url, const std::string &sql)
{
    PGconn *c = PQconnectdb(url.c_str());
    bool ok = PQstatus(c) == CONNECTION_OK;
    if (ok) {
        PGresult *r = PQexec(c, sql.c_str());
        ok = PQresultStatus(r) == PGRES_COMMAND_OK || PQresultStatus(r) == PGRES_TUPLES_OK;
        if (!ok)
            std::cerr << "pg_cluster: " << sql << ": " << PQresultErrorMessage(r);
        PQclear(r);
    } else {
        std::cerr << "pg_cluster: cannot connect: " << PQerrorMessage(c);
    }
    PQfinish(c);
    return ok;
}

} // namespace

std::unique_ptr<PgCluster> PgCluster::start(const std::string &stateDir)
{
    std::error_code ec;
    std::filesystem::create_directories(stateDir, ec);
    // The cluster's files go under /tmp, which the postgres user can reach whatever the build folder's rights.
    std::string dir = (std::filesystem::temp_directory_path() / "medvandrer-pg-XXXXXX").string();
    if (ec || !mkdtemp(dir.data()) || !giveToClusterUser(dir)) {
        std::cerr << "pg_cluster: cannot prepare " << dir << "\n";
        return nullptr;
    }
    // -N: no fsync of the fresh files (quicker); the running server keeps PostgreSQL's default durability.
    auto init = runCommand(asClusterUser({pgBin + "initdb", "-D", dir + "/data", "-U", superuser, "--auth=trust",
                                          "-E", "UTF8", "--locale=C.UTF-8", "-N"}));
    if (init.exitCode != 0) {
        std::cerr << "pg_cluster: initdb failed: " << init.out << init.err << "\n";
        std::filesystem::remove_all(dir, ec);
        return nullptr;
    }
    for (int attempt = 0; attempt < 5; ++attempt) {
        std::unique_ptr<PgCluster> cluster(new PgCluster(dir, stateDir, freePort(), true));
        if (cluster->startServer()) {
            std::ofstream(stateDir + "/port") << cluster->m_port << "\n";
            std::ofstream(stateDir + "/cluster") << dir << "\n";
            return cluster;
        }
        cluster->m_owned = false; // nothing to stop
    }
    std::cerr << "pg_cluster: the server did not start: " << readFile(dir + "/log") << "\n";
    std::filesystem::remove_all(dir, ec);
    return nullptr;
}

std::unique_ptr<PgCluster> PgCluster::attach(const std::string &stateDir)
{
    std::ifstream portIn(stateDir + "/port"), dirIn(stateDir + "/cluster");
    int port = 0;
    std::string dir;
    if (!(portIn >> port) || port <= 0 || !(dirIn >> dir))
        return nullptr;
    return std::unique_ptr<PgCluster>(new PgCluster(dir, stateDir, static_cast<unsigned short>(port), false));
}

PgCluster::~PgCluster()
{
    if (m_owned)
        stopAndRemove();
}

void PgCluster::stopAndRemove()
{
    stopServer();
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
    std::filesystem::remove(m_stateDir + "/port", ec);
    std::filesystem::remove(m_stateDir + "/cluster", ec);
    m_owned = false;
}

PgCluster &PgCluster::shared()
{
    static std::unique_ptr<PgCluster> cluster = [] {
        if (const char *dir = std::getenv("MEDVANDRER_TEST_PG_DIR")) {
            if (auto attached = attach(dir))
                return attached;
        }
        static TempDir state;
        auto started = start(state.path());
        if (!started) {
            std::cerr << "pg_cluster: no PostgreSQL for this test run\n";
            std::abort();
        }
        return started;
    }();
    return *cluster;
}

std::string PgCluster::url(const std::string &database) const
{
    return "postgresql://" + superuser + "@127.0.0.1:" + std::to_string(m_port) + "/" + database;
}

bool PgCluster::createDatabase(const std::string &name)
{
    return exec(url("postgres"), "CREATE DATABASE \"" + name + "\"");
}

bool PgCluster::dropDatabase(const std::string &name)
{
    return exec(url("postgres"), "DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
}

bool PgCluster::stopServer(bool immediate)
{
    return runCommand(asClusterUser({pgBin + "pg_ctl", "-D", m_dir + "/data", "-m", immediate ? "immediate" : "fast",
                                     "-w", "stop"}))
               .exitCode == 0;
}

bool PgCluster::startServer()
{
    // Default settings but the port, the loopback address and a socket folder of its own.
    const std::string options = "-p " + std::to_string(m_port) + " -k " + m_dir + " -c listen_addresses=127.0.0.1";
    auto r = runCommand(asClusterUser(
        {pgBin + "pg_ctl", "-D", m_dir + "/data", "-l", m_dir + "/log", "-o", options, "-w", "-t", "30", "start"}));
    return r.exitCode == 0;
}

std::string PgCluster::dump(const std::string &database, const std::string &schema) const
{
    std::vector<std::string> argv{pgBin + "pg_dump", "--no-owner", "-d", url(database)};
    if (!schema.empty()) {
        argv.push_back("--schema");
        argv.push_back(schema);
    }
    auto r = runCommand(argv);
    if (r.exitCode != 0)
        std::cerr << "pg_cluster: pg_dump failed: " << r.err << "\n";
    return r.out;
}

std::vector<std::pair<std::string, std::string>> PgCluster::allCells(const std::string &database) const
{
    std::vector<std::pair<std::string, std::string>> out;
    PGconn *c = PQconnectdb(url(database).c_str());
    if (PQstatus(c) != CONNECTION_OK) {
        PQfinish(c);
        return out;
    }
    PGresult *tables = PQexec(c, "SELECT schemaname || '.' || tablename FROM pg_tables "
                                 "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
    for (int t = 0; t < PQntuples(tables); ++t) {
        const std::string table = PQgetvalue(tables, t, 0);
        PGresult *rows = PQexec(c, ("SELECT * FROM " + table).c_str());
        for (int i = 0; i < PQntuples(rows); ++i)
            for (int j = 0; j < PQnfields(rows); ++j)
                if (!PQgetisnull(rows, i, j))
                    out.emplace_back(table, PQgetvalue(rows, i, j));
        PQclear(rows);
    }
    PQclear(tables);
    PQfinish(c);
    return out;
}

std::string PgCluster::log() const
{
    return readFile(m_dir + "/log");
}

bool testOnPostgres()
{
    // CTest's server.pg.* tests name the fixture's cluster; by hand, MEDVANDRER_TEST_ENGINE=postgresql starts one.
    const char *engine = std::getenv("MEDVANDRER_TEST_ENGINE");
    const char *dir = std::getenv("MEDVANDRER_TEST_PG_DIR");
    return (engine && std::string(engine) == "postgresql") || (dir && *dir);
}

std::string databaseNameFor(const std::string &dataDir)
{
    std::string name = "t_";
    for (char ch : std::filesystem::path(dataDir).filename().string())
        name += std::isalnum(static_cast<unsigned char>(ch)) ? static_cast<char>(std::tolower(ch)) : '_';
    return name;
}

std::vector<std::string> storageArgs(const std::string &dataDir)
{
    std::vector<std::string> args{"--data-dir", dataDir};
    if (!testOnPostgres())
        return args;
    static std::mutex mutex;
    static std::set<std::string> created;
    const std::string name = databaseNameFor(dataDir);
    PgCluster &cluster = PgCluster::shared();
    {
        std::lock_guard lock(mutex);
        if (created.insert(name).second && !cluster.createDatabase(name))
            std::cerr << "pg_cluster: cannot create database " << name << "\n";
    }
    args.push_back("--database");
    args.push_back(cluster.url(name));
    return args;
}

} // namespace medvandrer::testing
