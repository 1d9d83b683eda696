#pragma once

#include "fault_proxy.h"
#include "sim_config.h"
#include "pg_cluster.h"
#include "sim_server.h"

#include "core/qt_records.h"
#include "store/device_store.h"

#include <QRandomGenerator>
#include <QStringList>
#include <QTemporaryDir>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

// The sync simulation (issue #7): accounts of every role, devices that are real DeviceStores (store thread,
// SQLite file, SyncClient) behind fault-injecting proxies, random edits of every kind, offline periods, device
// restarts and server SIGKILLs; then everything is brought online and compared (final_check.h).
class Simulation
{
public:
    explicit Simulation(SimConfig config);
    ~Simulation();

    // Runs the whole simulation; false with failure() on the first problem found.
    bool run();
    QString failure() const { return m_failure; }
    QString summary() const { return m_summary; }

    struct Account
    {
        QString username;
        QString role;
        std::string id;
    };
    // What the driver wrote to one record: the merged state of every accepted local edit.
    struct Expected
    {
        medvandrer::Record state;
        bool deleted = false;   // some device deleted it
        bool mayReject = false; // the server may refuse it for good (bookings, helpers' comments, attended)
        bool hasContent = false;
        // Fields of a record that stays whose changes the server may refuse (a capacity below the seats held):
        // the server must then hold one of the values, with its stamp, that some device wrote.
        std::set<std::string> refusable;
        std::map<std::string, std::vector<medvandrer::FieldValue>> written; // activities: every value written
    };

private:
    struct Device
    {
        int index = 0;
        int account = 0;
        QString dir;
        qint64 skewMs = 0;
        std::unique_ptr<FaultProxy> proxy;
        std::unique_ptr<medvandrer::DeviceStore> store;
        struct Pending
        {
            std::vector<medvandrer::LocalEdit> edits;
            bool mayReject = false;
        };
        std::map<quint64, Pending> tickets;
        int offlineRounds = 0; // > 0: offline for this many more rounds
        int rejected = 0;
        int edits = 0;
    };
    struct Op
    {
        std::vector<medvandrer::LocalEdit> edits;
        bool mayReject = false;
    };

    bool setUp();
    void openStore(Device &d, bool online);
    void restartDevice(Device &d);
    bool signIn();
    void killServer();
    // Multi-instance mode: one instance, at random, SIGKILLed and started again while the others serve.
    void killInstance();
    std::vector<quint16> livePorts() const;
    void pointProxiesAtLiveInstances();
    void restartDatabase();
    void randomEdit();
    void networkEvents();
    bool quiesce();
    bool waitAllSynced(int ms);
    void onApplied(Device &d, quint64 ticket);
    void fail(const QString &message);

    std::optional<Op> editFor(Device &d);
    std::optional<Op> brukerEdit(Device &d);
    std::optional<Op> helperEdit(Device &d);
    std::optional<Op> koordinatorEdit(Device &d);
    std::optional<Op> bookingEdit(Device &d);
    std::optional<Op> careEdit(Device &d);
    std::optional<Op> suggestionEdit(Device &d);
    std::vector<const medvandrer::Record *> live(Device &d, std::string_view kind, bool ownOnly = false);
    std::string text(Device &d, const char *what);
    template <typename T>
    const T &pick(const std::vector<T> &v)
    {
        return v[m_rng.bounded(quint32(v.size()))];
    }

    SimConfig m_config;
    QRandomGenerator m_rng;
    QTemporaryDir m_tmp;
    std::unique_ptr<medvandrer::testing::PgCluster> m_database; // only with MEDVANDRER_SIM_ENGINE=postgresql
    int m_databaseRestarts = 0;
    std::unique_ptr<SimServer> m_server;
    // Multi-instance mode: the other server processes on the same database (m_server is the first).
    std::vector<std::unique_ptr<SimServer>> m_otherInstances;
    int m_instanceKills = 0;
    std::vector<Account> m_accounts;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::map<std::string, Expected> m_expected;
    std::multiset<std::string> m_suggestionTexts;
    std::map<int, std::set<std::string>> m_ownSuggestions; // by device: suggestion copies kept on the writer
    int m_counter = 0;
    int m_kills = 0;
    int m_restarts = 0;
    int m_offlinePeriods = 0;
    QString m_failure;
    QString m_summary;
    static constexpr auto password = "sim-passord-123";
};
