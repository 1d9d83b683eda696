#pragma once

#include "records/record.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariant>

#include <map>
#include <string>
#include <memory>
#include <vector>

namespace medvandrer {

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline std::string ss(const QString &s)
{
    return s.toStdString();
}

// A record's text field as a QString (empty when missing or not text).
inline QString fieldText(const Record &r, const char *field)
{
    return qs(r.stringValue(field));
}

QVariant toVariant(const Json &value);
Json fromVariant(const QVariant &value);

// A local edit as the GUI asks for it; the store thread stamps it with the clock and turns it into a Change.
struct LocalEdit
{
    std::string id;
    std::string kind;
    std::map<std::string, Json> values; // only the edited fields
    bool remove = false;
};

// What the device knows about the signed-in person (kept in the store's settings).
struct SessionInfo
{
    QString accountId;
    QString deviceId;
    QString username;
    QString displayName;
    QString role;
    QString serverUrl;
    bool hasToken = false;

    bool isSignedIn() const { return !accountId.isEmpty(); }
    bool operator==(const SessionInfo &) const = default;
};

// Records handed from the store thread to the GUI thread without a copy: made there, then only the one receiver
// (DeviceStore) touches them, and moves them into its snapshot.
using RecordBatch = std::shared_ptr<std::vector<Record>>;

// Connection state of the sync client, as the status line shows it.
enum class SyncState { Offline, Connecting, Syncing, UpToDate, NeedsLogin };

// Now, as RFC 3339 UTC with milliseconds (the schema's DateTime).
std::string nowDateTime();
// Today's local date as YYYY-MM-DD (the schema's Date).
std::string todayDate();

} // namespace medvandrer

Q_DECLARE_METATYPE(medvandrer::Record)
Q_DECLARE_METATYPE(std::vector<medvandrer::Record>)
Q_DECLARE_METATYPE(medvandrer::RecordBatch)
Q_DECLARE_METATYPE(std::vector<medvandrer::LocalEdit>)
Q_DECLARE_METATYPE(medvandrer::SessionInfo)
Q_DECLARE_METATYPE(medvandrer::SyncState)
