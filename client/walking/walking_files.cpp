#include "walking/walking_files.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace medvandrer {

void WalkingFiles::read(const QString &path)
{
    QFile f(path);
    Q_EMIT readDone(path, f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray());
}

void WalkingFiles::write(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        f.write(data);
        f.commit();
    }
}

void WalkingFiles::writeAll(const QString &folder, const QList<QPair<QString, QByteArray>> &files)
{
    if (!QDir().mkpath(folder)) {
        Q_EMIT allWritten(folder, false, tr("Could not create the folder %1.").arg(folder));
        return;
    }
    for (const auto &[name, data] : files) {
        QSaveFile f(QDir(folder).filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
            Q_EMIT allWritten(folder, false, tr("Could not write %1.").arg(name));
            return;
        }
    }
    Q_EMIT allWritten(folder, true, {});
}

void WalkingFiles::remove(const QString &path)
{
    QFile::remove(path);
}

} // namespace medvandrer
