// The one sequence of the SQLite engine (storage/sqlite/sqlite_records.cpp): counted in memory inside a
// transaction, yet always the same value in meta for whoever reads it, for admin commands beside the server, and
// after a commit or a rollback.
#include "storage/sqlite/sqlite_server_storage.h"

#include "../shared/temp_dir.h"

#include <gtest/gtest.h>

using namespace medvandrer;
using namespace medvandrer::server;

namespace {

std::unique_ptr<SqliteServerStorage> openIn(const test::TempDir &dir)
{
    auto storage = SqliteServerStorage::open(dir.path().string());
    EXPECT_TRUE(storage) << (storage ? "" : storage.error().message);
    return storage ? std::move(*storage) : nullptr;
}

int64_t next(ServerStorage &s)
{
    auto seq = s.nextSeq();
    EXPECT_TRUE(seq);
    return seq ? *seq : -1;
}

std::string head(ServerStorage &s)
{
    auto v = s.meta("seq");
    EXPECT_TRUE(v && *v);
    return v && *v ? **v : std::string("?");
}

} // namespace

TEST(SqliteSequence, CountedInATransactionWrittenBackBeforeAnyoneReads)
{
    test::TempDir dir;
    auto server = openIn(dir);
    ASSERT_TRUE(server);
    EXPECT_EQ(next(*server), 1); // outside a transaction: straight to meta
    EXPECT_EQ(head(*server), "1");

    ASSERT_TRUE(server->begin());
    EXPECT_EQ(next(*server), 2);
    EXPECT_EQ(next(*server), 3);
    EXPECT_EQ(next(*server), 4);
    EXPECT_EQ(head(*server), "4"); // read inside the transaction: written back first
    EXPECT_EQ(next(*server), 5);
    ASSERT_TRUE(server->commit());
    EXPECT_EQ(head(*server), "5");

    ASSERT_TRUE(server->begin());
    EXPECT_EQ(next(*server), 6);
    EXPECT_EQ(next(*server), 7);
    server->rollback(); // the numbers go back with the rows that used them
    EXPECT_EQ(head(*server), "5");
    EXPECT_EQ(next(*server), 6);

    ASSERT_TRUE(server->begin());
    EXPECT_EQ(next(*server), 7);
    ASSERT_TRUE(server->setMeta("seq", "100")); // set from outside the count
    EXPECT_EQ(next(*server), 101);
    ASSERT_TRUE(server->commit());
    EXPECT_EQ(head(*server), "101");
}

TEST(SqliteSequence, SharedWithAnAdminCommandOnTheSameFiles)
{
    test::TempDir dir;
    auto server = openIn(dir);
    ASSERT_TRUE(server);
    ASSERT_TRUE(server->begin());
    EXPECT_EQ(next(*server), 1);
    EXPECT_EQ(next(*server), 2);
    ASSERT_TRUE(server->commit());

    auto admin = openIn(dir); // another connection, as `medvandrer-server` admin commands open the data directory
    ASSERT_TRUE(admin);
    EXPECT_EQ(head(*admin), "2");
    ASSERT_TRUE(admin->begin());
    EXPECT_EQ(next(*admin), 3);
    EXPECT_EQ(next(*admin), 4);
    ASSERT_TRUE(admin->commit());

    // The server's next transaction reads the sequence afresh, never hands out 3 again.
    ASSERT_TRUE(server->begin());
    EXPECT_EQ(next(*server), 5);
    EXPECT_EQ(next(*server), 6);
    ASSERT_TRUE(server->commit());
    EXPECT_EQ(head(*admin), "6");
}
