#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <string>

namespace medvandrer {

class DeviceStore;

// The readable half of «Export my data»: one HTML page of everything the person owns, ordered as they see it in
// the app (steps in their order, check-ins and bookings by time) and with every time in Norwegian local time.
class ExportPage
{
public:
    using RowsOfGoal = std::function<QList<QVariantMap>(const QString &goalId)>;

    // comments and shares give the rows the app shows for one goal (WalkingManager's lists).
    static QString build(const DeviceStore &store, const std::string &me, const RowsOfGoal &comments,
                         const RowsOfGoal &shares);
    // "2. desember 2026 kl. 13:30" style text of an RFC 3339 instant, in Europe/Oslo; the input if unreadable.
    static QString osloDateTime(const QString &rfc3339);
};

} // namespace medvandrer
