#include "app/appearance.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace medvandrer {

namespace {
Appearance *s_instance = nullptr;
const QString textScaleKey = QStringLiteral("textScale");

// The offered sizes only, so a hand-edited ini file cannot make the app unreadable.
qreal nearestOffered(qreal scale)
{
    const QList<qreal> offered = Appearance::textScales();
    return *std::min_element(offered.begin(), offered.end(),
                             [scale](qreal a, qreal b) { return std::abs(a - scale) < std::abs(b - scale); });
}
} // namespace

Appearance::Appearance(QObject *parent) : QObject(parent) {}

void Appearance::setInstance(Appearance *instance)
{
    s_instance = instance;
}

Appearance *Appearance::create(QQmlEngine *, QJSEngine *)
{
    if (!s_instance)
        return new Appearance; // the engine owns it
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QList<qreal> Appearance::textScales()
{
    return {1.0, 1.25, 1.5, 2.0};
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

} // namespace medvandrer
