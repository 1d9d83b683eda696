#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace medvandrer {

// How the app looks: the person's own text size on top of the system font (WCAG 1.4.4), Theme multiplies every
// size by it; and the colour theme: as the system says, light, dark or high contrast (Theme picks its colours).
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<qreal> textScales READ textScales CONSTANT)
    // "system" (follow the platform), "light", "dark" or "highContrast".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QStringList themes READ themes CONSTANT)
    // The theme in use: the choice, or for "system" what the platform prefers ("light" when it says nothing).
    Q_PROPERTY(QString effectiveTheme READ effectiveTheme NOTIFY effectiveThemeChanged)
    // What the platform prefers, "" when it gives no preference (see SystemColourScheme).
    Q_PROPERTY(QString systemTheme READ systemTheme NOTIFY effectiveThemeChanged)
public:
    // Not default-constructible, so QML uses create() and shares main()'s instance.
    explicit Appearance(QObject *parent);

    static void setInstance(Appearance *instance);
    // The app's instance when main() made one; otherwise (tests) a fresh one owned by the engine.
    static Appearance *create(QQmlEngine *, QJSEngine *);

    // Where the choices are remembered (the same ini file as the language); empty = not remembered.
    void setSettingsFile(const QString &path);

    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    static QList<qreal> textScales();

    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    static QStringList themes();
    QString effectiveTheme() const;
    QString systemTheme() const { return m_systemTheme; }
    // What the platform prefers: "light", "dark", "highContrast" or "" (none); SystemColourScheme calls it.
    void setSystemTheme(const QString &theme);

Q_SIGNALS:
    void textScaleChanged();
    void themeChanged();
    void effectiveThemeChanged();

private:
    qreal m_textScale = 1.0;
    QString m_theme = QStringLiteral("system");
    QString m_systemTheme;
    QString m_settingsFile;
};

} // namespace medvandrer
