// Child process for tst_outbox_crash: writes numbered batches of local changes until it is killed,
// reporting each batch on stdout only after its transaction committed.
#include "store/record_store.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <unistd.h>

using namespace medvandrer;

namespace {
std::string idFor(char prefix, long batch, int index)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%c0000000-0000-4000-8000-%06ld%06d", prefix, batch, index);
    return buf;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: outbox_writer DB FIRST_BATCH BATCH_SIZE\n");
        return 2;
    }
    auto store = RecordStore::open(argv[1]);
    if (!store) {
        std::fprintf(stderr, "open failed: %s\n", store.error().message.c_str());
        return 3;
    }
    const long first = std::atol(argv[2]);
    const int size = std::atoi(argv[3]);
    HybridClock clock("writer");
    for (long batch = first;; ++batch) {
        std::vector<Change> changes;
        for (int i = 0; i < size; ++i) {
            Record r;
            r.id = idFor('b', batch, i);
            r.kind = "checkin";
            r.owner = "acc-1";
            r.originDevice = "writer";
            const Hlc at = clock.tick();
            r.fields["rating"] = {i % 11, at};
            r.fields["date"] = {"2026-11-23", at};
            r.fields["note"] = {std::string(200, 'n'), at};
            changes.push_back(Change{idFor('a', batch, i), std::move(r)});
        }
        if (auto result = (*store)->applyLocal(changes); !result) {
            std::fprintf(stderr, "batch %ld failed: %s\n", batch, result.error().message.c_str());
            return 4;
        }
        const std::string line = std::to_string(batch) + "\n";
        if (write(STDOUT_FILENO, line.data(), line.size()) < 0)
            return 5;
    }
}
