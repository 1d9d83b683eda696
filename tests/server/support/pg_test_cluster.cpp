// The CTest fixture's PostgreSQL: `start DIR` before the PostgreSQL-run tests, `stop DIR` after them, so the whole
// suite shares one cluster (each test still gets a database of its own). `run DIR NAME PROGRAM ARGS…` runs a program
// (an independent client that starts the server itself) with MEDVANDRER_DATABASE_URL set to a fresh database NAME.
#include "pg_cluster.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

namespace {

int runWithDatabase(const std::string &dir, const std::string &name, char **argv)
{
    auto cluster = medvandrer::testing::PgCluster::attach(dir);
    if (!cluster) {
        std::cerr << "pg_test_cluster: no cluster in " << dir << "\n";
        return 1;
    }
    cluster->dropDatabase(name); // left by an interrupted run
    if (!cluster->createDatabase(name))
        return 1;
    const pid_t pid = fork();
    if (pid == 0) {
        ::setenv("MEDVANDRER_DATABASE_URL", cluster->url(name).c_str(), 1);
        execvp(argv[0], argv);
        std::perror("pg_test_cluster: exec");
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    cluster->dropDatabase(name);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

} // namespace

int main(int argc, char **argv)
{
    using medvandrer::testing::PgCluster;
    if (argc >= 5 && std::strcmp(argv[1], "run") == 0)
        return runWithDatabase(argv[2], argv[3], argv + 4);
    if (argc != 3 || (std::strcmp(argv[1], "start") != 0 && std::strcmp(argv[1], "stop") != 0)) {
        std::cerr << "usage: pg_test_cluster start|stop DIR, or run DIR DATABASE PROGRAM ARGS…\n";
        return 2;
    }
    const std::string dir = argv[2];
    if (std::strcmp(argv[1], "start") == 0) {
        if (auto old = PgCluster::attach(dir))
            old->stopAndRemove(); // a run that was interrupted
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
        auto cluster = PgCluster::start(dir);
        if (!cluster)
            return 1;
        std::cout << "PostgreSQL on 127.0.0.1:" << cluster->port() << " in " << dir << "\n";
        cluster.release(); // keeps running for the tests; `stop` removes it
        return 0;
    }
    auto cluster = PgCluster::attach(dir);
    if (!cluster)
        return 0;
    cluster->stopAndRemove();
    return 0;
}
