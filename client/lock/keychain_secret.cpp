#include "lock/keychain_secret.h"

#include <qt6keychain/keychain.h>

#include <QCryptographicHash>
#include <QDir>
#include <QSemaphore>
#include <QThread>

#include <functional>
#include <memory>

namespace medvandrer {

namespace {

const QString service = QStringLiteral("Medvandrer");
constexpr int answerWithinMs = 5000;

struct Outcome
{
    QKeychain::Error error = QKeychain::OtherError;
    QByteArray data;
};

// One thread with its own event loop for every keychain job, for the life of the process: libsecret binds its
// connection to the Secret Service to the GLib main context of the thread that first used it, so on a fresh
// thread per job only the first job of a process was ever answered (found with a real gnome-keyring).
QObject &keychainAnchor()
{
    struct Holder
    {
        QThread thread;
        QObject *anchor = new QObject;
        Holder()
        {
            thread.setObjectName(QStringLiteral("keychain"));
            anchor->moveToThread(&thread);
            thread.start();
        }
        ~Holder()
        {
            thread.quit();
            thread.wait();
            delete anchor;
        }
    };
    static Holder holder;
    return *holder.anchor;
}

// Runs one QtKeychain job on the keychain thread and waits for its answer (never called on that thread).
Outcome runJob(const std::function<QKeychain::Job *()> &makeJob)
{
    auto outcome = std::make_shared<Outcome>();
    auto answered = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(&keychainAnchor(), [&makeJob, outcome, answered] {
        QKeychain::Job *job = makeJob();
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        QObject::connect(job, &QKeychain::Job::finished, [outcome, answered](QKeychain::Job *done) {
            outcome->error = done->error();
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                outcome->data = read->binaryData();
            answered->release();
        });
        job->start();
    }, Qt::BlockingQueuedConnection);
    if (!answered->tryAcquire(1, answerWithinMs))
        return Outcome{QKeychain::NoBackendAvailable, {}};
    return *outcome;
}

Error failure(QKeychain::Error error)
{
    if (error == QKeychain::EntryNotFound)
        return Error{"keychain_entry_missing", "the keychain holds no secret for this device"};
    if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied)
        return Error{"keychain_denied", "the keychain refused access"};
    return Error{"keychain_unavailable", "no keychain answered on this device"};
}

} // namespace

KeychainSecret::KeychainSecret(const QString &dataDir, const QString &purpose)
{
    const QByteArray folder = QDir(dataDir).absolutePath().toUtf8();
    m_key = purpose + QLatin1Char('-') +
            QString::fromLatin1(QCryptographicHash::hash(folder, QCryptographicHash::Sha256).toHex().left(16));
}

Result<std::string> KeychainSecret::read() const
{
    const Outcome o = runJob([this] {
        auto *job = new QKeychain::ReadPasswordJob(service);
        job->setKey(m_key);
        return job;
    });
    if (o.error != QKeychain::NoError)
        return failure(o.error);
    return o.data.toStdString();
}

Status KeychainSecret::write(const std::string &secret) const
{
    const QByteArray data = QByteArray::fromStdString(secret);
    const Outcome o = runJob([this, data] {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setKey(m_key);
        job->setBinaryData(data);
        return job;
    });
    if (o.error != QKeychain::NoError)
        return failure(o.error);
    return {};
}

Status KeychainSecret::remove() const
{
    const Outcome o = runJob([this] {
        auto *job = new QKeychain::DeletePasswordJob(service);
        job->setKey(m_key);
        return job;
    });
    if (o.error != QKeychain::NoError && o.error != QKeychain::EntryNotFound)
        return failure(o.error);
    return {};
}

} // namespace medvandrer
