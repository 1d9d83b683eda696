// Builds three versions of one record from the input and checks the merge laws on them:
// commutative, associative, idempotent, and tombstones hold no content.
#include "merge/merge.h"

#include <cstddef>
#include <cstdint>
#include <string>

using namespace medvandrer;

namespace {

struct Reader
{
    const uint8_t *data;
    size_t size;
    size_t pos = 0;
    uint8_t next() { return pos < size ? data[pos++] : 0; }
};

Record readRecord(Reader &in)
{
    Record r;
    r.id = "00000000-0000-4000-8000-000000000001";
    r.kind = "goal";
    r.owner = "acc";
    r.originDevice = "dev-" + std::to_string(in.next() % 3);
    const int fields = in.next() % 5;
    static const char *names[] = {"title", "why", "status", "lifeArea"};
    for (int i = 0; i < fields; ++i) {
        const std::string name = names[in.next() % 4];
        Hlc stamp{static_cast<int64_t>(in.next() % 4), static_cast<uint32_t>(in.next() % 3),
                  "n" + std::to_string(in.next() % 2)};
        Json value;
        switch (in.next() % 4) {
        case 0: value = nullptr; break;
        case 1: value = in.next() % 2 == 0; break;
        case 2: value = static_cast<int>(in.next() % 3); break;
        default: value = std::string(1, static_cast<char>('a' + in.next() % 3)); break;
        }
        r.fields[name] = {value, stamp};
    }
    if (in.next() % 4 == 0)
        r.deleted = Hlc{static_cast<int64_t>(in.next() % 4), 0, "n" + std::to_string(in.next() % 2)};
    return r;
}

Record join(const Record &a, const Record &b)
{
    Record out;
    merge(out, a);
    merge(out, b);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reader in{data, size};
    const Record a = readRecord(in);
    const Record b = readRecord(in);
    const Record c = readRecord(in);
    if (!(join(a, b) == join(b, a)))
        __builtin_trap();
    if (!(join(join(a, b), c) == join(a, join(b, c))))
        __builtin_trap();
    Record twice = join(a, b);
    if (merge(twice, a) || merge(twice, b))
        __builtin_trap();
    if (twice.isDeleted() && !twice.fields.empty())
        __builtin_trap();
    return 0;
}
