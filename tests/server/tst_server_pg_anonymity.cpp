// Anonymity on PostgreSQL: every row carries the id of the transaction that wrote it (xmin) and its place in the
// table file (ctid). Neither may tie a suggestion to its writer: suggestions are written in transactions that hold
// nothing else, the waiting inbox is rewritten in random order, and a batch is published in random order.
// Runs only as server.pg.*.
#include "support/server_harness.h"

#include <libpq-fe.h>

#include <algorithm>
#include <csignal>
#include <cstdlib>
#include <set>

namespace medvandrer::testing {
namespace {

using Rows = std::vector<std::vector<std::string>>;

class PgAnonymityTest : public ServerTest
{
protected:
    void SetUp() override
    {
        ::setenv("MEDVANDRER_SUGGESTION_BATCH", "5", 1);
        startServer({"--log-level", "debug"});
        m_db = PQconnectdb(PgCluster::shared().url(databaseNameFor(dataDir())).c_str());
        ASSERT_EQ(PQstatus(m_db), CONNECTION_OK) << PQerrorMessage(m_db);
    }
    void TearDown() override { PQfinish(m_db); }

    Rows sql(const std::string &statement)
    {
        Rows out;
        PGresult *r = PQexec(m_db, statement.c_str());
        EXPECT_TRUE(PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK)
            << statement << ": " << PQerrorMessage(m_db);
        for (int i = 0; i < PQntuples(r); ++i) {
            std::vector<std::string> row;
            for (int j = 0; j < PQnfields(r); ++j)
                row.push_back(PQgetisnull(r, i, j) ? "" : PQgetvalue(r, i, j));
            out.push_back(std::move(row));
        }
        PQclear(r);
        return out;
    }
    std::set<std::string> column(const std::string &statement)
    {
        std::set<std::string> out;
        for (auto &row : sql(statement))
            out.insert(row.at(0));
        return out;
    }

    PGconn *m_db = nullptr;
};

struct Writer
{
    Device device;
    std::string suggestionId;
    std::string text;
};

// Each writer pushes a goal, a suggestion and a step in one push, all writers at once, so the server's group commit
// gathers several writers' changes; then the transaction ids of every table are compared.
TEST_F(PgAnonymityTest, NoSuggestionSharesATransactionOrAnOrderWithARowNamingItsWriter)
{
    if (!testOnPostgres())
        GTEST_SKIP() << "PostgreSQL only";
    Device lise = koordinator();
    std::vector<Writer> writers;
    for (int i = 0; i < 15; ++i)
        writers.push_back(Writer{registerAs("bruker", "skriver" + std::to_string(i)), {}, {}});

    int inArrivalOrder = 0;
    for (int batch = 0; batch < 3; ++batch) {
        std::vector<std::string> arrival;
        // The first batch: four pushed together, then one more; the others one at a time, so their order of arrival
        // is known. The inbox waits with four; the fifth publishes the batch.
        const std::vector<std::vector<int>> waves = batch == 0 ? std::vector<std::vector<int>>{{0, 1, 2, 3}, {4}}
                                                               : std::vector<std::vector<int>>{{0}, {1}, {2}, {3}, {4}};
        for (const auto &wave : waves) {
            for (int k : wave) {
                Writer &w = writers[static_cast<size_t>(batch * 5 + k)];
                w.text = "forslag-" + std::to_string(batch) + "-" + std::to_string(k) + "-lengre-kafe";
                auto s = RecordBuilder("suggestion", w.device.accountId).set("category", "idea").set("text", w.text);
                w.suggestionId = s.id();
                auto g = goal(w.device.accountId);
                ASSERT_TRUE(w.device.ws->sendJson(
                    Json{{"type", "push"}, {"rid", "p"}, {"changes", {g.change(), s.change(), step(w.device.accountId, g.id()).change()}}}));
            }
            for (int k : wave) {
                Writer &w = writers[static_cast<size_t>(batch * 5 + k)];
                auto reply = w.device.ws->waitFor([](const Json &m) { return m.value("rid", "") == "p"; });
                ASSERT_TRUE(reply) << "no push reply";
                ASSERT_EQ((*reply)["results"].size(), 3u) << reply->dump();
                for (int c = 0; c < 3; ++c)
                    EXPECT_EQ((*reply)["results"][c]["status"], "applied") << reply->dump();
                arrival.push_back(w.suggestionId);
            }
            if (arrival.size() == 4) {
                // Waiting: every version of every inbox row in the table file carries one transaction id, the last.
                const Rows inbox = sql("SELECT xmin::text FROM box.inbox");
                ASSERT_EQ(inbox.size(), 4u);
                sql("CREATE EXTENSION IF NOT EXISTS pageinspect");
                const auto versions = column("SELECT t_xmin::text FROM generate_series(0, "
                                             "pg_relation_size('box.inbox') / current_setting('block_size')::int - 1) b, "
                                             "heap_page_items(get_raw_page('box.inbox', b::int)) WHERE t_xmin IS NOT NULL");
                EXPECT_EQ(versions, std::set<std::string>{inbox[0][0]}) << "an older inbox row version stayed";
            }
        }
        // Published: in one transaction of its own, in an order that is not the order of arrival.
        std::string ids;
        for (const auto &id : arrival)
            ids += (ids.empty() ? "" : ",") + id;
        const std::string inBatch = "id = ANY('{" + ids + "}'::text[])";
        const Rows published = sql("SELECT id, xmin::text FROM records WHERE kind = 'suggestion' AND " + inBatch +
                                   " ORDER BY ctid");
        ASSERT_EQ(published.size(), 5u);
        std::vector<std::string> byPlace;
        for (const auto &row : published) {
            byPlace.push_back(row[0]);
            EXPECT_EQ(row[1], published[0][1]) << "one transaction for the batch";
        }
        const Rows bySeq = sql("SELECT id FROM records WHERE " + inBatch + " ORDER BY seq");
        std::vector<std::string> seqOrder;
        for (const auto &row : bySeq)
            seqOrder.push_back(row[0]);
        EXPECT_EQ(seqOrder, byPlace) << "numbered in the order written";
        if (batch > 0)
            inArrivalOrder += byPlace == arrival ? 1 : 0;
        EXPECT_EQ(column("SELECT count(*) FROM box.inbox"), std::set<std::string>{"0"});
    }
    // Random order: both batches of five in the order they arrived is a 1 in 14,400 chance.
    EXPECT_LT(inArrivalOrder, 2) << "suggestions are published in the order they arrived";
    // The emptied inbox was vacuumed down to nothing: no old row version left in its file.
    EXPECT_EQ(column("SELECT pg_relation_size('box.inbox')"), std::set<std::string>{"0"});

    // No transaction wrote both a suggestion and anything that names an account.
    const auto suggestionTx = column("SELECT xmin::text FROM box.inbox UNION SELECT xmin::text FROM box.seen_changes "
                                     "UNION SELECT xmin::text FROM records WHERE kind = 'suggestion'");
    ASSERT_FALSE(suggestionTx.empty());
    std::set<std::string> linkedTx;
    for (const auto &table : column("SELECT schemaname || '.' || tablename FROM pg_tables WHERE schemaname = 'public' "
                                    "AND tablename NOT IN ('meta', 'schema_version')")) {
        const std::string where = table == "public.records" ? " WHERE kind != 'suggestion'" : "";
        for (const auto &x : column("SELECT xmin::text FROM " + table + where))
            linkedTx.insert(x);
    }
    ASSERT_FALSE(linkedTx.empty());
    for (const auto &x : suggestionTx)
        EXPECT_EQ(linkedTx.count(x), 0u) << "transaction " << x << " wrote a suggestion and a row naming an account";

    // The database server's own log (default settings) names no suggestion.
    server().stop(SIGTERM);
    const std::string log = PgCluster::shared().log() + server().log();
    for (const auto &w : writers) {
        EXPECT_EQ(log.find(w.suggestionId), std::string::npos);
        EXPECT_EQ(log.find(w.text), std::string::npos);
    }
}

} // namespace
} // namespace medvandrer::testing
