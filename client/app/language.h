#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTranslator>

namespace medvandrer {

// The interface language: follows the system unless the person picked one in settings.
class Language : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "" = follow the system, otherwise "nb" or "en".
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY languageChanged)
    Q_PROPERTY(QString current READ current NOTIFY languageChanged)
    Q_PROPERTY(QStringList available READ available CONSTANT)
public:
    // Not default-constructible, so QML uses create() (Qt 6.4 prefers a default constructor).
    explicit Language(QObject *parent);

    static void setInstance(Language *instance);
    static Language *create(QQmlEngine *, QJSEngine *);

    // Where the choice is remembered (an ini file in the data folder); empty = not remembered.
    void setSettingsFile(const QString &path);
    void setEngine(QQmlEngine *engine);

    QString choice() const { return m_choice; }
    void setChoice(const QString &choice);
    QString current() const { return m_current; }
    QStringList available() const;

    // The language the system asks for, among those the app has.
    static QString systemLanguage();

Q_SIGNALS:
    void languageChanged();

private:
    void apply();

    QString m_choice;
    QString m_current;
    QString m_settingsFile;
    QTranslator m_translator;
    bool m_installed = false;
    QPointer<QQmlEngine> m_engine;
};

} // namespace medvandrer
