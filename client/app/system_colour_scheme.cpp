#include "app/system_colour_scheme.h"

#include <QEvent>
#include <QGuiApplication>
#include <QPalette>

#include <utility>

#ifdef MEDVANDRER_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#endif

namespace medvandrer {

namespace {
#ifdef MEDVANDRER_HAVE_DBUS
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString portalSettings = QStringLiteral("org.freedesktop.portal.Settings");
const QString appearanceNamespace = QStringLiteral("org.freedesktop.appearance");
// GNOME's own high-contrast switch, which its portal passes on (the freedesktop "contrast" key came later).
const QString gnomeA11yNamespace = QStringLiteral("org.gnome.desktop.a11y.interface");

// Settings.Read wraps the value in a second variant; unwrap until it is plain.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}
#endif
} // namespace

SystemColourScheme::SystemColourScheme(QObject *parent) : QObject(parent) {}

void SystemColourScheme::start()
{
    // A platform theme switching to dark at run time changes the application palette.
    qApp->installEventFilter(this);
    readPortal();
    update();
}

QString SystemColourScheme::fromPalette()
{
    const QPalette palette = QGuiApplication::palette();
    return palette.color(QPalette::Window).lightnessF() < palette.color(QPalette::WindowText).lightnessF()
               ? QStringLiteral("dark") : QString();
}

QString SystemColourScheme::fromGtkTheme(const QString &gtkTheme)
{
    return gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive) ? QStringLiteral("dark") : QString();
}

bool SystemColourScheme::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}

void SystemColourScheme::readPortal()
{
#ifdef MEDVANDRER_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    bus.connect(portalService, portalPath, portalSettings, QStringLiteral("SettingChanged"), this,
                SLOT(onPortalChanged(QString, QString, QDBusVariant)));
    const std::pair<QString, QString> keys[] = {{appearanceNamespace, QStringLiteral("color-scheme")},
                                                {appearanceNamespace, QStringLiteral("contrast")},
                                                {gnomeA11yNamespace, QStringLiteral("high-contrast")}};
    for (const auto &[ns, key] : keys) {
        QDBusMessage call = QDBusMessage::createMethodCall(portalService, portalPath, portalSettings, QStringLiteral("Read"));
        call << ns << key;
        auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, 2000), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, ns, key](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<QVariant> reply = *w;
            if (!reply.isError())
                onPortalSetting(ns, key, reply.value());
        });
    }
#endif
}

#ifdef MEDVANDRER_HAVE_DBUS
void SystemColourScheme::onPortalChanged(const QString &ns, const QString &key, const QDBusVariant &value)
{
    onPortalSetting(ns, key, value.variant());
}
#endif

void SystemColourScheme::onPortalSetting(const QString &ns, const QString &key, const QVariant &value)
{
#ifdef MEDVANDRER_HAVE_DBUS
    if (ns == gnomeA11yNamespace && key == QLatin1String("high-contrast")) {
        m_gnomeHighContrast = unwrap(value).toBool();
        update();
        return;
    }
    if (ns != appearanceNamespace)
        return;
    bool ok = false;
    const int v = static_cast<int>(unwrap(value).toUInt(&ok));
    if (!ok)
        return;
    if (key == QLatin1String("color-scheme"))
        m_portalScheme = v;
    else if (key == QLatin1String("contrast"))
        m_portalContrast = v;
    update();
#else
    Q_UNUSED(ns)
    Q_UNUSED(key)
    Q_UNUSED(value)
#endif
}

void SystemColourScheme::update()
{
    QString theme;
    QString source;
    if (m_portalContrast == 1 || m_gnomeHighContrast) {
        theme = QStringLiteral("highContrast");
        source = m_portalContrast == 1 ? QStringLiteral("portal contrast") : QStringLiteral("GNOME high-contrast");
    } else if (m_portalScheme == 1 || m_portalScheme == 2) {
        theme = m_portalScheme == 1 ? QStringLiteral("dark") : QStringLiteral("light");
        source = QStringLiteral("portal color-scheme");
    } else if (!fromGtkTheme(qEnvironmentVariable("GTK_THEME")).isEmpty()) {
        theme = QStringLiteral("dark");
        source = QStringLiteral("GTK_THEME");
    } else if (!fromPalette().isEmpty()) {
        theme = fromPalette();
        source = QStringLiteral("palette");
    }
    m_source = source;
    if (theme == m_theme)
        return;
    m_theme = theme;
    Q_EMIT themeChanged(m_theme);
}

} // namespace medvandrer
