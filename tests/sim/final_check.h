#pragma once

#include "simulation.h"

#include "records/record.h"

#include <map>
#include <set>
#include <string>
#include <vector>

// The end-of-run comparison: each device against the server's state of its account's scope (docs/protocol.md
// §7, computed here from the server's final records), every accepted local write on the server exactly once,
// no session overbooked. Reads the SQLite files directly, after every process let go of them.
class FinalCheck
{
public:
    struct DeviceFile
    {
        int index = 0;
        int account = 0;
        std::string path;
        std::set<std::string> ownSuggestions; // the writer's own copies: never sent back, so not compared
    };

    FinalCheck(const std::vector<Simulation::Account> &accounts,
               const std::map<std::string, Simulation::Expected> &expected,
               const std::multiset<std::string> &suggestionTexts);

    // serverDb: the path of server.db, or the server's postgresql:// URL.
    bool run(const std::string &serverDb, const std::vector<DeviceFile> &devices);
    std::string firstProblem() const { return m_problems.empty() ? std::string() : m_problems.front(); }
    const std::vector<std::string> &problems() const { return m_problems; }
    std::string stats() const;

    // Bookings holding an offer that has not run out yet (-1 if the database cannot be read).
    static int openOffers(const std::string &serverDb);

private:
    struct ServerRecord
    {
        medvandrer::Record record;
        std::string scope;
        bool shared = false;
    };

    bool loadServer(const std::string &path);
    std::set<std::string> scopeOf(const Simulation::Account &account) const;
    // Goals whose check-in notes this helper may hold (an active consent with includeNotes).
    std::set<std::string> goalsSharedWithNotes(const Simulation::Account &account) const;
    void checkExpected();
    void checkSuggestions();
    void checkSeats();
    void checkSchedule();
    void checkDevice(const DeviceFile &device);
    void problem(std::string text);

    const std::vector<Simulation::Account> &m_accounts;
    const std::map<std::string, Simulation::Expected> &m_expected;
    const std::multiset<std::string> &m_suggestionTexts;
    std::map<std::string, ServerRecord> m_server;
    std::vector<std::string> m_problems;
    int m_sessionsChecked = 0;
    int m_bookings = 0;
    int m_movedBookings = 0;
    int m_removedBookings = 0;
    int m_devicesChecked = 0;
    int m_deviceRecords = 0;
};
