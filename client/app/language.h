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
    // "" = follow the system, otherwise a language the app has a catalogue for ("nb", "nn", "en", …).
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
    QStringList available() const { return availableLanguages(); }
    // The language's name in itself, as the settings page offers it: «Norsk nynorsk», «English».
    Q_INVOKABLE QString nativeName(const QString &language) const;

    // The languages compiled into the app (one catalogue each, found at run time): bokmål and nynorsk first.
    static QStringList availableLanguages();
    // The language the system asks for, among those the app has; bokmål when it has none of them.
    static QString systemLanguage();
    // The first of these (BCP 47, as QLocale::uiLanguages() gives them) the app has; bokmål when none.
    static QString languageFor(const QStringList &uiLanguages);

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
