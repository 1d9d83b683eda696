#pragma once

#include "core/qt_records.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace medvandrer {

class DeviceStore;
struct RecordEvent;

// «Min plan for tunge dager» and «Om meg»: one record of each per person, written in their own words, edited as
// goals are (per-field last writer wins) and kept with their history: every save also writes a snapshot record
// holding the whole text as saved. Reads come from the DeviceStore's snapshot only, so the plan opens offline,
// signed out or from a lock screen, as long as the store is open.
class CareManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // Changes whenever a plan, «Om meg», snapshot or consent changes on the device, so bindings read again.
    Q_PROPERTY(int revision READ revision NOTIFY changed)
    // Only a known account can write (the records need an owner); reading never needs one.
    Q_PROPERTY(bool canEdit READ canEdit NOTIFY changed)
    Q_PROPERTY(QVariantList emergencyNumbers READ emergencyNumberList NOTIFY changed)
    Q_PROPERTY(QString emergencyNumbersCheckedOn READ checkedOn CONSTANT)
public:
    // No default argument: Qt 6.4 constructs a default-constructible QML_SINGLETON itself and ignores create().
    explicit CareManager(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    static void setInstance(CareManager *instance);
    static CareManager *create(QQmlEngine *engine, QJSEngine *js);

    int revision() const { return m_revision; }
    bool canEdit() const;
    QVariantList emergencyNumberList() const;
    QString checkedOn() const;

    // The plan of ownerId (empty: mine) as {id, exists, signs, selfHelp, …, contacts: [{name, phone}], …}.
    Q_INVOKABLE QVariantMap plan(const QString &ownerId = {}) const;
    Q_INVOKABLE QVariantMap aboutMe(const QString &ownerId = {}) const;
    // Whether this device holds ownerId's plan or «Om meg» (kind "plan"/"about"): a helper's, when it is shared.
    Q_INVOKABLE bool has(const QString &kind, const QString &ownerId) const;
    // Saves what differs from the stored text (and a snapshot of the whole); true when saved or nothing changed.
    Q_INVOKABLE bool savePlan(const QVariantMap &fields);
    Q_INVOKABLE bool saveAboutMe(const QVariantMap &fields);
    // Earlier versions, newest first: {id, savedAt, when, fields: {…}, changed: [field names]}. kind: "plan"/"about".
    Q_INVOKABLE QVariantList history(const QString &kind) const;
    // "tel:+4799999999" for a number as typed; empty when it holds no digits.
    Q_INVOKABLE QString telUrl(const QString &phone) const;

    // The record id of ownerId's plan or «Om meg» on this device (empty if none); kind: "plan"/"about".
    QString recordId(std::string_view kind, const QString &ownerId = {}) const;
    // The same plan as JSON (the fields above), for a copy the lock screen may keep; empty when there is none.
    QByteArray planJson() const;

Q_SIGNALS:
    void changed();
    // A save was refused (too long, not signed in, a disk problem); the message is for the person.
    void errorOccurred(const QString &message);

private:
    void onRecordsUpdated(const std::vector<RecordEvent> &events);
    // While the person has the plan on the lock screen: hands the store thread the plan whenever it changes.
    void keepLockCopy();
    const Record *current(std::string_view kind, const QString &ownerId) const;
    QVariantMap read(std::string_view kind, const QString &ownerId) const;
    bool save(std::string_view kind, const QVariantMap &fields);
    QString me() const;

    QPointer<DeviceStore> m_store;
    int m_revision = 0;
    // Saves not yet back from the store thread, per kind: a second save goes to the same record and compares
    // against (and snapshots on top of) what the first one wrote.
    struct Pending
    {
        QString id;
        Json body;
        QSet<quint64> tickets;
    };
    std::map<std::string, Pending, std::less<>> m_pending;
    // What the lock screen's copy was last given; nullopt: not yet in this run (or the setting was just turned on).
    std::optional<QByteArray> m_lockCopy;
    QTimer m_lockCopyRetry;
};

} // namespace medvandrer
