#include "app/language.h"

#include "core/locale_format.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

namespace medvandrer {

namespace {
Language *s_language = nullptr;

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

// "nb-NO", "no_NO", "nn", "se-NO" → the app's code for that written language.
QString languageCode(const QString &uiLanguage)
{
    const QString l = uiLanguage.toLower();
    // "no" is Norwegian without a written form: bokmål, as most people read it.
    if (l.startsWith(QLatin1String("nb")) || l == QLatin1String("no") || l.startsWith(QLatin1String("no-")) ||
        l.startsWith(QLatin1String("no_")))
        return QStringLiteral("nb");
    const qsizetype cut = l.indexOf(QRegularExpression(QStringLiteral("[-_]")));
    return cut < 0 ? l : l.left(cut);
}
} // namespace

Language::Language(QObject *parent) : QObject(parent)
{
    apply();
}

void Language::setInstance(Language *instance)
{
    s_language = instance;
}

Language *Language::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT(s_language);
    QJSEngine::setObjectOwnership(s_language, QJSEngine::CppOwnership);
    return s_language;
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

QStringList Language::availableLanguages()
{
    // A language is there when its catalogue is compiled in (client/i18n/*_<code>.ts), so a translator adds one
    // without touching the code; English is the source language and is always there.
    QStringList found{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("medvandrer_*.qm")}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(11, file.size() - 11 - 3);
        if (!code.isEmpty() && !found.contains(code))
            found.push_back(code);
    }
    // Bokmål and nynorsk first (both målformer of Norwegian public services), then the rest by code.
    const auto rank = [](const QString &c) {
        return c == QLatin1String("nb") ? 0 : c == QLatin1String("nn") ? 1 : 2;
    };
    std::sort(found.begin(), found.end(), [&](const QString &a, const QString &b) {
        return rank(a) != rank(b) ? rank(a) < rank(b) : a < b;
    });
    return found;
}

QString Language::nativeName(const QString &language) const
{
    // Qt names English by country («British English»); the choice is of the language only.
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    const QString name = LocaleFormat::localeFor(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    return name.left(1).toUpper() + name.mid(1);
}

QString Language::systemLanguage()
{
    return languageFor(QLocale::system().uiLanguages());
}

QString Language::languageFor(const QStringList &uiLanguages)
{
    const QStringList have = availableLanguages();
    for (const QString &lang : uiLanguages) {
        const QString code = languageCode(lang);
        if (have.contains(code))
            return code;
    }
    // Neither a language the app has: bokmål, the app's first language (not English, the source language).
    return QStringLiteral("nb");
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
    // A remembered choice whose catalogue is gone (an older build) follows the system.
    const QString wanted =
        m_choice.isEmpty() || !availableLanguages().contains(m_choice) ? systemLanguage() : m_choice;
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_translator);
        m_installed = false;
    }
    installQtTranslations(wanted);
    // English is the source language, but its catalogue holds the plural forms («1 seat», «2 seats»).
    if (m_translator.load(QStringLiteral(":/i18n/medvandrer_%1.qm").arg(wanted)))
        m_installed = QCoreApplication::installTranslator(&m_translator);
    // Numbers in QML (Qt.locale()) follow the chosen language too; dates go through LocaleFormat.
    QLocale::setDefault(LocaleFormat::localeFor(wanted));
    const bool changed = m_current != wanted;
    m_current = wanted;
    // Models and notices build their texts again, now that the catalogue and the locale are in place.
    LocaleFormat::instance()->setLanguage(wanted);
    if (m_engine)
        m_engine->retranslate();
    if (changed)
        Q_EMIT languageChanged();
}

} // namespace medvandrer
