#include "core/locale_format.h"

#include "calendar/calendar_time.h"


namespace medvandrer {

LocaleFormat::LocaleFormat(QObject *parent) : QObject(parent), m_locale(localeFor(m_language))
{
}

LocaleFormat *LocaleFormat::instance()
{
    static LocaleFormat format(nullptr);
    return &format;
}

LocaleFormat *LocaleFormat::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

QLocale LocaleFormat::localeFor(const QString &language)
{
    // English as written in Europe (24-hour clock, day before month); Norwegian forms as written in Norway.
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    if (language == QLatin1String("nb"))
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    if (language == QLatin1String("nn"))
        return QLocale(QLocale::NorwegianNynorsk, QLocale::Norway);
    return QLocale(language);
}

void LocaleFormat::setLanguage(const QString &language)
{
    m_language = language;
    m_locale = localeFor(language);
    // Always told: the catalogue may have changed even when the language code did not (a test reloading it).
    Q_EMIT changed();
}

QTimeZone LocaleFormat::osloZone()
{
    static const QTimeZone oslo("Europe/Oslo");
    return oslo;
}

QDate LocaleFormat::osloToday()
{
    return inOslo(QDateTime::currentDateTimeUtc()).date();
}

QDateTime LocaleFormat::osloDateTime(const QDate &day, const QTime &time)
{
    if (osloZone().isValid())
        return QDateTime(day, time, osloZone());
    // No zone database: the calendar's own rule, from the offset at that wall-clock time read as UTC.
    const QDateTime asUtc(day, time, Qt::UTC);
    const qint64 guess = asUtc.toMSecsSinceEpoch() - calendar::osloOffsetMs(asUtc.toMSecsSinceEpoch());
    return QDateTime::fromMSecsSinceEpoch(asUtc.toMSecsSinceEpoch() - calendar::osloOffsetMs(guess), Qt::UTC);
}

QDateTime LocaleFormat::inOslo(const QDateTime &when)
{
    if (osloZone().isValid())
        return when.toTimeZone(osloZone());
    // No zone database on this device: the rule the calendar uses (CET, CEST in summer).
    const qint64 ms = when.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms + calendar::osloOffsetMs(ms), Qt::UTC);
}

QString LocaleFormat::pattern(Style style)
{
    switch (style) {
    case Time:
        //: Qt time pattern (HH hours, mm minutes) for a time of day: «13:30».
        return tr("HH:mm");
    case DayMonth:
        //: Qt date pattern (d day, MMM short month name) for a day this year: «1 Dec».
        return tr("d MMM");
    case Date:
        //: Qt date pattern (d day, MMM short month name, yyyy year): «1 Dec 2026».
        return tr("d MMM yyyy");
    case ShortWeekday:
        //: Qt date pattern (ddd short weekday, d day, MMM short month): «Tue 1 Dec».
        return tr("ddd d MMM");
    case WeekdayDayMonth:
        //: Qt date pattern (dddd weekday, d day, MMMM month name): «Tuesday 1 December».
        return tr("dddd d MMMM");
    case LongDate:
        //: Qt date pattern (dddd weekday, d day, MMMM month name, yyyy year): «Tuesday 1 December 2026».
        return tr("dddd d MMMM yyyy");
    case DayMonthYear:
        //: Qt date pattern (d day, MMMM month name, yyyy year): «1 December 2026».
        return tr("d MMMM yyyy");
    case MonthYear:
        //: Qt date pattern (MMMM month name, yyyy year) above a month's days: «December 2026».
        return tr("MMMM yyyy");
    case DateTime:
        //: Qt date-time pattern (d day, MMMM month name, HH:mm time); text in single quotes is literal.
        return tr("d MMMM, HH:mm");
    case ShortDateTime:
        //: Qt date-time pattern (d day, MMM short month, HH:mm time); text in single quotes is literal.
        return tr("d MMM, HH:mm");
    case WeekdayDateTime:
        //: Qt date-time pattern (dddd weekday, d day, MMMM month, HH:mm); text in single quotes is literal.
        return tr("dddd d MMMM, HH:mm");
    case ShortWeekdayTime:
        //: Qt date-time pattern of a session (ddd short weekday, d day, MMM short month, HH:mm); text in single
        //: quotes is literal: «Tue 1 Dec at 13:00».
        return tr("ddd d MMM 'at' HH:mm");
    case AtTime:
        //: Qt time pattern for a new time on the same day: «at 13:00»; text in single quotes is literal.
        return tr("'at' HH:mm");
    }
    return tr("d MMM yyyy");
}

QString LocaleFormat::format(const QDateTime &when, Style style) const
{
    if (!when.isValid())
        return {};
    return m_locale.toString(inOslo(when), pattern(style));
}

QString LocaleFormat::formatMs(qint64 epochMs, Style style) const
{
    return format(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC), style);
}

QString LocaleFormat::formatDay(const QDate &day, Style style) const
{
    if (!day.isValid())
        return {};
    return m_locale.toString(day, pattern(style));
}

QString LocaleFormat::text(const QVariant &when, Style style) const
{
    if (when.typeId() == QMetaType::QString) {
        const QString s = when.toString();
        if (s.size() == 10)
            return formatDay(QDate::fromString(s, Qt::ISODate), style);
        return format(QDateTime::fromString(s, Qt::ISODateWithMs), style);
    }
    if (when.typeId() == QMetaType::QDate)
        return formatDay(when.toDate(), style);
    return format(when.toDateTime(), style);
}

QString LocaleFormat::dayText(const QVariant &day, Style style) const
{
    if (day.typeId() == QMetaType::QDate)
        return formatDay(day.toDate(), style);
    if (day.typeId() == QMetaType::QString)
        return formatDay(QDate::fromString(day.toString().left(10), Qt::ISODate), style);
    return formatDay(day.toDateTime().toLocalTime().date(), style);
}

} // namespace medvandrer
