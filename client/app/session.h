#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include "store/device_store.h"

namespace medvandrer {

class DeviceStore;

// The signed-in person and the sync status line, for QML. Reads the DeviceStore's snapshot; login and
// registration go to the store thread, answers come back as signals.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY sessionChanged)
    Q_PROPERTY(bool needsLogin READ needsLogin NOTIFY sessionChanged)
    Q_PROPERTY(QString username READ username NOTIFY sessionChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY sessionChanged)
    // "bruker", "erfaringskonsulent" or "koordinator"; empty when signed out. Decides which tabs exist.
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(QString accountId READ accountId NOTIFY sessionChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    Q_PROPERTY(State syncState READ syncState NOTIFY syncStateChanged)
    Q_PROPERTY(int pendingChanges READ pendingChanges NOTIFY pendingChangesChanged)
    Q_PROPERTY(QDateTime lastSynced READ lastSynced NOTIFY lastSyncedChanged)
    Q_PROPERTY(bool workOffline READ workOffline WRITE setWorkOffline NOTIFY workOfflineChanged)
    // No room left on this phone's disk, or on the server's: the sync status line says so in words.
    Q_PROPERTY(bool deviceStorageFull READ deviceStorageFull NOTIFY storageFullChanged)
    Q_PROPERTY(bool serverStorageFull READ serverStorageFull NOTIFY storageFullChanged)
    // Edits made while this phone was full, kept in memory and stored as soon as there is room.
    Q_PROPERTY(int heldChanges READ heldChanges NOTIFY heldChangesChanged)
    // A first sync of more than one page: records received so far, of about how many (both 0 otherwise).
    Q_PROPERTY(double syncReceived READ syncReceived NOTIFY syncProgressChanged)
    Q_PROPERTY(double syncExpected READ syncExpected NOTIFY syncProgressChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    // An invite the app was opened with (a scanned medvandrer://invite link), for the registration form.
    Q_PROPERTY(QString inviteCode READ inviteCode NOTIFY inviteChanged)
    Q_PROPERTY(QString inviteServer READ inviteServer NOTIFY inviteChanged)
    // The server the app was started with (--server): the login form starts with it filled in.
    Q_PROPERTY(QString suggestedServer READ suggestedServer CONSTANT)
public:
    enum State { Offline, Connecting, Syncing, UpToDate, NeedsLogin };
    Q_ENUM(State)

    // Not default-constructible, so QML uses create() (Qt 6.4 prefers a default constructor).
    explicit Session(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    static void setInstance(Session *instance);
    static Session *create(QQmlEngine *, QJSEngine *);

    bool isLoaded() const;
    bool isSignedIn() const;
    bool needsLogin() const;
    QString username() const;
    QString displayName() const;
    QString role() const;
    QString accountId() const;
    QString serverUrl() const;
    State syncState() const;
    int pendingChanges() const;
    QDateTime lastSynced() const;
    bool workOffline() const;
    bool deviceStorageFull() const { return m_store && m_store->deviceStorageFull(); }
    bool serverStorageFull() const { return m_store && m_store->serverStorageFull(); }
    int heldChanges() const { return m_store ? m_store->heldCount() : 0; }
    // As numbers QML knows (qint64 is not one it declares).
    double syncReceived() const { return m_store ? double(m_store->pullDone()) : 0; }
    double syncExpected() const { return m_store ? double(m_store->pullTotal()) : 0; }
    void setWorkOffline(bool offline);
    bool isBusy() const { return m_busy; }
    QString lastError() const { return m_lastError; }

    Q_INVOKABLE void login(const QString &server, const QString &username, const QString &password);
    Q_INVOKABLE void registerAccount(const QString &server, const QString &invite, const QString &username,
                                     const QString &password, const QString &displayName);
    // Removes this person's data from the device (after the person confirmed it).
    Q_INVOKABLE void logOutAndForget();
    Q_INVOKABLE void clearError();
    QString inviteCode() const { return m_inviteCode; }
    QString inviteServer() const { return m_inviteServer; }
    QString suggestedServer() const { return m_suggestedServer; }
    void setSuggestedServer(const QString &url) { m_suggestedServer = url; }
    // A scanned or pasted invite link (or a bare code): true, and inviteCode/inviteServer set, if it is one.
    Q_INVOKABLE bool useInviteLink(const QString &text);

Q_SIGNALS:
    void loadedChanged();
    void sessionChanged();
    void syncStateChanged();
    void pendingChangesChanged();
    void lastSyncedChanged();
    void workOfflineChanged();
    void storageFullChanged();
    void heldChangesChanged();
    void syncProgressChanged();
    // An edit just made could not be stored for want of room: it waits in memory (heldChanges).
    void changeHeld();
    void busyChanged();
    void lastErrorChanged();
    void inviteChanged();
    void changesRejected(int count);

private:
    void setBusy(bool busy);
    void setLastError(const QString &message);
    QString messageFor(const QString &code, const QString &serverMessage) const;

    QPointer<DeviceStore> m_store;
    bool m_busy = false;
    QString m_lastError;
    QString m_inviteCode;
    QString m_inviteServer;
    QString m_suggestedServer;
};

} // namespace medvandrer
