#pragma once

#include <QtGlobal>

// The size and fault rates of one simulation run; the CI run uses the defaults, bench/sim/ sets them by
// environment variables (MEDVANDRER_SIM_*), and MEDVANDRER_SEED picks the seed.
struct SimConfig
{
    quint64 seed = 0;
    int brukere = 5;
    int helpers = 2;          // erfaringskonsulenter
    int secondDevices = 3;    // accounts (brukere first, then helpers) that also sign in on a second device
    int rounds = 60;
    int editsPerRound = 6;
    int serverKills = 2;
    // Server processes on one PostgreSQL database (MEDVANDRER_SIM_INSTANCES, with MEDVANDRER_SIM_ENGINE=postgresql):
    // each device connection goes to a random one, and a kill round SIGKILLs one of them (issue #13).
    int instances = 1;
    int roundMs = 120;        // events run this long between rounds
    double cutChance = 0.2;   // per connection
    double replayChance = 0.15; // per push frame
    double offlineChance = 0.04; // per device and round
    double restartChance = 0.01; // per device and round

    static SimConfig fromEnvironment();
};
