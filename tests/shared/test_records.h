#pragma once

#include "core/hlc.h"
#include "core/uuid.h"
#include "records/record.h"

#include <string>

// Small builders shared by the core's tests.
namespace medvandrer::test {

inline Hlc stamp(int64_t wall, uint32_t counter = 0, std::string node = "dev-a")
{
    return Hlc{wall, counter, std::move(node)};
}

inline Record goal(const std::string &id, const std::string &owner, const std::string &title, const Hlc &at)
{
    Record r;
    r.id = id;
    r.kind = "goal";
    r.owner = owner;
    r.originDevice = at.node;
    r.fields["title"] = {title, at};
    return r;
}

inline Change changeOf(Record patch)
{
    return Change{newUuid(), std::move(patch)};
}

} // namespace medvandrer::test
