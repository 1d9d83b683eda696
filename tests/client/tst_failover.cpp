// Issue 13: the app given several server addresses (two real server processes on one real PostgreSQL) carries on
// through the other when the one it uses is SIGKILLed, and nothing it wrote is lost.
#include "device_fixture.h"

#include "support/pg_cluster.h"
#include "support/server_process.h"
#include "sync/server_addresses.h"

#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace medvandrer;
namespace mt = medvandrer::testing;

namespace {
std::string serverBinary()
{
    return MEDVANDRER_SERVER_BINARY;
}
} // namespace

class TestFailover : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_database;
    std::string m_url;
    std::unique_ptr<mt::TempDir> m_dataDirs[2];
    std::unique_ptr<mt::ServerProcess> m_servers[2];

    QString url(int i) const { return QStringLiteral("ws://127.0.0.1:%1/sync").arg(m_servers[i]->port()); }
    QString phoneDir(const char *name) const
    {
        return m_dir.path() + QLatin1Char('/') + QLatin1String(QTest::currentTestFunction()) + QLatin1Char('-') +
               QLatin1String(name);
    }
    bool startInstance(int i)
    {
        m_dataDirs[i] = std::make_unique<mt::TempDir>();
        m_servers[i] = std::make_unique<mt::ServerProcess>(serverBinary(), m_dataDirs[i]->path(),
                                                           std::vector<std::string>{"--database", m_url});
        return m_servers[i]->start();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The PostgreSQL the server.pg.* tests share (CTest's fixture), else one of this process's own.
        m_database = "failover_" + std::to_string(::getpid());
        QVERIFY(mt::PgCluster::shared().createDatabase(m_database));
        m_url = mt::PgCluster::shared().url(m_database);
        auto seeded = mt::runCommand({serverBinary(), "demo", "--json", "--database", m_url});
        QVERIFY2(seeded.exitCode == 0, seeded.err.c_str());
        for (int i = 0; i < 2; ++i)
            QVERIFY2(startInstance(i), m_servers[i]->log().c_str());
    }
    void cleanupTestCase()
    {
        for (auto &s : m_servers)
            s.reset();
        if (!m_database.empty())
            mt::PgCluster::shared().dropDatabase(m_database);
    }

    void addressesAreParsedAndRotate()
    {
        const auto list = ServerAddresses::parse(QStringLiteral(" 127.0.0.1:1, http://127.0.0.1:2  ws://h:3/x,127.0.0.1:1"));
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toString(), QStringLiteral("ws://127.0.0.1:1/sync"));
        QCOMPARE(list.at(1).toString(), QStringLiteral("ws://127.0.0.1:2/sync"));
        QCOMPARE(list.at(2).toString(), QStringLiteral("ws://h:3/x"));
        QCOMPARE(list.at(3), list.at(0));
        QCOMPARE(ServerAddresses::parse(list.toString()).toString(), list.toString());
        QVERIFY(ServerAddresses::parse(QStringLiteral("127.0.0.1:1, ftp://x")).isEmpty());
        QVERIFY(ServerAddresses::parse(QStringLiteral(" , ")).isEmpty());
    }

    void aKilledInstanceIsLeftForTheOtherAndNothingIsLost()
    {
        Phone phone(phoneDir("a"));
        QVERIFY(phone.waitLoaded());
        // The first address is dead from the start: the login itself goes on to the next.
        const QString both = QStringLiteral("ws://127.0.0.1:1/sync,") + url(0) + QLatin1Char(',') + url(1);
        QVERIFY(phone.loginAs(both, QStringLiteral("kari")));
        QCOMPARE(phone.store->session().serverUrl, ServerAddresses::parse(both).toString());
        QStringList written;
        written << phone.goals->createGoal(QStringLiteral("Før"), {}, {});
        QVERIFY(phone.waitSynced());

        // Whichever instance the phone is on dies in the middle of a burst of edits.
        for (int i = 0; i < 5; ++i)
            written << phone.goals->createGoal(QStringLiteral("Under %1").arg(i), {}, {});
        QVERIFY(m_servers[0]->stop(SIGKILL).has_value());
        for (int i = 0; i < 5; ++i)
            written << phone.goals->createGoal(QStringLiteral("Etter %1").arg(i), {}, {});
        // The edits after the kill wait in the outbox until the phone is through to the other instance (backoff
        // starts at half a second to a second).
        QVERIFY(QTest::qWaitFor([&] { return phone.store->pendingCount() > 0; }, 10000));
        QVERIFY2(phone.waitSynced(30000), "the phone did not carry on through the other instance");

        // Another phone on the live instance alone sees all of it, once.
        Phone other(phoneDir("b"));
        QVERIFY(other.waitLoaded());
        QVERIFY(other.loginAs(url(1), QStringLiteral("kari")));
        for (const QString &id : written)
            QVERIFY2(other.goals->goal(id).has_value(), qPrintable(id));

        // And the phone follows live changes through the instance it is on now.
        const QString fromOther = other.goals->createGoal(QStringLiteral("Fra den andre"), {}, {});
        QVERIFY(other.waitSynced());
        QVERIFY(QTest::qWaitFor([&] { return phone.goals->goal(fromOther).has_value(); }, 10000));
    }
};

QTEST_MAIN(TestFailover)
#include "tst_failover.moc"
