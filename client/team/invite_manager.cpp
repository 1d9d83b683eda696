#include "team/invite_manager.h"

#include "team/invite_link.h"

#include "core/locale_format.h"
#include "goals/goal_manager.h"
#include "store/device_store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace medvandrer {

namespace {
InviteManager *s_inviteManager = nullptr;

constexpr auto reqCreate = "create_invite";
constexpr auto reqList = "list_invites";
constexpr auto reqWithdraw = "withdraw_invite";
QString withdrawTag(const QString &id) { return QLatin1String(reqWithdraw) + QLatin1Char(':') + id; }
} // namespace

InviteManager::InviteManager(QObject *parent) : QObject(parent) {}

void InviteManager::setInstance(InviteManager *instance)
{
    s_inviteManager = instance;
}

InviteManager *InviteManager::create(QQmlEngine *engine, QJSEngine *)
{
    if (!s_inviteManager) {
        s_inviteManager = new InviteManager(engine);
        s_inviteManager->setDeviceStore(GoalManager::create(engine, nullptr)->deviceStore());
        QObject::connect(s_inviteManager, &QObject::destroyed, [] { s_inviteManager = nullptr; });
    }
    QJSEngine::setObjectOwnership(s_inviteManager, QJSEngine::CppOwnership);
    return s_inviteManager;
}

void InviteManager::setDeviceStore(DeviceStore *store)
{
    if (m_store == store)
        return;
    if (m_store)
        m_store->disconnect(this);
    m_store = store;
    if (!m_store)
        return;
    connect(m_store, &DeviceStore::requestAnswered, this, &InviteManager::onAnswer);
    connect(m_store, &DeviceStore::requestFailed, this,
            [this](const QString &tag, const QString &code, const QString &) { onFailure(tag, code); });
    connect(m_store, &DeviceStore::wiped, this, [this] {
        m_invites.clear();
        m_loaded = false;
        clearCode();
        Q_EMIT invitesChanged();
    });
}

QString InviteManager::roleName(const QString &role) const
{
    if (role == QLatin1String("erfaringskonsulent"))
        return tr("erfaringskonsulent (peer worker)");
    if (role == QLatin1String("koordinator"))
        return tr("koordinator (team)");
    return tr("participant");
}

QString InviteManager::linkFor(const QString &code) const
{
    return InviteLink{code, m_store ? m_store->session().serverUrl : QString()}.toString();
}

QString InviteManager::expiresText(const QDateTime &expires) const
{
    //: An invite code's end: «Works once, until 8 December, 13:30».
    return tr("Works once, until %1").arg(LocaleFormat::instance()->format(expires, LocaleFormat::DateTime));
}

void InviteManager::createInvite(const QString &role, int validHours)
{
    setMessage({});
    setBusy(true);
    send(QLatin1String(reqCreate), {{QStringLiteral("type"), QLatin1String(reqCreate)},
                                    {QStringLiteral("role"), role},
                                    {QStringLiteral("validHours"), validHours}});
}

void InviteManager::refresh()
{
    send(QLatin1String(reqList), {{QStringLiteral("type"), QLatin1String(reqList)}});
}

void InviteManager::withdraw(const QString &inviteId)
{
    if (inviteId.isEmpty())
        return;
    setMessage({});
    send(withdrawTag(inviteId), {{QStringLiteral("type"), QLatin1String(reqWithdraw)}, {QStringLiteral("inviteId"), inviteId}});
}

void InviteManager::clearCode()
{
    if (m_code.isEmpty())
        return;
    m_code.clear();
    m_codeRole.clear();
    m_codeExpires = {};
    Q_EMIT inviteCreated();
}

void InviteManager::send(const QString &tag, const QVariantMap &frame)
{
    if (!m_store)
        return;
    m_store->request(tag, QJsonDocument(QJsonObject::fromVariantMap(frame)).toJson(QJsonDocument::Compact));
}

void InviteManager::onAnswer(const QString &tag, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (tag == QLatin1String(reqCreate)) {
        setBusy(false);
        m_code = o.value(QLatin1String("code")).toString();
        m_codeRole = o.value(QLatin1String("role")).toString();
        m_codeExpires = QDateTime::fromMSecsSinceEpoch(qint64(o.value(QLatin1String("expiresAt")).toDouble()));
        Q_EMIT inviteCreated();
        refresh();
    } else if (tag == QLatin1String(reqList)) {
        m_invites.clear();
        for (const auto &v : o.value(QLatin1String("invites")).toArray()) {
            const QJsonObject i = v.toObject();
            const QDateTime expires = QDateTime::fromMSecsSinceEpoch(qint64(i.value(QLatin1String("expiresAt")).toDouble()));
            m_invites.push_back(QVariantMap{{QStringLiteral("inviteId"), i.value(QLatin1String("inviteId")).toString()},
                                            {QStringLiteral("role"), i.value(QLatin1String("role")).toString()},
                                            {QStringLiteral("expiresAt"), expires},
                                            {QStringLiteral("createdAt"),
                                             QDateTime::fromMSecsSinceEpoch(qint64(i.value(QLatin1String("createdAt")).toDouble()))}});
        }
        m_loaded = true;
        Q_EMIT invitesChanged();
    } else if (tag.startsWith(QLatin1String(reqWithdraw))) {
        const QString id = tag.mid(int(qstrlen(reqWithdraw)) + 1);
        for (qsizetype i = 0; i < m_invites.size(); ++i) {
            if (m_invites[i].toMap().value(QStringLiteral("inviteId")).toString() == id) {
                m_invites.removeAt(i);
                break;
            }
        }
        Q_EMIT invitesChanged();
        setMessage(tr("The invite is withdrawn. Its code no longer works."));
        Q_EMIT withdrawn(id);
    }
}

void InviteManager::onFailure(const QString &tag, const QString &code)
{
    if (tag != QLatin1String(reqCreate) && tag != QLatin1String(reqList) && !tag.startsWith(QLatin1String(reqWithdraw)))
        return;
    if (tag == QLatin1String(reqCreate))
        setBusy(false);
    if (code == QLatin1String("offline"))
        setMessage(tr("Invites need a connection to the server. Please try again when you are online."));
    else if (code == QLatin1String("forbidden"))
        setMessage(tr("Only a koordinator can invite people."));
    else if (code == QLatin1String("not_found"))
        setMessage(tr("That invite was already used, withdrawn or out of date."));
    else
        setMessage(tr("The server could not do this just now. Please try again later."));
    if (tag.startsWith(QLatin1String(reqWithdraw)))
        refresh();
}

void InviteManager::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void InviteManager::setMessage(const QString &message)
{
    if (m_message == message)
        return;
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace medvandrer
