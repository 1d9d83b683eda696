#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

namespace medvandrer {

class DeviceStore;

// The koordinator's invites (docs/protocol.md §4.8): create one for a role, show its code as text and as a QR
// code, list the open ones and withdraw one. Requests go through the DeviceStore's sync client; they need the
// server, so offline the manager says so instead of pretending.
class InviteManager : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString code READ code NOTIFY inviteCreated)
    Q_PROPERTY(QString codeRole READ codeRole NOTIFY inviteCreated)
    Q_PROPERTY(QDateTime codeExpires READ codeExpires NOTIFY inviteCreated)
    Q_PROPERTY(QVariantList invites READ invites NOTIFY invitesChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY invitesChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
public:
    explicit InviteManager(QObject *parent);

    void setDeviceStore(DeviceStore *store);
    static void setInstance(InviteManager *instance);
    static InviteManager *create(QQmlEngine *engine, QJSEngine *);

    QString code() const { return m_code; }
    QString codeRole() const { return m_codeRole; }
    QDateTime codeExpires() const { return m_codeExpires; }
    QVariantList invites() const { return m_invites; }
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy; }
    QString message() const { return m_message; }

    // role: bruker | erfaringskonsulent | koordinator; validHours 1–720.
    Q_INVOKABLE void createInvite(const QString &role, int validHours = 72);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void withdraw(const QString &inviteId);
    // The code once shown is forgotten (it works until used or withdrawn; only its hash is on the server).
    Q_INVOKABLE void clearCode();
    Q_INVOKABLE QString roleName(const QString &role) const;
    // What the QR code holds: a medvandrer://invite link with the code and this team's server.
    Q_INVOKABLE QString linkFor(const QString &code) const;
    // "Works once, until 3. desember 14:00", in the app's language.
    Q_INVOKABLE QString expiresText(const QDateTime &expires) const;

Q_SIGNALS:
    void inviteCreated();
    void invitesChanged();
    void busyChanged();
    void messageChanged();
    void withdrawn(const QString &inviteId);

private:
    void onAnswer(const QString &tag, const QByteArray &body);
    void onFailure(const QString &tag, const QString &code);
    void send(const QString &tag, const QVariantMap &frame);
    void setBusy(bool busy);
    void setMessage(const QString &message);

    QPointer<DeviceStore> m_store;
    QString m_code;
    QString m_codeRole;
    QDateTime m_codeExpires;
    QVariantList m_invites;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_message;
};

} // namespace medvandrer
