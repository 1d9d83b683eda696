#pragma once

#include "records/record.h"

#include <functional>
#include <string>
#include <vector>

namespace medvandrer::bench {

// The floor a sync can reach on this machine, measured in the same run as the app's path (issue #16): the same
// records encoded for the wire and decoded again with the project's own codec, and one durable SQLite
// transaction (synchronous=FULL, WAL) at each hop; no network, no merge, no scheduling. A result's ratio to it
// says how far the app's path is from what the hardware allows, whatever else the machine is doing.
struct StraightLine
{
    double totalMs = 0;
    double deviceAMs = 0; // A: encode the pushes; after the results: one transaction removing the outbox rows
    double serverMs = 0;  // decode the pushes, one transaction storing the records, encode the changes frames
    double deviceBMs = 0; // decode the frames, one transaction storing the records
};

// A → server → B for these changes (A's outbox), in pushes of 500 and frames of the same. `dir` holds the three
// SQLite files (made and filled beforehand, not timed).
StraightLine straightLineRoundTrip(const std::vector<Change> &changes, const std::string &dir);

// Initial sync: the server's rows (stored bodies, filled beforehand) read and spliced into pages of 2,000 as the
// server does, the device decodes every page and stores all records in one transaction.
StraightLine straightLineInitialSync(const std::vector<Record> &records, const std::string &dir);

// The fastest of `runs` runs of `line`, each in a folder of its own under `dir`.
StraightLine bestOf(int runs, const std::function<StraightLine(const std::string &)> &line, const std::string &dir);

} // namespace medvandrer::bench
