#include "simulation.h"

#include <QTest>

// The sync simulation as a test: MEDVANDRER_SEED=N reproduces a run's decisions; MEDVANDRER_SIM_* size it
// (bench/sim/run-long.sh runs a large one).
class TestSim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void devicesAndServerConverge()
    {
        if (SimServer::binary().isEmpty())
            QSKIP("medvandrer-server not built; set MEDVANDRER_SERVER_BIN");
        const SimConfig config = SimConfig::fromEnvironment();
        qInfo("sync simulation seed %llu (reproduce with MEDVANDRER_SEED=%llu)", config.seed, config.seed);
        Simulation sim(config);
        const bool ok = sim.run();
        if (!sim.summary().isEmpty())
            qInfo("%s", qPrintable(sim.summary()));
        QVERIFY2(ok, qPrintable(QStringLiteral("seed %1 (MEDVANDRER_SEED=%1 reproduces it): %2")
                                    .arg(config.seed)
                                    .arg(sim.failure())));
    }
};

QTEST_GUILESS_MAIN(TestSim)
#include "tst_sim.moc"
