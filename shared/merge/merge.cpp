#include "merge/merge.h"

namespace medvandrer {

namespace {

// Total order on writes: stamp first, then the value's text, so ties resolve the same everywhere.
bool newerThan(const FieldValue &a, const FieldValue &b)
{
    if (a.stamp != b.stamp)
        return a.stamp > b.stamp;
    return a.value.dump() > b.value.dump();
}

} // namespace

bool merge(Record &into, const Record &patch)
{
    bool changed = false;
    if (into.id.empty()) {
        into.id = patch.id;
        changed = true;
    }
    if (into.kind.empty() && !patch.kind.empty()) {
        into.kind = patch.kind;
        changed = true;
    }
    if (into.owner.empty() && !patch.owner.empty()) {
        into.owner = patch.owner;
        changed = true;
    }
    // The creating device is the smallest origin seen, so the choice does not depend on arrival order.
    if (!patch.originDevice.empty() && (into.originDevice.empty() || patch.originDevice < into.originDevice)) {
        into.originDevice = patch.originDevice;
        changed = true;
    }

    if (patch.deleted && (!into.deleted || *patch.deleted > *into.deleted)) {
        into.deleted = patch.deleted;
        changed = true;
    }
    if (into.deleted) {
        if (!into.fields.empty()) {
            into.fields.clear();
            changed = true;
        }
        return changed;
    }

    for (const auto &[name, incoming] : patch.fields) {
        auto it = into.fields.find(name);
        if (it == into.fields.end()) {
            into.fields.emplace(name, incoming);
            changed = true;
        } else if (newerThan(incoming, it->second)) {
            it->second = incoming;
            changed = true;
        }
    }
    return changed;
}

bool wouldChange(const Record &current, const Record &patch)
{
    Record copy = current;
    return merge(copy, patch);
}

} // namespace medvandrer
