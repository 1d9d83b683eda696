#include "app/appearance.h"
#include "app/qml_setup.h"
#include "app/system_colour_scheme.h"

#include <QColor>
#include <QDirIterator>
#include <QFile>
#include <QGuiApplication>
#include <QPalette>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QRegularExpression>
#include <QJSValue>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(MedvandrerPlugin)

using namespace medvandrer;

namespace {

// WCAG 2.1 relative luminance of an sRGB colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance).
double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// What each kind of pair must reach: text 4.5:1 (1.4.3), large text and non-text parts 3:1 (1.4.3, 1.4.11).
// Inactive (disabled) parts are exempt in WCAG; the app still keeps them visible at 2:1.
double required(const QString &kind)
{
    if (kind == QLatin1String("text"))
        return 4.5;
    if (kind == QLatin1String("largeText") || kind == QLatin1String("nonText") || kind == QLatin1String("focusRing"))
        return 3.0;
    if (kind == QLatin1String("inactive"))
        return 2.0;
    return -1;
}

QVariantList toList(const QVariant &v)
{
    if (v.canConvert<QJSValue>() && v.userType() == qMetaTypeId<QJSValue>())
        return v.value<QJSValue>().toVariant().toList();
    return v.toList();
}

} // namespace

// Every colour pair of the real Theme (qml/components/Theme.qml), in every theme, against WCAG 2.1 AA; and no
// colour of the Theme, nor one typed into a QML file, escapes the check.
class TestContrast : public QObject
{
    Q_OBJECT

private:
    Appearance m_appearance{nullptr};
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QObject> m_holder;
    QObject *m_theme = nullptr;

    QStringList colourProperties() const
    {
        QStringList names;
        const QMetaObject *mo = m_theme->metaObject();
        for (int i = QObject::staticMetaObject.propertyCount(); i < mo->propertyCount(); ++i) {
            if (mo->property(i).metaType() == QMetaType::fromType<QColor>())
                names << QString::fromLatin1(mo->property(i).name());
        }
        return names;
    }
    QColor colour(const QString &name) const { return m_theme->property(name.toLatin1().constData()).value<QColor>(); }
    QVariantList pairs() const { return toList(m_theme->property("contrastPairs")); }

private Q_SLOTS:
    void initTestCase()
    {
        Appearance::setInstance(&m_appearance);
        m_engine = std::make_unique<QQmlEngine>();
        setUpEngine(*m_engine);
        QQmlComponent component(m_engine.get());
        component.setData("import QtQuick\nimport Medvandrer\nQtObject { readonly property QtObject theme: Theme }\n",
                          QUrl(QStringLiteral("qrc:/tst_contrast.qml")));
        m_holder.reset(component.create());
        QVERIFY2(m_holder, qPrintable(component.errorString()));
        m_theme = m_holder->property("theme").value<QObject *>();
        QVERIFY(m_theme);
        QVERIFY(colourProperties().size() >= 10);
    }

    void cleanupTestCase() { Appearance::setInstance(nullptr); }

    void test_everyColourIsInAPair_data()
    {
        QTest::addColumn<QString>("theme");
        for (const QString &t : {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("highContrast")})
            QTest::addRow("%s", qPrintable(t)) << t;
    }
    // A colour added to the Theme without a pair, a pair naming no colour, or a theme missing a colour fails.
    void test_everyColourIsInAPair()
    {
        QFETCH(QString, theme);
        m_appearance.setTheme(theme);
        QCOMPARE(m_theme->property("name").toString(), theme);
        const QStringList colours = colourProperties();
        QSet<QString> used;
        for (const QVariant &p : pairs()) {
            const QVariantMap pair = p.toMap();
            QVERIFY2(required(pair.value(QStringLiteral("kind")).toString()) > 0,
                     qPrintable(QStringLiteral("unknown kind in pair %1").arg(pair.value(QStringLiteral("name")).toString())));
            for (const char *role : {"fg", "fg2", "bg"}) {
                const QString name = pair.value(QLatin1String(role)).toString();
                if (name.isEmpty() && qstrcmp(role, "fg2") == 0)
                    continue;
                QVERIFY2(colours.contains(name), qPrintable(QStringLiteral("pair names no Theme colour: %1").arg(name)));
                used.insert(name);
            }
        }
        for (const QString &name : colours) {
            QVERIFY2(used.contains(name), qPrintable(QStringLiteral("Theme.%1 is in no checked pair").arg(name)));
            const QColor c = colour(name);
            QVERIFY2(c.isValid() && c.alpha() == 255,
                     qPrintable(QStringLiteral("Theme.%1 is not an opaque colour in %2").arg(name, theme)));
        }
    }

    void test_pairsMeetWcag_data() { test_everyColourIsInAPair_data(); }
    // The table: every pair's ratio in this theme, and what it must reach; fails on any below.
    void test_pairsMeetWcag()
    {
        QFETCH(QString, theme);
        m_appearance.setTheme(theme);
        QCOMPARE(m_theme->property("name").toString(), theme);
        QStringList failures;
        double worst = 100;
        QString worstName;
        std::printf("\n| theme | kind | foreground | background | ratio | needs | what |\n|---|---|---|---|---|---|---|\n");
        for (const QVariant &p : pairs()) {
            const QVariantMap pair = p.toMap();
            const QString kind = pair.value(QStringLiteral("kind")).toString();
            const QString fg = pair.value(QStringLiteral("fg")).toString();
            const QString fg2 = pair.value(QStringLiteral("fg2")).toString();
            const QString bg = pair.value(QStringLiteral("bg")).toString();
            const QString name = pair.value(QStringLiteral("name")).toString();
            double ratio = contrast(colour(fg), colour(bg));
            QString fgText = QStringLiteral("%1 %2").arg(fg, colour(fg).name());
            if (kind == QLatin1String("focusRing")) {
                // Two lines: the one that stands out on this fill counts, and the two must stand out from each other.
                ratio = std::max(ratio, contrast(colour(fg2), colour(bg)));
                const double between = contrast(colour(fg), colour(fg2));
                fgText += QStringLiteral(" + %1 %2 (%3:1 apart)").arg(fg2, colour(fg2).name()).arg(between, 0, 'f', 2);
                if (between < 3.0)
                    failures << QStringLiteral("%1: the ring's two lines are %2:1 apart").arg(name).arg(between, 0, 'f', 2);
            }
            const double needs = required(kind);
            std::printf("| %s | %s | %s | %s %s | %.2f | %.1f | %s%s |\n", qPrintable(theme), qPrintable(kind),
                        qPrintable(fgText), qPrintable(bg), qPrintable(colour(bg).name()), ratio, needs, qPrintable(name),
                        ratio < needs ? " **FAILS**" : "");
            if (ratio < needs)
                failures << QStringLiteral("%1 (%2 on %3): %4:1, needs %5:1").arg(name, fg, bg).arg(ratio, 0, 'f', 2).arg(needs);
            if (kind != QLatin1String("inactive") && ratio / needs < worst) {
                worst = ratio / needs;
                worstName = QStringLiteral("%1 %2:1 (needs %3)").arg(name).arg(ratio, 0, 'f', 2).arg(needs);
            }
        }
        std::printf("\nclosest to its limit in %s: %s\n", qPrintable(theme), qPrintable(worstName));
        std::fflush(stdout);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    // Colours typed into a QML file would bypass the pairs: every colour comes from Theme (or is transparent).
    void test_noColourOutsideTheTheme()
    {
        static const QRegularExpression literal(
            QStringLiteral(R"re("(#[0-9a-fA-F]{3,8}|white|black|red|green|blue|gray|grey|lightgray|lightgrey|darkgray|yellow|orange)")re"));
        QStringList found;
        QDirIterator it(QStringLiteral(MEDVANDRER_QML_SOURCE_DIR), {QStringLiteral("*.qml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.endsWith(QLatin1String("/components/Theme.qml")))
                continue;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++line;
                if (literal.match(text).hasMatch())
                    found << QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(text.trimmed());
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // «As the system» follows what the platform says, a choice of the person's own wins and is remembered.
    void test_themeChoice()
    {
        QTemporaryDir dir;
        const QString ini = dir.filePath(QStringLiteral("ui.ini"));
        Appearance appearance(nullptr);
        appearance.setSettingsFile(ini);
        QCOMPARE(appearance.theme(), QStringLiteral("system"));
        QCOMPARE(appearance.effectiveTheme(), QStringLiteral("light")); // the platform said nothing
        QSignalSpy effective(&appearance, &Appearance::effectiveThemeChanged);
        appearance.setSystemTheme(QStringLiteral("dark"));
        QCOMPARE(appearance.effectiveTheme(), QStringLiteral("dark"));
        QCOMPARE(effective.count(), 1);
        appearance.setTheme(QStringLiteral("highContrast"));
        QCOMPARE(appearance.effectiveTheme(), QStringLiteral("highContrast"));
        appearance.setSystemTheme(QStringLiteral("light"));
        QCOMPARE(appearance.effectiveTheme(), QStringLiteral("highContrast"));
        appearance.setTheme(QStringLiteral("sepia")); // not offered: back to the system
        QCOMPARE(appearance.theme(), QStringLiteral("system"));
        QCOMPARE(appearance.effectiveTheme(), QStringLiteral("light"));
        appearance.setTheme(QStringLiteral("dark"));

        Appearance again(nullptr);
        again.setSettingsFile(ini);
        QCOMPARE(again.theme(), QStringLiteral("dark"));
        QCOMPARE(again.effectiveTheme(), QStringLiteral("dark"));
    }

    // What Qt 6.4 lets the app see of the platform's preference besides the portal.
    void test_systemPreference()
    {
        QCOMPARE(SystemColourScheme::fromGtkTheme(QStringLiteral("Adwaita:dark")), QStringLiteral("dark"));
        QCOMPARE(SystemColourScheme::fromGtkTheme(QStringLiteral("Adwaita")), QString());
        QCOMPARE(SystemColourScheme::fromGtkTheme(QString()), QString());
        // Only the palette speaks here: no portal on the bus, no GTK_THEME.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("GTK_THEME");
        const QPalette before = QGuiApplication::palette();
        QCOMPARE(SystemColourScheme::fromPalette(), QString()); // Qt's own palette is light
        SystemColourScheme scheme(nullptr);
        QSignalSpy changed(&scheme, &SystemColourScheme::themeChanged);
        scheme.start();
        QPalette dark = before;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QGuiApplication::setPalette(dark);
        QCOMPARE(SystemColourScheme::fromPalette(), QStringLiteral("dark"));
        QTRY_COMPARE(scheme.theme(), QStringLiteral("dark"));
        QVERIFY(changed.count() >= 1);
        QGuiApplication::setPalette(before);
        QTRY_COMPARE(scheme.theme(), QString());
    }

    // The formula itself, on WCAG's own corner cases.
    void test_formula()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5, true);
        QCOMPARE(qRound(contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(qRound(contrast(Qt::white, QColor(0xf6, 0xf6, 0xf6)) * 100), 108); // the old combo highlight
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
