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

// Runs one QtKeychain job on a short-lived thread with its own event loop and waits for its answer.
Outcome runJob(const std::function<QKeychain::Job *()> &makeJob)
{
    auto outcome = std::make_shared<Outcome>();
    auto answered = std::make_shared<QSemaphore>();
    QThread thread;
    thread.start();
    QObject anchor;
    anchor.moveToThread(&thread);
    QMetaObject::invokeMethod(&anchor, [&makeJob, outcome, answered] {
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
        outcome->error = QKeychain::NoBackendAvailable;
    thread.quit();
    thread.wait();
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

KeychainSecret::KeychainSecret(const QString &dataDir)
{
    const QByteArray folder = QDir(dataDir).absolutePath().toUtf8();
    m_key = QStringLiteral("device-secret-") +
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
