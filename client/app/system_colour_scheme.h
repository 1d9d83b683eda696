#pragma once

#include <QObject>
#include <QString>
#include <QVariant>

#ifdef MEDVANDRER_HAVE_DBUS
#include <QDBusVariant>
#endif

namespace medvandrer {

// What the platform says about light, dark and high contrast, as far as Qt 6.4 lets us know (it has no
// QStyleHints::colorScheme yet). In order: the XDG desktop portal's org.freedesktop.appearance color-scheme
// and contrast, and GNOME's high-contrast switch through the same portal (GNOME, KDE and others on Linux, over
// D-Bus, asynchronously), a GTK_THEME ending in ":dark",
// and an application palette darker than its text (Windows, macOS, Android and Linux platform themes).
class SystemColourScheme : public QObject
{
    Q_OBJECT
public:
    explicit SystemColourScheme(QObject *parent);

    // "dark", "light", "highContrast" or "" when nothing says; where the answer came from, for the logs.
    QString theme() const { return m_theme; }
    QString source() const { return m_source; }
    // Starts listening; theme() settles when the portal answers (a moment after start, or never).
    void start();

    // The palette's own verdict: "dark" when the window is darker than its text, otherwise "".
    static QString fromPalette();
    // GTK_THEME=Adwaita:dark and the like.
    static QString fromGtkTheme(const QString &gtkTheme);

Q_SIGNALS:
    void themeChanged(const QString &theme);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

#ifdef MEDVANDRER_HAVE_DBUS
private Q_SLOTS:
    void onPortalChanged(const QString &ns, const QString &key, const QDBusVariant &value);

#endif
private:
    void readPortal();
    void onPortalSetting(const QString &ns, const QString &key, const QVariant &value);
    void update();

    int m_portalScheme = -1; // 0 no preference, 1 dark, 2 light; -1 no answer
    int m_portalContrast = -1; // 0 normal, 1 higher
    bool m_gnomeHighContrast = false;
    QString m_theme;
    QString m_source;
};

} // namespace medvandrer
