#include "app/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace medvandrer {

namespace {
Language *s_instance = nullptr;

// Qt's own strings (dialog buttons, the file dialog) from Debian's qt6-translations-l10n. Debian ships no
// qtbase_nb; nynorsk is the nearest, and the app's own catalogue (installed after, so asked first) gives the
// bokmål words for the standard buttons.
QTranslator &qtTranslator()
{
    static QTranslator translator;
    return translator;
}
bool s_qtInstalled = false;

void installQtTranslations(const QString &language)
{
    if (s_qtInstalled) {
        QCoreApplication::removeTranslator(&qtTranslator());
        s_qtInstalled = false;
    }
    if (language == QLatin1String("en"))
        return;
    const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QStringList candidates = language == QLatin1String("nb")
                                       ? QStringList{QStringLiteral("qtbase_nb"), QStringLiteral("qtbase_nn")}
                                       : QStringList{QStringLiteral("qtbase_") + language};
    for (const QString &name : candidates) {
        if (qtTranslator().load(name, dir)) {
            s_qtInstalled = QCoreApplication::installTranslator(&qtTranslator());
            return;
        }
    }
}
} // namespace

Language::Language(QObject *parent) : QObject(parent)
{
    apply();
}

void Language::setInstance(Language *instance)
{
    s_instance = instance;
}

Language *Language::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_instance);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void Language::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    if (!path.isEmpty()) {
        QSettings settings(path, QSettings::IniFormat);
        m_choice = settings.value(QStringLiteral("language")).toString();
        apply();
    }
}

void Language::setEngine(QQmlEngine *engine)
{
    m_engine = engine;
}

QStringList Language::available() const
{
    return {QStringLiteral("nb"), QStringLiteral("en")};
}

QString Language::systemLanguage()
{
    for (const QString &lang : QLocale::system().uiLanguages()) {
        const QString l = lang.toLower();
        // Norwegian in any written form gets bokmål until nynorsk is translated.
        if (l.startsWith(QLatin1String("nb")) || l.startsWith(QLatin1String("no")) || l.startsWith(QLatin1String("nn")))
            return QStringLiteral("nb");
        if (l.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

void Language::setChoice(const QString &choice)
{
    const QString c = available().contains(choice) ? choice : QString();
    if (c == m_choice)
        return;
    m_choice = c;
    if (!m_settingsFile.isEmpty()) {
        QSettings settings(m_settingsFile, QSettings::IniFormat);
        settings.setValue(QStringLiteral("language"), m_choice);
    }
    apply();
}

void Language::apply()
{
    const QString wanted = m_choice.isEmpty() ? systemLanguage() : m_choice;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    installQtTranslations(wanted);
    // English is the source language, so it needs no translator.
    if (wanted != QLatin1String("en")) {
        if (m_translator.load(QStringLiteral(":/i18n/medvandrer_%1.qm").arg(wanted)))
            m_installed = QCoreApplication::installTranslator(&m_translator);
    }
    // Dates and numbers in QML (Qt.locale()) follow the chosen language too.
    QLocale::setDefault(QLocale(wanted == QLatin1String("nb") ? QStringLiteral("nb_NO") : QStringLiteral("en_GB")));
    const bool changed = m_current != wanted;
    m_current = wanted;
    if (m_engine)
        m_engine->retranslate();
    if (changed)
        Q_EMIT languageChanged();
}

} // namespace medvandrer
