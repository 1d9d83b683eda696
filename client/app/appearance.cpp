#include "app/appearance.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace medvandrer {

namespace {
Appearance *s_appearance = nullptr;
const QString textScaleKey = QStringLiteral("textScale");
const QString themeKey = QStringLiteral("theme");
const QString systemChoice = QStringLiteral("system");

// The offered sizes only, so a hand-edited ini file cannot make the app unreadable.
qreal nearestOffered(qreal scale)
{
    const QList<qreal> offered = Appearance::textScales();
    return *std::min_element(offered.begin(), offered.end(),
                             [scale](qreal a, qreal b) { return std::abs(a - scale) < std::abs(b - scale); });
}

QString offeredTheme(const QString &theme)
{
    return Appearance::themes().contains(theme) ? theme : systemChoice;
}
} // namespace

Appearance::Appearance(QObject *parent) : QObject(parent) {}

void Appearance::setInstance(Appearance *instance)
{
    s_appearance = instance;
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    if (!s_appearance)
        return new Appearance(nullptr); // the engine owns it
    QJSEngine::setObjectOwnership(s_appearance, QJSEngine::CppOwnership);
    return s_appearance;
}

QList<qreal> Appearance::textScales()
{
    return {1.0, 1.25, 1.5, 2.0};
}

QStringList Appearance::themes()
{
    return {systemChoice, QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("highContrast")};
}

void Appearance::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    if (path.isEmpty())
        return;
    QSettings settings(path, QSettings::IniFormat);
    const qreal stored = nearestOffered(settings.value(textScaleKey, 1.0).toReal());
    if (!qFuzzyCompare(stored, m_textScale)) {
        m_textScale = stored;
        Q_EMIT textScaleChanged();
    }
    const QString before = effectiveTheme();
    const QString theme = offeredTheme(settings.value(themeKey, systemChoice).toString());
    if (theme != m_theme) {
        m_theme = theme;
        Q_EMIT themeChanged();
    }
    if (effectiveTheme() != before)
        Q_EMIT effectiveThemeChanged();
}

void Appearance::setTextScale(qreal scale)
{
    const qreal s = nearestOffered(scale);
    if (qFuzzyCompare(s, m_textScale))
        return;
    m_textScale = s;
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.setValue(textScaleKey, m_textScale);
    }
    Q_EMIT textScaleChanged();
}

void Appearance::setTheme(const QString &theme)
{
    const QString t = offeredTheme(theme);
    if (t == m_theme)
        return;
    const QString before = effectiveTheme();
    m_theme = t;
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.setValue(themeKey, m_theme);
    }
    Q_EMIT themeChanged();
    if (effectiveTheme() != before)
        Q_EMIT effectiveThemeChanged();
}

QString Appearance::effectiveTheme() const
{
    if (m_theme != systemChoice)
        return m_theme;
    return m_systemTheme.isEmpty() ? QStringLiteral("light") : m_systemTheme;
}

void Appearance::setSystemTheme(const QString &theme)
{
    const QString t = theme == systemChoice || !themes().contains(theme) ? QString() : theme;
    if (t == m_systemTheme)
        return;
    m_systemTheme = t;
    Q_EMIT effectiveThemeChanged();
}

} // namespace medvandrer
