#include "walking/export_page.h"

#include "calendar/calendar_time.h"
#include "care/care_sections.h"
#include "core/locale_format.h"
#include "core/qt_records.h"
#include "records/schema.h"
#include "store/device_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace medvandrer {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("medvandrer::ExportPage", text);
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

double number(const Record &r, const char *field, double fallback)
{
    const Json *v = r.value(field);
    return v && v->is_number() ? v->get<double>() : fallback;
}

bool flag(const Record &r, const char *field)
{
    const Json *v = r.value(field);
    return v && v->is_boolean() && v->get<bool>();
}

QString bookingStatus(const QString &status)
{
    if (status == QLatin1String("confirmed"))
        return tr("booked");
    if (status == QLatin1String("waitlisted"))
        return tr("on the waiting list");
    if (status == QLatin1String("offered"))
        return tr("offered a seat");
    if (status == QLatin1String("cancelled"))
        return tr("cancelled");
    if (status == QLatin1String("attended"))
        return tr("attended");
    if (status == QLatin1String("declined"))
        return tr("declined");
    return tr("waiting to be sent");
}

QString list(const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return {};
    QString out = QStringLiteral("<h3>%1</h3><ul>").arg(html(heading));
    for (const auto &item : items)
        out += QStringLiteral("<li>%1</li>").arg(item);
    return out + QStringLiteral("</ul>");
}

// The person's plan for hard days or «Om meg» as they wrote it (the current version; earlier ones are snapshot
// records in the JSON file), section by section under the app's own headings.
QString careSection(const DeviceStore &store, const std::string &me, std::string_view kind)
{
    const Record *current = nullptr;
    for (const Record *r : store.records(kind)) {
        if (r->owner != me || r->isDeleted())
            continue;
        // CareManager's rule: two written offline on two phones, the older is the one shown.
        if (!current || std::pair(r->stringValue("createdAt"), r->id) < std::pair(current->stringValue("createdAt"), current->id))
            current = r;
    }
    if (!current)
        return {};
    QString out;
    QString lastTitle;
    for (const CareSection &section : careSections(kind)) {
        const Json *v = current->value(section.field);
        QString body;
        if (v && v->is_string() && !v->get<std::string>().empty()) {
            body = QStringLiteral("<p>%1</p>").arg(html(qs(v->get<std::string>())).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        } else if (v && v->is_array() && !v->empty()) {
            QStringList people;
            for (const auto &entry : *v) {
                if (!entry.is_string())
                    continue;
                const QString s = qs(entry.get<std::string>());
                const qsizetype tab = s.indexOf(QLatin1Char('\t'));
                people << (tab < 0 ? html(s) : html(s.left(tab)) + QStringLiteral(": ") + html(s.mid(tab + 1)));
            }
            if (!people.isEmpty())
                body = QStringLiteral("<ul><li>%1</li></ul>").arg(people.join(QStringLiteral("</li><li>")));
        } else if (v && v->is_boolean() && v->get<bool>()) {
            body = QStringLiteral("<p>%1</p>").arg(html(careYes()));
        }
        if (body.isEmpty())
            continue;
        const QString title = careTitle(section.title);
        // The professional help's text and its phone list share one heading.
        if (title != lastTitle)
            out += QStringLiteral("<h3>%1</h3>").arg(html(title));
        lastTitle = title;
        out += body;
    }
    return out.isEmpty() ? QString() : QStringLiteral("<h2>%1</h2>").arg(html(carePageTitle(kind))) + out;
}

} // namespace

QString ExportPage::osloDateTime(const QString &rfc3339)
{
    const auto ms = calendar::parseDateTimeMs(rfc3339.toStdString());
    if (!ms)
        return rfc3339;
    // On Norwegian time, so the page says the same on any device.
    return LocaleFormat::instance()->formatMs(*ms, LocaleFormat::WeekdayDateTime);
}

QString ExportPage::build(const DeviceStore &store, const std::string &me, const RowsOfGoal &comments,
                          const RowsOfGoal &shares)
{
    const QString title = tr("My data in Medvandrer");
    QString page = QStringLiteral("<!doctype html><html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}"
                                  "h2{border-bottom:1px solid #999}</style></head><body>")
                       .arg(LocaleFormat::instance()->locale().bcp47Name(), html(title));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    page += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(html(title), html(tr("%1, exported %2").arg(store.session().displayName, osloDateTime(now))));
    page += careSection(store, me, kinds::plan);
    page += careSection(store, me, kinds::about);

    std::vector<const Record *> goals;
    for (const Record *g : store.records(kinds::goal)) {
        if (g->owner == me && !g->isDeleted())
            goals.push_back(g);
    }
    std::sort(goals.begin(), goals.end(), [](const Record *a, const Record *b) {
        return fieldText(*a, "createdAt") != fieldText(*b, "createdAt") ? fieldText(*a, "createdAt") < fieldText(*b, "createdAt") : a->id < b->id;
    });
    for (const Record *g : goals) {
        const QString gid = qs(g->id);
        page += QStringLiteral("<h2>%1</h2>").arg(html(fieldText(*g, "title")));
        if (!fieldText(*g, "why").isEmpty())
            page += QStringLiteral("<p>%1</p>").arg(html(fieldText(*g, "why")));

        std::vector<const Record *> steps;
        for (const Record *s : store.records(kinds::step, g->id)) {
            if (!s->isDeleted())
                steps.push_back(s);
        }
        // The order the person gave them in the app (GoalManager's rule: order, then id).
        std::sort(steps.begin(), steps.end(), [](const Record *a, const Record *b) {
            const double oa = number(*a, "order", 0), ob = number(*b, "order", 0);
            return oa != ob ? oa < ob : a->id < b->id;
        });
        QStringList items;
        for (const Record *s : steps)
            items << html(fieldText(*s, "title")) + (flag(*s, "done") ? QStringLiteral(" ✓") : QString());
        page += list(tr("Steps"), items);

        std::vector<const Record *> checkIns;
        for (const Record *c : store.records(kinds::checkIn, g->id)) {
            if (!c->isDeleted())
                checkIns.push_back(c);
        }
        // By day and time; two in the same second by their stamps, as the app lists them.
        std::sort(checkIns.begin(), checkIns.end(), [](const Record *a, const Record *b) {
            return std::tuple(fieldText(*a, "date"), fieldText(*a, "createdAt"), a->latestStamp().toString(), a->id) <
                   std::tuple(fieldText(*b, "date"), fieldText(*b, "createdAt"), b->latestStamp().toString(), b->id);
        });
        items.clear();
        for (const Record *c : checkIns) {
            const Json *rating = c->value("rating");
            const QString when = fieldText(*c, "createdAt").isEmpty()
                                     ? LocaleFormat::instance()->formatDay(QDate::fromString(fieldText(*c, "date"), Qt::ISODate), LocaleFormat::LongDate)
                                     : osloDateTime(fieldText(*c, "createdAt"));
            QString item = html(when) + QStringLiteral(": ") +
                           (rating && rating->is_number_integer() ? tr("%1 of 10").arg(rating->get<int>()) : QString());
            if (!fieldText(*c, "note").isEmpty())
                item += QStringLiteral(" – ") + html(fieldText(*c, "note"));
            items << item;
        }
        page += list(tr("Check-ins"), items);

        items.clear();
        for (const auto &row : comments(gid))
            items << QStringLiteral("%1 (%2): %3")
                         .arg(html(row.value(QStringLiteral("authorName")).toString()),
                              html(row.value(QStringLiteral("when")).toString()),
                              html(row.value(QStringLiteral("text")).toString()));
        page += list(tr("Comments"), items);
        items.clear();
        for (const auto &row : shares(gid))
            items << html(row.value(QStringLiteral("subtitle")).toString());
        page += list(tr("Shared with"), items);
    }

    std::vector<const Record *> bookings;
    for (const Record *b : store.records(kinds::booking)) {
        if (b->owner == me && !b->isDeleted())
            bookings.push_back(b);
    }
    std::sort(bookings.begin(), bookings.end(), [](const Record *a, const Record *b) {
        const auto ta = calendar::parseDateTimeMs(a->stringValue("sessionStart")).value_or(0);
        const auto tb = calendar::parseDateTimeMs(b->stringValue("sessionStart")).value_or(0);
        return ta != tb ? ta < tb : a->id < b->id;
    });
    QStringList items;
    for (const Record *b : bookings) {
        const Record *activity = store.record(b->stringValue("activityId"));
        const QString name = activity && !activity->isDeleted() ? fieldText(*activity, "title") : tr("An activity no longer in the calendar");
        items << QStringLiteral("%1: %2 (%3)")
                     .arg(html(osloDateTime(fieldText(*b, "sessionStart"))), html(name), html(bookingStatus(fieldText(*b, "status"))));
    }
    if (!items.isEmpty())
        page += QStringLiteral("<h2>%1</h2><ul><li>%2</li></ul>").arg(html(tr("Bookings")), items.join(QStringLiteral("</li><li>")));

    std::vector<const Record *> reflections;
    for (const Record *r : store.records(kinds::reflection)) {
        if (r->owner == me && !r->isDeleted())
            reflections.push_back(r);
    }
    std::sort(reflections.begin(), reflections.end(), [](const Record *a, const Record *b) {
        return fieldText(*a, "date") != fieldText(*b, "date") ? fieldText(*a, "date") < fieldText(*b, "date") : a->id < b->id;
    });
    items.clear();
    for (const Record *r : reflections) {
        const QDate day = QDate::fromString(fieldText(*r, "date"), Qt::ISODate);
        items << (day.isValid() ? html(LocaleFormat::instance()->formatDay(day, LocaleFormat::LongDate)) + QStringLiteral(": ") : QString()) +
                     html(fieldText(*r, "text"));
    }
    if (!items.isEmpty())
        page += QStringLiteral("<h2>%1</h2><ul><li>%2</li></ul>").arg(html(tr("Reflections")), items.join(QStringLiteral("</li><li>")));
    page += QStringLiteral("<p>%1</p></body></html>").arg(html(tr("Every record is in medvandrer-export.json.")));
    return page;
}

} // namespace medvandrer
