#include "goals/goal_types.h"

#include "core/qt_records.h"

namespace medvandrer {

namespace {
bool boolValue(const Record &r, const std::string &field)
{
    const Json *v = r.value(field);
    return v && v->is_boolean() && v->get<bool>();
}

double numberValue(const Record &r, const std::string &field)
{
    const Json *v = r.value(field);
    return v && v->is_number() ? v->get<double>() : 0.0;
}
} // namespace

Goal Goal::fromRecord(const Record &r)
{
    Goal g;
    g.id = qs(r.id);
    g.title = qs(r.stringValue("title"));
    g.why = qs(r.stringValue("why"));
    g.lifeArea = qs(r.stringValue("lifeArea"));
    g.status = qs(r.stringValue("status"));
    if (g.status.isEmpty())
        g.status = QStringLiteral("active");
    g.createdAt = qs(r.stringValue("createdAt"));
    g.targetDate = qs(r.stringValue("targetDate"));
    return g;
}

Step Step::fromRecord(const Record &r)
{
    Step s;
    s.id = qs(r.id);
    s.goalId = qs(r.stringValue("goalId"));
    s.title = qs(r.stringValue("title"));
    s.done = boolValue(r, "done");
    s.order = numberValue(r, "order");
    return s;
}

CheckIn CheckIn::fromRecord(const Record &r)
{
    CheckIn c;
    c.id = qs(r.id);
    c.goalId = qs(r.stringValue("goalId"));
    c.rating = static_cast<int>(numberValue(r, "rating"));
    c.note = qs(r.stringValue("note"));
    c.date = qs(r.stringValue("date"));
    c.createdAt = qs(r.stringValue("createdAt"));
    c.stamp = r.latestStamp().toString();
    return c;
}

Reflection Reflection::fromRecord(const Record &r)
{
    Reflection x;
    x.id = qs(r.id);
    x.goalId = qs(r.stringValue("goalId"));
    x.text = qs(r.stringValue("text"));
    x.date = qs(r.stringValue("date"));
    x.shareWithHelpers = boolValue(r, "shareWithHelpers");
    x.stamp = r.latestStamp().toString();
    return x;
}

} // namespace medvandrer
