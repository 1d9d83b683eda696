// A stand-in for the app in the SIGKILL test: opens a device store, checks in once, says so, then waits to be killed.
#include "device_fixture.h"

#include <QCoreApplication>

#include <cstdio>

using namespace medvandrer;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: %s DATA_DIR GOAL_ID RATING\n", argv[0]);
        return 2;
    }
    // Offline, so the check-in can only survive by being on disk.
    Phone phone(args.at(1), false);
    if (!phone.waitLoaded())
        return 3;
    QObject::connect(phone.store.get(), &DeviceStore::applied, &app, [](quint64) {
        std::printf("saved\n");
        std::fflush(stdout);
    });
    QObject::connect(phone.store.get(), &DeviceStore::applyFailed, &app, [](quint64, const QString &message) {
        std::fprintf(stderr, "refused: %s\n", qPrintable(message));
        QCoreApplication::exit(4);
    });
    const QString id = phone.goals->checkIn(args.at(2), args.at(3).toInt(), QStringLiteral("Rett før krasjet"));
    if (id.isEmpty())
        return 5;
    std::printf("checkin=%s\n", qPrintable(id));
    std::fflush(stdout);
    return app.exec();
}
