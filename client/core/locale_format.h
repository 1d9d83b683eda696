#pragma once

#include <QDateTime>
#include <QLocale>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace medvandrer {

// Dates and times as people read them: in the language chosen now, on Norwegian time (Europe/Oslo) whatever the
// device's zone says. The one place the app (QML and C++) turns an instant or a day into text. The patterns come
// from the translation catalogue (context "LocaleFormat"), so a new language brings its own word order; month and
// weekday names come from that language's QLocale.
class LocaleFormat : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // "nb", "nn", "en", …: the language the texts are in now.
    Q_PROPERTY(QString language READ language NOTIFY changed)
public:
    enum Style {
        Time, // 13:30
        DayMonth, // 1. des. | 1 Dec
        Date, // 1. des. 2026 | 1 Dec 2026
        ShortWeekday, // tir. 1. des. | Tue 1 Dec
        WeekdayDayMonth, // tirsdag 1. desember | Tuesday 1 December
        LongDate, // tirsdag 1. desember 2026 | Tuesday 1 December 2026
        DayMonthYear, // 1. desember 2026 | 1 December 2026
        MonthYear, // desember 2026 | December 2026
        DateTime, // 1. desember kl. 13:30 | 1 December, 13:30
        ShortDateTime, // 1. des. kl. 13:30 | 1 Dec, 13:30
        WeekdayDateTime, // tirsdag 1. desember kl. 13:30 | Tuesday 1 December, 13:30
        ShortWeekdayTime, // tir. 1. des. kl. 13:30 | Tue 1 Dec at 13:30
        AtTime, // kl. 13:30 | at 13:30
    };
    Q_ENUM(Style)

    // Not default-constructible, so QML uses create() (Qt 6.4 prefers a default constructor).
    explicit LocaleFormat(QObject *parent);

    // The application's one instance (made on first use); QML gets the same.
    static LocaleFormat *instance();
    static LocaleFormat *create(QQmlEngine *, QJSEngine *);

    // Called by Language after it installed the catalogues: the locale follows, and everything that holds
    // translated or formatted text (models, notices) is told to build it again.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }
    static QLocale localeFor(const QString &language);

    // An instant (UTC or any zone) on Oslo's clock.
    static QDateTime inOslo(const QDateTime &when);
    // Norwegian wall-clock time: the calendar's sessions are typed and shown in it, whatever the device's zone.
    static QTimeZone osloZone();
    static QDate osloToday();
    static QDateTime osloDateTime(const QDate &day, const QTime &time);
    QString format(const QDateTime &when, Style style) const;
    QString formatMs(qint64 epochMs, Style style) const;
    // A calendar day (no time, no zone): a date-only style.
    QString formatDay(const QDate &day, Style style) const;

    // From QML: a Date (an instant) or an ISO string ("2026-12-01" is a day, "2026-12-01T12:00:00Z" an instant).
    Q_INVOKABLE QString text(const QVariant &when, medvandrer::LocaleFormat::Style style) const;
    // A whole number as the language writes it (12 000 | 12,000).
    Q_INVOKABLE QString count(double n) const { return m_locale.toString(qint64(n)); }
    // A QML Date that stands for a day picked on the device (its local date), not an instant.
    Q_INVOKABLE QString dayText(const QVariant &day, medvandrer::LocaleFormat::Style style) const;

    // The Qt pattern of a style in the language chosen now (translated; the English pattern is the source).
    static QString pattern(Style style);

Q_SIGNALS:
    void changed();

private:
    // The source language until Language says otherwise (a process without one shows the English source).
    QString m_language = QStringLiteral("en");
    QLocale m_locale;
};

} // namespace medvandrer
