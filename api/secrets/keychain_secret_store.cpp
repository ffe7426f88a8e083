#include "api/secrets/keychain_secret_store.h"

#include "api/secrets/keychain_errors.h"

#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

#if defined(CORPCARE_SECRETS_CHECK_DBUS)
#include <QDBusConnection>
#endif

namespace corpcare::api::secrets {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "corpcare.api.secrets")

#if defined(Q_OS_WIN)
constexpr qsizetype kWindowsCredentialLimit = 2560; // CRED_MAX_CREDENTIAL_BLOB_SIZE
#endif

} // namespace

const char *KeychainSecretStore::operationName(Operation operation) {
    switch (operation) {
    case Operation::Read:
        return "read";
    case Operation::Write:
        return "write";
    case Operation::Delete:
        return "delete";
    }
    return "?";
}

KeychainSecretStore::KeychainSecretStore(QObject *parent) : SecretStore(parent) {}

void KeychainSecretStore::doRead(const SecretKey &key) {
    if (answerIfNoBackend(Operation::Read, key)) {
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(key.service());
    job->setKey(key.keyName());
    start(Operation::Read, key, job);
}

void KeychainSecretStore::doWrite(const SecretKey &key, const QByteArray &secret) {
#if defined(Q_OS_WIN)
    if (secret.size() > kWindowsCredentialLimit) {
        QMetaObject::invokeMethod(
            this, [this, key] { answer(Operation::Write, key, {}, Result::Error, tr("The secret is too large.")); },
            Qt::QueuedConnection);
        return;
    }
#endif
    if (answerIfNoBackend(Operation::Write, key)) {
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(key.service());
    job->setKey(key.keyName());
    job->setBinaryData(secret);
    start(Operation::Write, key, job);
}

void KeychainSecretStore::doDelete(const SecretKey &key) {
    if (answerIfNoBackend(Operation::Delete, key)) {
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(key.service());
    job->setKey(key.keyName());
    start(Operation::Delete, key, job);
}

// Linux: the Secret Service lives on the session bus. Without a reachable bus, answer Unavailable at
// once (locale-independent, and no job left in QtKeychain's queue).
bool KeychainSecretStore::answerIfNoBackend(Operation operation, const SecretKey &key) {
#if defined(CORPCARE_SECRETS_CHECK_DBUS)
    if (QDBusConnection::sessionBus().isConnected()) {
        return false;
    }
    QMetaObject::invokeMethod(
        this,
        [this, operation, key] {
            answer(operation, key, {}, Result::Unavailable,
                   tr("No D-Bus session bus: no secret service is available."));
        },
        Qt::QueuedConnection);
    return true;
#else
    Q_UNUSED(operation)
    Q_UNUSED(key)
    return false;
#endif
}

// The job has no parent: QtKeychain's backends call back into it after it was started, so it must
// outlive this store; it deletes itself once finished. If the store is gone by then, the connection
// is gone with it and the answer is dropped.
void KeychainSecretStore::start(Operation operation, const SecretKey &key, QKeychain::Job *job) {
    job->setAutoDelete(true);
    job->setInsecureFallback(false);

    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, operation, key, answered, timer] {
        timer->deleteLater();
        if (*answered) {
            return;
        }
        *answered = true;
        qCWarning(lcSecrets) << operationName(operation) << key.keyName() << "timed out: the keychain did not answer";
        answer(operation, key, {}, Result::Unavailable, tr("The keychain did not answer in time."));
    });
    connect(job, &QKeychain::Job::finished, this, [this, operation, key, answered, timer](QKeychain::Job *done) {
        if (*answered) {
            return;
        }
        *answered = true;
        timer->stop();
        timer->deleteLater();

        const QString errorText = done->error() == QKeychain::NoError ? QString() : done->errorString();
        Result result = detail::resultForKeychainError(done->error(), errorText);
        if (operation == Operation::Delete && result == Result::NotFound) {
            result = Result::Ok; // deleting is idempotent
        }
        QByteArray secret;
        if (operation == Operation::Read && result == Result::Ok) {
            secret = static_cast<QKeychain::ReadPasswordJob *>(done)->binaryData();
        }
        answer(operation, key, secret, result, errorText);
    });
    timer->start(m_timeout);
    job->start();
}

void KeychainSecretStore::answer(Operation operation, const SecretKey &key, const QByteArray &secret, Result result,
                                 const QString &errorText) {
    // Key names and results only: the secret never reaches a log.
    if (result == Result::Ok || result == Result::NotFound) {
        qCDebug(lcSecrets) << operationName(operation) << key.keyName() << resultName(result);
    } else {
        qCWarning(lcSecrets) << operationName(operation) << key.keyName() << resultName(result) << errorText;
    }
    if (result == Result::Unavailable) {
        m_knownUnavailable = true;
    } else if (result != Result::Error) {
        m_knownUnavailable = false;
    }
    switch (operation) {
    case Operation::Read:
        emit readFinished(key, secret, result, errorText);
        break;
    case Operation::Write:
        emit writeFinished(key, result, errorText);
        break;
    case Operation::Delete:
        emit deleteFinished(key, result, errorText);
        break;
    }
}

} // namespace corpcare::api::secrets
