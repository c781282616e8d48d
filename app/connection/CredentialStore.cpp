#include "CredentialStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

#if defined(Q_OS_UNIX) && !defined(Q_OS_APPLE)
#include <QDBusConnection>
#endif

namespace {

// Every keychain on Linux (Secret Service, KWallet) is reached over the D-Bus session bus:
// without one there is no keychain at all, whatever words the backend finds for it.
bool keychainReachable() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_APPLE)
    return QDBusConnection::sessionBus().isConnected();
#else
    return true;
#endif
}

CredentialStore::Result resultOf(const QKeychain::Job *job) {
    CredentialStore::Result result;
    using Status = CredentialStore::Result::Status;
    switch (job->error()) {
    case QKeychain::NoError:
        result.status = Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = Status::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = Status::NoKeychain;
        break;
    default:
        result.status = keychainReachable() ? Status::Failed : Status::NoKeychain;
        break;
    }
    result.message = job->errorString();
    return result;
}

// Starts the job and hands its result to `done` on the context's thread, once.
void run(QKeychain::Job *job, QObject *context, std::function<void(QKeychain::Job *)> collect) {
    job->setAutoDelete(true);
    // Never QtKeychain's plaintext file: a secret goes to a keychain or nowhere.
    job->setInsecureFallback(false);
    QObject *receiver = context ? context : job;
    QPointer<QObject> guard(receiver);
    QObject::connect(job, &QKeychain::Job::finished, receiver,
                     [guard, collect = std::move(collect)](QKeychain::Job *finished) {
                         if (guard)
                             collect(finished);
                     });
    job->start();
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("Token Admin"), parent) {}

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

void CredentialStore::read(const QString &connectionId, QObject *context, Callback done) {
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(connectionId);
    run(job, context, [done = std::move(done)](QKeychain::Job *finished) {
        Result result = resultOf(finished);
        if (result.ok())
            result.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        done(result);
    });
}

void CredentialStore::write(const QString &connectionId, const QString &token, QObject *context,
                            Callback done) {
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(connectionId);
    job->setTextData(token);
    run(job, context,
        [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
}

void CredentialStore::remove(const QString &connectionId, QObject *context, Callback done) {
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(connectionId);
    run(job, context,
        [done = std::move(done)](QKeychain::Job *finished) { done(resultOf(finished)); });
}

QString CredentialStore::describe(const Result &result) {
    switch (result.status) {
    case Result::Status::Ok:
        return {};
    case Result::Status::NotFound:
        return QCoreApplication::translate("CredentialStore",
                                           "The keychain holds no management token for this "
                                           "connection.");
    case Result::Status::NoKeychain:
        return QCoreApplication::translate("CredentialStore",
                                           "No keychain is available on this desktop (%1). The "
                                           "management token is kept in memory until Token "
                                           "Admin quits.")
            .arg(result.message);
    case Result::Status::Failed:
        break;
    }
    return QCoreApplication::translate("CredentialStore",
                                       "The keychain could not be used (%1). The management token "
                                       "is kept in memory until Token Admin quits.")
        .arg(result.message);
}
