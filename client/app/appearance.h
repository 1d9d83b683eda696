#pragma once

#include <QObject>
#include <QQmlEngine>

namespace medvandrer {

// The person's own text size on top of the system font (WCAG 1.4.4): Theme multiplies every size by it.
class Appearance : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(qreal textScale READ textScale WRITE setTextScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<qreal> textScales READ textScales CONSTANT)
public:
    explicit Appearance(QObject *parent = nullptr);

    static void setInstance(Appearance *instance);
    // The app's instance when main() made one; otherwise (tests) a fresh one owned by the engine.
    static Appearance *create(QQmlEngine *, QJSEngine *);

    // Where the choice is remembered (the same ini file as the language); empty = not remembered.
    void setSettingsFile(const QString &path);

    qreal textScale() const { return m_textScale; }
    void setTextScale(qreal scale);
    static QList<qreal> textScales();

Q_SIGNALS:
    void textScaleChanged();

private:
    qreal m_textScale = 1.0;
    QString m_settingsFile;
};

} // namespace medvandrer
