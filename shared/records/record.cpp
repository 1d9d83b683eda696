#include "records/record.h"

namespace medvandrer {

const Json *Record::value(const std::string &field) const
{
    auto it = fields.find(field);
    return it == fields.end() ? nullptr : &it->second.value;
}

std::string Record::stringValue(const std::string &field) const
{
    const Json *v = value(field);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

Hlc Record::latestStamp() const
{
    Hlc newest;
    for (const auto &[name, fv] : fields)
        newest = std::max(newest, fv.stamp);
    if (deleted)
        newest = std::max(newest, *deleted);
    return newest;
}

} // namespace medvandrer
