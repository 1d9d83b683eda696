// The app's languages: every catalogue complete (bokmål, nynorsk, and English's plural forms), the languages found
// from the compiled catalogues, plurals right for 0/1/2/5 in C++ and QML, and dates in each language on Oslo's
// clock while this process runs in another zone.
#include "app/language.h"
#include "core/locale_format.h"

#include <QDir>
#include <QFile>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <ctime>

using namespace medvandrer;

namespace {
struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList forms; // one for a plain message, one per plural form otherwise
};

// Every message of a .ts file, read as it is on disk (the file the translator edits, not the compiled one).
QList<Message> readCatalogue(const QString &path, QString *language)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("translation") && m.numerus)
            out.push_back(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), false, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            if (!m.numerus) {
                m.forms = {xml.readElementText()};
                out.push_back(m);
            }
        } else if (name == QLatin1String("numerusform")) {
            m.forms.push_back(xml.readElementText());
        }
    }
    return out;
}

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%[1-9]"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('|') + m.source + QLatin1Char('|') + m.comment;
}

QStringList catalogues(const QString &language)
{
    QDir dir(QStringLiteral(MEDVANDRER_I18N_DIR));
    QStringList out;
    for (const QString &f : dir.entryList({QStringLiteral("*_") + language + QStringLiteral(".ts")}, QDir::Files))
        out << dir.filePath(f);
    return out;
}
} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Far from Oslo, so a date that comes out on Oslo's clock proves the formatter does not use the device's.
        qputenv("TZ", "America/New_York");
        tzset();
        m_language = std::make_unique<Language>(nullptr);
    }
    void cleanupTestCase()
    {
        m_language->setChoice(QStringLiteral("en"));
        m_language.reset();
    }

    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("nb") << QStringLiteral("nb");
        QTest::newRow("nn") << QStringLiteral("nn");
    }
    // Bokmål and nynorsk: six areas each, every message finished, none empty, the same placeholders as the
    // source, two plural forms; nynorsk has exactly bokmål's messages.
    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        const QStringList files = catalogues(language);
        QCOMPARE(files.size(), 6); // core, calendar, walking, lock, care, survey
        QSet<QString> keys, bokmal;
        for (const QString &f : catalogues(QStringLiteral("nb"))) {
            QString lang;
            for (const Message &m : readCatalogue(f, &lang))
                bokmal.insert(key(m));
        }
        int count = 0;
        for (const QString &f : files) {
            QString lang;
            const QList<Message> messages = readCatalogue(f, &lang);
            QVERIFY2(lang.startsWith(language), qPrintable(f + QStringLiteral(": language ") + lang));
            QVERIFY2(!messages.isEmpty(), qPrintable(f));
            for (const Message &m : messages) {
                const QString where = f.section(QLatin1Char('/'), -1) + QStringLiteral(": ") + m.source;
                QVERIFY2(!m.unfinished, qPrintable(where + QStringLiteral(" is unfinished")));
                QCOMPARE(m.forms.size(), m.numerus ? 2 : 1);
                for (const QString &form : m.forms) {
                    QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" is empty")));
                    QVERIFY2(placeholders(form) == placeholders(m.source),
                             qPrintable(where + QStringLiteral(" → ") + form));
                }
                keys.insert(key(m));
                ++count;
            }
        }
        QVERIFY(count > 550);
        QCOMPARE(keys, bokmal);
    }

    // English is the source language; its catalogues hold one entry for every plural message, both forms given.
    void englishHasEveryPlural()
    {
        QSet<QString> plurals, english;
        for (const QString &f : catalogues(QStringLiteral("nb"))) {
            QString lang;
            for (const Message &m : readCatalogue(f, &lang))
                if (m.numerus)
                    plurals.insert(key(m));
        }
        for (const QString &f : catalogues(QStringLiteral("en"))) {
            QString lang;
            for (const Message &m : readCatalogue(f, &lang)) {
                QVERIFY2(!m.unfinished, qPrintable(m.source));
                QCOMPARE(m.forms.size(), 2);
                QVERIFY2(!m.forms.at(0).contains(QLatin1String("(s)")) && !m.forms.at(1).contains(QLatin1String("(s)")),
                         qPrintable(m.source));
                english.insert(key(m));
            }
        }
        QVERIFY(plurals.size() >= 20);
        QCOMPARE(english, plurals);
    }

    // The choice offered in settings is what is compiled in, named in itself.
    void languagesFoundFromTheCatalogues()
    {
        const QStringList available = Language::availableLanguages();
        QCOMPARE(available.mid(0, 3), (QStringList{QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("en")}));
        QCOMPARE(m_language->nativeName(QStringLiteral("nb")), QStringLiteral("Norsk bokmål"));
        QCOMPARE(m_language->nativeName(QStringLiteral("nn")), QStringLiteral("Norsk nynorsk"));
        QCOMPARE(m_language->nativeName(QStringLiteral("en")), QStringLiteral("English"));
        // A choice the app has no catalogue for is not taken.
        m_language->setChoice(QStringLiteral("nn"));
        m_language->setChoice(QStringLiteral("xx"));
        QCOMPARE(m_language->choice(), QString());
    }

    void systemLanguage_data()
    {
        QTest::addColumn<QStringList>("ui");
        QTest::addColumn<QString>("language");
        QTest::newRow("bokmål") << QStringList{"nb-NO"} << "nb";
        QTest::newRow("Norwegian, no written form") << QStringList{"no"} << "nb";
        QTest::newRow("nynorsk") << QStringList{"nn-NO", "nb-NO"} << "nn";
        QTest::newRow("English") << QStringList{"en-US"} << "en";
        QTest::newRow("first the app has") << QStringList{"de-DE", "en-GB", "nb-NO"} << "en";
        // Neither a Norwegian nor an English locale: bokmål, not the English source.
        QTest::newRow("none") << QStringList{"de-DE", "fr-FR"} << "nb";
        QTest::newRow("C locale") << QStringList{"C"} << "nb";
    }
    void systemLanguage()
    {
        QFETCH(QStringList, ui);
        QFETCH(QString, language);
        QCOMPARE(Language::languageFor(ui), language);
    }

    void plurals_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("seats"); // for 0, 1, 2, 5
        QTest::addColumn<QStringList>("checkIns");
        QTest::newRow("nb") << QStringLiteral("nb")
                            << QStringList{"0 plasser igjen", "1 plass igjen", "2 plasser igjen", "5 plasser igjen"}
                            << QStringList{"0 innsjekker", "1 innsjekk", "2 innsjekker", "5 innsjekker"};
        QTest::newRow("nn") << QStringLiteral("nn")
                            << QStringList{"0 plassar att", "1 plass att", "2 plassar att", "5 plassar att"}
                            << QStringList{"0 innsjekkar", "1 innsjekk", "2 innsjekkar", "5 innsjekkar"};
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringList{"0 seats left", "1 seat left", "2 seats left", "5 seats left"}
                            << QStringList{"0 check-ins", "1 check-in", "2 check-ins", "5 check-ins"};
    }
    // In C++ (tr with %n) and in QML (qsTr with %n), through the catalogue the Language installs.
    void plurals()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, seats);
        QFETCH(QStringList, checkIns);
        m_language->setChoice(language);
        QCOMPARE(m_language->current(), language);
        QQmlEngine engine;
        QQmlComponent card(&engine);
        // qsTr's context is the file's name: the words GoalCard.qml shows.
        card.setData("import QtQml\nQtObject { function count(n) { return qsTr(\"%n check-in(s)\", \"\", n) } }",
                     QUrl(QStringLiteral("file:///i18n/GoalCard.qml")));
        std::unique_ptr<QObject> object(card.create());
        QVERIFY2(object, qPrintable(card.errorString()));
        const int counts[] = {0, 1, 2, 5};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(QCoreApplication::translate("medvandrer::CalendarManager", "%n seat(s) left", nullptr, counts[i]),
                     seats.at(i));
            QVariant shown;
            QVERIFY(QMetaObject::invokeMethod(object.get(), "count", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, counts[i])));
            QCOMPARE(shown.toString(), checkIns.at(i));
        }
    }

    void datesOnOsloTime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("winter"); // 2026-12-01 12:30 UTC = 13:30 in Oslo (CET)
        QTest::addColumn<QString>("summer"); // 2026-07-01 10:00 UTC = 12:00 in Oslo (CEST)
        QTest::addColumn<QString>("day");
        QTest::newRow("nb") << QStringLiteral("nb") << QStringLiteral("tir. 1. des. kl. 13.30")
                            << QStringLiteral("onsdag 1. juli kl. 12.00") << QStringLiteral("1. des. 2026");
        QTest::newRow("nn") << QStringLiteral("nn") << QStringLiteral("ty. 1. des. kl. 13.30")
                            << QStringLiteral("onsdag 1. juli kl. 12.00") << QStringLiteral("1. des. 2026");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Tue 1 Dec at 13:30")
                            << QStringLiteral("Wednesday 1 July, 12:00") << QStringLiteral("1 Dec 2026");
    }
    void datesOnOsloTime()
    {
        QFETCH(QString, language);
        QFETCH(QString, winter);
        QFETCH(QString, summer);
        QFETCH(QString, day);
        m_language->setChoice(language);
        const LocaleFormat &format = *LocaleFormat::instance();
        QCOMPARE(format.language(), language);
        const QDateTime december = QDateTime::fromString(QStringLiteral("2026-12-01T12:30:00Z"), Qt::ISODate);
        const QDateTime july = QDateTime::fromString(QStringLiteral("2026-07-01T10:00:00Z"), Qt::ISODate);
        // This process's own clock says 07:30 for the December instant.
        QCOMPARE(december.toLocalTime().time().hour(), 7);
        QCOMPARE(format.format(december, LocaleFormat::ShortWeekdayTime), winter);
        QCOMPARE(format.format(july, LocaleFormat::WeekdayDateTime), summer);
        QCOMPARE(format.formatDay(QDate(2026, 12, 1), LocaleFormat::Date), day);
        // QML's way in gives the same.
        QCOMPARE(format.text(QStringLiteral("2026-12-01T12:30:00Z"), LocaleFormat::ShortWeekdayTime), winter);
        QCOMPARE(format.text(QStringLiteral("2026-12-01"), LocaleFormat::Date), day);
        // Late evening in Oslo is already the next day there.
        const QDateTime lateUtc = QDateTime::fromString(QStringLiteral("2026-12-01T23:30:00Z"), Qt::ISODate);
        QCOMPARE(LocaleFormat::inOslo(lateUtc).date(), QDate(2026, 12, 2));
        // Wall-clock time typed in Oslo is the instant it means there.
        QCOMPARE(LocaleFormat::osloDateTime(QDate(2026, 12, 1), QTime(13, 30)).toMSecsSinceEpoch(),
                 december.toMSecsSinceEpoch());
    }

private:
    std::unique_ptr<Language> m_language;
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
