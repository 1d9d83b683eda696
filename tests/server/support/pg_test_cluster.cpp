// The CTest fixture's PostgreSQL: `start DIR` before the PostgreSQL-run tests, `stop DIR` after them, so the whole
// suite shares one cluster (each test still gets a database of its own).
#include "pg_cluster.h"

#include <cstring>
#include <filesystem>
#include <iostream>

int main(int argc, char **argv)
{
    using medvandrer::testing::PgCluster;
    if (argc != 3 || (std::strcmp(argv[1], "start") != 0 && std::strcmp(argv[1], "stop") != 0)) {
        std::cerr << "usage: pg_test_cluster start|stop DIR\n";
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
