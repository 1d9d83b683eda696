#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace medvandrer {

// Small file work for walking beside (the helpers cache and settings, the export), moved to the store thread
// so the GUI thread never waits on a disk. Called queued; answers by signals.
class WalkingFiles : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    void read(const QString &path);
    // Writes atomically (a temp file renamed over), so a crash leaves the old or the new file.
    void write(const QString &path, const QByteArray &data);
    // Writes several files into a folder (created if missing); one answer for all.
    void writeAll(const QString &folder, const QList<QPair<QString, QByteArray>> &files);
    void remove(const QString &path);

Q_SIGNALS:
    void readDone(const QString &path, const QByteArray &data);
    void allWritten(const QString &folder, bool ok, const QString &error);
};

} // namespace medvandrer
