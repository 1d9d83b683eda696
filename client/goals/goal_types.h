#pragma once

#include "records/record.h"

#include <QString>

#include <optional>

namespace medvandrer {

// Read-only snapshots of records, as the models and pages use them.
struct Goal
{
    QString id;
    QString title;
    QString why;
    QString lifeArea;
    QString status; // active | paused | achieved | archived
    QString createdAt;
    QString targetDate;

    static Goal fromRecord(const Record &r);
};

struct Step
{
    QString id;
    QString goalId;
    QString title;
    bool done = false;
    double order = 0;

    static Step fromRecord(const Record &r);
};

struct CheckIn
{
    QString id;
    QString goalId;
    int rating = 0;
    QString note;
    QString date;
    QString createdAt;
    std::string stamp; // orders check-ins written within the same millisecond

    static CheckIn fromRecord(const Record &r);
};

struct Reflection
{
    QString id;
    QString goalId;
    QString text;
    QString date;
    bool shareWithHelpers = false;
    std::string stamp; // newest edit, for a stable newest-first order within a day

    static Reflection fromRecord(const Record &r);
};

} // namespace medvandrer
