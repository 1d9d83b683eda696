#include "goals/check_in_weeks.h"

#include "core/locale_format.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace medvandrer {

namespace {
// Monday of the ISO week that holds day.
QDate weekStart(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}
} // namespace

QString recentWeeksInWords(const std::vector<DayRating> &checkIns, QDate today, int weeks)
{
    if (checkIns.empty() || !today.isValid() || weeks <= 0)
        return {};
    const QDate first = weekStart(today).addDays(-7 * (weeks - 1));
    QStringList sentences;
    for (QDate monday = first; monday <= today; monday = monday.addDays(7)) {
        const QDate sunday = monday.addDays(6);
        int count = 0, low = 10, high = 0;
        for (const DayRating &c : checkIns) {
            if (c.day < monday || c.day > sunday)
                continue;
            ++count;
            low = std::min(low, c.rating);
            high = std::max(high, c.rating);
        }
        if (count == 0)
            continue;
        const QString week = QString::number(monday.weekNumber());
        if (count == 1)
            //: The chart read aloud, one sentence per week. %1 is the week number, %2 the rating 0–10.
            sentences << QCoreApplication::translate("CheckInWeeks", "Week %1: one check-in, %2 of 10.").arg(week).arg(low);
        else if (low == high)
            //: The chart read aloud. %1 is the week number, %n how many check-ins, %2 the rating they all had.
            sentences << QCoreApplication::translate("CheckInWeeks", "Week %1: %n check-in(s), all %2 of 10.", nullptr, count).arg(week).arg(low);
        else
            //: The chart read aloud. %1 is the week number, %n how many check-ins, %2–%3 the lowest and highest.
            sentences << QCoreApplication::translate("CheckInWeeks", "Week %1: %n check-in(s), from %2 to %3 of 10.", nullptr, count).arg(week).arg(low).arg(high);
    }
    if (sentences.isEmpty()) {
        const DayRating &latest = checkIns.back();
        //: The chart read aloud when the last weeks have no check-ins. %1 is a date, %2 the rating 0–10.
        return QCoreApplication::translate("CheckInWeeks", "The latest check-in was %1, %2 of 10.")
            .arg(LocaleFormat::instance()->formatDay(latest.day, LocaleFormat::DayMonthYear))
            .arg(latest.rating);
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace medvandrer
